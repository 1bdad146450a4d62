/* hg-doc-body.h: the blocks of a document, placed on pages
 *
 * Internal to the page layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-doc-flow.h"

G_BEGIN_DECLS

void hg_doc_body_place (HgDocFlow   *flow,
                        const HgDoc *doc,
                        GArray      *headings);

G_END_DECLS

/* hg-doc-xml.h: an HgDoc as XML, the form an approved version is kept in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"

G_BEGIN_DECLS

char  *hg_doc_to_xml   (const HgDoc  *doc);
HgDoc *hg_doc_from_xml (const char   *xml,
                        GError      **error);
char  *hg_doc_digest   (const HgDoc  *doc);
GHashTable *hg_doc_chapter_digests (const HgDoc *doc);

G_END_DECLS

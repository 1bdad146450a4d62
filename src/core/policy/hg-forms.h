/* hg-forms.h: the numbered forms (様式集), one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"

G_BEGIN_DECLS

/* The id of the built-in pack's document of numbered forms. */
#define HG_FORMS_DOCUMENT_ID "forms"

guint   hg_forms_count (const HgDoc  *forms);
HgDoc  *hg_forms_pick  (const HgDoc  *forms,
                        guint         number,
                        GError      **error);

G_END_DECLS

/* hg-laws-view.h: the register of laws (法令一覧), a tab of the 運用 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_LAWS_VIEW (hg_laws_view_get_type ())

G_DECLARE_FINAL_TYPE (HgLawsView, hg_laws_view, HG, LAWS_VIEW, HgPage)

/* The day the yearly checks count from (stored, YYYY-MM-DD); NULL: today.
 * For the tests and screenshots. */
void     hg_laws_view_set_today (HgLawsView *self,
                                 const char *today);
/* Writes the register to @path (.xlsx or .csv) as the Export menu does,
 * with a toast or an error dialog. */
gboolean hg_laws_view_export    (HgLawsView *self,
                                 const char *path);

G_END_DECLS

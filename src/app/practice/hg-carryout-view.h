/* hg-carryout-view.h: the carry-out log (持出し記録), a tab of the 運用 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_CARRYOUT_VIEW (hg_carryout_view_get_type ())

G_DECLARE_FINAL_TYPE (HgCarryoutView, hg_carryout_view, HG, CARRYOUT_VIEW, HgPage)

/* The moment the view counts from (as hg_local_time_parse() reads it);
 * NULL: now. For the tests and screenshots. */
void     hg_carryout_view_set_now (HgCarryoutView *self,
                                   const char     *now);
/* Writes the log to @path (.xlsx or .csv) as the Export menu does after
 * its file chooser; says how it went in a toast or an error. */
gboolean hg_carryout_view_export  (HgCarryoutView *self,
                                   const char     *path);

G_END_DECLS

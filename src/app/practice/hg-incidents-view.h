/* hg-incidents-view.h: the incident register, a tab of the 運用 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_INCIDENTS_VIEW (hg_incidents_view_get_type ())

G_DECLARE_FINAL_TYPE (HgIncidentsView, hg_incidents_view, HG, INCIDENTS_VIEW, HgPage)

/* The clock the deadlines count down on; NULL: the real one. For the
 * tests and screenshots, which need the same countdown every run. */
void     hg_incidents_view_set_now (HgIncidentsView *self,
                                    GDateTime       *now);
/* Writes the register to @path (.xlsx or .csv) as the Export menu does
 * after its file chooser; says how it went in a toast or an error. */
gboolean hg_incidents_view_export  (HgIncidentsView *self,
                                    const char      *path);

G_END_DECLS

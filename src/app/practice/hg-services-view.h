/* hg-services-view.h: the register of external services and contractors
 * (外部サービス・委託先), a tab of the 運用 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_SERVICES_VIEW (hg_services_view_get_type ())

G_DECLARE_FINAL_TYPE (HgServicesView, hg_services_view, HG, SERVICES_VIEW, HgPage)

/* The day the view counts from (stored, YYYY-MM-DD); NULL: today. For the
 * tests and screenshots. */
void     hg_services_view_set_today (HgServicesView *self,
                                     const char     *today);
/* Removes service @id as the confirmed Remove does, with a toast to undo
 * it; FALSE (and the reason shown) when the workbook refuses. */
gboolean hg_services_view_remove    (HgServicesView *self,
                                     gint64          id);
/* Writes the register to @path (.xlsx or .csv) as the Export menu does
 * after its file chooser; says how it went in a toast or an error. */
gboolean hg_services_view_export    (HgServicesView *self,
                                     const char     *path);

G_END_DECLS

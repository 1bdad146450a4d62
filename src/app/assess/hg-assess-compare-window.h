/* hg-assess-compare-window.h: two rounds of a framework's assessment item
 * by item — what improved, got worse, changed or was newly answered — with
 * their rates side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-assessment-compare.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_COMPARE_WINDOW (hg_assess_compare_window_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessCompareWindow, hg_assess_compare_window, HG, ASSESS_COMPARE_WINDOW,
                      AdwWindow)

/* @from and @to 0: the last frozen round against the current one. */
GtkWidget *hg_assess_compare_window_new (HgWorkbook *workbook,
                                         const char *framework_id,
                                         gint64      from,
                                         gint64      to);
/* Chooses the rounds, as the two drop-downs do. */
void       hg_assess_compare_window_set_rounds (HgAssessCompareWindow *self,
                                                gint64                 from,
                                                gint64                 to);
/* What is shown; NULL when there is nothing to compare. */
const HgAssessmentComparison *
           hg_assess_compare_window_get_comparison (HgAssessCompareWindow *self);

G_END_DECLS

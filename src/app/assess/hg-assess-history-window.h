/* hg-assess-history-window.h: the rounds of a framework's assessment with
 * their dates and rates; the one chosen shown read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_HISTORY_WINDOW (hg_assess_history_window_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessHistoryWindow, hg_assess_history_window, HG, ASSESS_HISTORY_WINDOW,
                      AdwWindow)

GtkWidget *hg_assess_history_window_new        (HgWorkbook            *workbook,
                                                const char            *framework_id);
/* Chooses round @id (as a click on its row does); FALSE when not listed. */
gboolean   hg_assess_history_window_show_round (HgAssessHistoryWindow *self,
                                                gint64                 id);
gint64     hg_assess_history_window_get_shown  (HgAssessHistoryWindow *self);

G_END_DECLS

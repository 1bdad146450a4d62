/* hg-assess-rounds-bar.h: on the 自己評価 page, where the framework's
 * assessment stands (open since, frozen on, carried from last year) and the
 * way to freeze it, see its history and compare its rounds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_ROUNDS_BAR (hg_assess_rounds_bar_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessRoundsBar, hg_assess_rounds_bar, HG, ASSESS_ROUNDS_BAR, GtkBox)

/* Shows the rounds of @framework_id in @workbook (NULL: none). */
void hg_assess_rounds_bar_update (HgAssessRoundsBar *self,
                                  HgWorkbook        *workbook,
                                  const char        *framework_id);

G_END_DECLS

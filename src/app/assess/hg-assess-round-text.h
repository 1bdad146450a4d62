/* hg-assess-round-text.h: how the freeze, history and comparison views name
 * a round and its rates, the same words in each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-assessment.h"
#include "hg-framework-score.h"

G_BEGIN_DECLS

/* "Frozen on 20 December 2025" or "Open since 6 December 2026". */
char *hg_assess_round_state (HgAssessment     *round);
/* "#3 · Frozen on 20 December 2025": the round by its number, as the CLI
 * names it too. */
char *hg_assess_round_title (HgAssessment     *round);
/* The item's reference before its row's title, right-aligned so that the
 * titles line up whether it has one digit or three. */
GtkWidget *hg_assess_item_number_new (const char *ref);
/* "Up to L1" for a level, "All items" for the whole. */
char *hg_assess_rate_label  (HgFrameworkRate  *rate);
/* "33 %" */
char *hg_assess_rate_value  (HgFrameworkRate  *rate);
/* "21 of 100 points · Up to L1 33 % · All items 40 %": the total for a
 * summed framework, then every rate. */
char *hg_assess_score_summary (HgFramework      *framework,
                               HgFrameworkScore *score);
/* The score of round @id, or NULL with a warning when it cannot be read. */
HgFrameworkScore *hg_assess_round_score (HgWorkbook  *workbook,
                                         HgFramework *framework,
                                         gint64       id);

G_END_DECLS

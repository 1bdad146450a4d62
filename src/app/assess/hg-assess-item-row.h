/* hg-assess-item-row.h: one item of a framework on the 自己評価 page — its
 * question, its answer and the way to its note, owner, due date and evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-assessment.h"
#include "hg-framework.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_ITEM_ROW (hg_assess_item_row_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessItemRow, hg_assess_item_row, HG, ASSESS_ITEM_ROW, AdwActionRow)

/* @choices: "Unanswered", then the labels of @framework's scale. @framework
 * and @item are borrowed and must outlive the row. */
GtkWidget       *hg_assess_item_row_new          (HgFramework        *framework,
                                                  HgFrameworkItem    *item,
                                                  GListModel         *choices);
HgFrameworkItem *hg_assess_item_row_get_item     (HgAssessItemRow    *self);
/* The answer shown; NULL: unanswered. Setting it does not emit "answered". */
void             hg_assess_item_row_set_answer   (HgAssessItemRow    *self,
                                                  const HgAssessmentAnswer *answer);
const char      *hg_assess_item_row_get_value    (HgAssessItemRow    *self);
void             hg_assess_item_row_set_editable (HgAssessItemRow    *self,
                                                  gboolean            editable);
/* Narrow: no details button, the question keeps its width; the row itself
 * still opens the details (a click, Enter). */
void             hg_assess_item_row_set_compact  (HgAssessItemRow    *self,
                                                  gboolean            compact);

G_END_DECLS

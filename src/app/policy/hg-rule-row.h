/* hg-rule-row.h: the row that shows one HgRuleItem of the rule review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-rule-item.h"

G_BEGIN_DECLS

#define HG_TYPE_RULE_ROW (hg_rule_row_get_type ())

G_DECLARE_FINAL_TYPE (HgRuleRow, hg_rule_row, HG, RULE_ROW, AdwBin)

GtkWidget  *hg_rule_row_new      (void);
HgRuleItem *hg_rule_row_get_item (HgRuleRow  *self);
void        hg_rule_row_set_item (HgRuleRow  *self,
                                  HgRuleItem *item);

G_END_DECLS

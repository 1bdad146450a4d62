/* hg-rule-dialog.h: reword a rule, leave it out, or add one after it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the dialog asks for: the values of its "kind" property. */
typedef enum
{
  HG_RULE_EDIT_REWORD,
  HG_RULE_EDIT_EXCLUDE,
  HG_RULE_EDIT_ADD,
} HgRuleEdit;

#define HG_TYPE_RULE_DIALOG (hg_rule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgRuleDialog, hg_rule_dialog, HG, RULE_DIALOG, AdwMessageDialog)

HgRuleEdit  hg_rule_dialog_get_kind (HgRuleDialog *self);
const char *hg_rule_dialog_get_rule (HgRuleDialog *self);
const char *hg_rule_dialog_get_text (HgRuleDialog *self);

G_END_DECLS

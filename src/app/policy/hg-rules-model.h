/* hg-rules-model.h: the lines of the rule review, as a GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hg-pack.h"
#include "hg-pack-context.h"
#include "hg-rule-item.h"

G_BEGIN_DECLS

#define HG_TYPE_RULES_MODEL (hg_rules_model_get_type ())

G_DECLARE_FINAL_TYPE (HgRulesModel, hg_rules_model, HG, RULES_MODEL, GObject)

HgRulesModel *hg_rules_model_new       (HgPack        *pack);
guint         hg_rules_model_update    (HgRulesModel  *self,
                                        HgPackContext *context);
void          hg_rules_model_clear     (HgRulesModel  *self);
guint         hg_rules_model_get_n_rules (HgRulesModel *self);
HgRuleItem   *hg_rules_model_find      (HgRulesModel  *self,
                                        const char    *key,
                                        guint         *position);

G_END_DECLS

/* hg-rule-item.h: one line of the rule review (a chapter heading, a rule of
 * the pack or a rule the company added)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  HG_RULE_ITEM_HEADING,
  HG_RULE_ITEM_RULE,
  HG_RULE_ITEM_ADDED,
} HgRuleItemKind;

#define HG_TYPE_RULE_ITEM (hg_rule_item_get_type ())

G_DECLARE_FINAL_TYPE (HgRuleItem, hg_rule_item, HG, RULE_ITEM, GObject)

HgRuleItem     *hg_rule_item_new          (HgRuleItemKind  kind,
                                           const char     *key,
                                           const char     *rule_id,
                                           gint64          added_id);
HgRuleItemKind  hg_rule_item_get_kind     (HgRuleItem     *self);
const char     *hg_rule_item_get_key      (HgRuleItem     *self);
const char     *hg_rule_item_get_rule_id  (HgRuleItem     *self);
gint64          hg_rule_item_get_added_id (HgRuleItem     *self);
const char     *hg_rule_item_get_title    (HgRuleItem     *self);
const char     *hg_rule_item_get_subtitle (HgRuleItem     *self);
const char     *hg_rule_item_get_source   (HgRuleItem     *self);
gboolean        hg_rule_item_get_excluded (HgRuleItem     *self);
gboolean        hg_rule_item_get_reworded (HgRuleItem     *self);
gboolean        hg_rule_item_get_outdated (HgRuleItem     *self);
/* Takes @title and @subtitle (the model builds them for this call);
 * @source is the unexpanded text the reword dialog starts from. */
void            hg_rule_item_set_content  (HgRuleItem     *self,
                                           char           *title,
                                           char           *subtitle,
                                           const char     *source,
                                           gboolean        excluded,
                                           gboolean        reworded,
                                           gboolean        outdated);
gboolean        hg_rule_item_update       (HgRuleItem     *self,
                                           HgRuleItem     *from);

G_END_DECLS

/* hg-rules-editor.h: reviewing the generated rules one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-pack.h"
#include "hg-pack-context.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_RULES_EDITOR (hg_rules_editor_get_type ())

G_DECLARE_FINAL_TYPE (HgRulesEditor, hg_rules_editor, HG, RULES_EDITOR, AdwBin)

GtkWidget *hg_rules_editor_new     (HgPack        *pack);
void       hg_rules_editor_set_workbook (HgRulesEditor *self,
                                         HgWorkbook    *workbook);
void       hg_rules_editor_reload  (HgRulesEditor *self);
guint      hg_rules_editor_update  (HgRulesEditor *self,
                                    HgPackContext *context);
guint      hg_rules_editor_get_n_rules (HgRulesEditor *self);
GListModel *hg_rules_editor_get_model (HgRulesEditor *self);
GtkListView *hg_rules_editor_get_list_view (HgRulesEditor *self);

G_END_DECLS

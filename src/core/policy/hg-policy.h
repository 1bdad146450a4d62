/* hg-policy.h: the wizard's answers, stored in the workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-pack.h"
#include "hg-pack-context.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

const char *hg_policy_validate_answer (const HgQuestion *question,
                                       const char       *value);
gboolean    hg_policy_set_answer      (HgWorkbook       *workbook,
                                       HgPack           *pack,
                                       const char       *question_id,
                                       const char       *value,
                                       GError          **error);
char       *hg_policy_get_answer      (HgWorkbook       *workbook,
                                       HgPack           *pack,
                                       const char       *question_id);

gboolean    hg_policy_reword          (HgWorkbook       *workbook,
                                       HgPack           *pack,
                                       const char       *rule_id,
                                       const char       *text,
                                       GError          **error);
gboolean    hg_policy_exclude         (HgWorkbook       *workbook,
                                       HgPack           *pack,
                                       const char       *rule_id,
                                       const char       *reason,
                                       GError          **error);
gboolean    hg_policy_add_rule        (HgWorkbook       *workbook,
                                       HgPack           *pack,
                                       const char       *after_rule_id,
                                       const char       *text,
                                       GError          **error);
gboolean    hg_policy_remove_added    (HgWorkbook       *workbook,
                                       gint64            added_id,
                                       GError          **error);
gboolean    hg_policy_reset_rule      (HgWorkbook       *workbook,
                                       HgPack           *pack,
                                       const char       *rule_id,
                                       GError          **error);

HgDoc      *hg_policy_build_document  (HgWorkbook       *workbook,
                                       HgPack           *pack,
                                       const char       *document_id,
                                       GError          **error);

HgDoc      *hg_policy_build_document_with (HgWorkbook    *workbook,
                                          HgPack        *pack,
                                          HgPackContext *context,
                                          const char    *document_id,
                                          GError       **error);
HgPack     *hg_policy_load_pack       (HgWorkbook       *workbook,
                                       GError          **error);
char       *hg_policy_get_pack_name   (HgWorkbook       *workbook);
gboolean    hg_policy_use_pack        (HgWorkbook       *workbook,
                                       const char       *source,
                                       gsize             length,
                                       const char       *name,
                                       GError          **error);

G_END_DECLS

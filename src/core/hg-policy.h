/* hg-policy.h: the wizard's answers, stored in the workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
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

G_END_DECLS

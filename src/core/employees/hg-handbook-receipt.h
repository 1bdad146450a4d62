/* hg-handbook-receipt.h: who received which version of the employee
 * handbook, who signed the pledge, and who needs teaching now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-employee.h"
#include "hg-pack.h"
#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The built-in pack's handbook (情報セキュリティハンドブック). */
#define HG_HANDBOOK_DOCUMENT "handbook"

/* Why a person needs the handbook taught (again); several may hold. */
typedef enum
{
  HG_EDUCATION_NEW_HIRE      = 1 << 0, /* never received it, or hired since it was approved */
  HG_EDUCATION_PROMOTED      = 1 << 1, /* promoted since their last receipt */
  HG_EDUCATION_RULES_CHANGED = 1 << 2, /* holds an older version */
  HG_EDUCATION_NO_HIRE_DATE  = 1 << 3, /* never received it, and no hire date is recorded */
} HgEducationReason;

/* The handbook in force: its latest approved version. */
typedef struct
{
  char  *pack_id;
  char  *document_id;
  guint  version;      /* 0: never approved */
  char  *approved_on;  /* YYYY-MM-DD, "" when never approved */
} HgHandbook;

HgHandbook       *hg_handbook_get                (HgWorkbook        *workbook,
                                                  const char        *pack_id,
                                                  const char        *document_id);
HgHandbook       *hg_handbook_get_for_pack       (HgWorkbook        *workbook,
                                                  HgPack            *pack);
HgHandbook       *hg_handbook_get_for_workbook   (HgWorkbook        *workbook);
void              hg_handbook_free               (HgHandbook        *handbook);
gboolean          hg_handbook_receipt_record     (HgWorkbook        *workbook,
                                                  const HgHandbook  *handbook,
                                                  const gint64      *person_ids,
                                                  guint              n_people,
                                                  guint              version,
                                                  const char        *received_on,
                                                  gboolean           pledge,
                                                  GError           **error);
HgEducationReason hg_handbook_reasons            (const HgHandbook  *handbook,
                                                  const HgEmployeeData *employee);
char             *hg_handbook_reasons_text       (HgEducationReason  reasons,
                                                  gboolean           in_japanese);
gboolean          hg_handbook_has_acknowledged   (const HgHandbook  *handbook,
                                                  const HgEmployeeData *employee);
GPtrArray        *hg_handbook_needs_education    (HgWorkbook        *workbook,
                                                  const HgHandbook  *handbook);
void              hg_handbook_count_acknowledged (HgWorkbook        *workbook,
                                                  const HgHandbook  *handbook,
                                                  guint             *acknowledged,
                                                  guint             *active);
HgTable          *hg_handbook_needs_table        (HgWorkbook        *workbook,
                                                  const HgHandbook  *handbook);
HgDoc            *hg_handbook_needs_doc          (HgWorkbook        *workbook,
                                                  const HgHandbook  *handbook);
gboolean          hg_handbook_export_needs       (HgWorkbook        *workbook,
                                                  const HgHandbook  *handbook,
                                                  const char        *path,
                                                  GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgHandbook, hg_handbook_free)

G_END_DECLS

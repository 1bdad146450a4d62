/* hg-test-assess.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-assessment.h"
#include "hg-db.h"
#include "hg-test-assess.h"

void
hg_test_store_import (HgWorkbook *workbook,
                      const char *id,
                      const char *xml)
{
  g_autoptr(GError) error = NULL;
  char *sql = sqlite3_mprintf ("INSERT INTO framework_import VALUES "
                               "(%Q, %Q, 'sheet.xlsx', '%064d', '2026-12-06')", id, xml, 0);

  g_assert_true (hg_db_exec (hg_workbook_get_db (workbook), sql, &error));
  g_assert_no_error (error);
  sqlite3_free (sql);
}

char *
hg_test_stored_answer (HgWorkbook *workbook,
                       const char *framework_id,
                       const char *ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssessment) open = hg_assessment_get_open (workbook, framework_id, &error);
  g_autoptr(GHashTable) answers = NULL;
  HgAssessmentAnswer *answer;

  g_assert_no_error (error);
  if (open == NULL)
    return NULL;
  answers = hg_assessment_get_answers (workbook, open->id, &error);
  g_assert_no_error (error);
  answer = g_hash_table_lookup (answers, ref);
  return answer ? g_strdup (answer->value) : NULL;
}

/* hg-assess-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-status"

#include "config.h"

#include "hg-assess-status.h"
#include "hg-assessment.h"

HgFrameworkScore *
hg_assess_status_score (HgWorkbook  *workbook,
                        HgFramework *framework)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = hg_framework_get_id (framework);

  list = hg_assessment_list (workbook, &error);
  /* Newest first: the first of the framework is the one to read. */
  for (guint i = 0; list != NULL && i < list->len && answers == NULL; i++)
    {
      HgAssessment *assessment = g_ptr_array_index (list, i);

      if (g_str_equal (assessment->framework, id))
        answers = hg_assessment_get_answers (workbook, assessment->id, &error);
    }
  if (error != NULL)
    g_warning ("Could not read the assessments of %s: %s", id, error->message);
  values = answers ? hg_assessment_values (answers)
                   : g_hash_table_new (g_str_hash, g_str_equal);
  return hg_framework_score (framework, values);
}

/* hg-assessment.c
 *
 * An assessment is started on its own or, more often, by the first answer
 * to a framework that has none open: then starting and answering are one
 * step, so a single undo leaves the workbook as it was. The answers are
 * checked against the framework the caller loaded (built in or imported),
 * so the workbook never holds a ref or value the framework does not know.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assessment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assessment.h"
#include "hg-assessment-history.h"
#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-text.h"

void
hg_assessment_free (HgAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->framework);
  g_free (assessment->version);
  g_free (assessment->title);
  g_free (assessment->created);
  g_free (assessment->frozen);
  g_free (assessment);
}

void
hg_assessment_answer_free (HgAssessmentAnswer *answer)
{
  if (answer == NULL)
    return;
  g_free (answer->ref);
  g_free (answer->value);
  g_free (answer->note);
  g_free (answer->owner);
  g_free (answer->due);
  g_free (answer);
}

#define SELECT_ASSESSMENT \
  "SELECT a.id, a.framework, a.version, a.title, a.created, a.frozen, " \
  "(SELECT count(*) FROM assessment_answer WHERE assessment = a.id) FROM assessment a "

static HgAssessment *
assessment_of_row (sqlite3_stmt *stmt)
{
  HgAssessment *a = g_new0 (HgAssessment, 1);

  a->id = sqlite3_column_int64 (stmt, 0);
  a->framework = hg_db_column_dup (stmt, 1);
  a->version = hg_db_column_dup (stmt, 2);
  a->title = hg_db_column_dup (stmt, 3);
  a->created = hg_db_column_dup (stmt, 4);
  a->frozen = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? NULL : hg_db_column_dup (stmt, 5);
  a->n_answers = (guint) sqlite3_column_int (stmt, 6);
  return a;
}

GPtrArray *
hg_assessment_list (HgWorkbook  *workbook,
                    GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, SELECT_ASSESSMENT
                                                "ORDER BY a.created DESC, a.id DESC", error);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_assessment_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, assessment_of_row (stmt));
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the assessments");
      return NULL;
    }
  return g_steal_pointer (&list);
}

static HgAssessment *
get_open (sqlite3     *db,
          const char  *framework_id,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, SELECT_ASSESSMENT
                                                "WHERE a.framework = ?1 AND a.frozen IS NULL "
                                                "ORDER BY a.id DESC LIMIT 1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? assessment_of_row (stmt) : NULL;
}

HgAssessment *
hg_assessment_get_open (HgWorkbook  *workbook,
                        const char  *framework_id,
                        GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  return get_open (hg_workbook_get_db (workbook), framework_id, error);
}

static gint64
insert_assessment (sqlite3      *db,
                   HgFramework  *framework,
                   const char   *date,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "INSERT INTO assessment "
                                                "(framework, version, title, created) "
                                                "VALUES (?1, ?2, ?3, ?4)", error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, hg_framework_get_id (framework), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, hg_framework_get_version (framework), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, hg_framework_get_own_title (framework), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, date, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (db);
  /* A new round starts from the last submitted one, in the same step. */
  return hg_assessment_carry_forward (db, framework, id, error) ? id : 0;
}

typedef struct
{
  HgFramework              *framework;
  const char               *date;
  const HgAssessmentAnswer *answer;   /* NULL: only start */
  gint64                    id;
} EditData;

static gboolean
start_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  EditData *data = user_data;

  data->id = insert_assessment (db, data->framework, data->date, error);
  return data->id != 0;
}

gboolean
hg_assessment_start (HgWorkbook   *workbook,
                     HgFramework  *framework,
                     const char   *date,
                     gint64       *id,
                     GError      **error)
{
  g_autofree char *today = hg_text_today ();
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GError) local = NULL;
  EditData data = { framework, date ? date : today, NULL, 0 };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (!hg_date_is_stored (data.date))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date: write it as 2026-04-01"),
                                                  data.date);

      return hg_error_invalid_field (error, _("Date"), message);
    }
  open = get_open (hg_workbook_get_db (workbook), hg_framework_get_id (framework), &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (open != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The assessment “%s” of %s is still open"),
                                                  open->title, open->created);

      return hg_error_invalid (error, message);
    }
  if (!hg_workbook_edit (workbook, _("Start Assessment"), start_cb, &data, error))
    return FALSE;
  if (id != NULL)
    *id = data.id;
  return TRUE;
}

GHashTable *
hg_assessment_get_answers (HgWorkbook  *workbook,
                           gint64       id,
                           GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT ref, value, note, owner, due "
                                                "FROM assessment_answer WHERE assessment = ?1",
                                                error);
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) hg_assessment_answer_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgAssessmentAnswer *answer = g_new0 (HgAssessmentAnswer, 1);

      answer->ref = hg_db_column_dup (stmt, 0);
      answer->value = hg_db_column_dup (stmt, 1);
      answer->note = hg_db_column_dup (stmt, 2);
      answer->owner = hg_db_column_dup (stmt, 3);
      answer->due = hg_db_column_dup (stmt, 4);
      g_hash_table_insert (answers, answer->ref, answer);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the assessments");
      return NULL;
    }
  return g_steal_pointer (&answers);
}

GHashTable *
hg_assessment_values (GHashTable *answers)
{
  GHashTable *values = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  HgAssessmentAnswer *answer;

  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &answer))
    g_hash_table_insert (values, answer->ref, answer->value);
  return values;
}

gint64
_hg_assessment_open_or_start (sqlite3      *db,
                              HgFramework  *framework,
                              const char   *date,
                              GError      **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(HgAssessment) open = get_open (db, hg_framework_get_id (framework), &local);

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return 0;
    }
  if (open != NULL)
    return open->id;
  return insert_assessment (db, framework, date, error);
}

static gboolean
answer_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  EditData *data = user_data;
  const HgAssessmentAnswer *answer = data->answer;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if ((data->id = _hg_assessment_open_or_start (db, data->framework, data->date, error)) == 0)
    return FALSE;

  if (answer->value == NULL)
    stmt = hg_db_prepare (db, "DELETE FROM assessment_answer WHERE assessment = ?1 AND ref = ?2",
                          error);
  else
    stmt = hg_db_prepare (db, "INSERT INTO assessment_answer (assessment, ref, value, note, owner, due) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                              "ON CONFLICT (assessment, ref) DO UPDATE SET value = excluded.value, "
                              "note = excluded.note, owner = excluded.owner, due = excluded.due", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_text (stmt, 2, answer->ref, -1, SQLITE_STATIC);
  if (answer->value != NULL)
    {
      sqlite3_bind_text (stmt, 3, answer->value, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, answer->note ? answer->note : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, answer->owner ? answer->owner : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, answer->due ? answer->due : "", -1, SQLITE_STATIC);
    }
  return hg_db_step_done (stmt, error);
}

/* The scale as the user may type it: "4 (実施している), 2 (…)". */
static char *
scale_list (HgFramework *framework)
{
  GPtrArray *scale = hg_framework_get_scale (framework);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < scale->len; i++)
    {
      HgFrameworkAnswer *a = g_ptr_array_index (scale, i);

      g_string_append_printf (out, "%s%s (%s)", i ? ", " : "", a->value, a->label);
    }
  return g_string_free (out, FALSE);
}

gboolean
hg_assessment_answer (HgWorkbook               *workbook,
                      HgFramework              *framework,
                      const HgAssessmentAnswer *answer,
                      GError                  **error)
{
  g_autofree char *today = hg_text_today ();
  g_autofree char *note = hg_text_normalize (answer->note ? answer->note : "");
  g_autofree char *owner = hg_text_normalize (answer->owner ? answer->owner : "");
  g_autofree char *due = NULL;
  g_autofree char *label = NULL;
  HgAssessmentAnswer clean = *answer;
  EditData data = { framework, today, &clean, 0 };
  const char *problem;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (hg_framework_find_item (framework, answer->ref) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” has no item “%s”"),
                                                  hg_framework_get_title (framework),
                                                  answer->ref ? answer->ref : "");

      return hg_error_invalid_field (error, _("Item"), message);
    }
  if (answer->value != NULL && hg_framework_find_answer (framework, answer->value) == NULL)
    {
      g_autofree char *scale = scale_list (framework);
      g_autofree char *message = g_strdup_printf (_("“%s” is not on the scale; use one of %s"),
                                                  answer->value, scale);

      return hg_error_invalid_field (error, _("Answer"), message);
    }
  if ((problem = hg_text_check (note, HG_ASSESSMENT_NOTE_MAX, HG_TEXT_MULTILINE)) != NULL)
    return hg_error_invalid_field (error, _("Note"), problem);
  if ((problem = hg_text_check (owner, HG_ASSESSMENT_OWNER_MAX, HG_TEXT_ONE_LINE)) != NULL)
    return hg_error_invalid_field (error, _("Owner"), problem);
  if (!hg_date_parse (answer->due ? answer->due : "", &due))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date: write it as 2026-04-01"),
                                                  answer->due);

      return hg_error_invalid_field (error, _("Due date"), message);
    }

  clean.note = note;
  clean.owner = owner;
  clean.due = due;
  /* Translators: the name of an undo step; %s is an item's reference, e.g. "12" */
  label = g_strdup_printf (answer->value ? _("Answer Item %s") : _("Clear Answer to Item %s"),
                           answer->ref);
  return hg_workbook_edit (workbook, label, answer_cb, &data, error);
}

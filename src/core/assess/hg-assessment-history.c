/* hg-assessment-history.c
 *
 * A round is frozen like a document version is approved: from then on it is
 * the record of what was submitted, and the next answer starts a new round.
 * That round starts from the last frozen one's answers and evidence rather
 * than empty, because the same sheet comes back every December and the
 * user reviews last year's answers instead of typing them again. What is
 * "carried" is not stored: an answer still equal to the frozen one is
 * carried, one the user changed is not, so no flag can go stale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assessment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assessment-history.h"
#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-text.h"

static int
by_round (gconstpointer a,
          gconstpointer b)
{
  const HgAssessment *x = *(HgAssessment **) a;
  const HgAssessment *y = *(HgAssessment **) b;

  /* The open round is the newest whatever its start date. */
  if ((x->frozen == NULL) != (y->frozen == NULL))
    return x->frozen == NULL ? 1 : -1;
  if (x->frozen != NULL && strcmp (x->frozen, y->frozen) != 0)
    return strcmp (x->frozen, y->frozen);
  return x->id < y->id ? -1 : x->id > y->id;
}

GPtrArray *
hg_assessment_rounds (HgWorkbook  *workbook,
                      const char  *framework_id,
                      GError     **error)
{
  g_autoptr(GPtrArray) all = hg_assessment_list (workbook, error);
  GPtrArray *rounds;

  if (all == NULL)
    return NULL;
  rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_assessment_free);
  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((HgAssessment *) g_ptr_array_index (all, i))->framework, framework_id))
      {
        /* Taken from @all, which frees the others (its free function skips NULL). */
        g_ptr_array_add (rounds, g_steal_pointer (&all->pdata[i]));
      }
  g_ptr_array_sort (rounds, by_round);
  return rounds;
}

gboolean
hg_assessment_require_open (sqlite3  *db,
                            gint64    id,
                            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT title, frozen FROM assessment "
                                                "WHERE id = ?1", error);
  g_autofree char *message = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                   _("The assessment is no longer in the workbook"));
      return FALSE;
    }
  if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    return TRUE;
  message = g_strdup_printf (_("The assessment “%s” was frozen on %s and can no longer change; "
                               "answer again to start the next round"),
                             (const char *) sqlite3_column_text (stmt, 0),
                             (const char *) sqlite3_column_text (stmt, 1));
  return hg_error_invalid (error, message);
}

/* The last frozen round of @framework_id started before round @before
 * (0: any), or 0. */
static gint64
last_frozen (sqlite3    *db,
             const char *framework_id,
             gint64      before)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT id FROM assessment "
                                                "WHERE framework = ?1 AND frozen IS NOT NULL "
                                                "AND (?2 = 0 OR id < ?2) "
                                                "ORDER BY frozen DESC, id DESC LIMIT 1", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, before);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

gboolean
hg_assessment_carry_forward (sqlite3      *db,
                             HgFramework  *framework,
                             gint64        id,
                             GError      **error)
{
  gint64 from = last_frozen (db, hg_framework_get_id (framework), id);
  g_autoptr(sqlite3_stmt) read = NULL;
  g_autoptr(sqlite3_stmt) copy = NULL;
  g_autoptr(sqlite3_stmt) evidence = NULL;
  int rc;

  if (from == 0)
    return TRUE;
  read = hg_db_prepare (db, "SELECT ref, value FROM assessment_answer WHERE assessment = ?1", error);
  copy = hg_db_prepare (db, "INSERT INTO assessment_answer (assessment, ref, value, note, owner, due) "
                            "SELECT ?2, ref, value, note, owner, due FROM assessment_answer "
                            "WHERE assessment = ?1 AND ref = ?3", error);
  evidence = hg_db_prepare (db, "INSERT INTO assessment_evidence (assessment, ref, kind, target, sha256) "
                                "SELECT ?2, ref, kind, target, sha256 FROM assessment_evidence "
                                "WHERE assessment = ?1 AND ref = ?3", error);
  if (read == NULL || copy == NULL || evidence == NULL)
    return FALSE;
  sqlite3_bind_int64 (read, 1, from);
  while ((rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      const char *ref = (const char *) sqlite3_column_text (read, 0);
      const char *value = (const char *) sqlite3_column_text (read, 1);

      /* A later version of the framework may have dropped the item or
       * changed its scale: such an answer stays in last year's round only. */
      if (hg_framework_find_item (framework, ref) == NULL
          || hg_framework_find_answer (framework, value) == NULL)
        continue;
      for (guint s = 0; s < 2; s++)
        {
          sqlite3_stmt *stmt = s == 0 ? copy : evidence;

          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, from);
          sqlite3_bind_int64 (stmt, 2, id);
          sqlite3_bind_text (stmt, 3, ref, -1, SQLITE_TRANSIENT);
          if (!hg_db_step_done (stmt, error))
            return FALSE;
        }
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the assessments");
      return FALSE;
    }
  return TRUE;
}

GHashTable *
hg_assessment_carried (HgWorkbook  *workbook,
                       gint64       id,
                       GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT n.ref FROM assessment_answer n "
                                                "JOIN assessment_answer o ON o.assessment = ?2 "
                                                "AND o.ref = n.ref AND o.value = n.value "
                                                "AND o.note = n.note AND o.owner = n.owner "
                                                "AND o.due = n.due "
                                                "WHERE n.assessment = ?1", error);
  g_autoptr(sqlite3_stmt) framework = hg_db_prepare (db, "SELECT framework FROM assessment "
                                                     "WHERE id = ?1", error);
  GHashTable *carried;
  int rc;

  if (stmt == NULL || framework == NULL)
    return NULL;
  carried = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_bind_int64 (framework, 1, id);
  if (sqlite3_step (framework) != SQLITE_ROW)
    return carried;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, last_frozen (db, (const char *) sqlite3_column_text (framework, 0),
                                            id));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (carried, hg_db_column_dup (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the assessments");
      g_hash_table_unref (carried);
      return NULL;
    }
  return carried;
}

typedef struct
{
  const char *framework_id;
  const char *date;
  gint64      id;
} FreezeData;

static gboolean
freeze_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  FreezeData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "UPDATE assessment SET frozen = ?2 "
                                                "WHERE id = ?1 AND frozen IS NULL", error);

  if (stmt == NULL || !hg_assessment_require_open (db, data->id, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_text (stmt, 2, data->date, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_assessment_freeze (HgWorkbook  *workbook,
                      const char  *framework_id,
                      const char  *date,
                      gint64      *id,
                      GError     **error)
{
  g_autofree char *today = hg_text_today ();
  g_autofree char *iso = NULL;
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GError) local = NULL;
  FreezeData data = { framework_id, NULL, 0 };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (!hg_date_parse (date ? date : today, &iso) || iso[0] == '\0')
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date: write it as 2026-04-01"),
                                                  date);

      return hg_error_invalid_field (error, _("Date"), message);
    }
  if ((rounds = hg_assessment_rounds (workbook, framework_id, error)) == NULL)
    return FALSE;
  open = hg_assessment_get_open (workbook, framework_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (open == NULL)
    return hg_error_invalid (error, _("There is no open assessment to freeze: "
                                      "answer an item to start one"));
  if (open->n_answers == 0)
    return hg_error_invalid (error, _("The assessment has no answers yet: "
                                      "answer the items before freezing it"));
  for (guint i = 0; i < rounds->len; i++)
    {
      HgAssessment *round = g_ptr_array_index (rounds, i);

      if (round->frozen != NULL && strcmp (iso, round->frozen) < 0)
        {
          g_autofree char *message = g_strdup_printf (_("The last round was frozen on %s; "
                                                        "a later round cannot be dated before it"),
                                                      round->frozen);

          return hg_error_invalid_field (error, _("Date"), message);
        }
    }
  if (strcmp (iso, open->created) < 0)
    {
      g_autofree char *message = g_strdup_printf (_("The assessment started on %s; "
                                                    "it cannot be frozen before that"),
                                                  open->created);

      return hg_error_invalid_field (error, _("Date"), message);
    }
  data.date = iso;
  data.id = open->id;
  if (!hg_workbook_edit (workbook, _("Freeze Assessment"), freeze_cb, &data, error))
    return FALSE;
  if (id != NULL)
    *id = data.id;
  return TRUE;
}

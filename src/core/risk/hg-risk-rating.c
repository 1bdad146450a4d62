/* hg-risk-rating.c
 *
 * Each answer and each rating is one undoable edit, saved at once like
 * every other field of a workbook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-rating"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-error.h"
#include "hg-risk-rating.h"
#include "hg-text.h"

void
hg_risk_answer_free (HgRiskAnswer *answer)
{
  if (answer == NULL)
    return;
  g_free (answer->control_key);
  g_free (answer->note);
  g_free (answer);
}

GPtrArray *
hg_risk_answer_list (HgWorkbook *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_risk_answer_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT control_key, ifnull (department_id, 0), status, note "
                        "FROM risk_control_answer ORDER BY department_id IS NOT NULL, "
                        "department_id, control_key", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      HgRiskAnswer *answer = g_new0 (HgRiskAnswer, 1);

      answer->control_key = hg_db_column_dup (stmt, 0);
      answer->department_id = sqlite3_column_int64 (stmt, 1);
      if (!hg_risk_status_from_string ((const char *) sqlite3_column_text (stmt, 2),
                                       &answer->status))
        answer->status = HG_RISK_UNANSWERED;
      answer->note = hg_db_column_dup (stmt, 3);
      g_ptr_array_add (list, answer);
    }
  return list;
}

HgRiskStatus
hg_risk_answer_get (HgWorkbook  *workbook,
                    const char  *control_key,
                    gint64       department_id,
                    char       **note)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HgRiskStatus status = HG_RISK_UNANSWERED;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), HG_RISK_UNANSWERED);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT status, note FROM risk_control_answer "
                        "WHERE control_key = ?1 AND ifnull (department_id, 0) = ?2", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, control_key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, department_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          hg_risk_status_from_string ((const char *) sqlite3_column_text (stmt, 0), &status);
          if (note != NULL)
            *note = hg_db_column_dup (stmt, 1);
          return status;
        }
    }
  if (note != NULL)
    *note = g_strdup ("");
  return status;
}

/* A department id names a department of the workbook; 0 is the company. */
static gboolean
check_department (HgWorkbook  *workbook,
                  gint64       department_id,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (department_id == HG_RISK_COMPANY)
    return TRUE;
  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT 1 FROM department WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, department_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return hg_error_invalid_field (error, _("Department"), _("This department no longer exists"));
  return TRUE;
}

typedef struct
{
  const char   *control_key;
  gint64        threat_id;
  gint64        department_id;
  HgRiskStatus  status;
  guint         likelihood;
  const char   *note;
} Rating;

static gboolean
answer_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  Rating *r = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (r->status == HG_RISK_UNANSWERED)
    stmt = hg_db_prepare (db, "DELETE FROM risk_control_answer "
                              "WHERE control_key = ?1 AND department_id IS ?2", error);
  else
    stmt = hg_db_prepare (db,
      "INSERT INTO risk_control_answer (control_key, department_id, status, note) "
      "VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT (control_key, ifnull (department_id, 0)) DO UPDATE SET "
      "status = excluded.status, note = excluded.note "
      "WHERE status != excluded.status OR note != excluded.note", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, r->control_key, -1, SQLITE_STATIC);
  hg_db_bind_id_or_null (stmt, 2, r->department_id);
  if (r->status != HG_RISK_UNANSWERED)
    {
      sqlite3_bind_text (stmt, 3, hg_risk_status_to_string (r->status), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, r->note, -1, SQLITE_STATIC);
    }
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_answer_set (HgWorkbook       *workbook,
                    HgRiskCatalogue  *catalogue,
                    const char       *control_key,
                    gint64            department_id,
                    HgRiskStatus      status,
                    const char       *note,
                    GError          **error)
{
  g_autofree char *clean_note = hg_text_normalize (note);
  Rating r = { control_key, 0, department_id, status, 0, clean_note };
  const char *problem;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (catalogue != NULL, FALSE);

  if (hg_risk_catalogue_find_control (catalogue, control_key) == NULL)
    return hg_error_invalid_field (error, _("Control"), _("The risk catalogue has no such control"));
  if (status >= HG_RISK_N_STATUSES)
    return hg_error_invalid_field (error, _("Status of the control"), _("Choose one of the statuses"));
  if ((problem = hg_text_check (clean_note, HG_RISK_NOTE_MAX, HG_TEXT_MULTILINE)) != NULL)
    return hg_error_invalid_field (error, _("Note"), problem);
  if (!check_department (workbook, department_id, error))
    return FALSE;
  return hg_workbook_edit (workbook, _("Answer Control"), answer_cb, &r, error);
}

guint
hg_risk_likelihood_get (HgWorkbook *workbook,
                        gint64      threat_id,
                        gint64      department_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT likelihood FROM risk_likelihood "
                        "WHERE threat_id = ?1 AND ifnull (department_id, 0) = ?2", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, threat_id);
  sqlite3_bind_int64 (stmt, 2, department_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? (guint) sqlite3_column_int (stmt, 0) : 0;
}

static gboolean
likelihood_cb (sqlite3   *db,
               gpointer   user_data,
               GError   **error)
{
  Rating *r = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (r->likelihood == 0)
    stmt = hg_db_prepare (db, "DELETE FROM risk_likelihood "
                              "WHERE threat_id = ?1 AND department_id IS ?2", error);
  else
    stmt = hg_db_prepare (db,
      "INSERT INTO risk_likelihood (threat_id, department_id, likelihood) VALUES (?1, ?2, ?3) "
      "ON CONFLICT (threat_id, ifnull (department_id, 0)) DO UPDATE SET "
      "likelihood = excluded.likelihood WHERE likelihood != excluded.likelihood", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, r->threat_id);
  hg_db_bind_id_or_null (stmt, 2, r->department_id);
  if (r->likelihood > 0)
    sqlite3_bind_int (stmt, 3, (int) r->likelihood);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_likelihood_set (HgWorkbook  *workbook,
                        gint64       threat_id,
                        gint64       department_id,
                        guint        likelihood,
                        GError     **error)
{
  Rating r = { NULL, threat_id, department_id, HG_RISK_UNANSWERED, likelihood, NULL };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (likelihood > 3 || (likelihood == 0 && department_id == HG_RISK_COMPANY))
    return hg_error_invalid_field (error, _("Likelihood of the threat"), _("Choose 1, 2 or 3"));
  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT 1 FROM risk_threat WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, threat_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return hg_error_invalid_field (error, _("Threat"), _("This threat no longer exists"));
  if (!check_department (workbook, department_id, error))
    return FALSE;
  return hg_workbook_edit (workbook, _("Rate Threat"), likelihood_cb, &r, error);
}

/* hg-risk-treatment.c
 *
 * The acceptance rule needs the risk's band as it is now, which depends on
 * ratings and answers anywhere in the workbook: it is computed for the one
 * asset (hg_risk_sheet_new_for_asset()) at the moment of the edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-treatment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-risk-sheet.h"
#include "hg-risk-treatment.h"
#include "hg-text.h"

HgRiskTreatment *
hg_risk_treatment_new (gint64              asset_id,
                       gint64              threat_id,
                       HgRiskTreatmentKind kind)
{
  HgRiskTreatment *t = g_new0 (HgRiskTreatment, 1);

  t->asset_id = asset_id;
  t->threat_id = threat_id;
  t->kind = kind;
  t->measures = g_strdup ("");
  t->control_keys = g_new0 (char *, 1);
  t->due_on = g_strdup ("");
  t->status = HG_RISK_PLAN_PLANNED;
  t->approver = g_strdup ("");
  t->approved_on = g_strdup ("");
  t->reason = g_strdup ("");
  return t;
}

HgRiskTreatment *
hg_risk_treatment_copy (const HgRiskTreatment *treatment)
{
  HgRiskTreatment *t = g_memdup2 (treatment, sizeof *treatment);

  t->measures = g_strdup (treatment->measures);
  t->control_keys = g_strdupv (treatment->control_keys);
  t->due_on = g_strdup (treatment->due_on);
  t->approver = g_strdup (treatment->approver);
  t->approved_on = g_strdup (treatment->approved_on);
  t->reason = g_strdup (treatment->reason);
  return t;
}

void
hg_risk_treatment_free (HgRiskTreatment *treatment)
{
  if (treatment == NULL)
    return;
  g_free (treatment->measures);
  g_strfreev (treatment->control_keys);
  g_free (treatment->due_on);
  g_free (treatment->approver);
  g_free (treatment->approved_on);
  g_free (treatment->reason);
  g_free (treatment);
}

#define SELECT_TREATMENT \
  "SELECT id, asset_id, threat_id, kind, measures, control_keys, ifnull (owner_id, 0), due_on, " \
  "status, ifnull (expected_damage, 0), approver, approved_on, reason FROM risk_treatment "

static HgRiskTreatment *
treatment_from_row (sqlite3_stmt *stmt)
{
  HgRiskTreatment *t = hg_risk_treatment_new (sqlite3_column_int64 (stmt, 1),
                                              sqlite3_column_int64 (stmt, 2),
                                              HG_RISK_TREATMENT_NONE);

  t->id = sqlite3_column_int64 (stmt, 0);
  hg_risk_treatment_from_string ((const char *) sqlite3_column_text (stmt, 3), &t->kind);
  hg_text_set (&t->measures, (const char *) sqlite3_column_text (stmt, 4));
  g_strfreev (t->control_keys);
  t->control_keys = g_strsplit_set ((const char *) sqlite3_column_text (stmt, 5), " ", -1);
  /* "" splits into one empty key. */
  if (t->control_keys[0] != NULL && t->control_keys[0][0] == '\0')
    g_clear_pointer (&t->control_keys[0], g_free);
  t->owner_id = sqlite3_column_int64 (stmt, 6);
  hg_text_set (&t->due_on, (const char *) sqlite3_column_text (stmt, 7));
  hg_risk_plan_from_string ((const char *) sqlite3_column_text (stmt, 8), &t->status);
  t->expected_damage = (guint) sqlite3_column_int (stmt, 9);
  hg_text_set (&t->approver, (const char *) sqlite3_column_text (stmt, 10));
  hg_text_set (&t->approved_on, (const char *) sqlite3_column_text (stmt, 11));
  hg_text_set (&t->reason, (const char *) sqlite3_column_text (stmt, 12));
  return t;
}

HgRiskTreatment *
hg_risk_treatment_get (HgWorkbook *workbook,
                       gint64      asset_id,
                       gint64      threat_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        SELECT_TREATMENT "WHERE asset_id = ?1 AND threat_id = ?2", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  sqlite3_bind_int64 (stmt, 2, threat_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? treatment_from_row (stmt) : NULL;
}

GPtrArray *
hg_risk_treatment_list (HgWorkbook *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_risk_treatment_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        SELECT_TREATMENT "ORDER BY asset_id, threat_id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, treatment_from_row (stmt));
  return list;
}

/* ---- Checking -------------------------------------------------------------- */

static gboolean
exists (HgWorkbook *workbook,
        const char *sql,
        gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook), sql, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* A date as the register takes it, made YYYY-MM-DD in @clean; "" stays "". */
static gboolean
check_date (const char  *text,
            const char  *field,
            char       **clean,
            GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (text);

  if (normalized[0] == '\0')
    {
      *clean = g_strdup ("");
      return TRUE;
    }
  if (!hg_date_parse (normalized, clean))
    return hg_error_invalid_field (error, field, _("Write a date such as 2026-04-01"));
  return TRUE;
}

static gboolean
check_text (const char   *text,
            guint         max,
            HgTextFlags   flags,
            const char   *field,
            GError      **error)
{
  const char *problem = hg_text_check (text, max, flags);

  return problem == NULL || hg_error_invalid_field (error, field, problem);
}

/* The checks that need the risk itself: the threat is one of the asset's,
 * and the acceptance rule. */
static gboolean
check_risk (HgWorkbook             *workbook,
            HgRiskCatalogue        *catalogue,
            const HgRiskTreatment  *t,
            GError                **error)
{
  g_autoptr(HgRiskSheet) sheet = NULL;
  const HgRiskRow *row;
  gint index;

  if (!exists (workbook, "SELECT 1 FROM asset WHERE id = ?1", t->asset_id))
    return hg_error_invalid_field (error, _("Information asset"), _("This asset no longer exists"));
  if (!exists (workbook, "SELECT 1 FROM risk_threat WHERE id = ?1", t->threat_id))
    return hg_error_invalid_field (error, _("Threat"), _("This threat no longer exists"));

  sheet = hg_risk_sheet_new_for_asset (workbook, catalogue, t->asset_id);
  index = hg_risk_sheet_find_row (sheet, t->asset_id, t->threat_id);
  if (index < 0)
    return hg_error_invalid_field (error, _("Threat"),
                                   _("The threat is not one of the asset’s medium, or the asset "
                                     "is disposed of"));
  row = hg_risk_sheet_get_row (sheet, (guint) index);

  if (t->kind == HG_RISK_TREATMENT_ACCEPT && row->band == HG_RISK_BAND_LARGE)
    {
      if (t->approver[0] == '\0')
        return hg_error_invalid_field (error, _("Approver"),
                                       _("Accepting a large risk needs the name of whoever "
                                         "approved it"));
      if (t->approved_on[0] == '\0')
        return hg_error_invalid_field (error, _("Date of approval"),
                                       _("Accepting a large risk needs the date it was approved"));
      if (t->reason[0] == '\0')
        return hg_error_invalid_field (error, _("Reason"),
                                       _("Accepting a large risk needs the reason why it is "
                                         "accepted"));
    }
  return TRUE;
}

/* Fills @clean with the treatment as it will be stored, or says what is
 * wrong. */
static gboolean
validate (HgWorkbook             *workbook,
          HgRiskCatalogue        *catalogue,
          const HgRiskTreatment  *t,
          HgRiskTreatment        *clean,
          GError                **error)
{
  g_strstrip (clean->measures);
  g_free (clean->approver);
  clean->approver = hg_text_normalize (t->approver);
  g_free (clean->reason);
  clean->reason = hg_text_normalize (t->reason);
  g_clear_pointer (&clean->due_on, g_free);
  g_clear_pointer (&clean->approved_on, g_free);

  if (t->kind == HG_RISK_TREATMENT_NONE || t->kind > HG_RISK_TREATMENT_ACCEPT)
    return hg_error_invalid_field (error, _("Treatment"),
                                   _("Choose reduce, avoid, transfer or accept"));
  if (t->status == HG_RISK_PLAN_NONE || t->status > HG_RISK_PLAN_DONE)
    return hg_error_invalid_field (error, _("Status of the treatment"),
                                   _("Choose planned, in progress or done"));
  if (!check_text (clean->measures, HG_RISK_MEASURES_MAX, HG_TEXT_MULTILINE, _("Measures"),
                   error)
      || !check_text (clean->approver, HG_RISK_APPROVER_MAX, HG_TEXT_ONE_LINE, _("Approver"),
                      error)
      || !check_text (clean->reason, HG_RISK_REASON_MAX, HG_TEXT_MULTILINE, _("Reason"), error)
      || !check_date (t->due_on, _("Due date"), &clean->due_on, error)
      || !check_date (t->approved_on, _("Date of approval"), &clean->approved_on, error))
    return FALSE;
  if (t->expected_damage > 3)
    return hg_error_invalid_field (error, _("Expected likelihood of damage"),
                                   _("Choose 1, 2 or 3"));
  for (guint i = 0; t->control_keys != NULL && t->control_keys[i] != NULL; i++)
    if (hg_risk_catalogue_find_control (catalogue, t->control_keys[i]) == NULL)
      return hg_error_invalid_field (error, _("Control"), _("The risk catalogue has no such control"));
  if (t->owner_id != 0 && !exists (workbook, "SELECT 1 FROM person WHERE id = ?1", t->owner_id))
    return hg_error_invalid_field (error, _("Owner"), _("This person no longer exists"));
  return check_risk (workbook, catalogue, clean, error);
}

/* ---- Storing ----------------------------------------------------------------- */

static gboolean
set_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  const HgRiskTreatment *t = user_data;
  g_autofree char *keys = t->control_keys ? g_strjoinv (" ", t->control_keys) : g_strdup ("");
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO risk_treatment (asset_id, threat_id, kind, measures, control_keys, owner_id, "
    "due_on, status, expected_damage, approver, approved_on, reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
    "ON CONFLICT (asset_id, threat_id) DO UPDATE SET kind = excluded.kind, "
    "measures = excluded.measures, control_keys = excluded.control_keys, "
    "owner_id = excluded.owner_id, due_on = excluded.due_on, status = excluded.status, "
    "expected_damage = excluded.expected_damage, approver = excluded.approver, "
    "approved_on = excluded.approved_on, reason = excluded.reason "
    "WHERE (kind, measures, control_keys, owner_id, due_on, status, expected_damage, approver, "
    "approved_on, reason) IS NOT (excluded.kind, excluded.measures, excluded.control_keys, "
    "excluded.owner_id, excluded.due_on, excluded.status, excluded.expected_damage, "
    "excluded.approver, excluded.approved_on, excluded.reason)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, t->asset_id);
  sqlite3_bind_int64 (stmt, 2, t->threat_id);
  sqlite3_bind_text (stmt, 3, hg_risk_treatment_to_string (t->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, t->measures, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, keys, -1, SQLITE_STATIC);
  hg_db_bind_id_or_null (stmt, 6, t->owner_id);
  sqlite3_bind_text (stmt, 7, t->due_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, hg_risk_plan_to_string (t->status), -1, SQLITE_STATIC);
  if (t->expected_damage > 0)
    sqlite3_bind_int (stmt, 9, (int) t->expected_damage);
  sqlite3_bind_text (stmt, 10, t->approver, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, t->approved_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, t->reason, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_treatment_set (HgWorkbook             *workbook,
                       HgRiskCatalogue        *catalogue,
                       const HgRiskTreatment  *treatment,
                       GError                **error)
{
  g_autoptr(HgRiskTreatment) clean = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (catalogue != NULL && treatment != NULL, FALSE);

  clean = hg_risk_treatment_copy (treatment);
  if (!validate (workbook, catalogue, treatment, clean, error))
    return FALSE;
  return hg_workbook_edit (workbook, _("Treat Risk"), set_cb, clean, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  const gint64 *ids = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM risk_treatment "
                                                    "WHERE asset_id = ?1 AND threat_id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ids[0]);
  sqlite3_bind_int64 (stmt, 2, ids[1]);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_treatment_remove (HgWorkbook  *workbook,
                          gint64       asset_id,
                          gint64       threat_id,
                          GError     **error)
{
  gint64 ids[2] = { asset_id, threat_id };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Remove Treatment"), remove_cb, ids, error);
}

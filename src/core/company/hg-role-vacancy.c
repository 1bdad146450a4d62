/* hg-role-vacancy.c
 *
 * A very small company does not fill every role the rules name: with eight
 * people there may be no system administrator and no auditor. Leaving the
 * holder empty prints 「（未定）」 and reads as unfinished; recording that
 * the role is not filled, and why, is a decision the documents can print
 * (「置かない（社員8名のため代表者が兼ねる）」) and an approval can accept.
 * A role is either held or vacant: setting one clears the other, in the
 * same step (here and in hg_org_role_assign()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-role-vacancy"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-role-vacancy.h"
#include "hg-text.h"

/* The reason the company gives, or NULL when @role is not recorded as
 * vacant. */
char *
hg_role_vacancy_get (HgWorkbook *workbook,
                     HgOrgRole   role)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (role < HG_ORG_N_ROLES, NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT reason FROM role_vacancy WHERE role = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, hg_org_role_key (role), -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? hg_db_column_dup (stmt, 0) : NULL;
}

/* What is wrong with @reason as the reason a role stays vacant, or NULL. */
const char *
hg_role_vacancy_validate (const char *reason)
{
  g_autofree char *clean = hg_text_normalize (reason ? reason : "");

  if (clean[0] == '\0')
    return _("Say why the role is not filled, for example who does its work instead");
  return hg_text_check (clean, HG_ROLE_VACANCY_REASON_MAX, HG_TEXT_ONE_LINE);
}

typedef struct
{
  const char *role;
  const char *reason;  /* NULL: the role is no longer vacant */
} VacancyData;

static gboolean
set_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  VacancyData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (data->reason == NULL)
    stmt = hg_db_prepare (db, "DELETE FROM role_vacancy WHERE role = ?1", error);
  else
    stmt = hg_db_prepare (db, "INSERT INTO role_vacancy (role, reason) VALUES (?1, ?2) "
                              "ON CONFLICT (role) DO UPDATE SET reason = excluded.reason "
                              "WHERE reason != excluded.reason", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data->role, -1, SQLITE_STATIC);
  if (data->reason != NULL)
    sqlite3_bind_text (stmt, 2, data->reason, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (data->reason == NULL)
    return TRUE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* A vacant role has no holder. */
  stmt = hg_db_prepare (db, "DELETE FROM org_role WHERE role = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data->role, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

/* Records that @role is not filled because of @reason, removing its holder;
 * a NULL or empty @reason makes the role open again (unassigned, 「（未定）」).
 * The department heads are one per department and cannot be vacant. */
gboolean
hg_role_vacancy_set (HgWorkbook  *workbook,
                     HgOrgRole    role,
                     const char  *reason,
                     GError     **error)
{
  g_autofree char *clean = hg_text_normalize (reason ? reason : "");
  VacancyData data = { NULL, NULL };
  g_autofree char *label = NULL;
  const char *problem;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (role < HG_ORG_N_ROLES, FALSE);

  if (role == HG_ORG_ROLE_DEPARTMENT_HEAD)
    return hg_error_invalid (error, _("Every department has a security lead: the role cannot "
                                      "be left unfilled"));
  if (clean[0] != '\0' && (problem = hg_role_vacancy_validate (clean)) != NULL)
    return hg_error_invalid_field (error, _("Reason"), problem);
  data.role = hg_org_role_key (role);
  data.reason = clean[0] != '\0' ? clean : NULL;
  /* Translators: the name of an undo step, e.g. "Leave Auditor Unfilled" */
  label = g_strdup_printf (data.reason ? _("Leave %s Unfilled") : _("Reopen %s"),
                           hg_org_role_label (role));
  return hg_workbook_edit (workbook, label, set_cb, &data, error);
}

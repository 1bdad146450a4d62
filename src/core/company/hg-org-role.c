/* hg-org-role.c
 *
 * Small companies combine roles, and that is fine: the one combination
 * worth a warning is the auditor holding a role whose work they audit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-org-role"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-org-role.h"
#include "hg-person.h"

typedef struct
{
  const char *key;
  const char *label;
  const char *description;
} RoleInfo;

static const RoleInfo roles[HG_ORG_N_ROLES] = {
  [HG_ORG_ROLE_CISO] = {
    "ciso", N_("Information security officer"),
    N_("Has the final say on information security and answers for it to management.") },
  [HG_ORG_ROLE_DEPARTMENT_HEAD] = {
    "department_head", N_("Department security lead"),
    N_("Sees that the department follows the rules and reports problems.") },
  [HG_ORG_ROLE_SYSTEM_ADMIN] = {
    "system_admin", N_("System administrator"),
    N_("Looks after PCs, servers, network and accounts.") },
  [HG_ORG_ROLE_EDUCATION] = {
    "education", N_("Training lead"),
    N_("Plans security training and keeps its records.") },
  [HG_ORG_ROLE_AUDITOR] = {
    "auditor", N_("Auditor"),
    N_("Checks independently that the rules are followed.") },
  [HG_ORG_ROLE_INCIDENT_CONTACT] = {
    "incident_contact", N_("Incident contact"),
    N_("The first person to call when something goes wrong.") },
};

const char *
hg_org_role_key (HgOrgRole role)
{
  g_return_val_if_fail (role < HG_ORG_N_ROLES, NULL);
  return roles[role].key;
}

const char *
hg_org_role_label (HgOrgRole role)
{
  g_return_val_if_fail (role < HG_ORG_N_ROLES, NULL);
  return _(roles[role].label);
}

const char *
hg_org_role_description (HgOrgRole role)
{
  g_return_val_if_fail (role < HG_ORG_N_ROLES, NULL);
  return _(roles[role].description);
}

gboolean
hg_org_role_from_key (const char *key,
                      HgOrgRole  *role)
{
  for (guint i = 0; i < HG_ORG_N_ROLES; i++)
    if (g_strcmp0 (key, roles[i].key) == 0)
      {
        *role = i;
        return TRUE;
      }
  return FALSE;
}

gint64
hg_org_role_get_holder (HgWorkbook *workbook,
                        HgOrgRole   role,
                        gint64      department_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);
  g_return_val_if_fail (role < HG_ORG_N_ROLES, 0);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT person_id FROM org_role WHERE role = ?1 "
                        "AND ifnull (department_id, 0) = ?2", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, roles[role].key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, role == HG_ORG_ROLE_DEPARTMENT_HEAD ? department_id : 0);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

typedef struct
{
  HgOrgRole role;
  gint64    department_id;
  gint64    person_id;
} AssignData;

static gboolean
assign_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  AssignData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* The representative chosen before they had a row: it is made in the same
   * step, so one undo takes both back. */
  if (data->person_id == HG_PERSON_REPRESENTATIVE)
    {
      data->person_id = _hg_person_ensure_representative (db, error);
      if (data->person_id < 0)
        return FALSE;
    }

  if (data->person_id == 0)
    stmt = hg_db_prepare (db,
                          "DELETE FROM org_role WHERE role = ?1 "
                          "AND ifnull (department_id, 0) = ifnull (?2, 0)", error);
  else
    stmt = hg_db_prepare (db,
                          "INSERT INTO org_role (role, department_id, person_id) "
                          "VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (role, ifnull (department_id, 0)) "
                          "DO UPDATE SET person_id = excluded.person_id "
                          "WHERE person_id != excluded.person_id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, roles[data->role].key, -1, SQLITE_STATIC);
  if (data->role == HG_ORG_ROLE_DEPARTMENT_HEAD)
    sqlite3_bind_int64 (stmt, 2, data->department_id);
  else
    sqlite3_bind_null (stmt, 2);
  if (data->person_id != 0)
    sqlite3_bind_int64 (stmt, 3, data->person_id);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (data->person_id == 0)
    return TRUE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* A role with a holder is no longer left unfilled (hg-role-vacancy.c). */
  stmt = hg_db_prepare (db, "DELETE FROM role_vacancy WHERE role = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, roles[data->role].key, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_org_role_assign (HgWorkbook  *workbook,
                    HgOrgRole    role,
                    gint64       department_id,
                    gint64       person_id,
                    GError     **error)
{
  AssignData data = { role, department_id, person_id };
  g_autofree char *label = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (role < HG_ORG_N_ROLES, FALSE);
  g_return_val_if_fail (role != HG_ORG_ROLE_DEPARTMENT_HEAD || department_id > 0, FALSE);

  /* Translators: the name of an undo step, e.g. "Assign Auditor" */
  label = g_strdup_printf (_("Assign %s"), hg_org_role_label (role));
  return hg_workbook_edit (workbook, label, assign_cb, &data, error);
}

/* Returns the warnings about the organisation as translated sentences. */
GPtrArray *
hg_org_role_check (HgWorkbook *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), warnings);

  /* Every role the auditor holds besides auditing: the incident contact only
   * answers the phone, so holding it does not compromise an audit. */
  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT p.name, o.role, ifnull (d.name, '') "
                        "FROM org_role a JOIN org_role o ON o.person_id = a.person_id "
                        "JOIN person p ON p.id = a.person_id "
                        "LEFT JOIN department d ON d.id = o.department_id "
                        "WHERE a.role = 'auditor' AND o.role NOT IN ('auditor', 'incident_contact') "
                        "ORDER BY o.role, d.position", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *dept = (const char *) sqlite3_column_text (stmt, 2);
      HgOrgRole role = HG_ORG_ROLE_CISO;
      g_autofree char *role_label = NULL;

      hg_org_role_from_key ((const char *) sqlite3_column_text (stmt, 1), &role);
      role_label = dept[0]
        ? g_strdup_printf ("%s (%s)", hg_org_role_label (role), dept)
        : g_strdup (hg_org_role_label (role));

      g_ptr_array_add (warnings,
                       g_strdup_printf (_("%s is both the auditor and the %s, and so would "
                                          "audit their own work. Choose another auditor, "
                                          "or ask someone outside the team to audit."),
                                        name, role_label));
    }
  return warnings;
}

/* hg-department.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-department"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-department.h"
#include "hg-error.h"
#include "hg-text.h"

void
hg_department_free (HgDepartment *department)
{
  if (department == NULL)
    return;
  g_free (department->name);
  g_free (department);
}

GPtrArray *
hg_department_list (HgWorkbook *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_department_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT id, name FROM department ORDER BY position, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      HgDepartment *department = g_new0 (HgDepartment, 1);

      department->id = sqlite3_column_int64 (stmt, 0);
      department->name = hg_db_column_dup (stmt, 1);
      g_ptr_array_add (list, department);
    }
  return list;
}

const char *
hg_department_validate_name (HgWorkbook *workbook,
                             const char *name,
                             gint64      except_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *normalized = hg_text_normalize (name);
  const char *problem = hg_text_check (normalized, HG_DEPARTMENT_NAME_MAX, HG_TEXT_REQUIRED);

  if (problem != NULL)
    return problem;

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT 1 FROM department WHERE name = ?1 AND id != ?2", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, normalized, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, except_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        return _("A department with this name already exists");
    }
  return NULL;
}

typedef struct
{
  gint64      id;
  const char *name;
} DepartmentEdit;

static gboolean
add_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  DepartmentEdit *edit = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db,
                        "INSERT INTO department (name, position) "
                        "SELECT ?1, ifnull (max (position), 0) + 1 FROM department",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, edit->name, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  edit->id = sqlite3_last_insert_rowid (db);
  return TRUE;
}

static gboolean
validate (HgWorkbook  *workbook,
          const char  *name,
          gint64       except_id,
          GError     **error)
{
  const char *problem = hg_department_validate_name (workbook, name, except_id);

  if (problem == NULL)
    return TRUE;
  g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
               "%s: %s", _("Department name"), problem);
  return FALSE;
}

gint64
hg_department_add (HgWorkbook  *workbook,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (name);
  DepartmentEdit edit = { 0, normalized };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  if (!validate (workbook, normalized, 0, error)
      || !hg_workbook_edit (workbook, _("Add Department"), add_cb, &edit, error))
    return 0;
  return edit.id;
}

static gboolean
rename_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  DepartmentEdit *edit = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "UPDATE department SET name = ?1 WHERE id = ?2 AND name != ?1",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, edit->name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, edit->id);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_department_rename (HgWorkbook  *workbook,
                      gint64       id,
                      const char  *name,
                      GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (name);
  DepartmentEdit edit = { id, normalized };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return validate (workbook, normalized, id, error)
         && hg_workbook_edit (workbook, _("Rename Department"), rename_cb, &edit, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "DELETE FROM department WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  return hg_db_step_done (stmt, error);
}

/* People of the department stay, without a department; its head role goes
 * (ON DELETE SET NULL and CASCADE in the schema), and undo brings both back. */
gboolean
hg_department_remove (HgWorkbook  *workbook,
                      gint64       id,
                      GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Remove Department"), remove_cb, &id, error);
}

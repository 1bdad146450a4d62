/* hg-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-person"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-person.h"
#include "hg-text.h"

HgPerson *
hg_person_new (const char *name,
               gint64      department_id,
               const char *email,
               const char *phone)
{
  HgPerson *person = g_new0 (HgPerson, 1);

  person->name = hg_text_normalize (name);
  person->department_id = department_id;
  person->email = hg_text_normalize (email);
  person->phone = hg_text_normalize (phone);
  return person;
}

HgPerson *
hg_person_copy (const HgPerson *person)
{
  HgPerson *copy = hg_person_new (person->name, person->department_id,
                                  person->email, person->phone);

  copy->id = person->id;
  return copy;
}

void
hg_person_free (HgPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->email);
  g_free (person->phone);
  g_free (person);
}

const char *
hg_person_validate (HgPersonField  field,
                    const char    *value)
{
  g_autofree char *normalized = hg_text_normalize (value);
  const char *problem;

  switch (field)
    {
    case HG_PERSON_FIELD_NAME:
      return hg_text_check (normalized, HG_PERSON_NAME_MAX, HG_TEXT_REQUIRED);

    case HG_PERSON_FIELD_EMAIL:
      if ((problem = hg_text_check (normalized, HG_PERSON_EMAIL_MAX, HG_TEXT_ONE_LINE)) != NULL)
        return problem;
      if (normalized[0] != '\0' && !hg_text_is_email (normalized))
        return _("Write an address such as name@example.co.jp");
      break;

    case HG_PERSON_FIELD_PHONE:
      if ((problem = hg_text_check (normalized, HG_PERSON_PHONE_MAX, HG_TEXT_ONE_LINE)) != NULL)
        return problem;
      if (normalized[0] != '\0' && !hg_text_is_phone (normalized))
        return _("Write digits and hyphens, such as 052-123-4567");
      break;

    default:
      g_return_val_if_reached (NULL);
    }
  return NULL;
}

static HgPerson *
person_from_row (sqlite3_stmt *stmt)
{
  HgPerson *person = g_new0 (HgPerson, 1);

  person->id = sqlite3_column_int64 (stmt, 0);
  person->name = hg_db_column_dup (stmt, 1);
  person->department_id = sqlite3_column_int64 (stmt, 2);
  person->email = hg_db_column_dup (stmt, 3);
  person->phone = hg_db_column_dup (stmt, 4);
  return person;
}

GPtrArray *
hg_person_list (HgWorkbook *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_person_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT id, name, ifnull (department_id, 0), email, phone "
                        "FROM person ORDER BY id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, person_from_row (stmt));
  return list;
}

HgPerson *
hg_person_get (HgWorkbook *workbook,
               gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT id, name, ifnull (department_id, 0), email, phone "
                        "FROM person WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return person_from_row (stmt);
}

static gboolean
validate_all (const HgPerson  *person,
              GError         **error)
{
  static const struct { HgPersonField field; const char *label; } checks[] = {
    { HG_PERSON_FIELD_NAME, N_("Name") },
    { HG_PERSON_FIELD_EMAIL, N_("E-mail") },
    { HG_PERSON_FIELD_PHONE, N_("Phone") },
  };
  const char *values[] = { person->name, person->email, person->phone };

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      const char *problem = hg_person_validate (checks[i].field, values[i]);

      if (problem != NULL)
        {
          g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                       "%s: %s", _(checks[i].label), problem);
          return FALSE;
        }
    }
  return TRUE;
}

static void
bind_person (sqlite3_stmt   *stmt,
             const HgPerson *person)
{
  sqlite3_bind_text (stmt, 1, person->name, -1, SQLITE_STATIC);
  if (person->department_id > 0)
    sqlite3_bind_int64 (stmt, 2, person->department_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, person->email ? person->email : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, person->phone ? person->phone : "", -1, SQLITE_STATIC);
}

static gboolean
add_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  HgPerson *person = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db,
                        "INSERT INTO person (name, department_id, email, phone) "
                        "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  person->id = sqlite3_last_insert_rowid (db);
  return TRUE;
}

gint64
hg_person_add (HgWorkbook      *workbook,
               const HgPerson  *person,
               GError         **error)
{
  g_autoptr(HgPerson) normalized = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  normalized = hg_person_copy (person);
  if (!validate_all (normalized, error)
      || !hg_workbook_edit (workbook, _("Add Person"), add_cb, normalized, error))
    return 0;
  return normalized->id;
}

/* The representative's person row: the first one bearing the name the
 * company gives its representative. */
#define REPRESENTATIVE_ID \
  "(SELECT p.id FROM person p JOIN company c ON c.id = 1 " \
  " WHERE c.representative_name != '' AND p.name = c.representative_name " \
  " ORDER BY p.id LIMIT 1)"

gint64
hg_person_get_representative (HgWorkbook *workbook)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  return hg_db_query_int (hg_workbook_get_db (workbook),
                          "SELECT ifnull (" REPRESENTATIVE_ID ", 0)", 0);
}

/* Before the company's representative is renamed to @name: their row
 * follows, so the roles they hold and the documents naming them do too.
 * A person already called @name becomes the representative instead. */
gboolean
_hg_person_rename_representative (sqlite3    *db,
                                  const char *name,
                                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db,
                        "UPDATE person SET name = ?1 WHERE id = " REPRESENTATIVE_ID " "
                        "AND ?1 != '' AND NOT EXISTS (SELECT 1 FROM person WHERE name = ?1)",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

/* The representative's row, made when there is none yet; 0 when the
 * company names no representative. */
gint64
_hg_person_ensure_representative (sqlite3    *db,
                                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db,
                        "INSERT INTO person (name) SELECT representative_name FROM company "
                        "WHERE id = 1 AND representative_name != '' "
                        "AND " REPRESENTATIVE_ID " IS NULL", error);
  if (stmt == NULL || !hg_db_step_done (stmt, error))
    return -1;
  return hg_db_query_int (db, "SELECT ifnull (" REPRESENTATIVE_ID ", 0)", 0);
}

static gboolean
update_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  HgPerson *person = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* Renaming the representative renames them on the company profile too,
   * or the two would part and the documents name someone else. */
  stmt = hg_db_prepare (db,
                        "UPDATE company SET representative_name = ?1 "
                        "WHERE id = 1 AND ?2 = " REPRESENTATIVE_ID " "
                        "AND representative_name != ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person->name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, person->id);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = hg_db_prepare (db,
                        "UPDATE person SET name = ?1, department_id = ?2, email = ?3, phone = ?4 "
                        "WHERE id = ?5 AND (name IS NOT ?1 OR department_id IS NOT ?2 "
                        "OR email IS NOT ?3 OR phone IS NOT ?4)", error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person);
  sqlite3_bind_int64 (stmt, 5, person->id);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_person_update (HgWorkbook      *workbook,
                  const HgPerson  *person,
                  GError         **error)
{
  g_autoptr(HgPerson) normalized = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  normalized = hg_person_copy (person);
  return validate_all (normalized, error)
         && hg_workbook_edit (workbook, _("Edit Person"), update_cb, normalized, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "DELETE FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_person_remove (HgWorkbook  *workbook,
                  gint64       id,
                  GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Remove Person"), remove_cb, &id, error);
}

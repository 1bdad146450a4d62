/* test-undo.c: undo and redo of every kind of edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-company.h"
#include "hg-db.h"
#include "hg-department.h"
#include "hg-error.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-test-util.h"
#include "hg-undo-log.h"
#include "hg-workbook.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  guint       changed;
} Fixture;

static void
changed_cb (HgWorkbook *workbook,
            GStrv       tables,
            Fixture    *f)
{
  g_assert_nonnull (tables);
  g_assert_nonnull (tables[0]);
  f->changed++;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "undo.hinagata", "元の名前");
  g_signal_connect (f->workbook, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
company_name (Fixture *f)
{
  return hg_company_get (f->workbook, HG_COMPANY_FIELD_NAME);
}

static void
test_field_undo_redo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_false (hg_workbook_can_undo (f->workbook));

  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "第二の名前", &error));
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "第三の名前", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changed, ==, 2);
  g_assert_true (hg_workbook_can_undo (f->workbook));
  g_assert_nonnull (strstr (hg_workbook_get_undo_label (f->workbook), "Company name"));

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  name = company_name (f);
  g_assert_cmpstr (name, ==, "第二の名前");
  g_clear_pointer (&name, g_free);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  name = company_name (f);
  g_assert_cmpstr (name, ==, "元の名前");
  g_clear_pointer (&name, g_free);
  g_assert_false (hg_workbook_can_undo (f->workbook));
  g_assert_true (hg_workbook_can_redo (f->workbook));

  g_assert_true (hg_workbook_redo (f->workbook, &error));
  name = company_name (f);
  g_assert_cmpstr (name, ==, "第二の名前");
  g_clear_pointer (&name, g_free);
  g_assert_no_error (error);
  g_assert_cmpuint (f->changed, ==, 5);

  /* A new edit drops what could have been redone. */
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "別の名前", &error));
  g_assert_false (hg_workbook_can_redo (f->workbook));
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  name = company_name (f);
  g_assert_cmpstr (name, ==, "第二の名前");
}

static void
test_no_op_is_not_a_step (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "元の名前", &error));
  g_assert_no_error (error);
  g_assert_false (hg_workbook_can_undo (f->workbook));
  g_assert_cmpuint (f->changed, ==, 0);
}

static void
test_invalid_edit_writes_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_false (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "　 ", &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_false (hg_workbook_can_undo (f->workbook));
  name = company_name (f);
  g_assert_cmpstr (name, ==, "元の名前");
}

static gboolean
failing_edit_cb (sqlite3   *db,
                 gpointer   user_data,
                 GError   **error)
{
  /* Writes, then fails: the write must be rolled back with the rest. */
  if (!hg_db_exec (db, "UPDATE company SET name = '途中'", error))
    return FALSE;
  return hg_db_exec (db, "INSERT INTO no_such_table VALUES (1)", error);
}

static void
test_failed_edit_rolls_back (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_false (hg_workbook_edit (f->workbook, "broken", failing_edit_cb, NULL, &error));
  g_assert_nonnull (error);
  name = company_name (f);
  g_assert_cmpstr (name, ==, "元の名前");
  g_assert_false (hg_workbook_can_undo (f->workbook));
  g_assert_cmpuint (f->changed, ==, 0);
}

static void
test_cascade_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPerson) person = hg_person_new ("佐藤 花子", 0, "hanako@example.co.jp", "");
  g_autoptr(HgPerson) again = NULL;
  gint64 dept;
  gint64 id;

  dept = hg_department_add (f->workbook, "製造部", &error);
  g_assert_no_error (error);
  person->department_id = dept;
  id = hg_person_add (f->workbook, person, &error);
  g_assert_no_error (error);
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_DEPARTMENT_HEAD, dept, id, &error));
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_AUDITOR, 0, id, &error));
  g_assert_no_error (error);

  /* Removing the department takes its head role and leaves the person
   * without a department, all in one step. */
  g_assert_true (hg_department_remove (f->workbook, dept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_DEPARTMENT_HEAD, dept), ==, 0);
  again = hg_person_get (f->workbook, id);
  g_assert_cmpint (again->department_id, ==, 0);
  g_clear_pointer (&again, hg_person_free);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_DEPARTMENT_HEAD, dept), ==, id);
  again = hg_person_get (f->workbook, id);
  g_assert_cmpint (again->department_id, ==, dept);
  g_clear_pointer (&again, hg_person_free);

  /* Removing the person removes their roles; undo restores both. */
  g_assert_true (hg_person_remove (f->workbook, id, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "org_role"), ==, 0);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "org_role"), ==, 2);
  g_assert_cmpint (hg_org_role_get_holder (f->workbook, HG_ORG_ROLE_AUDITOR, 0), ==, id);

  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "person"), ==, 0);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "org_role"), ==, 0);
  g_assert_null (hg_workbook_check_integrity (f->workbook));
}

static void
test_undo_all_the_way (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint steps = 0;

  for (int i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("部署%02d", i);
      g_assert_cmpint (hg_department_add (f->workbook, name, &error), >, 0);
    }
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 30);

  while (hg_workbook_can_undo (f->workbook))
    {
      g_assert_true (hg_workbook_undo (f->workbook, &error));
      steps++;
    }
  g_assert_cmpuint (steps, ==, 30);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 0);

  while (hg_workbook_can_redo (f->workbook))
    g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 30);
  g_assert_no_error (error);
}

static void
record_rows_cb (HgWorkbook *workbook,
                GStrv       tables,
                GArray    **rows)
{
  g_clear_pointer (rows, g_array_unref);
  *rows = hg_workbook_get_changed_rows (workbook, "department");
}

static void
test_changed_rows (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GArray *rows = NULL;
  gint64 a, b;

  g_signal_connect (f->workbook, "changed", G_CALLBACK (record_rows_cb), &rows);
  a = hg_department_add (f->workbook, "総務部", &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (g_array_index (rows, gint64, 0), ==, a);
  b = hg_department_add (f->workbook, "製造部", &error);
  g_assert_cmpint (g_array_index (rows, gint64, 0), ==, b);

  /* Undo and redo report the rows they touched too. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (g_array_index (rows, gint64, 0), ==, b);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (g_array_index (rows, gint64, 0), ==, a);
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (g_array_index (rows, gint64, 0), ==, a);

  /* An edit of another table reports no department rows. */
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_ADDRESS, "名古屋", &error));
  g_assert_cmpuint (rows->len, ==, 0);

  g_signal_handlers_disconnect_by_func (f->workbook, record_rows_cb, &rows);
  g_clear_pointer (&rows, g_array_unref);
}

/* Three departments inserted as a bulk insert logs them, then one more
 * through the trigger it brings back when it ends. */
static gboolean
bulk_insert_cb (sqlite3   *db,
                gpointer   user_data,
                GError   **error)
{
  g_autoptr(HgUndoBulk) bulk = hg_undo_bulk_begin (db, "department", error);
  static const char *names[] = { "総務部", "製造部", "品質保証部" };

  if (bulk == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char *sql = sqlite3_mprintf ("INSERT INTO department (name) VALUES (%Q)", names[i]);
      gboolean ok = hg_db_exec (db, sql, error);

      sqlite3_free (sql);
      if (!ok || !hg_undo_bulk_add (bulk, sqlite3_last_insert_rowid (db), error))
        return FALSE;
    }
  if (!hg_undo_bulk_end (g_steal_pointer (&bulk), error))
    return FALSE;
  return hg_db_exec (db, "INSERT INTO department (name) VALUES ('営業部')", error);
}

/* A bulk insert is one undo step like any edit, its rows reported changed
 * and undone one by one, and redone. */
static void
test_bulk_insert (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GArray *rows = NULL;

  g_signal_connect (f->workbook, "changed", G_CALLBACK (record_rows_cb), &rows);
  g_assert_true (hg_workbook_edit (f->workbook, "bulk", bulk_insert_cb, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 4);
  g_assert_cmpuint (rows->len, ==, 4);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 0);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 4);

  /* The trigger is back for the edits that follow. */
  g_assert_cmpint (hg_department_add (f->workbook, "設計部", &error), >, 0);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 4);

  g_signal_handlers_disconnect_by_func (f->workbook, record_rows_cb, &rows);
  g_clear_pointer (&rows, g_array_unref);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/undo/field", test_field_undo_redo);
  ADD ("/undo/no-op", test_no_op_is_not_a_step);
  ADD ("/undo/invalid-edit", test_invalid_edit_writes_nothing);
  ADD ("/undo/failed-edit-rolls-back", test_failed_edit_rolls_back);
  ADD ("/undo/cascade", test_cascade_undo);
  ADD ("/undo/all-the-way", test_undo_all_the_way);
  ADD ("/undo/changed-rows", test_changed_rows);
  ADD ("/undo/bulk-insert", test_bulk_insert);
#undef ADD

  return g_test_run ();
}

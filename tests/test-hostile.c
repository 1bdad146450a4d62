/* test-hostile.c: workbooks someone else prepared
 *
 * The cases of the review of issue 11: SQL smuggled in through a table's
 * name, schema objects Hinagata did not create (a trigger, a recursive view
 * in place of a table), a -wal from another workbook beside the file, and a
 * workbook on read-only media. Each hostile file is refused with a message
 * that says what is wrong, and is left byte for byte as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hg-company.h"
#include "hg-db.h"
#include "hg-department.h"
#include "hg-migrations.h"
#include "hg-schema.h"
#include "hg-test-util.h"
#include "hg-undo-log.h"
#include "hg-workbook.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* Three hundred departments, so that the file has pages enough for a -wal
 * of another workbook to land on. */
static gboolean
add_departments (sqlite3   *db,
                 gpointer   user_data,
                 GError   **error)
{
  return hg_db_exec (db, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < 300) INSERT INTO department (name, position) "
                         "SELECT '部署A' || i, i FROM n", error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "a.hinagata", NULL);
  workbook = hg_workbook_create (f->path, "株式会社エー", &error);
  g_assert_no_error (error);
  g_assert_true (hg_workbook_edit (workbook, "departments", add_departments, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Runs @sql on @path as another program would, leaving a plain file with
 * no -wal beside it. */
static void
tamper (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* g_ptr_array_sort() passes pointers to the elements: compared as strings
 * they would order the names by their addresses, and the listing before and
 * after an open would differ by chance. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Opens @path with @flags, expects @code with @expected in the message, and
 * checks that nothing in the folder changed. */
static void
assert_refused (const char          *path,
                HgWorkbookOpenFlags  flags,
                HgWorkbookError      code,
                const char          *expected)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = hg_test_file_hash (path);
  g_autofree char *wal_before = hg_test_file_hash (wal);
  g_autofree char *files_before = list_dir (dir);
  g_autofree char *after = NULL;
  g_autofree char *wal_after = NULL;
  g_autofree char *files_after = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  workbook = hg_workbook_open (path, flags, &error);
  g_assert_null (workbook);
  g_assert_error (error, HG_WORKBOOK_ERROR, (int) code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” not in the message: %s", expected, error->message);
  g_assert_nonnull (strstr (error->message, path));
  /* Text from the file reaches a terminal through this message. */
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  for (const char *c = error->message; *c != '\0'; c++)
    g_assert_false (g_ascii_iscntrl (*c) && *c != '\n');

  after = hg_test_file_hash (path);
  wal_after = hg_test_file_hash (wal);
  files_after = list_dir (dir);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (wal_before, ==, wal_after);
  g_assert_cmpstr (files_before, ==, files_after);
}

/* Defect class 1 ------------------------------------------------------- */

/* A table name that, pasted into the undo log's old trigger text, closed
 * the statement and ran SQL of its own: it attached a new file and created
 * a table in it. */
static char *
injecting_name (const char *dir)
{
  g_autofree char *target = g_build_filename (dir, "pwned.db", NULL);

  return g_strdup_printf ("zz\" AFTER INSERT ON main.company BEGIN SELECT 1; END; "
                          "ATTACH '%s' AS pwn; CREATE TABLE pwn.owned (x); "
                          "CREATE TEMP TRIGGER \"z", target);
}

static void
test_injection_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *name = injecting_name (f->dir);
  g_autofree char *target = g_build_filename (f->dir, "pwned.db", NULL);
  char *sql = sqlite3_mprintf ("CREATE TABLE \"%w\" (x)", name);

  tamper (f->path, sql);
  sqlite3_free (sql);

  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_FOREIGN,
                  "The table “zz\" AFTER INSERT ON main.company BEGIN SELECT 1; END;");
  assert_refused (f->path, HG_WORKBOOK_OPEN_READ_ONLY, HG_WORKBOOK_ERROR_FOREIGN,
                  "was not created by Hinagata");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

/* Independently of the check at open: the undo log never takes a table or
 * column name from the database it instruments. */
static void
test_undo_ignores_file_names (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *name = injecting_name (f->dir);
  g_autofree char *target = g_build_filename (f->dir, "pwned.db", NULL);
  g_autoptr(HgUndoLog) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const GPtrArray *tables;
  guint n_tables = 0;
  char *sql;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (hg_migrations_apply (db, hg_migrations_get_latest (), &error));
  sql = sqlite3_mprintf ("CREATE TABLE \"%w\" (x);"
                         "ALTER TABLE company ADD COLUMN \"%w\" TEXT", name, name);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_free (sql);

  undo = hg_undo_log_new (db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);

  /* Nothing was attached or created. */
  g_assert_cmpint (hg_db_query_int (db, "SELECT count(*) FROM pragma_database_list", 0), ==, 2);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  /* Triggers on exactly our tables, and no trigger text names the foreign
   * table or the foreign column. */
  tables = hg_schema_get_tables (hg_migrations_get_latest (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tables->len; i++)
    {
      const HgSchemaTable *table = g_ptr_array_index (tables, i);

      if (!g_str_has_prefix (table->name, "workbook_"))
        n_tables++;
    }
  g_assert_cmpint (n_tables, >=, 20);
  g_assert_cmpint (hg_db_query_int (db, "SELECT count(DISTINCT tbl_name) FROM sqlite_temp_schema "
                                        "WHERE type = 'trigger'", 0), ==, n_tables);
  stmt = hg_db_prepare (db, "SELECT sql FROM sqlite_temp_schema WHERE type = 'trigger'", &error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_assert_null (strstr ((const char *) sqlite3_column_text (stmt, 0), "pwn"));
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* And the log still undoes an edit of a table with a foreign column. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE company SET name = 'B' WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (hg_undo_log_close_step (undo, 0, "edit"), ==, TRUE);
  g_assert_true (hg_undo_log_replay (undo, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&undo);
  sqlite3_close (db);
}

/* Every table of the current format gets undo, those added by the latest
 * migrations too. */
static void
test_undo_covers_every_table (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db;

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  db = hg_workbook_get_db (workbook);

  stmt = hg_db_prepare (db, "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                            "AND name NOT LIKE 'workbook%' AND name NOT IN "
                            "(SELECT tbl_name FROM sqlite_temp_schema WHERE type = 'trigger')",
                        &error);
  g_assert_no_error (error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    g_error ("table %s has no undo", sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_cmpint (hg_db_query_int (db, "SELECT count(*) FROM sqlite_temp_schema "
                                        "WHERE tbl_name = 'risk_treatment'", 0), ==, 3);
}

static sqlite3 *
open_hardened_scratch (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "scratch.db", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = hg_db_open_hardened (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path,
                                     &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

static void
assert_denied (sqlite3    *db,
               const char *sql)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    g_error ("allowed on a hardened connection: %s", sql);
}

static void
test_hardened_connection (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *attached = g_build_filename (f->dir, "attached.db", NULL);
  g_autofree char *vacuumed = g_build_filename (f->dir, "vacuumed.db", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_hardened_scratch (f->dir);
  int value = -1;

  sql = g_strdup_printf ("ATTACH '%s' AS other", attached);
  assert_denied (db, sql);
  g_assert_cmpint (sqlite3_errcode (db), ==, SQLITE_AUTH);
  hg_db_set_error (db, &error, "scratch.db");
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_FOREIGN);
  g_assert_nonnull (strstr (error->message, "refused"));
  g_clear_pointer (&sql, g_free);

  sql = g_strdup_printf ("VACUUM INTO '%s'", vacuumed);
  assert_denied (db, sql);
  assert_denied (db, "VACUUM");
  assert_denied (db, "DETACH temp");
  assert_denied (db, "SELECT fts3_tokenizer ('simple')");
  assert_denied (db, "SELECT load_extension ('/nonexistent/x.so')");
  assert_denied (db, "SELECT sqlite_version ()");
  assert_denied (db, "SELECT zeroblob (10)");
  assert_denied (db, "CREATE VIRTUAL TABLE v USING fts5 (x)");
  g_assert_false (g_file_test (attached, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (vacuumed, G_FILE_TEST_EXISTS));

  /* A view can be created but not read: our schema has none. */
  g_assert_cmpint (sqlite3_exec (db, "CREATE VIEW w AS SELECT x FROM t", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  assert_denied (db, "SELECT * FROM w");

  /* What our SQL uses still works. */
  g_assert_cmpint (hg_db_query_int (db, "SELECT ifnull (max (x), 0) + length ('ab') FROM t", 0),
                   ==, 3);

  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, -1, &value), ==, SQLITE_OK);
  g_assert_cmpint (value, ==, 1);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &value), ==,
                   SQLITE_OK);
  g_assert_cmpint (value, ==, 0);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, -1, &value),
                   ==, SQLITE_OK);
  g_assert_cmpint (value, ==, 0);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, -1, &value),
                   ==, SQLITE_OK);
  g_assert_cmpint (value, ==, 0);
  g_assert_cmpint (hg_db_query_int (db, "PRAGMA trusted_schema", -1), ==, 0);
  sqlite3_close (db);
}

/* Defect class 2 ------------------------------------------------------- */

static void
test_runaway_query_stops (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_hardened_scratch (f->dir);
  gint64 start = g_get_monotonic_time ();
  double seconds;

  assert_denied (db, "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                     "SELECT count(*) FROM r");
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("stopped after %.1f s", seconds);
  g_assert_cmpfloat (seconds, <, 20);
  g_assert_cmpint (sqlite3_errcode (db), ==, SQLITE_INTERRUPT);
  hg_db_set_error (db, &error, "scratch.db");
  g_assert_nonnull (strstr (error->message, "took far too long"));

  /* The next statement gets its own allowance. */
  g_assert_cmpint (hg_db_query_int (db, "SELECT count(*) FROM t", -1), ==, 1);
  sqlite3_close (db);
}

static void
test_foreign_trigger (Fixture       *f,
                      gconstpointer  data)
{
  tamper (f->path, "CREATE TRIGGER keep_name AFTER UPDATE ON company BEGIN "
                   "UPDATE company SET name = '乗っ取り'; END");

  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_FOREIGN,
                  "The trigger “keep_name” was not created by Hinagata.");
  assert_refused (f->path, HG_WORKBOOK_OPEN_READ_ONLY, HG_WORKBOOK_ERROR_FOREIGN,
                  "keep_name");
}

static void
test_changed_table (Fixture       *f,
                    gconstpointer  data)
{
  tamper (f->path, "ALTER TABLE company ADD COLUMN secret TEXT");
  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_FOREIGN,
                  "The table “company” was changed from what Hinagata created.");
}

/* The kind of a schema object is text in the file like its name: a kind
 * that is not valid UTF-8 reached the message raw (found by
 * fuzz-workbook), and from there the terminal. */
static void
test_unknown_kind (Fixture       *f,
                   gconstpointer  data)
{
  tamper (f->path, "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET type = 'i' || x'ffff1b5b326a' "
                   "WHERE name = (SELECT min(name) FROM sqlite_schema "
                   "WHERE name LIKE 'sqlite^_autoindex^_%' ESCAPE '^');"
                   "PRAGMA writable_schema = OFF;");
  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_FOREIGN,
                  "The schema object “");
}

/* Hinagata never runs ANALYZE: statistics in a file steer the query
 * planner, and came from elsewhere. */
static void
test_statistics_refused (Fixture       *f,
                         gconstpointer  data)
{
  tamper (f->path, "ANALYZE");
  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_FOREIGN,
                  "The table “sqlite_stat1” was not created by Hinagata.");
}

static const char recursive_view[] =
  "PRAGMA foreign_keys = OFF;"
  "DROP TABLE department;"
  "CREATE VIEW department AS WITH RECURSIVE r (id, name, position) AS "
  "(SELECT 1, 'x', 0 UNION ALL SELECT id + 1, name, position FROM r) SELECT * FROM r;";

static void
test_recursive_view (Fixture       *f,
                     gconstpointer  data)
{
  gint64 start;

  tamper (f->path, recursive_view);
  start = g_get_monotonic_time ();
  assert_refused (f->path, HG_WORKBOOK_OPEN_READ_ONLY, HG_WORKBOOK_ERROR_FOREIGN,
                  "The view “department” was not created by Hinagata.");
  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_FOREIGN,
                  "hinagata-cli check");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* Runs hinagata-cli and gives up after @seconds, so that a hang fails the
 * test instead of stopping the suite. */
static int
run_cli_within (guint        seconds,
                char       **err,
                const char  *first,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *timeout = g_strdup_printf ("%u", seconds);
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) "timeout");
  g_ptr_array_add (argv, timeout);
  g_ptr_array_add (argv, (char *) g_getenv ("HINAGATA_CLI"));
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err,
                &wait_status, &error);
  g_assert_no_error (error);
  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
test_cli_lists_every_foreign_object (Fixture       *f,
                                     gconstpointer  data)
{
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  tamper (f->path, recursive_view);
  tamper (f->path, "CREATE TRIGGER keep_name AFTER UPDATE ON company BEGIN SELECT 1; END;"
                   "CREATE INDEX extra_index ON person (email)");
  before = hg_test_file_hash (f->path);

  /* `info` used to hang on the view. */
  g_assert_cmpint (run_cli_within (30, &err, "info", f->path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "another program changed it"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli_within (30, &err, "check", f->path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "problems found"));
  g_assert_nonnull (strstr (err, "The view “department” was not created by Hinagata."));
  g_assert_nonnull (strstr (err, "The table “department” is missing."));
  g_assert_nonnull (strstr (err, "The trigger “keep_name” was not created by Hinagata."));
  g_assert_nonnull (strstr (err, "The index “extra_index” was not created by Hinagata."));

  problems = hg_workbook_check_file (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >=, 4);

  after = hg_test_file_hash (f->path);
  g_assert_cmpstr (before, ==, after);
}

/* Defect class 3 ------------------------------------------------------- */

/* Workbook B, with a register of its own, and a -wal of B holding an edit
 * that was never merged into it: what a -wal looks like while B is open.
 * The edit changes a few assets, so the -wal holds a few of B's pages; laid
 * over A, whose pages at those numbers hold departments, they disagree with
 * the rest of A. (A -wal that rewrote every page of a table would replace
 * it whole and consistently: no check can tell that from a real edit, and
 * nothing is corrupted.) */
static char *
make_wal_of_other_workbook (const char *dir)
{
  g_autofree char *other = g_build_filename (dir, "b.hinagata", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *copy = g_build_filename (dir, "b-wal-copy", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  workbook = hg_workbook_create (other, "株式会社ビー", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);
  tamper (other, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                 "INSERT INTO asset (name, notes) SELECT printf ('資産%05d', i), 'メモ' FROM n");

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                     "UPDATE asset SET notes = 'めも' WHERE id IN (100, 300, 500);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  sqlite3_close (db);
  return g_steal_pointer (&copy);
}

static void
test_foreign_wal (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *wal_of_b = make_wal_of_other_workbook (f->dir);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rename (wal_of_b, wal), ==, 0);

  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_DAMAGED,
                  "a.hinagata-wal”");
  assert_refused (f->path, HG_WORKBOOK_OPEN_READ_ONLY, HG_WORKBOOK_ERROR_DAMAGED,
                  "Move “");

  problems = hg_workbook_check_file (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >=, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, problems->len - 1), "a.hinagata-wal"));

  g_assert_cmpint (run_cli_within (30, &err, "check", f->path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "a.hinagata-wal"));

  /* Moved away, the workbook opens as it was, and is sound. */
  g_assert_cmpint (g_unlink (wal), ==, 0);
  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (workbook, "department"), ==, 300);
  g_assert_null (hg_workbook_check_integrity (workbook));
}

/* The review's case exactly: a -wal that quick_check cannot see through.
 * B is a copy of A. B moves one department (a column without an index), so
 * its -wal holds just that table page; A renames the department beside it,
 * which changes the same table page and the name index. Laid over A, the
 * table page loses A's rename while A's index still has it: every page is
 * well-formed, only integrity_check, which compares each index with its
 * table, finds the damage. Merging it would make it permanent. */
static void
test_stale_wal (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "b.hinagata", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (other, contents, length, NULL));
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                     "UPDATE department SET position = 999 WHERE id = 150;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
  sqlite3_close (db);

  tamper (f->path, "UPDATE department SET name = 'Aでの名前' WHERE id = 151");
  g_assert_true (g_file_set_contents (wal, contents, length, NULL));

  /* Each page on its own is sound, which is all quick_check looks at. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (hg_db_query_int (db, "SELECT count(*) FROM pragma_quick_check "
                                        "WHERE quick_check != 'ok'", -1), ==, 0);
  g_assert_cmpint (hg_db_query_int (db, "SELECT count(*) FROM pragma_integrity_check "
                                        "WHERE integrity_check != 'ok'", -1), >, 0);
  sqlite3_close (db);

  assert_refused (f->path, HG_WORKBOOK_OPEN_DEFAULT, HG_WORKBOOK_ERROR_DAMAGED,
                  "a.hinagata-wal”");
  assert_refused (f->path, HG_WORKBOOK_OPEN_READ_ONLY, HG_WORKBOOK_ERROR_DAMAGED,
                  "a.hinagata-wal”");

  g_assert_cmpint (g_unlink (wal), ==, 0);
  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hg_department_validate_name (workbook, "Aでの名前", 0));
  g_assert_null (hg_workbook_check_integrity (workbook));
}

/* A child that edits the workbook and dies before closing it leaves its
 * last edits in the -wal: our own, to be recovered. */
static void
crash_after_edit (const char *path)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      HgWorkbook *workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);

      if (workbook == NULL || hg_department_add (workbook, "落ちる直前の部署", &error) <= 0)
        _exit (3);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static void
test_crash_wal_recovered (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  crash_after_edit (f->path);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  /* Read-only first: it reads a checked copy and leaves the -wal alone. */
  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (workbook, "department"), ==, 301);
  g_clear_object (&workbook);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (workbook, "department"), ==, 301);
  g_assert_nonnull (hg_department_validate_name (workbook, "落ちる直前の部署", 0));
}

/* Defect class 8 ------------------------------------------------------- */

static void
make_read_only (Fixture *f)
{
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_setenv ("HINAGATA_TEST_READ_ONLY_DIR", f->dir, TRUE);
}

static void
make_writable_again (Fixture *f)
{
  g_unsetenv ("HINAGATA_TEST_READ_ONLY_DIR");
  g_chmod (f->dir, 0700);
  g_chmod (f->path, 0600);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *out_dir = hg_test_make_dir ();
  g_autofree char *csv = g_build_filename (out_dir, "assets.csv", NULL);
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *before = hg_test_file_hash (f->path);
  g_autofree char *files_before = list_dir (f->dir);
  g_autofree char *files_after = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;

  make_read_only (f);

  /* Editing is refused up front, with the reason... */
  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_null (workbook);
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "Its folder is read-only."));
  g_assert_null (strstr (error->message, "attempt to write"));
  g_clear_error (&error);

  /* ...and reading works. */
  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_read_only_reason (workbook), ==, "Its folder is read-only.");
  name = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (name, ==, "株式会社エー");
  g_assert_cmpint (hg_workbook_count_rows (workbook, "department"), ==, 300);
  g_clear_object (&workbook);

  problems = hg_workbook_check_file (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* The command-line tool's read-only commands, in a child that inherits
   * the test hook. */
  g_assert_cmpint (run_cli_within (30, &err, "info", f->path, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_within (30, &err, "check", f->path, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_within (30, &err, "assets", "list", f->path, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_within (30, &err, "assets", "export", f->path, "-o", csv, NULL), ==, 0);
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli_within (30, &err, "policy", "answer", f->path, "x", "y", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "cannot be edited"));

  /* Nothing was written beside the workbook: no -wal, no -shm. */
  files_after = list_dir (f->dir);
  after = hg_test_file_hash (f->path);
  g_assert_cmpstr (files_before, ==, files_after);
  g_assert_cmpstr (before, ==, after);

  make_writable_again (f);
  hg_test_remove_dir (out_dir);
}

/* Crash recovery on read-only media: the -wal is applied to a private copy. */
static void
test_read_only_folder_with_wal (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *files_before = NULL;
  g_autofree char *files_after = NULL;

  crash_after_edit (f->path);
  make_read_only (f);
  files_before = list_dir (f->dir);

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hg_workbook_count_rows (workbook, "department"), ==, 301);
  g_clear_object (&workbook);

  files_after = list_dir (f->dir);
  g_assert_cmpstr (files_before, ==, files_after);
  make_writable_again (f);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/hostile/injection/refused-at-open", test_injection_refused);
  ADD ("/hostile/injection/undo-ignores-file-names", test_undo_ignores_file_names);
  ADD ("/hostile/injection/undo-covers-every-table", test_undo_covers_every_table);
  ADD ("/hostile/injection/hardened-connection", test_hardened_connection);
  ADD ("/hostile/schema/runaway-query-stops", test_runaway_query_stops);
  ADD ("/hostile/schema/foreign-trigger", test_foreign_trigger);
  ADD ("/hostile/schema/unknown-kind", test_unknown_kind);
  ADD ("/hostile/schema/changed-table", test_changed_table);
  ADD ("/hostile/schema/statistics", test_statistics_refused);
  ADD ("/hostile/schema/recursive-view", test_recursive_view);
  ADD ("/hostile/schema/cli-lists-every-object", test_cli_lists_every_foreign_object);
  ADD ("/hostile/wal/foreign", test_foreign_wal);
  ADD ("/hostile/wal/stale", test_stale_wal);
  ADD ("/hostile/wal/crash-recovered", test_crash_wal_recovered);
  ADD ("/hostile/read-only/folder", test_read_only_folder);
  ADD ("/hostile/read-only/folder-with-wal", test_read_only_folder_with_wal);
#undef ADD

  return g_test_run ();
}

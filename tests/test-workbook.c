/* test-workbook.c: creating, opening and refusing workbook files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "hg-company.h"
#include "hg-contact.h"
#include "hg-role-vacancy.h"
#include "hg-db.h"
#include "hg-migrations.h"
#include "hg-risk-threat.h"
#include "hg-save-file.h"
#include "hg-test-util.h"
#include "hg-workbook.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "test.hinagata", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
test_create_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;

  workbook = hg_workbook_create (f->path, "株式会社ひながた部品", &error);
  g_assert_no_error (error);
  g_assert_nonnull (workbook);
  g_assert_cmpint (hg_workbook_get_schema_version (workbook), ==, hg_migrations_get_latest ());

  /* Only the owner may read a workbook: it holds the company's secrets. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_ADDRESS, "愛知県名古屋市", &error));
  g_assert_no_error (error);
  g_clear_object (&workbook);

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (name, ==, "株式会社ひながた部品");
  g_free (name);
  name = hg_company_get (workbook, HG_COMPANY_FIELD_ADDRESS);
  g_assert_cmpstr (name, ==, "愛知県名古屋市");
  g_assert_null (hg_workbook_get_backup_path (workbook));
  g_assert_null (hg_workbook_check_integrity (workbook));
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->path, "my notes", -1, NULL));
  before = hg_test_file_hash (f->path);

  workbook = hg_workbook_create (f->path, "A", &error);
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_EXISTS);
  g_assert_null (workbook);
  after = hg_test_file_hash (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_refused_unchanged (const char      *path,
                          HgWorkbookError  expected)
{
  g_autofree char *before = hg_test_file_hash (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;

  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_null (workbook);
  g_assert_error (error, HG_WORKBOOK_ERROR, (int) expected);
  /* The message names the file, so the user knows which one is meant. */
  g_assert_nonnull (strstr (error->message, path));

  after = hg_test_file_hash (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_not_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "会社の情報セキュリティ方針\n", -1, NULL));
  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_NOT_WORKBOOK);

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_NOT_WORKBOOK);
}

static void
test_refuse_foreign_sqlite (Fixture       *f,
                            gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (text); INSERT INTO notes VALUES ('x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_NOT_WORKBOOK);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  workbook = hg_workbook_create (f->path, "A", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA user_version = %d", hg_migrations_get_latest () + 1);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  /* Leave a plain file without -wal so that the hash covers everything. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);

  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_TOO_NEW);
}

/* The format version is a signed 32-bit field any editor can set. A
 * negative one once passed the "too new" check and reached the schema
 * lookup with no error set (found by fuzz-workbook). */
static void
test_refuse_negative_version (Fixture       *f,
                              gconstpointer  data)
{
  const int versions[] = { -1, -254, G_MININT32 };

  for (gsize i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autoptr(HgWorkbook) workbook = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *sql = NULL;
      sqlite3 *db = NULL;

      g_remove (f->path);
      workbook = hg_workbook_create (f->path, "A", &error);
      g_assert_no_error (error);
      g_clear_object (&workbook);

      g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
      sql = g_strdup_printf ("PRAGMA user_version = %d", versions[i]);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==,
                       SQLITE_OK);
      sqlite3_close (db);

      assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_DAMAGED);
    }
}

/* An old file whose data does not fit a later format's constraints: the
 * upgrade fails part way. It used to leave the file switched to WAL, one
 * step upgraded and a backup beside it (found by fuzz-workbook); now the
 * whole upgrade is one transaction and the folder is as it was. */
static void
test_refuse_failed_upgrade (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) listing = NULL;
  sqlite3 *db = NULL;
  int files = 0;

  hg_test_write_old_workbook (f->path, 1, "旧形式株式会社");
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA ignore_check_constraints = ON;"
                                     "UPDATE company SET id = 2;"
                                     "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  before = hg_test_file_hash (f->path);

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_null (workbook);
  g_assert_nonnull (error);
  g_assert_true (error->domain == HG_WORKBOOK_ERROR);
  g_assert_nonnull (strstr (error->message, f->path));

  after = hg_test_file_hash (f->path);
  g_assert_cmpstr (before, ==, after);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    files++;
  g_assert_cmpint (files, ==, 1);
}

static void
corrupt_bytes (const char *path,
               goffset     offset,
               gsize       count)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpint (offset + count, <=, length);
  for (gsize i = 0; i < count; i++)
    contents[offset + i] = (char) (0xA5 ^ (i * 31));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
make_plain_workbook (const char *path)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  workbook = hg_workbook_create (path, "壊れる会社", &error);
  g_assert_no_error (error);
  for (int i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("部署%d", i);
      g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_INDUSTRY, name, &error));
    }
  g_clear_object (&workbook);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refuse_damaged_page (Fixture       *f,
                          gconstpointer  data)
{
  make_plain_workbook (f->path);
  /* Overwrite the middle of page 3, a b-tree page of the schema. */
  corrupt_bytes (f->path, 2 * 4096 + 8, 200);
  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_DAMAGED);
}

/* A row that breaks a CHECK constraint (a risk value of 0): SQLite leaves
 * a table's CHECKs out of the schema of a read-only connection, so the
 * full check on the read-only inspection said "ok", the file was opened
 * for editing and the next edit of that table failed (found by
 * fuzz-workbook). `check` lists it, and an open for editing refuses it. */
static void
test_refuse_check_constraint (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  sqlite3 *db = NULL;

  make_plain_workbook (f->path);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA ignore_check_constraints = ON;"
                                     "UPDATE risk_damage_table SET value = 0 "
                                     "WHERE threat = 1 AND vulnerability = 3;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  problems = hg_workbook_check_file (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "risk_damage_table"));

  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_DAMAGED);

  /* Reading it is still possible (quick_check does not see it either). */
  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (workbook);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_plain_workbook (f->path);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length / 2, NULL));
  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_DAMAGED);
}

static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(HgWorkbook) first = NULL;
  g_autoptr(HgWorkbook) second = NULL;
  g_autoptr(HgWorkbook) reader = NULL;
  g_autoptr(GError) error = NULL;

  first = hg_workbook_create (f->path, "A", &error);
  g_assert_no_error (error);

  second = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_LOCKED);
  g_assert_null (second);
  g_clear_error (&error);

  /* hinagata-cli info may still look at it. */
  reader = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (hg_workbook_is_read_only (reader));
  g_assert_false (hg_company_set (reader, HG_COMPANY_FIELD_NAME, "B", &error));
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Closing releases the lock. */
  g_clear_object (&first);
  second = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
}

static void
test_lock_other_process (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HgWorkbook) first = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(HgWorkbook) second = NULL;
      const char *path = g_getenv ("HG_TEST_PATH");

      second = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
      g_assert_null (second);
      g_printerr ("%s\n", error->message);
      return;
    }

  first = hg_workbook_create (f->path, "A", &error);
  g_assert_no_error (error);
  g_setenv ("HG_TEST_PATH", f->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*already open*");
}

/* Threats as a format 9 or later file could hold them, straight into the
 * file: on 書類, set up as the catalogue's "paper", one typed in by hand
 * under the catalogue's Japanese name (no key) and one of the company's own. */
static void
write_old_threats (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO risk_medium (medium_id, kind) SELECT id, 'paper' FROM medium WHERE name = '書類';"
    "INSERT INTO risk_threat (medium_id, key, name) SELECT id, NULL, '紛失・置き忘れ' "
    "  FROM medium WHERE name = '書類';"
    "INSERT INTO risk_threat (medium_id, key, name) SELECT id, NULL, '湿気による劣化' "
    "  FROM medium WHERE name = '書類';",
    NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Format 10 gave the catalogue's key to a threat named as the catalogue
 * names it, so that it is shown translated; the company's own keeps none. */
static void
assert_threat_keys (HgWorkbook *workbook)
{
  g_autoptr(GPtrArray) threats = hg_risk_threat_list (workbook, 0);

  g_assert_cmpuint (threats->len, ==, 2);
  for (guint i = 0; i < threats->len; i++)
    {
      HgRiskThreat *t = g_ptr_array_index (threats, i);

      if (g_str_equal (t->name, "紛失・置き忘れ"))
        g_assert_cmpstr (t->key, ==, "paper_loss");
      else
        g_assert_null (t->key);
    }
}

/* Format 11 added the roles left unfilled with a reason and the contacts,
 * starting with the usual ones (issue 15). */
static void
assert_format_11 (HgWorkbook *workbook)
{
  g_autoptr(GPtrArray) contacts = hg_contact_list (workbook);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  g_assert_cmpuint (contacts->len, ==, 7);
  g_assert_cmpstr (((HgContact *) contacts->pdata[6])->fields[HG_CONTACT_FIELD_ORGANISATION], ==,
                   "JPCERT/CC");
  g_assert_true (hg_role_vacancy_set (workbook, HG_ORG_ROLE_AUDITOR, "外部に依頼", &error));
  g_assert_no_error (error);
  reason = hg_role_vacancy_get (workbook, HG_ORG_ROLE_AUDITOR);
  g_assert_cmpstr (reason, ==, "外部に依頼");
}

static void
test_migrate_old (Fixture       *f,
                  gconstpointer  data)
{
  /* Every earlier file format, each upgraded to the latest. */
  for (int version = 1; version < hg_migrations_get_latest (); version++)
    {
      g_autoptr(HgWorkbook) workbook = NULL;
      g_autoptr(HgWorkbook) backup = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      g_autofree char *backup_name = NULL;
      g_autofree char *expected_name = NULL;
      const char *backup_path;

      g_unlink (f->path);
      hg_test_write_old_workbook (f->path, version, "旧形式株式会社");
      if (version >= 9)
        write_old_threats (f->path);

      workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hg_workbook_get_schema_version (workbook), ==,
                       hg_migrations_get_latest ());
      name = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
      g_assert_cmpstr (name, ==, "旧形式株式会社");

      /* What later formats added works in the upgraded file. */
      g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_NAME_KANA, "キュウケイシキ",
                                     &error));
      g_assert_no_error (error);
      g_assert_null (hg_workbook_check_integrity (workbook));
      /* Format 10's step ran on a format-9 file only. */
      if (version == 9)
        assert_threat_keys (workbook);
      assert_format_11 (workbook);

      backup_path = hg_workbook_get_backup_path (workbook);
      g_assert_nonnull (backup_path);
      backup_name = g_path_get_basename (backup_path);
      expected_name = g_strdup_printf ("test.format%d-backup.hinagata", version);
      g_assert_cmpstr (backup_name, ==, expected_name);

      backup = hg_workbook_open (backup_path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hg_workbook_get_schema_version (backup), ==, version);
      g_free (name);
      name = hg_company_get (backup, HG_COMPANY_FIELD_NAME);
      g_assert_cmpstr (name, ==, "旧形式株式会社");
      g_unlink (backup_path);
    }
}

static void
test_migrations_sequence (void)
{
  /* Every step from 1 up to the latest, on an empty database, as a new
   * file would take them. */
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;
  int latest = hg_migrations_get_latest ();

  g_assert_cmpint (latest, >=, 2);
  for (int target = 1; target <= latest; target++)
    {
      g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
      g_assert_true (hg_migrations_apply (db, target - 1, &error));
      g_assert_true (hg_migrations_apply (db, target, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_key_check", NULL, NULL, NULL), ==,
                       SQLITE_OK);
      sqlite3_close (db);
    }
}

static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgWorkbook) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.hinagata", NULL);
  g_autofree char *name = NULL;
  GStatBuf st;

  workbook = hg_workbook_create (f->path, "複製元", &error);
  g_assert_no_error (error);
  g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_INDUSTRY, "製造業", &error));

  g_assert_false (hg_workbook_save_copy (workbook, f->path, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "it is the workbook that is open"));
  g_clear_error (&error);

  g_assert_true (hg_workbook_save_copy (workbook, copy_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  copy = hg_workbook_open (copy_path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = hg_company_get (copy, HG_COMPANY_FIELD_INDUSTRY);
  g_assert_cmpstr (name, ==, "製造業");
}

/* ---- The full check left for later (the window's open) -------------------- */

/* A sound file of the current format in WAL mode, then, unless @sound, a
 * row pointing at a department that does not exist: every page reads
 * well, only the full check (foreign_key_check) finds it. */
static void
make_checkable_workbook (const char *path,
                         const char *damage)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  workbook = hg_workbook_create (path, "後で確かめる会社", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);
  if (damage == NULL)
    return;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, damage, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Two kinds of damage the full check finds: a row pointing nowhere, and a
 * row that breaks a CHECK constraint, which only a connection that can
 * write evaluates (SQLite drops CHECKs from a read-only one's schema). */
static const char *dangling_row = "PRAGMA foreign_keys = OFF;"
                                  "INSERT INTO asset (name, department_id) VALUES ('迷子', 9999)";
static const char *broken_check = "PRAGMA ignore_check_constraints = ON;"
                                  "UPDATE risk_damage_table SET value = 0 "
                                  "WHERE threat = 1 AND vulnerability = 3";

static gboolean
rename_company_cb (sqlite3   *db,
                   gpointer   user_data,
                   GError   **error)
{
  return hg_db_exec (db, "UPDATE company SET name = '改名後' WHERE id = 1", error);
}

static void
count_damaged_cb (HgWorkbook *workbook,
                  const char *message,
                  char      **out)
{
  g_assert_null (*out);
  *out = g_strdup (message);
}

/* Damaged: opened at once, but the first edit waits for the check and is
 * refused; the window hears "damaged"; the file is as it was. */
static void
test_check_later_refuses_before_writing (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *damaged = NULL;
  gint64 end;

  make_checkable_workbook (f->path, data);
  before = hg_test_file_hash (f->path);

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_signal_connect (workbook, "damaged", G_CALLBACK (count_damaged_cb), &damaged);
  /* SQLite itself refuses a write while the check runs. */
  g_assert_cmpint (sqlite3_exec (hg_workbook_get_db (workbook),
                                 "UPDATE company SET name = 'x'", NULL, NULL, NULL),
                   ==, SQLITE_READONLY);
  g_assert_false (hg_workbook_edit (workbook, "改名", rename_company_cb, NULL, &error));
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, f->path));
  g_clear_error (&error);
  g_assert_false (hg_workbook_edit (workbook, "改名", rename_company_cb, NULL, &error));
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_DAMAGED);

  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (damaged == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (damaged);
  g_assert_nonnull (strstr (damaged, f->path));
  g_clear_object (&workbook);

  after = hg_test_file_hash (f->path);
  g_assert_cmpstr (before, ==, after);
  /* Opened the usual way, the same file is refused at once. */
  assert_refused_unchanged (f->path, HG_WORKBOOK_ERROR_DAMAGED);
}

/* Sound: writes wait only for the check, then go ahead; no "damaged". */
static void
test_check_later_sound (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = NULL;

  make_checkable_workbook (f->path, NULL);
  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_signal_connect (workbook, "damaged", G_CALLBACK (count_damaged_cb), &damaged);
  g_assert_true (hg_workbook_edit (workbook, "改名", rename_company_cb, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hg_workbook_undo (workbook, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (damaged);
}

/* Where opening writes (a file not in WAL mode gets its header rewritten),
 * the check is not left for later: the damaged file is refused at once. */
static void
test_check_later_not_when_opening_writes (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;

  make_checkable_workbook (f->path, dangling_row);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  before = hg_test_file_hash (f->path);

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_CHECK_LATER, &error);
  g_assert_null (workbook);
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_DAMAGED);
  after = hg_test_file_hash (f->path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/workbook/create-and-reopen", test_create_and_reopen);
  ADD ("/workbook/create-refuses-existing", test_create_refuses_existing);
  ADD ("/workbook/refuse/not-sqlite", test_refuse_not_sqlite);
  ADD ("/workbook/refuse/foreign-sqlite", test_refuse_foreign_sqlite);
  ADD ("/workbook/refuse/newer", test_refuse_newer);
  ADD ("/workbook/refuse/negative-version", test_refuse_negative_version);
  ADD ("/workbook/refuse/failed-upgrade", test_refuse_failed_upgrade);
  ADD ("/workbook/refuse/damaged-page", test_refuse_damaged_page);
  ADD ("/workbook/refuse/truncated", test_refuse_truncated);
  ADD ("/workbook/refuse/check-constraint", test_refuse_check_constraint);
  ADD ("/workbook/lock/same-process", test_lock);
  ADD ("/workbook/lock/other-process", test_lock_other_process);
  ADD ("/workbook/migrate/every-old-format", test_migrate_old);
  ADD ("/workbook/save-copy", test_save_copy);
  g_test_add ("/workbook/check-later/refuses-before-writing", Fixture, dangling_row,
              fixture_setup, test_check_later_refuses_before_writing, fixture_teardown);
  g_test_add ("/workbook/check-later/refuses-broken-check", Fixture, broken_check,
              fixture_setup, test_check_later_refuses_before_writing, fixture_teardown);
  ADD ("/workbook/check-later/sound", test_check_later_sound);
  ADD ("/workbook/check-later/not-when-opening-writes", test_check_later_not_when_opening_writes);
#undef ADD
  g_test_add_func ("/workbook/migrate/sequence", test_migrations_sequence);

  return g_test_run ();
}

/* hg-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hg-migrations.h"
#include "hg-test-util.h"

char *
hg_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hinagata-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
hg_test_file_hash (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
hg_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

/* Writes a workbook in an earlier file format, the way the version of
 * Hinagata that used it did, to test the upgrade path. */
void
hg_test_write_old_workbook (const char *path,
                            int         version,
                            const char *company_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA journal_mode = WAL;",
                         HG_WORKBOOK_APPLICATION_ID);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  hg_migrations_apply (db, version, &error);
  g_assert_no_error (error);

  g_free (sql);
  sql = sqlite3_mprintf ("UPDATE company SET name = %Q", company_name);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_free (g_steal_pointer (&sql));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A new workbook named @file_name in @dir; the test stops if it cannot be made. */
HgWorkbook *
hg_test_workbook_new (const char *dir,
                      const char *file_name,
                      const char *company_name)
{
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GError) error = NULL;
  HgWorkbook *workbook = hg_workbook_create (path, company_name, &error);

  g_assert_no_error (error);
  return workbook;
}

/* hg-migrations.c
 *
 * Each file resources/sql/NNNN-name.sql moves the schema from version NNNN-1
 * to NNNN. All the steps of one upgrade run in a single transaction with the
 * final PRAGMA user_version: a crash or a step that fails on the file's data
 * leaves the file exactly as it was, never at a version in between.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-migrations"

#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>

#include "hg-core-resources.h"
#include "hg-db.h"
#include "hg-workbook-error.h"
#include "hg-migrations.h"

#define SQL_DIR RESOURCE_BASE "/sql/"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
list_migration_files (void)
{
  g_auto(GStrv) names = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  names = g_resource_enumerate_children (hg_core_get_resource (), SQL_DIR,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (files, g_strdup (names[i]));

  g_ptr_array_sort (files, compare_names);
  return files;
}

int
hg_migrations_get_latest (void)
{
  g_autoptr(GPtrArray) files = list_migration_files ();

  /* Files are numbered 0001.. without gaps; the test suite checks that. */
  return (int) files->len;
}

static gboolean
apply_one (sqlite3     *db,
           const char  *name,
           int          version,
           GError     **error)
{
  g_autofree char *path = g_strconcat (SQL_DIR, name, NULL);
  g_autofree char *pragma = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  bytes = g_resource_lookup_data (hg_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  pragma = g_strdup_printf ("PRAGMA user_version = %d", version);
  if (!hg_db_exec (db, sql, error) || !hg_db_exec (db, pragma, error))
    {
      g_prefix_error (error, "Schema step %s: ", name);
      return FALSE;
    }
  return TRUE;
}

gboolean
hg_migrations_apply (sqlite3  *db,
                     int       target_version,
                     GError  **error)
{
  g_autoptr(GPtrArray) files = list_migration_files ();
  int current = (int) hg_db_query_int (db, "PRAGMA user_version", -1);

  g_return_val_if_fail (target_version <= (int) files->len, FALSE);

  if (current < 0)
    {
      hg_db_set_error (db, error, "Reading the schema version");
      return FALSE;
    }

  if (current >= target_version)
    return TRUE;
  if (!hg_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int v = current + 1; v <= target_version; v++)
    {
      const char *name = g_ptr_array_index (files, v - 1);

      if (atoi (name) != v)
        {
          g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_SQL,
                       "Schema file %s is out of sequence (expected number %04d)", name, v);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (!apply_one (db, name, v, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return hg_db_exec (db, "COMMIT", error);
}

/* hg-framework-catalog.c
 *
 * One way to find a framework by id, so that the page, the CLI, the
 * suggestions and the exports never differ on what "the framework of this
 * assessment" is. An imported framework is stored as framework XML and read
 * back through the same loader and checks as a file: its text came from a
 * customer's sheet, and the workbook itself may come from anyone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-framework-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-framework-catalog.h"

GStrv
hg_framework_catalog_ids (HgWorkbook  *workbook,
                          GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_strv_builder_addv (ids, (const char **) hg_framework_builtin_ids ());
  stmt = hg_db_prepare (db, "SELECT framework FROM framework_import ORDER BY framework", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the imported frameworks");
      return NULL;
    }
  return g_strv_builder_end (ids);
}

char *
hg_framework_catalog_stamp (HgWorkbook  *workbook,
                            GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(GString) stamp = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = hg_db_prepare (db, "SELECT framework, xml FROM framework_import ORDER BY framework",
                        error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* The stored framework itself, not the source file's checksum: the
       * same file imported again with other columns makes another one. */
      g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                          sqlite3_column_blob (stmt, 1),
                                                          sqlite3_column_bytes (stmt, 1));

      g_string_append_printf (stamp, "%s %s\n", (const char *) sqlite3_column_text (stmt, 0), sum);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the imported frameworks");
      return NULL;
    }
  return g_string_free (g_steal_pointer (&stamp), FALSE);
}

HgFramework *
hg_framework_catalog_load (HgWorkbook          *workbook,
                           const char          *id,
                           const char * const  *languages,
                           GError             **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  int rc;

  g_return_val_if_fail (id != NULL, NULL);
  if (g_strv_contains (hg_framework_builtin_ids (), id))
    return hg_framework_load_builtin (id, languages, error);
  stmt = hg_db_prepare (db, "SELECT xml, source_name FROM framework_import WHERE framework = ?1",
                        error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_NOT_FOUND,
                   _("The workbook has no framework “%s”"), id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      hg_db_set_error (db, error, "Reading an imported framework");
      return NULL;
    }
  /* Problems then name the sheet it came from, not an anonymous blob. */
  name = g_strdup_printf ("%s (%s)", (const char *) sqlite3_column_text (stmt, 1), id);
  return hg_framework_load_memory ((const char *) sqlite3_column_text (stmt, 0),
                                   (gsize) sqlite3_column_bytes (stmt, 0),
                                   name, languages, NULL, error);
}

/* hg-import-names.c
 *
 * A name the workbook does not know yet is noted while the file is read,
 * listed in the preview, and created inside the import's transaction, so
 * Undo takes it back with the rows that use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-import-names"

#include "config.h"

#include "hg-db.h"
#include "hg-import-names.h"
#include "hg-import-sheet.h"
#include "hg-text.h"

struct _HgImportNames
{
  char       *table;     /* "department" or "medium": (id, name, position) */
  GHashTable *known;     /* normalized name → id */
  GHashTable *new_set;   /* names not in the workbook yet */
  GPtrArray  *new_list;  /* the same, in first-seen order */
};

/* @table is one of our own tables with columns id, name and position. */
HgImportNames *
hg_import_names_new (HgWorkbook *workbook,
                     const char *table)
{
  HgImportNames *names = g_new0 (HgImportNames, 1);
  g_autofree char *quoted = hg_db_quote_identifier (table);
  g_autofree char *sql = g_strdup_printf ("SELECT id, name FROM %s", quoted);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook), sql, NULL);

  names->table = g_strdup (table);
  names->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->new_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->new_list = g_ptr_array_new_with_free_func (g_free);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (names->known,
                         hg_text_normalize ((const char *) sqlite3_column_text (stmt, 1)),
                         GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0)));
  return names;
}

void
hg_import_names_free (HgImportNames *names)
{
  if (names == NULL)
    return;
  g_free (names->table);
  g_hash_table_unref (names->known);
  g_hash_table_unref (names->new_set);
  g_ptr_array_unref (names->new_list);
  g_free (names);
}

/* Returns the id of a known name, or 0 after noting a new one. */
gint64
hg_import_names_resolve (HgImportNames *names,
                         const char    *name)
{
  gpointer id;

  if (g_hash_table_lookup_extended (names->known, name, NULL, &id))
    return (gint64) GPOINTER_TO_SIZE (id);
  if (!g_hash_table_contains (names->new_set, name))
    {
      g_hash_table_add (names->new_set, g_strdup (name));
      g_ptr_array_add (names->new_list, g_strdup (name));
    }
  return 0;
}

/* The id of @name; new names have one only after hg_import_names_create(). */
gint64
hg_import_names_lookup (HgImportNames *names,
                        const char    *name)
{
  return (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (names->known, name));
}

GStrv
hg_import_names_get_new (HgImportNames *names)
{
  return hg_import_list_to_strv (names->new_list);
}

/* Inside the import's transaction: adds the new names at the end of the
 * list, in the order the file named them. */
gboolean
hg_import_names_create (HgImportNames  *names,
                        sqlite3        *db,
                        GError        **error)
{
  g_autofree char *quoted = hg_db_quote_identifier (names->table);
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO %1$s (name, position) SELECT ?1, ifnull (max (position), 0) + 1 FROM %1$s",
    quoted);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < names->new_list->len; i++)
    {
      const char *name = g_ptr_array_index (names->new_list, i);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
      g_hash_table_insert (names->known, g_strdup (name),
                           GSIZE_TO_POINTER ((gsize) sqlite3_last_insert_rowid (db)));
    }
  return TRUE;
}

/* hg-schema.c
 *
 * The reference for a file format version N is what migrations 1..N make of
 * an empty in-memory database: built once per version per process, it is
 * the only source of table and column names the core ever puts into SQL
 * text (the undo log's triggers), and what a file's schema is compared with
 * before anything else reads it.
 *
 * The comparison is by type, name, table and the full CREATE text SQLite
 * keeps in sqlite_schema, so a column's type, default or CHECK constraint
 * that differs is seen as well as an object that should not be there. The
 * SQLite-internal tables follow the same rule: Hinagata never uses
 * AUTOINCREMENT or ANALYZE, so sqlite_sequence or sqlite_stat1 in a file
 * were put there by something else (statistics steer the query planner) and
 * are reported like any other foreign object. The workbook_* bookkeeping
 * tables are part of the schema and are compared like the rest.
 *
 * Hence a released migration file must never change, not even a comment
 * inside a CREATE statement: SQLite keeps that text verbatim, and every
 * file made with the old text would be refused as changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-schema"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-db.h"
#include "hg-migrations.h"
#include "hg-schema.h"

typedef struct
{
  GHashTable *objects;  /* "type/name" (owned by keys) → table and CREATE text */
  GPtrArray  *keys;     /* "type/name", in the order sqlite_schema lists them */
  GPtrArray  *table_list; /* of HgSchemaTable, in name order */
} Reference;

G_LOCK_DEFINE_STATIC (references);
static GPtrArray *references;  /* Reference per version, index = version */

static void
schema_table_free (gpointer data)
{
  HgSchemaTable *table = data;

  g_free (table->name);
  g_strfreev (table->columns);
  g_free (table);
}

static char *
object_key (sqlite3_stmt *stmt)
{
  return g_strdup_printf ("%s/%s", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1));
}

/* The object's table and CREATE text, as one string to compare. */
static char *
object_definition (sqlite3_stmt *stmt)
{
  const char *table = (const char *) sqlite3_column_text (stmt, 2);
  const char *sql = (const char *) sqlite3_column_text (stmt, 3);

  return g_strdup_printf ("%s\n%s", table ? table : "", sql ? sql : "");
}

static GStrv
read_columns (sqlite3     *db,
              const char  *table,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT name FROM pragma_table_info (?1)",
                                                error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

static gboolean
read_reference (sqlite3    *db,
                Reference  *ref,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema "
                            "ORDER BY type, name", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *key = object_key (stmt);

      g_ptr_array_add (ref->keys, key);
      g_hash_table_insert (ref->objects, key, object_definition (stmt));
      if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "table"))
        {
          HgSchemaTable *table = g_new0 (HgSchemaTable, 1);

          table->name = hg_db_column_dup (stmt, 1);
          table->columns = read_columns (db, table->name, error);
          if (table->columns == NULL)
            {
              schema_table_free (table);
              return FALSE;
            }
          g_ptr_array_add (ref->table_list, table);
        }
    }
  return TRUE;
}

static Reference *
build_reference (int       version,
                 GError  **error)
{
  Reference *ref = g_new0 (Reference, 1);
  sqlite3 *db;
  gboolean ok;

  ref->objects = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  ref->keys = g_ptr_array_new_with_free_func (g_free);
  ref->table_list = g_ptr_array_new_with_free_func (schema_table_free);

  db = hg_db_open_hardened (":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            "schema", error);
  ok = db != NULL
    && hg_migrations_apply (db, version, error)
    && read_reference (db, ref, error);
  sqlite3_close (db);

  if (!ok)
    {
      g_hash_table_unref (ref->objects);
      g_ptr_array_unref (ref->keys);
      g_ptr_array_unref (ref->table_list);
      g_free (ref);
      return NULL;
    }
  return ref;
}

static const Reference *
get_reference (int       version,
               GError  **error)
{
  Reference *ref = NULL;

  g_return_val_if_fail (version >= 0 && version <= hg_migrations_get_latest (), NULL);

  G_LOCK (references);
  if (references == NULL)
    references = g_ptr_array_new ();
  if ((guint) version < references->len)
    ref = g_ptr_array_index (references, version);
  if (ref == NULL)
    {
      ref = build_reference (version, error);
      if (ref != NULL)
        {
          if ((guint) version >= references->len)
            g_ptr_array_set_size (references, version + 1);
          g_ptr_array_index (references, version) = ref;
        }
    }
  G_UNLOCK (references);
  return ref;
}

/**
 * hg_schema_get_tables:
 *
 * Returns: (transfer none) (element-type HgSchemaTable): the tables that
 *   format @version defines, with their columns, in name order
 */
const GPtrArray *
hg_schema_get_tables (int       version,
                      GError  **error)
{
  const Reference *ref = get_reference (version, error);

  return ref ? ref->table_list : NULL;
}

static const char *
kind_label (const char *type)
{
  /* Translators: kinds of schema object, as in "The trigger “x” was not
   * created by Hinagata." */
  if (g_strcmp0 (type, "table") == 0)
    return _("table");
  if (g_strcmp0 (type, "index") == 0)
    return _("index");
  if (g_strcmp0 (type, "view") == 0)
    return _("view");
  if (g_strcmp0 (type, "trigger") == 0)
    return _("trigger");
  /* The kind is text from the file like the name, and only a tampered file
   * has another: never show it raw. */
  return _("schema object");
}

typedef enum
{
  FOREIGN,
  CHANGED,
  MISSING,
} Problem;

static void
add_problem (GPtrArray  *problems,
             Problem     problem,
             const char *type,
             const char *name)
{
  g_autofree char *shown = hg_db_display_text (name, 60);
  const char *kind = kind_label (type);
  char *text = NULL;

  switch (problem)
    {
    case FOREIGN:
      /* Translators: the first %s is a kind of object (table, index, view,
       * trigger), the second its name */
      text = g_strdup_printf (_("The %s “%s” was not created by Hinagata."), kind, shown);
      break;
    case CHANGED:
      text = g_strdup_printf (_("The %s “%s” was changed from what Hinagata created."),
                              kind, shown);
      break;
    case MISSING:
      text = g_strdup_printf (_("The %s “%s” is missing."), kind, shown);
      break;
    default:
      g_assert_not_reached ();
    }
  g_ptr_array_add (problems, text);
}

/**
 * hg_schema_check:
 * @version: the file's format version (its PRAGMA user_version)
 * @what: the file, for messages
 *
 * Compares @db's schema with what format @version defines.
 *
 * Returns: (transfer full): one sentence per object that is foreign,
 *   altered or missing (empty when the schema is Hinagata's), or %NULL
 *   with @error set when the schema could not be read
 */
GPtrArray *
hg_schema_check (sqlite3     *db,
                 int          version,
                 const char  *what,
                 GError     **error)
{
  const Reference *ref = get_reference (version, error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (ref == NULL)
    return NULL;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema "
                              "ORDER BY type, name", -1, &stmt, NULL) != SQLITE_OK)
    {
      hg_db_set_error (db, error, what);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = object_key (stmt);
      g_autofree char *definition = object_definition (stmt);
      const char *expected = g_hash_table_lookup (ref->objects, key);
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      if (expected == NULL)
        add_problem (problems, FOREIGN, type, name);
      else if (!g_str_equal (expected, definition))
        add_problem (problems, CHANGED, type, name);
      g_hash_table_add (seen, g_steal_pointer (&key));
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, what);
      return NULL;
    }

  for (guint i = 0; i < ref->keys->len; i++)
    {
      const char *key = g_ptr_array_index (ref->keys, i);
      g_autofree char *type = g_strndup (key, strchr (key, '/') - key);

      if (!g_hash_table_contains (seen, key))
        add_problem (problems, MISSING, type, strchr (key, '/') + 1);
    }

  return g_steal_pointer (&problems);
}

/* hg-undo-log.c
 *
 * Undo works below the domain code, in SQLite itself: temporary triggers on
 * every workbook table write the statement that reverses each row change into
 * a temporary table. An edit is the range of log entries written inside its
 * transaction. Undoing runs that range backwards; the triggers fire again
 * while it runs and so write the redo range. A feature that adds tables gets
 * undo for free, and a bulk edit of many rows is one step because it is one
 * transaction.
 *
 * The log lives in the TEMP schema: it is per session and never touches the
 * workbook file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-undo-log"

#include "config.h"

#include <gio/gio.h>

#include "hg-db.h"
#include "hg-migrations.h"
#include "hg-schema.h"
#include "hg-undo-log.h"

typedef struct
{
  gint64  first;
  gint64  last;
  char   *label;
} Step;

struct _HgUndoLog
{
  GObject  parent_instance;

  sqlite3 *db;   /* borrowed: the workbook owns the connection */
  GArray  *undo; /* of Step, newest last */
  GArray  *redo; /* of Step, newest last */

  gint64   pending_first;
  gint64   pending_last;
};

G_DEFINE_FINAL_TYPE (HgUndoLog, hg_undo_log, G_TYPE_OBJECT)

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->label, g_free);
}

static void
hg_undo_log_finalize (GObject *object)
{
  HgUndoLog *self = (HgUndoLog *) object;

  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_pointer (&self->redo, g_array_unref);

  G_OBJECT_CLASS (hg_undo_log_parent_class)->finalize (object);
}

static void
hg_undo_log_class_init (HgUndoLogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hg_undo_log_finalize;
}

static void
hg_undo_log_init (HgUndoLog *self)
{
  self->undo = g_array_new (FALSE, TRUE, sizeof (Step));
  self->redo = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->undo, step_clear);
  g_array_set_clear_func (self->redo, step_clear);
}

/* Identifiers go into the SQL text through sqlite3_mprintf's %w (inside a
 * "quoted identifier") and literals through %Q. The names come from our own
 * schema, never from the file (see hg_undo_log_new()), and are quoted all
 * the same. The statements the triggers log are SQL text inside a literal,
 * so each is built first and then quoted as a whole. */
/* The trigger that logs an insert into @t: undone by deleting the row. */
static char *
build_insert_trigger (const char *t)
{
  char *delete_prefix = sqlite3_mprintf ("DELETE FROM main.\"%w\" WHERE rowid=", t);
  char *sql = sqlite3_mprintf (
    "CREATE TEMP TRIGGER \"hg_undo_%w_i\" AFTER INSERT ON main.\"%w\" BEGIN "
    "INSERT INTO hg_undo (tbl, rid, sql) VALUES (%Q, new.rowid, %Q||new.rowid); END;",
    t, t, t, delete_prefix);

  sqlite3_free (delete_prefix);
  return sql;
}

static char *
build_triggers (const HgSchemaTable *table)
{
  const char *t = table->name;
  g_autoptr(GString) set = g_string_new (NULL);
  g_autoptr(GString) cols = g_string_new (NULL);
  g_autoptr(GString) vals = g_string_new (NULL);
  char *insert_trigger;
  char *update_prefix;
  char *insert_prefix;
  char *sql;

  for (guint i = 0; table->columns[i] != NULL; i++)
    {
      const char *col = table->columns[i];
      char *assign = sqlite3_mprintf ("\"%w\"=", col);
      char *piece;

      /* set: '"a"='||quote(old."a")||','||'"b"='||quote(old."b") */
      piece = sqlite3_mprintf ("%s%Q||quote(old.\"%w\")", i > 0 ? "||','||" : "", assign, col);
      g_string_append (set, piece);
      sqlite3_free (piece);
      sqlite3_free (assign);

      piece = sqlite3_mprintf (",\"%w\"", col);
      g_string_append (cols, piece);
      sqlite3_free (piece);

      piece = sqlite3_mprintf ("||','||quote(old.\"%w\")", col);
      g_string_append (vals, piece);
      sqlite3_free (piece);
    }

  insert_trigger = build_insert_trigger (t);
  update_prefix = sqlite3_mprintf ("UPDATE main.\"%w\" SET ", t);
  insert_prefix = sqlite3_mprintf ("INSERT INTO main.\"%w\" (rowid%s) VALUES (", t, cols->str);

  sql = sqlite3_mprintf (
    "%s"
    "CREATE TEMP TRIGGER \"hg_undo_%w_u\" AFTER UPDATE ON main.\"%w\" BEGIN "
    "INSERT INTO hg_undo (tbl, rid, sql) VALUES (%Q, old.rowid, %Q||%s||' WHERE rowid='"
    "||old.rowid); END;"
    "CREATE TEMP TRIGGER \"hg_undo_%w_d\" BEFORE DELETE ON main.\"%w\" BEGIN "
    "INSERT INTO hg_undo (tbl, rid, sql) VALUES (%Q, old.rowid, %Q||old.rowid%s||')'); END;",
    insert_trigger,
    t, t, t, update_prefix, set->str,
    t, t, t, insert_prefix, vals->str);

  sqlite3_free (insert_trigger);
  sqlite3_free (update_prefix);
  sqlite3_free (insert_prefix);
  return sql;
}

HgUndoLog *
hg_undo_log_new (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(HgUndoLog) self = g_object_new (HG_TYPE_UNDO_LOG, NULL);
  const GPtrArray *tables;

  self->db = db;

  if (!hg_db_exec (db,
                   "PRAGMA temp_store = MEMORY;"
                   "CREATE TEMP TABLE IF NOT EXISTS hg_undo ("
                   "  seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, rid INTEGER NOT NULL,"
                   "  sql TEXT NOT NULL)",
                   error))
    return NULL;

  /* The tables of the current format as our migrations define them: the
   * file was migrated to it and its schema checked against the same
   * definition before this runs. Nothing the file says reaches the SQL. */
  tables = hg_schema_get_tables (hg_migrations_get_latest (), error);
  if (tables == NULL)
    return NULL;

  for (guint i = 0; i < tables->len; i++)
    {
      const HgSchemaTable *table = g_ptr_array_index (tables, i);
      char *sql;
      gboolean ok;

      /* workbook_* tables hold bookkeeping (format metadata) that an undo
       * must never roll back. */
      if (g_str_has_prefix (table->name, "workbook_"))
        continue;
      sql = build_triggers (table);
      ok = hg_db_exec (db, sql, error);
      sqlite3_free (sql);
      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&self);
}

gint64
hg_undo_log_mark (HgUndoLog *self)
{
  g_return_val_if_fail (HG_IS_UNDO_LOG (self), 0);

  return hg_db_query_int (self->db, "SELECT ifnull (max (seq), 0) FROM temp.hg_undo", 0);
}

GStrv
hg_undo_log_tables_since (HgUndoLog *self,
                          gint64     mark)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (HG_IS_UNDO_LOG (self), NULL);

  stmt = hg_db_prepare (self->db,
                        "SELECT DISTINCT tbl FROM temp.hg_undo WHERE seq > ?1 ORDER BY tbl",
                        NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, mark);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
    }

  return g_strv_builder_end (builder);
}

static void
drop_entries (HgUndoLog *self,
              GArray    *steps)
{
  for (guint i = 0; i < steps->len; i++)
    {
      Step *step = &g_array_index (steps, Step, i);
      g_autofree char *sql =
        g_strdup_printf ("DELETE FROM temp.hg_undo WHERE seq BETWEEN %" G_GINT64_FORMAT
                         " AND %" G_GINT64_FORMAT, step->first, step->last);

      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }
  g_array_set_size (steps, 0);
}

/* Called after the edit's transaction committed. Returns FALSE when the edit
 * changed nothing, so that no empty step appears in the Undo menu. */
gboolean
hg_undo_log_close_step (HgUndoLog  *self,
                        gint64      mark,
                        const char *label)
{
  gint64 last;
  Step step;

  g_return_val_if_fail (HG_IS_UNDO_LOG (self), FALSE);

  last = hg_undo_log_mark (self);
  if (last <= mark)
    return FALSE;

  /* A new edit makes the redo history meaningless. */
  drop_entries (self, self->redo);

  step.first = mark + 1;
  step.last = last;
  step.label = g_strdup (label);
  g_array_append_val (self->undo, step);
  return TRUE;
}

/* Runs inside the caller's transaction. */
gboolean
hg_undo_log_replay (HgUndoLog  *self,
                    gboolean    redo,
                    GStrv      *tables,
                    GError    **error)
{
  GArray *from = redo ? self->redo : self->undo;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *delete_sql = NULL;
  Step step;
  gint64 mark;

  g_return_val_if_fail (HG_IS_UNDO_LOG (self), FALSE);
  g_return_val_if_fail (from->len > 0, FALSE);

  step = g_array_index (from, Step, from->len - 1);

  stmt = hg_db_prepare (self->db,
                        "SELECT sql FROM temp.hg_undo WHERE seq BETWEEN ?1 AND ?2 "
                        "ORDER BY seq DESC",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step.first);
  sqlite3_bind_int64 (stmt, 2, step.last);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (statements, hg_db_column_dup (stmt, 0));

  delete_sql = g_strdup_printf ("DELETE FROM temp.hg_undo WHERE seq BETWEEN %" G_GINT64_FORMAT
                                " AND %" G_GINT64_FORMAT, step.first, step.last);
  if (!hg_db_exec (self->db, delete_sql, error))
    return FALSE;

  mark = hg_undo_log_mark (self);

  /* Rows come back in reverse order, so a child row may be restored before
   * its parent: foreign keys are checked at COMMIT instead. */
  if (!hg_db_exec (self->db, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;

  for (guint i = 0; i < statements->len; i++)
    if (!hg_db_exec (self->db, g_ptr_array_index (statements, i), error))
      return FALSE;

  if (tables != NULL)
    *tables = hg_undo_log_tables_since (self, mark);

  /* The stacks move in hg_undo_log_finish_replay(), once the caller's
   * COMMIT has succeeded; after a rollback they must be as they were. */
  self->pending_first = mark + 1;
  self->pending_last = hg_undo_log_mark (self);

  return TRUE;
}

gint64
hg_undo_log_get_replay_mark (HgUndoLog *self)
{
  g_return_val_if_fail (HG_IS_UNDO_LOG (self), 0);
  return self->pending_first - 1;
}

void
hg_undo_log_finish_replay (HgUndoLog *self,
                           gboolean   redo)
{
  GArray *from = redo ? self->redo : self->undo;
  GArray *to = redo ? self->undo : self->redo;
  Step step;

  g_return_if_fail (HG_IS_UNDO_LOG (self));
  g_return_if_fail (from->len > 0);

  step = g_array_index (from, Step, from->len - 1);
  step.label = g_strdup (step.label);
  step.first = self->pending_first;
  step.last = self->pending_last;
  g_array_remove_index (from, from->len - 1);

  if (step.last >= step.first)
    g_array_append_val (to, step);
  else
    g_free (step.label);
}

gboolean
hg_undo_log_can_undo (HgUndoLog *self)
{
  return self->undo->len > 0;
}

gboolean
hg_undo_log_can_redo (HgUndoLog *self)
{
  return self->redo->len > 0;
}

const char *
hg_undo_log_get_undo_label (HgUndoLog *self)
{
  return self->undo->len ? g_array_index (self->undo, Step, self->undo->len - 1).label : NULL;
}

const char *
hg_undo_log_get_redo_label (HgUndoLog *self)
{
  return self->redo->len ? g_array_index (self->redo, Step, self->redo->len - 1).label : NULL;
}

/* The rowids of @table's rows changed since @mark, without repeats. */
GArray *
hg_undo_log_rows_since (HgUndoLog  *self,
                        gint64      mark,
                        const char *table)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (HG_IS_UNDO_LOG (self), rows);

  stmt = hg_db_prepare (self->db,
                        "SELECT DISTINCT rid FROM temp.hg_undo WHERE seq > ?1 AND tbl = ?2",
                        NULL);
  if (stmt == NULL)
    return rows;
  sqlite3_bind_int64 (stmt, 1, mark);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 rid = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rows, rid);
    }
  return rows;
}

void
hg_undo_log_clear (HgUndoLog *self)
{
  drop_entries (self, self->undo);
  drop_entries (self, self->redo);
}

/* A bulk insert logs its rows itself. The trigger runs as a program of
 * its own for every row, and a statement that fires one keeps a statement
 * journal: in a 100,000-row import that was a quarter of the time. The
 * log is the same, entry for entry, so undo, redo and the rows reported
 * changed do not know the difference. */
struct _HgUndoBulk
{
  sqlite3      *db;
  char         *table;
  sqlite3_stmt *log;
  char         *prefix;    /* what the trigger writes before the rowid */
};

static gboolean
is_logged_table (const char  *table,
                 GError     **error)
{
  const GPtrArray *tables = hg_schema_get_tables (hg_migrations_get_latest (), error);

  for (guint i = 0; tables != NULL && i < tables->len; i++)
    if (g_str_equal (((const HgSchemaTable *) g_ptr_array_index (tables, i))->name, table))
      return !g_str_has_prefix (table, "workbook_");
  if (tables != NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                 "No table “%s” is logged for undo", table);
  return FALSE;
}

/**
 * hg_undo_bulk_begin:
 * @db: the workbook's connection, inside an edit (hg_workbook_edit())
 * @table: the table many rows are about to be inserted into
 * @error: return location for an error
 *
 * Until hg_undo_bulk_end(), inserts into @table are not logged by the
 * trigger: the caller logs each one with hg_undo_bulk_add(). Updates and
 * deletes stay logged as always. If the edit fails instead, its rollback
 * brings the trigger back; hg_undo_bulk_free() then only frees.
 *
 * Returns: (transfer full) (nullable): the bulk insert
 */
HgUndoBulk *
hg_undo_bulk_begin (sqlite3     *db,
                    const char  *table,
                    GError     **error)
{
  g_autoptr(HgUndoBulk) bulk = g_new0 (HgUndoBulk, 1);
  char *drop;
  gboolean ok;

  g_return_val_if_fail (sqlite3_get_autocommit (db) == 0, NULL);

  if (!is_logged_table (table, error))
    return NULL;
  bulk->db = db;
  bulk->table = g_strdup (table);
  drop = sqlite3_mprintf ("DROP TRIGGER temp.\"hg_undo_%w_i\"", table);
  ok = hg_db_exec (db, drop, error);
  sqlite3_free (drop);
  if (!ok)
    return NULL;
  bulk->log = hg_db_prepare (db, "INSERT INTO temp.hg_undo (tbl, rid, sql) VALUES (?1, ?2, ?3)",
                             error);
  if (bulk->log == NULL)
    return NULL;
  bulk->prefix = sqlite3_mprintf ("DELETE FROM main.\"%w\" WHERE rowid=", table);
  sqlite3_bind_text (bulk->log, 1, bulk->table, -1, SQLITE_STATIC);
  return g_steal_pointer (&bulk);
}

/* Logs the insert of row @rowid, as the trigger would have. */
gboolean
hg_undo_bulk_add (HgUndoBulk  *bulk,
                  gint64       rowid,
                  GError     **error)
{
  char sql[256];

  g_snprintf (sql, sizeof sql, "%s%" G_GINT64_FORMAT, bulk->prefix, rowid);
  sqlite3_reset (bulk->log);
  sqlite3_bind_int64 (bulk->log, 2, rowid);
  sqlite3_bind_text (bulk->log, 3, sql, -1, SQLITE_TRANSIENT);
  return hg_db_step_done (bulk->log, error);
}

/* Brings the trigger back. The bulk insert is freed either way. */
gboolean
hg_undo_bulk_end (HgUndoBulk  *bulk,
                  GError     **error)
{
  char *sql = build_insert_trigger (bulk->table);
  gboolean ok;

  g_clear_pointer (&bulk->log, sqlite3_finalize);
  ok = hg_db_exec (bulk->db, sql, error);
  sqlite3_free (sql);
  hg_undo_bulk_free (bulk);
  return ok;
}

void
hg_undo_bulk_free (HgUndoBulk *bulk)
{
  if (bulk == NULL)
    return;
  g_clear_pointer (&bulk->log, sqlite3_finalize);
  sqlite3_free (bulk->prefix);
  g_free (bulk->table);
  g_free (bulk);
}

/* hg-db-hardened.c: the one way the core opens a database
 *
 * A workbook is a file that people mail to each other, so everything in it
 * may have been written by someone else. Every connection the core opens
 * (inspecting, editing, backups and copies, the in-memory reference schema)
 * comes from here and is locked down before the first statement runs:
 *
 *  - SQLITE_DBCONFIG_DEFENSIVE: no writable_schema, no direct writes to
 *    the schema or shadow tables, so SQL cannot corrupt the file on purpose;
 *  - trusted_schema off: functions and virtual tables with side effects
 *    may not be used from the file's schema (triggers, views, defaults);
 *  - no extension loading, no fts3_tokenizer() pointers, no views (our
 *    schema has none; a view in the file is refused when it is opened, and
 *    one that slipped through could not run a recursive query);
 *  - an authorizer that refuses ATTACH and DETACH (VACUUM, VACUUM INTO
 *    included: SQLite attaches their target), virtual tables being created,
 *    and every SQL function outside the list below;
 *  - a progress handler that stops a single step of a statement after
 *    STEP_LIMIT virtual-machine instructions, so no query can hang.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-db"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-workbook-error.h"

/* The SQL functions Hinagata's own SQL calls (the .sql files in
 * resources/sql and the statements in src/core). A statement that calls
 * another one fails with "not authorized": add it here when our SQL starts
 * using it. Functions that only the schema uses (CHECK, DEFAULT, generated
 * columns) are not asked about, but are listed for completeness. */
static const char * const allowed_functions[] = {
  "coalesce", "count", "date", "ifnull", "length", "max", "nullif", "quote", "strftime",
  /* SQLite's own statements behind ALTER TABLE, which the migrations use;
   * the sqlite_* ones cannot be called from SQL text at all. */
  "glob", "like", "printf", "substr", "sqlite_rename_column", "sqlite_rename_table",
  "sqlite_rename_test", "sqlite_rename_quotefix", "sqlite_drop_column",
};

/* How often the progress handler runs, and after how many instructions one
 * step of one statement is stopped. The largest step of a legitimate
 * 100,000-asset workbook we found takes 26 million instructions (removing a
 * department that holds every asset: 100,000 rows updated, each logged for
 * undo); 100 million leaves four times that and stops a runaway query
 * within a few seconds (the README, "Safe workbooks", has the figures). */
#define PROGRESS_INTERVAL 1000
#define STEP_LIMIT (G_GUINT64_CONSTANT (100000000) / PROGRESS_INTERVAL)

/* Counted per thread: while sqlite3_step() runs, no other statement on this
 * thread can start or return a row, so between two such events the count
 * belongs to the one step in progress, whichever connection it is on. */
static _Thread_local guint64 progress_calls;

static int
progress_cb (void *user_data)
{
  return ++progress_calls > STEP_LIMIT;
}

static int
trace_cb (unsigned int  type,
          void         *user_data,
          void         *p,
          void         *x)
{
  /* A trigger starting inside the step is reported as "-- TRIGGER name";
   * it belongs to the step already being counted. */
  if (type == SQLITE_TRACE_ROW
      || (type == SQLITE_TRACE_STMT && !g_str_has_prefix ((const char *) x, "--")))
    progress_calls = 0;
  return 0;
}

static gboolean
is_allowed_function (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (allowed_functions); i++)
    if (g_ascii_strcasecmp (name, allowed_functions[i]) == 0)
      return TRUE;
  return FALSE;
}

static int
authorize_cb (void       *user_data,
              int         action,
              const char *arg1,
              const char *arg2,
              const char *db_name,
              const char *trigger)
{
  switch (action)
    {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
      return SQLITE_DENY;
    case SQLITE_FUNCTION:
      return is_allowed_function (arg2) ? SQLITE_OK : SQLITE_DENY;
    default:
      return SQLITE_OK;
    }
}

static gboolean
harden (sqlite3 *db)
{
  static const int off[] = {
    SQLITE_DBCONFIG_TRUSTED_SCHEMA,
    SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION,
    SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER,
    SQLITE_DBCONFIG_ENABLE_VIEW,
  };
  int value = -1;

  if (sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, &value) != SQLITE_OK || value != 1)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (off); i++)
    if (sqlite3_db_config (db, off[i], 0, &value) != SQLITE_OK || value != 0)
      return FALSE;

  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_progress_handler (db, PROGRESS_INTERVAL, progress_cb, NULL);
  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, trace_cb, NULL);
  if (sqlite3_set_authorizer (db, authorize_cb, NULL) != SQLITE_OK)
    return FALSE;

  /* Said again as a pragma: the setting above is what counts, this keeps
   * it visible to anyone who asks the connection. */
  return sqlite3_exec (db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL) == SQLITE_OK;
}

/**
 * hg_db_open_hardened:
 * @filename: a path, or a file: URI when @flags has SQLITE_OPEN_URI
 * @flags: SQLITE_OPEN_* flags
 * @what: the file as the user knows it, for the message
 *
 * Returns: (transfer full) (nullable): the connection, locked down as the
 *   comment at the top of this file says, or %NULL with @error set
 */
sqlite3 *
hg_db_open_hardened (const char  *filename,
                     int          flags,
                     const char  *what,
                     GError     **error)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (filename, &db, flags | SQLITE_OPEN_EXRESCODE, NULL) != SQLITE_OK)
    {
      if (db == NULL)
        g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                     _("Could not open “%s”: %s"), what, sqlite3_errstr (SQLITE_NOMEM));
      else
        hg_db_set_error (db, error, what);
      sqlite3_close (db);
      return NULL;
    }

  if (!harden (db))
    {
      /* Only an SQLite built without these settings gets here: opening the
       * file without them is not an option. */
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_SQL,
                   _("Could not open “%s” safely: this SQLite library lacks a needed "
                     "security setting."), what);
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

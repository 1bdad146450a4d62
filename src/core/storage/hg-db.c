/* hg-db.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-db"

#include "config.h"

#include "hg-db.h"
#include <glib/gi18n.h>

#include "hg-workbook-error.h"

/* Text read from a file (a name, a line of integrity_check), fit to be
 * shown in a message: no control characters, valid UTF-8, at most
 * @max_chars characters. */
char *
hg_db_display_text (const char *text,
                        guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p != '\0' && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_unichar (out, c);
    }
  if (g_utf8_strlen (valid, -1) > max_chars)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

void
hg_db_set_error (sqlite3     *db,
                 GError     **error,
                 const char  *what)
{
  int code = sqlite3_extended_errcode (db);
  int primary = code & 0xff;
  HgWorkbookError kind = HG_WORKBOOK_ERROR_SQL;
  const char *explanation = NULL;
  g_autofree char *detail = NULL;

  /* Corruption and "not a database" are what a user sees as a damaged file;
   * every other failure is an internal or I/O problem. */
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    kind = HG_WORKBOOK_ERROR_DAMAGED;
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    kind = HG_WORKBOOK_ERROR_LOCKED;
  else if (primary == SQLITE_READONLY)
    kind = HG_WORKBOOK_ERROR_READ_ONLY;
  else if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN)
    kind = HG_WORKBOOK_ERROR_IO;
  else if (primary == SQLITE_AUTH || primary == SQLITE_INTERRUPT)
    kind = HG_WORKBOOK_ERROR_FOREIGN;

  /* The user reads the first sentence; the SQLite detail after it is for
   * whoever they ask for help. */
  if (primary == SQLITE_READONLY)
    explanation = _("The workbook cannot be written to: the file or its folder is read-only.");
  else if (primary == SQLITE_FULL)
    explanation = _("The disk is full.");
  else if (kind == HG_WORKBOOK_ERROR_LOCKED)
    explanation = _("Another program is using the workbook. Try again in a moment.");
  else if (kind == HG_WORKBOOK_ERROR_DAMAGED)
    explanation = _("The workbook file is damaged.");
  else if (kind == HG_WORKBOOK_ERROR_IO)
    explanation = _("The workbook file could not be read or written.");
  else if (primary == SQLITE_AUTH)
    explanation = _("Hinagata refused an operation that it never performs; the workbook may "
                    "have been changed by another program.");
  else if (primary == SQLITE_INTERRUPT)
    /* hg-db-hardened.c stops a runaway query; only a file that Hinagata
     * did not write can make one. */
    explanation = _("Reading the workbook took far too long and was stopped. The file may "
                    "contain something Hinagata did not create; “hinagata-cli check” "
                    "lists it.");

  /* SQLite's message may quote the file's own schema text. */
  detail = hg_db_display_text (sqlite3_errmsg (db), 300);
  if (explanation != NULL)
    g_set_error (error, HG_WORKBOOK_ERROR, kind, "%s (%s: %s)", explanation, what, detail);
  else
    g_set_error (error, HG_WORKBOOK_ERROR, kind, "%s: %s", what, detail);
}

/* @name as a quoted SQL identifier ("a""b"), for a table or column name
 * that cannot be bound as a parameter. Our names need no quoting; every
 * one that goes into SQL text is quoted all the same. */
char *
hg_db_quote_identifier (const char *name)
{
  char *quoted = sqlite3_mprintf ("\"%w\"", name);
  char *copy = g_strdup (quoted);

  sqlite3_free (quoted);
  return copy;
}

gboolean
hg_db_exec (sqlite3     *db,
            const char  *sql,
            GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      hg_db_set_error (db, error, "SQL");
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
hg_db_prepare (sqlite3     *db,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      hg_db_set_error (db, error, "SQL");
      return NULL;
    }
  return stmt;
}

gboolean
hg_db_step_done (sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  hg_db_set_error (sqlite3_db_handle (stmt), error, "SQL");
  return FALSE;
}

gint64
hg_db_query_int (sqlite3    *db,
                 const char *sql,
                 gint64      fallback)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 value = fallback;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fallback;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  return value;
}

char *
hg_db_column_dup (sqlite3_stmt *stmt,
                  int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return g_strdup (text ? (const char *) text : "");
}

void
hg_db_bind_text_or_null (sqlite3_stmt *stmt,
                         int           index,
                         const char   *text)
{
  if (text == NULL || text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
hg_db_bind_id_or_null (sqlite3_stmt *stmt,
                       int           index,
                       gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Runs @sql, which selects (id, name), into a table from gint64 id to name:
 * what every view needs to show names for the ids it holds. */
GHashTable *
hg_db_load_names (sqlite3    *db,
                  const char *sql)
{
  GHashTable *map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, sql, NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (map, id, hg_db_column_dup (stmt, 1));
    }
  return map;
}

/* hg-db.h: small helpers over sqlite3 that report through GError
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

gboolean      hg_db_exec         (sqlite3       *db,
                                  const char    *sql,
                                  GError       **error);
sqlite3_stmt *hg_db_prepare      (sqlite3       *db,
                                  const char    *sql,
                                  GError       **error);
gboolean      hg_db_step_done    (sqlite3_stmt  *stmt,
                                  GError       **error);
void          hg_db_set_error    (sqlite3       *db,
                                  GError       **error,
                                  const char    *what);
gint64        hg_db_query_int    (sqlite3       *db,
                                  const char    *sql,
                                  gint64         fallback);
char         *hg_db_column_dup   (sqlite3_stmt  *stmt,
                                  int            column);
void          hg_db_bind_text_or_null (sqlite3_stmt *stmt,
                                       int           index,
                                       const char   *text);
/* Binds @id, or NULL for an id of 0 or less ("none"). */
void          hg_db_bind_id_or_null   (sqlite3_stmt *stmt,
                                       int           index,
                                       gint64        id);

GHashTable   *hg_db_load_names   (sqlite3       *db,
                                  const char    *sql);

char         *hg_db_quote_identifier (const char *name);
char         *hg_db_display_text  (const char   *text,
                                   guint         max_chars);
sqlite3      *hg_db_open_hardened (const char   *filename,
                                   int           flags,
                                   const char   *what,
                                   GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS

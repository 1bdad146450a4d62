/* hg-schema.h: what Hinagata's own schema is, and whether a file has it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct
{
  char  *name;
  /* As PRAGMA table_info lists them: generated columns are left out. */
  GStrv  columns;
} HgSchemaTable;

const GPtrArray *hg_schema_get_tables (int        version,
                                       GError   **error);
GPtrArray       *hg_schema_check      (sqlite3     *db,
                                       int          version,
                                       const char  *what,
                                       GError     **error);

G_END_DECLS

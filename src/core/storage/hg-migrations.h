/* hg-migrations.h: the workbook schema, as numbered SQL files in the resources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* 'HINA': written to PRAGMA application_id so a workbook can be told apart
 * from any other SQLite file. */
#define HG_WORKBOOK_APPLICATION_ID 0x48494E41

int      hg_migrations_get_latest (void);
gboolean hg_migrations_apply      (sqlite3  *db,
                                   int       target_version,
                                   GError  **error);

G_END_DECLS

/* hg-workbook-private.h: what hg-workbook.c and hg-workbook-inspect.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct
{
  /* A read-only connection on the file, or on a private copy of it. */
  sqlite3 *db;
  int      version;
  /* Set when a -wal or -journal lay beside the file, or for the full
   * check: the directory of the private copy that was checked (and that db
   * reads). */
  char    *copy_dir;
  /* Set when the full integrity check was left for later: the caller runs
   * it (hg_workbook_check_in_full), before anything is written to the file. */
  gboolean unchecked;
} HgInspection;

gboolean hg_workbook_inspect         (const char    *path,
                                      gboolean       read_only,
                                      gboolean       immutable,
                                      gboolean       check_later,
                                      HgInspection  *out,
                                      GError       **error);
char    *hg_workbook_check_in_full   (const char    *path);
void     hg_inspection_clear         (HgInspection  *inspection);

/* hg-workbook-files.c */
gboolean hg_workbook_check_header    (const char    *path,
                                      GError       **error);
gboolean hg_workbook_is_on_read_only_media (const char  *path,
                                            const char **reason);
char    *hg_workbook_find_side_file  (const char    *path,
                                      gboolean       read_only);
char    *hg_workbook_make_copy       (const char    *path,
                                      GError       **error);
void     hg_workbook_remove_copy_dir (const char    *dir);
sqlite3 *hg_workbook_open_read_only  (const char    *path,
                                      gboolean       immutable,
                                      const char    *what,
                                      GError       **error);
sqlite3 *hg_workbook_open_copy       (const char    *dir,
                                      const char    *what,
                                      GError       **error);
sqlite3 *hg_workbook_reopen_copy_read_only (sqlite3    *db,
                                            const char *dir,
                                            const char *what,
                                            GError    **error);

/* hg-workbook-inspect.c */
void     hg_workbook_add_integrity_lines   (sqlite3     *db,
                                            const char  *sql,
                                            GPtrArray   *lines);
void     hg_workbook_add_foreign_key_lines (sqlite3     *db,
                                            GPtrArray   *lines);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HgInspection, hg_inspection_clear)

G_END_DECLS

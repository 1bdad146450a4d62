/* hg-workbook.h: one *.hinagata file, opened for reading or editing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

#include "hg-workbook-error.h"

G_BEGIN_DECLS

#define HG_TYPE_WORKBOOK (hg_workbook_get_type ())

G_DECLARE_FINAL_TYPE (HgWorkbook, hg_workbook, HG, WORKBOOK, GObject)

typedef enum
{
  HG_WORKBOOK_OPEN_DEFAULT   = 0,
  /* Never writes, never migrates, takes no lock: for hinagata-cli info/check. */
  HG_WORKBOOK_OPEN_READ_ONLY = 1 << 0,
  /* Where opening writes nothing, the full integrity check runs in a thread
   * and the first write waits for it; a file that fails is refused then,
   * with HgWorkbook::damaged. For the window, whose first frame should not
   * wait for it. */
  HG_WORKBOOK_OPEN_CHECK_LATER = 1 << 1,
} HgWorkbookOpenFlags;

/* An edit runs inside one transaction; returning FALSE rolls it back. */
typedef gboolean (*HgWorkbookEditFunc) (sqlite3   *db,
                                        gpointer   user_data,
                                        GError   **error);

HgWorkbook *hg_workbook_create           (const char           *path,
                                          const char           *company_name,
                                          GError              **error);
HgWorkbook *hg_workbook_open             (const char           *path,
                                          HgWorkbookOpenFlags   flags,
                                          GError              **error);
void        hg_workbook_close            (HgWorkbook           *self);
const char *hg_workbook_get_path         (HgWorkbook           *self);
const char *hg_workbook_get_backup_path  (HgWorkbook           *self);
int         hg_workbook_get_schema_version (HgWorkbook         *self);
gboolean    hg_workbook_is_read_only     (HgWorkbook           *self);
const char *hg_workbook_get_read_only_reason (HgWorkbook       *self);
sqlite3    *hg_workbook_get_db           (HgWorkbook           *self);
gboolean    hg_workbook_edit             (HgWorkbook           *self,
                                          const char           *label,
                                          HgWorkbookEditFunc    func,
                                          gpointer              user_data,
                                          GError              **error);
gboolean    hg_workbook_can_undo         (HgWorkbook           *self);
gboolean    hg_workbook_can_redo         (HgWorkbook           *self);
const char *hg_workbook_get_undo_label   (HgWorkbook           *self);
const char *hg_workbook_get_redo_label   (HgWorkbook           *self);
gboolean    hg_workbook_undo             (HgWorkbook           *self,
                                          GError              **error);
gboolean    hg_workbook_redo             (HgWorkbook           *self,
                                          GError              **error);
gboolean    hg_workbook_save_copy        (HgWorkbook           *self,
                                          const char           *dest_path,
                                          GError              **error);
char       *hg_workbook_check_integrity  (HgWorkbook           *self);
GPtrArray  *hg_workbook_check_file       (const char           *path,
                                          GError              **error);
GArray     *hg_workbook_get_changed_rows (HgWorkbook         *self,
                                          const char         *table);
gint64      hg_workbook_count_rows       (HgWorkbook           *self,
                                          const char           *table);
/* The workbook's random name (32 hex digits, made when it is first opened
 * for writing; a copy of the file keeps it), or NULL when it has none or a stored one is
 * not of that form. */
char       *hg_workbook_dup_uid          (HgWorkbook           *self);
char       *hg_workbook_get_default_path (void);

G_END_DECLS

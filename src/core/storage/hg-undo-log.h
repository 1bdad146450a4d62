/* hg-undo-log.h: undo and redo for every edit of a workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define HG_TYPE_UNDO_LOG (hg_undo_log_get_type ())

G_DECLARE_FINAL_TYPE (HgUndoLog, hg_undo_log, HG, UNDO_LOG, GObject)

HgUndoLog  *hg_undo_log_new            (sqlite3     *db,
                                        GError     **error);
gint64      hg_undo_log_mark           (HgUndoLog   *self);
GStrv       hg_undo_log_tables_since   (HgUndoLog   *self,
                                        gint64       mark);
GArray     *hg_undo_log_rows_since     (HgUndoLog   *self,
                                        gint64       mark,
                                        const char  *table);
gboolean    hg_undo_log_close_step     (HgUndoLog   *self,
                                        gint64       mark,
                                        const char  *label);
gboolean    hg_undo_log_replay         (HgUndoLog   *self,
                                        gboolean     redo,
                                        GStrv       *tables,
                                        GError     **error);
gint64      hg_undo_log_get_replay_mark (HgUndoLog  *self);
void        hg_undo_log_finish_replay  (HgUndoLog   *self,
                                        gboolean     redo);
gboolean    hg_undo_log_can_undo       (HgUndoLog   *self);
gboolean    hg_undo_log_can_redo       (HgUndoLog   *self);
const char *hg_undo_log_get_undo_label (HgUndoLog   *self);
const char *hg_undo_log_get_redo_label (HgUndoLog   *self);
void        hg_undo_log_clear          (HgUndoLog   *self);

typedef struct _HgUndoBulk HgUndoBulk;

HgUndoBulk *hg_undo_bulk_begin         (sqlite3     *db,
                                        const char  *table,
                                        GError     **error);
gboolean    hg_undo_bulk_add           (HgUndoBulk  *bulk,
                                        gint64       rowid,
                                        GError     **error);
gboolean    hg_undo_bulk_end           (HgUndoBulk  *bulk,
                                        GError     **error);
void        hg_undo_bulk_free          (HgUndoBulk  *bulk);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgUndoBulk, hg_undo_bulk_free)

G_END_DECLS

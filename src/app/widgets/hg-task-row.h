/* hg-task-row.h: one long task in a thread, with its progress and Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-job.h"

G_BEGIN_DECLS

/* The work, run in a thread: it reads only @task_data (never a workbook or
 * a widget), reports through @job and stops when @job is cancelled. */
typedef gboolean (*HgTaskFunc) (HgJob     *job,
                                gpointer   task_data,
                                GError   **error);

#define HG_TYPE_TASK_ROW (hg_task_row_get_type ())

G_DECLARE_FINAL_TYPE (HgTaskRow, hg_task_row, HG, TASK_ROW, AdwBin)

GtkWidget  *hg_task_row_new        (const char          *title);
/* Runs @func on @task_data (which the task owns and frees with
 * @task_data_free) in a thread; then @callback gets @source_object and the
 * result on the main thread. */
void        hg_task_row_start      (HgTaskRow           *self,
                                    gpointer             source_object,
                                    HgTaskFunc           func,
                                    gpointer             task_data,
                                    GDestroyNotify       task_data_free,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
/* In the callback: whether the work succeeded, and its @task_data (still
 * the task's, freed after the callback). */
gboolean    hg_task_row_finish     (GAsyncResult        *result,
                                    gpointer            *task_data,
                                    GError             **error);
/* Asks the task to stop; its callback gets G_IO_ERROR_CANCELLED unless it
 * had finished. */
void        hg_task_row_cancel     (HgTaskRow           *self);
gboolean    hg_task_row_is_running (HgTaskRow           *self);
const char *hg_task_row_get_title  (HgTaskRow           *self);

G_END_DECLS

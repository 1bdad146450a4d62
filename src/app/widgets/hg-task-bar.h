/* hg-task-bar.h: where the window shows the long tasks it runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-task-row.h"

G_BEGIN_DECLS

#define HG_TYPE_TASK_BAR (hg_task_bar_get_type ())

G_DECLARE_FINAL_TYPE (HgTaskBar, hg_task_bar, HG, TASK_BAR, AdwBin)

/* The bar nearest to @widget: the first met among the children of its
 * ancestors, or NULL. */
HgTaskBar *hg_task_bar_find   (GtkWidget            *widget);
guint      hg_task_bar_get_n_tasks (HgTaskBar       *self);

/* Runs @func on @task_data in a thread for @widget, shown in the nearest
 * bar (hidden when there is none); @callback gets @widget on the main
 * thread and calls hg_task_row_finish(). The task owns @task_data. */
void       hg_task_bar_run    (GtkWidget            *widget,
                               const char           *title,
                               HgTaskFunc            func,
                               gpointer              task_data,
                               GDestroyNotify        task_data_free,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data);

G_END_DECLS

/* hg-task-bar.c
 *
 * One bar under the pages holds a row per running task, so an export of
 * the risk analysis and an import of the staff list can run side by side,
 * each with its own Cancel. A page finds the bar the way a form finds the
 * toast overlay — by looking around itself in the window — and needs to
 * know nothing of the window; while a task of its own runs, the page
 * turns off the actions that would start another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-task-bar"

#include "config.h"

#include "hg-task-bar.h"

struct _HgTaskBar
{
  AdwBin  parent_instance;

  GtkBox *rows;
};

G_DEFINE_FINAL_TYPE (HgTaskBar, hg_task_bar, ADW_TYPE_BIN)

static void
hg_task_bar_class_init (HgTaskBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-task-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, HgTaskBar, rows);
  g_type_ensure (HG_TYPE_TASK_ROW);
}

static void
hg_task_bar_init (HgTaskBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HgTaskBar *
hg_task_bar_find (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (HG_IS_TASK_BAR (w))
        return HG_TASK_BAR (w);
      for (GtkWidget *child = gtk_widget_get_first_child (w); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (HG_IS_TASK_BAR (child))
          return HG_TASK_BAR (child);
    }
  return NULL;
}

guint
hg_task_bar_get_n_tasks (HgTaskBar *self)
{
  guint n = 0;

  g_return_val_if_fail (HG_IS_TASK_BAR (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->rows)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

void
hg_task_bar_run (GtkWidget            *widget,
                 const char           *title,
                 HgTaskFunc            func,
                 gpointer              task_data,
                 GDestroyNotify        task_data_free,
                 GAsyncReadyCallback   callback,
                 gpointer              user_data)
{
  HgTaskBar *self;
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  self = hg_task_bar_find (widget);
  row = g_object_ref_sink (hg_task_row_new (title));
  if (self != NULL)
    gtk_box_append (self->rows, row);
  hg_task_row_start (HG_TASK_ROW (row), widget, func, task_data, task_data_free, callback,
                     user_data);
  g_object_unref (row);
}

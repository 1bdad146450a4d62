/* hg-task-row.c
 *
 * The work runs in a GTask thread and reads only what it was given: the
 * caller copies what it needs from the workbook first (hg-risk-files.h,
 * hg-asset-files.h), so the workbook's connection, its edit transactions
 * and its undo log never meet the thread. What comes back — an import to
 * apply — is applied by the callback, on the main thread, as one edit.
 *
 * The row stays hidden for its first 200 ms: an export of a small
 * register is over before the user could read the bar, and a bar that
 * flashes is worse than none. After that it shows the progress the job
 * publishes (hg-job.h), read every 100 ms, or pulses while the work does
 * not know its size yet.
 *
 * Closing the window takes the row out of it (unroot): the row cancels
 * the work and waits for the thread to stop, which takes a row or a page
 * at most, so the thread never writes on after the window is gone and no
 * temporary file outlives it. The callback still comes if the main loop
 * runs again; the caller finds its widget no longer in a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-task-row"

#include "config.h"

#include "hg-task-row.h"

#define SHOW_AFTER_US (200 * G_TIME_SPAN_MILLISECOND)
#define TICK_MS       100

/* The GTask's data: what the thread needs, and how the main thread waits
 * for it to stop. */
typedef struct
{
  HgTaskFunc      func;
  gpointer        data;
  GDestroyNotify  data_free;
  HgJob          *job;
  GMutex          lock;
  GCond           stopped;
  gboolean        running;
} Work;

struct _HgTaskRow
{
  AdwBin               parent_instance;

  GtkLabel            *title_label;
  GtkProgressBar      *progress_bar;
  GtkButton           *cancel_button;

  char                *title;
  GTask               *task;      /* while running */
  Work                *work;      /* the task's data: valid while @task is held */
  GAsyncReadyCallback  callback;
  gpointer             user_data;
  gint64               started;
  guint                tick_id;
};

G_DEFINE_FINAL_TYPE (HgTaskRow, hg_task_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
work_free (Work *work)
{
  if (work->data_free != NULL)
    work->data_free (work->data);
  hg_job_unref (work->job);
  g_mutex_clear (&work->lock);
  g_cond_clear (&work->stopped);
  g_free (work);
}

static void
work_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Work *work = task_data;
  GError *error = NULL;
  gboolean ok = work->func (work->job, work->data, &error);

  g_mutex_lock (&work->lock);
  work->running = FALSE;
  g_cond_broadcast (&work->stopped);
  g_mutex_unlock (&work->lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Cancels the work and blocks until its thread has stopped. */
static void
stop_and_wait (HgTaskRow *self)
{
  Work *work = self->work;

  if (self->task == NULL)
    return;
  g_cancellable_cancel (hg_job_get_cancellable (work->job));
  g_mutex_lock (&work->lock);
  while (work->running)
    g_cond_wait (&work->stopped, &work->lock);
  g_mutex_unlock (&work->lock);
}

static gboolean
tick_cb (gpointer user_data)
{
  HgTaskRow *self = user_data;
  guint64 done = 0, total = 0;

  if (!gtk_widget_get_visible (GTK_WIDGET (self))
      && g_get_monotonic_time () - self->started >= SHOW_AFTER_US)
    gtk_widget_set_visible (GTK_WIDGET (self), TRUE);

  hg_job_get_progress (self->work->job, &done, &total);
  gtk_progress_bar_set_show_text (self->progress_bar, total > 0);
  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, MIN ((double) done / total, 1.0));
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
task_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  HgTaskRow *self = user_data;
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->work = NULL;
  g_clear_object (&self->task);
  if (GTK_IS_BOX (parent))
    gtk_box_remove (GTK_BOX (parent), GTK_WIDGET (self));
  if (self->callback != NULL)
    self->callback (source_object, result, self->user_data);
  g_object_unref (self);
}

void
hg_task_row_start (HgTaskRow           *self,
                   gpointer             source_object,
                   HgTaskFunc           func,
                   gpointer             task_data,
                   GDestroyNotify       task_data_free,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  Work *work;

  g_return_if_fail (HG_IS_TASK_ROW (self));
  g_return_if_fail (self->task == NULL);
  g_return_if_fail (func != NULL);

  work = g_new0 (Work, 1);
  work->func = func;
  work->data = task_data;
  work->data_free = task_data_free;
  work->job = hg_job_new (NULL);
  work->running = TRUE;
  g_mutex_init (&work->lock);
  g_cond_init (&work->stopped);

  self->work = work;
  self->callback = callback;
  self->user_data = user_data;
  self->started = g_get_monotonic_time ();
  self->task = g_task_new (source_object, hg_job_get_cancellable (work->job), task_done_cb,
                           g_object_ref (self));
  g_task_set_source_tag (self->task, hg_task_row_start);
  g_task_set_task_data (self->task, work, (GDestroyNotify) work_free);
  /* The result says what happened: work that finished just as Cancel was
   * pressed has written its file, and must not be reported as cancelled. */
  g_task_set_check_cancellable (self->task, FALSE);
  self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
  g_task_run_in_thread (self->task, work_thread);
}

gboolean
hg_task_row_finish (GAsyncResult  *result,
                    gpointer      *task_data,
                    GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hg_task_row_start, FALSE);

  if (task_data != NULL)
    *task_data = ((Work *) g_task_get_task_data (G_TASK (result)))->data;
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
hg_task_row_cancel (HgTaskRow *self)
{
  g_return_if_fail (HG_IS_TASK_ROW (self));

  if (self->task != NULL)
    g_cancellable_cancel (hg_job_get_cancellable (self->work->job));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
}

gboolean
hg_task_row_is_running (HgTaskRow *self)
{
  g_return_val_if_fail (HG_IS_TASK_ROW (self), FALSE);

  return self->task != NULL;
}

const char *
hg_task_row_get_title (HgTaskRow *self)
{
  g_return_val_if_fail (HG_IS_TASK_ROW (self), NULL);

  return self->title;
}

static void
cancel_clicked_cb (HgTaskRow *self)
{
  hg_task_row_cancel (self);
}

static void
hg_task_row_unroot (GtkWidget *widget)
{
  stop_and_wait (HG_TASK_ROW (widget));
  GTK_WIDGET_CLASS (hg_task_row_parent_class)->unroot (widget);
}

static void
hg_task_row_dispose (GObject *object)
{
  HgTaskRow *self = HG_TASK_ROW (object);

  stop_and_wait (self);
  g_clear_handle_id (&self->tick_id, g_source_remove);

  G_OBJECT_CLASS (hg_task_row_parent_class)->dispose (object);
}

static void
hg_task_row_finalize (GObject *object)
{
  HgTaskRow *self = HG_TASK_ROW (object);

  g_free (self->title);

  G_OBJECT_CLASS (hg_task_row_parent_class)->finalize (object);
}

static void
hg_task_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HgTaskRow *self = HG_TASK_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_task_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HgTaskRow *self = HG_TASK_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      gtk_label_set_text (self->title_label, self->title ? self->title : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_task_row_class_init (HgTaskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_task_row_dispose;
  object_class->finalize = hg_task_row_finalize;
  object_class->get_property = hg_task_row_get_property;
  object_class->set_property = hg_task_row_set_property;
  widget_class->unroot = hg_task_row_unroot;

  /* What the task does, e.g. "Exporting “リスク分析.xlsx”…". */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-task-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HgTaskRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HgTaskRow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HgTaskRow, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
}

static void
hg_task_row_init (HgTaskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_task_row_new (const char *title)
{
  return g_object_new (HG_TYPE_TASK_ROW, "title", title, NULL);
}

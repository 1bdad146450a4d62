/* hg-job.c
 *
 * A writer calls hg_job_report() once a row, hundreds of thousands of
 * times, so a report costs a comparison and a look at the cancellable
 * (an atomic read); the lock is taken and the progress function called
 * only every 1/256 of the total. A watcher on another thread (the
 * window's progress bar) reads under the same lock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-job"

#include "config.h"

#include "hg-job.h"

/* Progress is published at most this many times over a job. */
#define N_UPDATES 256

struct _HgJob
{
  gatomicrefcount    ref_count;
  GCancellable      *cancellable;
  HgJobProgressFunc  func;
  gpointer           user_data;

  GMutex             lock;
  guint64            done;         /* published: what watchers see */
  guint64            total;

  /* The working thread's own: no lock needed. */
  guint64            next_update;  /* publish when done reaches this */
  guint64            step;
};

HgJob *
hg_job_new (GCancellable *cancellable)
{
  HgJob *job = g_new0 (HgJob, 1);

  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  g_atomic_ref_count_init (&job->ref_count);
  job->cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
  g_mutex_init (&job->lock);
  job->step = 1;
  return job;
}

HgJob *
hg_job_ref (HgJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  g_atomic_ref_count_inc (&job->ref_count);
  return job;
}

void
hg_job_unref (HgJob *job)
{
  g_return_if_fail (job != NULL);

  if (!g_atomic_ref_count_dec (&job->ref_count))
    return;
  g_object_unref (job->cancellable);
  g_mutex_clear (&job->lock);
  g_free (job);
}

/* Set before the work starts. */
void
hg_job_set_progress_func (HgJob             *job,
                          HgJobProgressFunc  func,
                          gpointer           user_data)
{
  g_return_if_fail (job != NULL);

  job->func = func;
  job->user_data = user_data;
}

GCancellable *
hg_job_get_cancellable (HgJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->cancellable;
}

/**
 * hg_job_set_total:
 * @job: (nullable): the job
 * @total: how many steps the work has
 *
 * Says how much work there is, before the first hg_job_report(). A job
 * has one total: a function that calls another long function leaves the
 * counting to it, so the bar never jumps back.
 */
void
hg_job_set_total (HgJob   *job,
                  guint64  total)
{
  if (job == NULL)
    return;

  g_mutex_lock (&job->lock);
  job->total = total;
  g_mutex_unlock (&job->lock);
  job->step = MAX (total / N_UPDATES, 1);
  job->next_update = job->step;
}

gboolean
hg_job_check (HgJob   *job,
              GError **error)
{
  return job == NULL || !g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

/**
 * hg_job_report:
 * @job: (nullable): the job
 * @done: steps done so far, of the total given to hg_job_set_total()
 * @error: where to say that the job was cancelled
 *
 * Returns: %FALSE, with @error set to G_IO_ERROR_CANCELLED, when the work
 *   is to stop: the caller removes what it made and returns.
 */
gboolean
hg_job_report (HgJob    *job,
               guint64   done,
               GError  **error)
{
  guint64 total;

  if (job == NULL)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    return FALSE;
  if (done < job->next_update)
    return TRUE;

  g_mutex_lock (&job->lock);
  total = job->total;
  job->done = done = MAX (job->done, done);
  g_mutex_unlock (&job->lock);
  job->next_update = done >= total ? G_MAXUINT64 : MIN (done + job->step, total);

  if (job->func != NULL)
    job->func (done, total, job->user_data);
  return TRUE;
}

void
hg_job_get_progress (HgJob   *job,
                     guint64 *done,
                     guint64 *total)
{
  g_return_if_fail (job != NULL);

  g_mutex_lock (&job->lock);
  if (done != NULL)
    *done = job->done;
  if (total != NULL)
    *total = job->total;
  g_mutex_unlock (&job->lock);
}

/* hg-job.h: what a long piece of work is told (stop) and tells (how far)
 *
 * Every function that can take seconds — an export of the risk sheet, the
 * check of an imported register, a PDF — takes an HgJob, which may be
 * NULL. It reports its progress as steps done of a total and asks, between
 * rows or pages, whether it should stop; if so it fails with
 * G_IO_ERROR_CANCELLED and leaves nothing behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _HgJob HgJob;

/* Called on the thread doing the work, each time it has gone some way
 * further (not at every step): @done never goes down, and the last call
 * of a job that finishes has @done == @total. */
typedef void (*HgJobProgressFunc) (guint64   done,
                                   guint64   total,
                                   gpointer  user_data);

/* @cancellable may be NULL: the job then has one of its own. */
HgJob        *hg_job_new               (GCancellable       *cancellable);
HgJob        *hg_job_ref               (HgJob              *job);
void          hg_job_unref             (HgJob              *job);
void          hg_job_set_progress_func (HgJob              *job,
                                        HgJobProgressFunc   func,
                                        gpointer            user_data);
GCancellable *hg_job_get_cancellable   (HgJob              *job);

/* The side that works. With a NULL @job these do nothing and never stop. */
void          hg_job_set_total         (HgJob              *job,
                                        guint64             total);
gboolean      hg_job_report            (HgJob              *job,
                                        guint64             done,
                                        GError            **error);
gboolean      hg_job_check             (HgJob              *job,
                                        GError            **error);

/* The side that watches, from any thread. @total is 0 until the work
 * knows how much there is. */
void          hg_job_get_progress      (HgJob              *job,
                                        guint64            *done,
                                        guint64            *total);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgJob, hg_job_unref)

G_END_DECLS

/* bench-util.h: what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double bench_now_ms            (void);
double bench_cpu_ms            (void);
double bench_thread_cpu_ms     (void);
double bench_current_rss_mb    (void);
double bench_peak_rss_mb       (void);
/* The median of @runs (doubles), which it sorts; 0 for none. */
double bench_median            (GArray     *runs);
/* A new workbook at @path with six departments and @rows assets spread
 * over them and over the six default media, in every rating. */
void   bench_generate_register (const char *path,
                                guint       rows);

G_END_DECLS

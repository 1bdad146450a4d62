/* hg-local-time.h: a moment of an incident (detected, contained, told),
 * in the local time zone, as the workbook stores it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads a date as hg_date_parse() reads it, then a time "23:30",
 * "23時30分" or "23時", in the local time zone: "2026-12-29 23:30",
 * "2026年12月29日 23時30分", "R8.12.29 23:30"; and the stored form
 * "2026-12-29T23:30:00+09:00" as it is. NULL when it is not such a moment
 * (a date alone is not: deadlines count from the hour). */
GDateTime *hg_local_time_parse  (const char *text);
/* The stored form of @time: local, with its offset, to the minute. */
char      *hg_local_time_store  (GDateTime  *time);
/* A stored moment as people read it: "2026-12-29 23:30", local. A text
 * that is not a stored moment comes back unchanged. */
char      *hg_local_time_format (const char *stored);
/* Whether @text is in the stored form (as the CLI and exports give it). */
gboolean   hg_local_time_is_stored (const char *text);

G_END_DECLS

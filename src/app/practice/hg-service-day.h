/* hg-service-day.h: the day the services tab and its dialogs count from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @fixed as stored (2026-12-06), for the tests and screenshots, or the
 * real today when it is NULL or unreadable. */
void hg_service_day (const char *fixed,
                     GDate      *day);
/* hg_service_day() moved on by @years, as stored; free with g_free(). */
char *hg_service_day_iso (const char *fixed,
                          guint       years);

G_END_DECLS

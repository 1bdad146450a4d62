/* hg-date.h: calendar dates as the workbook stores them (YYYY-MM-DD)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HG_DATE_STYLE_ISO,   /* 2026-12-06, as stored */
  HG_DATE_STYLE_LONG,  /* the interface language's way: 2026年12月6日, 6 December 2026 */
} HgDateStyle;

gboolean hg_date_is_stored    (const char  *text);
gboolean hg_date_parse       (const char  *text,
                              char       **iso);
gboolean hg_date_parse_or_today (const char  *text,
                                 const char  *field,
                                 char       **iso,
                                 GError     **error);
char    *hg_date_format      (const char  *iso,
                              HgDateStyle  style);
char    *hg_date_format_with (const char  *iso,
                              const char  *format);
char    *hg_date_format_minutes (guint     minutes,
                                 gboolean  span);

G_END_DECLS

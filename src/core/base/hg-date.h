/* hg-date.h: calendar dates as the workbook stores them (YYYY-MM-DD)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean hg_date_parse (const char  *text,
                        char       **iso);

G_END_DECLS

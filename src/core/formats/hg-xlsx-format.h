/* hg-xlsx-format.h: the XLSX writer's rules for values and names
 * (internal to hg-xlsx-writer.c and its tests)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
void      _hg_xlsx_column_name      (guint        column,
                                     char         name[4]);
/* Escapes text for element content or an attribute, with Excel's own
 * "_xHHHH_" escape for the control characters XML cannot carry. */
void      _hg_xlsx_append_text      (GString     *out,
                                     const char  *text);
/* A cell's length as Excel counts it, in UTF-16 code units. */
gsize     _hg_xlsx_utf16_length     (const char  *text);
/* Only plain decimal notation becomes a number. */
gboolean  _hg_xlsx_is_plain_number  (const char  *text);
/* "YYYY-MM-DD" to Excel's serial day number (1900 system), from 1900-03-01. */
gboolean  _hg_xlsx_date_serial      (const char  *text,
                                     guint       *serial);
/* A sheet name Excel accepts, made from any text. */
char     *_hg_xlsx_make_sheet_name  (const char  *name);

G_END_DECLS

/* hg-table-file.h: a register's rows written as Excel or CSV, chosen by
 * the file's name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-table.h"
#include "hg-xlsx.h"

G_BEGIN_DECLS

/* Writes @body (the rows without the header) to @path: an Excel workbook
 * of one sheet @sheet_name when @path ends in ".xlsx", else CSV with the
 * headers of @columns as its first row (a text that Excel would read as a
 * formula is kept as text). */
gboolean hg_table_file_write (const char          *path,
                              const char          *sheet_name,
                              const HgXlsxColumn  *columns,
                              guint                n_columns,
                              HgTable             *body,
                              GError             **error);

G_END_DECLS

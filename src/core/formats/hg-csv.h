/* hg-csv.h: CSV import and export, as Japanese Excel writes and reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-job.h"
#include "hg-table.h"

G_BEGIN_DECLS

/* Larger files are refused before they are read: an asset register is a few
 * megabytes, and each cell costs several times its size in memory. */
#define HG_CSV_MAX_SIZE ((gsize) 512 * 1024 * 1024)

typedef enum
{
  HG_CSV_ENCODING_UTF8,
  HG_CSV_ENCODING_UTF8_BOM,
  HG_CSV_ENCODING_CP932,
} HgCsvEncoding;

HgTable  *hg_csv_parse      (const char         *data,
                             gsize               length,
                             HgCsvEncoding      *detected,
                             GError            **error);
HgTable  *hg_csv_read_file  (const char         *path,
                             HgCsvEncoding      *detected,
                             GError            **error);
void      hg_csv_append_row (GString            *out,
                             const char * const *fields,
                             gssize              n_fields);
gboolean  hg_csv_write_file (const char         *path,
                             HgTable            *table,
                             GError            **error);
/* The same for @n_rows rows made by @row_func, written as they are made:
 * a large export never exists in memory as a whole. @job (may be NULL)
 * counts the rows and can stop the export. */
gboolean  hg_csv_write_rows (const char         *path,
                             guint               n_rows,
                             HgTableRowFunc      row_func,
                             gpointer            user_data,
                             HgJob              *job,
                             GError            **error);

G_END_DECLS

/* hg-csv.h: CSV import and export, as Japanese Excel writes and reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-job.h"
#include "hg-table.h"

G_BEGIN_DECLS

/* Larger files are refused before they are read. A file is read a piece at
 * a time, so this bounds the time an import takes, not its memory: an asset
 * register is a few megabytes, a million rows about 500. */
#define HG_CSV_MAX_SIZE ((gsize) 512 * 1024 * 1024)

#define HG_CSV_ERROR (hg_csv_error_quark ())

/* Each message names the file and the line. */
typedef enum
{
  /* Not text in UTF-8 or Shift_JIS (CP932): UTF-16, a zero byte, bytes
   * that are neither. Saving it as “CSV UTF-8” helps. */
  HG_CSV_ERROR_ENCODING,
  /* A quoted field left open at the end of the file. */
  HG_CSV_ERROR_SYNTAX,
  /* The file, or one row, is larger than an import reads. */
  HG_CSV_ERROR_TOO_LARGE,
  /* The file cannot be opened or read, or is not a file. */
  HG_CSV_ERROR_IO,
} HgCsvError;

GQuark    hg_csv_error_quark (void);

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

/* For hg-csv-reader.c: whether a cell read starts with the apostrophe
 * hg_csv_append_row() puts before a formula-like text. */
gboolean  _hg_csv_is_guarded (const char         *cell);

G_END_DECLS

/* hg-csv-reader.h: a CSV file, one row at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-csv.h"
#include "hg-table.h"

G_BEGIN_DECLS

/* A row longer than this is refused: no real sheet has one, and a quote
 * left open would otherwise take the rest of the file into one cell. */
#define HG_CSV_MAX_ROW_SIZE ((gsize) 4 * 1024 * 1024)

typedef struct _HgCsvReader HgCsvReader;

HgCsvReader   *hg_csv_reader_open         (const char    *path,
                                           GError       **error);
HgCsvReader   *hg_csv_reader_new          (const char    *data,
                                           gsize          length,
                                           GError       **error);
gboolean       hg_csv_reader_next         (HgCsvReader   *reader,
                                           HgTableRow    *row,
                                           GError       **error);
HgCsvEncoding  hg_csv_reader_get_encoding (HgCsvReader   *reader);
void           hg_csv_reader_get_position (HgCsvReader   *reader,
                                           guint64       *read,
                                           guint64       *length);
void           hg_csv_reader_free         (HgCsvReader   *reader);

/* For tests: hg_csv_reader_new() reading @read_size bytes at a time
 * instead of 64 KiB, so that rows, quotes, line ends and characters fall
 * across reads. */
HgCsvReader   *_hg_csv_reader_new_sized   (const char    *data,
                                           gsize          length,
                                           gsize          read_size,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgCsvReader, hg_csv_reader_free)

G_END_DECLS

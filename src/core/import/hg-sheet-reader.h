/* hg-sheet-reader.h: the rows of a file to import, one at a time, whatever
 * its format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-table.h"

G_BEGIN_DECLS

/* An import takes at most this many rows, title and header included:
 * what it keeps until it is applied grows with each one. */
#define HG_SHEET_MAX_ROWS 1000000

/* An import refused as a whole. What goes wrong reading the file is in
 * the domain of its format (HG_CSV_ERROR, HG_XLSX_ERROR). */
#define HG_IMPORT_ERROR (hg_import_error_quark ())

typedef enum
{
  /* A spreadsheet Hinagata does not read (.xls, .ods, a password-protected
   * workbook): the message says what to save it as. */
  HG_IMPORT_ERROR_WRONG_FORMAT,
  /* More rows than HG_SHEET_MAX_ROWS: splitting the file helps. */
  HG_IMPORT_ERROR_TOO_MANY_ROWS,
  /* Nothing in the file: no header row, no row. */
  HG_IMPORT_ERROR_EMPTY,
  /* No header row names the column every row needs (the name). */
  HG_IMPORT_ERROR_NO_HEADER,
  /* A header row, but a column every row needs is missing from it. */
  HG_IMPORT_ERROR_MISSING_COLUMN,
  /* A header row and nothing below it. */
  HG_IMPORT_ERROR_NO_ROWS,
  /* Rows with problems, each listed with its line: nothing was imported. */
  HG_IMPORT_ERROR_PROBLEMS,
} HgImportError;

GQuark         hg_import_error_quark          (void);

typedef struct _HgSheetReader HgSheetReader;

HgSheetReader *hg_sheet_reader_open           (const char     *path,
                                               GError        **error);
HgSheetReader *hg_sheet_reader_new_for_table  (HgTable        *table);
gboolean       hg_sheet_reader_next           (HgSheetReader  *reader,
                                               HgTableRow     *row,
                                               GError        **error);
const char    *hg_sheet_reader_get_name       (HgSheetReader  *reader);
void           hg_sheet_reader_propagate_error (HgSheetReader  *reader,
                                                GError        **error,
                                                GError         *problem);
void           hg_sheet_reader_get_progress   (HgSheetReader  *reader,
                                               guint64        *done,
                                               guint64        *total);
HgTable       *hg_sheet_reader_read_all       (HgSheetReader  *reader,
                                               GError        **error);
void           hg_sheet_reader_free           (HgSheetReader  *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSheetReader, hg_sheet_reader_free)

G_END_DECLS

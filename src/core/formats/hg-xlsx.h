/* hg-xlsx.h: tables as Excel workbooks (.xlsx), both ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-job.h"
#include "hg-table.h"

G_BEGIN_DECLS

#define HG_XLSX_ERROR (hg_xlsx_error_quark ())

/* Each message names the part, sheet or cell. */
typedef enum
{
  /* Not an Excel workbook (.xlsx): not a ZIP archive, no workbook part, an
   * Excel 97–2003 file, or one whose contents are encrypted. */
  HG_XLSX_ERROR_NOT_XLSX,
  /* An Excel workbook, but damaged or incomplete: a part missing or not
   * well-formed, a cell or row reference that cannot be. */
  HG_XLSX_ERROR_DAMAGED,
  /* Past a limit of reading (parts, decompressed size, cells, merged
   * ranges) or of the format when writing (rows, columns, cell length). */
  HG_XLSX_ERROR_TOO_LARGE,
  /* Holds what no real Excel file does and was refused for safety: a
   * DOCTYPE, another encoding than UTF-8, a “ZIP bomb” ratio. */
  HG_XLSX_ERROR_UNSAFE,
  /* No worksheet, or none by the name asked for. */
  HG_XLSX_ERROR_NO_SHEET,
  /* The file cannot be opened or read. */
  HG_XLSX_ERROR_IO,
} HgXlsxError;

GQuark    hg_xlsx_error_quark (void);

typedef enum
{
  HG_XLSX_COLUMN_TEXT,
  HG_XLSX_COLUMN_NUMBER,
  HG_XLSX_COLUMN_DATE,
} HgXlsxColumnType;

typedef struct
{
  const char       *header;
  HgXlsxColumnType  type;
  double            width; /* in characters; 0 leaves the spreadsheet's default */
} HgXlsxColumn;

/* Row 1 of the sheet is the header from @columns; the table's rows follow
 * from row 2 on. NUMBER cells are written as numbers when they parse as one
 * (else as text); DATE cells "YYYY-MM-DD" become date serials shown as
 * yyyy-mm-dd (else text); empty cells are left out. The header row is bold
 * and frozen, with an autofilter over the used range, and column widths are
 * applied. The file is written to a temporary file (mode 0600) in the same
 * directory and renamed over @path, so a failed export never leaves a
 * half-written workbook behind. */
gboolean  hg_xlsx_write_file  (const char          *path,
                               const char          *sheet_name,
                               const HgXlsxColumn  *columns,
                               guint                n_columns,
                               HgTable             *table,
                               GError             **error);

/* One sheet of a workbook: its name (made acceptable to Excel, and unique
 * in the file by a " (2)" where needed), the header of its columns and its
 * rows, written as hg_xlsx_write_file() writes its one sheet. The rows come
 * from @table, or, when it is NULL, @n_rows of them from @row_func, at
 * most one cell per column. */
typedef struct
{
  const char          *name;
  const HgXlsxColumn  *columns;
  guint                n_columns;
  HgTable             *table;
  guint                n_rows;
  HgTableRowFunc       row_func;
  gpointer             user_data;
} HgXlsxSheet;

/* A workbook of several sheets, the first one shown when it opens; texts
 * are shared between the sheets. Written like hg_xlsx_write_file().
 * @job (may be NULL) counts the rows of all the sheets and can stop the
 * export: then nothing is written at @path and no temporary file stays. */
gboolean  hg_xlsx_write_sheets (const char          *path,
                                const HgXlsxSheet   *sheets,
                                guint                n_sheets,
                                HgJob               *job,
                                GError             **error);

/* Reads the first worksheet, or the one named @sheet_name, into a table of
 * text: every cell as the user sees its value (numbers without a trailing
 * ".0", dates as "YYYY-MM-DD", booleans as "TRUE"/"FALSE", formulas as their
 * last computed value). Every cell of a merged range reads as the range's
 * first cell, in the rows that have a value. Each row keeps its sheet row
 * number as source line; rows with no value at all are skipped. Damaged or
 * hostile files fail in HG_XLSX_ERROR with a message naming the part,
 * sheet or cell. */
HgTable  *hg_xlsx_read_file   (const char          *path,
                               const char          *sheet_name,
                               GError             **error);
HgTable  *hg_xlsx_read_memory (const void          *data,
                               gsize                length,
                               const char          *sheet_name,
                               GError             **error);

G_END_DECLS

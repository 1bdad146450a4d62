/* hg-xlsx-book.h: every worksheet of a workbook at once, with what an
 * import of a customer's form needs beyond the cells: the hidden columns
 * and the drop-down lists (data validations)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-table.h"

G_BEGIN_DECLS

/* At most this many worksheets are read; the cells of all of them count
 * against one sheet's limits together. */
#define HG_XLSX_BOOK_MAX_SHEETS      64
/* Per sheet: drop-down ranges kept, and options in one list. */
#define HG_XLSX_BOOK_MAX_VALIDATIONS 1000
#define HG_XLSX_BOOK_MAX_OPTIONS     64

/* A drop-down list over a range of cells: 0-based columns, 1-based rows,
 * first <= last, and its options as written in the list ("○,△,×"). */
typedef struct
{
  guint  first_column;
  guint  first_row;
  guint  last_column;
  guint  last_row;
  GStrv  options;
} HgXlsxValidation;

typedef struct
{
  char      *name;
  HgTable   *table;        /* as hg_xlsx_read_file() reads one sheet */
  GArray    *hidden;       /* guint pairs (first, last), 0-based columns */
  GPtrArray *validations;  /* of HgXlsxValidation, only lists given inline */
} HgXlsxBookSheet;

void       hg_xlsx_book_sheet_free        (HgXlsxBookSheet *sheet);
gboolean   hg_xlsx_book_sheet_is_hidden   (HgXlsxBookSheet *sheet,
                                           guint            column);
/* The options of the drop-down over the cell, or NULL. */
const char * const *hg_xlsx_book_sheet_get_options (HgXlsxBookSheet *sheet,
                                                    guint            column,
                                                    guint            row);

/* Every worksheet (of HgXlsxBookSheet) in the workbook's order; chart and
 * dialog sheets are left out. Damaged or hostile files fail as
 * hg_xlsx_read_memory() does. */
GPtrArray *hg_xlsx_read_book_memory (const void  *data,
                                     gsize        length,
                                     GError     **error);

G_END_DECLS

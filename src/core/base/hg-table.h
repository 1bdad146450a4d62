/* hg-table.h: rows of text cells, as read from or written to CSV and XLSX
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *rows;         /* of GStrv; rows may have different lengths */
  GArray    *source_lines; /* guint per row: CSV line or spreadsheet row, 1-based */
  /* gboolean per row: the row is one block (hg_table_add_packed_row()),
   * its texts not to be freed or replaced one by one. */
  GArray    *packed;
} HgTable;

/* One row as a reader hands it out: the cells belong to the reader and
 * stay valid until it reads the next row. */
typedef struct
{
  const char * const *cells;
  guint               n_cells;
  guint               line;    /* CSV line or spreadsheet row, 1-based */
} HgTableRow;

/* Rows made on demand, for tables too large to hold as an HgTable (600,000
 * risks are 15 million cells): appends the texts of row @row (0-based) to
 * @cells. They need to stay valid only until the next call. */
typedef void (*HgTableRowFunc) (guint      row,
                                GPtrArray *cells,
                                gpointer   user_data);

HgTable     *hg_table_new        (void);
void         hg_table_free       (HgTable    *table);
void         hg_table_add_row    (HgTable    *table,
                                  GStrv       cells,
                                  guint       source_line);
/* Takes @cells whose pointers and texts are one block, freed with
 * g_free(): a reader of 100,000 rows of 20 cells saves two million
 * allocations. */
void         hg_table_add_packed_row (HgTable *table,
                                      GStrv    cells,
                                      guint    source_line);
/* Makes row @index one that may be changed cell by cell (g_free() and
 * g_strdup()), and returns it. */
GStrv        hg_table_unpack_row (HgTable    *table,
                                  guint       index);
guint        hg_table_get_n_rows (HgTable    *table);
const char  *hg_table_get_cell   (HgTable    *table,
                                  guint       row,
                                  guint       column);
guint        hg_table_get_row_length (HgTable *table,
                                      guint    row);
guint        hg_table_get_source_line (HgTable *table,
                                       guint    row);
void         hg_table_get_row    (HgTable          *table,
                                  guint             index,
                                  HgTableRow       *row);
void         hg_table_add_copy   (HgTable          *table,
                                  const HgTableRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgTable, hg_table_free)

G_END_DECLS

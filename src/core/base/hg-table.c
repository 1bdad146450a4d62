/* hg-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-table.h"

HgTable *
hg_table_new (void)
{
  HgTable *table = g_new0 (HgTable, 1);

  table->rows = g_ptr_array_new ();
  table->source_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  table->packed = g_array_new (FALSE, FALSE, sizeof (gboolean));
  return table;
}

static void
free_row (HgTable *table,
          guint    index)
{
  GStrv cells = g_ptr_array_index (table->rows, index);

  if (g_array_index (table->packed, gboolean, index))
    g_free (cells);
  else
    g_strfreev (cells);
}

void
hg_table_free (HgTable *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; i < table->rows->len; i++)
    free_row (table, i);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->source_lines);
  g_array_unref (table->packed);
  g_free (table);
}

static void
add_row (HgTable  *table,
         GStrv     cells,
         guint     source_line,
         gboolean  packed)
{
  g_ptr_array_add (table->rows, cells);
  g_array_append_val (table->source_lines, source_line);
  g_array_append_val (table->packed, packed);
}

void
hg_table_add_row (HgTable *table,
                  GStrv    cells,
                  guint    source_line)
{
  add_row (table, cells, source_line, FALSE);
}

void
hg_table_add_packed_row (HgTable *table,
                         GStrv    cells,
                         guint    source_line)
{
  add_row (table, cells, source_line, TRUE);
}

GStrv
hg_table_unpack_row (HgTable *table,
                     guint    index)
{
  GStrv cells;

  g_return_val_if_fail (index < table->rows->len, NULL);
  cells = g_ptr_array_index (table->rows, index);
  if (g_array_index (table->packed, gboolean, index))
    {
      GStrv copy = g_strdupv (cells);

      g_free (cells);
      cells = copy;
      g_ptr_array_index (table->rows, index) = cells;
      g_array_index (table->packed, gboolean, index) = FALSE;
    }
  return cells;
}

guint
hg_table_get_n_rows (HgTable *table)
{
  return table->rows->len;
}

/* Cells past the end of a short row read as empty: spreadsheets and CSV
 * files routinely leave trailing cells out. */
const char *
hg_table_get_cell (HgTable *table,
                   guint    row,
                   guint    column)
{
  GStrv cells;

  g_return_val_if_fail (row < table->rows->len, "");
  cells = g_ptr_array_index (table->rows, row);
  return column < g_strv_length (cells) ? cells[column] : "";
}

guint
hg_table_get_row_length (HgTable *table,
                         guint    row)
{
  g_return_val_if_fail (row < table->rows->len, 0);
  return g_strv_length (g_ptr_array_index (table->rows, row));
}

guint
hg_table_get_source_line (HgTable *table,
                          guint    row)
{
  g_return_val_if_fail (row < table->rows->len, 0);
  return g_array_index (table->source_lines, guint, row);
}

/* Row @index as a reader hands rows out; valid while the table is. */
void
hg_table_get_row (HgTable    *table,
                  guint       index,
                  HgTableRow *row)
{
  GStrv cells;

  g_return_if_fail (index < table->rows->len);
  cells = g_ptr_array_index (table->rows, index);
  row->cells = (const char * const *) cells;
  row->n_cells = g_strv_length (cells);
  row->line = g_array_index (table->source_lines, guint, index);
}

/* Appends a copy of @row, which a reader will overwrite. */
void
hg_table_add_copy (HgTable          *table,
                   const HgTableRow *row)
{
  GStrv cells = g_new (char *, row->n_cells + 1);

  for (guint i = 0; i < row->n_cells; i++)
    cells[i] = g_strdup (row->cells[i]);
  cells[row->n_cells] = NULL;
  hg_table_add_row (table, cells, row->line);
}

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

  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->source_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  return table;
}

void
hg_table_free (HgTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_array_unref (table->source_lines);
  g_free (table);
}

void
hg_table_add_row (HgTable *table,
                  GStrv    cells,
                  guint    source_line)
{
  g_ptr_array_add (table->rows, cells);
  g_array_append_val (table->source_lines, source_line);
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

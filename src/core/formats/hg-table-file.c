/* hg-table-file.c
 *
 * Every register's export offers the same two formats from one file name;
 * the exporters build their rows once and leave the choice here, so the
 * CSV's header and the sheet's header cannot drift apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-table-file"

#include "config.h"

#include "hg-csv.h"
#include "hg-table-file.h"

gboolean
hg_table_file_write (const char          *path,
                     const char          *sheet_name,
                     const HgXlsxColumn  *columns,
                     guint                n_columns,
                     HgTable             *body,
                     GError             **error)
{
  g_autoptr(HgTable) table = NULL;
  GStrv header;

  if (g_str_has_suffix (path, ".xlsx") || g_str_has_suffix (path, ".XLSX"))
    return hg_xlsx_write_file (path, sheet_name, columns, n_columns, body, error);

  table = hg_table_new ();
  header = g_new0 (char *, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    header[c] = g_strdup (columns[c].header);
  hg_table_add_row (table, header, 1);
  for (guint r = 0; r < hg_table_get_n_rows (body); r++)
    hg_table_add_row (table, g_strdupv (g_ptr_array_index (body->rows, r)), r + 2);
  return hg_csv_write_file (path, table, error);
}

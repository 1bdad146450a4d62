/* hg-law-export.c
 *
 * One row a law, in the rules' order, so the sheet reads like the rules'
 * list; the column "Yearly check" says "Check due" where it is owed, for
 * an auditor to filter on. Names of watchers are typed by users: the CSV
 * writer keeps a text such as "=HYPERLINK(…)" from being run as a formula
 * (hg_table_file_write()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-law"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-law.h"
#include "hg-law-export.h"
#include "hg-table-file.h"

static const HgXlsxColumn columns[] = {
  { N_("Law"), HG_XLSX_COLUMN_TEXT, 36 },
  { N_("Why it applies"), HG_XLSX_COLUMN_TEXT, 44 },
  { N_("Watched by"), HG_XLSX_COLUMN_TEXT, 16 },
  { N_("Last checked"), HG_XLSX_COLUMN_DATE, 12 },
  { N_("Checked by"), HG_XLSX_COLUMN_TEXT, 16 },
  { N_("Yearly check"), HG_XLSX_COLUMN_TEXT, 10 },
  { N_("Id"), HG_XLSX_COLUMN_TEXT, 24 },
};

static GStrv
law_row (const HgLaw *law,
         const GDate *today)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();

  g_strv_builder_add (row, law->name);
  g_strv_builder_add (row, law->reason);
  g_strv_builder_add (row, law->watcher ? law->watcher : "");
  g_strv_builder_add (row, law->checked ? law->checked : "");
  g_strv_builder_add (row, law->checked_by ? law->checked_by : "");
  /* Translators: in the column "Yearly check" of the exported laws */
  g_strv_builder_add (row, hg_law_check_is_due (law, today) ? _("Check due") : "");
  g_strv_builder_add (row, law->id);
  return g_strv_builder_end (row);
}

HgTable *
hg_law_export_table (GPtrArray   *laws,
                     const GDate *today)
{
  HgTable *table = hg_table_new ();
  GStrv header = g_new0 (char *, G_N_ELEMENTS (columns) + 1);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    header[c] = g_strdup (_(columns[c].header));
  hg_table_add_row (table, header, 1);
  for (guint i = 0; i < laws->len; i++)
    hg_table_add_row (table, law_row (g_ptr_array_index (laws, i), today), i + 2);
  return table;
}

gboolean
hg_law_export (HgWorkbook  *workbook,
               HgPack      *pack,
               const char  *path,
               const GDate *today,
               GError     **error)
{
  g_autoptr(GPtrArray) laws = NULL;
  g_autoptr(HgTable) body = NULL;
  HgXlsxColumn xlsx[G_N_ELEMENTS (columns)];

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  laws = hg_law_list (workbook, pack, error);
  if (laws == NULL)
    return FALSE;
  body = hg_table_new ();
  for (guint i = 0; i < laws->len; i++)
    hg_table_add_row (body, law_row (g_ptr_array_index (laws, i), today), i + 2);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      xlsx[c] = columns[c];
      xlsx[c].header = _(columns[c].header);
    }
  /* Translators: the name of the sheet in an exported Excel workbook */
  return hg_table_file_write (path, _("List of Laws"), xlsx, G_N_ELEMENTS (xlsx), body, error);
}

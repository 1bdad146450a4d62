/* hg-carryout-export.c
 *
 * One row a record, in the order of the log (newest out first), with a
 * column that says "Overdue" in words so an auditor can filter the sheet
 * for it. The asset is given by number and name: the number finds it in
 * the register's own export, the name is what a reader looks for. The CSV
 * writer keeps texts such as "=HYPERLINK(…)" from being run as formulas
 * (hg_csv_append_row()): what was taken out and the notes are typed by
 * anyone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-carryout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-asset-store.h"
#include "hg-carryout-export.h"
#include "hg-carryout.h"
#include "hg-csv.h"
#include "hg-local-time.h"
#include "hg-xlsx.h"

static const struct
{
  const char *header;
  double      width;
} columns[] = {
  { N_("No."), 6 },
  { N_("What was taken out"), 30 },
  { N_("Kind"), 14 },
  { N_("Asset in the register"), 24 },
  { N_("Taken out by"), 14 },
  { N_("Approved by"), 14 },
  { N_("Out at"), 17 },
  { N_("Due back"), 17 },
  { N_("Back at"), 17 },
  { N_("Overdue"), 10 },
  { N_("Note"), 30 },
};

static GStrv
carryout_row (HgWorkbook       *workbook,
              const HgCarryout *c,
              GDateTime        *now)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, c->id);
  g_autofree char *name = c->asset > 0 ? hg_asset_store_get_name (workbook, c->asset) : NULL;
  g_autofree char *asset = c->asset > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT " %s", c->asset,
                                                           name ? name : "")
                                        : g_strdup ("");
  g_autofree char *out = hg_local_time_format (c->out_at);
  g_autofree char *due = hg_local_time_format (c->due_at);
  g_autofree char *back = c->back_at ? hg_local_time_format (c->back_at) : g_strdup ("");

  g_strv_builder_add (row, id);
  g_strv_builder_add (row, c->item);
  g_strv_builder_add (row, hg_carryout_medium_get_label (c->medium));
  g_strv_builder_add (row, g_strchomp (asset));
  g_strv_builder_add (row, c->person);
  g_strv_builder_add (row, c->approved_by);
  g_strv_builder_add (row, out);
  g_strv_builder_add (row, due);
  g_strv_builder_add (row, back);
  g_strv_builder_add (row, hg_carryout_is_overdue (c, now) ? _("Overdue") : "");
  g_strv_builder_add (row, c->note);
  return g_strv_builder_end (row);
}

/* Adds the records to @table, as spreadsheet rows 2, 3 …; returns it. */
static HgTable *
add_rows (HgTable    *table,
          HgWorkbook *workbook,
          GPtrArray  *carryouts,
          GDateTime  *now)
{
  for (guint i = 0; i < carryouts->len; i++)
    hg_table_add_row (table, carryout_row (workbook, g_ptr_array_index (carryouts, i), now), i + 2);
  return table;
}

HgTable *
hg_carryout_export_table (HgWorkbook *workbook,
                          GPtrArray  *carryouts,
                          GDateTime  *now)
{
  HgTable *table = hg_table_new ();
  GStrv header = g_new0 (char *, G_N_ELEMENTS (columns) + 1);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    header[c] = g_strdup (_(columns[c].header));
  hg_table_add_row (table, header, 1);
  return add_rows (table, workbook, carryouts, now);
}

gboolean
hg_carryout_export (HgWorkbook  *workbook,
                    const char  *path,
                    GDateTime   *now,
                    GError     **error)
{
  g_autoptr(GPtrArray) carryouts = NULL;
  g_autoptr(HgTable) table = NULL;
  HgXlsxColumn xlsx[G_N_ELEMENTS (columns)];

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if ((carryouts = hg_carryout_list (workbook, error)) == NULL)
    return FALSE;
  if (!g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".XLSX"))
    {
      table = hg_carryout_export_table (workbook, carryouts, now);
      return hg_csv_write_file (path, table, error);
    }
  /* The Excel writer takes the header as columns, the records apart. */
  table = add_rows (hg_table_new (), workbook, carryouts, now);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    xlsx[c] = (HgXlsxColumn) { _(columns[c].header),
                               c == 0 ? HG_XLSX_COLUMN_NUMBER : HG_XLSX_COLUMN_TEXT,
                               columns[c].width };
  /* Translators: the name of the sheet in an exported Excel workbook */
  return hg_xlsx_write_file (path, _("Carry-out log"), xlsx, G_N_ELEMENTS (columns), table, error);
}

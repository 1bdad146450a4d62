/* hg-service-export.c
 *
 * One row a service, in the order of the list. Each checklist item gets a
 * column of its own ("Yes" or "No", then the note), so that an auditor can
 * filter the sheet for the services that miss one. The CSV writer keeps
 * texts such as "=HYPERLINK(…)" from being run as formulas
 * (hg_csv_append_row()): names and notes come from providers' documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-csv.h"
#include "hg-service-export.h"
#include "hg-service.h"
#include "hg-xlsx.h"

typedef struct
{
  const char *header;
  double      width;
} Column;

/* The checklist's columns come after these, then end_columns. */
static const Column columns[] = {
  { N_("No."), 6 },
  { N_("Service or contractor"), 30 },
  { N_("Kind"), 14 },
  { N_("Department using it"), 16 },
  { N_("Information handled"), 30 },
  { N_("Approved by"), 14 },
  { N_("Approved on"), 12 },
  { N_("Next review"), 12 },
  { N_("Review overdue"), 10 },
};

static const Column end_columns[] = {
  { N_("Contract ended on"), 12 },
  { N_("Information returned"), 10 },
  { N_("Information deleted"), 10 },
  { N_("Deletion certified"), 10 },
  { N_("Note at the end"), 30 },
  { N_("Note"), 30 },
};

#define N_COLUMNS (G_N_ELEMENTS (columns) + HG_SERVICE_N_CHECKS + G_N_ELEMENTS (end_columns))

static const char *
yes_no (gboolean yes)
{
  return yes ? _("Yes") : _("No");
}

static GStrv
service_row (const HgService *s,
             const GDate     *today)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
  g_autoptr(GString) assets = g_string_new (NULL);

  for (guint i = 0; i < s->asset_names->len; i++)
    g_string_append_printf (assets, "%s%s", i ? "\n" : "",
                            (char *) g_ptr_array_index (s->asset_names, i));
  g_strv_builder_add (row, id);
  g_strv_builder_add (row, s->name);
  g_strv_builder_add (row, hg_service_kind_get_label (s->kind));
  g_strv_builder_add (row, s->department);
  g_strv_builder_add (row, assets->str);
  g_strv_builder_add (row, s->approved_by);
  g_strv_builder_add (row, s->approved_on);
  g_strv_builder_add (row, s->next_review);
  g_strv_builder_add (row, hg_service_review_is_overdue (s, today) ? _("Overdue") : "");
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    {
      g_autofree char *cell = *s->checks[i].note != '\0'
                              ? g_strdup_printf ("%s: %s", yes_no (s->checks[i].ok),
                                                 s->checks[i].note)
                              : g_strdup (yes_no (s->checks[i].ok));

      g_strv_builder_add (row, cell);
    }
  g_strv_builder_add (row, s->ended ? s->ended : "");
  g_strv_builder_add (row, s->ended ? yes_no (s->end_returned) : "");
  g_strv_builder_add (row, s->ended ? yes_no (s->end_deleted) : "");
  g_strv_builder_add (row, s->ended ? yes_no (s->end_proof) : "");
  g_strv_builder_add (row, s->end_note);
  g_strv_builder_add (row, s->note);
  return g_strv_builder_end (row);
}

static void
headers (HgXlsxColumn *xlsx)
{
  guint c = 0;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++, c++)
    xlsx[c] = (HgXlsxColumn) { _(columns[i].header),
                               c == 0 ? HG_XLSX_COLUMN_NUMBER
                               : c == 6 || c == 7 ? HG_XLSX_COLUMN_DATE : HG_XLSX_COLUMN_TEXT,
                               columns[i].width };
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++, c++)
    xlsx[c] = (HgXlsxColumn) { hg_service_check_get_label (i), HG_XLSX_COLUMN_TEXT, 24 };
  for (guint i = 0; i < G_N_ELEMENTS (end_columns); i++, c++)
    xlsx[c] = (HgXlsxColumn) { _(end_columns[i].header),
                               i == 0 ? HG_XLSX_COLUMN_DATE : HG_XLSX_COLUMN_TEXT,
                               end_columns[i].width };
}

HgTable *
hg_service_export_table (GPtrArray   *services,
                         const GDate *today)
{
  HgTable *table = hg_table_new ();
  GStrv header = g_new0 (char *, N_COLUMNS + 1);
  HgXlsxColumn xlsx[N_COLUMNS];

  headers (xlsx);
  for (guint c = 0; c < N_COLUMNS; c++)
    header[c] = g_strdup (xlsx[c].header);
  hg_table_add_row (table, header, 1);
  for (guint i = 0; i < services->len; i++)
    hg_table_add_row (table, service_row (g_ptr_array_index (services, i), today), i + 2);
  return table;
}

gboolean
hg_service_export (HgWorkbook  *workbook,
                   const char  *path,
                   const GDate *today,
                   GError     **error)
{
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(HgTable) body = NULL;
  HgXlsxColumn xlsx[N_COLUMNS];

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  services = hg_service_list (workbook, error);
  if (services == NULL)
    return FALSE;
  table = hg_service_export_table (services, today);
  if (!g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".XLSX"))
    return hg_csv_write_file (path, table, error);

  /* The Excel writer takes the header apart from the rows. */
  body = hg_table_new ();
  for (guint r = 1; r < hg_table_get_n_rows (table); r++)
    hg_table_add_row (body, g_strdupv (g_ptr_array_index (table->rows, r)), r + 1);
  headers (xlsx);
  /* Translators: the name of the sheet in an exported Excel workbook */
  return hg_xlsx_write_file (path, _("External services"), xlsx, N_COLUMNS, body, error);
}

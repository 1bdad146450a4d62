/* hg-incident-export.c
 *
 * One row an incident, in the order of the list (open ones first). The
 * steps get a column each with their time and who, so a customer's
 * auditor can see from the sheet alone how fast each step came. The CSV
 * writer keeps texts such as "=HYPERLINK(…)" from being run as formulas
 * (hg_csv_append_row()), which matters here: titles and notes are typed
 * from what outsiders wrote.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-csv.h"
#include "hg-incident-deadline.h"
#include "hg-incident-export.h"
#include "hg-incident.h"
#include "hg-local-time.h"
#include "hg-xlsx.h"

typedef struct
{
  const char *header;
  double      width;
} Column;

static const Column columns[] = {
  { N_("No."), 6 },
  { N_("Title"), 30 },
  { N_("Detected at"), 17 },
  { N_("Detected by"), 14 },
  { N_("How it was detected"), 30 },
  { N_("Kind"), 16 },
  { N_("Category"), 20 },
  { N_("Severity"), 10 },
  { N_("Personal information"), 10 },
  { N_("Status"), 12 },
  { N_("Reported"), 24 },
  { N_("Contained"), 24 },
  { N_("Recovered"), 24 },
  { N_("Closed"), 24 },
  { N_("Affected assets"), 30 },
  { N_("Next deadline"), 36 },
  { N_("Notifications"), 40 },
  { N_("What happened"), 40 },
  { N_("Cause"), 30 },
  { N_("Impact"), 30 },
  { N_("Actions taken"), 40 },
  { N_("Lessons learned"), 40 },
};

static char *
step_cell (const HgIncidentStepRecord *step)
{
  g_autofree char *at = NULL;

  if (step->at == NULL)
    return g_strdup ("");
  at = hg_local_time_format (step->at);
  return g_strdup_printf ("%s %s", at, step->person);
}

static char *
deadline_line (const HgIncidentDeadline *deadline,
               GDateTime                *now)
{
  g_autofree char *due = g_date_time_format (deadline->due, "%Y-%m-%d %H:%M");
  g_autofree char *state = hg_incident_deadline_describe (deadline, now);

  /* Translators: one deadline: recipient, due date and time, how it stands */
  return g_strdup_printf (_("%s by %s (%s)"), deadline->kind == HG_INCIDENT_NOTICE_PPC_PROMPT
                                               || deadline->kind == HG_INCIDENT_NOTICE_PPC_FINAL
                                               ? hg_incident_notice_kind_get_label (deadline->kind)
                                               : deadline->recipient, due, state);
}

static GStrv
incident_row (const HgIncident *incident,
              GDateTime        *now)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr(GPtrArray) deadlines = hg_incident_deadlines (incident, now);
  HgIncidentDeadline *next = hg_incident_deadlines_next (deadlines);
  g_autoptr(GString) notices = g_string_new (NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, incident->id);
  g_autofree char *detected = hg_local_time_format (incident->detected);
  g_autoptr(GString) assets = g_string_new (NULL);
  g_autofree char *next_text = next ? deadline_line (next, now) : g_strdup ("");

  for (guint i = 0; i < deadlines->len; i++)
    {
      g_autofree char *line = deadline_line (g_ptr_array_index (deadlines, i), now);

      g_string_append_printf (notices, "%s%s", i ? "\n" : "", line);
    }
  for (guint i = 0; i < incident->asset_names->len; i++)
    g_string_append_printf (assets, "%s%s", i ? "\n" : "",
                            (char *) g_ptr_array_index (incident->asset_names, i));

  g_strv_builder_add (row, id);
  g_strv_builder_add (row, incident->title);
  g_strv_builder_add (row, detected);
  g_strv_builder_add (row, incident->detected_by);
  g_strv_builder_add (row, incident->detected_how);
  g_strv_builder_add (row, hg_incident_kind_get_label (incident->kind));
  g_strv_builder_add (row, hg_incident_category_get_label (incident->category));
  g_strv_builder_add (row, hg_incident_level_get_label (incident->level));
  g_strv_builder_add (row, incident->personal_data ? _("Yes") : _("No"));
  g_strv_builder_add (row, hg_incident_step_get_label (hg_incident_get_status (incident)));
  for (guint s = HG_INCIDENT_REPORTED; s < HG_INCIDENT_N_STEPS; s++)
    {
      g_autofree char *cell = step_cell (&incident->steps[s]);

      g_strv_builder_add (row, cell);
    }
  g_strv_builder_add (row, assets->str);
  g_strv_builder_add (row, next_text);
  g_strv_builder_add (row, notices->str);
  g_strv_builder_add (row, incident->description);
  g_strv_builder_add (row, incident->cause);
  g_strv_builder_add (row, incident->impact);
  g_strv_builder_add (row, incident->actions);
  g_strv_builder_add (row, incident->lessons);
  return g_strv_builder_end (row);
}

HgTable *
hg_incident_export_table (GPtrArray *incidents,
                          GDateTime *now)
{
  HgTable *table = hg_table_new ();
  GStrv header = g_new0 (char *, G_N_ELEMENTS (columns) + 1);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    header[c] = g_strdup (_(columns[c].header));
  hg_table_add_row (table, header, 1);
  for (guint i = 0; i < incidents->len; i++)
    hg_table_add_row (table, incident_row (g_ptr_array_index (incidents, i), now), i + 2);
  return table;
}

gboolean
hg_incident_export (HgWorkbook  *workbook,
                    const char  *path,
                    GDateTime   *now,
                    GError     **error)
{
  g_autoptr(GPtrArray) incidents = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(HgTable) body = NULL;
  HgXlsxColumn xlsx[G_N_ELEMENTS (columns)];

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  incidents = hg_incident_list (workbook, error);
  if (incidents == NULL)
    return FALSE;
  table = hg_incident_export_table (incidents, now);
  if (!g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".XLSX"))
    return hg_csv_write_file (path, table, error);

  /* The Excel writer takes the header apart from the rows. */
  body = hg_table_new ();
  for (guint r = 1; r < hg_table_get_n_rows (table); r++)
    hg_table_add_row (body, g_strdupv (g_ptr_array_index (table->rows, r)), r + 1);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    xlsx[c] = (HgXlsxColumn) { _(columns[c].header),
                               c == 0 ? HG_XLSX_COLUMN_NUMBER : HG_XLSX_COLUMN_TEXT,
                               columns[c].width };
  /* Translators: the name of the sheet in an exported Excel workbook */
  return hg_xlsx_write_file (path, _("Incidents"), xlsx, G_N_ELEMENTS (columns), body, error);
}

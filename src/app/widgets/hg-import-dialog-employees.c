/* hg-import-dialog-employees.c: the import preview of a staff list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date.h"
#include "hg-import-dialog.h"

static gboolean
apply_cb (HgWorkbook  *workbook,
          gpointer     import,
          GError     **error)
{
  return hg_employee_import_apply (workbook, import, error);
}

/* "Line 3 · add · 製造部 · hired 2024-04-01 · Active" */
static char *
describe (const HgEmployeeImportRow *row)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *line = g_strdup_printf (_("Line %u"), row->line);

  g_strv_builder_add (parts, line);
  g_strv_builder_add (parts, row->person_id > 0 ? _("update") : _("add"));
  if (row->department != NULL)
    g_strv_builder_add (parts, row->department);
  if (row->employment->position[0] != '\0')
    g_strv_builder_add (parts, row->employment->position);
  if (row->employment->hired_on[0] != '\0')
    {
      /* Translators: in an import preview, e.g. "hired 2024-04-01" */
      g_autofree char *date = hg_date_format (row->employment->hired_on, HG_DATE_STYLE_LONG);
      g_autofree char *hired = g_strdup_printf (_("hired %s"), date);
      g_strv_builder_add (parts, hired);
    }
  g_strv_builder_add (parts, hg_employee_status_label (row->employment->status));
  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

GtkWidget *
hg_import_dialog_new_for_employees (HgWorkbook       *workbook,
                                    HgEmployeeImport *import,
                                    const char       *path)
{
  g_auto(GStrv) unknown = hg_employee_import_get_unknown_columns (import);
  g_auto(GStrv) new_departments = hg_employee_import_get_new_departments (import);
  g_autofree char *summary =
    g_strdup_printf (_("%u people will be added and %u updated, as one step that Undo can take "
                       "back. Empty cells leave what is already known."),
                     hg_employee_import_get_n_add (import),
                     hg_employee_import_get_n_update (import));
  HgImportDialog *self;

  self = HG_IMPORT_DIALOG (hg_import_dialog_new (workbook, _("Import Employees"), path,
                                                 hg_employee_import_get_problems (import),
                                                 hg_employee_import_get_n_problems (import),
                                                 summary, apply_cb, import,
                                                 (GDestroyNotify) hg_employee_import_free));
  hg_import_dialog_add_note (self, _("New departments will be added"), new_departments);
  hg_import_dialog_add_note (self, _("These columns are not part of the staff list and are left "
                                     "out"), unknown);
  for (guint i = 0; i < hg_employee_import_get_n_rows (import); i++)
    {
      const HgEmployeeImportRow *row = hg_employee_import_get_row (import, i);
      g_autofree char *subtitle = describe (row);

      hg_import_dialog_add_row (self, row->name[0] ? row->name : _("(no name)"), subtitle);
    }
  return GTK_WIDGET (self);
}

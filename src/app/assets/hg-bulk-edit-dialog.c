/* hg-bulk-edit-dialog.c
 *
 * Every field starts at "Keep": only what the user changes is applied, to
 * all the selected assets, as one undoable step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-bulk-edit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-form.h"
#include "hg-db.h"

struct _HgBulkEditDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  GArray           *ids;
  AdwComboRow      *department_row;
  AdwComboRow      *medium_row;
  AdwComboRow      *level_rows[3];
  GArray           *department_ids;  /* position → value; -1 keep, 0 none */
  GArray           *medium_ids;
};

G_DEFINE_FINAL_TYPE (HgBulkEditDialog, hg_bulk_edit_dialog, ADW_TYPE_MESSAGE_DIALOG)

static AdwComboRow *
named_row (HgBulkEditDialog *self,
           GtkListBox       *list,
           const char       *title,
           const char       *none,
           const char       *sql,
           GArray           *ids)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (self->workbook), sql, NULL);
  gint64 keep = -1, clear = 0;

  gtk_string_list_append (names, _("Keep as it is"));
  g_array_append_val (ids, keep);
  gtk_string_list_append (names, none);
  g_array_append_val (ids, clear);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      gtk_string_list_append (names, (const char *) sqlite3_column_text (stmt, 1));
      g_array_append_val (ids, id);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static void
hg_bulk_edit_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  HgBulkEditDialog *self = HG_BULK_EDIT_DIALOG (dialog);
  HgAssetBulkEdit edit = HG_ASSET_BULK_EDIT_INIT;
  g_autoptr(GError) error = NULL;
  int *levels[3] = { &edit.confidentiality, &edit.integrity, &edit.availability };

  if (g_strcmp0 (response, "apply") != 0)
    return;

  edit.department_id = g_array_index (self->department_ids, gint64,
                                      adw_combo_row_get_selected (self->department_row));
  edit.medium_id = g_array_index (self->medium_ids, gint64,
                                  adw_combo_row_get_selected (self->medium_row));
  for (guint i = 0; i < 3; i++)
    {
      guint position = adw_combo_row_get_selected (self->level_rows[i]);

      /* Positions: 0 keep, then 3, 2, 1. */
      *levels[i] = position == 0 ? -1 : (int) (4 - position);
    }

  if (!hg_asset_store_bulk_edit (self->workbook, (gint64 *) self->ids->data, self->ids->len,
                                 &edit, &error))
    hg_form_report_save_error (ADW_MESSAGE_DIALOG (self), error);
}

static void
hg_bulk_edit_dialog_dispose (GObject *object)
{
  HgBulkEditDialog *self = (HgBulkEditDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->medium_ids, g_array_unref);

  G_OBJECT_CLASS (hg_bulk_edit_dialog_parent_class)->dispose (object);
}

static void
hg_bulk_edit_dialog_class_init (HgBulkEditDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_bulk_edit_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_bulk_edit_dialog_response;
}

static void
hg_bulk_edit_dialog_init (HgBulkEditDialog *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->medium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

GtkWidget *
hg_bulk_edit_dialog_new (HgWorkbook   *workbook,
                         const gint64 *ids,
                         guint         n_ids)
{
  HgBulkEditDialog *self;
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Edit %u Asset",
                                                           "Edit %u Assets", n_ids), n_ids);

  self = g_object_new (HG_TYPE_BULK_EDIT_DIALOG,
                       "heading", heading,
                       "body", _("Only the fields you change are applied to every selected "
                                 "asset. Undo takes the whole change back."),
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (self->ids, ids, n_ids);

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_widget_set_size_request (GTK_WIDGET (list), 380, -1);
  self->department_row = named_row (self, list, _("Department"), _("No department"),
                                    "SELECT id, name FROM department ORDER BY position, id",
                                    self->department_ids);
  gtk_widget_set_name (GTK_WIDGET (self->department_row), "department-row");
  self->medium_row = named_row (self, list, _("Medium or storage place"), _("Not set"),
                                "SELECT id, name FROM medium ORDER BY position, id",
                                self->medium_ids);
  for (guint axis = 0; axis < 3; axis++)
    {
      const char *choices[] = { _("Keep as it is"), "3", "2", "1", NULL };

      g_autofree char *name = g_strdup_printf ("level-row-%u", axis);

      self->level_rows[axis] = ADW_COMBO_ROW (adw_combo_row_new ());
      gtk_widget_set_name (GTK_WIDGET (self->level_rows[axis]), name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->level_rows[axis]),
                                     hg_asset_axis_label (axis));
      adw_combo_row_set_model (self->level_rows[axis],
                               G_LIST_MODEL (gtk_string_list_new (choices)));
      g_object_unref (adw_combo_row_get_model (self->level_rows[axis]));
      gtk_list_box_append (list, GTK_WIDGET (self->level_rows[axis]));
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), GTK_WIDGET (list));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Apply"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  return GTK_WIDGET (self);
}

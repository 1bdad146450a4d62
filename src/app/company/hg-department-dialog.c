/* hg-department-dialog.c: add or rename a department
 *
 * The Add button stays insensitive while the name is invalid, with the
 * reason shown under the field: the dialog can never submit bad input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-department-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-department.h"
#include "hg-department-dialog.h"
#include "hg-form.h"

struct _HgDepartmentDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            department_id;
  AdwEntryRow      *name_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgDepartmentDialog, hg_department_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
validate (HgDepartmentDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *problem = hg_department_validate_name (self->workbook, text, self->department_id);
  gboolean empty = text[0] == '\0';

  /* An empty field at the start is not an error yet, just not submittable. */
  hg_form_show_problem (self->problem_label, empty ? NULL : problem);
  if (problem && !empty)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", problem == NULL);
}

static void
submit (HgDepartmentDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->department_id > 0)
    ok = hg_department_rename (self->workbook, self->department_id, text, &error);
  else
    ok = hg_department_add (self->workbook, text, &error) > 0;

  if (!ok)
    hg_form_report_save_error (ADW_MESSAGE_DIALOG (self), error);
}

static void
hg_department_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  if (g_strcmp0 (response, "save") == 0)
    submit (HG_DEPARTMENT_DIALOG (dialog));
}

static void
hg_department_dialog_dispose (GObject *object)
{
  HgDepartmentDialog *self = (HgDepartmentDialog *) object;

  g_clear_object (&self->workbook);

  G_OBJECT_CLASS (hg_department_dialog_parent_class)->dispose (object);
}

static void
hg_department_dialog_class_init (HgDepartmentDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_department_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_department_dialog_response;
}

static void
hg_department_dialog_init (HgDepartmentDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkListBox *list = hg_form_boxed_list_new ();

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Department name"));
  hg_form_set_max_length (self->name_row, HG_DEPARTMENT_NAME_MAX);
  gtk_list_box_append (list, GTK_WIDGET (self->name_row));

  self->problem_label = hg_form_problem_label_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "caption");

  gtk_widget_set_size_request (box, 340, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  hg_form_add_save_responses (ADW_MESSAGE_DIALOG (self));

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->name_row, "entry-activated",
                            G_CALLBACK (hg_form_save_if_allowed), self);
}

GtkWidget *
hg_department_dialog_new (HgWorkbook *workbook,
                          gint64      department_id)
{
  HgDepartmentDialog *self;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  self = g_object_new (HG_TYPE_DEPARTMENT_DIALOG,
                       "heading", department_id > 0 ? _("Rename Department") : _("Add Department"),
                       "body", _("Use the name the company uses every day."),
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->department_id = department_id;

  if (department_id > 0)
    {
      g_autoptr(GPtrArray) all = hg_department_list (workbook);

      for (guint i = 0; i < all->len; i++)
        if (((HgDepartment *) g_ptr_array_index (all, i))->id == department_id)
          gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                                 ((HgDepartment *) g_ptr_array_index (all, i))->name);
    }
  if (department_id == 0)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}

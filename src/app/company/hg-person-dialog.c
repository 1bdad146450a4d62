/* hg-person-dialog.c: add or edit a person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-department.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-person.h"
#include "hg-person-dialog.h"

struct _HgPersonDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            person_id;
  GArray           *department_ids; /* combo position → department id */

  AdwEntryRow      *name_row;
  AdwEntryRow      *email_row;
  AdwEntryRow      *phone_row;
  AdwComboRow      *department_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgPersonDialog, hg_person_dialog, ADW_TYPE_MESSAGE_DIALOG)

static gboolean
check_row (AdwEntryRow   *row,
           HgPersonField  field,
           const char    *label,
           GString       *problems)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  const char *problem = hg_person_validate (field, text);
  /* The empty name of a new person is not flagged until typed in. */
  gboolean show = problem != NULL && !(field == HG_PERSON_FIELD_NAME && text[0] == '\0');

  hg_form_mark_row (GTK_WIDGET (row), label, show ? problem : NULL, problems);
  return problem == NULL;
}

static void
validate (HgPersonDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  gboolean ok = TRUE;

  ok &= check_row (self->name_row, HG_PERSON_FIELD_NAME, _("Name"), problems);
  ok &= check_row (self->email_row, HG_PERSON_FIELD_EMAIL, _("E-mail"), problems);
  ok &= check_row (self->phone_row, HG_PERSON_FIELD_PHONE, _("Phone"), problems);

  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);
}

static void
submit (HgPersonDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->department_row);
  gint64 department = selected < self->department_ids->len
                      ? g_array_index (self->department_ids, gint64, selected) : 0;
  g_autoptr(HgPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  person = hg_person_new (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), department,
                          gtk_editable_get_text (GTK_EDITABLE (self->email_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));
  person->id = self->person_id;

  if (self->person_id > 0)
    ok = hg_person_update (self->workbook, person, &error);
  else
    ok = hg_person_add (self->workbook, person, &error) > 0;
  if (!ok)
    hg_form_report_save_error (ADW_MESSAGE_DIALOG (self), error);
}

static void
hg_person_dialog_response (AdwMessageDialog *dialog,
                           const char       *response)
{
  if (g_strcmp0 (response, "save") == 0)
    submit (HG_PERSON_DIALOG (dialog));
}

static AdwEntryRow *
add_entry (HgPersonDialog *self,
           GtkListBox     *list,
           const char     *title,
           GtkInputPurpose purpose)
{
  AdwEntryRow *row = hg_form_entry_row_new (list, title, ADW_MESSAGE_DIALOG (self),
                                            G_CALLBACK (validate));

  adw_entry_row_set_input_purpose (row, purpose);
  return row;
}

static void
hg_person_dialog_dispose (GObject *object)
{
  HgPersonDialog *self = (HgPersonDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (hg_person_dialog_parent_class)->dispose (object);
}

static void
hg_person_dialog_class_init (HgPersonDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_person_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_person_dialog_response;
}

static void
hg_person_dialog_init (HgPersonDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkListBox *list = hg_form_boxed_list_new ();

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->name_row = add_entry (self, list, _("Name"), GTK_INPUT_PURPOSE_NAME);
  self->department_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->department_row), _("Department"));
  gtk_list_box_append (list, GTK_WIDGET (self->department_row));
  self->email_row = add_entry (self, list, _("E-mail"), GTK_INPUT_PURPOSE_EMAIL);
  self->phone_row = add_entry (self, list, _("Phone"), GTK_INPUT_PURPOSE_PHONE);
  hg_form_set_max_length (self->name_row, HG_PERSON_NAME_MAX);
  hg_form_set_max_length (self->email_row, HG_PERSON_EMAIL_MAX);
  hg_form_set_max_length (self->phone_row, HG_PERSON_PHONE_MAX);

  self->problem_label = hg_form_problem_label_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "caption");

  /* Wide enough for a whole e-mail address; the dialog grows with it. */
  gtk_widget_set_size_request (box, 380, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  hg_form_add_save_responses (ADW_MESSAGE_DIALOG (self));
}

GtkWidget *
hg_person_dialog_new (HgWorkbook *workbook,
                      gint64      person_id)
{
  HgPersonDialog *self;
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(HgPerson) person = NULL;
  gint64 none = 0;
  guint selected = 0;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  self = g_object_new (HG_TYPE_PERSON_DIALOG,
                       "heading", person_id > 0 ? _("Edit Person") : _("Add Person"),
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->person_id = person_id;
  if (person_id > 0)
    person = hg_person_get (workbook, person_id);

  departments = hg_department_list (workbook);
  gtk_string_list_append (names, _("No department"));
  g_array_append_val (self->department_ids, none);
  for (guint i = 0; i < departments->len; i++)
    {
      HgDepartment *d = g_ptr_array_index (departments, i);

      gtk_string_list_append (names, d->name);
      g_array_append_val (self->department_ids, d->id);
      if (person != NULL && person->department_id == d->id)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->department_row, selected);

  if (person != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), person->name);
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), person->email);
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), person->phone);
    }
  else
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}

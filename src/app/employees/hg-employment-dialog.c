/* hg-employment-dialog.c
 *
 * Save stays off while a date cannot be read or the promotion comes before
 * the hiring, with the reason under the fields. Below them, the training
 * the person attended: what the company can show an auditor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-employment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-education.h"
#include "hg-employee.h"
#include "hg-employment-dialog.h"
#include "hg-form.h"
#include "hg-person.h"

/* A history, not the training register: the newest few. */
#define MAX_HISTORY 5

struct _HgEmploymentDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            person_id;

  AdwEntryRow      *hired_row;
  AdwEntryRow      *position_row;
  AdwComboRow      *status_row;
  AdwEntryRow      *promoted_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgEmploymentDialog, hg_employment_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
validate (HgEmploymentDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  gboolean ok = TRUE;
  const char *order;

  ok &= hg_form_mark_row (GTK_WIDGET (self->hired_row), _("Hire date"),
                          hg_employment_validate (HG_EMPLOYMENT_FIELD_HIRED_ON,
                                                  text_of (self->hired_row)), problems);
  ok &= hg_form_mark_row (GTK_WIDGET (self->position_row), _("Position"),
                          hg_employment_validate (HG_EMPLOYMENT_FIELD_POSITION,
                                                  text_of (self->position_row)), problems);
  ok &= hg_form_mark_row (GTK_WIDGET (self->promoted_row), _("Promotion date"),
                          hg_employment_validate (HG_EMPLOYMENT_FIELD_PROMOTED_ON,
                                                  text_of (self->promoted_row)), problems);
  order = hg_employment_validate_dates (text_of (self->hired_row), text_of (self->promoted_row));
  if (ok && order != NULL)
    ok = hg_form_mark_row (GTK_WIDGET (self->promoted_row), _("Promotion date"), order, problems);

  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);
}

static void
hg_employment_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  HgEmploymentDialog *self = HG_EMPLOYMENT_DIALOG (dialog);
  g_autoptr(HgEmployment) employment = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  employment = hg_employment_new (text_of (self->hired_row), text_of (self->position_row),
                                  adw_combo_row_get_selected (self->status_row),
                                  text_of (self->promoted_row));
  if (!hg_employee_set_employment (self->workbook, self->person_id, employment, &error))
    hg_form_report_save_error (dialog, error);
}

static GtkWidget *
history (HgEmploymentDialog *self)
{
  g_autoptr(GPtrArray) sessions = hg_education_list_for_person (self->workbook,
                                                                self->person_id);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Training Attended"));
  GtkListBox *list = hg_form_boxed_list_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (box, 12);
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i < MIN (sessions->len, MAX_HISTORY); i++)
    {
      HgEducationSession *s = g_ptr_array_index (sessions, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->topic);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s->held_on);
      gtk_list_box_append (list, row);
    }
  if (sessions->len > MAX_HISTORY)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (_("…and %u more"), sessions->len - MAX_HISTORY);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (list, row);
    }
  if (sessions->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No training recorded for this person yet."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
  else
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  return box;
}

static void
hg_employment_dialog_dispose (GObject *object)
{
  HgEmploymentDialog *self = (HgEmploymentDialog *) object;

  g_clear_object (&self->workbook);

  G_OBJECT_CLASS (hg_employment_dialog_parent_class)->dispose (object);
}

static void
hg_employment_dialog_class_init (HgEmploymentDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_employment_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_employment_dialog_response;
}

static void
hg_employment_dialog_init (HgEmploymentDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  for (guint s = 0; s < HG_EMPLOYEE_N_STATUSES; s++)
    gtk_string_list_append (statuses, hg_employee_status_label (s));
  self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Status"));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  hg_form_add_save_responses (ADW_MESSAGE_DIALOG (self));
}

static void
build (HgEmploymentDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkListBox *list = hg_form_boxed_list_new ();
  GtkWidget *hint = gtk_label_new (_("Write dates as 2026-04-01. Whoever is promoted is taught "
                                     "the handbook again."));

  self->hired_row = hg_form_entry_row_new (list, _("Hire date"), ADW_MESSAGE_DIALOG (self),
                                           G_CALLBACK (validate));
  self->position_row = hg_form_entry_row_new (list, _("Position"), ADW_MESSAGE_DIALOG (self),
                                              G_CALLBACK (validate));
  hg_form_set_max_length (self->position_row, HG_EMPLOYEE_POSITION_MAX);
  gtk_list_box_append (list, GTK_WIDGET (self->status_row));
  self->promoted_row = hg_form_entry_row_new (list, _("Promotion date"),
                                              ADW_MESSAGE_DIALOG (self), G_CALLBACK (validate));

  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  self->problem_label = hg_form_problem_label_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "caption");

  gtk_widget_set_size_request (box, 380, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  gtk_box_append (GTK_BOX (box), history (self));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
}

GtkWidget *
hg_employment_dialog_new (HgWorkbook *workbook,
                          gint64      person_id)
{
  HgEmploymentDialog *self;
  g_autoptr(HgPerson) person = NULL;
  g_autoptr(HgEmployment) employment = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  person = hg_person_get (workbook, person_id);
  self = g_object_new (HG_TYPE_EMPLOYMENT_DIALOG,
                       "heading", _("Employment Details"),
                       "body", person ? person->name : "",
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->person_id = person_id;
  build (self);

  employment = hg_employee_get_employment (workbook, person_id);
  gtk_editable_set_text (GTK_EDITABLE (self->hired_row), employment->hired_on);
  gtk_editable_set_text (GTK_EDITABLE (self->position_row), employment->position);
  adw_combo_row_set_selected (self->status_row, employment->status);
  gtk_editable_set_text (GTK_EDITABLE (self->promoted_row), employment->promoted_on);

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->hired_row));
  return GTK_WIDGET (self);
}

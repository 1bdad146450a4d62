/* hg-training-dialog.c
 *
 * The attendees are ticked in a list of everyone still at the company (and
 * anyone already recorded as attending), so a session of the whole company
 * is "Select All" and one click per absentee.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-training-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-education.h"
#include "hg-employee.h"
#include "hg-form.h"
#include "hg-text.h"
#include "hg-training-dialog.h"

struct _HgTrainingDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            session_id;
  GPtrArray        *checks;      /* of GtkCheckButton, with "person-id" data */

  AdwEntryRow      *date_row;
  AdwEntryRow      *topic_row;
  AdwEntryRow      *material_row;
  GtkListBox       *people_list;
  GtkLabel         *count_label;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgTrainingDialog, hg_training_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static guint
count_ticked (HgTrainingDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
  return n;
}

static void
validate (HgTrainingDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *count = NULL;
  const char *topic = text_of (self->topic_row);
  const char *topic_problem = hg_education_validate (HG_EDUCATION_FIELD_TOPIC, topic);
  gboolean ok = TRUE;
  guint ticked = count_ticked (self);

  ok &= hg_form_mark_row (GTK_WIDGET (self->date_row), _("Date"),
                          hg_education_validate (HG_EDUCATION_FIELD_HELD_ON,
                                                 text_of (self->date_row)), problems);
  /* An empty topic of a new session is not flagged until typed in. */
  hg_form_mark_row (GTK_WIDGET (self->topic_row), _("Topic"), topic[0] ? topic_problem : NULL,
                    problems);
  ok &= topic_problem == NULL;
  ok &= hg_form_mark_row (GTK_WIDGET (self->material_row), _("Material"),
                          hg_education_validate (HG_EDUCATION_FIELD_MATERIAL,
                                                 text_of (self->material_row)), problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", ticked),
                           ticked);
  gtk_label_set_text (self->count_label, count);
}

static void
hg_training_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  HgTrainingDialog *self = HG_TRAINING_DIALOG (dialog);
  g_autoptr(HgEducationSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "save") != 0)
    return;
  session = hg_education_session_new (text_of (self->date_row), text_of (self->topic_row),
                                      text_of (self->material_row));
  session->id = self->session_id;
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (gtk_check_button_get_active (check))
        hg_education_session_add_attendee (session, *(gint64 *) g_object_get_data (G_OBJECT (check),
                                                                                  "person-id"));
    }
  ok = self->session_id > 0 ? hg_education_update (self->workbook, session, &error)
                            : hg_education_add (self->workbook, session, &error) > 0;
  if (!ok)
    hg_form_report_save_error (dialog, error);
}

static void
tick_all (HgTrainingDialog *self,
          gboolean          active)
{
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i), active);
}

static void
select_all_cb (HgTrainingDialog *self)
{
  tick_all (self, TRUE);
}

static void
select_none_cb (HgTrainingDialog *self)
{
  tick_all (self, FALSE);
}

static void
hg_training_dialog_dispose (GObject *object)
{
  HgTrainingDialog *self = (HgTrainingDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (hg_training_dialog_parent_class)->dispose (object);
}

static void
hg_training_dialog_class_init (HgTrainingDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_training_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_training_dialog_response;
}

static GtkWidget *
attendees_header (HgTrainingDialog *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Attendees"));
  GtkWidget *all = gtk_button_new_with_mnemonic (_("Select _All"));
  GtkWidget *none = gtk_button_new_with_mnemonic (_("Clea_r"));

  gtk_widget_add_css_class (title, "heading");
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 0);
  gtk_widget_add_css_class (all, "flat");
  gtk_widget_add_css_class (none, "flat");
  g_signal_connect_swapped (all, "clicked", G_CALLBACK (select_all_cb), self);
  g_signal_connect_swapped (none, "clicked", G_CALLBACK (select_none_cb), self);
  gtk_widget_set_margin_top (header, 12);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (header), all);
  gtk_box_append (GTK_BOX (header), none);
  return header;
}

static void
hg_training_dialog_init (HgTrainingDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkListBox *list = hg_form_boxed_list_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  g_autofree char *today = hg_text_today ();

  self->checks = g_ptr_array_new ();
  self->date_row = hg_form_entry_row_new (list, _("Date"), ADW_MESSAGE_DIALOG (self),
                                          G_CALLBACK (validate));
  self->topic_row = hg_form_entry_row_new (list, _("Topic"), ADW_MESSAGE_DIALOG (self),
                                           G_CALLBACK (validate));
  self->material_row = hg_form_entry_row_new (list, _("Material (optional)"),
                                              ADW_MESSAGE_DIALOG (self), G_CALLBACK (validate));
  hg_form_set_max_length (self->topic_row, HG_EDUCATION_TOPIC_MAX);
  hg_form_set_max_length (self->material_row, HG_EDUCATION_MATERIAL_MAX);

  /* A plain list in a frame: a boxed list's shadow would be clipped by
   * the scroller. */
  self->people_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->people_list, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->people_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Attendees"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->people_list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);

  self->problem_label = hg_form_problem_label_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "caption");
  gtk_widget_set_size_request (box, 400, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  gtk_box_append (GTK_BOX (box), attendees_header (self));
  gtk_box_append (GTK_BOX (box), frame);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
  hg_form_add_save_responses (ADW_MESSAGE_DIALOG (self));
  /* Last: setting it validates, which needs the whole form. */
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
add_person (HgTrainingDialog     *self,
            const HgEmployeeData *d,
            gboolean              ticked)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->name);
  if (d->department[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), d->department);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ticked);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  d->name, -1);
  g_object_set_data_full (G_OBJECT (check), "person-id",
                          g_memdup2 (&d->person_id, sizeof d->person_id), g_free);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (validate), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (self->people_list, row);
  g_ptr_array_add (self->checks, check);
}

/* @attendees: people to tick in a new session (the page's selection). */
GtkWidget *
hg_training_dialog_new (HgWorkbook   *workbook,
                        gint64        session_id,
                        const gint64 *attendees,
                        guint         n_attendees)
{
  HgTrainingDialog *self;
  g_autoptr(HgEducationSession) session = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) ticked = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  self = g_object_new (HG_TYPE_TRAINING_DIALOG,
                       "heading", session_id > 0 ? _("Edit Training Session")
                                                 : _("Add Training Session"),
                       "body", _("Record what was taught, when, and who attended."),
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->session_id = session_id;
  session = session_id > 0 ? hg_education_get (workbook, session_id) : NULL;
  if (session != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), session->held_on);
      gtk_editable_set_text (GTK_EDITABLE (self->topic_row), session->topic);
      gtk_editable_set_text (GTK_EDITABLE (self->material_row), session->material);
      g_array_append_vals (ticked, session->attendees->data, session->attendees->len);
    }
  else
    {
      g_array_append_vals (ticked, attendees, n_attendees);
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));
    }

  people = hg_employee_list (workbook, "", "");
  for (guint i = 0; i < people->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (people, i));
      gboolean is_ticked = contains (ticked, d->person_id);

      if (d->employment.status != HG_EMPLOYEE_LEFT || is_ticked)
        add_person (self, d, is_ticked);
    }

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_row));
  return GTK_WIDGET (self);
}

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
#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-text.h"
#include "hg-training-dialog.h"

struct _HgTrainingDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            session_id;  /* 0: a new session */
  GVariant         *attendees;   /* "ax": whom a new session starts with */
  GPtrArray        *checks;      /* of GtkCheckButton, with "person-id" data */

  /* Template widgets */
  HgDateRow        *date_row;
  AdwEntryRow      *topic_row;
  AdwEntryRow      *material_row;
  GtkListBox       *people_list;
  GtkLabel         *count_label;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgTrainingDialog, hg_training_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_SESSION_ID,
  PROP_ATTENDEES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
                                                 hg_date_row_get_value (self->date_row)), problems);
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

  /* Saving that fails keeps the dialog and everything typed in it. */
  if (g_strcmp0 (response, "save") != 0)
    {
      hg_form_finish_response (dialog, TRUE);
      return;
    }
  session = hg_education_session_new (hg_date_row_get_value (self->date_row),
                                      text_of (self->topic_row),
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
    hg_form_show_error (GTK_WINDOW (dialog), _("Could Not Save"), error->message);
  hg_form_finish_response (dialog, error == NULL);
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

/* The people are the workbook's, one row each: built here. */
static void
hg_training_dialog_constructed (GObject *object)
{
  HgTrainingDialog *self = (HgTrainingDialog *) object;
  g_autoptr(HgEducationSession) session = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) ticked = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *today = hg_text_today ();

  G_OBJECT_CLASS (hg_training_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  self->session_id > 0 ? _("Edit Training Session")
                                                       : _("Add Training Session"));
  hg_date_row_set_iso (self->date_row, today);
  session = self->session_id > 0 ? hg_education_get (self->workbook, self->session_id) : NULL;
  if (session != NULL)
    {
      hg_date_row_set_iso (self->date_row, session->held_on);
      gtk_editable_set_text (GTK_EDITABLE (self->topic_row), session->topic);
      gtk_editable_set_text (GTK_EDITABLE (self->material_row), session->material);
      g_array_append_vals (ticked, session->attendees->data, session->attendees->len);
    }
  else
    {
      if (self->attendees != NULL)
        {
          gsize n;
          const gint64 *ids = g_variant_get_fixed_array (self->attendees, &n, sizeof (gint64));

          g_array_append_vals (ticked, ids, n);
        }
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));
    }

  people = hg_employee_list (self->workbook, "", "");
  for (guint i = 0; i < people->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (people, i));
      gboolean is_ticked = contains (ticked, d->person_id);

      if (d->employment.status != HG_EMPLOYEE_LEFT || is_ticked)
        add_person (self, d, is_ticked);
    }

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_row));
}

static void
hg_training_dialog_dispose (GObject *object)
{
  HgTrainingDialog *self = (HgTrainingDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->attendees, g_variant_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_TRAINING_DIALOG);

  G_OBJECT_CLASS (hg_training_dialog_parent_class)->dispose (object);
}

static void
hg_training_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HgTrainingDialog *self = HG_TRAINING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    case PROP_ATTENDEES:
      g_value_set_variant (value, self->attendees);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_training_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HgTrainingDialog *self = HG_TRAINING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_SESSION_ID:
      self->session_id = g_value_get_int64 (value);
      break;
    case PROP_ATTENDEES:
      self->attendees = g_value_dup_variant (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_training_dialog_class_init (HgTrainingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_training_dialog_constructed;
  object_class->dispose = hg_training_dialog_dispose;
  object_class->get_property = hg_training_dialog_get_property;
  object_class->set_property = hg_training_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_training_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 adds a session; an id edits that one. */
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* People to tick in a new session (the page's selection), as ids ("ax"). */
  properties[PROP_ATTENDEES] =
    g_param_spec_variant ("attendees", NULL, NULL, G_VARIANT_TYPE ("ax"), NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-training-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgTrainingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HgTrainingDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, HgTrainingDialog, material_row);
  gtk_widget_class_bind_template_child (widget_class, HgTrainingDialog, people_list);
  gtk_widget_class_bind_template_child (widget_class, HgTrainingDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, HgTrainingDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, select_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, select_none_cb);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_training_dialog_init (HgTrainingDialog *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->topic_row, HG_EDUCATION_TOPIC_MAX);
  hg_form_set_max_length (self->material_row, HG_EDUCATION_MATERIAL_MAX);
}

/* @attendees: people to tick in a new session (the page's selection). */
GtkWidget *
hg_training_dialog_new (HgWorkbook   *workbook,
                        gint64        session_id,
                        const gint64 *attendees,
                        guint         n_attendees)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_TRAINING_DIALOG,
                       "workbook", workbook,
                       "session-id", session_id,
                       "attendees", g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, attendees,
                                                               n_attendees, sizeof (gint64)),
                       NULL);
}

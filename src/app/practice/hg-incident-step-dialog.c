/* hg-incident-step-dialog.c
 *
 * Offers the steps after the one reached, the next one chosen. Closing
 * before containment is offered too, and refused by the core with the
 * rules' reason: the user learns why, where a missing choice would only
 * puzzle. The time starts at now, as most steps are recorded when done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident-step-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-incident-edit.h"
#include "hg-incident-step-dialog.h"
#include "hg-local-time.h"
#include "hg-text.h"

struct _HgIncidentStepDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            incident_id;
  HgIncidentStep    first;          /* the step choice 0 stands for */

  /* Template widgets */
  AdwComboRow      *step_row;
  AdwEntryRow      *at_row;
  AdwEntryRow      *by_row;
  AdwEntryRow      *note_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgIncidentStepDialog, hg_incident_step_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_INCIDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
validate (HgIncidentStepDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GDateTime) at = hg_local_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->at_row)));
  g_autofree char *by = hg_text_normalize (gtk_editable_get_text (GTK_EDITABLE (self->by_row)));
  gboolean ok = TRUE;

  ok &= hg_form_mark_row (GTK_WIDGET (self->at_row),
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->at_row)),
                          at == NULL ? _("Write the date and time as 2026-12-29 23:30") : NULL,
                          problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok && by[0] != '\0');
}

gboolean
hg_incident_step_dialog_save (HgIncidentStepDialog *self)
{
  g_autoptr(GError) error = NULL;
  HgIncidentStep step = self->first + adw_combo_row_get_selected (self->step_row);

  g_return_val_if_fail (HG_IS_INCIDENT_STEP_DIALOG (self), FALSE);

  if (!hg_incident_advance (self->workbook, self->incident_id, MIN (step, HG_INCIDENT_CLOSED),
                            gtk_editable_get_text (GTK_EDITABLE (self->at_row)),
                            gtk_editable_get_text (GTK_EDITABLE (self->by_row)),
                            gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
hg_incident_step_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_incident_step_dialog_save (HG_INCIDENT_STEP_DIALOG (dialog)));
}

static void
hg_incident_step_dialog_constructed (GObject *object)
{
  HgIncidentStepDialog *self = (HgIncidentStepDialog *) object;
  g_autoptr(GtkStringList) steps = gtk_string_list_new (NULL);
  g_autoptr(HgIncident) incident = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d %H:%M");

  G_OBJECT_CLASS (hg_incident_step_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  incident = hg_incident_get (self->workbook, self->incident_id, NULL);
  self->first = incident ? MIN (hg_incident_get_status (incident) + 1, HG_INCIDENT_CLOSED)
                         : HG_INCIDENT_REPORTED;
  for (guint s = self->first; s < HG_INCIDENT_N_STEPS; s++)
    gtk_string_list_append (steps, hg_incident_step_get_label (s));
  adw_combo_row_set_model (self->step_row, G_LIST_MODEL (steps));
  if (incident != NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), incident->title);
  gtk_editable_set_text (GTK_EDITABLE (self->at_row), text);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->by_row));
}

static void
hg_incident_step_dialog_dispose (GObject *object)
{
  HgIncidentStepDialog *self = (HgIncidentStepDialog *) object;

  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_INCIDENT_STEP_DIALOG);

  G_OBJECT_CLASS (hg_incident_step_dialog_parent_class)->dispose (object);
}

static void
hg_incident_step_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HgIncidentStepDialog *self = HG_INCIDENT_STEP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_incident_step_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HgIncidentStepDialog *self = HG_INCIDENT_STEP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_INCIDENT_ID:
      self->incident_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_incident_step_dialog_class_init (HgIncidentStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_incident_step_dialog_constructed;
  object_class->dispose = hg_incident_step_dialog_dispose;
  object_class->get_property = hg_incident_step_dialog_get_property;
  object_class->set_property = hg_incident_step_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_incident_step_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-incident-step-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgIncidentStepDialog, step_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentStepDialog, at_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentStepDialog, by_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentStepDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentStepDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_incident_step_dialog_init (HgIncidentStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_form_set_max_length (self->by_row, HG_INCIDENT_PERSON_MAX);
  hg_form_set_max_length (self->note_row, HG_INCIDENT_NOTE_MAX);
}

GtkWidget *
hg_incident_step_dialog_new (HgWorkbook *workbook,
                             gint64      incident_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_INCIDENT_STEP_DIALOG, "workbook", workbook,
                       "incident-id", incident_id, NULL);
}

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

#include "hg-date.h"
#include "hg-education.h"
#include "hg-employee.h"
#include "hg-employment-dialog.h"
#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-person.h"

/* A history, not the training register: the newest few. */
#define MAX_HISTORY 5

struct _HgEmploymentDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            person_id;

  /* Template widgets */
  HgDateRow        *hired_row;
  AdwEntryRow      *position_row;
  AdwComboRow      *status_row;
  HgDateRow        *promoted_row;
  GtkLabel         *problem_label;
  GtkListBox       *history_list;
  GtkWidget        *no_history_label;
};

G_DEFINE_FINAL_TYPE (HgEmploymentDialog, hg_employment_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
                                                  hg_date_row_get_value (self->hired_row)), problems);
  ok &= hg_form_mark_row (GTK_WIDGET (self->position_row), _("Position"),
                          hg_employment_validate (HG_EMPLOYMENT_FIELD_POSITION,
                                                  text_of (self->position_row)), problems);
  ok &= hg_form_mark_row (GTK_WIDGET (self->promoted_row), _("Promotion date"),
                          hg_employment_validate (HG_EMPLOYMENT_FIELD_PROMOTED_ON,
                                                  hg_date_row_get_value (self->promoted_row)), problems);
  order = hg_employment_validate_dates (hg_date_row_get_value (self->hired_row),
                                       hg_date_row_get_value (self->promoted_row));
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

  /* Saving that fails keeps the dialog and everything typed in it. */
  if (g_strcmp0 (response, "save") != 0)
    {
      hg_form_finish_response (dialog, TRUE);
      return;
    }
  employment = hg_employment_new (hg_date_row_get_value (self->hired_row),
                                  text_of (self->position_row),
                                  adw_combo_row_get_selected (self->status_row),
                                  hg_date_row_get_value (self->promoted_row));
  if (!hg_employee_set_employment (self->workbook, self->person_id, employment, &error))
    hg_form_show_error (GTK_WINDOW (dialog), _("Could Not Save"), error->message);
  hg_form_finish_response (dialog, error == NULL);
}

/* A history, one row a session: drawn from the workbook, so built here. */
static void
fill_history (HgEmploymentDialog *self)
{
  g_autoptr(GPtrArray) sessions = hg_education_list_for_person (self->workbook,
                                                                self->person_id);

  for (guint i = 0; i < MIN (sessions->len, MAX_HISTORY); i++)
    {
      HgEducationSession *s = g_ptr_array_index (sessions, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *held_on = hg_date_format (s->held_on, HG_DATE_STYLE_LONG);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->topic);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), held_on);
      gtk_list_box_append (self->history_list, row);
    }
  if (sessions->len > MAX_HISTORY)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (_("…and %u more"), sessions->len - MAX_HISTORY);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->history_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), sessions->len > 0);
  gtk_widget_set_visible (self->no_history_label, sessions->len == 0);
}

static void
hg_employment_dialog_constructed (GObject *object)
{
  HgEmploymentDialog *self = (HgEmploymentDialog *) object;
  g_autoptr(HgPerson) person = NULL;
  g_autoptr(HgEmployment) employment = NULL;

  G_OBJECT_CLASS (hg_employment_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  person = hg_person_get (self->workbook, self->person_id);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), person ? person->name : "");
  fill_history (self);

  employment = hg_employee_get_employment (self->workbook, self->person_id);
  hg_date_row_set_iso (self->hired_row, employment->hired_on);
  gtk_editable_set_text (GTK_EDITABLE (self->position_row), employment->position);
  adw_combo_row_set_selected (self->status_row, employment->status);
  hg_date_row_set_iso (self->promoted_row, employment->promoted_on);

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->hired_row));
}

static void
hg_employment_dialog_dispose (GObject *object)
{
  HgEmploymentDialog *self = (HgEmploymentDialog *) object;

  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_EMPLOYMENT_DIALOG);

  G_OBJECT_CLASS (hg_employment_dialog_parent_class)->dispose (object);
}

static void
hg_employment_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HgEmploymentDialog *self = HG_EMPLOYMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_employment_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HgEmploymentDialog *self = HG_EMPLOYMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_PERSON_ID:
      self->person_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_employment_dialog_class_init (HgEmploymentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_employment_dialog_constructed;
  object_class->dispose = hg_employment_dialog_dispose;
  object_class->get_property = hg_employment_dialog_get_property;
  object_class->set_property = hg_employment_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_employment_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-employment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgEmploymentDialog, hired_row);
  gtk_widget_class_bind_template_child (widget_class, HgEmploymentDialog, position_row);
  gtk_widget_class_bind_template_child (widget_class, HgEmploymentDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, HgEmploymentDialog, promoted_row);
  gtk_widget_class_bind_template_child (widget_class, HgEmploymentDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HgEmploymentDialog, history_list);
  gtk_widget_class_bind_template_child (widget_class, HgEmploymentDialog, no_history_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_employment_dialog_init (HgEmploymentDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->position_row, HG_EMPLOYEE_POSITION_MAX);
  for (guint s = 0; s < HG_EMPLOYEE_N_STATUSES; s++)
    gtk_string_list_append (statuses, hg_employee_status_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

GtkWidget *
hg_employment_dialog_new (HgWorkbook *workbook,
                          gint64      person_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_EMPLOYMENT_DIALOG,
                       "workbook", workbook,
                       "person-id", person_id,
                       NULL);
}

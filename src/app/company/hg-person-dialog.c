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
  gint64            person_id;      /* 0: a new person */
  GArray           *department_ids; /* combo position → department id */

  /* Template widgets */
  AdwEntryRow      *name_row;
  AdwEntryRow      *email_row;
  AdwEntryRow      *phone_row;
  AdwComboRow      *department_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgPersonDialog, hg_person_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* The departments to choose from, the person's selected. */
static void
fill_departments (HgPersonDialog *self,
                  gint64          current)
{
  g_autoptr(GPtrArray) departments = hg_department_list (self->workbook);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint selected = 0;

  gtk_string_list_append (names, _("No department"));
  g_array_append_val (self->department_ids, none);
  for (guint i = 0; i < departments->len; i++)
    {
      HgDepartment *d = g_ptr_array_index (departments, i);

      gtk_string_list_append (names, d->name);
      g_array_append_val (self->department_ids, d->id);
      if (current == d->id)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->department_row, selected);
}

static void
hg_person_dialog_constructed (GObject *object)
{
  HgPersonDialog *self = (HgPersonDialog *) object;
  g_autoptr(HgPerson) person = NULL;

  G_OBJECT_CLASS (hg_person_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  self->person_id > 0 ? _("Edit Person") : _("Add Person"));
  if (self->person_id > 0)
    person = hg_person_get (self->workbook, self->person_id);
  fill_departments (self, person != NULL ? person->department_id : 0);

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
}

static void
hg_person_dialog_dispose (GObject *object)
{
  HgPersonDialog *self = (HgPersonDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->department_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_PERSON_DIALOG);

  G_OBJECT_CLASS (hg_person_dialog_parent_class)->dispose (object);
}

static void
hg_person_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HgPersonDialog *self = HG_PERSON_DIALOG (object);

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
hg_person_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HgPersonDialog *self = HG_PERSON_DIALOG (object);

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
hg_person_dialog_class_init (HgPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_person_dialog_constructed;
  object_class->dispose = hg_person_dialog_dispose;
  object_class->get_property = hg_person_dialog_get_property;
  object_class->set_property = hg_person_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_person_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 adds a person; an id edits that one. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgPersonDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HgPersonDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, HgPersonDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, HgPersonDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, HgPersonDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_person_dialog_init (HgPersonDialog *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->name_row, HG_PERSON_NAME_MAX);
  hg_form_set_max_length (self->email_row, HG_PERSON_EMAIL_MAX);
  hg_form_set_max_length (self->phone_row, HG_PERSON_PHONE_MAX);
}

GtkWidget *
hg_person_dialog_new (HgWorkbook *workbook,
                      gint64      person_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_PERSON_DIALOG,
                       "workbook", workbook,
                       "person-id", person_id,
                       NULL);
}

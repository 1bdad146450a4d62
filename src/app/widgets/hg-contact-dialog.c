/* hg-contact-dialog.c
 *
 * One contact outside the company, every field a row. Numbers and
 * addresses are checked as they are typed, the wrong field marked and the
 * problem said under the list; Save waits until all are right, and a save
 * that fails keeps the dialog with what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-contact-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-contact-dialog.h"
#include "hg-form.h"
#include "hg-limits.h"

struct _HgContactDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            contact_id;      /* 0: a new contact */

  /* Template widgets */
  AdwComboRow      *kind_row;
  AdwEntryRow      *rows[HG_CONTACT_N_FIELDS];
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgContactDialog, hg_contact_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_CONTACT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
validate (HgContactDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  gboolean ok = TRUE;

  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->rows[f]));
      const char *problem = hg_contact_validate (f, text);
      /* A new contact's empty name is not flagged until typed in. */
      gboolean show = problem != NULL && !(f == HG_CONTACT_FIELD_ORGANISATION && text[0] == '\0');

      hg_form_mark_row (GTK_WIDGET (self->rows[f]), hg_contact_field_label (f),
                        show ? problem : NULL, problems);
      ok &= problem == NULL;
    }
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);
}

/* Adds or updates the contact as typed; FALSE (and the reason shown) when
 * the workbook refuses it. */
gboolean
hg_contact_dialog_save (HgContactDialog *self)
{
  const char * const *kinds = hg_contact_kinds ();
  guint kind = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(HgContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (HG_IS_CONTACT_DIALOG (self), FALSE);

  contact = hg_contact_new (kind < g_strv_length ((char **) kinds) ? kinds[kind] : "other");
  contact->id = self->contact_id;
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    hg_contact_set_field (contact, f, gtk_editable_get_text (GTK_EDITABLE (self->rows[f])));
  if (self->contact_id > 0)
    ok = hg_contact_update (self->workbook, contact, &error);
  else
    ok = hg_contact_add (self->workbook, contact, &error) > 0;
  if (!ok)
    hg_form_show_problem (self->problem_label, error->message);
  return ok;
}

static void
hg_contact_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_contact_dialog_save (HG_CONTACT_DIALOG (dialog)));
}

static void
hg_contact_dialog_constructed (GObject *object)
{
  HgContactDialog *self = (HgContactDialog *) object;
  const char * const *kinds = hg_contact_kinds ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(HgContact) contact = NULL;
  guint selected = 0;

  G_OBJECT_CLASS (hg_contact_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  self->contact_id > 0 ? _("Edit Contact") : _("Add Contact"));
  if (self->contact_id > 0)
    contact = hg_contact_get (self->workbook, self->contact_id);
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      gtk_string_list_append (names, hg_contact_kind_label (kinds[i]));
      if (contact != NULL && g_str_equal (contact->kind, kinds[i]))
        selected = i;
      else if (contact == NULL && g_str_equal (kinds[i], "other"))
        selected = i;
    }
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->kind_row, selected);
  for (guint f = 0; contact != NULL && f < HG_CONTACT_N_FIELDS; f++)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[f]), contact->fields[f]);
  if (contact == NULL)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[HG_CONTACT_FIELD_ORGANISATION]));
}

static void
hg_contact_dialog_dispose (GObject *object)
{
  HgContactDialog *self = (HgContactDialog *) object;

  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_CONTACT_DIALOG);

  G_OBJECT_CLASS (hg_contact_dialog_parent_class)->dispose (object);
}

static void
hg_contact_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HgContactDialog *self = HG_CONTACT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_contact_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HgContactDialog *self = HG_CONTACT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_CONTACT_ID:
      self->contact_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_ROW(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (HgContactDialog, rows[field]))

static void
hg_contact_dialog_class_init (HgContactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_contact_dialog_constructed;
  object_class->dispose = hg_contact_dialog_dispose;
  object_class->get_property = hg_contact_dialog_get_property;
  object_class->set_property = hg_contact_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_contact_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 adds a contact; an id edits that one. */
  properties[PROP_CONTACT_ID] =
    g_param_spec_int64 ("contact-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-contact-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgContactDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HgContactDialog, problem_label);
  BIND_ROW ("organisation_row", HG_CONTACT_FIELD_ORGANISATION);
  BIND_ROW ("purpose_row", HG_CONTACT_FIELD_PURPOSE);
  BIND_ROW ("person_row", HG_CONTACT_FIELD_PERSON);
  BIND_ROW ("phone_row", HG_CONTACT_FIELD_PHONE);
  BIND_ROW ("after_hours_row", HG_CONTACT_FIELD_PHONE_AFTER_HOURS);
  BIND_ROW ("email_row", HG_CONTACT_FIELD_EMAIL);
  BIND_ROW ("note_row", HG_CONTACT_FIELD_NOTE);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

#undef BIND_ROW

static void
hg_contact_dialog_init (HgContactDialog *self)
{
  static const guint max[HG_CONTACT_N_FIELDS] = {
    HG_CONTACT_ORGANISATION_MAX, HG_CONTACT_PURPOSE_MAX, HG_PERSON_NAME_MAX,
    HG_PERSON_PHONE_MAX, HG_PERSON_PHONE_MAX, HG_PERSON_EMAIL_MAX, HG_CONTACT_NOTE_MAX,
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  for (guint f = 0; f < HG_CONTACT_N_FIELDS; f++)
    hg_form_set_max_length (self->rows[f], max[f]);
}

GtkWidget *
hg_contact_dialog_new (HgWorkbook *workbook,
                       gint64      contact_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_CONTACT_DIALOG, "workbook", workbook, "contact-id", contact_id,
                       NULL);
}

void
hg_contact_dialog_set_text (HgContactDialog *self,
                            HgContactField   field,
                            const char      *text)
{
  g_return_if_fail (HG_IS_CONTACT_DIALOG (self));
  g_return_if_fail (field < HG_CONTACT_N_FIELDS);

  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
}

/* hg-incident-notice-dialog.c
 *
 * The PPC's two reports have their deadlines set by the law's guidance,
 * so for them only the time they were made is asked; a customer or other
 * party needs its name and the hours or days its contract allows. A
 * notification being marked as made starts with the time now.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident-notice-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-incident-edit.h"
#include "hg-incident-notice-dialog.h"
#include "hg-local-time.h"
#include "hg-text.h"

struct _HgIncidentNoticeDialog
{
  AdwMessageDialog      parent_instance;

  HgWorkbook           *workbook;
  gint64                incident_id;
  gint64                notice_id;
  HgIncidentNoticeKind  kind;
  guint                 default_hours; /* the rules' hours for a customer */

  /* Template widgets */
  AdwComboRow          *kind_row;
  AdwEntryRow          *recipient_row;
  AdwEntryRow          *within_row;
  AdwComboRow          *unit_row;
  AdwEntryRow          *sent_row;
  AdwEntryRow          *note_row;
  GtkLabel             *problem_label;
};

G_DEFINE_FINAL_TYPE (HgIncidentNoticeDialog, hg_incident_notice_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_INCIDENT_ID,
  PROP_NOTICE_ID,
  PROP_KIND,
  PROP_DEFAULT_HOURS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_ppc (HgIncidentNoticeKind kind)
{
  return kind == HG_INCIDENT_NOTICE_PPC_PROMPT || kind == HG_INCIDENT_NOTICE_PPC_FINAL;
}

static guint
within_value (HgIncidentNoticeDialog *self)
{
  g_autofree char *text = hg_text_normalize (gtk_editable_get_text (GTK_EDITABLE (self->within_row)));
  char *end;
  guint64 n = g_ascii_strtoull (text, &end, 10);

  return end != text && *end == '\0' && n <= 8760 ? (guint) n : 0;
}

static void
validate (HgIncidentNoticeDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  HgIncidentNoticeKind kind = adw_combo_row_get_selected (self->kind_row);
  const char *sent = gtk_editable_get_text (GTK_EDITABLE (self->sent_row));
  g_autoptr(GDateTime) when = sent[0] ? hg_local_time_parse (sent) : NULL;
  g_autofree char *recipient = hg_text_normalize (gtk_editable_get_text (GTK_EDITABLE (self->recipient_row)));
  gboolean ppc = is_ppc (kind);
  gboolean ok = TRUE;

  gtk_widget_set_visible (GTK_WIDGET (self->recipient_row), !ppc);
  gtk_widget_set_visible (GTK_WIDGET (self->within_row), !ppc);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), !ppc);
  if (!ppc)
    {
      const char *within = gtk_editable_get_text (GTK_EDITABLE (self->within_row));

      ok &= hg_form_mark_row (GTK_WIDGET (self->within_row),
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->within_row)),
                              within[0] != '\0' && within_value (self) == 0
                              ? _("Write a number, e.g. 24") : NULL, problems)
            && within_value (self) > 0 && recipient[0] != '\0';
    }
  ok &= hg_form_mark_row (GTK_WIDGET (self->sent_row),
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->sent_row)),
                          sent[0] != '\0' && when == NULL
                          ? _("Write the date and time as 2026-12-29 23:30") : NULL, problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);
}

gboolean
hg_incident_notice_dialog_save (HgIncidentNoticeDialog *self)
{
  g_autoptr(HgIncidentNotice) notice = hg_incident_notice_new ();
  g_autoptr(GError) error = NULL;
  const char *sent = gtk_editable_get_text (GTK_EDITABLE (self->sent_row));

  g_return_val_if_fail (HG_IS_INCIDENT_NOTICE_DIALOG (self), FALSE);

  notice->id = self->notice_id;
  notice->kind = MIN (adw_combo_row_get_selected (self->kind_row), HG_INCIDENT_NOTICE_OTHER);
  notice->recipient = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->recipient_row)));
  notice->within = within_value (self);
  notice->in_days = adw_combo_row_get_selected (self->unit_row) == 1;
  notice->sent = sent[0] ? g_strdup (sent) : NULL;
  notice->note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  if (!hg_incident_save_notice (self->workbook, self->incident_id, notice, NULL, &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      if (g_str_has_prefix (error->message, _("Sent")))
        gtk_widget_add_css_class (GTK_WIDGET (self->sent_row), "error");
      return FALSE;
    }
  return TRUE;
}

static void
hg_incident_notice_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_incident_notice_dialog_save (HG_INCIDENT_NOTICE_DIALOG (dialog)));
}

static void
hg_incident_notice_dialog_constructed (GObject *object)
{
  HgIncidentNoticeDialog *self = (HgIncidentNoticeDialog *) object;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) units = gtk_string_list_new (NULL);
  g_autoptr(HgIncident) incident = NULL;
  HgIncidentNotice *notice = NULL;
  HgIncidentNoticeKind kind = self->kind;

  G_OBJECT_CLASS (hg_incident_notice_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  for (guint k = 0; k < HG_INCIDENT_N_NOTICE_KINDS; k++)
    gtk_string_list_append (kinds, hg_incident_notice_kind_get_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  gtk_string_list_append (units, _("Hours"));
  gtk_string_list_append (units, _("Days"));
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (units));

  incident = hg_incident_get (self->workbook, self->incident_id, NULL);
  if (incident != NULL)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), incident->title);
      for (guint i = 0; i < incident->notices->len; i++)
        if (((HgIncidentNotice *) g_ptr_array_index (incident->notices, i))->id == self->notice_id)
          notice = g_ptr_array_index (incident->notices, i);
    }
  if (notice != NULL)
    {
      g_autofree char *within = g_strdup_printf ("%u", notice->within);

      kind = notice->kind;
      gtk_editable_set_text (GTK_EDITABLE (self->recipient_row), notice->recipient);
      gtk_editable_set_text (GTK_EDITABLE (self->within_row), notice->within ? within : "");
      adw_combo_row_set_selected (self->unit_row, notice->in_days ? 1 : 0);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), notice->note);
    }
  else if (self->default_hours > 0)
    {
      g_autofree char *hours = g_strdup_printf ("%u", self->default_hours);

      gtk_editable_set_text (GTK_EDITABLE (self->within_row), hours);
    }
  /* Marking a notification as made, most often just made. */
  if (self->notice_id > 0 || is_ppc (kind))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *text = g_date_time_format (now, "%Y-%m-%d %H:%M");
      g_autofree char *stored = notice && notice->sent ? hg_local_time_format (notice->sent) : NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->sent_row), stored ? stored : text);
    }
  adw_combo_row_set_selected (self->kind_row, kind);
  validate (self);
}

static void
hg_incident_notice_dialog_dispose (GObject *object)
{
  HgIncidentNoticeDialog *self = (HgIncidentNoticeDialog *) object;

  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_INCIDENT_NOTICE_DIALOG);

  G_OBJECT_CLASS (hg_incident_notice_dialog_parent_class)->dispose (object);
}

static void
hg_incident_notice_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HgIncidentNoticeDialog *self = HG_INCIDENT_NOTICE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;
    case PROP_NOTICE_ID:
      g_value_set_int64 (value, self->notice_id);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_DEFAULT_HOURS:
      g_value_set_uint (value, self->default_hours);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_incident_notice_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HgIncidentNoticeDialog *self = HG_INCIDENT_NOTICE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_INCIDENT_ID:
      self->incident_id = g_value_get_int64 (value);
      break;
    case PROP_NOTICE_ID:
      self->notice_id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_uint (value);
      break;
    case PROP_DEFAULT_HOURS:
      self->default_hours = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_incident_notice_dialog_class_init (HgIncidentNoticeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_incident_notice_dialog_constructed;
  object_class->dispose = hg_incident_notice_dialog_dispose;
  object_class->get_property = hg_incident_notice_dialog_get_property;
  object_class->set_property = hg_incident_notice_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_incident_notice_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_ID] =
    g_param_spec_int64 ("notice-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* An HgIncidentNoticeKind. */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, HG_INCIDENT_N_NOTICE_KINDS - 1,
                       HG_INCIDENT_NOTICE_CUSTOMER,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* What a new customer notice starts from: the hours the rules give for
   * the first report (hg_incident_rules_customer_hours()); 0: none. */
  properties[PROP_DEFAULT_HOURS] =
    g_param_spec_uint ("default-hours", NULL, NULL, 0, 8760, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-incident-notice-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgIncidentNoticeDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentNoticeDialog, recipient_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentNoticeDialog, within_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentNoticeDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentNoticeDialog, sent_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentNoticeDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentNoticeDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_incident_notice_dialog_init (HgIncidentNoticeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_form_set_max_length (self->recipient_row, 200);
  hg_form_set_max_length (self->within_row, 4);
  hg_form_set_max_length (self->note_row, HG_INCIDENT_NOTE_MAX);
}

GtkWidget *
hg_incident_notice_dialog_new (HgWorkbook           *workbook,
                               gint64                incident_id,
                               gint64                notice_id,
                               HgIncidentNoticeKind  kind,
                               guint                 default_hours)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_INCIDENT_NOTICE_DIALOG, "workbook", workbook,
                       "incident-id", incident_id, "notice-id", notice_id, "kind", (guint) kind,
                       "default-hours", default_hours, NULL);
}

/* hg-incident-dialog.c
 *
 * One incident, every field a row. What the core requires (title, when it
 * was detected, by whom) is checked as it is typed and the row marked;
 * anything else the core refuses on Save comes back as "Field: problem",
 * and the row of that field is marked too, so the user sees where to look.
 * A refused save keeps the dialog and everything typed in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-incident-dialog.h"
#include "hg-incident-edit.h"
#include "hg-local-time.h"
#include "hg-text.h"

enum {
  TEXT_TITLE,
  TEXT_DETECTED,
  TEXT_DETECTED_BY,
  TEXT_HOW,
  TEXT_ASSETS,
  TEXT_DESCRIPTION,
  TEXT_ACTIONS,
  TEXT_CAUSE,
  TEXT_IMPACT,
  TEXT_LESSONS,
  N_TEXTS
};

struct _HgIncidentDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            incident_id;     /* 0: a new incident */

  /* Template widgets */
  AdwEntryRow      *rows[N_TEXTS];
  AdwComboRow      *kind_row;
  AdwComboRow      *category_row;
  AdwComboRow      *level_row;
  GtkSwitch        *personal_switch;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgIncidentDialog, hg_incident_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_INCIDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
text_of (HgIncidentDialog *self,
         guint             field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows[field]));
}

static const char *
row_title (HgIncidentDialog *self,
           guint             field)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->rows[field]));
}

/* Asset numbers as typed: "3, 12" or "3、12". */
static gboolean
parse_assets (const char *text,
              GArray     *assets)
{
  g_autofree char *normal = hg_text_normalize (text);
  g_auto(GStrv) parts = NULL;

  g_strdelimit (normal, "、，", ',');
  parts = g_strsplit_set (normal, ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *end;
      gint64 id;

      if (parts[i][0] == '\0')
        continue;
      id = g_ascii_strtoll (parts[i], &end, 10);
      if (*end != '\0' || id <= 0)
        return FALSE;
      g_array_append_val (assets, id);
    }
  return TRUE;
}

static void
validate (HgIncidentDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GDateTime) detected = hg_local_time_parse (text_of (self, TEXT_DETECTED));
  g_autoptr(GArray) assets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *title = hg_text_normalize (text_of (self, TEXT_TITLE));
  g_autofree char *by = hg_text_normalize (text_of (self, TEXT_DETECTED_BY));
  gboolean ok = TRUE;

  /* An empty title is not flagged on a new incident until typed in. */
  ok &= hg_form_mark_row (GTK_WIDGET (self->rows[TEXT_TITLE]), row_title (self, TEXT_TITLE),
                          title[0] == '\0' && self->incident_id > 0 ? _("Enter a title") : NULL,
                          problems) && title[0] != '\0';
  ok &= hg_form_mark_row (GTK_WIDGET (self->rows[TEXT_DETECTED]), row_title (self, TEXT_DETECTED),
                          detected == NULL ? _("Write the date and time as 2026-12-29 23:30") : NULL,
                          problems);
  ok &= hg_form_mark_row (GTK_WIDGET (self->rows[TEXT_DETECTED_BY]), row_title (self, TEXT_DETECTED_BY),
                          by[0] == '\0' && title[0] != '\0' ? _("Enter who detected it") : NULL,
                          problems) && by[0] != '\0';
  ok &= hg_form_mark_row (GTK_WIDGET (self->rows[TEXT_ASSETS]), row_title (self, TEXT_ASSETS),
                          !parse_assets (text_of (self, TEXT_ASSETS), assets)
                          ? _("Write the assets’ numbers in the register, e.g. 3, 12") : NULL,
                          problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);
}

/* The names the core gives the fields in its messages ("Field: problem",
 * hg_error_invalid_field()), row by row: a row's title may say more. */
static const char * const field_names[N_TEXTS] = {
  N_("Title"), N_("Detected at"), N_("Detected by"), N_("How it was detected"),
  N_("Affected assets"), N_("What happened"), N_("Actions taken"), N_("Cause"), N_("Impact"),
  N_("Lessons learned"),
};

gboolean
hg_incident_dialog_save (HgIncidentDialog *self)
{
  const char * const *categories = hg_incident_category_ids ();
  g_autoptr(HgIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  guint category = adw_combo_row_get_selected (self->category_row);

  g_return_val_if_fail (HG_IS_INCIDENT_DIALOG (self), FALSE);

  if (self->incident_id > 0)
    incident = hg_incident_get (self->workbook, self->incident_id, &error);
  else
    incident = hg_incident_new ();
  if (incident == NULL)
    {
      hg_form_show_problem (self->problem_label, error->message);
      return FALSE;
    }
  hg_text_set (&incident->title, text_of (self, TEXT_TITLE));
  hg_text_set (&incident->detected, text_of (self, TEXT_DETECTED));
  hg_text_set (&incident->detected_by, text_of (self, TEXT_DETECTED_BY));
  hg_text_set (&incident->detected_how, text_of (self, TEXT_HOW));
  hg_text_set (&incident->description, text_of (self, TEXT_DESCRIPTION));
  hg_text_set (&incident->actions, text_of (self, TEXT_ACTIONS));
  hg_text_set (&incident->cause, text_of (self, TEXT_CAUSE));
  hg_text_set (&incident->impact, text_of (self, TEXT_IMPACT));
  hg_text_set (&incident->lessons, text_of (self, TEXT_LESSONS));
  hg_text_set (&incident->category, category < g_strv_length ((char **) categories)
                                    ? categories[category] : "other");
  incident->kind = adw_combo_row_get_selected (self->kind_row) == 0 ? HG_INCIDENT_KIND_INCIDENT
                                                                     : HG_INCIDENT_KIND_ACCIDENT;
  incident->level = (HgIncidentLevel) MIN (adw_combo_row_get_selected (self->level_row),
                                           HG_INCIDENT_LEVEL_MINOR);
  incident->personal_data = gtk_switch_get_active (self->personal_switch);
  g_array_set_size (incident->assets, 0);
  parse_assets (text_of (self, TEXT_ASSETS), incident->assets);

  if (!hg_incident_save (self->workbook, incident, NULL, &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      hg_form_mark_refused_field ((GtkWidget **) self->rows, field_names, N_TEXTS, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
hg_incident_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_incident_dialog_save (HG_INCIDENT_DIALOG (dialog)));
}

static GListModel *
words (const char *(*label) (guint),
       guint        n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

static void
fill (HgIncidentDialog *self,
      HgIncident       *incident)
{
  const char * const *categories = hg_incident_category_ids ();
  g_autofree char *detected = hg_local_time_format (incident->detected);
  g_autoptr(GString) assets = g_string_new (NULL);
  const char *texts[N_TEXTS] = {
    incident->title, detected, incident->detected_by, incident->detected_how, NULL,
    incident->description, incident->actions, incident->cause, incident->impact,
    incident->lessons,
  };

  for (guint i = 0; i < incident->assets->len; i++)
    g_string_append_printf (assets, "%s%" G_GINT64_FORMAT, i ? ", " : "",
                            g_array_index (incident->assets, gint64, i));
  texts[TEXT_ASSETS] = assets->str;
  for (guint f = 0; f < N_TEXTS; f++)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[f]), texts[f] ? texts[f] : "");
  adw_combo_row_set_selected (self->kind_row, incident->kind == HG_INCIDENT_KIND_INCIDENT ? 0 : 1);
  adw_combo_row_set_selected (self->level_row, incident->level);
  for (guint i = 0; categories[i] != NULL; i++)
    if (g_strcmp0 (categories[i], incident->category) == 0)
      adw_combo_row_set_selected (self->category_row, i);
  gtk_switch_set_active (self->personal_switch, incident->personal_data);
}

static void
hg_incident_dialog_constructed (GObject *object)
{
  HgIncidentDialog *self = (HgIncidentDialog *) object;
  const char * const *categories = hg_incident_category_ids ();
  g_autoptr(GtkStringList) category_names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) kinds = words ((const char *(*) (guint)) hg_incident_kind_get_label, 2);
  g_autoptr(GListModel) levels = words ((const char *(*) (guint)) hg_incident_level_get_label, 3);
  g_autoptr(HgIncident) incident = NULL;

  G_OBJECT_CLASS (hg_incident_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  self->incident_id > 0 ? _("Edit Incident") : _("Record Incident"));
  for (guint i = 0; categories[i] != NULL; i++)
    gtk_string_list_append (category_names, hg_incident_category_get_label (categories[i]));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (category_names));
  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_model (self->level_row, levels);

  if (self->incident_id > 0)
    incident = hg_incident_get (self->workbook, self->incident_id, NULL);
  if (incident != NULL)
    fill (self, incident);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *text = g_date_time_format (now, "%Y-%m-%d %H:%M");

      /* Most incidents are recorded as they are noticed. */
      gtk_editable_set_text (GTK_EDITABLE (self->rows[TEXT_DETECTED]), text);
      adw_combo_row_set_selected (self->kind_row, 1);
      adw_combo_row_set_selected (self->level_row, HG_INCIDENT_LEVEL_MINOR);
      adw_combo_row_set_selected (self->category_row, g_strv_length ((char **) categories) - 1);
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));
    }
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[TEXT_TITLE]));
}

static void
hg_incident_dialog_dispose (GObject *object)
{
  HgIncidentDialog *self = (HgIncidentDialog *) object;

  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_INCIDENT_DIALOG);

  G_OBJECT_CLASS (hg_incident_dialog_parent_class)->dispose (object);
}

static void
hg_incident_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HgIncidentDialog *self = HG_INCIDENT_DIALOG (object);

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
hg_incident_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HgIncidentDialog *self = HG_INCIDENT_DIALOG (object);

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

#define BIND_ROW(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (HgIncidentDialog, rows[field]))

static void
hg_incident_dialog_class_init (HgIncidentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_incident_dialog_constructed;
  object_class->dispose = hg_incident_dialog_dispose;
  object_class->get_property = hg_incident_dialog_get_property;
  object_class->set_property = hg_incident_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_incident_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 records a new incident; an id edits that one. */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-incident-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgIncidentDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentDialog, personal_switch);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentDialog, problem_label);
  BIND_ROW ("title_row", TEXT_TITLE);
  BIND_ROW ("detected_row", TEXT_DETECTED);
  BIND_ROW ("detected_by_row", TEXT_DETECTED_BY);
  BIND_ROW ("how_row", TEXT_HOW);
  BIND_ROW ("assets_row", TEXT_ASSETS);
  BIND_ROW ("description_row", TEXT_DESCRIPTION);
  BIND_ROW ("actions_row", TEXT_ACTIONS);
  BIND_ROW ("cause_row", TEXT_CAUSE);
  BIND_ROW ("impact_row", TEXT_IMPACT);
  BIND_ROW ("lessons_row", TEXT_LESSONS);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

#undef BIND_ROW

static void
hg_incident_dialog_init (HgIncidentDialog *self)
{
  static const guint max[N_TEXTS] = {
    HG_INCIDENT_TITLE_MAX, 40, HG_INCIDENT_PERSON_MAX, HG_INCIDENT_NOTE_MAX, 200,
    HG_INCIDENT_TEXT_MAX, HG_INCIDENT_TEXT_MAX, HG_INCIDENT_TEXT_MAX, HG_INCIDENT_TEXT_MAX,
    HG_INCIDENT_TEXT_MAX,
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  /* Typing stops at the limits the core checks. */
  for (guint f = 0; f < N_TEXTS; f++)
    hg_form_set_max_length (self->rows[f], max[f]);
}

GtkWidget *
hg_incident_dialog_new (HgWorkbook *workbook,
                        gint64      incident_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_INCIDENT_DIALOG, "workbook", workbook, "incident-id", incident_id,
                       NULL);
}

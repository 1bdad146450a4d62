/* hg-treatment-dialog.c
 *
 * What will be done about a risk: reduce, avoid, transfer or accept it,
 * with the measures, who does it by when, and how likely damage is
 * expected to be afterwards, which gives the residual risk shown as the
 * user chooses. Accepting asks for the approver, the date and the reason
 * as well, and a large risk cannot be accepted without them (the core
 * refuses, and the message says which is missing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-treatment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-level-choice.h"
#include "hg-limits.h"
#include "hg-person.h"
#include "hg-risk-tables.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-treatment-dialog.h"

struct _HgTreatmentDialog
{
  AdwMessageDialog  parent_instance;

  HgRiskSheet      *sheet;      /* borrowed: the page keeps it while the dialog is up */
  guint             row_index;
  char             *asset_name;
  HgWorkbook       *workbook;
  HgRiskTreatment  *treatment;
  guint             importance;
  GArray           *owner_ids;  /* combo position → person id, 0 none */

  /* Template widgets */
  AdwComboRow      *kind_row;
  AdwComboRow      *owner_row;
  AdwComboRow      *status_row;
  AdwComboRow      *expected_row;
  AdwEntryRow      *fields[HG_TREATMENT_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (HgTreatmentDialog, hg_treatment_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SHEET,
  PROP_ROW_INDEX,
  PROP_ASSET_NAME,
  PROP_IMPORTANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Combo positions: kinds start at REDUCE, plans at PLANNED, expected
 * damage is "not set", 3, 2, 1. */
static HgRiskTreatmentKind
selected_kind (HgTreatmentDialog *self)
{
  return HG_RISK_TREATMENT_REDUCE + adw_combo_row_get_selected (self->kind_row);
}

static guint
selected_expected (HgTreatmentDialog *self)
{
  guint position = adw_combo_row_get_selected (self->expected_row);

  return position == 0 ? 0 : 4 - position;
}

/* Template closures: the approval fields show for an accepted risk, and
 * the label under the form follows the expected likelihood of damage. */
static gboolean
is_accept (HgTreatmentDialog *self,
           guint              kind_position)
{
  return kind_position == HG_RISK_TREATMENT_ACCEPT - HG_RISK_TREATMENT_REDUCE;
}

static char *
residual_text (HgTreatmentDialog *self,
               guint              expected_position,
               guint              importance)
{
  guint expected = expected_position == 0 || expected_position > 3 ? 0 : 4 - expected_position;

  if (expected > 0)
    /* Translators: %u is the residual risk value (1 to 9) */
    return g_strdup_printf (_("Residual risk after the treatment: %u"), importance * expected);
  return g_strdup (_("Choose how likely damage will be afterwards to see the residual risk."));
}

/* A date the user typed, as stored; FALSE, with the row marked and the
 * text kept, when it is not a date. */
static gboolean
read_date (HgTreatmentDialog  *self,
           guint               field,
           char              **iso)
{
  HgDateRow *row = HG_DATE_ROW (self->fields[field]);

  if (hg_date_row_get_iso (row, iso))
    return TRUE;
  hg_date_row_set_problem (row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return FALSE;
}

/* Saves what the form holds; on a problem, marks the field and says what is
 * wrong, and the caller keeps the dialog open with everything typed. */
gboolean
hg_treatment_dialog_save (HgTreatmentDialog *self)
{
  HgRiskTreatment *t = self->treatment;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  g_autofree char *approved_on = NULL;
  gboolean accept;

  g_return_val_if_fail (HG_IS_TREATMENT_DIALOG (self), FALSE);

  accept = selected_kind (self) == HG_RISK_TREATMENT_ACCEPT;
  if (!read_date (self, HG_TREATMENT_FIELD_DUE, &due)
      || (accept && !read_date (self, HG_TREATMENT_FIELD_APPROVED_ON, &approved_on)))
    return FALSE;

  t->kind = selected_kind (self);
  t->status = HG_RISK_PLAN_PLANNED + adw_combo_row_get_selected (self->status_row);
  t->expected_damage = selected_expected (self);
  t->owner_id = g_array_index (self->owner_ids, gint64,
                               adw_combo_row_get_selected (self->owner_row));
#define TEXT(f) gtk_editable_get_text (GTK_EDITABLE (self->fields[f]))
  g_free (t->measures);
  t->measures = g_strdup (TEXT (HG_TREATMENT_FIELD_MEASURES));
  g_free (t->due_on);
  t->due_on = g_steal_pointer (&due);
  g_free (t->approver);
  t->approver = g_strdup (accept ? TEXT (HG_TREATMENT_FIELD_APPROVER) : "");
  g_free (t->approved_on);
  t->approved_on = g_strdup (accept ? approved_on : "");
  g_free (t->reason);
  t->reason = g_strdup (accept ? TEXT (HG_TREATMENT_FIELD_REASON) : "");
#undef TEXT

  if (!hg_risk_treatment_set (self->workbook, hg_risk_sheet_get_catalogue (self->sheet), t,
                              &error))
    {
      hg_form_show_error (GTK_WINDOW (self), _("Could Not Save the Treatment"), error->message);
      return FALSE;
    }
  return TRUE;
}

/* Saving that fails keeps the dialog, everything typed in it
 * (hg_form_keep_open_on_failure()). */
static void
hg_treatment_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  HgTreatmentDialog *self = HG_TREATMENT_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0)
    {
      hg_form_finish_response (dialog, hg_treatment_dialog_save (self));
      return;
    }
  if (g_strcmp0 (response, "remove") == 0
      && !hg_risk_treatment_remove (self->workbook, self->treatment->asset_id,
                                    self->treatment->threat_id, &error))
    hg_form_report_save_error (dialog, error);
  hg_form_finish_response (dialog, TRUE);
}

/* The people who can be responsible: drawn from the workbook. */
static void
fill_owners (HgTreatmentDialog *self)
{
  g_autoptr(GPtrArray) people = hg_person_list (self->workbook);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  gint64 none = 0;

  gtk_string_list_append (owners, _("Nobody yet"));
  g_array_append_val (self->owner_ids, none);
  for (guint i = 0; i < people->len; i++)
    {
      HgPerson *person = g_ptr_array_index (people, i);

      gtk_string_list_append (owners, person->name);
      g_array_append_val (self->owner_ids, person->id);
    }
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (owners));
}

static void
fill (HgTreatmentDialog *self)
{
  const HgRiskTreatment *t = self->treatment;
  const char *texts[HG_TREATMENT_N_FIELDS] = {
    t->measures, t->due_on, t->approver, t->approved_on, t->reason,
  };

  if (t->kind >= HG_RISK_TREATMENT_REDUCE)
    adw_combo_row_set_selected (self->kind_row, t->kind - HG_RISK_TREATMENT_REDUCE);
  if (t->status >= HG_RISK_PLAN_PLANNED)
    adw_combo_row_set_selected (self->status_row, t->status - HG_RISK_PLAN_PLANNED);
  adw_combo_row_set_selected (self->expected_row, t->expected_damage ? 4 - t->expected_damage : 0);
  for (guint i = 0; i < self->owner_ids->len; i++)
    if (g_array_index (self->owner_ids, gint64, i) == t->owner_id)
      adw_combo_row_set_selected (self->owner_row, i);
  for (guint f = 0; f < HG_TREATMENT_N_FIELDS; f++)
    if (HG_IS_DATE_ROW (self->fields[f]))
      hg_date_row_set_iso (HG_DATE_ROW (self->fields[f]), texts[f]);
    else
      gtk_editable_set_text (GTK_EDITABLE (self->fields[f]), texts[f] ? texts[f] : "");
}

static void
hg_treatment_dialog_constructed (GObject *object)
{
  HgTreatmentDialog *self = (HgTreatmentDialog *) object;
  const HgRiskRow *row;
  const HgRiskThreatState *threat;
  g_autofree char *body = NULL;
  gboolean stored;

  G_OBJECT_CLASS (hg_treatment_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->sheet != NULL);
  g_return_if_fail (self->row_index < hg_risk_sheet_get_n_rows (self->sheet));

  row = hg_risk_sheet_get_row (self->sheet, self->row_index);
  threat = hg_risk_sheet_get_threat (self->sheet, row->threat);
  /* Translators: the asset, the threat, the risk value and its band (大/中/小) */
  body = g_strdup_printf (_("%s — %s: risk value %u (%s)"),
                          self->asset_name ? self->asset_name : "", threat->display_name, row->risk,
                          hg_risk_band_get_label (row->band));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  self->workbook = g_object_ref (hg_risk_sheet_get_workbook (self->sheet));
  self->importance = row->importance;
  g_object_notify_by_pspec (object, properties[PROP_IMPORTANCE]);
  self->treatment = hg_risk_treatment_get (self->workbook, row->asset_id, row->threat_id);
  stored = self->treatment != NULL;
  if (!stored)
    {
      self->treatment = hg_risk_treatment_new (row->asset_id, row->threat_id,
                                               HG_RISK_TREATMENT_REDUCE);
      self->treatment->status = HG_RISK_PLAN_PLANNED;
    }
  fill_owners (self);
  fill (self);
  if (stored)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "remove",
                                       _("_Remove Treatment"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
}

static void
hg_treatment_dialog_dispose (GObject *object)
{
  HgTreatmentDialog *self = (HgTreatmentDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->asset_name, g_free);
  g_clear_pointer (&self->treatment, hg_risk_treatment_free);
  g_clear_pointer (&self->owner_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_TREATMENT_DIALOG);

  G_OBJECT_CLASS (hg_treatment_dialog_parent_class)->dispose (object);
}

static void
hg_treatment_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HgTreatmentDialog *self = HG_TREATMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      g_value_set_pointer (value, self->sheet);
      break;
    case PROP_ROW_INDEX:
      g_value_set_uint (value, self->row_index);
      break;
    case PROP_ASSET_NAME:
      g_value_set_string (value, self->asset_name);
      break;
    case PROP_IMPORTANCE:
      g_value_set_uint (value, self->importance);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_treatment_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HgTreatmentDialog *self = HG_TREATMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      self->sheet = g_value_get_pointer (value);
      break;
    case PROP_ROW_INDEX:
      self->row_index = g_value_get_uint (value);
      break;
    case PROP_ASSET_NAME:
      self->asset_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_AT(name, member) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (HgTreatmentDialog, member))

static void
hg_treatment_dialog_class_init (HgTreatmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_treatment_dialog_constructed;
  object_class->dispose = hg_treatment_dialog_dispose;
  object_class->get_property = hg_treatment_dialog_get_property;
  object_class->set_property = hg_treatment_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_treatment_dialog_response;

  /* The HgRiskSheet of the risk: not a GObject, so a pointer, which the
   * caller keeps alive while the dialog is up. */
  properties[PROP_SHEET] =
    g_param_spec_pointer ("sheet", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_INDEX] =
    g_param_spec_uint ("row-index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSET_NAME] =
    g_param_spec_string ("asset-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The asset's importance, which the residual risk multiplies. */
  properties[PROP_IMPORTANCE] =
    g_param_spec_uint ("importance", NULL, NULL, 0, 3, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-treatment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgTreatmentDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HgTreatmentDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, HgTreatmentDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, HgTreatmentDialog, expected_row);
  BIND_AT ("measures_row", fields[HG_TREATMENT_FIELD_MEASURES]);
  BIND_AT ("due_row", fields[HG_TREATMENT_FIELD_DUE]);
  BIND_AT ("approver_row", fields[HG_TREATMENT_FIELD_APPROVER]);
  BIND_AT ("approved_on_row", fields[HG_TREATMENT_FIELD_APPROVED_ON]);
  BIND_AT ("reason_row", fields[HG_TREATMENT_FIELD_REASON]);
  /* Not kept: its text is bound in the template; named for tests. */
  gtk_widget_class_bind_template_child_full (widget_class, "residual_label", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, is_accept);
  gtk_widget_class_bind_template_callback (widget_class, residual_text);
}

#undef BIND_AT

static const char *
damage_meaning (guint    level,
                gpointer data)
{
  return hg_risk_tables_damage_meaning (level);
}

static void
hg_treatment_dialog_init (HgTreatmentDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) plans = gtk_string_list_new (NULL);

  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_level_choice_setup (GTK_WIDGET (self->expected_row), damage_meaning, NULL);
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->fields[HG_TREATMENT_FIELD_MEASURES], HG_RISK_MEASURES_MAX);
  hg_form_set_max_length (self->fields[HG_TREATMENT_FIELD_APPROVER], HG_RISK_APPROVER_MAX);
  hg_form_set_max_length (self->fields[HG_TREATMENT_FIELD_REASON], HG_RISK_REASON_MAX);

  /* Combo positions: kinds start at REDUCE, plans at PLANNED. */
  for (guint k = HG_RISK_TREATMENT_REDUCE; k <= HG_RISK_TREATMENT_ACCEPT; k++)
    gtk_string_list_append (kinds, hg_risk_treatment_get_label (k));
  for (guint p = 0; p < 3; p++)
    gtk_string_list_append (plans, hg_risk_plan_get_label (HG_RISK_PLAN_PLANNED + p));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (plans));
}

/* The treatment of the risk at @row_index of @sheet, new or stored. */
GtkWidget *
hg_treatment_dialog_new (HgRiskSheet *sheet,
                         guint        row_index,
                         const char  *asset_name)
{
  g_return_val_if_fail (sheet != NULL, NULL);

  return g_object_new (HG_TYPE_TREATMENT_DIALOG,
                       "sheet", sheet,
                       "row-index", row_index,
                       "asset-name", asset_name,
                       NULL);
}

void
hg_treatment_dialog_set_kind (HgTreatmentDialog *self,
                              guint              kind)
{
  g_return_if_fail (kind >= HG_RISK_TREATMENT_REDUCE && kind <= HG_RISK_TREATMENT_ACCEPT);
  adw_combo_row_set_selected (self->kind_row, kind - HG_RISK_TREATMENT_REDUCE);
}

void
hg_treatment_dialog_set_text (HgTreatmentDialog *self,
                              guint              field,
                              const char        *text)
{
  g_return_if_fail (field < HG_TREATMENT_N_FIELDS);
  gtk_editable_set_text (GTK_EDITABLE (self->fields[field]), text);
}

void
hg_treatment_dialog_set_expected (HgTreatmentDialog *self,
                                  guint              damage)
{
  g_return_if_fail (damage <= 3);
  adw_combo_row_set_selected (self->expected_row, damage ? 4 - damage : 0);
}

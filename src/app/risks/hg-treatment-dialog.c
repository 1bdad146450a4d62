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

#include "hg-form.h"
#include "hg-person.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-treatment-dialog.h"

struct _HgTreatmentDialog
{
  AdwMessageDialog  parent_instance;

  HgRiskSheet      *sheet;      /* borrowed: the page keeps it while the dialog is up */
  HgWorkbook       *workbook;
  HgRiskTreatment  *treatment;
  guint             importance;
  AdwComboRow      *kind_row;
  AdwComboRow      *owner_row;
  AdwComboRow      *status_row;
  AdwComboRow      *expected_row;
  AdwEntryRow      *fields[HG_TREATMENT_N_FIELDS];
  GtkLabel         *residual_label;
  GArray           *owner_ids;  /* combo position → person id, 0 none */
};

G_DEFINE_FINAL_TYPE (HgTreatmentDialog, hg_treatment_dialog, ADW_TYPE_MESSAGE_DIALOG)

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

static void
update (HgTreatmentDialog *self)
{
  gboolean accept = selected_kind (self) == HG_RISK_TREATMENT_ACCEPT;
  guint expected = selected_expected (self);
  g_autofree char *text = NULL;

  for (guint f = HG_TREATMENT_FIELD_APPROVER; f <= HG_TREATMENT_FIELD_REASON; f++)
    gtk_widget_set_visible (GTK_WIDGET (self->fields[f]), accept);
  if (expected > 0)
    /* Translators: %u is the residual risk value (1 to 9) */
    text = g_strdup_printf (_("Residual risk after the treatment: %u"), self->importance * expected);
  else
    text = g_strdup (_("Choose how likely damage will be afterwards to see the residual risk."));
  gtk_label_set_text (self->residual_label, text);
}

gboolean
hg_treatment_dialog_save (HgTreatmentDialog *self)
{
  HgRiskTreatment *t = self->treatment;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HG_IS_TREATMENT_DIALOG (self), FALSE);

  t->kind = selected_kind (self);
  t->status = HG_RISK_PLAN_PLANNED + adw_combo_row_get_selected (self->status_row);
  t->expected_damage = selected_expected (self);
  t->owner_id = g_array_index (self->owner_ids, gint64,
                               adw_combo_row_get_selected (self->owner_row));
#define TEXT(f) gtk_editable_get_text (GTK_EDITABLE (self->fields[f]))
  g_free (t->measures);
  t->measures = g_strdup (TEXT (HG_TREATMENT_FIELD_MEASURES));
  g_free (t->due_on);
  t->due_on = g_strdup (TEXT (HG_TREATMENT_FIELD_DUE));
  g_free (t->approver);
  t->approver = g_strdup (t->kind == HG_RISK_TREATMENT_ACCEPT ? TEXT (HG_TREATMENT_FIELD_APPROVER) : "");
  g_free (t->approved_on);
  t->approved_on = g_strdup (t->kind == HG_RISK_TREATMENT_ACCEPT
                             ? TEXT (HG_TREATMENT_FIELD_APPROVED_ON) : "");
  g_free (t->reason);
  t->reason = g_strdup (t->kind == HG_RISK_TREATMENT_ACCEPT ? TEXT (HG_TREATMENT_FIELD_REASON) : "");
#undef TEXT

  if (!hg_risk_treatment_set (self->workbook, hg_risk_sheet_get_catalogue (self->sheet), t,
                              &error))
    {
      hg_form_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)),
                          _("Could Not Save the Treatment"), error->message);
      return FALSE;
    }
  return TRUE;
}

static void
hg_treatment_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  HgTreatmentDialog *self = HG_TREATMENT_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0)
    hg_treatment_dialog_save (self);
  else if (g_strcmp0 (response, "remove") == 0
           && !hg_risk_treatment_remove (self->workbook, self->treatment->asset_id,
                                         self->treatment->threat_id, &error))
    hg_form_report_save_error (dialog, error);
}

static void
hg_treatment_dialog_dispose (GObject *object)
{
  HgTreatmentDialog *self = (HgTreatmentDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->treatment, hg_risk_treatment_free);
  g_clear_pointer (&self->owner_ids, g_array_unref);

  G_OBJECT_CLASS (hg_treatment_dialog_parent_class)->dispose (object);
}

static void
hg_treatment_dialog_class_init (HgTreatmentDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_treatment_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_treatment_dialog_response;
}

static AdwComboRow *
combo (GtkListBox         *list,
       const char         *title,
       const char * const *choices)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static void
hg_treatment_dialog_init (HgTreatmentDialog *self)
{
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

static void
build (HgTreatmentDialog *self)
{
  const char *titles[HG_TREATMENT_N_FIELDS] = {
    N_("Measures"), N_("Due date"), N_("Approved by"), N_("Approval date"),
    N_("Reason for accepting"),
  };
  const char *kinds[5] = { NULL };
  const char *plans[4] = { NULL };
  const char *expected[] = { N_("Not set"), "3", "2", "1", NULL };
  g_autoptr(GPtrArray) people = hg_person_list (self->workbook);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkListBox *list = hg_form_boxed_list_new ();
  gint64 none = 0;

  for (guint k = 0; k < 4; k++)
    kinds[k] = hg_risk_treatment_get_label (HG_RISK_TREATMENT_REDUCE + k);
  for (guint p = 0; p < 3; p++)
    plans[p] = hg_risk_plan_get_label (HG_RISK_PLAN_PLANNED + p);
  expected[0] = _(expected[0]);

  self->kind_row = combo (list, _("Treatment"), kinds);
  self->fields[HG_TREATMENT_FIELD_MEASURES] = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_list_box_append (list, GTK_WIDGET (self->fields[HG_TREATMENT_FIELD_MEASURES]));

  gtk_string_list_append (owners, _("Nobody yet"));
  g_array_append_val (self->owner_ids, none);
  for (guint i = 0; i < people->len; i++)
    {
      HgPerson *person = g_ptr_array_index (people, i);

      gtk_string_list_append (owners, person->name);
      g_array_append_val (self->owner_ids, person->id);
    }
  self->owner_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Responsible"));
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (owners));
  gtk_list_box_append (list, GTK_WIDGET (self->owner_row));

  for (guint f = HG_TREATMENT_FIELD_DUE; f < HG_TREATMENT_N_FIELDS; f++)
    {
      if (f == HG_TREATMENT_FIELD_APPROVER)
        {
          self->status_row = combo (list, _("Progress"), plans);
          self->expected_row = combo (list, _("Likelihood of damage afterwards"), expected);
        }
      self->fields[f] = ADW_ENTRY_ROW (adw_entry_row_new ());
      gtk_list_box_append (list, GTK_WIDGET (self->fields[f]));
    }
  for (guint f = 0; f < HG_TREATMENT_N_FIELDS; f++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fields[f]), _(titles[f]));
  hg_form_set_max_length (self->fields[HG_TREATMENT_FIELD_MEASURES], HG_RISK_MEASURES_MAX);
  hg_form_set_max_length (self->fields[HG_TREATMENT_FIELD_APPROVER], HG_RISK_APPROVER_MAX);
  hg_form_set_max_length (self->fields[HG_TREATMENT_FIELD_REASON], HG_RISK_REASON_MAX);

  self->residual_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->residual_label, TRUE);
  gtk_label_set_xalign (self->residual_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->residual_label), "dim-label");
  gtk_widget_set_size_request (box, 400, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->residual_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->expected_row, "notify::selected", G_CALLBACK (update), self);
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
    gtk_editable_set_text (GTK_EDITABLE (self->fields[f]), texts[f] ? texts[f] : "");
}

/* The treatment of the risk at @row_index of @sheet, new or stored. */
GtkWidget *
hg_treatment_dialog_new (HgRiskSheet *sheet,
                         guint        row_index,
                         const char  *asset_name)
{
  const HgRiskRow *row = hg_risk_sheet_get_row (sheet, row_index);
  const HgRiskThreatState *threat = hg_risk_sheet_get_threat (sheet, row->threat);
  HgTreatmentDialog *self;
  g_autofree char *body = NULL;
  gboolean stored;

  /* Translators: the asset, the threat, the risk value and its band (大/中/小) */
  body = g_strdup_printf (_("%s — %s: risk value %u (%s)"), asset_name, threat->name, row->risk,
                          hg_risk_band_get_label (row->band));
  self = g_object_new (HG_TYPE_TREATMENT_DIALOG, "heading", _("Treat the Risk"), "body", body,
                       NULL);
  self->sheet = sheet;
  self->workbook = g_object_ref (hg_risk_sheet_get_workbook (sheet));
  self->importance = row->importance;
  self->treatment = hg_risk_treatment_get (self->workbook, row->asset_id, row->threat_id);
  stored = self->treatment != NULL;
  if (!stored)
    {
      self->treatment = hg_risk_treatment_new (row->asset_id, row->threat_id,
                                               HG_RISK_TREATMENT_REDUCE);
      self->treatment->status = HG_RISK_PLAN_PLANNED;
    }
  build (self);
  fill (self);
  if (stored)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "remove",
                                       _("_Remove Treatment"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  update (self);
  return GTK_WIDGET (self);
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

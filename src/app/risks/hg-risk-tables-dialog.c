/* hg-risk-tables-dialog.c
 *
 * The two tables the method rests on are the workbook's data, because a
 * company or a later version of the guideline may weigh things otherwise:
 * the likelihood of damage for each likelihood and vulnerability, and
 * where the bands 大, 中 and 小 begin. The core checks that every possible
 * risk value falls in exactly one band; the message says what is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-tables-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-form.h"
#include "hg-risk-tables.h"
#include "hg-risk-tables-dialog.h"

struct _HgRiskTablesDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  HgRiskTables      tables;
  GtkDropDown      *cells[3][3];   /* [likelihood - 1][vulnerability - 1], positions 0..2 = 1..3 */
  GtkSpinButton    *large_from;
  GtkSpinButton    *medium_from;
};

G_DEFINE_FINAL_TYPE (HgRiskTablesDialog, hg_risk_tables_dialog, ADW_TYPE_MESSAGE_DIALOG)

gboolean
hg_risk_tables_dialog_apply (HgRiskTablesDialog *self)
{
  g_autoptr(GError) error = NULL;
  HgRiskTables bands = self->tables;
  guint large = (guint) gtk_spin_button_get_value_as_int (self->large_from);
  guint medium = (guint) gtk_spin_button_get_value_as_int (self->medium_from);

  g_return_val_if_fail (HG_IS_RISK_TABLES_DIALOG (self), FALSE);

  for (guint l = 1; l <= 3; l++)
    for (guint v = 1; v <= 3; v++)
      {
        guint value = gtk_drop_down_get_selected (self->cells[l - 1][v - 1]) + 1;

        if (value != hg_risk_tables_damage (&self->tables, l, v)
            && !hg_risk_tables_set_damage (self->workbook, l, v, value, &error))
          goto failed;
      }

  bands.band_min[HG_RISK_BAND_SMALL] = 1;
  bands.band_max[HG_RISK_BAND_SMALL] = medium - 1;
  bands.band_min[HG_RISK_BAND_MEDIUM] = medium;
  bands.band_max[HG_RISK_BAND_MEDIUM] = large - 1;
  bands.band_min[HG_RISK_BAND_LARGE] = large;
  bands.band_max[HG_RISK_BAND_LARGE] = 9;
  if (memcmp (bands.band_min, self->tables.band_min, sizeof bands.band_min) != 0
      || memcmp (bands.band_max, self->tables.band_max, sizeof bands.band_max) != 0)
    if (!hg_risk_tables_set_bands (self->workbook, &bands, &error))
      goto failed;
  return TRUE;

failed:
  hg_form_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), _("Could Not Save"),
                      error->message);
  return FALSE;
}

static void
hg_risk_tables_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  HgRiskTablesDialog *self = HG_RISK_TABLES_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0)
    hg_risk_tables_dialog_apply (self);
  else if (g_strcmp0 (response, "reset") == 0 && !hg_risk_tables_reset (self->workbook, &error))
    hg_form_report_save_error (dialog, error);
}

static void
hg_risk_tables_dialog_dispose (GObject *object)
{
  g_clear_object (&HG_RISK_TABLES_DIALOG (object)->workbook);
  G_OBJECT_CLASS (hg_risk_tables_dialog_parent_class)->dispose (object);
}

static void
hg_risk_tables_dialog_class_init (HgRiskTablesDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_risk_tables_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_risk_tables_dialog_response;
}

static void
hg_risk_tables_dialog_init (HgRiskTablesDialog *self)
{
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "reset", _("_Defaults"),
                                    "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

static GtkWidget *
caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

static GtkWidget *
build_grid (HgRiskTablesDialog *self)
{
  GtkWidget *grid = gtk_grid_new ();
  const char *levels[] = { "1", "2", "3", NULL };

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), caption (_("Likelihood ↓ / vulnerability →")), 0, 0, 1, 1);
  /* As on paper: threat 3 on top, vulnerability 3 on the left. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", 3 - i);

      gtk_grid_attach (GTK_GRID (grid), caption (number), i + 1, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), caption (number), 0, i + 1, 1, 1);
      for (guint j = 0; j < 3; j++)
        {
          guint likelihood = 3 - i, vulnerability = 3 - j;
          GtkWidget *drop = gtk_drop_down_new_from_strings (levels);
          /* Translators: accessible name of a cell of the damage table */
          g_autofree char *name = g_strdup_printf (_("Likelihood of damage for likelihood %u and "
                                                     "vulnerability %u"), likelihood, vulnerability);

          gtk_drop_down_set_selected (GTK_DROP_DOWN (drop),
                                      hg_risk_tables_damage (&self->tables, likelihood,
                                                             vulnerability) - 1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          name, -1);
          self->cells[likelihood - 1][vulnerability - 1] = GTK_DROP_DOWN (drop);
          gtk_grid_attach (GTK_GRID (grid), drop, j + 1, i + 1, 1, 1);
        }
    }
  return grid;
}

static GtkWidget *
band_row (const char     *title,
          guint           value,
          GtkSpinButton **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (2, 9, 1));
  gtk_spin_button_set_value (*spin, value);
  gtk_widget_set_valign (GTK_WIDGET (*spin), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  return row;
}

GtkWidget *
hg_risk_tables_dialog_new (HgWorkbook *workbook)
{
  HgRiskTablesDialog *self;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkListBox *list = hg_form_boxed_list_new ();

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  self = g_object_new (HG_TYPE_RISK_TABLES_DIALOG,
                       "heading", _("Damage Table and Risk Levels"),
                       "body", _("How likely damage is for each likelihood of a threat and "
                                 "vulnerability, and the risk values where the high and "
                                 "medium levels begin. The defaults are the usual ones."),
                       NULL);
  self->workbook = g_object_ref (workbook);
  hg_risk_tables_load (workbook, &self->tables);

  gtk_list_box_append (list, band_row (_("High risk from"),
                                       self->tables.band_min[HG_RISK_BAND_LARGE],
                                       &self->large_from));
  gtk_list_box_append (list, band_row (_("Medium risk from"),
                                       self->tables.band_min[HG_RISK_BAND_MEDIUM],
                                       &self->medium_from));
  gtk_box_append (GTK_BOX (box), build_grid (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_widget_set_size_request (box, 380, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
  return GTK_WIDGET (self);
}

void
hg_risk_tables_dialog_set_cell (HgRiskTablesDialog *self,
                                guint               likelihood,
                                guint               vulnerability,
                                guint               value)
{
  g_return_if_fail (likelihood >= 1 && likelihood <= 3 && vulnerability >= 1 && vulnerability <= 3);
  g_return_if_fail (value >= 1 && value <= 3);
  gtk_drop_down_set_selected (self->cells[likelihood - 1][vulnerability - 1], value - 1);
}

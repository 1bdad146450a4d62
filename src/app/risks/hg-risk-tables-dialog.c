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
#include "hg-level-choice.h"
#include "hg-risk-tables.h"
#include "hg-risk-tables-dialog.h"

struct _HgRiskTablesDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  HgRiskTables      tables;

  /* Template widgets */
  GtkDropDown      *cells[3][3];   /* [likelihood - 1][vulnerability - 1], positions 0..2 = 1..3 */
  GtkSpinButton    *large_from;
  GtkSpinButton    *medium_from;
};

G_DEFINE_FINAL_TYPE (HgRiskTablesDialog, hg_risk_tables_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
hg_risk_tables_dialog_constructed (GObject *object)
{
  HgRiskTablesDialog *self = (HgRiskTablesDialog *) object;

  G_OBJECT_CLASS (hg_risk_tables_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  hg_risk_tables_load (self->workbook, &self->tables);
  for (guint l = 1; l <= 3; l++)
    for (guint v = 1; v <= 3; v++)
      gtk_drop_down_set_selected (self->cells[l - 1][v - 1],
                                  hg_risk_tables_damage (&self->tables, l, v) - 1);
  gtk_spin_button_set_value (self->large_from, self->tables.band_min[HG_RISK_BAND_LARGE]);
  gtk_spin_button_set_value (self->medium_from, self->tables.band_min[HG_RISK_BAND_MEDIUM]);
}

static void
hg_risk_tables_dialog_dispose (GObject *object)
{
  g_clear_object (&HG_RISK_TABLES_DIALOG (object)->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_RISK_TABLES_DIALOG);
  G_OBJECT_CLASS (hg_risk_tables_dialog_parent_class)->dispose (object);
}

static void
hg_risk_tables_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, HG_RISK_TABLES_DIALOG (object)->workbook);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_risk_tables_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_WORKBOOK:
      HG_RISK_TABLES_DIALOG (object)->workbook = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_risk_tables_dialog_class_init (HgRiskTablesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_risk_tables_dialog_constructed;
  object_class->dispose = hg_risk_tables_dialog_dispose;
  object_class->get_property = hg_risk_tables_dialog_get_property;
  object_class->set_property = hg_risk_tables_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_risk_tables_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-risk-tables-dialog.ui");
  for (guint l = 1; l <= 3; l++)
    for (guint v = 1; v <= 3; v++)
      {
        g_autofree char *name = g_strdup_printf ("damage_%u_%u", l, v);

        gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                   G_STRUCT_OFFSET (HgRiskTablesDialog,
                                                                    cells[l - 1][v - 1]));
      }
  gtk_widget_class_bind_template_child (widget_class, HgRiskTablesDialog, large_from);
  gtk_widget_class_bind_template_child (widget_class, HgRiskTablesDialog, medium_from);
}

static const char *
damage_meaning (guint    level,
                gpointer data)
{
  return hg_risk_tables_damage_meaning (level);
}

static void
hg_risk_tables_dialog_init (HgRiskTablesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint l = 1; l <= 3; l++)
    for (guint v = 1; v <= 3; v++)
      {
        /* Translators: accessible name of a cell of the damage table */
        g_autofree char *name = g_strdup_printf (_("Likelihood of damage for likelihood %u and "
                                                   "vulnerability %u"), l, v);

        gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[l - 1][v - 1]),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        hg_level_choice_setup (GTK_WIDGET (self->cells[l - 1][v - 1]), damage_meaning, NULL);
      }
}

GtkWidget *
hg_risk_tables_dialog_new (HgWorkbook *workbook)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_RISK_TABLES_DIALOG, "workbook", workbook, NULL);
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

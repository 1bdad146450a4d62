/* hg-threat-links-dialog.c
 *
 * The catalogue links its threats to the measures that lower them; a
 * threat the company added has none until it says which count, and any
 * link can be changed. The measures are listed by chapter with a check
 * each; Save applies what changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-threat-links-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-risk-catalogue.h"
#include "hg-risk-threat.h"
#include "hg-threat-links-dialog.h"

struct _HgThreatLinksDialog
{
  AdwMessageDialog  parent_instance;

  HgRiskSheet      *sheet;       /* borrowed: the page keeps it while the dialog is up */
  HgWorkbook       *workbook;
  HgRiskCatalogue  *catalogue;   /* borrowed from the sheet */
  gint64            threat_id;
  GHashTable       *checks;      /* control key → GtkCheckButton */
  GHashTable       *linked;      /* control keys linked when the dialog opened */

  /* Template widgets */
  GtkBox           *chapters_box;
};

G_DEFINE_FINAL_TYPE (HgThreatLinksDialog, hg_threat_links_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SHEET,
  PROP_THREAT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
hg_threat_links_dialog_apply (HgThreatLinksDialog *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (HG_IS_THREAT_LINKS_DIALOG (self), FALSE);

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean now = gtk_check_button_get_active (value);
      g_autoptr(GError) error = NULL;

      if (now == g_hash_table_contains (self->linked, key))
        continue;
      if (!hg_risk_threat_set_control (self->workbook, self->catalogue, self->threat_id, key, now,
                                       &error))
        {
          hg_form_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)),
                              _("Could Not Save"), error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static void
hg_threat_links_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  if (g_strcmp0 (response, "save") == 0)
    hg_threat_links_dialog_apply (HG_THREAT_LINKS_DIALOG (dialog));
}

/* One heading and list a chapter of the catalogue, one row a measure. */
static void
fill_chapters (HgThreatLinksDialog *self)
{
  GPtrArray *groups = hg_risk_catalogue_get_groups (self->catalogue);

  for (guint g = 0; g < groups->len; g++)
    {
      const HgRiskControlGroup *group = g_ptr_array_index (groups, g);
      GtkWidget *title = gtk_label_new (group->title);
      GtkListBox *list = hg_form_boxed_list_new ();

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      for (guint c = 0; c < group->controls->len; c++)
        {
          const HgRiskControl *control = g_ptr_array_index (group->controls, c);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();

          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       g_hash_table_contains (self->linked, control->key));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), control->text);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          gtk_list_box_append (list, row);
          g_hash_table_insert (self->checks, g_strdup (control->key), check);
        }
      gtk_box_append (self->chapters_box, title);
      gtk_box_append (self->chapters_box, GTK_WIDGET (list));
    }
}

static void
hg_threat_links_dialog_constructed (GObject *object)
{
  HgThreatLinksDialog *self = (HgThreatLinksDialog *) object;
  const HgRiskThreatState *threat;
  g_auto(GStrv) linked = NULL;
  g_autofree char *heading = NULL;
  gint index;

  G_OBJECT_CLASS (hg_threat_links_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->sheet != NULL);
  index = hg_risk_sheet_find_threat (self->sheet, self->threat_id);
  g_return_if_fail (index >= 0);

  threat = hg_risk_sheet_get_threat (self->sheet, (guint) index);
  /* Translators: %s is a threat */
  heading = g_strdup_printf (_("Measures against “%s”"), threat->display_name);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  self->workbook = g_object_ref (hg_risk_sheet_get_workbook (self->sheet));
  self->catalogue = hg_risk_sheet_get_catalogue (self->sheet);
  linked = hg_risk_threat_get_controls (self->workbook, self->threat_id);
  for (guint i = 0; linked != NULL && linked[i] != NULL; i++)
    g_hash_table_add (self->linked, g_strdup (linked[i]));
  fill_chapters (self);
}

static void
hg_threat_links_dialog_dispose (GObject *object)
{
  HgThreatLinksDialog *self = (HgThreatLinksDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->linked, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_THREAT_LINKS_DIALOG);

  G_OBJECT_CLASS (hg_threat_links_dialog_parent_class)->dispose (object);
}

static void
hg_threat_links_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HgThreatLinksDialog *self = HG_THREAT_LINKS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      g_value_set_pointer (value, self->sheet);
      break;
    case PROP_THREAT_ID:
      g_value_set_int64 (value, self->threat_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_threat_links_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HgThreatLinksDialog *self = HG_THREAT_LINKS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      self->sheet = g_value_get_pointer (value);
      break;
    case PROP_THREAT_ID:
      self->threat_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_threat_links_dialog_class_init (HgThreatLinksDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_threat_links_dialog_constructed;
  object_class->dispose = hg_threat_links_dialog_dispose;
  object_class->get_property = hg_threat_links_dialog_get_property;
  object_class->set_property = hg_threat_links_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_threat_links_dialog_response;

  /* The HgRiskSheet the threat is in: not a GObject, so a pointer, which
   * the caller keeps alive while the dialog is up. */
  properties[PROP_SHEET] =
    g_param_spec_pointer ("sheet", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THREAT_ID] =
    g_param_spec_int64 ("threat-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-threat-links-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgThreatLinksDialog, chapters_box);
}

static void
hg_threat_links_dialog_init (HgThreatLinksDialog *self)
{
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_threat_links_dialog_new (HgRiskSheet *sheet,
                            gint64       threat_id)
{
  g_return_val_if_fail (sheet != NULL, NULL);

  return g_object_new (HG_TYPE_THREAT_LINKS_DIALOG,
                       "sheet", sheet,
                       "threat-id", threat_id,
                       NULL);
}

void
hg_threat_links_dialog_check (HgThreatLinksDialog *self,
                              const char          *control_key,
                              gboolean             linked)
{
  GtkCheckButton *check = g_hash_table_lookup (self->checks, control_key);

  g_return_if_fail (check != NULL);
  gtk_check_button_set_active (check, linked);
}

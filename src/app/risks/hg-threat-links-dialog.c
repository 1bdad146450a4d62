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

  HgWorkbook       *workbook;
  HgRiskCatalogue  *catalogue;   /* borrowed from the sheet, which the page keeps */
  gint64            threat_id;
  GHashTable       *checks;      /* control key → GtkCheckButton */
  GHashTable       *linked;      /* control keys linked when the dialog opened */
};

G_DEFINE_FINAL_TYPE (HgThreatLinksDialog, hg_threat_links_dialog, ADW_TYPE_MESSAGE_DIALOG)

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

static void
hg_threat_links_dialog_dispose (GObject *object)
{
  HgThreatLinksDialog *self = (HgThreatLinksDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->linked, g_hash_table_unref);

  G_OBJECT_CLASS (hg_threat_links_dialog_parent_class)->dispose (object);
}

static void
hg_threat_links_dialog_class_init (HgThreatLinksDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_threat_links_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_threat_links_dialog_response;
}

static void
hg_threat_links_dialog_init (HgThreatLinksDialog *self)
{
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  hg_form_add_save_responses (ADW_MESSAGE_DIALOG (self));
}

GtkWidget *
hg_threat_links_dialog_new (HgRiskSheet *sheet,
                            gint64       threat_id)
{
  const HgRiskThreatState *threat = hg_risk_sheet_get_threat (sheet, hg_risk_sheet_find_threat (sheet, threat_id));
  HgThreatLinksDialog *self;
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GPtrArray *groups;
  g_auto(GStrv) linked = NULL;
  /* Translators: %s is a threat */
  g_autofree char *heading = g_strdup_printf (_("Measures against “%s”"), threat->name);

  self = g_object_new (HG_TYPE_THREAT_LINKS_DIALOG, "heading", heading,
                       "body", _("Check the measures that lower this threat. Its vulnerability "
                                 "follows from how many of them are in place."),
                       NULL);
  self->workbook = g_object_ref (hg_risk_sheet_get_workbook (sheet));
  self->catalogue = hg_risk_sheet_get_catalogue (sheet);
  self->threat_id = threat_id;
  linked = hg_risk_threat_get_controls (self->workbook, threat_id);
  for (guint i = 0; linked != NULL && linked[i] != NULL; i++)
    g_hash_table_add (self->linked, g_strdup (linked[i]));

  groups = hg_risk_catalogue_get_groups (self->catalogue);
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
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scroller, 460, 420);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scroller);
  return GTK_WIDGET (self);
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

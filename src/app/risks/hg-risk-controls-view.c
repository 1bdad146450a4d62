/* hg-risk-controls-view.c
 *
 * The measures in the order of the rules' chapters, each answered with a
 * drop-down (実施している, 一部実施している, 実施していない, 該当しない) and a
 * note. An answer is saved at once, as one undoable edit, and the risks
 * of the threats it counters follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-controls-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-note-dialog.h"
#include "hg-risk-controls-view.h"
#include "hg-risk-rating.h"

struct _HgRiskControlsView
{
  AdwBin        parent_instance;

  HgRiskSheet  *sheet;       /* borrowed from the page */
  gint64        department;
  GHashTable   *drops;       /* control key → GtkDropDown */
  GPtrArray    *groups;      /* the page's groups, made by _set() */
  guint         loading : 1;

  /* Template widgets */
  AdwPreferencesPage *page;
};

G_DEFINE_FINAL_TYPE (HgRiskControlsView, hg_risk_controls_view, ADW_TYPE_BIN)

static void
save (HgRiskControlsView *self,
      const char         *key,
      HgRiskStatus        status,
      const char         *note)
{
  g_autoptr(GError) error = NULL;

  if (!hg_risk_answer_set (hg_risk_sheet_get_workbook (self->sheet),
                           hg_risk_sheet_get_catalogue (self->sheet), key, self->department,
                           status, note, &error))
    hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                        _("Could Not Save"), error->message);
}

static void
status_changed_cb (GtkDropDown        *drop,
                   GParamSpec         *pspec,
                   HgRiskControlsView *self)
{
  const char *key = g_object_get_data (G_OBJECT (drop), "control");
  g_autofree char *note = NULL;

  if (self->loading || self->sheet == NULL)
    return;
  hg_risk_answer_get (hg_risk_sheet_get_workbook (self->sheet), key, self->department, &note);
  save (self, key, gtk_drop_down_get_selected (drop), note);
}

static void
note_response_cb (HgNoteDialog       *dialog,
                  const char         *response,
                  HgRiskControlsView *self)
{
  const char *key = hg_note_dialog_get_control (dialog);
  GtkDropDown *drop = g_hash_table_lookup (self->drops, key);

  if (g_strcmp0 (response, "save") == 0 && drop != NULL)
    save (self, key, gtk_drop_down_get_selected (drop), hg_note_dialog_get_note (dialog));
}

static void
note_clicked_cb (GtkButton          *button,
                 HgRiskControlsView *self)
{
  const char *key = g_object_get_data (G_OBJECT (button), "control");
  const char *text = g_object_get_data (G_OBJECT (button), "text");
  g_autofree char *note = NULL;
  GtkWidget *dialog;

  hg_risk_answer_get (hg_risk_sheet_get_workbook (self->sheet), key, self->department, &note);
  dialog = hg_note_dialog_new (key, text, note);
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect (dialog, "response", G_CALLBACK (note_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
control_row (HgRiskControlsView       *self,
             const HgRiskControlState *state)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop, *note;
  g_autofree char *subtitle = NULL;
  g_autofree char *note_text = NULL;
  HgRiskStatus status = hg_risk_answer_get (hg_risk_sheet_get_workbook (self->sheet), state->key,
                                            self->department, &note_text);

  for (HgRiskStatus s = 0; s < HG_RISK_N_STATUSES; s++)
    gtk_string_list_append (statuses, hg_risk_status_get_label (s));
  drop = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL);
  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), status);
  g_object_set_data_full (G_OBJECT (drop), "control", g_strdup (state->key), g_free);
  g_signal_connect (drop, "notify::selected", G_CALLBACK (status_changed_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state->text, -1);
  g_hash_table_insert (self->drops, g_strdup (state->key), drop);

  note = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_valign (note, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (note, "flat");
  gtk_widget_set_tooltip_text (note, _("Add a Note"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add a Note"), -1);
  g_object_set_data_full (G_OBJECT (note), "control", g_strdup (state->key), g_free);
  g_object_set_data_full (G_OBJECT (note), "text", g_strdup (state->text), g_free);
  g_signal_connect (note, "clicked", G_CALLBACK (note_clicked_cb), self);

  /* Translators: how many threats a measure lowers */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Lowers %u threat",
                                           "Lowers %u threats", state->n_threats),
                              state->n_threats);
  if (note_text != NULL && note_text[0] != '\0')
    {
      g_autofree char *with_note = g_strdup_printf ("%s · %s", subtitle, note_text);
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_note);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), state->text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), note);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop);
  return row;
}

void
hg_risk_controls_view_set (HgRiskControlsView *self,
                           HgRiskSheet        *sheet,
                           gint64              department_id)
{
  AdwPreferencesGroup *group = NULL;
  const HgRiskControlGroup *current = NULL;

  g_return_if_fail (HG_IS_RISK_CONTROLS_VIEW (self));

  self->sheet = sheet;
  self->department = department_id;
  g_hash_table_remove_all (self->drops);
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  self->loading = TRUE;
  for (guint i = 0; sheet != NULL && i < hg_risk_sheet_get_n_controls (sheet); i++)
    {
      const HgRiskControlState *state = hg_risk_sheet_get_control (sheet, i);
      const HgRiskControlGroup *owner = state->control ? state->control->group : NULL;

      if (group == NULL || owner != current)
        {
          current = owner;
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, owner ? owner->title : _("Other Measures"));
          adw_preferences_page_add (self->page, group);
          g_ptr_array_add (self->groups, group);
        }
      adw_preferences_group_add (group, control_row (self, state));
    }
  self->loading = FALSE;
}

GtkWidget *
hg_risk_controls_view_get_status_drop (HgRiskControlsView *self,
                                       const char         *control_key)
{
  return g_hash_table_lookup (self->drops, control_key);
}

static void
hg_risk_controls_view_dispose (GObject *object)
{
  HgRiskControlsView *self = HG_RISK_CONTROLS_VIEW (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  /* The page is the bin's child: taken out here, or the bin would unparent
   * it a second time after the template lets it go. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_RISK_CONTROLS_VIEW);
  G_OBJECT_CLASS (hg_risk_controls_view_parent_class)->dispose (object);
}

static void
hg_risk_controls_view_finalize (GObject *object)
{
  g_hash_table_unref (HG_RISK_CONTROLS_VIEW (object)->drops);
  G_OBJECT_CLASS (hg_risk_controls_view_parent_class)->finalize (object);
}

static void
hg_risk_controls_view_class_init (HgRiskControlsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hg_risk_controls_view_dispose;
  G_OBJECT_CLASS (klass)->finalize = hg_risk_controls_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-risk-controls-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRiskControlsView, page);
}

static void
hg_risk_controls_view_init (HgRiskControlsView *self)
{
  self->drops = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->groups = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_risk_controls_view_new (void)
{
  return g_object_new (HG_TYPE_RISK_CONTROLS_VIEW, NULL);
}

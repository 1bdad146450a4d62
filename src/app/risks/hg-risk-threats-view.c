/* hg-risk-threats-view.c
 *
 * One group per medium of the register, one row per threat: what it is,
 * how likely it is (the choice, with what each level means), and what
 * follows from the checklist — the vulnerability, the likelihood of
 * damage and how many assets it meets. "Why?" opens the reasoning: which
 * linked measures are in place and which are missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-threats-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-risk-explanation.h"
#include "hg-risk-rating.h"
#include "hg-risk-threat.h"
#include "hg-risk-threats-view.h"
#include "hg-threat-dialog.h"
#include "hg-threat-links-dialog.h"

struct _HgRiskThreatsView
{
  AdwBin        parent_instance;

  HgRiskSheet  *sheet;        /* borrowed from the page */
  gint64        department;
  GHashTable   *rows;         /* threat id → AdwActionRow */
  GPtrArray    *groups;       /* the page's groups, made by _set() */
  guint         loading : 1;

  /* Template widgets */
  AdwPreferencesPage *page;
};

G_DEFINE_FINAL_TYPE (HgRiskThreatsView, hg_risk_threats_view, ADW_TYPE_BIN)

/* Drop-down positions: 3, 2, 1 (highest first, as the criteria read). */
static const char *likelihood_labels[] = {
  N_("3 — can happen any day"), N_("2 — a few times a year"), N_("1 — not in normal times"),
  NULL,
};

static char *
state_text (HgRiskThreatsView       *self,
            const HgRiskThreatState *state)
{
  guint likelihood = 0, vulnerability = 0, damage = 0;

  hg_risk_sheet_get_cell (self->sheet, state->id, self->department, &likelihood, &vulnerability,
                          &damage);
  /* Translators: vulnerability and likelihood of damage are 1 to 3;
   * then the number of assets the threat meets and how many of them are 大 */
  return g_strdup_printf (_("Vulnerability %u · likelihood of damage %u · %u assets, %u of them "
                            "high risk"), vulnerability, damage, state->n_rows,
                          state->n_by_band[HG_RISK_BAND_LARGE]);
}

static void
likelihood_changed_cb (GtkDropDown       *drop,
                       GParamSpec        *pspec,
                       HgRiskThreatsView *self)
{
  gint64 threat_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (drop), "threat"));
  guint likelihood = 3 - gtk_drop_down_get_selected (drop);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->sheet == NULL)
    return;
  if (!hg_risk_likelihood_set (hg_risk_sheet_get_workbook (self->sheet), threat_id,
                               self->department, likelihood, &error))
    hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                        _("Could Not Save"), error->message);
}

static void
why_shown_cb (GtkPopover        *popover,
              HgRiskThreatsView *self)
{
  gint64 threat_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (popover), "threat"));
  g_autoptr(HgRiskExplanation) why = hg_risk_sheet_explain (self->sheet, threat_id,
                                                            self->department);
  g_autoptr(GString) text = g_string_new (why->summary);

  for (guint i = 0; i < why->controls->len; i++)
    {
      const HgRiskExplainedControl *c = &g_array_index (why->controls, HgRiskExplainedControl, i);

      g_string_append_c (text, '\n');
      /* Translators: a measure in a list, and its status */
      g_string_append_printf (text, _("• %s — %s"), c->text, hg_risk_status_get_label (c->status));
    }
  gtk_label_set_text (GTK_LABEL (gtk_popover_get_child (popover)), text->str);
}

static GtkWidget *
why_button (HgRiskThreatsView *self,
            gint64             threat_id)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  g_object_set_data (G_OBJECT (popover), "threat", GSIZE_TO_POINTER (threat_id));
  g_signal_connect (popover, "show", G_CALLBACK (why_shown_cb), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Why?"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Which measures count for this threat"));
  return button;
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgRiskThreatsView *self = HG_RISK_THREATS_VIEW (widget);
  gint64 threat_id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;

  /* No question asked: Undo brings it back with its ratings. */
  if (!hg_risk_threat_remove (hg_risk_sheet_get_workbook (self->sheet), threat_id, &error))
    hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                        _("Could Not Remove"), error->message);
}

/* Saves the threat dialog: a new threat of the medium, or the one edited. */
static void
threat_response_cb (HgThreatDialog    *dialog,
                    const char        *response,
                    HgRiskThreatsView *self)
{
  gint64 threat = hg_threat_dialog_get_threat_id (dialog);
  const char *name = hg_threat_dialog_get_name (dialog);
  const char *description = hg_threat_dialog_get_description (dialog);
  HgWorkbook *workbook;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "save") != 0 || self->sheet == NULL)
    return;
  workbook = hg_risk_sheet_get_workbook (self->sheet);
  if (threat > 0)
    ok = hg_risk_threat_update (workbook, hg_risk_sheet_get_catalogue (self->sheet), threat, name,
                                description, &error);
  else
    ok = hg_risk_threat_add (workbook, hg_threat_dialog_get_medium_id (dialog), name,
                             description, 2, &error) > 0;
  if (!ok)
    hg_form_report_save_error (ADW_MESSAGE_DIALOG (dialog), error);
}

/* @threat_id 0: a new threat of @medium_id; else that threat, renamed. */
static void
threat_dialog (HgRiskThreatsView *self,
               gint64             medium_id,
               const char        *medium_name,
               gint64             threat_id,
               const char        *old_name,
               const char        *old_description)
{
  GtkWidget *dialog = g_object_new (HG_TYPE_THREAT_DIALOG,
                                    "transient-for", gtk_widget_get_root (GTK_WIDGET (self)),
                                    "medium-id", medium_id,
                                    "medium-name", medium_name,
                                    "threat-id", threat_id,
                                    "name", old_name,
                                    "description", old_description,
                                    NULL);

  g_signal_connect (dialog, "response", G_CALLBACK (threat_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_clicked_cb (GtkButton         *button,
                HgRiskThreatsView *self)
{
  threat_dialog (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "medium")),
                 g_object_get_data (G_OBJECT (button), "medium-name"), 0, NULL, NULL);
}

static void
links_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  HgRiskThreatsView *self = HG_RISK_THREATS_VIEW (widget);
  gint64 threat_id = g_variant_get_int64 (param);
  GtkWidget *dialog = hg_threat_links_dialog_new (self->sheet, threat_id);

  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgRiskThreatsView *self = HG_RISK_THREATS_VIEW (widget);
  gint64 threat_id = g_variant_get_int64 (param);
  gint index = hg_risk_sheet_find_threat (self->sheet, threat_id);
  const HgRiskThreatState *state;

  if (index < 0)
    return;
  state = hg_risk_sheet_get_threat (self->sheet, (guint) index);
  threat_dialog (self, state->medium_id, state->display_medium, threat_id, state->display_name,
                 state->display_description);
}

static GtkWidget *
add_button (const HgRiskThreatState *state,
            HgRiskThreatsView       *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  /* Translators: tooltip; %s is a medium of the register */
  g_autofree char *tip = g_strdup_printf (_("Add a Threat to %s"), state->display_medium);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  g_object_set_data (G_OBJECT (button), "medium", GSIZE_TO_POINTER (state->medium_id));
  g_object_set_data_full (G_OBJECT (button), "medium-name", g_strdup (state->display_medium), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (add_clicked_cb), self);
  return button;
}

/* The less frequent things to do with a threat, in one menu, so the row
 * keeps room for its name. */
static GtkWidget *
threat_menu (const HgRiskThreatState *state)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  /* Translators: tooltip of a threat's menu; %s is the threat */
  g_autofree char *tip = g_strdup_printf (_("More for “%s”"), state->display_name);
  const struct { const char *label; const char *action; } items[] = {
    { N_("Re_name…"), "threat.rename" },
    { N_("_Measures Against It…"), "threat.links" },
    { N_("_Remove"), "threat.remove" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, items[i].action,
                                               g_variant_new_int64 (state->id));
      g_menu_append_item (menu, item);
    }
  return hg_form_row_menu_button (G_MENU_MODEL (menu), tip);
}

/* The drop-down's button shows the chosen level over the others, hidden:
 * a drop-down is as wide as the label it shows, and with it the Why?
 * button beside it would move each time the level changed. */
static void
setup_level_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *stack = gtk_stack_new ();

  gtk_stack_set_hhomogeneous (GTK_STACK (stack), TRUE);
  for (guint i = 0; likelihood_labels[i]; i++)
    {
      GtkWidget *label = gtk_label_new (_(likelihood_labels[i]));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* As wide as the longest level where there is room; cut rather than
       * widening a phone's window. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_stack_add_child (GTK_STACK (stack), label);
    }
  gtk_list_item_set_child (item, stack);
}

static void
bind_level_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *stack = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (stack);

  for (guint i = 0; i < gtk_list_item_get_position (item) && label != NULL; i++)
    label = gtk_widget_get_next_sibling (label);
  if (label != NULL)
    gtk_stack_set_visible_child (GTK_STACK (stack), label);
}

/* In the list: each level, the chosen one ticked, as GTK's own. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (box), check);
  g_object_bind_property (item, "selected", check, "visible", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, box);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_text (GTK_LABEL (label),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkWidget *
likelihood_drop_down (void)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();
  GtkWidget *drop;

  for (guint i = 0; likelihood_labels[i]; i++)
    gtk_string_list_append (levels, _(likelihood_labels[i]));
  g_signal_connect (button, "setup", G_CALLBACK (setup_level_cb), NULL);
  g_signal_connect (button, "bind", G_CALLBACK (bind_level_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_choice_cb), NULL);
  drop = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (levels)), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop), button);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (drop), list);
  return drop;
}

static GtkWidget *
threat_row (HgRiskThreatsView       *self,
            const HgRiskThreatState *state)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop = likelihood_drop_down ();
  g_autofree char *subtitle = state_text (self, state);
  guint likelihood = hg_risk_likelihood_get (hg_risk_sheet_get_workbook (self->sheet), state->id,
                                             self->department);

  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  if (likelihood >= 1 && likelihood <= 3)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), 3 - likelihood);
  g_object_set_data (G_OBJECT (drop), "threat", GSIZE_TO_POINTER (state->id));
  g_signal_connect (drop, "notify::selected", G_CALLBACK (likelihood_changed_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state->display_name, -1);
  gtk_widget_set_tooltip_text (drop, state->display_description);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), state->display_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), why_button (self, state->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), threat_menu (state));
  g_hash_table_insert (self->rows, GSIZE_TO_POINTER (state->id), row);
  return row;
}

void
hg_risk_threats_view_set (HgRiskThreatsView *self,
                          HgRiskSheet       *sheet,
                          gint64             department_id)
{
  AdwPreferencesGroup *group = NULL;
  gint64 medium = -1;

  g_return_if_fail (HG_IS_RISK_THREATS_VIEW (self));

  self->sheet = sheet;
  self->department = department_id;
  g_hash_table_remove_all (self->rows);
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  self->loading = TRUE;
  for (guint i = 0; sheet != NULL && i < hg_risk_sheet_get_n_threats (sheet); i++)
    {
      const HgRiskThreatState *state = hg_risk_sheet_get_threat (sheet, i);

      if (state->medium_id != medium)
        {
          medium = state->medium_id;
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, state->display_medium);
          adw_preferences_group_set_header_suffix (group, add_button (state, self));
          adw_preferences_page_add (self->page, group);
          g_ptr_array_add (self->groups, group);
        }
      adw_preferences_group_add (group, threat_row (self, state));
    }
  self->loading = FALSE;
}

/* After a rating or an answer: the numbers under each threat, in place. */
void
hg_risk_threats_view_update (HgRiskThreatsView *self)
{
  g_return_if_fail (HG_IS_RISK_THREATS_VIEW (self));

  for (guint i = 0; self->sheet != NULL && i < hg_risk_sheet_get_n_threats (self->sheet); i++)
    {
      const HgRiskThreatState *state = hg_risk_sheet_get_threat (self->sheet, i);
      GtkWidget *row = g_hash_table_lookup (self->rows, GSIZE_TO_POINTER (state->id));
      g_autofree char *subtitle = NULL;

      if (row == NULL)
        continue;
      subtitle = state_text (self, state);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
}

static void
hg_risk_threats_view_dispose (GObject *object)
{
  HgRiskThreatsView *self = HG_RISK_THREATS_VIEW (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  /* The page is the bin's child: taken out here, or the bin would unparent
   * it a second time after the template lets it go. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_RISK_THREATS_VIEW);
  G_OBJECT_CLASS (hg_risk_threats_view_parent_class)->dispose (object);
}

static void
hg_risk_threats_view_finalize (GObject *object)
{
  g_hash_table_unref (HG_RISK_THREATS_VIEW (object)->rows);
  G_OBJECT_CLASS (hg_risk_threats_view_parent_class)->finalize (object);
}

static void
hg_risk_threats_view_class_init (HgRiskThreatsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hg_risk_threats_view_dispose;
  G_OBJECT_CLASS (klass)->finalize = hg_risk_threats_view_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-risk-threats-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRiskThreatsView, page);
  gtk_widget_class_install_action (widget_class, "threat.rename", "x", rename_action);
  gtk_widget_class_install_action (widget_class, "threat.links", "x", links_action);
  gtk_widget_class_install_action (widget_class, "threat.remove", "x", remove_action);
}

static void
hg_risk_threats_view_init (HgRiskThreatsView *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
  self->groups = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_risk_threats_view_new (void)
{
  return g_object_new (HG_TYPE_RISK_THREATS_VIEW, NULL);
}

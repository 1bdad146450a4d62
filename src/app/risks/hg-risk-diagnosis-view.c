/* hg-risk-diagnosis-view.c
 *
 * The rule chapters ranked by how much risk their missing measures leave,
 * each with its weakest measures and, for the first ones, the stricter
 * answers the policy wizard could give; "Open in the Wizard" goes to the
 * step that writes the chapter, where the same advice is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-diagnosis-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-risk-diagnosis.h"
#include "hg-risk-diagnosis-view.h"

/* Chapters shown with their suggestions. */
#define N_TOP 3

struct _HgRiskDiagnosisView
{
  AdwBin               parent_instance;

  GPtrArray           *rows;   /* the group's rows, made by _set() */

  /* Template widgets */
  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (HgRiskDiagnosisView, hg_risk_diagnosis_view, ADW_TYPE_BIN)

static GtkWidget *
group_row (const HgRiskDiagnosisGroup *g,
           double                      top_score)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (top_score, 1));
  GtkWidget *open = gtk_button_new_from_icon_name ("go-next-symbolic");
  g_autofree char *title = g_strdup_printf ("%u. %s", g->rank, g->group->title);
  g_autofree char *weak = NULL;

  if (g->weak->len == 0)
    weak = g_strdup (_("Every measure of this chapter is in place."));
  else
    /* Translators: how many measures are missing or partly done, and the first of them */
    weak = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measure to work on, first: %s",
                                         "%u measures to work on, first: %s", g->weak->len),
                            g->weak->len, g_array_index (g->weak, HgRiskWeakControl, 0).text);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), g->score);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  /* An icon with its words in the tooltip and for the screen reader: a
   * label, on one line or wrapped, either kept the window wider than a
   * phone or broke 「ウィザードで開く」 a character a line at 990 px. */
  gtk_widget_set_tooltip_text (open, _("Open in the Wizard"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open in the Wizard"), -1);
  gtk_widget_add_css_class (open, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.show-policy-step");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", g->group->step);
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), weak);
  /* Each action goes before the ones added earlier: the bar, then the way
   * to the wizard, then the expander's arrow. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), open);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), bar);

  for (guint i = 0; i < g->weak->len; i++)
    {
      const HgRiskWeakControl *c = &g_array_index (g->weak, HgRiskWeakControl, i);
      GtkWidget *child = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), c->text);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (child), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (child), hg_risk_status_get_label (c->status));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }
  for (guint i = 0; g->suggestions != NULL && i < g->suggestions->len; i++)
    {
      const HgRiskSuggestionItem *s = &g_array_index (g->suggestions, HgRiskSuggestionItem, i);
      GtkWidget *child = adw_action_row_new ();
      /* Translators: a question of the policy wizard and the stricter answer suggested */
      g_autofree char *text = g_strdup_printf (_("Suggested in the wizard: “%s” → %s"),
                                               s->label ? s->label : s->question,
                                               s->value_label ? s->value_label : s->value);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), text);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (child), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (child),
                                 gtk_image_new_from_icon_name ("dialog-information-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }
  return row;
}

void
hg_risk_diagnosis_view_set (HgRiskDiagnosisView *self,
                            HgRiskSheet         *sheet,
                            HgPack              *pack)
{
  g_autoptr(HgRiskDiagnosis) diagnosis = NULL;
  double top = 0;

  g_return_if_fail (HG_IS_RISK_DIAGNOSIS_VIEW (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (sheet != NULL)
    diagnosis = hg_risk_diagnosis_new (sheet, pack, N_TOP);
  for (guint i = 0; diagnosis != NULL && i < diagnosis->groups->len; i++)
    {
      const HgRiskDiagnosisGroup *g = g_ptr_array_index (diagnosis->groups, i);

      top = MAX (top, g->score);
    }
  for (guint i = 0; diagnosis != NULL && i < diagnosis->groups->len; i++)
    {
      GtkWidget *row = group_row (g_ptr_array_index (diagnosis->groups, i), top);

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
hg_risk_diagnosis_view_dispose (GObject *object)
{
  HgRiskDiagnosisView *self = HG_RISK_DIAGNOSIS_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_RISK_DIAGNOSIS_VIEW);
  G_OBJECT_CLASS (hg_risk_diagnosis_view_parent_class)->dispose (object);
}

static void
hg_risk_diagnosis_view_class_init (HgRiskDiagnosisViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hg_risk_diagnosis_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-risk-diagnosis-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRiskDiagnosisView, group);
}

static void
hg_risk_diagnosis_view_init (HgRiskDiagnosisView *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_risk_diagnosis_view_new (void)
{
  return g_object_new (HG_TYPE_RISK_DIAGNOSIS_VIEW, NULL);
}

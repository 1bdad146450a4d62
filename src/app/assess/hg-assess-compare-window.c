/* hg-assess-compare-window.c
 *
 * The question in December is "what is different from last year", so only
 * the items that changed are listed, worst news first after the good: each
 * with its answer before and after and a word for the change. The rates of
 * both rounds stand side by side above, level by level. The rounds are
 * chosen in two drop-downs; the same round on both sides shows nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-compare-window.h"
#include "hg-assess-round-text.h"
#include "hg-assessment-history.h"
#include "hg-form.h"
#include "hg-framework-catalog.h"

struct _HgAssessCompareWindow
{
  AdwWindow               parent_instance;

  HgWorkbook             *workbook;
  char                   *framework_id;
  gint64                  from;
  gint64                  to;
  HgFramework            *framework;
  GPtrArray              *rounds;       /* of HgAssessment, as the drop-downs list them */
  HgAssessmentComparison *comparison;
  gboolean                updating;

  /* Template widgets */
  GtkLabel               *title_label;
  GtkDropDown            *from_drop;
  GtkDropDown            *to_drop;
  GtkGrid                *rates_grid;
  GtkLabel               *counts_label;
  GtkListBox             *changes_list;
};

G_DEFINE_FINAL_TYPE (HgAssessCompareWindow, hg_assess_compare_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_FRAMEWORK_ID,
  PROP_FROM,
  PROP_TO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order the changes are listed in, and their words. */
static const HgAnswerChange listed[] = {
  HG_ANSWER_CHANGE_IMPROVED, HG_ANSWER_CHANGE_WORSE, HG_ANSWER_CHANGE_CHANGED,
  HG_ANSWER_CHANGE_NEW,
};

static const char *
change_word (HgAnswerChange change)
{
  switch (change)
    {
    case HG_ANSWER_CHANGE_IMPROVED:
      return _("Improved");
    case HG_ANSWER_CHANGE_WORSE:
      return _("Worse");
    case HG_ANSWER_CHANGE_CHANGED:
      return _("Changed");
    case HG_ANSWER_CHANGE_NEW:
      return _("Newly answered");
    case HG_ANSWER_CHANGE_SAME:
    case HG_ANSWER_N_CHANGES:
    default:
      return _("Unchanged");
    }
}

static const char *
answer_label (HgFramework        *framework,
              HgAssessmentAnswer *answer)
{
  HgFrameworkAnswer *a = answer ? hg_framework_find_answer (framework, answer->value) : NULL;

  return answer == NULL ? _("Unanswered") : a ? a->label : answer->value;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
cell (const char *text,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
show_rates (HgAssessCompareWindow *self)
{
  HgAssessmentComparison *c = self->comparison;
  g_autofree char *before = hg_assess_round_state (c->from);
  g_autofree char *after = hg_assess_round_state (c->to);
  int row = 1;

  clear_grid (self->rates_grid);
  gtk_grid_attach (self->rates_grid, cell (_("Rate met"), "heading"), 0, 0, 1, 1);
  gtk_grid_attach (self->rates_grid, cell (before, "heading"), 1, 0, 1, 1);
  gtk_grid_attach (self->rates_grid, cell (after, "heading"), 2, 0, 1, 1);
  if (hg_framework_get_scoring (self->framework) == HG_SCORING_SUM)
    {
      g_autofree char *from_total = g_strdup_printf (_("%d of %d points"), c->from_score->total,
                                                     c->from_score->maximum);
      g_autofree char *to_total = g_strdup_printf (_("%d of %d points"), c->to_score->total,
                                                   c->to_score->maximum);

      gtk_grid_attach (self->rates_grid, cell (_("Total"), NULL), 0, row, 1, 1);
      gtk_grid_attach (self->rates_grid, cell (from_total, "numeric"), 1, row, 1, 1);
      gtk_grid_attach (self->rates_grid, cell (to_total, "numeric"), 2, row++, 1, 1);
    }
  for (guint r = 0; r < c->to_score->rates->len; r++, row++)
    {
      HgFrameworkRate *b = &g_array_index (c->from_score->rates, HgFrameworkRate, r);
      HgFrameworkRate *a = &g_array_index (c->to_score->rates, HgFrameworkRate, r);
      g_autofree char *label = hg_assess_rate_label (a);
      g_autofree char *bv = hg_assess_rate_value (b);
      g_autofree char *av = hg_assess_rate_value (a);

      if (hg_framework_score_rate_repeats (c->to_score, r))
        break;
      gtk_grid_attach (self->rates_grid, cell (label, NULL), 0, row, 1, 1);
      gtk_grid_attach (self->rates_grid, cell (bv, "numeric"), 1, row, 1, 1);
      gtk_grid_attach (self->rates_grid, cell (av, "numeric"), 2, row, 1, 1);
    }
}

static GtkWidget *
change_row (HgAssessCompareWindow  *self,
            HgAssessmentItemChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number = hg_assess_item_number_new (change->item->ref);
  GtkWidget *word = gtk_label_new (change_word (change->change));
  g_autofree char *name = g_strdup_printf ("change-%s", change->item->ref);
  /* Translators: an item's answer before → after, e.g. 「できていない → できている」 */
  g_autofree char *subtitle = g_strdup_printf (_("%s → %s"),
                                               answer_label (self->framework, change->before),
                                               answer_label (self->framework, change->after));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->item->text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, name);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);
  gtk_widget_add_css_class (word, change->change == HG_ANSWER_CHANGE_IMPROVED ? "success"
                                  : change->change == HG_ANSWER_CHANGE_WORSE ? "error"
                                  : "dim-label");
  gtk_widget_add_css_class (word, "caption-heading");
  gtk_widget_set_valign (word, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), word);
  return row;
}

static void
show (HgAssessCompareWindow *self)
{
  g_autoptr(GError) error = NULL;
  GString *counts = g_string_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);
  clear_grid (self->rates_grid);
  g_clear_pointer (&self->comparison, hg_assessment_comparison_free);
  self->comparison = hg_assessment_compare (self->workbook, self->framework, self->from, self->to,
                                            &error);
  if (self->comparison == NULL)
    {
      gtk_label_set_text (self->counts_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->changes_list), FALSE);
      g_string_free (counts, TRUE);
      return;
    }
  show_rates (self);
  for (guint k = 0; k < G_N_ELEMENTS (listed); k++)
    {
      for (guint i = 0; i < self->comparison->items->len; i++)
        {
          HgAssessmentItemChange *change = g_ptr_array_index (self->comparison->items, i);

          if (change->change == listed[k])
            gtk_list_box_append (self->changes_list, change_row (self, change));
        }
      g_string_append_printf (counts, "%s%s %u", counts->len ? " · " : "",
                              change_word (listed[k]), self->comparison->counts[listed[k]]);
    }
  g_string_append_printf (counts, " · %s %u", change_word (HG_ANSWER_CHANGE_SAME),
                          self->comparison->counts[HG_ANSWER_CHANGE_SAME]);
  gtk_label_set_text (self->counts_label, counts->str);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->changes_list)) != NULL);
  g_string_free (counts, TRUE);
}

static guint
round_index (HgAssessCompareWindow *self,
             gint64                 id)
{
  for (guint i = 0; i < self->rounds->len; i++)
    if (((HgAssessment *) g_ptr_array_index (self->rounds, i))->id == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
rounds_chosen_cb (HgAssessCompareWindow *self)
{
  guint from = gtk_drop_down_get_selected (self->from_drop);
  guint to = gtk_drop_down_get_selected (self->to_drop);

  if (self->updating || self->rounds == NULL || from >= self->rounds->len
      || to >= self->rounds->len)
    return;
  self->from = ((HgAssessment *) g_ptr_array_index (self->rounds, from))->id;
  self->to = ((HgAssessment *) g_ptr_array_index (self->rounds, to))->id;
  show (self);
}

void
hg_assess_compare_window_set_rounds (HgAssessCompareWindow *self,
                                     gint64                 from,
                                     gint64                 to)
{
  g_return_if_fail (HG_IS_ASSESS_COMPARE_WINDOW (self));

  self->from = from;
  self->to = to;
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->from_drop, round_index (self, from));
  gtk_drop_down_set_selected (self->to_drop, round_index (self, to));
  self->updating = FALSE;
  show (self);
}

const HgAssessmentComparison *
hg_assess_compare_window_get_comparison (HgAssessCompareWindow *self)
{
  g_return_val_if_fail (HG_IS_ASSESS_COMPARE_WINDOW (self), NULL);
  return self->comparison;
}

static void
hg_assess_compare_window_constructed (GObject *object)
{
  HgAssessCompareWindow *self = HG_ASSESS_COMPARE_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hg_assess_compare_window_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook) && self->framework_id != NULL);

  self->framework = hg_framework_catalog_load (self->workbook, self->framework_id, NULL, &error);
  if (self->framework != NULL)
    self->rounds = hg_assessment_rounds (self->workbook, self->framework_id, &error);
  if (self->rounds == NULL)
    {
      gtk_label_set_text (self->title_label, error->message);
      return;
    }
  gtk_label_set_text (self->title_label, hg_framework_get_title (self->framework));
  for (guint i = 0; i < self->rounds->len; i++)
    {
      HgAssessment *round = g_ptr_array_index (self->rounds, i);
      g_autofree char *name = hg_assess_round_title (round);

      gtk_string_list_append (names, name);
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->from_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->to_drop, G_LIST_MODEL (names));
  self->updating = FALSE;
  hg_form_ellipsize_drop_down (self->from_drop);
  hg_form_ellipsize_drop_down (self->to_drop);
  if (self->from == 0 || self->to == 0)
    hg_assessment_default_pair (self->rounds, &self->from, &self->to);
  hg_assess_compare_window_set_rounds (self, self->from, self->to);
}

static void
hg_assess_compare_window_dispose (GObject *object)
{
  HgAssessCompareWindow *self = HG_ASSESS_COMPARE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_COMPARE_WINDOW);
  g_clear_object (&self->workbook);
  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->comparison, hg_assessment_comparison_free);
  g_clear_pointer (&self->framework, hg_framework_free);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  G_OBJECT_CLASS (hg_assess_compare_window_parent_class)->dispose (object);
}

static void
hg_assess_compare_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HgAssessCompareWindow *self = HG_ASSESS_COMPARE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_FRAMEWORK_ID:
      self->framework_id = g_value_dup_string (value);
      break;
    case PROP_FROM:
      self->from = g_value_get_int64 (value);
      break;
    case PROP_TO:
      self->to = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_compare_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HgAssessCompareWindow *self = HG_ASSESS_COMPARE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;
    case PROP_FROM:
      g_value_set_int64 (value, self->from);
      break;
    case PROP_TO:
      g_value_set_int64 (value, self->to);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_compare_window_class_init (HgAssessCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_assess_compare_window_constructed;
  object_class->dispose = hg_assess_compare_window_dispose;
  object_class->set_property = hg_assess_compare_window_set_property;
  object_class->get_property = hg_assess_compare_window_get_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_string ("framework-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM] =
    g_param_spec_int64 ("from", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO] =
    g_param_spec_int64 ("to", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssessCompareWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessCompareWindow, from_drop);
  gtk_widget_class_bind_template_child (widget_class, HgAssessCompareWindow, to_drop);
  gtk_widget_class_bind_template_child (widget_class, HgAssessCompareWindow, rates_grid);
  gtk_widget_class_bind_template_child (widget_class, HgAssessCompareWindow, counts_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessCompareWindow, changes_list);
  gtk_widget_class_bind_template_callback (widget_class, rounds_chosen_cb);
}

static void
hg_assess_compare_window_init (HgAssessCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_assess_compare_window_new (HgWorkbook *workbook,
                              const char *framework_id,
                              gint64      from,
                              gint64      to)
{
  return g_object_new (HG_TYPE_ASSESS_COMPARE_WINDOW, "workbook", workbook,
                       "framework-id", framework_id, "from", from, "to", to, NULL);
}

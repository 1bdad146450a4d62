/* hg-assess-page.c: the company answers a framework's items (IPA's
 * self-check, the 5 basic measures) and sees its total and band
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-page.h"
#include "hg-assess-rounds-bar.h"
#include "hg-assessment.h"
#include "hg-form.h"
#include "hg-assess-export-button.h"
#include "hg-framework-score.h"
#include "hg-suggest-dialog.h"

#include "hg-security-action-card.h"
#include "hg-sheet-import-dialog.h"

struct _HgAssessPage
{
  HgPage       parent_instance;

  /* Template widgets */
  GtkDropDown *framework_drop;
  GtkLabel    *total_label;
  GtkLabel    *band_label;
  GtkLabel    *answered_label;
  GtkBox      *sections_box;
  HgAssessRoundsBar *rounds_bar;

  HgSecurityActionCard *action_card;
  HgAssessExportButton *export_button;

  HgWorkbook  *workbook;        /* the session's */
  GPtrArray   *frameworks;      /* of HgFramework, the built-in ones */
  HgFramework *shown;           /* whose items the rows are; borrowed */
  GPtrArray   *drops;           /* GtkDropDown per item, in the file's order */
  GHashTable  *answers;         /* ref → HgAssessmentAnswer of the open assessment */
  gboolean     updating;        /* the page, not the user, sets the drop-downs */
};

G_DEFINE_FINAL_TYPE (HgAssessPage, hg_assess_page, HG_TYPE_PAGE)

static HgFramework *
chosen_framework (HgAssessPage *self)
{
  guint i = gtk_drop_down_get_selected (self->framework_drop);

  return i < self->frameworks->len ? g_ptr_array_index (self->frameworks, i) : NULL;
}

static HgFrameworkItem *
drop_item (GtkDropDown *drop)
{
  return g_object_get_data (G_OBJECT (drop), "hg-item");
}

static void
answer_selected_cb (HgAssessPage *self,
                    GParamSpec   *pspec,
                    GtkDropDown  *drop)
{
  HgFrameworkItem *item = drop_item (drop);
  HgAssessmentAnswer *old;
  GPtrArray *scale = hg_framework_get_scale (self->shown);
  guint selected = gtk_drop_down_get_selected (drop);
  g_autoptr(GError) error = NULL;
  HgAssessmentAnswer answer = { item->ref, NULL, (char *) "", (char *) "", (char *) "" };

  if (self->updating || self->workbook == NULL)
    return;
  /* Choice 0 is "Unanswered"; the others follow the scale. */
  if (selected > 0 && selected <= scale->len)
    answer.value = ((HgFrameworkAnswer *) g_ptr_array_index (scale, selected - 1))->value;
  /* Only the answer changes here: a note, owner or due date written
   * elsewhere (hinagata-cli) stays. */
  old = self->answers ? g_hash_table_lookup (self->answers, item->ref) : NULL;
  if (old != NULL)
    {
      answer.note = old->note;
      answer.owner = old->owner;
      answer.due = old->due;
    }
  if (!hg_assessment_answer (self->workbook, self->shown, &answer, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      hg_form_show_error (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                          _("The Answer Could Not Be Saved"), error->message);
      hg_page_queue_refresh (HG_PAGE (self));
    }
}

static GtkWidget *
item_row_new (HgAssessPage    *self,
              HgFrameworkItem *item,
              GtkStringList   *choices)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number = gtk_label_new (item->ref);
  GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);
  g_autofree char *name = g_strdup_printf ("answer-%s", item->ref);
  /* Translators: the accessible name of an item's answer, e.g. "Answer to item 3" */
  g_autofree char *label = g_strdup_printf (_("Answer to item %s"), item->ref);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
  /* The advice says what to do when the item is not met yet. */
  if (item->advice != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->advice);

  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

  gtk_widget_set_name (drop, name);
  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  /* A wrapped question takes all the width it is offered, so without a
   * floor the answer shrank to "…" on a phone and even cut 「わからない」 at
   * 1280 px; 150 px shows most answers whole and leaves the question room
   * at 360 px. The longest still ellipsize, with the whole in a tooltip. */
  gtk_widget_set_size_request (drop, 150, -1);
  hg_form_ellipsize_drop_down (GTK_DROP_DOWN (drop));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (drop), "hg-item", item);
  g_signal_connect_object (drop, "notify::selected", G_CALLBACK (answer_selected_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop);
  g_ptr_array_add (self->drops, drop);
  return row;
}

/* One group a section, one row an item, for the framework chosen. */
static void
build_items (HgAssessPage *self)
{
  HgFramework *framework = chosen_framework (self);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *child;
  GPtrArray *sections, *scale;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  g_ptr_array_set_size (self->drops, 0);
  self->shown = framework;
  if (framework == NULL)
    return;

  gtk_string_list_append (choices, _("Unanswered"));
  scale = hg_framework_get_scale (framework);
  for (guint i = 0; i < scale->len; i++)
    gtk_string_list_append (choices, ((HgFrameworkAnswer *) g_ptr_array_index (scale, i))->label);

  sections = hg_framework_get_sections (framework);
  for (guint i = 0; i < sections->len; i++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, i);
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), section->title);
      for (guint j = 0; j < section->items->len; j++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   item_row_new (self, g_ptr_array_index (section->items, j),
                                                 choices));
      gtk_box_append (self->sections_box, group);
    }
}

static guint
answer_index (HgFramework *framework,
              const char  *value)
{
  GPtrArray *scale = hg_framework_get_scale (framework);

  for (guint i = 0; value != NULL && i < scale->len; i++)
    if (g_str_equal (((HgFrameworkAnswer *) g_ptr_array_index (scale, i))->value, value))
      return i + 1;
  return 0;
}

static void
show_score (HgAssessPage *self)
{
  g_autoptr(GHashTable) values = self->answers ? hg_assessment_values (self->answers)
                                               : g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(HgFrameworkScore) score = hg_framework_score (self->shown, values);
  g_autofree char *total = NULL;
  g_autofree char *answered = NULL;

  if (hg_framework_get_scoring (self->shown) == HG_SCORING_SUM)
    /* Translators: the total of the answers' points and the most there can be */
    total = g_strdup_printf (_("%d of %d points"), score->total, score->maximum);
  else
    {
      HgFrameworkRate *all = &g_array_index (score->rates, HgFrameworkRate,
                                             score->rates->len - 1);

      /* Translators: the share of the applicable items that are met */
      total = g_strdup_printf (_("%.0f%% met"), all->rate * 100);
    }
  gtk_label_set_text (self->total_label, total);
  gtk_label_set_text (self->band_label,
                      score->band ? score->band->label
                      : score->n_answered < score->n_items
                      ? _("Answer every item to see the assessment.") : "");
  answered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item answered",
                                           "%u of %u items answered", score->n_items),
                              score->n_answered, score->n_items);
  gtk_label_set_text (self->answered_label, answered);
}

static void
refresh (HgPage *page)
{
  HgAssessPage *self = HG_ASSESS_PAGE (page);
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GError) error = NULL;
  gboolean editable;

  hg_security_action_card_update (self->action_card, hg_page_get_session (page));
  if (self->shown != chosen_framework (self))
    build_items (self);
  hg_assess_export_button_set_framework (self->export_button, self->workbook, self->shown);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  if (self->workbook == NULL || self->shown == NULL)
    return;

  open = hg_assessment_get_open (self->workbook, hg_framework_get_id (self->shown), &error);
  if (open != NULL)
    self->answers = hg_assessment_get_answers (self->workbook, open->id, &error);
  if (error != NULL)
    g_warning ("Could not read the assessment: %s", error->message);

  /* A workbook opened read-only is shown, not changed (the window says why). */
  editable = !hg_workbook_is_read_only (self->workbook);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assess.import-sheet", editable);
  self->updating = TRUE;
  for (guint i = 0; i < self->drops->len; i++)
    {
      GtkDropDown *drop = g_ptr_array_index (self->drops, i);
      HgAssessmentAnswer *answer =
        self->answers ? g_hash_table_lookup (self->answers, drop_item (drop)->ref) : NULL;

      gtk_drop_down_set_selected (drop, answer_index (self->shown, answer ? answer->value : NULL));
      gtk_widget_set_sensitive (GTK_WIDGET (drop), editable);
    }
  self->updating = FALSE;
  show_score (self);
  hg_assess_rounds_bar_update (self->rounds_bar, self->workbook, hg_framework_get_id (self->shown));
}

static void
suggest_clicked_cb (HgAssessPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->workbook == NULL || self->shown == NULL)
    return;
  /* Accepting changes the workbook: the page follows through "changed". */
  dialog = hg_suggest_dialog_new (self->workbook, hg_framework_get_id (self->shown));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Undo and answers written elsewhere change what the drop-downs show. */
static void
session_changed (HgPage *page)
{
  HgSession *session = hg_page_get_session (page);

  HG_ASSESS_PAGE (page)->workbook = session ? hg_session_get_workbook (session) : NULL;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

static void
hg_assess_page_dispose (GObject *object)
{
  HgAssessPage *self = HG_ASSESS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_PAGE);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->drops, g_ptr_array_unref);
  self->shown = NULL;
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);

  G_OBJECT_CLASS (hg_assess_page_parent_class)->dispose (object);
}

static void
import_sheet_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  HgAssessPage *self = HG_ASSESS_PAGE (widget);

  if (self->workbook != NULL)
    hg_sheet_import_dialog_choose (widget, self->workbook);
}

static void
hg_assess_page_class_init (HgAssessPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_assess_page_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  g_type_ensure (HG_TYPE_ASSESS_ROUNDS_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, framework_drop);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, band_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, answered_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, rounds_bar);

  gtk_widget_class_bind_template_callback (widget_class, suggest_clicked_cb);

  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, action_card);
  g_type_ensure (HG_TYPE_SECURITY_ACTION_CARD);
  g_type_ensure (HG_TYPE_ASSESS_EXPORT_BUTTON);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, export_button);
  gtk_widget_class_install_action (widget_class, "assess.import-sheet", NULL, import_sheet_action);
}

/* Chooses the framework @id, as the overview's steps and the SECURITY
 * ACTION card ask; an id the page does not list leaves the choice. */
void
hg_assess_page_show_framework (HgAssessPage *self,
                               const char   *id)
{
  g_return_if_fail (HG_IS_ASSESS_PAGE (self));

  for (guint i = 0; id != NULL && i < self->frameworks->len; i++)
    if (g_str_equal (hg_framework_get_id (g_ptr_array_index (self->frameworks, i)), id))
      gtk_drop_down_set_selected (self->framework_drop, i);
}

static void
hg_assess_page_init (HgAssessPage *self)
{
  const char * const *ids = hg_framework_builtin_ids ();
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->drops = g_ptr_array_new ();
  self->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_framework_free);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      HgFramework *framework = hg_framework_load_builtin (ids[i], NULL, &error);

      /* The built-in frameworks are checked by the tests: a failure is a bug. */
      if (framework == NULL)
        {
          g_critical ("Built-in framework %s: %s", ids[i], error->message);
          continue;
        }
      g_ptr_array_add (self->frameworks, framework);
      gtk_string_list_append (titles, hg_framework_get_title (framework));
    }
  gtk_drop_down_set_model (self->framework_drop, G_LIST_MODEL (titles));
  hg_form_ellipsize_drop_down (self->framework_drop);
  g_signal_connect_swapped (self->framework_drop, "notify::selected",
                            G_CALLBACK (hg_page_queue_refresh), self);
  build_items (self);
}

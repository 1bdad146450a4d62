/* hg-assess-page.c: the company answers a framework's items (IPA's
 * self-check, the 5 basic measures, a customer's imported sheet), finds
 * them by level, answer and text, and sees its total and band or its rates
 * per level; an item's details open in a dialog of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-choices.h"
#include "hg-assess-filter.h"
#include "hg-assess-item-dialog.h"
#include "hg-assess-item-row.h"
#include "hg-assess-page.h"
#include "hg-assess-rounds-bar.h"
#include "hg-assessment.h"
#include "hg-framework-catalog.h"
#include "hg-form.h"
#include "hg-assess-export-button.h"
#include "hg-framework-score.h"
#include "hg-suggest-dialog.h"

#include "hg-security-action-card.h"
#include "hg-sheet-import-dialog.h"
#include "hg-text.h"

struct _HgAssessPage
{
  HgPage       parent_instance;

  /* Template widgets */
  GtkDropDown *framework_drop;
  GtkLabel    *total_label;
  GtkLabel    *band_label;
  GtkLabel    *answered_label;
  GtkLabel    *rates_label;
  GtkSearchEntry *search_entry;
  GtkDropDown *level_drop;
  GtkDropDown *status_drop;
  GtkLabel    *no_match_label;
  GtkBox      *sections_box;
  HgAssessRoundsBar *rounds_bar;

  HgSecurityActionCard *action_card;
  HgAssessExportButton *export_button;

  HgWorkbook  *workbook;        /* the session's */
  GPtrArray   *frameworks;      /* of HgFramework, the catalog's */
  char        *catalog_stamp;   /* hg_framework_catalog_stamp() when they were read */
  HgFramework *shown;           /* whose items the rows are; borrowed */
  GPtrArray   *rows;            /* HgAssessItemRow per item, in the file's order */
  GHashTable  *answers;         /* ref → HgAssessmentAnswer of the open assessment */
  gboolean     compact;         /* too narrow for the rows' details buttons */
  /* Rows past the first screenful are made a batch an idle at a time:
   * where the next one goes, and with which answer choices. */
  guint          build_source;
  guint          build_section;
  guint          build_item;
  GtkWidget     *build_group;
  GtkStringList *build_choices;
};

G_DEFINE_FINAL_TYPE (HgAssessPage, hg_assess_page, HG_TYPE_PAGE)

static HgFramework *
chosen_framework (HgAssessPage *self)
{
  guint i = gtk_drop_down_get_selected (self->framework_drop);

  return i < self->frameworks->len ? g_ptr_array_index (self->frameworks, i) : NULL;
}

static void
row_answered_cb (HgAssessPage    *self,
                 const char      *value,
                 HgAssessItemRow *row)
{
  HgFrameworkItem *item = hg_assess_item_row_get_item (row);
  HgAssessmentAnswer *old;
  g_autoptr(GError) error = NULL;
  HgAssessmentAnswer answer = { item->ref, (char *) value, (char *) "", (char *) "", (char *) "" };

  if (self->workbook == NULL)
    return;
  /* Only the answer changes here: the note, owner and due date stay. */
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

/* Shows the rows that pass the level, status and search filters and the
 * sections that keep a row; hiding is cheap enough for 153 items (see
 * tests/test-ui-assess.c), so the rows stay built. */
static void
apply_filter (HgAssessPage *self)
{
  guint level = gtk_drop_down_get_selected (self->level_drop);
  HgAssessShow status = gtk_drop_down_get_selected (self->status_drop);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *query = typed[0] != '\0' ? hg_text_fold (typed) : NULL;
  GtkWidget *group = NULL;
  gboolean group_shown = FALSE;
  guint shown = 0;

  if (self->shown == NULL)
    return;
  if (level == GTK_INVALID_LIST_POSITION)
    level = 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      HgAssessItemRow *row = g_ptr_array_index (self->rows, i);
      HgFrameworkItem *item = hg_assess_item_row_get_item (row);
      GtkWidget *row_group = gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_PREFERENCES_GROUP);
      /* Level choice i > 0 shows the first i levels (cumulative). */
      HgAssessmentAnswer *answer = self->answers ? g_hash_table_lookup (self->answers, item->ref)
                                                 : NULL;
      gboolean visible = (level == 0 || hg_assess_level_index (self->shown, item->level) < level)
                         && hg_assess_shows_status (self->shown, hg_assess_item_row_get_value (row),
                                                    status)
                         && hg_assess_shows_text (item, answer, query);

      if (row_group != group)
        {
          if (group != NULL)
            gtk_widget_set_visible (group, group_shown);
          group = row_group;
          group_shown = FALSE;
        }
      gtk_widget_set_visible (GTK_WIDGET (row), visible);
      group_shown |= visible;
      shown += visible;
    }
  if (group != NULL)
    gtk_widget_set_visible (group, group_shown);
  gtk_widget_set_visible (GTK_WIDGET (self->no_match_label), shown == 0 && self->rows->len > 0);
}

/* The level filter's choices: all, then each level with those before it;
 * the last level with all before it is "all" again, so it is left out. */
static void
fill_levels (HgAssessPage *self)
{
  const char * const *levels = hg_framework_get_levels (self->shown);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  guint n = g_strv_length ((GStrv) levels);

  gtk_string_list_append (choices, _("All levels"));
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *label = hg_assess_levels_up_to (self->shown, i);

      gtk_string_list_append (choices, label);
    }
  gtk_drop_down_set_model (self->level_drop, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->level_drop, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->level_drop), n > 1);
}

static void
clear_items (HgAssessPage *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->build_source, g_source_remove);
  g_clear_object (&self->build_choices);
  self->build_group = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  g_ptr_array_set_size (self->rows, 0);
  /* The answers are of the framework shown: refresh() reads the next one's. */
  g_clear_pointer (&self->answers, g_hash_table_unref);
  self->shown = NULL;
}

/* The rows borrow the frameworks' items: they go before the frameworks do. */
static void
forget_frameworks (HgAssessPage *self)
{
  clear_items (self);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_ptr_array_set_size (self->frameworks, 0);
  g_clear_pointer (&self->catalog_stamp, g_free);
}

/* The item's answer, note, owner, due date and evidence, in a dialog of
 * its own: the page refreshes from the session's "changed" as it saves. */
static void
row_details_cb (HgAssessPage    *self,
                HgAssessItemRow *row)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->workbook == NULL || self->shown == NULL)
    return;
  dialog = hg_assess_item_dialog_new (self->workbook, hg_framework_get_id (self->shown),
                                      hg_assess_item_row_get_item (row)->ref);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                          : NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* How many rows are made at once: the first batch fills a screen at once
 * (and the built-in frameworks whole); a sheet of 153 items follows in a
 * few more, with a frame drawn between them, instead of a 0.3 s pause. */
#define ROWS_A_BATCH 40

/* Makes the next @n rows, in groups a section; FALSE once all are made. */
static gboolean
add_rows (HgAssessPage *self,
          guint         n)
{
  GPtrArray *sections = hg_framework_get_sections (self->shown);
  gboolean editable = self->workbook != NULL && !hg_workbook_is_read_only (self->workbook);

  while (n > 0 && self->build_section < sections->len)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, self->build_section);
      HgFrameworkItem *item;
      HgAssessmentAnswer *answer;
      GtkWidget *row;

      if (self->build_item >= section->items->len)
        {
          self->build_section++;
          self->build_item = 0;
          self->build_group = NULL;
          continue;
        }
      if (self->build_group == NULL)
        {
          self->build_group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->build_group),
                                           section->title);
          gtk_box_append (self->sections_box, self->build_group);
        }
      item = g_ptr_array_index (section->items, self->build_item++);
      row = hg_assess_item_row_new (self->shown, item, G_LIST_MODEL (self->build_choices));
      g_signal_connect_object (row, "answered", G_CALLBACK (row_answered_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "details", G_CALLBACK (row_details_cb), self,
                               G_CONNECT_SWAPPED);
      hg_assess_item_row_set_compact (HG_ASSESS_ITEM_ROW (row), self->compact);
      /* Rows made after the page's refresh show the answers it read. */
      answer = self->answers ? g_hash_table_lookup (self->answers, item->ref) : NULL;
      hg_assess_item_row_set_answer (HG_ASSESS_ITEM_ROW (row), answer);
      hg_assess_item_row_set_editable (HG_ASSESS_ITEM_ROW (row), editable);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->build_group), row);
      g_ptr_array_add (self->rows, row);
      n--;
    }
  return self->build_section < sections->len;
}

static gboolean
add_rows_cb (gpointer data)
{
  HgAssessPage *self = data;

  gboolean more = add_rows (self, ROWS_A_BATCH);

  apply_filter (self);
  if (more)
    return G_SOURCE_CONTINUE;
  self->build_source = 0;
  g_clear_object (&self->build_choices);
  return G_SOURCE_REMOVE;
}

/* One group a section, one row an item, for the framework chosen. */
static void
build_items (HgAssessPage *self)
{
  HgFramework *framework = chosen_framework (self);

  clear_items (self);
  self->shown = framework;
  if (framework == NULL)
    return;
  fill_levels (self);
  self->build_choices = hg_assess_choices_new (framework);
  self->build_section = self->build_item = 0;
  if (add_rows (self, ROWS_A_BATCH))
    self->build_source = g_idle_add (add_rows_cb, self);
  else
    g_clear_object (&self->build_choices);
}

/* Per level, cumulative: met ÷ applicable, partly counted as not met, and
 * how many are still unanswered (hg-framework-score.h). */
static void
show_rates (HgAssessPage     *self,
            HgFrameworkScore *score)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_levels = g_strv_length ((GStrv) hg_framework_get_levels (self->shown));

  if (hg_framework_get_scoring (self->shown) != HG_SCORING_RATES || n_levels == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->rates_label), FALSE);
      return;
    }
  for (guint i = 0; i < score->rates->len; i++)
    {
      HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, i);
      g_autofree char *levels = NULL;

      if (hg_framework_score_rate_repeats (score, i))
        continue;
      levels = rate->level ? hg_assess_levels_up_to (self->shown, i) : g_strdup (_("All items"));
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a rate per level, e.g. "L1+L2: 64% met (32 of 50 applicable, 3 unanswered)" */
      g_string_append_printf (text, _("%s: %.0f%% met (%u of %u applicable, %u unanswered)"),
                              levels, rate->rate * 100, rate->n_met, rate->n_applicable,
                              rate->n_unanswered);
    }
  gtk_label_set_text (self->rates_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->rates_label), TRUE);
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
  /* Only a total has bands; rates say how far along they are below. */
  gtk_label_set_text (self->band_label,
                      hg_framework_get_scoring (self->shown) != HG_SCORING_SUM ? ""
                      : score->band ? score->band->label
                      : score->n_answered < score->n_items
                      ? _("Answer every item to see the assessment.") : "");
  gtk_widget_set_visible (GTK_WIDGET (self->band_label),
                          gtk_label_get_text (self->band_label)[0] != '\0');
  answered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item answered",
                                           "%u of %u items answered", score->n_items),
                              score->n_answered, score->n_items);
  gtk_label_set_text (self->answered_label, answered);
  show_rates (self, score);
}

/* The catalog's frameworks: the built-in ones and those imported into the
 * workbook. Read again when they change (an import adds one, or replaces
 * one with other items), keeping the framework chosen. */
static void
load_frameworks (HgAssessPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *chosen = NULL;
  guint selected = 0;

  if (self->workbook == NULL)
    return;
  stamp = hg_framework_catalog_stamp (self->workbook, &error);
  if (stamp != NULL && g_strcmp0 (stamp, self->catalog_stamp) == 0)
    return;
  ids = stamp != NULL ? hg_framework_catalog_ids (self->workbook, &error) : NULL;
  if (ids == NULL)
    {
      g_warning ("Could not list the frameworks: %s", error->message);
      return;
    }

  if (chosen_framework (self) != NULL)
    chosen = g_strdup (hg_framework_get_id (chosen_framework (self)));
  forget_frameworks (self);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) local = NULL;
      HgFramework *framework = hg_framework_catalog_load (self->workbook, ids[i], NULL, &local);

      /* An imported framework that no longer passes the checks is left
       * out; the built-in ones are checked by the tests. */
      if (framework == NULL)
        {
          g_warning ("Framework %s: %s", ids[i], local->message);
          continue;
        }
      if (chosen != NULL && g_str_equal (chosen, ids[i]))
        selected = self->frameworks->len;
      g_ptr_array_add (self->frameworks, framework);
      gtk_string_list_append (titles, hg_framework_get_title (framework));
    }
  self->catalog_stamp = g_steal_pointer (&stamp);
  gtk_drop_down_set_model (self->framework_drop, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->framework_drop, selected);
  build_items (self);
}

static void
refresh (HgPage *page)
{
  HgAssessPage *self = HG_ASSESS_PAGE (page);
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GError) error = NULL;
  gboolean editable;

  hg_security_action_card_update (self->action_card, hg_page_get_session (page));
  load_frameworks (self);
  if (self->shown != chosen_framework (self))
    build_items (self);
  hg_assess_export_button_set_framework (self->export_button, self->workbook, self->shown);
  /* SECURITY ACTION rests on the built-in self-check and 5 measures; over a
   * customer's sheet the card would only push its items below the fold. */
  gtk_widget_set_visible (GTK_WIDGET (self->action_card),
                          self->shown == NULL
                          || g_strv_contains (hg_framework_builtin_ids (),
                                              hg_framework_get_id (self->shown)));
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
  for (guint i = 0; i < self->rows->len; i++)
    {
      HgAssessItemRow *row = g_ptr_array_index (self->rows, i);
      HgAssessmentAnswer *answer =
        self->answers ? g_hash_table_lookup (self->answers, hg_assess_item_row_get_item (row)->ref)
                      : NULL;

      hg_assess_item_row_set_answer (row, answer);
      hg_assess_item_row_set_editable (row, editable);
    }
  show_score (self);
  apply_filter (self);
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
  HgAssessPage *self = HG_ASSESS_PAGE (page);

  self->workbook = session ? hg_session_get_workbook (session) : NULL;
  /* Another workbook has other imported frameworks. */
  forget_frameworks (self);
  load_frameworks (self);
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

/* Below this width the question would wrap a word a line beside the
 * answer and the details button (360 px: about five characters). */
#define COMPACT_WIDTH 560

static gboolean
apply_compact (gpointer data)
{
  HgAssessPage *self = data;

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    hg_assess_item_row_set_compact (g_ptr_array_index (self->rows, i), self->compact);
  return G_SOURCE_REMOVE;
}

/* The page lays its child out itself (no layout manager), to learn its
 * width: as AdwBin's layout would. */
static void
hg_assess_page_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

static void
hg_assess_page_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  HgAssessPage *self = HG_ASSESS_PAGE (widget);
  gboolean compact = width < COMPACT_WIDTH;

  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
  /* Showing or hiding widgets inside an allocation would ask for another
   * one: the rows change after it. */
  if (compact != self->compact)
    {
      self->compact = compact;
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_compact, g_object_ref (self), g_object_unref);
    }
}

static void
hg_assess_page_dispose (GObject *object)
{
  HgAssessPage *self = HG_ASSESS_PAGE (object);

  g_clear_handle_id (&self->build_source, g_source_remove);
  g_clear_object (&self->build_choices);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_PAGE);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->shown = NULL;
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_clear_pointer (&self->catalog_stamp, g_free);

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
  widget_class->measure = hg_assess_page_measure;
  widget_class->size_allocate = hg_assess_page_size_allocate;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  g_type_ensure (HG_TYPE_ASSESS_ROUNDS_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, framework_drop);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, band_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, answered_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, rates_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, level_drop);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, status_drop);
  gtk_widget_class_bind_template_child (widget_class, HgAssessPage, no_match_label);
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
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  self->rows = g_ptr_array_new ();
  self->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_framework_free);
  hg_form_ellipsize_drop_down (self->framework_drop);
  g_signal_connect_swapped (self->framework_drop, "notify::selected",
                            G_CALLBACK (hg_page_queue_refresh), self);
  hg_form_ellipsize_drop_down (self->level_drop);
  hg_form_ellipsize_drop_down (self->status_drop);
  g_signal_connect_swapped (self->level_drop, "notify::selected", G_CALLBACK (apply_filter), self);
  g_signal_connect_swapped (self->status_drop, "notify::selected", G_CALLBACK (apply_filter), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (apply_filter), self);
}

/* test-ui-assess-history.c: the rounds of an assessment on the 自己評価
 * page, driven as a user would
 *
 * Issue 16, item 5: 「提出用に確定…」 with its date (a date the core
 * refuses is marked and the dialog stays), Undo and Redo of the freeze
 * through the window, the next answer starting a round from the frozen
 * answers (the bar counts what is still carried), the comparison with the
 * rates side by side and the changed items only, and the history showing
 * an old round read-only. Needs a display; meson runs it in en and ja.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-compare-window.h"
#include "hg-assess-freeze-dialog.h"
#include "hg-assess-history-window.h"
#include "hg-assess-page.h"
#include "hg-assessment-history.h"
#include "hg-date-row.h"
#include "hg-framework.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static HgAssessPage *
show_five_measures (HgTestWindow *f)
{
  const char * const *ids = hg_framework_builtin_ids ();
  GtkWidget *page, *drop;
  guint index = G_MAXUINT;

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], "five-measures"))
      index = i;
  hg_window_show_page (f->window, "assess");
  hg_test_spin (50);
  page = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSESS_PAGE, NULL);
  drop = hg_test_find_widget (page, GTK_TYPE_DROP_DOWN, "framework-drop");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), index);
  hg_test_spin (50);
  return HG_ASSESS_PAGE (page);
}

static GtkWidget *
find (gpointer    root,
      GType       type,
      const char *name)
{
  GtkWidget *widget = hg_test_find_widget (GTK_WIDGET (root), type, name);

  g_assert_nonnull (widget);
  return widget;
}

/* Choice 1 is 取り組んでいる ("yes"), 2 取り組んでいない ("no"). */
static void
choose (HgAssessPage *page,
        const char   *ref,
        guint         choice)
{
  g_autofree char *name = g_strdup_printf ("answer-%s", ref);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (find (page, GTK_TYPE_DROP_DOWN, name)), choice);
  hg_test_spin (30);
}

static GPtrArray *
rounds (HgTestWindow *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = hg_assessment_rounds (hg_window_get_workbook (f->window), "five-measures",
                                          &error);

  g_assert_no_error (error);
  return list;
}

static void
click (HgAssessPage *page,
       const char   *name)
{
  GtkWidget *button = find (page, GTK_TYPE_BUTTON, name);

  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  hg_test_spin (50);
}

static void
test_freeze_compare_history (HgTestWindow  *f,
                             gconstpointer  data)
{
  g_autoptr(HgFramework) framework = hg_framework_load_builtin ("five-measures", NULL, NULL);
  const char *yes = hg_framework_find_answer (framework, "yes")->label;
  const char *no = hg_framework_find_answer (framework, "no")->label;
  HgAssessPage *page = show_five_measures (f);
  GtkWidget *freeze = find (page, GTK_TYPE_BUTTON, "freeze-button");
  GtkWidget *compare = find (page, GTK_TYPE_BUTTON, "compare-button");
  GtkWidget *state = find (page, GTK_TYPE_LABEL, "rounds-state");
  GtkWidget *dialog, *problem, *history, *row;
  HgAssessCompareWindow *window;
  const HgAssessmentComparison *c;
  g_autoptr(GPtrArray) frozen = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autofree char *before_after = NULL;
  gint64 first;

  /* Nothing to freeze before the first answer. */
  g_assert_false (gtk_widget_get_sensitive (freeze));
  g_assert_false (gtk_widget_get_sensitive (compare));
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i);

      choose (page, ref, i == 5 ? 2 : 1);
    }

  click (page, "freeze-button");
  dialog = hg_test_find_toplevel (HG_TYPE_ASSESS_FREEZE_DIALOG);
  g_assert_nonnull (dialog);
  problem = find (dialog, GTK_TYPE_LABEL, "freeze-problem");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find (dialog, GTK_TYPE_LABEL,
                                                                 "freeze-summary"))), "5"));
  /* A date before the round started: refused, marked, the dialog stays. */
  gtk_editable_set_text (GTK_EDITABLE (find (dialog, HG_TYPE_DATE_ROW, "freeze-date")),
                         "2020-01-01");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "freeze");
  hg_test_spin (50);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_true (gtk_widget_has_css_class (find (dialog, HG_TYPE_DATE_ROW, "freeze-date"),
                                           "error"));
  g_assert_cmpuint ((frozen = rounds (f))->len, ==, 1);
  /* The message says when the round started. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (problem)),
                            ((HgAssessment *) g_ptr_array_index (frozen, 0))->created));
  g_assert_null (((HgAssessment *) g_ptr_array_index (frozen, 0))->frozen);
  g_clear_pointer (&frozen, g_ptr_array_unref);

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    gtk_editable_set_text (GTK_EDITABLE (find (dialog, HG_TYPE_DATE_ROW, "freeze-date")), today);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "freeze");
    hg_test_spin (50);
    g_assert_null (hg_test_find_toplevel (HG_TYPE_ASSESS_FREEZE_DIALOG));
    frozen = rounds (f);
    g_assert_cmpstr (((HgAssessment *) g_ptr_array_index (frozen, 0))->frozen, ==, today);
  }
  first = ((HgAssessment *) g_ptr_array_index (frozen, 0))->id;
  g_assert_false (gtk_widget_get_sensitive (freeze));

  /* Undo takes the freeze back, Redo freezes again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  undone = rounds (f);
  g_assert_null (((HgAssessment *) g_ptr_array_index (undone, 0))->frozen);
  g_assert_true (gtk_widget_get_sensitive (freeze));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  hg_test_spin (50);
  g_assert_false (gtk_widget_get_sensitive (freeze));

  /* The next answer starts a round from the frozen answers. */
  choose (page, "5", 1);
  two = rounds (f);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpuint (((HgAssessment *) g_ptr_array_index (two, 1))->n_answers, ==, 5);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find (page, GTK_TYPE_DROP_DOWN,
                                                                     "answer-1"))), ==, 1);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (state)), " 4 "));
  g_assert_true (gtk_widget_get_sensitive (freeze));

  /* Compared: item 5 improved, the rates side by side. */
  click (page, "compare-button");
  window = HG_ASSESS_COMPARE_WINDOW (hg_test_find_toplevel (HG_TYPE_ASSESS_COMPARE_WINDOW));
  g_assert_nonnull (window);
  c = hg_assess_compare_window_get_comparison (window);
  g_assert_nonnull (c);
  g_assert_cmpint (c->from->id, ==, first);
  g_assert_cmpuint (c->counts[HG_ANSWER_CHANGE_IMPROVED], ==, 1);
  g_assert_cmpuint (c->counts[HG_ANSWER_CHANGE_SAME], ==, 4);
  row = find (window, ADW_TYPE_ACTION_ROW, "change-5");
  before_after = g_strdup_printf (_("%s → %s"), no, yes);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, before_after);
  g_assert_null (hg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "change-1"));
  {
    GtkGrid *grid = GTK_GRID (find (window, GTK_TYPE_GRID, "compare-rates"));

    /* Heading, total, all items; the rate, before, after. */
    g_assert_cmpuint (hg_test_count_widgets (GTK_WIDGET (grid), GTK_TYPE_LABEL), ==, 9);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 2))), ==,
                     _("All items"));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 2))), ==, "80 %");
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 2, 2))), ==, "100 %");
  }
  /* The other way round, chosen in the drop-downs: worse. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find (window, GTK_TYPE_DROP_DOWN, "compare-from")), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find (window, GTK_TYPE_DROP_DOWN, "compare-to")), 0);
  c = hg_assess_compare_window_get_comparison (window);
  g_assert_cmpuint (c->counts[HG_ANSWER_CHANGE_WORSE], ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The history shows last year's round read-only: a label, not a drop-down. */
  click (page, "history-button");
  history = hg_test_find_toplevel (HG_TYPE_ASSESS_HISTORY_WINDOW);
  g_assert_nonnull (history);
  g_assert_cmpuint (hg_test_count_widgets (find (history, GTK_TYPE_LIST_BOX, "rounds-list"),
                                           ADW_TYPE_ACTION_ROW), ==, 2);
  g_assert_cmpint (hg_assess_history_window_get_shown (HG_ASSESS_HISTORY_WINDOW (history)), ==,
                   ((HgAssessment *) g_ptr_array_index (two, 1))->id);
  gtk_list_box_select_row (GTK_LIST_BOX (find (history, GTK_TYPE_LIST_BOX, "rounds-list")),
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (find (history,
                                                                              GTK_TYPE_LIST_BOX,
                                                                              "rounds-list")), 0));
  g_assert_cmpint (hg_assess_history_window_get_shown (HG_ASSESS_HISTORY_WINDOW (history)), ==,
                   first);
  {
    GtkWidget *items = find (history, GTK_TYPE_LIST_BOX, "round-items");
    GtkWidget *last = gtk_widget_get_last_child (items);

    g_assert_cmpuint (hg_test_count_widgets (items, ADW_TYPE_ACTION_ROW), ==, 5);
    g_assert_cmpuint (hg_test_count_widgets (items, GTK_TYPE_DROP_DOWN), ==, 0);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)), ==, no);
  }
  gtk_window_destroy (GTK_WINDOW (history));
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/assess-history/freeze-compare-history", test_freeze_compare_history);
  return hg_test_window_run ();
}

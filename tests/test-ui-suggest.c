/* test-ui-suggest.c: the answers the workbook suggests, from the
 * self-assessment page, driven as a user would
 *
 * Issue 16, item 4: 「ワークブックから提案」 opens the suggestions with their
 * reasons; a row is accepted alone or all at once, each one undo step; an
 * item answered otherwise is shown apart and kept; an item the workbook
 * cannot tell has its reason. Needs a display; runs in English and Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-page.h"
#include "hg-assessment.h"
#include "hg-framework.h"
#include "hg-suggest-dialog.h"
#include "hg-test-assess.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static HgAssessPage *
show_framework (HgTestWindow *f,
                const char   *id)
{
  return HG_ASSESS_PAGE (hg_test_window_show_assess (f, id));
}

static void
assert_stored (HgWorkbook *workbook,
               const char *ref,
               const char *value)
{
  g_autofree char *got = hg_test_stored_answer (workbook, "five-measures", ref);

  g_assert_cmpstr (got, ==, value);
}

static GtkWidget *
open_dialog (HgAssessPage *page)
{
  GtkWidget *button = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "suggest-button");
  GtkWidget *dialog;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hg_test_spin (100);
  dialog = hg_test_find_toplevel (HG_TYPE_SUGGEST_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static GtkWidget *
group_of (GtkWidget  *dialog,
          const char *row_name)
{
  GtkWidget *row = hg_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, row_name);

  g_assert_nonnull (row);
  return gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
}

/* The 5 measures in a new workbook: nothing approved, so each is "not in
 * place", with why; item 1 answered otherwise is shown apart and kept. */
static void
test_accept (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgAssessPage *page = show_framework (f, "five-measures");
  GtkWidget *answer1 = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, "answer-1");
  GtkWidget *dialog, *proposed, *differ, *row, *accept;

  /* 取り組んでいる (yes), where the workbook would say no. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (answer1), 1);
  hg_test_spin (30);
  assert_stored (workbook, "1", "yes");

  dialog = open_dialog (page);
  proposed = hg_test_find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP, "proposed-group");
  differ = hg_test_find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP, "differ-group");
  g_assert_true (group_of (dialog, "suggestion-2") == proposed);
  g_assert_true (group_of (dialog, "suggestion-1") == differ);
  g_assert_true (gtk_widget_get_visible (differ));
  g_assert_false (gtk_widget_get_visible (hg_test_find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP,
                                                               "none-group")));
  row = hg_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, "suggestion-2");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   _("The rules are not approved yet"));

  /* One row: its answer, one undo step; the page follows. */
  accept = hg_test_find_widget (dialog, GTK_TYPE_BUTTON, "accept-2");
  g_assert_nonnull (accept);
  g_signal_emit_by_name (accept, "clicked");
  hg_test_spin (100);
  assert_stored (workbook, "2", "no");
  g_assert_null (hg_test_find_widget (dialog, GTK_TYPE_BUTTON, "accept-2"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (
                      hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, "answer-2"))),
                    ==, 2);

  /* All the rest at once, item 1 kept as it was answered. */
  g_signal_emit_by_name (hg_test_find_widget (dialog, GTK_TYPE_BUTTON, "accept-all"), "clicked");
  hg_test_spin (100);
  assert_stored (workbook, "3", "no");
  assert_stored (workbook, "5", "no");
  assert_stored (workbook, "1", "yes");
  g_assert_false (gtk_widget_get_visible (proposed));
  g_assert_false (gtk_widget_get_sensitive (hg_test_find_widget (dialog, GTK_TYPE_BUTTON,
                                                                 "accept-all")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);

  /* One undo takes back the three of "Accept All", not item 2. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  assert_stored (workbook, "3", NULL);
  assert_stored (workbook, "5", NULL);
  assert_stored (workbook, "2", "no");
  assert_stored (workbook, "1", "yes");
}

/* The self-check: what the workbook cannot tell is listed with why. */
static void
test_no_suggestion (HgTestWindow  *f,
                    gconstpointer  data)
{
  HgAssessPage *page = show_framework (f, "ipa-self-check");
  GtkWidget *dialog = open_dialog (page);
  GtkWidget *none = hg_test_find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP, "none-group");
  GtkWidget *row = hg_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, "suggestion-20");

  g_assert_true (gtk_widget_get_visible (none));
  g_assert_true (group_of (dialog, "suggestion-20") == none);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   _("No training recorded in the workbook"));
  g_assert_null (hg_test_find_widget (row, GTK_TYPE_BUTTON, NULL));
  /* 対応表 is exported from the same dialog. */
  g_assert_nonnull (hg_test_find_widget (dialog, GTK_TYPE_MENU_BUTTON, "crosswalk-button"));
  g_assert_true (gtk_widget_activate_action (dialog, "suggest.export-crosswalk", "s", "nonsense"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/suggest/accept", test_accept);
  hg_test_window_add ("/window/suggest/no-suggestion", test_no_suggestion);
  return hg_test_window_run ();
}

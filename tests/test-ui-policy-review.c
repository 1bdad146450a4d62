/* test-ui-policy-review.c: the wizard's last step, the review of the rules
 *
 * The rules are a list view over a model of lines that makes rows only for
 * what is on screen, and an edit changes only the lines it touched: each
 * action (reword, leave out, restore, add, remove, undo) is driven through
 * the rows' buttons or the core call their dialog makes, and the test
 * checks the changed line, that no other line was touched and that every
 * other row keeps its widget. Then Enter on a rule, and a read-only
 * workbook. Needs a display (Xvfb in CI); meson runs it in English and in
 * Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hg-policy.h"
#include "hg-policy-page.h"
#include "hg-rule-dialog.h"
#include "hg-rule-item.h"
#include "hg-rule-row.h"
#include "hg-rules-editor.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

#define RULE "access_pw_length"

typedef struct
{
  GHashTable *notified;     /* HgRuleItem → times it said it changed */
  guint       n_changes;    /* items-changed of the model */
  guint       position, removed, added;
} Watch;

static void
notify_cb (HgRuleItem *item,
           GParamSpec *pspec,
           Watch      *w)
{
  g_hash_table_insert (w->notified, item,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (w->notified,
                                                                                item)) + 1));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *w)
{
  w->n_changes++;
  w->position = position;
  w->removed = removed;
  w->added = added;
}

/* Follows every line's notifications from now on. */
static void
watch (Watch      *w,
       GListModel *lines)
{
  g_hash_table_remove_all (w->notified);
  w->n_changes = 0;
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(HgRuleItem) item = g_list_model_get_item (lines, i);

      if (g_signal_handler_find (item, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, w) == 0)
        g_signal_connect (item, "notify", G_CALLBACK (notify_cb), w);
    }
}

/* Every row the list view has made, by the line it shows. */
static void
collect_rows (GtkWidget  *root,
              GHashTable *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (HG_IS_RULE_ROW (child) && hg_rule_row_get_item (HG_RULE_ROW (child)) != NULL)
        g_hash_table_insert (rows, hg_rule_row_get_item (HG_RULE_ROW (child)), child);
      else
        collect_rows (child, rows);
    }
}

static GHashTable *
rows_of (HgRulesEditor *editor)
{
  GHashTable *rows = g_hash_table_new (NULL, NULL);

  collect_rows (GTK_WIDGET (editor), rows);
  return rows;
}

/* The visible button of @row that activates @action. */
static GtkWidget *
button_of (GtkWidget  *root,
           const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = button_of (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* Whether a visible label under @root reads @text. */
static gboolean
shows (GtkWidget  *root,
       const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child)
          && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (shows (child, text))
        return TRUE;
    }
  return FALSE;
}

/* Every row of @before still shows its line with the same widget. */
static void
assert_rows_kept (GHashTable *before,
                  GHashTable *after,
                  gpointer    except)
{
  GHashTableIter iter;
  gpointer item, row;
  guint kept = 0;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &item, &row))
    {
      if (item == except || !g_hash_table_contains (after, item))
        continue;
      g_assert_true (g_hash_table_lookup (after, item) == row);
      kept++;
    }
  g_assert_cmpuint (kept, >, 10);
}

/* The dialog the button opened: of @kind, for @rule; then closed. */
static void
assert_dialog (HgRuleEdit  kind,
               const char *rule)
{
  GtkWidget *dialog = hg_test_find_toplevel (HG_TYPE_RULE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_cmpint (hg_rule_dialog_get_kind (HG_RULE_DIALOG (dialog)), ==, kind);
  g_assert_cmpstr (hg_rule_dialog_get_rule (HG_RULE_DIALOG (dialog)), ==, rule);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (20);
}

static HgRulesEditor *
open_review (HgTestWindow *f)
{
  HgPolicyPage *page;
  HgRulesEditor *editor;
  GListModel *given;
  gint64 give_up;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  hg_policy_page_show_step (page, hg_pack_get_steps (hg_policy_page_get_pack (page))->len);
  editor = HG_RULES_EDITOR (hg_policy_page_get_rules_editor (page));
  /* The view is given the lines a few a frame from the first showing: the
   * first of them at once, all of them soon after. */
  given = G_LIST_MODEL (gtk_list_view_get_model (hg_rules_editor_get_list_view (editor)));
  hg_test_spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (given), >, 0);
  give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (given) < g_list_model_get_n_items (hg_rules_editor_get_model (editor))
         && g_get_monotonic_time () < give_up)
    hg_test_spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (given), ==,
                    g_list_model_get_n_items (hg_rules_editor_get_model (editor)));
  hg_test_spin (100);
  return editor;
}

static void
test_review_actions (HgTestWindow  *f,
                     gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgRulesEditor *editor = open_review (f);
  HgPack *pack = hg_policy_page_get_pack (HG_POLICY_PAGE (hg_test_find_widget (
                                            GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL)));
  GListModel *lines = hg_rules_editor_get_model (editor);
  Watch w = { g_hash_table_new (NULL, NULL), 0, 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(HgRuleItem) heading = g_list_model_get_item (lines, 0);
  g_autoptr(HgRuleItem) item = NULL;
  g_autoptr(HgRuleItem) added = NULL;
  g_autofree char *original = NULL;
  g_autofree char *left_out = NULL;
  GtkWidget *row;
  guint position = 0, n_lines;

  /* Every rule the answers keep, under its chapter's heading; the view
   * makes rows for what is on screen and a margin, not for every line. */
  g_assert_cmpuint (hg_rules_editor_get_n_rules (editor), >, 200);
  n_lines = g_list_model_get_n_items (lines);
  g_assert_cmpint (hg_rule_item_get_kind (heading), ==, HG_RULE_ITEM_HEADING);
  /* The heading is in the interface's language ("— Chapter 1:" in English). */
  {
    g_autofree char *first = g_strdup_printf (_("%s — Chapter %u: %s"), "", 1, "");

    g_assert_nonnull (strstr (hg_rule_item_get_title (heading), g_strstrip (first)));
  }
  g_assert_cmpuint (hg_test_count_widgets (GTK_WIDGET (editor), HG_TYPE_RULE_ROW), <, n_lines);
  g_signal_connect (lines, "items-changed", G_CALLBACK (items_changed_cb), &w);

  /* The rule to edit, brought to the top of the list. */
  for (guint i = 0; i < n_lines && item == NULL; i++)
    {
      g_autoptr(HgRuleItem) line = g_list_model_get_item (lines, i);

      if (g_strcmp0 (hg_rule_item_get_rule_id (line), RULE) == 0)
        {
          item = g_object_ref (line);
          position = i;
        }
    }
  g_assert_nonnull (item);
  gtk_widget_activate_action (GTK_WIDGET (hg_rules_editor_get_list_view (editor)),
                              "list.scroll-to-item", "u", position);
  hg_test_spin (100);
  original = g_strdup (hg_rule_item_get_title (item));
  before = rows_of (editor);
  row = g_hash_table_lookup (before, item);
  g_assert_nonnull (row);
  g_assert_true (shows (row, original));
  g_assert_null (button_of (row, "rules.restore"));

  /* Reword: the button opens the dialog for this rule; its Apply is the
   * core call. Only this line changes, in place, and its row shows it. */
  watch (&w, lines);
  click (button_of (row, "rules.reword"));
  assert_dialog (HG_RULE_EDIT_REWORD, RULE);
  g_assert_true (hg_policy_reword (workbook, pack, RULE, "会社の言葉で書いた規則。", &error));
  g_assert_no_error (error);
  hg_test_spin (50);
  g_assert_cmpuint (w.n_changes, ==, 0);
  g_assert_cmpuint (g_hash_table_size (w.notified), ==, 1);
  g_assert_true (g_hash_table_contains (w.notified, item));
  g_assert_cmpstr (hg_rule_item_get_title (item), ==, "会社の言葉で書いた規則。");
  g_assert_nonnull (strstr (hg_rule_item_get_subtitle (item), _("Reworded")));
  after = rows_of (editor);
  g_assert_true (g_hash_table_lookup (after, item) == row);
  g_assert_true (shows (row, "会社の言葉で書いた規則。"));
  assert_rows_kept (before, after, item);
  g_clear_pointer (&after, g_hash_table_unref);

  /* Restore, with the row's own button. */
  watch (&w, lines);
  click (button_of (row, "rules.restore"));
  hg_test_spin (50);
  g_assert_cmpuint (w.n_changes, ==, 0);
  g_assert_cmpuint (g_hash_table_size (w.notified), ==, 1);
  g_assert_cmpstr (hg_rule_item_get_title (item), ==, original);
  g_assert_true (shows (row, original));
  g_assert_null (button_of (row, "rules.restore"));

  /* Leave out: the line stays, to be restored, marked with the reason;
   * the rules after it in its section move up a number, nothing else. */
  watch (&w, lines);
  click (button_of (row, "rules.exclude"));
  assert_dialog (HG_RULE_EDIT_EXCLUDE, RULE);
  g_assert_true (hg_policy_exclude (workbook, pack, RULE, "パスフレーズを使うため", &error));
  hg_test_spin (50);
  left_out = g_strdup_printf (_("Left out: %s"), "パスフレーズを使うため");
  g_assert_cmpuint (w.n_changes, ==, 0);
  g_assert_true (hg_rule_item_get_excluded (item));
  g_assert_true (g_str_has_prefix (hg_rule_item_get_subtitle (item), left_out));
  g_assert_true (shows (row, hg_rule_item_get_subtitle (item)));
  g_assert_nonnull (button_of (row, "rules.restore"));
  g_assert_null (button_of (row, "rules.exclude"));
  g_assert_cmpuint (g_hash_table_size (w.notified), <, 20);
  g_assert_true (hg_policy_reset_rule (workbook, pack, RULE, &error));
  hg_test_spin (50);
  g_assert_false (hg_rule_item_get_excluded (item));

  /* Add a rule after it: one line inserted after this one, the others
   * neither replaced nor rebound. */
  watch (&w, lines);
  g_clear_pointer (&before, g_hash_table_unref);
  before = rows_of (editor);
  click (button_of (row, "rules.add"));
  assert_dialog (HG_RULE_EDIT_ADD, RULE);
  g_assert_true (hg_policy_add_rule (workbook, pack, RULE, "会社独自の規則。", &error));
  hg_test_spin (100);
  g_assert_cmpuint (w.n_changes, ==, 1);
  g_assert_cmpuint (w.position, ==, position + 1);
  g_assert_cmpuint (w.removed, ==, 0);
  g_assert_cmpuint (w.added, ==, 1);
  g_assert_cmpuint (g_hash_table_size (w.notified), <, 20);
  added = g_list_model_get_item (lines, position + 1);
  g_assert_cmpint (hg_rule_item_get_kind (added), ==, HG_RULE_ITEM_ADDED);
  g_assert_cmpstr (hg_rule_item_get_title (added), ==, "会社独自の規則。");
  after = rows_of (editor);
  g_assert_nonnull (g_hash_table_lookup (after, added));
  g_assert_true (shows (g_hash_table_lookup (after, added), "会社独自の規則。"));
  assert_rows_kept (before, after, NULL);

  /* Remove it with its row's button; Undo brings it back. */
  watch (&w, lines);
  click (button_of (g_hash_table_lookup (after, added), "rules.remove"));
  hg_test_spin (100);
  g_assert_cmpuint (w.n_changes, ==, 1);
  g_assert_cmpuint (w.position, ==, position + 1);
  g_assert_cmpuint (w.removed, ==, 1);
  g_assert_cmpuint (w.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, n_lines);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, n_lines + 1);
  g_clear_object (&added);
  added = g_list_model_get_item (lines, position + 1);
  g_assert_cmpstr (hg_rule_item_get_title (added), ==, "会社独自の規則。");

  /* Enter on a rule rewords it; a heading is not activated. */
  g_signal_emit_by_name (hg_rules_editor_get_list_view (editor), "activate", position);
  assert_dialog (HG_RULE_EDIT_REWORD, RULE);
  g_signal_emit_by_name (hg_rules_editor_get_list_view (editor), "activate", 0);
  hg_test_spin (20);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_RULE_DIALOG));

  g_signal_handlers_disconnect_by_data (lines, &w);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(HgRuleItem) line = g_list_model_get_item (lines, i);

      g_signal_handlers_disconnect_by_data (line, &w);
    }
  g_hash_table_unref (w.notified);
}

/* A workbook open for reading only shows the rules with every edit off. */
static void
test_review_read_only (HgTestWindow  *f,
                       gconstpointer  data)
{
  HgRulesEditor *editor;
  g_autoptr(GHashTable) rows = NULL;
  GHashTableIter iter;
  gpointer item, row;
  guint checked = 0;

  hg_test_window_close (f);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_setenv ("HINAGATA_TEST_READ_ONLY_DIR", f->dir, TRUE);
  hg_test_window_open (f);
  g_assert_true (hg_workbook_is_read_only (hg_window_get_workbook (f->window)));

  editor = open_review (f);
  g_assert_cmpuint (hg_rules_editor_get_n_rules (editor), >, 200);
  rows = rows_of (editor);
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &item, &row))
    {
      GtkWidget *reword = button_of (row, "rules.reword");

      if (reword == NULL)
        continue;
      g_assert_false (gtk_widget_is_sensitive (reword));
      g_assert_false (gtk_widget_is_sensitive (button_of (row, "rules.add")));
      checked++;
    }
  g_assert_cmpuint (checked, >, 10);

  hg_test_window_close (f);
  g_unsetenv ("HINAGATA_TEST_READ_ONLY_DIR");
  g_chmod (f->dir, 0700);
  g_chmod (f->path, 0600);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/policy-review/actions", test_review_actions);
  hg_test_window_add ("/window/policy-review/read-only", test_review_read_only);
  return hg_test_window_run ();
}

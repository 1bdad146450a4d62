/* test-ui-policy.c: the policy page's versions and template packs
 *
 * A version approved through its dialog, the state after a changed answer,
 * the versions window and exports; Open Template Pack with a broken and a
 * good pack, and back to the built-in one. The wizard has a program of its
 * own (test-ui-policy-wizard.c). Needs a display (Xvfb in CI); meson runs it
 * in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-approval-dialog.h"
#include "hg-date-row.h"
#include "hg-date.h"
#include "hg-doc-export.h"
#include "hg-pack-chooser.h"
#include "hg-policy.h"
#include "hg-overview-page.h"
#include "hg-policy-page.h"
#include "hg-revision.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-role-vacancy.h"
#include "hg-vacancy-dialog.h"
#include "hg-versions-window.h"

/* Approve through the dialog, see the state, change an answer, compare
 * the version with today's text in the versions window, export. */
static void
test_policy_versions (HgTestWindow  *f,
                      gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "rules.txt", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *expected_summary = NULL;
  HgPolicyPage *page;
  GtkLabel *state;
  GtkWidget *dialog, *versions;

  hg_test_complete_for_approval (workbook);
  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  state = GTK_LABEL (hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "version-label"));
  /* The rules: the password answer below changes them. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hg_test_find_widget (GTK_WIDGET (page),
                                                                  GTK_TYPE_DROP_DOWN,
                                                                  "document-drop")), 1);
  hg_test_spin (50);
  g_assert_cmpstr (gtk_label_get_text (state), ==, _("Not approved yet"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.approve", NULL));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG);
  g_assert_nonnull (dialog);
  /* The rules alone this time. */
  hg_approval_dialog_set_chosen (HG_APPROVAL_DIALOG (dialog), "basic_policy", FALSE);
  hg_approval_dialog_set_chosen (HG_APPROVAL_DIALOG (dialog), "handbook", FALSE);
  /* The approver comes from the profile; without one, Approve stays off. */
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_APPROVER, "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "approve"));
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_APPROVER,
                               "代表 太郎");
  /* An impossible date turns Approve off and marks the field; approving
   * anyway keeps the dialog open with what was typed. */
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_DATE,
                               "2026年2月30日");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "approve"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "approve");
  hg_test_spin (50);
  g_assert_true (hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG) == dialog);
  {
    GtkWidget *date_row = hg_test_find_widget (dialog, HG_TYPE_DATE_ROW, NULL);

    g_assert_true (gtk_widget_has_css_class (date_row, "error"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2026年2月30日");
  }
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_DATE, "R8.4.1");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "approve"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "approve");
  hg_test_spin (50);
  {
    /* The date as the interface language writes it (2026年4月1日). */
    g_autofree char *date = hg_date_format ("2026-04-01", HG_DATE_STYLE_LONG);

    g_assert_cmpstr (date, !=, "2026-04-01");
    expected = g_strdup_printf (_("Version %u, approved on %s by %s"), 1, date, "代表 太郎");
  }
  g_assert_cmpstr (gtk_label_get_text (state), ==, expected);

  /* A changed answer: the state says a revision is due, and the versions
   * window shows the changed number marked. */
  g_assert_true (hg_policy_set_answer (workbook, hg_policy_page_get_pack (page),
                                       "password_min_length", "14", &error));
  g_assert_no_error (error);
  hg_test_spin (50);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (state), "warning"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.versions", NULL));
  hg_test_spin (50);
  versions = hg_test_find_toplevel (HG_TYPE_VERSIONS_WINDOW);
  g_assert_nonnull (versions);
  /* Only the changed lines: both password rules, with the old and the new
   * length side by side. */
  text = hg_versions_window_get_text (HG_VERSIONS_WINDOW (versions));
  g_assert_nonnull (strstr (text, "パスワードは1014文字以上"));
  g_assert_null (strstr (text, "離席"));
  g_clear_pointer (&text, g_free);
  text = hg_versions_window_get_summary (HG_VERSIONS_WINDOW (versions));
  expected_summary = g_strdup_printf (_("%u changed, %u added, %u removed"), 2, 0, 0);
  g_assert_cmpstr (text, ==, expected_summary);
  gtk_window_destroy (GTK_WINDOW (versions));

  /* Export the document in the preview as text through the page's path. */
  doc = hg_policy_build_document (workbook, hg_policy_page_get_pack (page), "rules", &error);
  g_assert_no_error (error);
  g_assert_true (hg_doc_export_to_path (GTK_WIDGET (page), doc, HG_DOC_FORMAT_TEXT, out));
  g_assert_true (g_file_get_contents (out, &exported, NULL, NULL));
  g_assert_nonnull (strstr (exported, "パスワードは14文字以上"));
  g_clear_pointer (&exported, g_free);
  g_clear_pointer (&out, g_free);
  out = g_build_filename (dir, "rules.pdf", NULL);
  g_assert_true (hg_doc_export_to_path (GTK_WIDGET (page), doc, HG_DOC_FORMAT_PDF, out));
  g_assert_true (g_file_get_contents (out, &exported, NULL, NULL));
  g_assert_true (g_str_has_prefix (exported, "%PDF-"));
  hg_test_remove_dir (dir);
}

/* File → Open Template Pack…: a broken pack lists its problems and changes
 * nothing; a good one rebuilds the wizard; the built-in one comes back. */
static void
test_open_template_pack (HgTestWindow  *f,
                         gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *broken = g_build_filename (dir, "broken.xml", NULL);
  const char *mini = g_test_get_filename (G_TEST_DIST, "data", "mini-pack.xml", NULL);
  g_autofree char *preview = NULL;
  HgPolicyPage *page;
  GtkWidget *dialog;
  AdwActionRow *row;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "hinagata_ja");

  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?>\n<pack id=\"x\" version=\"1\">\n"
                                              "  <title>壊れた例</title>\n  <step>\n</pack>\n", -1, NULL));
  g_assert_false (hg_pack_chooser_load_file (GTK_WINDOW (f->window), workbook, broken));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  row = ADW_ACTION_ROW (hg_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, NULL));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "broken.xml:"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "hinagata_ja");

  g_assert_true (hg_pack_chooser_load_file (GTK_WINDOW (f->window), workbook, mini));
  hg_test_spin (50);
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "mini");
  preview = hg_policy_page_get_preview (page);
  g_assert_nonnull (strstr (preview, "パスワードは10文字以上とする。"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.builtin-pack", NULL));
  hg_test_spin (50);
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "hinagata_ja");
  hg_test_remove_dir (dir);
}

static HgPolicyPage *
show_policy_page (HgTestWindow *f)
{
  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  return HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
}

/* Issue 13: approval has a button of its own on the policy page and on
 * the overview's approval step. Its dialog lists the three documents, each
 * saying whether and what changed since its last version, and approves the
 * chosen ones in one step that one Undo takes back. */
static void
test_approve_documents (HgTestWindow  *f,
                        gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) rules = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *first = NULL;
  const char *ids[] = { "basic_policy", "rules", "handbook", "forms" };
  HgPolicyPage *page;
  GtkWidget *dialog, *button, *overview, *list;
  HgPack *pack;

  hg_test_complete_for_approval (workbook);
  page = show_policy_page (f);
  pack = hg_policy_page_get_pack (page);
  /* The rules have a version 1; their text changes after it. */
  rules = hg_policy_build_document (workbook, pack, "rules", &error);
  g_assert_no_error (error);
  g_assert_true (hg_revision_approve (workbook, hg_pack_get_id (pack), rules, "制定", "",
                                      "代表 太郎", "2026-04-01", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hg_policy_set_answer (workbook, pack, "password_min_length", "14", &error));
  g_assert_no_error (error);
  hg_test_spin (50);

  /* A visible button, not a menu entry, opens the dialog. */
  button = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "approve-button");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  g_signal_emit_by_name (button, "clicked");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG);
  g_assert_nonnull (dialog);
  list = hg_test_find_widget (dialog, GTK_TYPE_LIST_BOX, "approval-documents");
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_nonnull (hg_test_find_widget (list, ADW_TYPE_ACTION_ROW, ids[i]));
      g_assert_true (hg_approval_dialog_get_chosen (HG_APPROVAL_DIALOG (dialog), ids[i]));
    }
  /* Never approved: it says so. Changed: since which version, how much,
   * and the first change. */
  first = g_strdup (_("No approved version yet: this becomes version 1"));
  g_assert_cmpstr (hg_approval_dialog_get_description (HG_APPROVAL_DIALOG (dialog),
                                                       "basic_policy"), ==, first);
  g_assert_nonnull (strstr (hg_approval_dialog_get_description (HG_APPROVAL_DIALOG (dialog),
                                                                "rules"), "14"));
  g_assert_cmpstr (hg_approval_dialog_get_description (HG_APPROVAL_DIALOG (dialog), "rules"),
                   !=, first);
  /* Not all first versions: the summary is for the user to write. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hg_test_find_widget (
                     dialog, ADW_TYPE_ENTRY_ROW, NULL))), ==, "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "approve"));
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_SUMMARY,
                               "基本方針とハンドブックの制定、パスワードの長さ");
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_APPROVER,
                               "代表 太郎");
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_DATE,
                               "2026-10-01");
  /* None chosen: nothing to approve. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    hg_approval_dialog_set_chosen (HG_APPROVAL_DIALOG (dialog), ids[i], FALSE);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "approve"));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    hg_approval_dialog_set_chosen (HG_APPROVAL_DIALOG (dialog), ids[i], TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "approve");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GPtrArray) list_of = hg_revision_list (workbook, hg_pack_get_id (pack), ids[i]);
      const HgDocRevision *r = g_ptr_array_index (list_of, list_of->len - 1);

      g_assert_cmpuint (list_of->len, ==, i == 1 ? 2 : 1);
      g_assert_cmpstr (r->approved_on, ==, "2026-10-01");
    }

  /* One Undo takes back all four. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GPtrArray) list_of = hg_revision_list (workbook, hg_pack_get_id (pack), ids[i]);

      g_assert_cmpuint (list_of->len, ==, i == 1 ? 1 : 0);
    }

  /* The overview's approval step has its own Approve button, which opens
   * the same dialog over the overview. */
  hg_window_show_page (f->window, "overview");
  hg_test_spin (50);
  overview = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_OVERVIEW_PAGE, NULL);
  button = hg_test_find_widget (overview, GTK_TYPE_BUTTON, "approve-button");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  g_signal_emit_by_name (button, "clicked");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);

  /* Every document approved as it reads: the step is done and the
   * unchanged documents cannot be chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  hg_test_spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.approve", NULL));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG);
  {
    g_autofree char *date = hg_date_format ("2026-10-01", HG_DATE_STYLE_LONG);

    unchanged = g_strdup_printf (_("Unchanged since version %u, approved on %s"), 2, date);
  }
  g_assert_cmpstr (hg_approval_dialog_get_description (HG_APPROVAL_DIALOG (dialog), "rules"),
                   ==, unchanged);
  hg_approval_dialog_set_chosen (HG_APPROVAL_DIALOG (dialog), "rules", TRUE);
  g_assert_false (hg_approval_dialog_get_chosen (HG_APPROVAL_DIALOG (dialog), "rules"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  g_assert_null (hg_test_find_widget (overview, GTK_TYPE_BUTTON, "approve-button"));
}

/* Issue 13: the wizard's 制定日 reads as the interface language writes
 * dates, not as stored, takes any spelling and answers with the date. */
static void
test_adopted_on_row (HgTestWindow  *f,
                     gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = hg_date_format ("2025-04-01", HG_DATE_STYLE_LONG);
  g_autofree char *stored = NULL;
  HgPolicyPage *page;
  GtkWidget *row;
  HgPack *pack;

  page = show_policy_page (f);
  pack = hg_policy_page_get_pack (page);
  g_assert_true (hg_policy_set_answer (workbook, pack, "adopted_on", "2025-04-01", &error));
  g_assert_no_error (error);
  hg_test_spin (50);
  row = hg_policy_page_get_row (page, "adopted_on");
  g_assert_true (HG_IS_DATE_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, shown);

  /* 令和 typed and applied: stored as the date. */
  gtk_editable_set_text (GTK_EDITABLE (row), "R7.10.1");
  g_signal_emit_by_name (row, "apply");
  hg_test_spin (50);
  stored = hg_policy_get_answer (workbook, pack, "adopted_on");
  g_assert_cmpstr (stored, ==, "2025-10-01");
}

/* The text a tag covers first in @view's buffer, or NULL. */
static char *
tagged_text (GtkTextView *view,
             const char  *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter start, end;

  if (tag == NULL)
    return NULL;
  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, tag) && !gtk_text_iter_forward_to_tag_toggle (&start, tag))
    return NULL;
  end = start;
  gtk_text_iter_forward_to_tag_toggle (&end, tag);
  return gtk_text_iter_get_text (&start, &end);
}

/* Whether the start of the marked text is inside the visible part. */
static gboolean
chapter_in_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "changed");
  GdkRectangle visible, line;
  GtkTextIter iter;

  if (mark == NULL)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &iter, &line);
  return line.y >= visible.y && line.y + line.height <= visible.y + visible.height;
}

/* Development of one's own adds a chapter far below what is in view (and
 * changes nothing else; telework also changes where laptops stay at
 * night): the preview scrolls to it and marks it, and the mark goes after a
 * moment, unless animations are off, when it stays without flashing. */
static void
test_preview_marks_changes (HgTestWindow  *f,
                            gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *marked = NULL;
  GtkSettings *settings;
  GtkAdjustment *scroll;
  HgPolicyPage *page;
  GtkTextView *preview;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hg_test_find_widget (GTK_WIDGET (page),
                                                                  GTK_TYPE_DROP_DOWN,
                                                                  "document-drop")), 1);
  hg_test_spin (100);
  preview = GTK_TEXT_VIEW (hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL));
  scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (preview));
  /* Another document is no change: nothing marked. */
  g_assert_null (tagged_text (preview, "changed"));
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);

  g_assert_true (hg_policy_set_answer (workbook, hg_policy_page_get_pack (page),
                                       "in_house_development", "true", &error));
  g_assert_no_error (error);
  /* The preview follows until the chapter is laid out and in view. */
  for (guint i = 0; i < 50 && !chapter_in_view (preview); i++)
    hg_test_spin (100);
  marked = tagged_text (preview, "changed");
  g_assert_nonnull (marked);
  g_assert_true (g_str_has_prefix (marked, "第8章"));
  g_assert_nonnull (strstr (marked, "システム開発及び保守"));
  /* Scrolled down to it: the chapter's first line is in view. */
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 0);
  g_assert_true (chapter_in_view (preview));

  /* Gone two seconds after it came into view (the preview sees that a
   * moment after the test does, once the layout is done). */
  hg_test_spin (3500);
  g_assert_null (tagged_text (preview, "changed"));

  /* Without animations the mark stays, still. */
  settings = gtk_widget_get_settings (GTK_WIDGET (preview));
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  g_assert_true (hg_policy_set_answer (workbook, hg_policy_page_get_pack (page),
                                       "dev_separate_env", "false", &error));
  g_assert_no_error (error);
  hg_test_spin (2500);
  g_clear_pointer (&marked, g_free);
  marked = tagged_text (preview, "changed");
  g_assert_nonnull (marked);
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
}

/* Issue 15, item 1: with the adoption date, the representative and the
 * roles unfilled, the dialog lists each before the documents and Approve
 * stays off; "Leave Unfilled…" records a role as unfilled with a reason
 * (an empty one is refused, the field marked), the list follows, and
 * "Fill In" closes the dialog and focuses the field in the window. */
static void
test_approval_gaps (HgTestWindow  *f,
                    gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  const char *targets[] = { "question:adopted_on", "company:representative_name", "role:ciso",
                            "role:system_admin", "role:education", "role:auditor",
                            "role:incident_contact" };
  GtkWidget *dialog, *gaps, *vacancy, *row, *focus;
  g_autofree char *reason = NULL;
  guint n = 0;

  show_policy_page (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.approve-documents",
                                             NULL));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG);
  g_assert_nonnull (dialog);
  gaps = hg_test_find_widget (dialog, GTK_TYPE_LIST_BOX, "approval-gaps");
  g_assert_true (gtk_widget_is_visible (gaps));
  for (GtkWidget *c = gtk_widget_get_first_child (gaps); c; c = gtk_widget_get_next_sibling (c))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (targets));
      g_assert_cmpstr (gtk_widget_get_name (c), ==, targets[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (targets));
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_SUMMARY, "制定");
  hg_approval_dialog_set_text (HG_APPROVAL_DIALOG (dialog), HG_APPROVAL_FIELD_APPROVER, "代表");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "approve"));

  /* The system administrator: not filled, for a reason. */
  g_signal_emit_by_name (hg_test_find_widget (gaps, GTK_TYPE_BUTTON, "vacant|system_admin"),
                         "clicked");
  hg_test_spin (50);
  vacancy = hg_test_find_toplevel (HG_TYPE_VACANCY_DIALOG);
  g_assert_nonnull (vacancy);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (vacancy), "save");
  hg_test_spin (50);
  g_assert_true (hg_test_find_toplevel (HG_TYPE_VACANCY_DIALOG) == vacancy);
  g_assert_true (gtk_widget_has_css_class (hg_test_find_widget (vacancy, ADW_TYPE_ENTRY_ROW,
                                                                NULL), "error"));
  hg_vacancy_dialog_set_reason (HG_VACANCY_DIALOG (vacancy), "社員8名のため代表者が兼ねる");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (vacancy), "save");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_VACANCY_DIALOG));
  reason = hg_role_vacancy_get (workbook, HG_ORG_ROLE_SYSTEM_ADMIN);
  g_assert_cmpstr (reason, ==, "社員8名のため代表者が兼ねる");
  g_assert_null (hg_test_find_widget (gaps, ADW_TYPE_ACTION_ROW, "role:system_admin"));
  g_assert_nonnull (hg_test_find_widget (gaps, ADW_TYPE_ACTION_ROW, "role:auditor"));

  /* Fill In: the dialog closes and the auditor's row has the focus. */
  g_signal_emit_by_name (hg_test_find_widget (gaps, GTK_TYPE_BUTTON, "go|role:auditor"),
                         "clicked");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_APPROVAL_DIALOG));
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "company");
  row = hg_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_COMBO_ROW, "role-auditor");
  g_assert_nonnull (row);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
  /* The organisation says why the system administrator's role is empty. */
  row = hg_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_COMBO_ROW, "role-system_admin");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "社員8名のため代表者が兼ねる"));

  /* The adoption date: the wizard's step with its row, focused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-field", "s",
                                             "question:adopted_on"));
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "policy");
  row = hg_policy_page_get_row (show_policy_page (f), "adopted_on");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/policy-versions", test_policy_versions);
  hg_test_window_add ("/window/approve-documents", test_approve_documents);
  hg_test_window_add ("/window/adopted-on-row", test_adopted_on_row);
  hg_test_window_add ("/window/open-template-pack", test_open_template_pack);
  hg_test_window_add ("/window/preview-marks-changes", test_preview_marks_changes);
  hg_test_window_add ("/window/approval-gaps", test_approval_gaps);
  return hg_test_window_run ();
}

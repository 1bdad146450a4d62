/* test-ui-policy-wizard.c: the policy wizard, driven as a user would
 *
 * The steps walked with the Next button, the previewed rules following the
 * answers and Undo, and the last step's list of rules (its actions are in
 * test-ui-policy-review.c). Needs a display (Xvfb in CI); meson runs it in
 * English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-policy.h"
#include "hg-policy-page.h"
#include "hg-revision.h"
#include "hg-rules-editor.h"
#include "hg-test-ui.h"
#include "hg-test-window.h"

static void
test_policy_wizard (HgTestWindow  *f,
                    gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgPolicyPage *page;
  GtkWidget *next, *drop, *row, *control;
  g_autofree char *preview = NULL;
  guint n_steps;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  next = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "next-button");
  drop = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, "document-drop");
  /* The pack's steps, then the review of the rules. */
  n_steps = hg_pack_get_steps (hg_policy_page_get_pack (page))->len + 1;
  g_assert_cmpuint (n_steps, >=, 10);

  /* The preview starts with the basic policy, signed with the company name. */
  preview = hg_policy_page_get_preview (page);
  g_assert_true (g_str_has_prefix (preview, "情報セキュリティ基本方針"));
  g_assert_nonnull (strstr (preview, "株式会社ウィンドウ"));
  g_clear_pointer (&preview, g_free);

  /* Walk the steps with the Next button. */
  g_assert_cmpuint (hg_policy_page_get_step (page), ==, 0);
  for (guint i = 1; i < n_steps; i++)
    {
      g_signal_emit_by_name (next, "clicked");
      g_assert_cmpuint (hg_policy_page_get_step (page), ==, i);
    }
  g_assert_false (gtk_widget_get_sensitive (next));

  /* The rules follow the answers as they are given. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), 1);
  preview = hg_policy_page_get_preview (page);
  g_assert_nonnull (strstr (preview, "クラウドサービス"));
  g_assert_null (strstr (preview, "テレワーク"));
  g_clear_pointer (&preview, g_free);

  row = hg_policy_page_get_row (page, "telework");
  control = g_object_get_data (G_OBJECT (row), "control");
  gtk_switch_set_active (GTK_SWITCH (control), TRUE);
  hg_test_spin (20);
  preview = hg_policy_page_get_preview (page);
  g_assert_nonnull (strstr (preview, "テレワーク"));
  g_clear_pointer (&preview, g_free);
  g_assert_cmpint (hg_workbook_count_rows (workbook, "policy_answer"), ==, 1);

  /* And Undo takes the answer back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (20);
  preview = hg_policy_page_get_preview (page);
  g_assert_null (strstr (preview, "テレワーク"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (control)));

  /* The last step lists the rules the answers keep, ready to edit. */
  {
    HgRulesEditor *editor = HG_RULES_EDITOR (hg_policy_page_get_rules_editor (page));
    g_autoptr(GError) error = NULL;
    guint before;

    hg_test_spin (50);
    before = hg_rules_editor_get_n_rules (editor);
    g_assert_cmpuint (before, >, 200);
    g_assert_true (hg_policy_exclude (workbook, hg_policy_page_get_pack (page), "access_pw_length",
                                      "パスフレーズを使うため", &error));
    g_assert_no_error (error);
    hg_test_spin (50);
    /* Left out, but still listed so it can be restored. */
    g_assert_cmpuint (hg_rules_editor_get_n_rules (editor), ==, before);
    g_clear_pointer (&preview, g_free);
    preview = hg_policy_page_get_preview (page);
    g_assert_null (strstr (preview, "英字の大文字と小文字、数字及び記号を組み合わせる"));
  }
}

/* Issue 15, item 6: beside an answer that drops a Level-1 item of the
 * JAMA/JAPIA guidelines, the wizard says which; the note goes with the
 * answer that brings the item back. */
static void
test_level1_notes (HgTestWindow  *f,
                   gconstpointer  data)
{
  HgPolicyPage *page;
  GtkWidget *row, *control, *note;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  row = hg_policy_page_get_row (page, "uses_contractors");
  g_assert_null (hg_test_find_widget (row, GTK_TYPE_LABEL, "level1-note"));
  control = g_object_get_data (G_OBJECT (row), "control");
  gtk_switch_set_active (GTK_SWITCH (control), FALSE);
  hg_test_spin (20);
  note = hg_test_find_widget (row, GTK_TYPE_LABEL, "level1-note");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "44"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "46"));
  g_assert_true (gtk_widget_has_css_class (note, "warning"));
  gtk_switch_set_active (GTK_SWITCH (control), TRUE);
  hg_test_spin (20);
  g_assert_false (gtk_widget_get_visible (note));

  /* A number: over 12 months breaks item 2. */
  row = hg_policy_page_get_row (page, "review_interval_months");
  control = g_object_get_data (G_OBJECT (row), "control");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control), 24);
  hg_test_spin (20);
  note = hg_test_find_widget (row, GTK_TYPE_LABEL, "level1-note");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "2"));
}

/* Once the rules are approved, the preview dates each chapter under its
 * heading, as the printed rules do. */
static void
test_policy_dated (HgTestWindow  *f,
                   gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *preview = NULL;
  HgPolicyPage *page;
  HgPack *pack;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  pack = hg_policy_page_get_pack (page);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hg_test_find_widget (GTK_WIDGET (page),
                                                                  GTK_TYPE_DROP_DOWN,
                                                                  "document-drop")), 1);
  hg_test_spin (20);
  preview = hg_policy_page_get_preview (page);
  g_assert_null (strstr (preview, "2026年4月1日制定"));
  g_clear_pointer (&preview, g_free);

  doc = hg_policy_build_document (workbook, pack, "rules", &error);
  g_assert_no_error (error);
  g_assert_true (hg_revision_approve (workbook, hg_pack_get_id (pack), doc, "制定", "総務部",
                                      "代表取締役", "2026-04-01", NULL, &error));
  g_assert_no_error (error);
  hg_test_spin (50);
  preview = hg_policy_page_get_preview (page);
  g_assert_nonnull (strstr (preview, "組織的対策\n2026年4月1日制定\n"));
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/policy-wizard", test_policy_wizard);
  hg_test_window_add ("/window/level1-notes", test_level1_notes);
  hg_test_window_add ("/window/policy-dated", test_policy_dated);
  return hg_test_window_run ();
}

/* test-ui-security-action.c: the SECURITY ACTION card on the 自己評価 page
 * and the overview's steps of the self-assessment (issue 16, items 2 and 8)
 *
 * Each missing step of the card opens what fixes it; the publication of
 * the basic policy is recorded in a dialog that keeps what was typed when a
 * field is refused. The overview's steps open the page on their framework.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-page.h"
#include "hg-assessment.h"
#include "hg-date-row.h"
#include "hg-date.h"
#include "hg-declare-dialog.h"
#include "hg-framework-catalog.h"
#include "hg-overview-page.h"
#include "hg-policy.h"
#include "hg-publication.h"
#include "hg-publish-dialog.h"
#include "hg-revision.h"
#include "hg-security-action-card.h"
#include "hg-security-action.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-xml-loader.h"

static GtkWidget *
assess_page (HgTestWindow *f)
{
  GtkWidget *page = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSESS_PAGE, NULL);

  g_assert_nonnull (page);
  return page;
}

static const char *
chosen_framework (HgTestWindow *f)
{
  GtkWidget *drop = hg_test_find_widget (assess_page (f), GTK_TYPE_DROP_DOWN, "framework-drop");
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop));

  return hg_framework_builtin_ids ()[selected];
}

static const char *
headline (GtkWidget *card)
{
  return gtk_label_get_text (GTK_LABEL (hg_test_find_widget (card, GTK_TYPE_LABEL,
                                                             "action-headline")));
}

static GtkWidget *
fix_button (GtkWidget                   *card,
            HgSecurityActionRequirement  requirement)
{
  g_autofree char *name = g_strdup_printf ("action-fix-%d", requirement);

  return hg_test_find_widget (card, GTK_TYPE_BUTTON, name);
}

static void
answer_all (HgWorkbook *workbook,
            const char *id,
            const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) framework = hg_framework_catalog_load (workbook, id, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 1; i <= hg_framework_count_items (framework); i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i);
      HgAssessmentAnswer answer = { ref, (char *) value, (char *) "", (char *) "", (char *) "" };

      g_assert_true (hg_assessment_answer (workbook, framework, &answer, &error));
      g_assert_no_error (error);
    }
}

static void
approve_basic_policy (HgTestWindow *f)
{
  HgSession *session = hg_window_get_session (f->window);
  HgPack *pack = hg_session_get_pack (session, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = hg_policy_build_document (hg_window_get_workbook (f->window), pack,
                                                   "basic_policy", &error);

  g_assert_no_error (error);
  g_assert_true (hg_revision_approve (hg_window_get_workbook (f->window), hg_pack_get_id (pack),
                                      doc, "制定", "", "代表 太郎", "2026-04-01", NULL, &error));
  g_assert_no_error (error);
}

/* From nothing to ★★: each missing step a button to what fixes it, the
 * publication recorded in its dialog, the headline a declaration the
 * company can make. */
static void
test_card (HgTestWindow  *f,
           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  GtkWidget *card, *record, *dialog, *problem, *declare;
  g_autofree char *nothing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u step left before you can declare "
                                                           "SECURITY ACTION ★",
                                                           "%u steps left before you can "
                                                           "declare SECURITY ACTION ★", 1), 1);
  g_autofree char *star1 = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "You can declare SECURITY ACTION ★; "
                                                         "%u step left to ★★",
                                                         "You can declare SECURITY ACTION ★; "
                                                         "%u steps left to ★★", 3), 3);
  g_autoptr(GPtrArray) published = NULL;

  hg_window_show_page (f->window, "assess");
  hg_test_spin (50);
  card = hg_test_find_widget (assess_page (f), HG_TYPE_SECURITY_ACTION_CARD, NULL);
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_get_mapped (card));
  g_assert_cmpstr (headline (card), ==, nothing);
  g_assert_cmpuint (hg_test_count_widgets (card, ADW_TYPE_ACTION_ROW), ==, 4);
  /* Nothing approved: nothing to publish yet, here nor from the policy
   * page's menu, whose dialog says so and cannot save. */
  g_assert_false (gtk_widget_get_sensitive (fix_button (card,
                                                        HG_SECURITY_ACTION_POLICY_PUBLISHED)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.publish-policy", NULL));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_PUBLISH_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_PUBLISH_DIALOG));

  /* ★'s button opens the 5 measures, the self-check's the self-check. */
  g_signal_emit_by_name (fix_button (card, HG_SECURITY_ACTION_FIVE_MEASURES), "clicked");
  hg_test_spin (50);
  g_assert_cmpstr (chosen_framework (f), ==, "five-measures");
  g_signal_emit_by_name (fix_button (card, HG_SECURITY_ACTION_SELF_CHECK), "clicked");
  hg_test_spin (50);
  g_assert_cmpstr (chosen_framework (f), ==, "ipa-self-check");

  answer_all (workbook, "five-measures", "yes");
  hg_test_spin (50);
  g_assert_cmpstr (headline (card), ==, star1);
  g_assert_null (fix_button (card, HG_SECURITY_ACTION_FIVE_MEASURES));

  approve_basic_policy (f);
  answer_all (workbook, "ipa-self-check", "4");
  hg_test_spin (50);
  record = fix_button (card, HG_SECURITY_ACTION_POLICY_PUBLISHED);
  g_assert_true (gtk_widget_get_sensitive (record));
  g_signal_emit_by_name (record, "clicked");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_PUBLISH_DIALOG);
  g_assert_nonnull (dialog);
  problem = hg_test_find_widget (dialog, GTK_TYPE_LABEL, "publish-problem");

  /* No place: marked, the dialog stays. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_true (hg_test_find_toplevel (HG_TYPE_PUBLISH_DIALOG) == dialog);
  g_assert_true (gtk_widget_has_css_class (hg_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW,
                                                                "publish-place"), "error"));
  g_assert_true (gtk_widget_get_visible (problem));

  /* A date before the approval: the date marked, what was typed kept. */
  hg_publish_dialog_fill (HG_PUBLISH_DIALOG (dialog), "自社サイト https://example.co.jp/sa",
                          "2026-03-31");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_true (hg_test_find_toplevel (HG_TYPE_PUBLISH_DIALOG) == dialog);
  g_assert_true (gtk_widget_has_css_class (hg_test_find_widget (dialog, HG_TYPE_DATE_ROW,
                                                                "publish-date"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hg_test_find_widget (
                     dialog, ADW_TYPE_ENTRY_ROW, "publish-place"))), ==,
                   "自社サイト https://example.co.jp/sa");

  hg_publish_dialog_fill (HG_PUBLISH_DIALOG (dialog), "自社サイト https://example.co.jp/sa",
                          "2026/4/10");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_PUBLISH_DIALOG));
  published = hg_publication_list (workbook,
                                   hg_pack_get_id (hg_session_get_pack (
                                     hg_window_get_session (f->window), NULL)), "basic_policy");
  g_assert_cmpuint (published->len, ==, 1);
  g_assert_cmpstr (((HgPublication *) published->pdata[0])->published_on, ==, "2026-04-10");

  g_assert_cmpstr (headline (card), ==, _("You can declare SECURITY ACTION ★★"));
  g_assert_null (fix_button (card, HG_SECURITY_ACTION_POLICY_PUBLISHED));

  /* Declared on the scheme's site: the date recorded, the card says so. */
  declare = hg_test_find_widget (card, GTK_TYPE_BUTTON, "action-declare");
  g_assert_true (gtk_widget_get_visible (declare));
  g_signal_emit_by_name (declare, "clicked");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_DECLARE_DIALOG);
  g_assert_nonnull (dialog);
  hg_declare_dialog_set_date (HG_DECLARE_DIALOG (dialog), "2026/4/20");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_DECLARE_DIALOG));
  {
    g_autofree char *on = hg_date_format ("2026-04-20", HG_DATE_STYLE_LONG);
    g_autofree char *expected = g_strdup_printf (_("You declared SECURITY ACTION ★★ on %s"), on);

    g_assert_cmpstr (headline (card), ==, expected);
  }
  g_assert_false (gtk_widget_get_visible (declare));

  /* Undo takes the declaration back, then the publication, and the card
   * follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_assert_cmpstr (headline (card), ==, _("You can declare SECURITY ACTION ★★"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_assert_nonnull (fix_button (card, HG_SECURITY_ACTION_POLICY_PUBLISHED));
}

static GtkWidget *
overview_row (HgTestWindow *f,
              const char   *title)
{
  GtkWidget *overview;

  hg_window_show_page (f->window, "overview");
  hg_test_spin (50);
  overview = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_OVERVIEW_PAGE, NULL);
  g_assert_nonnull (overview);
  /* The steps are the rows of the first list. */
  for (GtkWidget *w = hg_test_find_widget (overview, ADW_TYPE_ACTION_ROW, NULL); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0)
      return w;
  return NULL;
}

/* The overview's steps of the self-assessment open the page on their
 * framework; an English interface shows the self-check in English. */
static void
test_overview_steps (HgTestWindow  *f,
                     gconstpointer  data)
{
  GtkWidget *row = overview_row (f, _("Answer IPA’s self-check"));

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   _("25 questions on everyday security; the total shows where to start."));
  g_assert_nonnull (overview_row (f, _("Import the customer’s check sheet")));

  /* The five measures chosen first, so that the step must change it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-framework", "s",
                                             "five-measures"));
  hg_test_spin (50);
  g_assert_cmpstr (chosen_framework (f), ==, "five-measures");
  row = overview_row (f, _("Answer IPA’s self-check"));
  gtk_widget_activate (row);
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "assess");
  g_assert_cmpstr (chosen_framework (f), ==, "ipa-self-check");

  if (g_str_equal (hg_xml_loader_interface_language (), "en"))
    {
      GtkWidget *drop = hg_test_find_widget (assess_page (f), GTK_TYPE_DROP_DOWN, "answer-14");
      GtkWidget *item = gtk_widget_get_ancestor (drop, ADW_TYPE_ACTION_ROW);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (item)), ==,
                       "Do you lock your computer screen when you leave your seat?");
    }
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/security-action/card", test_card);
  hg_test_window_add ("/window/security-action/overview-steps", test_overview_steps);
  return hg_test_window_run ();
}

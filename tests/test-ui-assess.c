/* test-ui-assess.c: the self-assessment page, driven as a user would
 *
 * Issue 16: a framework chosen from the page's drop-down, its items
 * answered through their drop-downs into the workbook, the total and band
 * at the top following, and undo through the window taking an answer back.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-page.h"
#include "hg-assessment.h"
#include "hg-framework.h"
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

static GtkDropDown *
answer_drop (HgAssessPage *page,
             const char   *ref)
{
  g_autofree char *name = g_strdup_printf ("answer-%s", ref);
  GtkWidget *drop = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, name);

  g_assert_nonnull (drop);
  return GTK_DROP_DOWN (drop);
}

static const char *
label_text (HgAssessPage *page,
            const char   *name)
{
  GtkWidget *label = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static char *
stored (HgWorkbook *workbook,
        const char *id,
        const char *ref)
{
  return hg_test_stored_answer (workbook, id, ref);
}

static void
assert_summary (HgAssessPage *page,
                int           total,
                int           maximum,
                guint         answered,
                guint         n_items,
                const char   *band)
{
  g_autofree char *total_text = g_strdup_printf (_("%d of %d points"), total, maximum);
  g_autofree char *answered_text =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item answered",
                                  "%u of %u items answered", n_items), answered, n_items);

  g_assert_cmpstr (label_text (page, "total-label"), ==, total_text);
  g_assert_cmpstr (label_text (page, "answered-label"), ==, answered_text);
  g_assert_cmpstr (label_text (page, "band-label"), ==, band);
}

/* The 5 basic measures: no band until all five are answered, then the
 * band of the total; one answer changed, then undone. */
static void
test_five_measures (HgTestWindow  *f,
                    gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(HgFramework) framework = hg_framework_load_builtin ("five-measures", NULL, NULL);
  GPtrArray *bands = hg_framework_get_bands (framework);
  const char *all = ((HgFrameworkBand *) g_ptr_array_index (bands, 0))->label;
  const char *some = ((HgFrameworkBand *) g_ptr_array_index (bands, 1))->label;
  const char *wait = _("Answer every item to see the assessment.");
  HgAssessPage *page = show_framework (f, "five-measures");
  GtkWidget *section;

  g_assert_nonnull (framework);
  /* One group a section, titled as the framework names it. */
  section = hg_test_find_widget (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, NULL);
  g_assert_nonnull (section);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (section)), ==,
                   ((HgFrameworkSection *) g_ptr_array_index (
                      hg_framework_get_sections (framework), 0))->title);
  assert_summary (page, 0, 5, 0, 5, wait);

  /* Choice 1 is the first of the scale (取り組んでいる, "yes"). */
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i);
      g_autofree char *value = NULL;

      gtk_drop_down_set_selected (answer_drop (page, ref), 1);
      hg_test_spin (30);
      value = stored (workbook, "five-measures", ref);
      g_assert_cmpstr (value, ==, "yes");
      assert_summary (page, i, 5, i, 5, wait);
    }
  gtk_drop_down_set_selected (answer_drop (page, "5"), 2);
  hg_test_spin (30);
  {
    g_autofree char *value = stored (workbook, "five-measures", "5");
    g_assert_cmpstr (value, ==, "no");
  }
  assert_summary (page, 4, 5, 5, 5, some);

  gtk_drop_down_set_selected (answer_drop (page, "5"), 1);
  hg_test_spin (30);
  assert_summary (page, 5, 5, 5, 5, all);

  /* One step back: item 5 is "no" again, in the workbook and on the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  {
    g_autofree char *value = stored (workbook, "five-measures", "5");
    g_assert_cmpstr (value, ==, "no");
  }
  g_assert_cmpuint (gtk_drop_down_get_selected (answer_drop (page, "5")), ==, 2);
  assert_summary (page, 4, 5, 5, 5, some);

  /* Unanswered clears the answer. */
  gtk_drop_down_set_selected (answer_drop (page, "5"), 0);
  hg_test_spin (30);
  {
    g_autofree char *value = stored (workbook, "five-measures", "5");
    g_assert_null (value);
  }
  assert_summary (page, 4, 5, 4, 5, wait);
}

/* IPA's 25 questions: a group for each part, the advice under each
 * question, and the -1 of "Don't know" in the total. */
static void
test_ipa_self_check (HgTestWindow  *f,
                     gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(HgFramework) framework = hg_framework_load_builtin ("ipa-self-check", NULL, NULL);
  GPtrArray *sections = hg_framework_get_sections (framework);
  HgFrameworkSection *first = g_ptr_array_index (sections, 0);
  HgFrameworkItem *item = g_ptr_array_index (first->items, 0);
  HgAssessPage *page = show_framework (f, "ipa-self-check");
  GtkWidget *row;
  g_autofree char *value = NULL;

  g_assert_cmpuint (hg_test_count_widgets (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP), ==,
                    sections->len);
  row = gtk_widget_get_ancestor (GTK_WIDGET (answer_drop (page, item->ref)), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, item->text);
  g_assert_nonnull (item->advice);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, item->advice);
  assert_summary (page, 0, 100, 0, 25, _("Answer every item to see the assessment."));

  /* わからない, the fourth of the scale, scores -1. */
  gtk_drop_down_set_selected (answer_drop (page, item->ref), 4);
  hg_test_spin (30);
  value = stored (workbook, "ipa-self-check", item->ref);
  g_assert_cmpstr (value, ==, "-1");
  assert_summary (page, -1, 100, 1, 25, _("Answer every item to see the assessment."));
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/assess/five-measures", test_five_measures);
  hg_test_window_add ("/window/assess/ipa-self-check", test_ipa_self_check);
  return hg_test_window_run ();
}

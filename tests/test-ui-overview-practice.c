/* test-ui-overview-practice.c: the overview's duties and incidents and the
 * notice on opening a workbook with something overdue (issue 17 item 3)
 *
 * The rows come from hg_practice_status_compute() and open the 運用 page;
 * the notice the window sends on opening is hg_practice_status_notice()'s
 * (a test's application has no session bus to show it on, so the test
 * reads what the window decided to say).
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-duty-calendar.h"
#include "hg-incident-edit.h"
#include "hg-local-time.h"
#include "hg-overview-page.h"
#include "hg-policy.h"
#include "hg-practice-status.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

/* An e-mail with customers' names sent astray ten days ago, nothing
 * reported: the 速報 to 個人情報保護委員会 (five days) is overdue. */
static void
add_late_leak (HgWorkbook *workbook)
{
  g_autoptr(HgIncident) incident = hg_incident_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) detected = g_date_time_add_days (now, -10);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  incident->title = g_strdup ("顧客名簿を添付したメールの誤送信");
  incident->detected = hg_local_time_store (detected);
  incident->detected_by = g_strdup ("佐藤 花子");
  incident->personal_data = TRUE;
  g_assert_true (hg_incident_save (workbook, incident, &id, &error));
  g_assert_no_error (error);
}

static char *
expected_notice (HgWindow *window)
{
  HgSession *session = hg_window_get_session (window);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  hg_duty_calendar_today (&today);
  entries = hg_practice_status_compute (hg_session_get_workbook (session),
                                        hg_session_get_pack (session, NULL), &today, now, &error);
  g_assert_no_error (error);
  return hg_practice_status_notice (entries);
}

/* The incident is listed on the overview, marked overdue; its row opens
 * the 運用 page. */
static void
test_rows (HgTestWindow  *f,
           gconstpointer  data)
{
  GtkWidget *row;

  add_late_leak (hg_window_get_workbook (f->window));
  hg_window_show_page (f->window, "overview");
  hg_test_spin (50);
  row = hg_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW, "practice-incident");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "顧客名簿を添付したメールの誤送信");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (row)));
  g_signal_emit_by_name (row, "activate");
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "practice");
}

/* Opened with an incident overdue, the window sends the core's notice,
 * which names it; the same workbook without it says nothing about
 * incidents. */
static void
test_notice (HgTestWindow  *f,
             gconstpointer  data)
{
  g_autofree char *before = expected_notice (f->window);
  g_autofree char *after = NULL;
  g_autofree char *line = g_strdup_printf (ngettext ("%u incident has a notification overdue.",
                                                     "%u incidents have a notification overdue.",
                                                     1), 1u);

  g_assert_cmpstr (hg_window_get_overdue_notice (f->window), ==, before);
  g_assert_true (before == NULL || strstr (before, line) == NULL);

  add_late_leak (hg_window_get_workbook (f->window));
  hg_test_window_close (f);
  hg_test_window_open (f);
  after = expected_notice (f->window);
  g_assert_nonnull (after);
  g_assert_nonnull (strstr (after, line));
  g_assert_cmpstr (hg_window_get_overdue_notice (f->window), ==, after);

  /* Sent to the desktop: the server on the test's bus received it. */
  {
    GPtrArray *sent = hg_test_notifications ();
    g_autofree char *shown = g_strconcat (_("Something is overdue in the workbook"), "\n", after,
                                          NULL);
    gboolean found = FALSE;

    for (guint i = 0; i < 200 && !found; i++)
      {
        hg_test_spin (10);
        for (guint n = 0; n < sent->len && !found; n++)
          found = g_str_equal (g_ptr_array_index (sent, n), shown);
      }
    g_assert_true (found);
  }
}

static guint
count_rows (GtkWidget  *list,
            const char *name)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += g_strcmp0 (gtk_widget_get_name (row), name) == 0;
  return n;
}

/* Rules adopted two years ago and no duty ever done: dozens of duties are
 * overdue. The overview lists a few of each kind and one row that counts
 * the rest; every open incident stays listed. */
static void
test_capped (HgTestWindow  *f,
             gconstpointer  data)
{
  HgSession *session = hg_window_get_session (f->window);
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) adopted = g_date_time_add_years (now, -2);
  g_autofree char *adopted_on = g_date_time_format (adopted, "%Y-%m-%d");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *more = NULL;
  GtkWidget *row, *list;
  guint duties = 0, shown;
  GDate today;

  g_assert_true (hg_policy_set_answer (workbook, hg_session_get_pack (session, NULL),
                                       "adopted_on", adopted_on, &error));
  g_assert_no_error (error);
  add_late_leak (workbook);
  hg_duty_calendar_today (&today);
  entries = hg_practice_status_compute (workbook, hg_session_get_pack (session, NULL), &today,
                                        now, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    duties += ((HgPracticeEntry *) g_ptr_array_index (entries, i))->kind
              != HG_PRACTICE_ENTRY_INCIDENT;
  g_assert_cmpuint (duties, >, 2 * HG_OVERVIEW_PRACTICE_ROWS);

  hg_window_show_page (f->window, "overview");
  hg_test_spin (50);
  row = hg_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW, "practice-incident");
  g_assert_nonnull (row);
  list = gtk_widget_get_parent (row);
  g_assert_cmpuint (count_rows (list, "practice-overdue"), ==, HG_OVERVIEW_PRACTICE_ROWS);
  g_assert_cmpuint (count_rows (list, "practice-due"), <=, HG_OVERVIEW_PRACTICE_ROWS);
  shown = count_rows (list, "practice-overdue") + count_rows (list, "practice-due");
  row = hg_test_find_widget (list, ADW_TYPE_ACTION_ROW, "practice-more");
  g_assert_nonnull (row);
  more = g_strdup_printf (ngettext ("%u more duty", "%u more duties", duties - shown),
                          duties - shown);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, more);
  g_signal_emit_by_name (row, "activate");
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "practice");
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/overview-practice/rows", test_rows);
  hg_test_window_add ("/window/overview-practice/notice", test_notice);
  hg_test_window_add ("/window/overview-practice/capped", test_capped);
  return hg_test_window_run ();
}

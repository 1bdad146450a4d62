/* test-ui-practice.c: the 運用 page's incident register, driven as a user
 * would
 *
 * Issue 17: incidents listed open ones first with their next deadline
 * counting down on a fixed clock and the overdue one marked; the add
 * dialog marking a mistyped time and keeping what was typed when the
 * workbook refuses it; the step dialog refusing to close before
 * containment; undo through the window; the export.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-calendar-view.h"
#include "hg-carryout-view.h"
#include "hg-carryout.h"
#include "hg-service-edit.h"
#include "hg-services-view.h"
#include "hg-duty-done.h"
#include "hg-incident-deadline.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-incident-dialog.h"
#include "hg-incident-edit.h"
#include "hg-incident-notice-dialog.h"
#include "hg-incident-step-dialog.h"
#include "hg-incidents-view.h"
#include "hg-practice-page.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static gint64
add_incident (HgWorkbook *workbook,
              const char *title,
              const char *detected,
              gboolean    personal)
{
  g_autoptr(HgIncident) incident = hg_incident_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  incident->title = g_strdup (title);
  incident->detected = g_strdup (detected);
  incident->detected_by = g_strdup ("佐藤 花子");
  incident->personal_data = personal;
  g_assert_true (hg_incident_save (workbook, incident, &id, &error));
  g_assert_no_error (error);
  return id;
}

static HgIncidentsView *
show_view (HgTestWindow *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 6, 12, 0, 0);
  GtkWidget *view;

  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "practice");
  view = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_INCIDENTS_VIEW, NULL);
  g_assert_nonnull (view);
  hg_incidents_view_set_now (HG_INCIDENTS_VIEW (view), now);
  hg_test_spin (50);
  return HG_INCIDENTS_VIEW (view);
}

static GtkWidget *
row_of (HgIncidentsView *view,
        gint64           id)
{
  g_autofree char *name = g_strdup_printf ("incident-%" G_GINT64_FORMAT, id);

  return hg_test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, name);
}

static guint
n_incidents (HgWorkbook *workbook)
{
  g_autoptr(GPtrArray) list = hg_incident_list (workbook, NULL);

  return list->len;
}

/* Open first, newest first; the overdue deadline said in words and
 * marked with an icon; the summary counts both. */
static void
test_list (HgTestWindow  *f,
           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 closed = add_incident (workbook, "ログインの通知", "2026-10-02 08:30", FALSE);
  gint64 leak = add_incident (workbook, "誤送信", "2026-12-01 17:40", TRUE);
  gint64 late = add_incident (workbook, "添付ファイル", "2026-12-04 10:15", FALSE);
  g_autoptr(HgIncidentNotice) notice = hg_incident_notice_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *state = NULL;
  HgIncidentsView *view;
  GtkWidget *list, *first, *label;

  notice->recipient = g_strdup ("ひながた自動車");
  notice->within = 48;
  g_assert_true (hg_incident_save_notice (workbook, late, notice, NULL, &error));
  g_assert_true (hg_incident_advance (workbook, closed, HG_INCIDENT_CONTAINED, "2026-10-02 09:00",
                                      "鈴木", NULL, &error));
  g_assert_true (hg_incident_advance (workbook, closed, HG_INCIDENT_CLOSED, "2026-10-02 12:00",
                                      "鈴木", NULL, &error));
  g_assert_no_error (error);

  view = show_view (f);
  list = hg_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LIST_BOX, "incident-list");
  g_assert_true (gtk_widget_get_visible (list));
  g_assert_cmpuint (hg_test_count_widgets (list, ADW_TYPE_ACTION_ROW), ==, 3);
  first = gtk_widget_get_first_child (list);
  g_assert_true (first == row_of (view, late));
  g_assert_true (gtk_widget_get_next_sibling (first) == row_of (view, leak));
  g_assert_true (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (first))
                 == row_of (view, closed));
  g_assert_true (gtk_widget_has_css_class (row_of (view, closed), "dim-label"));

  /* 48 hours from 2026-12-04 10:15 were up at 10:15 on the 6th: the row
   * says so as the core words it. */
  {
    g_autoptr(HgIncident) incident = hg_incident_get (workbook, late, NULL);
    g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 6, 12, 0, 0);
    g_autoptr(GPtrArray) deadlines = hg_incident_deadlines (incident, now);
    HgIncidentDeadline *next = hg_incident_deadlines_next (deadlines);

    g_assert_cmpint (next->state, ==, HG_INCIDENT_DEADLINE_OVERDUE);
    state = hg_incident_deadline_describe (next, now);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_of (view, late))),
                              state));
  }
  g_assert_cmpuint (hg_test_count_widgets (row_of (view, late), GTK_TYPE_IMAGE), >=, 1);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_of (view, leak))),
                            _("Prompt report to the PPC")));
  label = hg_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "summary");
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open, %u overdue",
                                          "%u open, %u overdue", 2), 2, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, summary);
}

static GtkWidget *
find_row (GtkWidget  *dialog,
          GType       type,
          const char *name)
{
  GtkWidget *row = hg_test_find_widget (dialog, type, name);

  g_assert_nonnull (row);
  return row;
}

/* A mistyped time marks its row and holds Save back; a save the workbook
 * refuses keeps the dialog, marks the field it names and writes nothing;
 * a good one adds the row to the list. */
static void
test_add_dialog (HgTestWindow  *f,
                 gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgIncidentsView *view = show_view (f);
  GtkWidget *dialog = hg_incident_dialog_new (workbook, 0);
  GtkWidget *detected, *assets, *problem;
  g_autoptr(GPtrArray) list = NULL;
  HgIncident *stored;

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (50);
  detected = find_row (dialog, ADW_TYPE_ENTRY_ROW, "detected");
  assets = find_row (dialog, ADW_TYPE_ENTRY_ROW, "assets");
  problem = find_row (dialog, GTK_TYPE_LABEL, "problem");

  gtk_editable_set_text (GTK_EDITABLE (find_row (dialog, ADW_TYPE_ENTRY_ROW, "title")),
                         "USBメモリの紛失");
  gtk_editable_set_text (GTK_EDITABLE (find_row (dialog, ADW_TYPE_ENTRY_ROW, "detected_by")),
                         "中村 隆");
  gtk_editable_set_text (GTK_EDITABLE (detected), "12月5日の夕方");
  g_assert_true (gtk_widget_has_css_class (detected, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (GTK_EDITABLE (detected), "令和8年12月5日 18時10分");
  g_assert_false (gtk_widget_has_css_class (detected, "error"));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));

  /* An asset the register does not have: refused by the core. */
  gtk_editable_set_text (GTK_EDITABLE (assets), "999");
  g_assert_false (hg_incident_dialog_save (HG_INCIDENT_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (assets, "error"));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (problem)), "999"));
  g_assert_cmpuint (n_incidents (workbook), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (detected)), ==, "令和8年12月5日 18時10分");

  gtk_editable_set_text (GTK_EDITABLE (assets), "");
  gtk_switch_set_active (GTK_SWITCH (find_row (dialog, GTK_TYPE_SWITCH, "personal")), TRUE);
  g_assert_true (hg_incident_dialog_save (HG_INCIDENT_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);

  list = hg_incident_list (workbook, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  stored = g_ptr_array_index (list, 0);
  g_assert_cmpstr (stored->title, ==, "USBメモリの紛失");
  g_assert_true (stored->personal_data);
  {
    g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (stored->detected, NULL);
    g_autoptr(GDateTime) local = g_date_time_to_local (at);
    g_autofree char *text = g_date_time_format (local, "%Y-%m-%d %H:%M");

    g_assert_cmpstr (text, ==, "2026-12-05 18:10");
  }
  g_assert_nonnull (row_of (view, stored->id));
}

/* The step dialog offers the steps after the current one; closing before
 * containment is refused with the rules' reason and the dialog stays;
 * containment is recorded, and undone through the window. */
static void
test_step_dialog (HgTestWindow  *f,
                  gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_incident (workbook, "添付ファイル", "2026-12-04 10:15", FALSE);
  HgIncidentsView *view = show_view (f);
  GtkWidget *dialog = hg_incident_step_dialog_new (workbook, id);
  GtkWidget *step, *problem;
  g_autoptr(HgIncident) after = NULL;
  g_autoptr(HgIncident) undone = NULL;
  g_autofree char *refusal = NULL;

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (50);
  step = find_row (dialog, ADW_TYPE_COMBO_ROW, "step");
  problem = find_row (dialog, GTK_TYPE_LABEL, "problem");
  /* reported, contained, recovered, closed */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (step))), ==, 4);
  gtk_editable_set_text (GTK_EDITABLE (find_row (dialog, ADW_TYPE_ENTRY_ROW, "at")), "2026-12-04 11:00");
  gtk_editable_set_text (GTK_EDITABLE (find_row (dialog, ADW_TYPE_ENTRY_ROW, "by")), "鈴木");

  adw_combo_row_set_selected (ADW_COMBO_ROW (step), 3);
  g_assert_false (hg_incident_step_dialog_save (HG_INCIDENT_STEP_DIALOG (dialog)));
  refusal = g_strdup_printf (_("An incident cannot be closed before it is contained: record “%s” first"),
                             _("Contained"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (problem)), refusal));

  adw_combo_row_set_selected (ADW_COMBO_ROW (step), 1);
  g_assert_true (hg_incident_step_dialog_save (HG_INCIDENT_STEP_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  after = hg_incident_get (workbook, id, NULL);
  g_assert_cmpint (hg_incident_get_status (after), ==, HG_INCIDENT_CONTAINED);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_of (view, id))),
                            _("Contained")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  undone = hg_incident_get (workbook, id, NULL);
  g_assert_cmpint (hg_incident_get_status (undone), ==, HG_INCIDENT_DETECTED);
}

/* Marking the overdue customer's notification as made: a time before the
 * detection is refused at its row and stored nowhere; a good one ends the
 * countdown and the overdue mark. */
static void
test_notice_dialog (HgTestWindow  *f,
                    gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_incident (workbook, "添付ファイル", "2026-12-04 10:15", FALSE);
  g_autoptr(HgIncidentNotice) notice = hg_incident_notice_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) after = NULL;
  HgIncidentsView *view;
  GtkWidget *dialog, *sent, *row;
  gint64 notice_id = 0;

  notice->recipient = g_strdup ("ひながた自動車");
  notice->within = 48;
  g_assert_true (hg_incident_save_notice (workbook, id, notice, &notice_id, &error));
  view = show_view (f);
  row = row_of (view, id);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "ひながた自動車"));

  dialog = hg_incident_notice_dialog_new (workbook, id, notice_id, HG_INCIDENT_NOTICE_CUSTOMER, 24);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (dialog, ADW_TYPE_ENTRY_ROW,
                                                                   "recipient"))), ==, "ひながた自動車");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (dialog, ADW_TYPE_ENTRY_ROW,
                                                                   "within"))), ==, "48");
  sent = find_row (dialog, ADW_TYPE_ENTRY_ROW, "sent");
  gtk_editable_set_text (GTK_EDITABLE (sent), "2026-12-04 09:00");
  g_assert_false (hg_incident_notice_dialog_save (HG_INCIDENT_NOTICE_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (sent, "error"));
  after = hg_incident_get (workbook, id, NULL);
  g_assert_null (((HgIncidentNotice *) g_ptr_array_index (after->notices, 0))->sent);
  g_clear_pointer (&after, hg_incident_free);

  gtk_editable_set_text (GTK_EDITABLE (sent), "2026-12-05 09:00");
  g_assert_true (hg_incident_notice_dialog_save (HG_INCIDENT_NOTICE_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  after = hg_incident_get (workbook, id, NULL);
  g_assert_cmpuint (after->notices->len, ==, 1);
  g_assert_nonnull (((HgIncidentNotice *) g_ptr_array_index (after->notices, 0))->sent);
  row = row_of (view, id);
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "ひながた自動車"));
}

static void
test_export (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgIncidentsView *view;
  g_autofree char *xlsx = g_build_filename (f->dir, "incidents.xlsx", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "incidents.csv", NULL);
  g_autofree char *text = NULL;

  add_incident (workbook, "誤送信", "2026-12-01 17:40", TRUE);
  view = show_view (f);
  g_assert_true (hg_incidents_view_export (view, xlsx));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_true (hg_incidents_view_export (view, csv));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "誤送信"));
  g_assert_nonnull (strstr (text, _("Prompt report to the PPC")));
}

/* The calendar tab: this month's duties by date with the overdue one
 * marked; Done records it by the holder, undone through the window; the
 * export writes a calendar. */
static void
test_calendar (HgTestWindow  *f,
               gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(HgPerson) person = hg_person_new ("管理 二郎", 0, "", "");
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = g_build_filename (f->dir, "plan.ics", NULL);
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *view, *row, *button;
  gint64 id;

  id = hg_person_add (workbook, person, &error);
  g_assert_no_error (error);
  g_assert_true (hg_org_role_assign (workbook, HG_ORG_ROLE_SYSTEM_ADMIN, 0, id, &error));
  g_assert_no_error (error);
  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  view = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_CALENDAR_VIEW, NULL);
  g_assert_nonnull (view);
  hg_calendar_view_set_today (HG_CALENDAR_VIEW (view), "2027-01-04");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           view, ADW_TYPE_VIEW_STACK)), "calendar");
  hg_test_spin (50);

  /* The patch check of 31 January is due; the backup check of 1 January
   * is overdue, with an icon that says so. */
  row = hg_test_find_widget (view, ADW_TYPE_ACTION_ROW, "duty-duty_patch_check-2027-01-31");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "管理 二郎"));
  row = hg_test_find_widget (view, ADW_TYPE_ACTION_ROW, "duty-duty_backup_check-2027-01-01");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), _("Overdue")));
  summary = g_strdup (gtk_label_get_text (GTK_LABEL (hg_test_find_widget (view, GTK_TYPE_LABEL,
                                                                          "summary"))));
  g_assert_nonnull (strstr (summary, "1"));

  button = hg_test_find_widget (row, GTK_TYPE_BUTTON, "done");
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  hg_test_spin (50);
  {
    g_autoptr(GHashTable) records = hg_duty_done_load (workbook, NULL);

    g_assert_true (g_hash_table_contains (records, "duty_backup_check 2027-01-01"));
  }
  row = hg_test_find_widget (view, ADW_TYPE_ACTION_ROW, "duty-duty_backup_check-2027-01-01");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "dim-label"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  {
    g_autoptr(GHashTable) records = hg_duty_done_load (workbook, NULL);

    g_assert_false (g_hash_table_contains (records, "duty_backup_check 2027-01-01"));
  }

  g_assert_true (hg_calendar_view_export (HG_CALENDAR_VIEW (view), ics));
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  {
    g_autofree char *uid = hg_workbook_dup_uid (workbook);
    g_autofree char *line = g_strdup_printf ("UID:duty_backup_check.%s@calendar.hinagata\r\n",
                                             uid);

    g_assert_nonnull (uid);
    g_assert_nonnull (strstr (text, line));
  }
}

/* The services tab: the one whose review is overdue first, said in words
 * with an icon; the checklist count; an ended contract dimmed. */
static void
test_services (HgTestWindow  *f,
               gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "クラウド会計", "システム保守委託" };
  const char *reviews[] = { "2027-03-31", "2026-12-01" };
  gint64 ids[2];
  GtkWidget *view, *row, *first;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HgService) s = hg_service_new ();

      s->name = g_strdup (names[i]);
      s->kind = i ? HG_SERVICE_CONTRACTOR : HG_SERVICE_CLOUD;
      s->department = g_strdup ("経理部");
      s->approved_by = g_strdup ("鈴木");
      s->approved_on = g_strdup ("2026-04-01");
      s->next_review = g_strdup (reviews[i]);
      s->checks[HG_SERVICE_CHECK_CONTRACT].ok = TRUE;
      g_assert_true (hg_service_save (workbook, s, &error));
      g_assert_no_error (error);
      ids[i] = s->id;
    }
  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  view = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_SERVICES_VIEW, NULL);
  g_assert_nonnull (view);
  hg_services_view_set_today (HG_SERVICES_VIEW (view), "2026-12-02");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           view, ADW_TYPE_VIEW_STACK)), "services");
  hg_test_spin (50);

  first = gtk_widget_get_first_child (hg_test_find_widget (view, GTK_TYPE_LIST_BOX,
                                                           "service-list"));
  row = hg_test_find_widget (view, ADW_TYPE_ACTION_ROW, "service-2");
  g_assert_true (first == row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "1/8"));
  g_assert_nonnull (hg_test_find_widget (row, GTK_TYPE_IMAGE, NULL));
  g_assert_true (hg_service_end (workbook, ids[1], "2027-01-31", FALSE, TRUE, TRUE, "", &error));
  g_assert_no_error (error);
  hg_test_spin (50);
  row = hg_test_find_widget (view, ADW_TYPE_ACTION_ROW, "service-2");
  g_assert_true (gtk_widget_has_css_class (row, "dim-label"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (hg_test_find_widget (view, GTK_TYPE_LABEL,
                                                                                "summary"))), "0"));
}

/* Six tabs: beside their icons on a wide window; on a phone's width a
 * drop-down of the tabs takes the switcher's place, and it and the tabs
 * follow each other. */
static void
test_tabs_narrow (HgTestWindow  *f,
                  gconstpointer  data)
{
  GtkWidget *page, *squeezer, *drop, *stack;
  GListModel *pages;
  guint laws = G_MAXUINT;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  hg_window_show_page (f->window, "practice");
  hg_test_spin (100);
  page = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_PRACTICE_PAGE, NULL);
  squeezer = hg_test_find_widget (page, ADW_TYPE_SQUEEZER, NULL);
  drop = hg_test_find_widget (page, GTK_TYPE_DROP_DOWN, "practice-tab-drop");
  stack = hg_test_find_widget (page, ADW_TYPE_VIEW_STACK, NULL);
  g_assert_nonnull (squeezer);
  g_assert_nonnull (drop);
  g_assert_cmpstr (gtk_widget_get_name (adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer))),
                   ==, "practice-switcher");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
  hg_test_spin (200);
  g_assert_true (adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer)) == drop);
  g_assert_true (gtk_widget_get_mapped (drop));

  pages = gtk_drop_down_get_model (GTK_DROP_DOWN (drop));
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) tab = g_list_model_get_item (pages, i);

      if (g_str_equal (adw_view_stack_page_get_name (tab), "laws"))
        laws = i;
    }
  g_assert_cmpuint (laws, !=, G_MAXUINT);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), laws);
  hg_test_spin (50);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "laws");

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "calendar");
  hg_test_spin (50);
  {
    g_autoptr(AdwViewStackPage) shown =
      g_list_model_get_item (pages, gtk_drop_down_get_selected (GTK_DROP_DOWN (drop)));

    g_assert_cmpstr (adw_view_stack_page_get_name (shown), ==, "calendar");
  }
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/practice/list", test_list);
  hg_test_window_add ("/window/practice/add-dialog", test_add_dialog);
  hg_test_window_add ("/window/practice/step-dialog", test_step_dialog);
  hg_test_window_add ("/window/practice/notice-dialog", test_notice_dialog);
  hg_test_window_add ("/window/practice/export", test_export);
  hg_test_window_add ("/window/practice/calendar", test_calendar);
  hg_test_window_add ("/window/practice/services", test_services);
  hg_test_window_add ("/window/practice/tabs-narrow", test_tabs_narrow);
  return hg_test_window_run ();
}

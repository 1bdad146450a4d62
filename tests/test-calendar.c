/* test-calendar.c: the yearly calendar (issue 17 item 3): the duties'
 * recurrences for the test companies, a month's listing on a fixed day
 * (month ends, 年末年始), done records with undo, and the .ics read back
 * by a real iCalendar parser (libical)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#ifdef HAVE_LIBICAL
#include <libical/ical.h>
#endif

#include "hg-db.h"
#include "hg-duty-calendar.h"
#include "hg-duty-done.h"
#include "hg-error.h"
#include "hg-ics-writer.h"
#include "hg-risk-catalogue.h"
#include "hg-test-companies.h"
#include "hg-test-util.h"

typedef struct
{
  char            *dir;
  HgPack          *pack;
  HgRiskCatalogue *catalogue;
  HgWorkbook      *workbook;
  GPtrArray       *duties;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char *languages[] = { "ja", NULL };
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->pack = hg_pack_load_builtin (&error);
  g_assert_no_error (error);
  f->catalogue = hg_risk_catalogue_load_builtin (languages, &error);
  g_assert_no_error (error);
  f->workbook = hg_test_company_new (GPOINTER_TO_INT (data), f->dir, f->pack, f->catalogue);
  f->duties = hg_duty_calendar_list (f->workbook, f->pack, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->duties);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->duties, g_ptr_array_unref);
  g_clear_object (&f->workbook);
  hg_risk_catalogue_free (f->catalogue);
  hg_pack_free (f->pack);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
set_date (GDate      *date,
          const char *stored)
{
  g_date_clear (date, 1);
  g_date_set_parse (date, stored);
  g_assert_true (g_date_valid (date));
}

static const HgCalendarDuty *
find (Fixture    *f,
      const char *id)
{
  const HgCalendarDuty *duty = hg_duty_calendar_find (f->duties, id);

  if (duty == NULL)
    g_error ("no duty %s", id);
  return duty;
}

static char *
dates_between (const HgCalendarDuty *duty,
               const char           *from,
               const char           *to)
{
  GDate a, b;
  g_autoptr(GPtrArray) dates = NULL;

  set_date (&a, from);
  set_date (&b, to);
  dates = hg_calendar_duty_dates (duty, &a, &b);
  g_ptr_array_add (dates, NULL);
  return g_strjoinv (" ", (char **) dates->pdata);
}

static char *
next_after (const HgCalendarDuty *duty,
            const char           *from)
{
  GDate date;

  set_date (&date, from);
  return hg_calendar_duty_next (duty, &date);
}

/* The example company's duties: each interval turned into a rule, the
 * answers' frequencies followed, the owner named as the rules name it. */
static void
test_recurrences (Fixture       *f,
                  gconstpointer  data)
{
  struct { const char *id, *rrule, *next, *role; } expected[] = {
    { "duty_threat_info", "FREQ=WEEKLY;BYDAY=MO", "2026-12-07", "システム管理者" },
    { "duty_backup_check", "FREQ=WEEKLY;BYDAY=FR", "2026-12-11", "システム管理者" },
    { "duty_patch_check", "FREQ=MONTHLY;BYMONTHDAY=-1", "2026-12-31", "システム管理者" },
    { "duty_log_review", "FREQ=MONTHLY;BYMONTHDAY=-1", "2026-12-31", "システム管理者" },
    { "duty_education", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1", "2027-04-30", "教育責任者" },
    { "duty_self_check", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1", "2026-12-31", "部門責任者" },
  };

  for (guint i = 0; i < f->duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (f->duties, i);
      g_autofree char *rrule = hg_calendar_duty_rrule (duty);

      g_test_message ("%s  %s  %s  %s  %s", duty->id, duty->when, rrule, duty->role,
                      duty->holder ? duty->holder : "-");
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const HgCalendarDuty *duty = find (f, expected[i].id);
      g_autofree char *rrule = hg_calendar_duty_rrule (duty);
      g_autofree char *next = next_after (duty, "2026-12-06");

      g_assert_cmpstr (rrule, ==, expected[i].rrule);
      g_assert_cmpstr (next, ==, expected[i].next);
      g_assert_cmpstr (duty->role, ==, expected[i].role);
    }

  /* Answers change the rule: quarterly log reviews end the quarters. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) duties = NULL;
    g_autofree char *rrule = NULL;
    g_autofree char *dates = NULL;
    const HgCalendarDuty *duty;

    hg_test_answer (f->workbook, f->pack, "log_review", "quarterly");
    duties = hg_duty_calendar_list (f->workbook, f->pack, &error);
    g_assert_no_error (error);
    duty = hg_duty_calendar_find (duties, "duty_log_review");
    rrule = hg_calendar_duty_rrule (duty);
    g_assert_cmpstr (rrule, ==, "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1");
    dates = dates_between (duty, "2026-12-01", "2027-12-31");
    g_assert_cmpstr (dates, ==, "2026-12-31 2027-03-31 2027-06-30 2027-09-30 2027-12-31");
  }

  /* The yearly self-assessment in December, whether or not the pack's
   * duty for a customer's guideline applies. */
  {
    const HgCalendarDuty *duty = hg_duty_calendar_find (f->duties, "duty_self_assessment");
    g_autofree char *next = NULL;

    if (duty == NULL)
      duty = find (f, "hinagata_self_assessment");
    next = next_after (duty, "2027-01-01");
    g_assert_cmpstr (next, ==, "2027-12-31");
    g_assert_cmpstr (duty->role, ==, "情報セキュリティ責任者");
  }
}

/* The full company names the holders of the roles. */
static void
test_owners (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpstr (find (f, "duty_patch_check")->holder, ==, "鈴木 浩");
  g_assert_cmpstr (find (f, "duty_education")->holder, ==, "高橋 美咲");
  /* One head per department: the duty is every head's. */
  g_assert_null (find (f, "duty_self_check")->holder);
}

/* Month ends: February in common and leap years, 30-day months; weekly
 * duties across the new year. */
static void
test_month_ends (Fixture       *f,
                 gconstpointer  data)
{
  const HgCalendarDuty *monthly = find (f, "duty_patch_check");
  const HgCalendarDuty *weekly = find (f, "duty_backup_check");
  g_autofree char *feb = dates_between (monthly, "2027-02-01", "2027-02-28");
  g_autofree char *leap = dates_between (monthly, "2028-02-01", "2028-02-29");
  g_autofree char *april = dates_between (monthly, "2027-04-01", "2027-04-30");
  g_autofree char *nenmatsu = dates_between (weekly, "2026-12-20", "2027-01-10");
  GDate day;
  g_autofree char *previous = NULL;

  g_assert_cmpstr (feb, ==, "2027-02-28");
  g_assert_cmpstr (leap, ==, "2028-02-29");
  g_assert_cmpstr (april, ==, "2027-04-30");
  g_assert_cmpstr (nenmatsu, ==, "2026-12-25 2027-01-01 2027-01-08");
  set_date (&day, "2027-01-04");
  previous = hg_calendar_duty_previous (monthly, &day);
  g_assert_cmpstr (previous, ==, "2026-12-31");
}

static HgDutyState
state_on (Fixture    *f,
          const char *duty,
          const char *due,
          const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) records = hg_duty_done_load (f->workbook, &error);
  GDate day;

  g_assert_no_error (error);
  set_date (&day, today);
  return hg_duty_done_state (records, duty, due, &day);
}

/* Done records: one undo step each; overdue after the due date in the
 * local calendar; never done on a day to come. */
static void
test_done_and_overdue (Fixture       *f,
                       gconstpointer  data)
{
  const HgCalendarDuty *duty = find (f, "duty_patch_check");
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) records = NULL;
  g_autoptr(GHashTable) overdue = NULL;
  g_autofree char *undo = NULL;
  GDate today;

  /* Over the new year holidays: due on 31 December, overdue from 1 January. */
  g_assert_cmpint (state_on (f, duty->id, "2026-12-31", "2026-12-28"), ==, HG_DUTY_STATE_OPEN);
  g_assert_cmpint (state_on (f, duty->id, "2026-12-31", "2026-12-31"), ==, HG_DUTY_STATE_OPEN);
  g_assert_cmpint (state_on (f, duty->id, "2026-12-31", "2027-01-01"), ==, HG_DUTY_STATE_OVERDUE);
  records = hg_duty_done_load (f->workbook, &error);
  g_assert_no_error (error);
  set_date (&today, "2027-01-04");
  overdue = hg_duty_done_overdue (f->duties, records, &today, NULL);
  g_assert_cmpstr (g_hash_table_lookup (overdue, "duty_patch_check"), ==, "2026-12-31");
  g_assert_cmpstr (g_hash_table_lookup (overdue, "duty_backup_check"), ==, "2027-01-01");
  /* Nothing is owed before the rules took effect (the example company's
   * on 2025-04-01). */
  {
    g_autoptr(GHashTable) later = NULL;
    GDate since;

    g_assert_true (hg_duty_calendar_get_start (f->workbook, f->pack, &since));
    g_assert_cmpuint (g_date_get_year (&since), ==, 2025);
    g_assert_cmpuint (g_date_get_month (&since), ==, 4);
    g_assert_cmpuint (g_date_get_day (&since), ==, 1);
    set_date (&since, "2027-01-01");
    later = hg_duty_done_overdue (f->duties, records, &today, &since);
    g_assert_false (g_hash_table_contains (later, "duty_patch_check"));
    g_assert_cmpstr (g_hash_table_lookup (later, "duty_backup_check"), ==, "2027-01-01");
  }

  /* Refused: done tomorrow; a day that is no due date; nobody. No undo
   * step is left behind. */
  undo = g_strdup (hg_workbook_get_undo_label (f->workbook));
  set_date (&today, "2026-12-28");
  g_assert_false (hg_duty_done_record (f->workbook, duty, "2026-12-31", "2026-12-29", "鈴木 浩",
                                       NULL, &today, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Done on: A duty cannot be recorded as done on a day still to come");
  g_clear_error (&error);
  g_assert_false (hg_duty_done_record (f->workbook, duty, "2026-12-30", "2026-12-28", "鈴木 浩",
                                       NULL, &today, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hg_duty_done_record (f->workbook, duty, "2026-12-31", "2026-12-28", " ",
                                       NULL, &today, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, undo);

  g_assert_true (hg_duty_done_record (f->workbook, duty, "2026-12-31", "2026-12-28", "鈴木 浩",
                                      "全台適用済み", &today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_on (f, duty->id, "2026-12-31", "2027-01-04"), ==, HG_DUTY_STATE_DONE);
  /* Twice for one due date is refused. */
  g_assert_false (hg_duty_done_record (f->workbook, duty, "2026-12-31", "2026-12-28", "鈴木 浩",
                                       NULL, &today, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  /* The next record made in January settles January's due date. */
  {
    g_autoptr(GHashTable) now = hg_duty_done_load (f->workbook, &error);
    g_autofree char *due = NULL;

    set_date (&today, "2027-01-04");
    due = hg_duty_done_pick_due (duty, now, &today);
    g_assert_cmpstr (due, ==, "2027-01-31");
  }

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_on (f, duty->id, "2026-12-31", "2027-01-04"), ==, HG_DUTY_STATE_OVERDUE);
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_on (f, duty->id, "2026-12-31", "2027-01-04"), ==, HG_DUTY_STATE_DONE);
}

/* Folding and escaping as RFC 5545 has them. */
static void
test_ics_text (void)
{
  g_autofree char *escaped = hg_ics_escape ("a\\b;c,d\ne、，；");
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  GString *long_line = g_string_new ("SUMMARY:");

  g_assert_cmpstr (escaped, ==, "a\\\\b\\;c\\,d\\ne、，；");
  for (guint i = 0; i < 40; i++)
    g_string_append (long_line, "情報");
  hg_ics_append_line (out, long_line->str);
  g_assert_true (g_str_has_suffix (out->str, "\r\n"));
  lines = g_strsplit (out->str, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      if (i > 0)
        g_assert_true (lines[i][0] == ' ');
    }
  /* Unfolded, it is the line again. */
  {
    g_autofree char *joined = g_strjoinv ("", lines);
    g_auto(GStrv) parts = g_strsplit (joined, " ", -1);
    g_autofree char *unfolded = g_strjoinv ("", parts);

    g_assert_cmpstr (unfolded, ==, long_line->str);
  }
  g_string_free (long_line, TRUE);
}

#ifdef HAVE_LIBICAL
static char *
ical_date (struct icaltimetype t)
{
  return g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);
}

/* The file as a calendar application reads it: every dated duty one
 * VEVENT, its RRULE expanding to the dates the calendar lists. */
static void
test_ics_libical (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 12, 6, 9, 0, 0);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  HgCalendarDuty *special;
  guint dated = 0;
  GDate from;

  /* A summary with every character that needs care, and a long line. */
  special = g_new0 (HgCalendarDuty, 1);
  special->id = g_strdup ("test_special");
  special->task = g_strdup ("点検、確認，報告；完了\n次へ, a;b\\c "
                            "情報セキュリティ対策の実施状況を確認し記録する作業を毎月末までに行う");
  special->when = g_strdup ("毎月");
  special->role = g_strdup ("システム管理者");
  special->recurrence = HG_DUTY_MONTHS;
  special->months = 0xfff;
  g_ptr_array_add (f->duties, special);

  set_date (&from, "2026-12-06");
  text = hg_ics_build (f->duties, NULL, "年間計画 株式会社みどり精機", &from, stamp);
  for (guint i = 0; i < f->duties->len; i++)
    dated += ((HgCalendarDuty *) g_ptr_array_index (f->duties, i))->recurrence != HG_DUTY_UNDATED;

  /* Every line ends CRLF, none is over 75 octets, none splits a character. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

    g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
    g_assert_null (strchr (g_strdelimit (g_strdup (text), "\r", 'x'), '\r'));
    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_assert_null (strchr (lines[i], '\n'));
        g_assert_cmpuint (strlen (lines[i]), <=, 75);
        g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      }
  }
  g_assert_nonnull (strstr (text, "点検、確認，報告；完了\\n次へ\\, a\\;b\\\\c"));

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpstr (icalproperty_get_prodid (icalcomponent_get_first_property (
                     calendar, ICAL_PRODID_PROPERTY)), ==, HG_ICS_PRODID);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (
                     calendar, ICAL_VERSION_PROPERTY)), ==, "2.0");
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, dated);

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);
      g_autofree char *id = g_strndup (uid, strcspn (uid, "@"));
      const HgCalendarDuty *duty = find (f, id);
      icalproperty *rrule_prop = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
      struct icalrecurrencetype rule;
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      g_autofree char *expected_rrule = hg_calendar_duty_rrule (duty);
      g_autofree char *first = next_after (duty, "2026-12-06");
      g_autofree char *start_text = ical_date (start);
      g_autoptr(GPtrArray) expected = NULL;
      icalrecur_iterator *it;
      GDate end;

      g_assert_true (g_hash_table_add (uids, g_strdup (uid)));
      g_assert_true (start.is_date);
      g_assert_cmpstr (start_text, ==, first);
      g_assert_cmpint (icaltime_as_timet (icalcomponent_get_dtstamp (event)), ==,
                       g_date_time_to_unix (stamp));
      g_assert_nonnull (rrule_prop);
      rule = icalproperty_get_rrule (rrule_prop);
      /* libical writes the parts in an order of its own: compare what
       * it makes of ours. */
      {
        struct icalrecurrencetype ours = icalrecurrencetype_from_string (expected_rrule);

        g_assert_cmpstr (icalrecurrencetype_as_string (&rule), ==,
                         icalrecurrencetype_as_string (&ours));
      }
      g_assert_cmpstr (icalcomponent_get_summary (event), ==, duty->task);

      /* Two years of the rule, expanded by libical, against ours. */
      set_date (&end, "2028-12-05");
      expected = hg_calendar_duty_dates (duty, &from, &end);
      it = icalrecur_iterator_new (rule, start);
      g_assert_nonnull (it);
      for (guint n = 0;; n++)
        {
          struct icaltimetype next = icalrecur_iterator_next (it);
          g_autofree char *got = NULL;

          if (icaltime_is_null_time (next) || next.year > 2028
              || (next.year == 2028 && (next.month == 12 && next.day > 5)))
            {
              g_assert_cmpuint (n, ==, expected->len);
              break;
            }
          got = ical_date (next);
          g_assert_cmpuint (n, <, expected->len);
          g_assert_cmpstr (got, ==, g_ptr_array_index (expected, n));
        }
      icalrecur_iterator_free (it);
    }
  icalcomponent_free (calendar);
}
#endif

#ifndef HAVE_LIBICAL
static void
skip_libical (void)
{
  g_test_skip ("libical was not found at build time (Debian: libical-dev); "
               "the .ics file is not read back by a real parser");
}
#endif

/* A second export replaces the first; a file it did not write is kept. */
static void
test_ics_overwrite (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "plan.ics", NULL);
  g_autofree char *other = g_build_filename (f->dir, "notes.ics", NULL);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 12, 6, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  GDate from;

  set_date (&from, "2026-12-06");
  g_assert_true (hg_ics_write (f->duties, NULL, "plan", &from, stamp, path, &error));
  g_assert_no_error (error);
  g_assert_true (hg_ics_write (f->duties, NULL, "plan", &from, stamp, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (other, "my own notes\n", -1, NULL));
  g_assert_false (hg_ics_write (f->duties, NULL, "plan", &from, stamp, other, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (other, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "my own notes\n");
}

/* hinagata-cli calendar list, done and ics on the example company, on
 * fixed days around the new year holidays. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  g_autofree char *ics = g_build_filename (f->dir, "plan.ics", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.ics", NULL);
  g_autofree char *text = NULL;
  HgTestRun run = { 0 };

  /* The CLI opens the file itself. */
  g_clear_object (&f->workbook);

  hg_test_run_cli (&run, (const char *[]) { "calendar", "list", path, "--month", "2026-12",
                                    "--today", "2026-12-28", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "  2026-12-31  Due       duty_patch_check  更新プログラム"));
  g_assert_nonnull (strstr (run.out, "! 2026-12-25  Overdue   duty_backup_check  "));
  g_assert_nonnull (strstr (run.out, "  2026-12-31  Due       duty_self_assessment  "));
  g_assert_null (strstr (run.out, "2027-"));

  hg_test_run_cli (&run, (const char *[]) { "calendar", "done", path, "duty_patch_check", "--date",
                                    "2026-12-29", "--by", "鈴木 浩", "--today", "2026-12-28",
                                    NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "hinagata-cli: Done on: A duty cannot be recorded as done on a "
                                "day still to come\n");
  hg_test_run_cli (&run, (const char *[]) { "calendar", "done", path, "duty_patch_check", "--date",
                                    "2026-12-28", "--today", "2026-12-28", NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--by NAME"));
  hg_test_run_cli (&run, (const char *[]) { "calendar", "done", path, "duty_patch_check", "--date",
                                    "2026-12-28", "--by", "鈴木 浩", "--today", "2026-12-28",
                                    NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "duty_patch_check: done on 2026-12-28 for 2026-12-31, by 鈴木 浩\n");

  /* A missed due date done late, named with --due; a day that is no due
   * date of the duty is refused. */
  hg_test_run_cli (&run, (const char *[]) { "calendar", "done", path, "duty_patch_check", "--due",
                                    "2026-11-30", "--date", "2026-12-28", "--by", "鈴木 浩",
                                    "--today", "2026-12-28", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "duty_patch_check: done on 2026-12-28 for 2026-11-30, by 鈴木 浩\n");
  hg_test_run_cli (&run, (const char *[]) { "calendar", "done", path, "duty_patch_check", "--due",
                                    "2026-11-29", "--by", "鈴木 浩", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "hinagata-cli: Due date: “2026-11-29” is not a due date of this "
                                "duty\n");

  /* After the holidays: December's patch check is done, its backup check
   * of 1 January is not. */
  hg_test_run_cli (&run, (const char *[]) { "calendar", "list", path, "--month", "2026-12",
                                    "--today", "2027-01-04", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "  2026-12-31  Done      duty_patch_check  "));
  g_assert_nonnull (strstr (run.out, "! 2026-12-31  Overdue   duty_log_review  "));
  g_assert_nonnull (strstr (run.out, "\nOverdue:\n! 2027-01-01  Overdue   duty_backup_check  "));

  hg_test_run_cli (&run, (const char *[]) { "calendar", "list", path, "--month", "2026-13", NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "2026-12"));

  hg_test_run_cli (&run, (const char *[]) { "calendar", "ics", path, "-o", ics, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  {
    /* The duty's id and the workbook's name (the fixture has closed it). */
    const char *uid = strstr (text, "\r\nUID:duty_patch_check.");

    g_assert_nonnull (uid);
    uid += strlen ("\r\nUID:duty_patch_check.");
    g_assert_cmpuint (strspn (uid, "0123456789abcdef"), ==, 32);
    g_assert_true (g_str_has_prefix (uid + 32, "@calendar.hinagata\r\n"));
  }
  hg_test_run_cli (&run, (const char *[]) { "calendar", "ics", path, "-o", ics, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_set_contents (other, "BEGIN:VCALENDAR\r\nPRODID:someone else\r\n", -1,
                                      NULL));
  hg_test_run_cli (&run, (const char *[]) { "calendar", "ics", path, "-o", other, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "is not a calendar Hinagata exported"));
  g_free (text);
  g_assert_true (g_file_get_contents (other, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "BEGIN:VCALENDAR\r\nPRODID:someone else\r\n");

  hg_test_run_clear (&run);
}

/* Each workbook has a name of its own in its events' UIDs, so two
 * companies' plans imported into one calendar stay apart; the same
 * workbook's file written again has the same UIDs (an update, not copies).
 * A stored name not of the migration's form is not written into the file. */
static void
test_ics_workbook_uid (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autoptr(HgWorkbook) other = hg_test_company_new (HG_TEST_COMPANY_EXAMPLE, dir, f->pack,
                                                     f->catalogue);
  g_autofree char *uid = hg_workbook_dup_uid (f->workbook);
  g_autofree char *other_uid = hg_workbook_dup_uid (other);
  g_autofree char *path = g_build_filename (f->dir, "plan.ics", NULL);
  g_autofree char *again = g_build_filename (f->dir, "again.ics", NULL);
  g_autofree char *theirs = g_build_filename (f->dir, "theirs.ics", NULL);
  g_autofree char *text = NULL, *text_again = NULL, *text_theirs = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 12, 6, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  GDate from;

  g_assert_nonnull (uid);
  g_assert_cmpuint (strlen (uid), ==, 32);
  g_assert_nonnull (other_uid);
  g_assert_cmpstr (uid, !=, other_uid);

  set_date (&from, "2026-12-06");
  g_assert_true (hg_ics_write_for_workbook (f->workbook, f->duties, &from, stamp, path, &error));
  g_assert_true (hg_ics_write_for_workbook (f->workbook, f->duties, &from, stamp, again, &error));
  g_assert_true (hg_ics_write_for_workbook (other, f->duties, &from, stamp, theirs, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (again, &text_again, NULL, NULL));
  g_assert_true (g_file_get_contents (theirs, &text_theirs, NULL, NULL));
  line = g_strdup_printf ("\r\nUID:%s.%s@calendar.hinagata\r\n",
                          ((HgCalendarDuty *) g_ptr_array_index (f->duties, 0))->id, uid);
  g_assert_nonnull (strstr (text, line));
  g_assert_cmpstr (text, ==, text_again);
  g_assert_null (strstr (text_theirs, uid));
  g_assert_nonnull (strstr (text_theirs, other_uid));
  g_assert_nonnull (strstr (text, "X-WR-CALNAME:年間計画 "));

  g_assert_true (hg_db_exec (hg_workbook_get_db (other),
                             "UPDATE workbook_meta SET value = 'x\r\nATTENDEE:evil' "
                             "WHERE key = 'uid'", &error));
  g_assert_no_error (error);
  g_assert_null (hg_workbook_dup_uid (other));
  g_clear_pointer (&text_theirs, g_free);
  g_assert_true (hg_ics_write_for_workbook (other, f->duties, &from, stamp, theirs, &error));
  g_assert_true (g_file_get_contents (theirs, &text_theirs, NULL, NULL));
  g_assert_null (strstr (text_theirs, "evil"));
  g_clear_object (&other);
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("TZ", "Asia/Tokyo", TRUE);

#define ADD(path, company, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (company), fixture_setup, func, fixture_teardown)
  ADD ("/calendar/recurrences", HG_TEST_COMPANY_EXAMPLE, test_recurrences);
  ADD ("/calendar/owners", HG_TEST_COMPANY_FULL, test_owners);
  ADD ("/calendar/month-ends", HG_TEST_COMPANY_EXAMPLE, test_month_ends);
  ADD ("/calendar/done-overdue", HG_TEST_COMPANY_EXAMPLE, test_done_and_overdue);
  ADD ("/calendar/ics-overwrite", HG_TEST_COMPANY_EXAMPLE, test_ics_overwrite);
  ADD ("/calendar/ics-workbook-uid", HG_TEST_COMPANY_EXAMPLE, test_ics_workbook_uid);
  ADD ("/calendar/cli", HG_TEST_COMPANY_EXAMPLE, test_cli);
#ifdef HAVE_LIBICAL
  ADD ("/calendar/ics-libical", HG_TEST_COMPANY_EXAMPLE, test_ics_libical);
#else
  g_test_add_func ("/calendar/ics-libical", skip_libical);
#endif
#undef ADD
  g_test_add_func ("/calendar/ics-text", test_ics_text);
  return g_test_run ();
}

/* hg-cli-calendar.c: the "calendar" commands — the yearly calendar
 * (年間計画): the duties due in a month, recording one done, and the
 * iCalendar export
 *
 * Every command takes --today, so that a script (and the tests) can ask
 * how things stand on a given day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "hg-cli-util.h"
#include "hg-date.h"
#include "hg-duty-calendar.h"
#include "hg-duty-done.h"
#include "hg-ics-writer.h"
#include "hg-policy.h"

typedef struct
{
  const char *positional[3];
  guint       n_positional;
  const char *month, *today, *date, *due, *by, *note, *output;
} Options;

/* "2026-12" → the first and last day of that month. */
static gboolean
parse_month (const char *text,
             GDate      *first,
             GDate      *last)
{
  unsigned year, month;
  char tail;

  if (text == NULL || sscanf (text, "%4u-%2u%c", &year, &month, &tail) != 2
      || year < 1900 || year > 9999 || month < 1 || month > 12)
    return FALSE;
  g_date_clear (first, 1);
  g_date_set_dmy (first, 1, month, year);
  *last = *first;
  g_date_set_day (last, g_date_get_days_in_month (month, year));
  return TRUE;
}

static char *
owner_text (const HgCalendarDuty *duty)
{
  return duty->holder != NULL ? g_strdup_printf ("%s（%s）", duty->role, duty->holder)
                              : g_strdup (duty->role);
}

typedef struct
{
  const char           *due;
  guint                 order;
  const HgCalendarDuty *duty;
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;
  int by_date = strcmp (x->due, y->due);

  return by_date != 0 ? by_date : (int) x->order - (int) y->order;
}

static int
list (GPtrArray     *duties,
      GHashTable    *records,
      const Options *o,
      const GDate   *today,
      const GDate   *since)
{
  g_autoptr(GHashTable) overdue = hg_duty_done_overdue (duties, records, today, since);
  g_autoptr(GPtrArray) all_dates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  GDate first, last;

  if (o->month != NULL && !parse_month (o->month, &first, &last))
    return hg_cli_usage_error (_("--month takes a year and month, e.g. 2026-12"));
  if (o->month == NULL)
    {
      first = *today;
      g_date_set_day (&first, 1);
      last = first;
      g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (&first),
                                                       g_date_get_year (&first)));
    }
  /* Nothing was owed before the rules took effect. */
  if (g_date_valid (since) && g_date_compare (&first, since) < 0)
    first = *since;
  for (guint i = 0; i < duties->len && g_date_compare (&first, &last) <= 0; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      GPtrArray *dates = hg_calendar_duty_dates (duty, &first, &last);

      g_ptr_array_add (all_dates, dates);
      for (guint d = 0; d < dates->len; d++)
        {
          Row row = { g_ptr_array_index (dates, d), i, duty };

          g_array_append_val (rows, row);
        }
    }
  /* By date, as a calendar reads. */
  g_array_sort (rows, compare_rows);
  for (guint r = 0; r < rows->len; r++)
    {
      const Row *row = &g_array_index (rows, Row, r);
      HgDutyState state = hg_duty_done_state (records, row->duty->id, row->due, today);
      g_autofree char *owner = owner_text (row->duty);

      g_print ("%s %s  %-8s  %s  %s  %s\n", state == HG_DUTY_STATE_OVERDUE ? "!" : " ", row->due,
               hg_duty_state_get_label (state), row->duty->id, row->duty->task, owner);
    }
  if (rows->len == 0)
    g_print ("%s\n", _("No duties fall due in this month."));

  /* What an earlier month left undone, so the listing of a month does not
   * hide it. */
  for (guint i = 0, header = FALSE; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      const char *due = g_hash_table_lookup (overdue, duty->id);
      g_autofree char *owner = NULL;
      GDate date;

      if (due == NULL)
        continue;
      g_date_clear (&date, 1);
      g_date_set_parse (&date, due);
      if (g_date_compare (&date, &first) >= 0 && g_date_compare (&date, &last) <= 0)
        continue;
      if (!header)
        g_print ("\n%s\n", _("Overdue:"));
      header = TRUE;
      owner = owner_text (duty);
      g_print ("! %s  %-8s  %s  %s  %s\n", due, hg_duty_state_get_label (HG_DUTY_STATE_OVERDUE),
               duty->id, duty->task, owner);
    }

  for (guint i = 0, header = FALSE; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      g_autofree char *owner = NULL;

      if (duty->recurrence != HG_DUTY_UNDATED)
        continue;
      if (!header)
        g_print ("\n%s\n", _("Without dates:"));
      header = TRUE;
      owner = owner_text (duty);
      g_print ("  %s  %s  %s  %s\n", duty->when, duty->id, duty->task, owner);
    }
  return 0;
}

static int
done (HgWorkbook    *workbook,
      GPtrArray     *duties,
      GHashTable    *records,
      const Options *o,
      const GDate   *today)
{
  g_autoptr(GError) error = NULL;
  const HgCalendarDuty *duty = hg_duty_calendar_find (duties, o->positional[2]);
  g_autofree char *due = NULL;
  g_autofree char *on = NULL;
  const char *by = o->by;
  GDate date = *today;

  if (duty == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("No duty “%s”; “calendar list” shows the ids"),
                                                  o->positional[2]);

      return hg_cli_usage_error (message);
    }
  if (o->date != NULL && !hg_cli_parse_day (o->date, &date))
    return hg_cli_usage_error (_("--date takes a date, e.g. 2026-12-28"));
  if (by == NULL)
    by = duty->holder;
  if (by == NULL)
    return hg_cli_usage_error (_("Nobody holds this duty’s role: give who did it with --by NAME"));
  /* --due names a missed due date done late; else the period's. */
  if (o->due != NULL && !hg_date_parse (o->due, &due))
    return hg_cli_usage_error (_("--due takes a date, e.g. 2026-11-30"));
  if (due == NULL)
    due = hg_duty_done_pick_due (duty, records, &date);
  if (due == NULL)
    return hg_cli_usage_error (_("This duty has no dates to record it against"));
  on = hg_duty_calendar_store_date (&date);
  if (!hg_duty_done_record (workbook, duty, due, on, by, o->note, today, &error))
    return hg_cli_fail (error);
  g_print (_("%s: done on %s for %s, by %s\n"), duty->id, on, due, by);
  return 0;
}

static int
ics (HgWorkbook    *workbook,
     GPtrArray     *duties,
     const Options *o,
     const GDate   *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (o->output == NULL)
    return hg_cli_usage_error (_("Give the file to write with -o FILE.ics"));
  if (!hg_ics_write_for_workbook (workbook, duties, today, now, o->output, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

int
hg_cli_calendar (int    argc,
                 char **argv)
{
  static const struct { const char *name; guint n; gboolean edits; } commands[] = {
    { "list", 2, FALSE }, { "done", 3, TRUE }, { "ics", 2, FALSE },
  };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GHashTable) records = NULL;
  HgPack *pack;
  Options o = { { 0 } };
  const HgCliOption options[] = {
    { "--month", &o.month }, { "--today", &o.today }, { "--date", &o.date }, { "--due", &o.due },
    { "--by", &o.by },
    { "--note", &o.note }, { "-o", &o.output }, { "--output", &o.output },
  };
  GDate today, since;
  guint c;
  int status;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), o.positional,
                             G_N_ELEMENTS (o.positional), &o.n_positional)
      || o.n_positional < 1)
    return hg_cli_usage_error (_("Use “calendar list”, “done” or “ics”"));
  for (c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (o.positional[0], commands[c].name))
      break;
  if (c == G_N_ELEMENTS (commands))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown calendar command “%s”"), o.positional[0]);

      return hg_cli_usage_error (message);
    }
  if (o.n_positional != commands[c].n)
    {
      g_autofree char *message = g_strdup_printf (_("Wrong arguments for “calendar %s”; see --help"),
                                                  commands[c].name);

      return hg_cli_usage_error (message);
    }
  hg_duty_calendar_today (&today);
  if (o.today != NULL && !hg_cli_parse_day (o.today, &today))
    return hg_cli_usage_error (_("--today takes a date, e.g. 2026-12-28"));

  workbook = commands[c].edits ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
                               : hg_cli_open_current (o.positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  pack = hg_policy_load_pack (workbook, &error);
  if (pack == NULL)
    return hg_cli_fail (error);
  hg_duty_calendar_get_start (workbook, pack, &since);
  duties = hg_duty_calendar_list (workbook, pack, &error);
  if (duties != NULL)
    records = hg_duty_done_load (workbook, &error);
  if (records == NULL)
    status = hg_cli_fail (error);
  else if (c == 0)
    status = list (duties, records, &o, &today, &since);
  else if (c == 1)
    status = done (workbook, duties, records, &o, &today);
  else
    status = ics (workbook, duties, &o, &today);
  hg_pack_free (pack);
  return status;
}

/* hg-duty-calendar.c
 *
 * The duties are the pack's <duties> table (hg_pack_get_duties()) read
 * under the company's current answers: a row whose condition fails is no
 * duty, an interval given as a question is the answer's, the owner's role
 * is named as the rules name it and its holder as the company page has it.
 *
 * A duty falls due on the last day of its month (monthly, quarterly,
 * half-yearly, yearly) so that the work can be done any day of that month,
 * and a weekly one on its weekday. The quarters and halves end with the
 * calendar's (June, September, December, March), where Japanese companies
 * close their books; a yearly duty falls in the month that suits it (the
 * self-assessment in December as the guidelines' cycle has it, training
 * in April when new staff join), else in December. An interval that none
 * of these rules can turn into dates (daily, an unknown word of a pack of
 * the company's own) stays a duty without dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-duty-calendar.h"
#include "hg-org-role.h"
#include "hg-pack-context.h"
#include "hg-person.h"
#include "hg-policy.h"

#define ALL_MONTHS 0xfffu
#define MONTH(m) (1u << ((m) - 1))

/* The self-assessment the yearly cycle of the guidelines ends with; added
 * when the pack's own duty for it does not apply. */
#define SELF_ASSESSMENT_ID   "hinagata_self_assessment"
#define PACK_ASSESSMENT_ID   "duty_self_assessment"

static const struct { const char *id; guint month; } yearly_months[] = {
  { PACK_ASSESSMENT_ID, 12 },
  { SELF_ASSESSMENT_ID, 12 },
  { "duty_education", 4 },
};

static const char *weekdays[] = { NULL, "monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday" };
static const char *ical_days[] = { NULL, "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

void
hg_calendar_duty_free (HgCalendarDuty *duty)
{
  if (duty == NULL)
    return;
  g_free (duty->id);
  g_free (duty->task);
  g_free (duty->when);
  g_free (duty->role);
  g_free (duty->holder);
  g_free (duty);
}

void
hg_duty_calendar_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

void
hg_duty_calendar_day_or_today (const char *stored,
                               GDate      *day)
{
  g_date_clear (day, 1);
  if (stored != NULL)
    g_date_set_parse (day, stored);
  if (!g_date_valid (day))
    hg_duty_calendar_today (day);
}

gboolean
hg_duty_calendar_get_start (HgWorkbook *workbook,
                            HgPack     *pack,
                            GDate      *start)
{
  g_autofree char *adopted = NULL;

  g_date_clear (start, 1);
  if (hg_pack_find_question (pack, "adopted_on") == NULL)
    return FALSE;
  adopted = hg_policy_get_answer (workbook, pack, "adopted_on");
  if (adopted == NULL || !hg_date_is_stored (adopted))
    return FALSE;
  g_date_set_parse (start, adopted);
  return g_date_valid (start);
}

static guint
yearly_month (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (yearly_months); i++)
    if (g_str_equal (yearly_months[i].id, id))
      return yearly_months[i].month;
  return 12;
}

/* The weekday a weekly duty names through one of its {variables}
 * (毎週{threat_info_weekday}); Friday, the end of the working week, when
 * it names none: the check is due by then. */
static GDateWeekday
find_weekday (HgPackContext *context,
              const char    *when)
{
  const char *open = when != NULL ? strchr (when, '{') : NULL;

  while (open != NULL)
    {
      const char *close = strchr (open, '}');
      g_autofree char *name = NULL;
      HgValue value = { 0 };

      if (close == NULL)
        break;
      name = g_strndup (open + 1, close - open - 1);
      if (hg_pack_context_lookup (name, &value, context) && value.string != NULL)
        for (guint d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
          if (g_str_equal (value.string, weekdays[d]))
            return d;
      open = strchr (close, '{');
    }
  return G_DATE_FRIDAY;
}

static void
set_recurrence (HgCalendarDuty *duty,
                const char     *interval,
                HgPackContext  *context,
                const char     *when)
{
  if (g_strcmp0 (interval, "weekly") == 0)
    {
      duty->recurrence = HG_DUTY_WEEKLY;
      duty->weekday = find_weekday (context, when);
      return;
    }
  duty->recurrence = HG_DUTY_MONTHS;
  if (g_strcmp0 (interval, "monthly") == 0)
    duty->months = ALL_MONTHS;
  else if (g_strcmp0 (interval, "quarterly") == 0)
    duty->months = MONTH (3) | MONTH (6) | MONTH (9) | MONTH (12);
  else if (g_strcmp0 (interval, "half_yearly") == 0)
    duty->months = MONTH (6) | MONTH (12);
  else if (g_strcmp0 (interval, "yearly") == 0)
    duty->months = MONTH (yearly_month (duty->id));
  else
    duty->recurrence = HG_DUTY_UNDATED;
}

static void
set_owner (HgCalendarDuty *duty,
           HgWorkbook     *workbook,
           HgPackContext  *context,
           const char     *owner)
{
  HgValue value = { 0 };
  g_autofree char *role_ref = NULL;
  HgOrgRole role;

  /* A role question's answer is a role key too. */
  if (!hg_org_role_from_key (owner, &role) && hg_pack_context_lookup (owner, &value, context)
      && value.string != NULL)
    owner = value.string;
  role_ref = g_strdup_printf ("{role.%s}", owner);
  duty->role = hg_pack_context_expand (context, role_ref);
  /* Department heads are one per department: the duty is each one's. */
  if (hg_org_role_from_key (owner, &role) && role != HG_ORG_ROLE_DEPARTMENT_HEAD)
    {
      gint64 id = hg_org_role_get_holder (workbook, role, 0);
      g_autoptr(HgPerson) person = id > 0 ? hg_person_get (workbook, id) : NULL;

      if (person != NULL)
        duty->holder = g_strdup (person->name);
    }
}

GPtrArray *
hg_duty_calendar_list (HgWorkbook  *workbook,
                       HgPack      *pack,
                       GError     **error)
{
  g_autoptr(HgPackContext) context = NULL;
  g_autoptr(GPtrArray) duties = NULL;
  GPtrArray *pack_duties;
  gboolean assessment = FALSE;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (pack != NULL, NULL);

  context = hg_pack_context_new_for_workbook (pack, workbook);
  duties = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_calendar_duty_free);
  pack_duties = hg_pack_get_duties (pack);
  for (guint i = 0; i < pack_duties->len; i++)
    {
      const HgDuty *row = g_ptr_array_index (pack_duties, i);
      HgCalendarDuty *duty;
      HgValue value = { 0 };
      const char *interval = row->interval;

      if (row->condition != NULL && !hg_pack_context_test (context, row->condition, error))
        {
          if (error != NULL && *error != NULL)
            return NULL;
          continue;
        }
      if (hg_pack_find_question (pack, interval) != NULL
          && hg_pack_context_lookup (interval, &value, context))
        interval = value.string;
      duty = g_new0 (HgCalendarDuty, 1);
      duty->id = g_strdup (row->id);
      duty->task = hg_pack_context_expand (context, row->task);
      duty->when = hg_pack_context_expand (context, row->when);
      set_recurrence (duty, interval, context, row->when);
      set_owner (duty, workbook, context, row->owner);
      assessment |= g_str_equal (row->id, PACK_ASSESSMENT_ID);
      g_ptr_array_add (duties, duty);
    }
  if (!assessment)
    {
      HgCalendarDuty *duty = g_new0 (HgCalendarDuty, 1);

      duty->id = g_strdup (SELF_ASSESSMENT_ID);
      duty->task = g_strdup ("情報セキュリティ対策の自己評価");
      duty->when = g_strdup ("年1回（12月）");
      set_recurrence (duty, "yearly", context, NULL);
      set_owner (duty, workbook, context, "ciso");
      g_ptr_array_add (duties, duty);
    }
  return g_steal_pointer (&duties);
}

const HgCalendarDuty *
hg_duty_calendar_find (GPtrArray  *duties,
                       const char *id)
{
  for (guint i = 0; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);

      if (g_str_equal (duty->id, id))
        return duty;
    }
  return NULL;
}

char *
hg_duty_calendar_store_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Whether @date is a due date of @duty. */
static gboolean
is_due (const HgCalendarDuty *duty,
        const GDate          *date)
{
  switch (duty->recurrence)
    {
    case HG_DUTY_WEEKLY:
      return g_date_get_weekday (date) == duty->weekday;
    case HG_DUTY_MONTHS:
      return (duty->months & MONTH (g_date_get_month (date))) != 0
             && g_date_is_last_of_month (date);
    case HG_DUTY_UNDATED:
    default:
      return FALSE;
    }
}

GPtrArray *
hg_calendar_duty_dates (const HgCalendarDuty *duty,
                        const GDate          *from,
                        const GDate          *to)
{
  GPtrArray *dates = g_ptr_array_new_with_free_func (g_free);
  GDate day = *from;

  if (duty->recurrence == HG_DUTY_UNDATED)
    return dates;
  /* Day by day: a listing spans a month, and the calendar a year. */
  for (; g_date_compare (&day, to) <= 0; g_date_add_days (&day, 1))
    if (is_due (duty, &day))
      g_ptr_array_add (dates, hg_duty_calendar_store_date (&day));
  return dates;
}

char *
hg_calendar_duty_next (const HgCalendarDuty *duty,
                       const GDate          *date)
{
  GDate day = *date;

  if (duty->recurrence == HG_DUTY_UNDATED)
    return NULL;
  /* Every recurrence repeats within a year. */
  for (guint i = 0; i < 367; i++, g_date_add_days (&day, 1))
    if (is_due (duty, &day))
      return hg_duty_calendar_store_date (&day);
  return NULL;
}

char *
hg_calendar_duty_previous (const HgCalendarDuty *duty,
                           const GDate          *date)
{
  GDate day = *date;

  if (duty->recurrence == HG_DUTY_UNDATED)
    return NULL;
  for (guint i = 0; i < 367; i++)
    {
      g_date_subtract_days (&day, 1);
      if (is_due (duty, &day))
        return hg_duty_calendar_store_date (&day);
    }
  return NULL;
}

char *
hg_calendar_duty_rrule (const HgCalendarDuty *duty)
{
  GString *rule;

  switch (duty->recurrence)
    {
    case HG_DUTY_WEEKLY:
      return g_strdup_printf ("FREQ=WEEKLY;BYDAY=%s", ical_days[duty->weekday]);
    case HG_DUTY_MONTHS:
      if (duty->months == ALL_MONTHS)
        return g_strdup ("FREQ=MONTHLY;BYMONTHDAY=-1");
      rule = g_string_new ("FREQ=YEARLY;BYMONTH=");
      for (guint m = 1, first = TRUE; m <= 12; m++)
        if (duty->months & MONTH (m))
          {
            g_string_append_printf (rule, "%s%u", first ? "" : ",", m);
            first = FALSE;
          }
      g_string_append (rule, ";BYMONTHDAY=-1");
      return g_string_free (rule, FALSE);
    case HG_DUTY_UNDATED:
    default:
      return NULL;
    }
}

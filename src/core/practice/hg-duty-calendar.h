/* hg-duty-calendar.h: the yearly calendar (年間計画): the periodic duties
 * the rules set, when each falls due and who does it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_DUTY_UNDATED,  /* no date can be computed: listed, never due */
  HG_DUTY_WEEKLY,   /* each week on @weekday */
  HG_DUTY_MONTHS,   /* the last day of each month in @months */
} HgDutyRecurrence;

typedef struct
{
  char              *id;       /* the pack's duty id */
  char              *task;     /* expanded with the answers */
  char              *when;     /* the rules' own words for the interval */
  char              *role;     /* the owner's role, as the rules name it */
  char              *holder;   /* who holds it on the company page; NULL: nobody named */
  HgDutyRecurrence   recurrence;
  GDateWeekday       weekday;  /* HG_DUTY_WEEKLY */
  guint              months;   /* HG_DUTY_MONTHS: bit 0 January … bit 11 December */
} HgCalendarDuty;

/* The workbook's duties under its current answers, in the pack's order,
 * with the yearly self-assessment (December) whether or not the pack
 * lists it. */
GPtrArray  *hg_duty_calendar_list      (HgWorkbook            *workbook,
                                        HgPack                *pack,
                                        GError               **error);
void        hg_calendar_duty_free      (HgCalendarDuty        *duty);
const HgCalendarDuty *hg_duty_calendar_find (GPtrArray        *duties,
                                             const char       *id);

/* The due dates from @from to @to (both included), as stored dates
 * (YYYY-MM-DD), earliest first. */
GPtrArray  *hg_calendar_duty_dates     (const HgCalendarDuty  *duty,
                                        const GDate           *from,
                                        const GDate           *to);
/* The first due date on or after @date, or NULL when undated. */
char       *hg_calendar_duty_next      (const HgCalendarDuty  *duty,
                                        const GDate           *date);
/* The last due date before @date, or NULL. */
char       *hg_calendar_duty_previous  (const HgCalendarDuty  *duty,
                                        const GDate           *date);
/* The recurrence as an RFC 5545 RRULE value; NULL when undated. */
char       *hg_calendar_duty_rrule     (const HgCalendarDuty  *duty);

/* The day the rules took effect (the answer to adopted_on): nothing is
 * owed before it. FALSE when the rules give no day. */
gboolean    hg_duty_calendar_get_start (HgWorkbook            *workbook,
                                        HgPack                *pack,
                                        GDate                 *start);

/* @date as stored (YYYY-MM-DD). */
char       *hg_duty_calendar_store_date (const GDate          *date);

/* Today in the local time zone. */
void        hg_duty_calendar_today     (GDate                 *today);
/* @stored (YYYY-MM-DD) as a day, or today when it is NULL or no date: the
 * fixed day the views take for the tests and screenshots. */
void        hg_duty_calendar_day_or_today (const char         *stored,
                                           GDate              *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgCalendarDuty, hg_calendar_duty_free)

G_END_DECLS

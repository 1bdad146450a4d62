/* hg-duty-done.h: the done records of the yearly calendar
 * (resources/sql/0016-duties.sql) and what is overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-duty-calendar.h"

G_BEGIN_DECLS

#define HG_DUTY_PERSON_MAX 100
#define HG_DUTY_NOTE_MAX   1000

typedef struct
{
  char *duty;
  char *due;     /* stored date */
  char *done;    /* stored date */
  char *person;
  char *note;
} HgDutyDone;

typedef enum
{
  HG_DUTY_STATE_OPEN,     /* due today or later */
  HG_DUTY_STATE_OVERDUE,  /* due before today, not done */
  HG_DUTY_STATE_DONE,
} HgDutyState;

void        hg_duty_done_free     (HgDutyDone  *done);
/* Every record, keyed by hg_duty_done_key(). */
GHashTable *hg_duty_done_load     (HgWorkbook  *workbook,
                                   GError     **error);
char       *hg_duty_done_key      (const char  *duty,
                                   const char  *due);
HgDutyState hg_duty_done_state    (GHashTable  *records,
                                   const char  *duty,
                                   const char  *due,
                                   const GDate *today);
const char *hg_duty_state_get_label (HgDutyState state);

/* The due date a record made on @date settles: the first on or after
 * @date not done yet, the period the work falls in (a missed one stays
 * missed unless the record names it). NULL for a duty without dates. */
char       *hg_duty_done_pick_due (const HgCalendarDuty *duty,
                                   GHashTable           *records,
                                   const GDate          *date);

/* Records @duty done for @due on @done (stored dates) by @person: one
 * transaction, one undo step. Refused when @done is after @today, when
 * @due is no due date of the duty or is settled already. */
gboolean    hg_duty_done_record   (HgWorkbook           *workbook,
                                   const HgCalendarDuty *duty,
                                   const char           *due,
                                   const char           *done,
                                   const char           *person,
                                   const char           *note,
                                   const GDate          *today,
                                   GError              **error);

/* The duties whose last due date before @today is not done, as
 * "duty id" → that due date (stored); none due before @since (the day
 * the rules took effect; NULL: no such day). */
GHashTable *hg_duty_done_overdue  (GPtrArray   *duties,
                                   GHashTable  *records,
                                   const GDate *today,
                                   const GDate *since);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDutyDone, hg_duty_done_free)

G_END_DECLS

/* hg-practice-status.h: what the practice side asks of the company now —
 * this month's duties, what is overdue and the open incidents — for the
 * overview, and the notice shown when a workbook opens with something
 * overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_PRACTICE_ENTRY_DUE,       /* a duty due later this month */
  HG_PRACTICE_ENTRY_OVERDUE,   /* a duty whose due date passed undone */
  HG_PRACTICE_ENTRY_INCIDENT,  /* an incident not closed yet */
} HgPracticeEntryKind;

typedef struct
{
  HgPracticeEntryKind  kind;
  char                *title;    /* the duty's task; the incident's title */
  char                *detail;   /* due date and owner; the incident's status and next deadline */
  char                *due;      /* a duty's due date (stored); NULL for an incident */
  gboolean             overdue;  /* a duty overdue, or an incident with a notification overdue */
} HgPracticeEntry;

void       hg_practice_entry_free     (HgPracticeEntry *entry);

/* The entries on @today (local) and at @now: overdue duties first, then
 * this month's by date, then the open incidents. */
GPtrArray *hg_practice_status_compute (HgWorkbook      *workbook,
                                       HgPack          *pack,
                                       const GDate     *today,
                                       GDateTime       *now,
                                       GError         **error);

/* What the notice on opening says, e.g. "2 duties are overdue. 1 incident
 * has a notification overdue."; NULL when nothing is overdue: then no
 * notice is shown. */
char      *hg_practice_status_notice  (GPtrArray       *entries);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgPracticeEntry, hg_practice_entry_free)

G_END_DECLS

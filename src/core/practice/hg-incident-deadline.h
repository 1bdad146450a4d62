/* hg-incident-deadline.h: who must be told about an incident, by when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-incident.h"

G_BEGIN_DECLS

/* 個人情報保護委員会 asks for the 速報 "promptly", which it reads as
 * within 3 to 5 days of knowing: the target is the first, the due date the
 * last. The 確報 is due within 30 days, 60 when the leak was done on
 * purpose (事件). */
#define HG_INCIDENT_PPC_PROMPT_TARGET_DAYS  3
#define HG_INCIDENT_PPC_PROMPT_DUE_DAYS     5
#define HG_INCIDENT_PPC_FINAL_DAYS          30
#define HG_INCIDENT_PPC_FINAL_ON_PURPOSE_DAYS 60

typedef enum
{
  HG_INCIDENT_DEADLINE_DONE,
  HG_INCIDENT_DEADLINE_PENDING,
  HG_INCIDENT_DEADLINE_OVERDUE,
} HgIncidentDeadlineState;

typedef struct
{
  HgIncidentNoticeKind     kind;
  char                    *recipient;
  GDateTime               *due;       /* local */
  GDateTime               *target;    /* local; the 速報's 3 days, else NULL */
  char                    *sent;      /* stored moment, or NULL */
  gint64                   notice_id; /* 0: nothing recorded yet */
  HgIncidentDeadlineState  state;
} HgIncidentDeadline;

void       hg_incident_deadline_free (HgIncidentDeadline *deadline);

/* The deadlines of @incident as of @now, soonest first: the PPC's two
 * reports when personal information leaked (or may have), and one per
 * customer or other notice, counted from the detection in the local time
 * zone (a day is a calendar day of the local clock). */
GPtrArray *hg_incident_deadlines     (const HgIncident *incident,
                                      GDateTime        *now);
/* The first deadline of @deadlines not yet done, or NULL. */
HgIncidentDeadline *hg_incident_deadlines_next (GPtrArray *deadlines);
/* "due in 2 days 5 hours", "3 hours overdue", "done": how @deadline stands
 * at @now, in the interface's language. */
char      *hg_incident_deadline_describe (const HgIncidentDeadline *deadline,
                                          GDateTime                *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgIncidentDeadline, hg_incident_deadline_free)

G_END_DECLS

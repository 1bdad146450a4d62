/* hg-incident-report.h: the incident report (インシデント報告書, 第一報 or
 * 最終報告) filled in from a record, for every document writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-incident.h"

G_BEGIN_DECLS

typedef enum
{
  HG_INCIDENT_REPORT_FIRST,   /* 第一報: what is known so far */
  HG_INCIDENT_REPORT_FINAL,   /* 最終報告: with cause, impact and lessons */
} HgIncidentReportKind;

/* The report of @incident for @company, dated @now, in the rules' own
 * Japanese whatever the interface's language (as every document). */
HgDoc *hg_incident_report_build (const HgIncident     *incident,
                                 HgIncidentReportKind  kind,
                                 const char           *company,
                                 GDateTime            *now);

G_END_DECLS

/* hg-workbook-check.h: what the workbook shows about one check of the
 * evidence map — the basic policy approved, a rule in the approved rules,
 * the register filled, training held — as a status, a reason and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-evidence-map.h"
#include "hg-framework.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* An evidence link as resources/sql/0013-assessment-sources.sql keeps it:
 * kind rule (a pack id: document, chapter, section or rule), asset (its
 * id), risk ("ASSET:THREAT"), training (the session's id), receipt
 * ("handbook:VERSION"). */
typedef struct
{
  char *kind;
  char *target;
} HgEvidenceLink;

typedef struct
{
  /* MET, PARTLY or NOT; UNKNOWN when the workbook holds nothing to tell
   * (no employees recorded, say), so the check proposes nothing. */
  HgAnswerStatus  status;
  char           *reason;  /* one phrase in the interface's language */
  GPtrArray      *links;   /* of HgEvidenceLink */
} HgCheckResult;

typedef struct _HgCheckContext HgCheckContext;

/* What the checks read, gathered once for many checks. @today: YYYY-MM-DD
 * (NULL: today), for the checks that look back a number of months. */
HgCheckContext *hg_check_context_new  (HgWorkbook     *workbook,
                                       const char     *today);
void            hg_check_context_free (HgCheckContext *context);
HgCheckResult  *hg_check_run          (HgCheckContext *context,
                                       const HgCheck  *check);
void            hg_check_result_free  (HgCheckResult  *result);

HgEvidenceLink *hg_evidence_link_new  (const char     *kind,
                                       const char     *target);
HgEvidenceLink *hg_evidence_link_copy (const HgEvidenceLink *link);
void            hg_evidence_link_free (HgEvidenceLink *link);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgCheckContext, hg_check_context_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgCheckResult, hg_check_result_free)

G_END_DECLS

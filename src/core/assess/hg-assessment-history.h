/* hg-assessment-history.h: the rounds of a framework's assessment — freezing
 * the open one (the yearly submission) and carrying its answers into the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "hg-assessment.h"

G_BEGIN_DECLS

/* Freezes the open assessment of @framework_id on @date (YYYY-MM-DD; NULL:
 * today), in one transaction and one undo step; its id goes to @id. Refused,
 * with a message, when none is open, when it has no answers, and for a date
 * that is not one, is before the round started or before the last frozen
 * round of the framework. */
gboolean   hg_assessment_freeze        (HgWorkbook   *workbook,
                                        const char   *framework_id,
                                        const char   *date,
                                        gint64       *id,
                                        GError      **error);

/* The rounds of @framework_id (of HgAssessment), oldest first: the frozen
 * ones by their date, then the open one. */
GPtrArray *hg_assessment_rounds        (HgWorkbook   *workbook,
                                        const char   *framework_id,
                                        GError      **error);

/* Inside an edit of the workbook: FALSE, with a message naming the round,
 * when assessment @id is frozen or not there. Every writer of answers or
 * evidence to a given round calls it first, so a submitted round stays as
 * it was submitted. */
gboolean   hg_assessment_require_open  (sqlite3      *db,
                                        gint64        id,
                                        GError      **error);

/* Inside the edit that starts round @id of @framework: copies the answers
 * and evidence of the framework's last frozen round, for the items and
 * values @framework still has, as the starting point to review. */
gboolean   hg_assessment_carry_forward (sqlite3      *db,
                                        HgFramework  *framework,
                                        gint64        id,
                                        GError      **error);

/* The refs of open round @id whose answer (value, note, owner, due) is
 * still the one carried from the last frozen round: not reviewed into
 * anything else yet. A set of char *; empty when @id has nothing carried. */
GHashTable *hg_assessment_carried      (HgWorkbook   *workbook,
                                        gint64        id,
                                        GError      **error);

G_END_DECLS

/* hg-assessment-compare.h: two rounds of a framework's assessment compared
 * item by item, with the rates of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-assessment.h"
#include "hg-framework-score.h"

G_BEGIN_DECLS

typedef enum
{
  HG_ANSWER_CHANGE_SAME,       /* the same value, or unanswered in both */
  HG_ANSWER_CHANGE_IMPROVED,   /* a better status, or a higher score */
  HG_ANSWER_CHANGE_WORSE,
  HG_ANSWER_CHANGE_CHANGED,    /* different but not better or worse: to or
                                * from "does not apply", or withdrawn */
  HG_ANSWER_CHANGE_NEW,        /* unanswered before, answered now */
  HG_ANSWER_N_CHANGES,
} HgAnswerChange;

typedef struct
{
  HgFrameworkItem    *item;     /* borrowed from the framework */
  HgAssessmentAnswer *before;   /* borrowed; NULL: unanswered */
  HgAssessmentAnswer *after;
  HgAnswerChange      change;
} HgAssessmentItemChange;

typedef struct
{
  HgAssessment     *from;
  HgAssessment     *to;
  GPtrArray        *items;      /* of HgAssessmentItemChange, every item in
                                 * the framework's order */
  guint             counts[HG_ANSWER_N_CHANGES];
  HgFrameworkScore *from_score;
  HgFrameworkScore *to_score;
  /* private */
  GHashTable       *from_answers;
  GHashTable       *to_answers;
  GHashTable       *from_values;
  GHashTable       *to_values;
} HgAssessmentComparison;

/* Compares rounds @from and @to of @framework's assessment, read against
 * @framework (items it no longer has are left out). */
HgAssessmentComparison *hg_assessment_compare (HgWorkbook   *workbook,
                                               HgFramework  *framework,
                                               gint64        from,
                                               gint64        to,
                                               GError      **error);
void hg_assessment_comparison_free (HgAssessmentComparison *comparison);

/* How @before (NULL: unanswered) became @after, by the scale's statuses
 * and scores. */
HgAnswerChange hg_assessment_change_of (HgFramework              *framework,
                                        const HgAssessmentAnswer *before,
                                        const HgAssessmentAnswer *after);

/* The default pair for "this year against last year": the open round (else
 * the newest) against the last frozen round before it. FALSE when the
 * framework has fewer than two rounds. */
gboolean hg_assessment_default_pair (GPtrArray *rounds,
                                     gint64    *from,
                                     gint64    *to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssessmentComparison, hg_assessment_comparison_free)

G_END_DECLS

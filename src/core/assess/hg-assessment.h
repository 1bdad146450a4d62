/* hg-assessment.h: a dated round of answers to a framework, kept in the
 * workbook (resources/sql/0012-assessments.sql)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-framework.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_ASSESSMENT_NOTE_MAX  1000
#define HG_ASSESSMENT_OWNER_MAX 50

typedef struct
{
  gint64  id;
  char   *framework;   /* the framework's id */
  char   *version;     /* the framework's version answered */
  char   *title;
  char   *created;     /* YYYY-MM-DD */
  char   *frozen;      /* YYYY-MM-DD, or NULL while open */
  guint   n_answers;
} HgAssessment;

typedef struct
{
  char *ref;
  char *value;         /* a value of the framework's scale; NULL: unanswered */
  char *note;          /* never NULL in what the workbook returns */
  char *owner;
  char *due;           /* YYYY-MM-DD or "" */
} HgAssessmentAnswer;

void hg_assessment_free        (HgAssessment       *assessment);
void hg_assessment_answer_free (HgAssessmentAnswer *answer);

/* Every assessment in the workbook (of HgAssessment), newest first. */
GPtrArray    *hg_assessment_list     (HgWorkbook   *workbook,
                                      GError      **error);
/* The open assessment of @framework_id, or NULL (without error) if none. */
HgAssessment *hg_assessment_get_open (HgWorkbook   *workbook,
                                      const char   *framework_id,
                                      GError      **error);
/* Starts an assessment of @framework dated @date (YYYY-MM-DD; NULL:
 * today), one undo step. Refused while one of the same framework is open. */
gboolean      hg_assessment_start    (HgWorkbook   *workbook,
                                      HgFramework  *framework,
                                      const char   *date,
                                      gint64       *id,
                                      GError      **error);
/* The answers of assessment @id: ref → HgAssessmentAnswer. */
GHashTable   *hg_assessment_get_answers (HgWorkbook *workbook,
                                         gint64      id,
                                         GError    **error);
/* ref → value, borrowed from @answers, as hg_framework_score() reads. */
GHashTable   *hg_assessment_values   (GHashTable   *answers);

/* Writes @answer into the open assessment of @framework, starting one when
 * none is open, in one transaction and one undo step. A NULL value clears
 * the answer. Refuses, with a message naming the field, a ref the
 * framework does not have, a value outside its scale, a note or owner too
 * long and a due date that is not a date. */
gboolean      hg_assessment_answer   (HgWorkbook               *workbook,
                                      HgFramework              *framework,
                                      const HgAssessmentAnswer *answer,
                                      GError                  **error);

/* For the writes of this folder that go with answers (evidence, accepted
 * suggestions, a sheet's answers on import): inside a hg_workbook_edit(), the id of the open assessment
 * of @framework, started dated @date when none is open, so that starting and
 * writing stay one undo step; 0 on failure. */
gint64        _hg_assessment_open_or_start (sqlite3      *db,
                                            HgFramework  *framework,
                                            const char   *date,
                                            GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssessment, hg_assessment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssessmentAnswer, hg_assessment_answer_free)

G_END_DECLS

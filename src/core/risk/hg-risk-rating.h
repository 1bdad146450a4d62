/* hg-risk-rating.h: what the company rates — the likelihood of each threat
 * and the status of each control (対策状況), for the company or one
 * department
 *
 * A department's rating or answer overrides the company's for that
 * department's assets; where a department has none, the company's applies
 * (see hg-risk-sheet.h for how they combine).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk.h"
#include "hg-risk-catalogue.h"
#include "hg-workbook.h"
#include "hg-limits.h"

G_BEGIN_DECLS

typedef struct
{
  char         *control_key;
  gint64        department_id;   /* HG_RISK_COMPANY (0) or a department */
  HgRiskStatus  status;
  char         *note;
} HgRiskAnswer;

void          hg_risk_answer_free     (HgRiskAnswer     *answer);
/* Every answer of the workbook, the company's first, by control key. */
GPtrArray    *hg_risk_answer_list     (HgWorkbook       *workbook);
/* The answer given for exactly @department_id (no fallback to the
 * company's): HG_RISK_UNANSWERED when there is none. @note (if not NULL)
 * gets its note, "" when none. */
HgRiskStatus  hg_risk_answer_get      (HgWorkbook       *workbook,
                                       const char       *control_key,
                                       gint64            department_id,
                                       char            **note);
/* Answers a control of the catalogue for the company (HG_RISK_COMPANY) or
 * a department, with a note of at most HG_RISK_NOTE_MAX characters.
 * HG_RISK_UNANSWERED takes the answer back (a department then follows the
 * company again). One undoable edit; refused with a message naming the
 * field for an unknown control or department or a note too long. */
gboolean      hg_risk_answer_set      (HgWorkbook       *workbook,
                                       HgRiskCatalogue  *catalogue,
                                       const char       *control_key,
                                       gint64            department_id,
                                       HgRiskStatus      status,
                                       const char       *note,
                                       GError          **error);

/* The likelihood (1..3) rated for exactly @department_id, or 0 when none. */
guint         hg_risk_likelihood_get  (HgWorkbook       *workbook,
                                       gint64            threat_id,
                                       gint64            department_id);
/* Rates a threat 1..3 for the company or a department; 0 takes a
 * department's rating back (the company's rating cannot be taken back:
 * every threat has one). One undoable edit. */
gboolean      hg_risk_likelihood_set  (HgWorkbook       *workbook,
                                       gint64            threat_id,
                                       gint64            department_id,
                                       guint             likelihood,
                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskAnswer, hg_risk_answer_free)

G_END_DECLS

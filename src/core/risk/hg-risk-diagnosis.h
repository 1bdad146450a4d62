/* hg-risk-diagnosis.h: 診断結果 — which areas are weak, so which rule
 * chapters to strengthen first
 *
 * A control group is one chapter of the rules and the wizard step that
 * sets it. A control's score is how weak it is, weighted by the risks it
 * would lower:
 *
 *   score(control) = Σ over the risks (asset, threat) of the threats it is
 *                    linked to: weakness × risk value
 *
 * where the weakness is the control's status for the department whose
 * answers the risk uses: not done or unanswered 1, partly done ½, done or
 * 該当しない 0. A group's score is the sum of its controls' scores; groups
 * are ranked by score, highest first, ties in the catalogue's order.
 * potential is the score the group would have if none of its controls were
 * done, so score / potential says how much of the exposure it could
 * cover is left open. Everything is deterministic for a given workbook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
#include "hg-risk-sheet.h"

G_BEGIN_DECLS

typedef struct
{
  const char    *key;
  const char    *text;           /* in the interface's language */
  const char    *own_text;       /* in the catalogue's language, for documents */
  HgRiskStatus   status;         /* for the company as a whole */
  double         score;
} HgRiskWeakControl;

typedef struct
{
  const char    *question;       /* a question of the policy wizard */
  const char    *value;          /* the stricter answer the catalogue suggests */
  const char    *label;          /* the question's label, when a pack was given; else NULL */
  const char    *own_label;      /* the same in the pack's own language, for documents */
  const char    *control_key;    /* the weak control that suggests it */
  char          *value_label;    /* the answer as the wizard shows it (a choice's label,
                                  * Yes, a number with its unit); the value without a pack */
  char          *own_value_label; /* the same in the pack's own language, for documents */
} HgRiskSuggestionItem;

typedef struct
{
  const HgRiskControlGroup *group;
  guint          rank;           /* 1, 2, … */
  double         score;
  double         potential;
  GArray        *weak;           /* of HgRiskWeakControl: score > 0, highest first */
  GArray        *suggestions;    /* of HgRiskSuggestionItem; only for the top groups */
} HgRiskDiagnosisGroup;

typedef struct
{
  GPtrArray     *groups;         /* of HgRiskDiagnosisGroup, ranked */
  double         total;          /* the sum of every group's score */
} HgRiskDiagnosis;

/* Ranks the catalogue's groups for the sheet's workbook. Suggestions are
 * gathered for the first @n_top groups with a score above 0, from their
 * weak controls in order, one per question. With @pack (may be NULL), a
 * suggestion is kept only when the pack has the question, the value is a
 * valid answer, and the workbook does not answer it so already; and a
 * group whose chapter the rules leave out for the workbook's answers (no
 * telework chapter without telework) is not ranked at all. A sheet
 * without a catalogue gives no groups. */
HgRiskDiagnosis *hg_risk_diagnosis_new  (HgRiskSheet      *sheet,
                                         HgPack           *pack,
                                         guint             n_top);
void             hg_risk_diagnosis_free (HgRiskDiagnosis  *diagnosis);

char            *hg_risk_value_label    (HgPack           *pack,
                                         const char       *question_id,
                                         const char       *value,
                                         gboolean          own);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskDiagnosis, hg_risk_diagnosis_free)

G_END_DECLS

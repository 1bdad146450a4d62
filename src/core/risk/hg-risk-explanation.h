/* hg-risk-explanation.h: why a threat has the numbers it has — the "why"
 * beside a risk: which controls are done and which are missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  HG_RISK_SOURCE_NONE,        /* nobody gave one: a default or unanswered */
  HG_RISK_SOURCE_COMPANY,     /* the company's own */
  HG_RISK_SOURCE_DEPARTMENT,  /* the department's own */
  HG_RISK_SOURCE_COMBINED,    /* the company as a whole, combined */
} HgRiskSource;

typedef struct
{
  const char   *key;
  const char   *text;         /* in the interface's language, else the key */
  HgRiskStatus  status;       /* as it counts here */
  HgRiskSource  source;
} HgRiskExplainedControl;

typedef struct
{
  guint         likelihood;
  HgRiskSource  likelihood_source;
  guint         vulnerability;
  guint         damage;
  guint         n_applicable;  /* controls linked and not 該当しない */
  guint         n_done;
  guint         n_partial;
  GArray       *controls;      /* of HgRiskExplainedControl: the linked controls,
                                * done first, then partly done, not done,
                                * unanswered and not applicable */
  char         *summary;       /* a sentence or two for the user, in the
                                * interface's language */
} HgRiskExplanation;

/* Explains threat @threat_id for a department, HG_RISK_COMPANY or
 * HG_RISK_ALL_DEPARTMENTS; NULL for an unknown threat or department. The
 * strings borrowed from the sheet stay valid until its next refresh. */
HgRiskExplanation *hg_risk_sheet_explain      (HgRiskSheet       *sheet,
                                               gint64             threat_id,
                                               gint64             department_id);
/* The same for the row at @index: its threat and its department. */
HgRiskExplanation *hg_risk_sheet_explain_row  (HgRiskSheet       *sheet,
                                               guint              index);
void               hg_risk_explanation_free   (HgRiskExplanation *explanation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskExplanation, hg_risk_explanation_free)

G_END_DECLS

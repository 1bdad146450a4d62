/* hg-risk-treatment.h: what the company does about a risk (リスク対応)
 *
 * One treatment per risk (an asset and a threat): 低減 reduce, 回避 avoid,
 * 移転 transfer or 受容 accept, with its measures, the controls it relies
 * on, an owner, a due date and a status, and the likelihood of damage
 * expected once it is done (for the residual risk).
 *
 * The acceptance rule: accepting a risk whose band is 大 needs an
 * approver, the date of the approval and a reason; without them the
 * treatment is refused. (A risk that grows to 大 after it was accepted is
 * flagged in the sheet: HG_RISK_ROW_NEEDS_APPROVAL.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk.h"
#include "hg-risk-catalogue.h"
#include "hg-workbook.h"
#include "hg-limits.h"

G_BEGIN_DECLS

/* Plain data. Strings are never NULL. */
typedef struct
{
  gint64               id;               /* 0 until stored */
  gint64               asset_id;
  gint64               threat_id;
  HgRiskTreatmentKind  kind;
  char                *measures;         /* 対策の内容 */
  GStrv                control_keys;     /* controls of the catalogue it relies on */
  gint64               owner_id;         /* 担当者, a person; 0: none */
  char                *due_on;           /* 期限, YYYY-MM-DD or "" */
  HgRiskPlanStatus     status;
  guint                expected_damage;  /* 1..3 expected after it; 0: not set */
  char                *approver;         /* 承認者 */
  char                *approved_on;      /* 承認日, YYYY-MM-DD or "" */
  char                *reason;           /* 理由 */
} HgRiskTreatment;

HgRiskTreatment *hg_risk_treatment_new    (gint64                 asset_id,
                                           gint64                 threat_id,
                                           HgRiskTreatmentKind    kind);
HgRiskTreatment *hg_risk_treatment_copy   (const HgRiskTreatment *treatment);
void             hg_risk_treatment_free   (HgRiskTreatment       *treatment);

/* The treatment of a risk, or NULL when it has none. */
HgRiskTreatment *hg_risk_treatment_get    (HgWorkbook            *workbook,
                                           gint64                 asset_id,
                                           gint64                 threat_id);
/* Every treatment, by asset and threat. */
GPtrArray       *hg_risk_treatment_list   (HgWorkbook            *workbook);

/* Stores the treatment of its risk, replacing any earlier one: one undoable
 * edit. Refused, with a message naming the field, when the asset or threat
 * does not exist or the threat is not one of the asset's medium, the kind
 * is missing, a text is too long, a control is not in the catalogue, the
 * owner does not exist, a date is not a date, the expected likelihood of
 * damage is not 1..3, or the acceptance rule is broken. Dates may be
 * written as the register accepts them (2026-04-01, 2026/4/1, 2026.4.1)
 * and are stored as YYYY-MM-DD. */
gboolean         hg_risk_treatment_set    (HgWorkbook            *workbook,
                                           HgRiskCatalogue       *catalogue,
                                           const HgRiskTreatment *treatment,
                                           GError               **error);
gboolean         hg_risk_treatment_remove (HgWorkbook            *workbook,
                                           gint64                 asset_id,
                                           gint64                 threat_id,
                                           GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskTreatment, hg_risk_treatment_free)

G_END_DECLS

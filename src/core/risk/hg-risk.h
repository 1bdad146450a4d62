/* hg-risk.h: the words of the risk analysis (リスク分析) shared by its parts
 *
 * The method (domain.md §2.4): each asset of the register meets the threats
 * of its medium. For a threat, 脅威の起こりやすさ (likelihood, 1..3) is
 * rated, and 脆弱性 (vulnerability, 1..3) follows from the answers of the
 * controls that counter it. The damage table turns likelihood ×
 * vulnerability into 被害発生可能性 (likelihood of damage, 1..3); the risk
 * value is the asset's 重要度 × that, and the bands make it 大, 中 or 小.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a rating or an answer applies: a department's id (> 0), the company
 * (its own ratings and answers, which every department without its own
 * uses), or the company as a whole, which combines every department's (see
 * hg-risk-sheet.h). */
#define HG_RISK_COMPANY          ((gint64) 0)
#define HG_RISK_ALL_DEPARTMENTS  ((gint64) -1)

typedef enum
{
  HG_RISK_UNANSWERED,        /* no answer yet: counts as not done */
  HG_RISK_DONE,              /* 実施している */
  HG_RISK_PARTIAL,           /* 一部実施している */
  HG_RISK_NOT_DONE,          /* 実施していない */
  HG_RISK_NOT_APPLICABLE,    /* 該当しない: left out of the vulnerability */
  HG_RISK_N_STATUSES,
} HgRiskStatus;

typedef enum
{
  HG_RISK_BAND_NONE,         /* no risk value (not computed) */
  HG_RISK_BAND_SMALL,        /* 小 */
  HG_RISK_BAND_MEDIUM,       /* 中 */
  HG_RISK_BAND_LARGE,        /* 大 */
} HgRiskBand;

typedef enum
{
  HG_RISK_TREATMENT_NONE,
  HG_RISK_TREATMENT_REDUCE,   /* 低減 */
  HG_RISK_TREATMENT_AVOID,    /* 回避 */
  HG_RISK_TREATMENT_TRANSFER, /* 移転 */
  HG_RISK_TREATMENT_ACCEPT,   /* 受容 */
} HgRiskTreatmentKind;

typedef enum
{
  HG_RISK_PLAN_NONE,
  HG_RISK_PLAN_PLANNED,       /* 計画中 */
  HG_RISK_PLAN_IN_PROGRESS,   /* 実施中 */
  HG_RISK_PLAN_DONE,          /* 完了 */
} HgRiskPlanStatus;

/* The values stored in the workbook ("done", "partial", "not", "n/a";
 * "large"…; "reduce"…; "planned"…). from_string() also takes the Japanese
 * words (実施している, 大, 低減, 計画中…) and "na"; it returns FALSE for
 * anything else, and never gives the "none" value (UNANSWERED, NONE). */
const char *hg_risk_status_to_string      (HgRiskStatus          status);
gboolean    hg_risk_status_from_string    (const char           *text,
                                           HgRiskStatus         *status);
const char *hg_risk_band_to_string        (HgRiskBand            band);
gboolean    hg_risk_band_from_string      (const char           *text,
                                           HgRiskBand           *band);
const char *hg_risk_treatment_to_string   (HgRiskTreatmentKind   kind);
gboolean    hg_risk_treatment_from_string (const char           *text,
                                           HgRiskTreatmentKind  *kind);
const char *hg_risk_plan_to_string        (HgRiskPlanStatus      status);
gboolean    hg_risk_plan_from_string      (const char           *text,
                                           HgRiskPlanStatus     *status);

/* The Japanese words the documents and exports use, whatever the interface
 * language: the risk sheet is a Japanese company document. */
const char *hg_risk_status_get_document_label    (HgRiskStatus         status);
const char *hg_risk_band_get_document_label      (HgRiskBand           band);
const char *hg_risk_treatment_get_document_label (HgRiskTreatmentKind  kind);
const char *hg_risk_plan_get_document_label      (HgRiskPlanStatus     status);

/* The same in the interface's language, for the application and the
 * command line. */
const char *hg_risk_status_get_label             (HgRiskStatus         status);
const char *hg_risk_band_get_label               (HgRiskBand           band);
const char *hg_risk_treatment_get_label          (HgRiskTreatmentKind  kind);
const char *hg_risk_plan_get_label               (HgRiskPlanStatus     status);

G_END_DECLS

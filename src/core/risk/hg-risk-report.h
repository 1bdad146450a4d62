/* hg-risk-report.h: the risk analysis report (リスク分析報告書) as an HgDoc
 *
 * The report reads like the policy documents and goes out through the same
 * writers (hg_doc_write(): PDF, DOCX, ODT, HTML, text):
 *
 *   第1章 概要              what was analysed, risks by band, treatments
 *   第2章 リスクの分布      the heat map: a 3 × 3 table of counts,
 *                           重要度 × 被害発生可能性
 *   第3章 大きなリスクと対応計画
 *                           the risks 大 and 中, highest first, with their
 *                           treatment plans (at most HG_RISK_REPORT_MAX_ROWS
 *                           of each band; the rest are counted and left to
 *                           the Excel export)
 *   第4章 診断結果          the rule chapters ranked by weakness, the weak
 *                           controls of the first three and the wizard
 *                           settings suggested for them
 *
 * Its words are Japanese, whatever the interface language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-pack.h"
#include "hg-risk-sheet.h"

G_BEGIN_DECLS

#define HG_RISK_REPORT_ID        "risk_report"
#define HG_RISK_REPORT_TITLE     "リスク分析報告書"
#define HG_RISK_REPORT_MAX_ROWS  200

/* @pack (may be NULL) names the wizard's questions in the suggestions and
 * leaves out those already answered so. */
HgDoc *hg_risk_report_build (HgRiskSheet *sheet,
                             HgPack      *pack);

G_END_DECLS

/* hg-risk-diagnosis-view.h: 診断結果 — the weakest chapters first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-pack.h"
#include "hg-risk-sheet.h"

G_BEGIN_DECLS

#define HG_TYPE_RISK_DIAGNOSIS_VIEW (hg_risk_diagnosis_view_get_type ())

G_DECLARE_FINAL_TYPE (HgRiskDiagnosisView, hg_risk_diagnosis_view, HG, RISK_DIAGNOSIS_VIEW, AdwBin)

GtkWidget *hg_risk_diagnosis_view_new (void);
void       hg_risk_diagnosis_view_set (HgRiskDiagnosisView *self,
                                       HgRiskSheet         *sheet,
                                       HgPack              *pack);

G_END_DECLS

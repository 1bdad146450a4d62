/* hg-risk-threats-view.h: 脅威の状況 — the threats of each medium, rated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-risk-sheet.h"

G_BEGIN_DECLS

#define HG_TYPE_RISK_THREATS_VIEW (hg_risk_threats_view_get_type ())

G_DECLARE_FINAL_TYPE (HgRiskThreatsView, hg_risk_threats_view, HG, RISK_THREATS_VIEW, AdwBin)

GtkWidget *hg_risk_threats_view_new    (void);
void       hg_risk_threats_view_set    (HgRiskThreatsView *self,
                                        HgRiskSheet       *sheet,
                                        gint64             department_id);
void       hg_risk_threats_view_update (HgRiskThreatsView *self);

G_END_DECLS

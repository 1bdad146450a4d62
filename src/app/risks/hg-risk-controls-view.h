/* hg-risk-controls-view.h: 対策状況チェック — the checklist of measures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-risk-sheet.h"

G_BEGIN_DECLS

#define HG_TYPE_RISK_CONTROLS_VIEW (hg_risk_controls_view_get_type ())

G_DECLARE_FINAL_TYPE (HgRiskControlsView, hg_risk_controls_view, HG, RISK_CONTROLS_VIEW, AdwBin)

GtkWidget *hg_risk_controls_view_new (void);
void       hg_risk_controls_view_set (HgRiskControlsView *self,
                                      HgRiskSheet        *sheet,
                                      gint64              department_id);
GtkWidget *hg_risk_controls_view_get_status_drop (HgRiskControlsView *self,
                                                  const char         *control_key);

G_END_DECLS

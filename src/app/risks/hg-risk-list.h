/* hg-risk-list.h: the risk sheet's rows in view order, as a GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hg-risk-sheet.h"

G_BEGIN_DECLS

#define HG_TYPE_RISK_LIST (hg_risk_list_get_type ())

G_DECLARE_FINAL_TYPE (HgRiskList, hg_risk_list, HG, RISK_LIST, GObject)

HgRiskList *hg_risk_list_new         (void);
void        hg_risk_list_set_sheet   (HgRiskList  *self,
                                      HgRiskSheet *sheet);
void        hg_risk_list_set_cell    (HgRiskList  *self,
                                      guint        importance,
                                      guint        damage);
void        hg_risk_list_update_rows (HgRiskList   *self,
                                      const GArray *rows);

G_END_DECLS

/* hg-risk-item.h: one row of the risk sheet, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HG_TYPE_RISK_ITEM (hg_risk_item_get_type ())

G_DECLARE_FINAL_TYPE (HgRiskItem, hg_risk_item, HG, RISK_ITEM, GObject)

HgRiskItem *hg_risk_item_new       (guint       index);
guint       hg_risk_item_get_index (HgRiskItem *self);

G_END_DECLS

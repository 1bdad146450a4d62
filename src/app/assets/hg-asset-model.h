/* hg-asset-model.h: the register as a GListModel of HgAsset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSET_MODEL (hg_asset_model_get_type ())

G_DECLARE_FINAL_TYPE (HgAssetModel, hg_asset_model, HG, ASSET_MODEL, GObject)

HgAssetModel *hg_asset_model_new          (void);
void          hg_asset_model_set_workbook (HgAssetModel *self,
                                           HgWorkbook   *workbook);
guint         hg_asset_model_find         (HgAssetModel *self,
                                           gint64        id);
gboolean      hg_asset_model_is_loading   (HgAssetModel *self);
guint         hg_asset_model_get_n_expected (HgAssetModel *self);

G_END_DECLS

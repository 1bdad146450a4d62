/* hg-asset-dialog.h: add or edit one information asset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSET_DIALOG (hg_asset_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgAssetDialog, hg_asset_dialog, HG, ASSET_DIALOG, AdwWindow)

GtkWidget *hg_asset_dialog_new      (HgWorkbook    *workbook,
                                     gint64         asset_id);
void       hg_asset_dialog_set_name (HgAssetDialog *self,
                                     const char    *name);
void       hg_asset_dialog_set_level (HgAssetDialog *self,
                                      guint          axis,
                                      guint          level);
gboolean   hg_asset_dialog_save     (HgAssetDialog *self);

G_END_DECLS

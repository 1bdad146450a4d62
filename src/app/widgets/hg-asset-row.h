/* hg-asset-row.h: one register row drawn as a single widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-table-layout.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSET_ROW (hg_asset_row_get_type ())

G_DECLARE_FINAL_TYPE (HgAssetRow, hg_asset_row, HG, ASSET_ROW, GtkWidget)

GtkWidget *hg_asset_row_new       (HgTableLayout *table);
void       hg_asset_row_set_cells (HgAssetRow  *self,
                                   GStrv        cells,
                                   guint        emphasized_column,
                                   const char  *tooltip);

G_END_DECLS

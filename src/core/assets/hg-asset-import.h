/* hg-asset-import.h: turning a sheet into register rows, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-asset.h"
#include "hg-import-sheet.h"
#include "hg-job.h"
#include "hg-sheet-reader.h"
#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct _HgAssetImport HgAssetImport;

HgAssetImport *hg_asset_import_prepare_rows   (HgWorkbook     *workbook,
                                               HgSheetReader  *reader,
                                               GError        **error);
HgAssetImport *hg_asset_import_prepare_file   (HgWorkbook     *workbook,
                                               const char     *path,
                                               GError        **error);
HgAssetImport *hg_asset_import_prepare        (HgWorkbook     *workbook,
                                               HgTable        *table,
                                               GError        **error);
/* The same in two steps, for a window that checks a large file in a
 * thread: _new() reads the workbook where it is edited, _check_rows()
 * only what _new() read and @reader. */
HgAssetImport *hg_asset_import_new            (HgWorkbook     *workbook);
gboolean       hg_asset_import_check_rows     (HgAssetImport  *import,
                                               HgSheetReader  *reader,
                                               HgJob          *job,
                                               GError        **error);
void           hg_asset_import_free           (HgAssetImport  *import);
guint          hg_asset_import_get_n_add      (HgAssetImport  *import);
guint          hg_asset_import_get_n_update   (HgAssetImport  *import);
guint          hg_asset_import_get_n_rows     (HgAssetImport  *import);
const HgAssetData *hg_asset_import_get_row    (HgAssetImport  *import,
                                               guint           index,
                                               guint          *line);
GPtrArray     *hg_asset_import_get_problems   (HgAssetImport  *import);
guint          hg_asset_import_get_n_problems (HgAssetImport  *import);
GStrv          hg_asset_import_get_unknown_columns (HgAssetImport *import);
GStrv          hg_asset_import_get_new_departments (HgAssetImport *import);
GStrv          hg_asset_import_get_new_media  (HgAssetImport  *import);
gboolean       hg_asset_import_apply          (HgWorkbook     *workbook,
                                               HgAssetImport  *import,
                                               GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssetImport, hg_asset_import_free)

G_END_DECLS

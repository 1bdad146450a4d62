/* hg-asset-files.h: the register to and from CSV and Excel files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-asset-import.h"
#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_ASSET_FILE_CSV,
  HG_ASSET_FILE_XLSX,
} HgAssetFileFormat;

HgTable  *hg_asset_read_file            (const char         *path,
                                         GError            **error);
HgTable  *hg_asset_export_table         (HgWorkbook         *workbook);
gboolean  hg_asset_export_file          (HgWorkbook         *workbook,
                                         const char         *path,
                                         HgAssetFileFormat   format,
                                         GError            **error);
char     *hg_asset_file_with_extension  (const char         *path,
                                         HgAssetFileFormat   format);
gboolean  hg_asset_file_format_from_name (const char        *name,
                                          HgAssetFileFormat *format);

G_END_DECLS

/* hg-asset-files.h: the register to and from CSV and Excel files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hg-asset-import.h"
#include "hg-job.h"
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

/* The same in two steps, for a window that writes in a thread: _new()
 * reads the workbook where it is edited; _write() reads only what _new()
 * took, so the user may edit meanwhile. */
typedef struct _HgAssetExport HgAssetExport;

HgAssetExport *hg_asset_export_new      (HgWorkbook         *workbook,
                                         GListModel         *assets,
                                         HgAssetFileFormat   format);
gboolean  hg_asset_export_write         (HgAssetExport      *e,
                                         const char         *path,
                                         HgJob              *job,
                                         GError            **error);
void      hg_asset_export_free          (HgAssetExport      *e);
char     *hg_asset_file_with_extension  (const char         *path,
                                         HgAssetFileFormat   format);
gboolean  hg_asset_file_format_from_name (const char        *name,
                                          HgAssetFileFormat *format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssetExport, hg_asset_export_free)

G_END_DECLS

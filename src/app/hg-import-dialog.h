/* hg-import-dialog.h: the preview before an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-asset-import.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_IMPORT_DIALOG (hg_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgImportDialog, hg_import_dialog, HG, IMPORT_DIALOG, AdwWindow)

GtkWidget *hg_import_dialog_new   (HgWorkbook     *workbook,
                                   HgAssetImport  *import,
                                   const char     *path);
gboolean   hg_import_dialog_apply (HgImportDialog *self);

G_END_DECLS

/* hg-import-dialog.h: the preview before an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-asset-import.h"
#include "hg-employee-import.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_IMPORT_DIALOG (hg_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgImportDialog, hg_import_dialog, HG, IMPORT_DIALOG, AdwWindow)

/* Writes the import; called only when the file has no problem left. */
typedef gboolean (*HgImportApplyFunc) (HgWorkbook  *workbook,
                                       gpointer     import,
                                       GError     **error);

GtkWidget *hg_import_dialog_new       (HgWorkbook        *workbook,
                                       const char        *title,
                                       const char        *path,
                                       GPtrArray         *problems,
                                       guint              n_problems,
                                       const char        *summary,
                                       HgImportApplyFunc  apply,
                                       gpointer           import,
                                       GDestroyNotify     free_import);
void       hg_import_dialog_add_note  (HgImportDialog    *self,
                                       const char        *title,
                                       char             **names);
void       hg_import_dialog_add_row   (HgImportDialog    *self,
                                       const char        *title,
                                       const char        *subtitle);
gboolean   hg_import_dialog_apply     (HgImportDialog    *self);

/* hg-import-dialog-assets.c, hg-import-dialog-employees.c; both take
 * ownership of @import. */
GtkWidget *hg_import_dialog_new_for_assets    (HgWorkbook       *workbook,
                                               HgAssetImport    *import,
                                               const char       *path);
GtkWidget *hg_import_dialog_new_for_employees (HgWorkbook       *workbook,
                                               HgEmployeeImport *import,
                                               const char       *path);

G_END_DECLS

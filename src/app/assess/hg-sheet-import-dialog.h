/* hg-sheet-import-dialog.h: the preview and mapping step of a customer's
 * check sheet before it is imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-sheet-import.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_SHEET_IMPORT_DIALOG (hg_sheet_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgSheetImportDialog, hg_sheet_import_dialog, HG, SHEET_IMPORT_DIALOG,
                      AdwWindow)

/* Shows what was found in @import (taken). */
GtkWidget *hg_sheet_import_dialog_new        (HgWorkbook    *workbook,
                                              HgSheetImport *import);
/* Asks for the file (GtkFileChooserNative), then reads it as
 * hg_sheet_import_dialog_read() does. */
void       hg_sheet_import_dialog_choose     (GtkWidget     *parent,
                                              HgWorkbook    *workbook);
/* Reads @path in a thread with progress and Cancel in the window's task
 * bar, then presents the dialog over @parent's window, or says why the
 * file cannot be read. */
void       hg_sheet_import_dialog_read       (GtkWidget     *parent,
                                              HgWorkbook    *workbook,
                                              const char    *path);
/* The Import button: FALSE, with the dialog still open, while a needed
 * column is missing or the sheet has problems. */
gboolean   hg_sheet_import_dialog_apply      (HgSheetImportDialog *self);

G_END_DECLS

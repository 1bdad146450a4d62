/* hg-bulk-edit-dialog.h: change several assets at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_BULK_EDIT_DIALOG (hg_bulk_edit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgBulkEditDialog, hg_bulk_edit_dialog, HG, BULK_EDIT_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_bulk_edit_dialog_new (HgWorkbook   *workbook,
                                    const gint64 *ids,
                                    guint         n_ids);

G_END_DECLS

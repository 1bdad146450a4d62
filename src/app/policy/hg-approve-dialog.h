/* hg-approve-dialog.h: approve a document as its next version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-doc.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_APPROVE_DIALOG (hg_approve_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgApproveDialog, hg_approve_dialog, HG, APPROVE_DIALOG, AdwMessageDialog)

GtkWidget *hg_approve_dialog_new      (HgWorkbook      *workbook,
                                       const char      *pack_id,
                                       const HgDoc     *doc);
void       hg_approve_dialog_set_text (HgApproveDialog *self,
                                       guint            field,
                                       const char      *text);
gboolean   hg_approve_dialog_approve  (HgApproveDialog *self);

G_END_DECLS

/* hg-receipt-dialog.h: record that people received the handbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-handbook-receipt.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_RECEIPT_DIALOG (hg_receipt_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgReceiptDialog, hg_receipt_dialog, HG, RECEIPT_DIALOG, AdwMessageDialog)

GtkWidget *hg_receipt_dialog_new        (HgWorkbook       *workbook,
                                         const HgHandbook *handbook,
                                         const gint64     *person_ids,
                                         guint             n_people);
void       hg_receipt_dialog_set_date   (HgReceiptDialog  *self,
                                         const char       *date);
void       hg_receipt_dialog_set_pledge (HgReceiptDialog  *self,
                                         gboolean          signed_);

G_END_DECLS

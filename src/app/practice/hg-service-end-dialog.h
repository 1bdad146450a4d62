/* hg-service-end-dialog.h: end the contract of an external service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-service-form-dialog.h"

G_BEGIN_DECLS

#define HG_TYPE_SERVICE_END_DIALOG (hg_service_end_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgServiceEndDialog, hg_service_end_dialog, HG, SERVICE_END_DIALOG,
                      HgServiceFormDialog)

/* @today: the default date, as stored (NULL: the real today). */
GtkWidget *hg_service_end_dialog_new  (HgWorkbook         *workbook,
                                       gint64              service_id,
                                       const char         *today);
/* Records what is typed, as the button does; FALSE (and the field
 * marked) when the workbook refuses it. */
gboolean   hg_service_end_dialog_save (HgServiceEndDialog *self);

G_END_DECLS

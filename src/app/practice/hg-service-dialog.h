/* hg-service-dialog.h: add or edit one external service or contractor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-service-form-dialog.h"

G_BEGIN_DECLS

#define HG_TYPE_SERVICE_DIALOG (hg_service_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgServiceDialog, hg_service_dialog, HG, SERVICE_DIALOG, HgServiceFormDialog)

/* @today: the day a new service is approved on by default, as stored
 * (NULL: the real today). */
GtkWidget *hg_service_dialog_new  (HgWorkbook      *workbook,
                                   gint64           service_id,
                                   const char      *today);
/* Saves what is typed, as the Save button does; FALSE (and the field
 * marked) when the workbook refuses it. */
gboolean   hg_service_dialog_save (HgServiceDialog *self);

G_END_DECLS

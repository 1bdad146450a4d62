/* hg-service-form-dialog.h: what the dialogs of the services tab share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_SERVICE_FORM_DIALOG (hg_service_form_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (HgServiceFormDialog, hg_service_form_dialog, HG, SERVICE_FORM_DIALOG,
                          AdwMessageDialog)

struct _HgServiceFormDialogClass
{
  AdwMessageDialogClass parent_class;

  /* Writes what is typed; FALSE (the field marked, the dialog kept) when
   * the workbook refuses it. Called by the "save" response. */
  gboolean (*save) (HgServiceFormDialog *self);
};

HgWorkbook *hg_service_form_dialog_get_workbook   (HgServiceFormDialog *self);
/* 0 for a service not added yet. */
gint64      hg_service_form_dialog_get_service_id (HgServiceFormDialog *self);
/* The day the dialog's dates default to, as stored: the tab's. */
char       *hg_service_form_dialog_get_day        (HgServiceFormDialog *self,
                                                   guint                years_on);

G_END_DECLS

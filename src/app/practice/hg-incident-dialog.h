/* hg-incident-dialog.h: add or edit one incident of the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_INCIDENT_DIALOG (hg_incident_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgIncidentDialog, hg_incident_dialog, HG, INCIDENT_DIALOG, AdwMessageDialog)

GtkWidget *hg_incident_dialog_new  (HgWorkbook       *workbook,
                                    gint64            incident_id);
/* Saves what is typed, as the Save button does; FALSE (and the field
 * marked) when the workbook refuses it. */
gboolean   hg_incident_dialog_save (HgIncidentDialog *self);

G_END_DECLS

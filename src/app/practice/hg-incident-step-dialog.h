/* hg-incident-step-dialog.h: record the next step of an incident's
 * response (報告, 封じ込め, 復旧, 終了): when and by whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_INCIDENT_STEP_DIALOG (hg_incident_step_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgIncidentStepDialog, hg_incident_step_dialog, HG, INCIDENT_STEP_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_incident_step_dialog_new  (HgWorkbook           *workbook,
                                         gint64                incident_id);
gboolean   hg_incident_step_dialog_save (HgIncidentStepDialog *self);

G_END_DECLS

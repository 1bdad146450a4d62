/* hg-incident-notice-dialog.h: record who must be told about an incident
 * by when (a customer within its contract's hours or days, the PPC's
 * reports), and when they were
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-incident.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_INCIDENT_NOTICE_DIALOG (hg_incident_notice_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgIncidentNoticeDialog, hg_incident_notice_dialog, HG, INCIDENT_NOTICE_DIALOG,
                      AdwMessageDialog)

/* @notice_id 0 records a new notification of @kind, a customer's within
 * @default_hours (0: none); an id edits that one (then @kind is its own). */
GtkWidget *hg_incident_notice_dialog_new  (HgWorkbook             *workbook,
                                           gint64                  incident_id,
                                           gint64                  notice_id,
                                           HgIncidentNoticeKind    kind,
                                           guint                   default_hours);
gboolean   hg_incident_notice_dialog_save (HgIncidentNoticeDialog *self);

G_END_DECLS

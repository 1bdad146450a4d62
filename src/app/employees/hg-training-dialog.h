/* hg-training-dialog.h: add or edit a training session and its attendees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_TRAINING_DIALOG (hg_training_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgTrainingDialog, hg_training_dialog, HG, TRAINING_DIALOG, AdwMessageDialog)

GtkWidget *hg_training_dialog_new (HgWorkbook   *workbook,
                                   gint64        session_id,
                                   const gint64 *attendees,
                                   guint         n_attendees);

G_END_DECLS

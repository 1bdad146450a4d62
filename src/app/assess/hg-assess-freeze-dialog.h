/* hg-assess-freeze-dialog.h: freeze the open round of a framework's
 * assessment for submission, on a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_FREEZE_DIALOG (hg_assess_freeze_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessFreezeDialog, hg_assess_freeze_dialog, HG, ASSESS_FREEZE_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_assess_freeze_dialog_new    (HgWorkbook           *workbook,
                                           const char           *framework_id);
/* What the Freeze button does; FALSE (the dialog stays, the problem shown
 * under the date) when the core refuses. */
gboolean   hg_assess_freeze_dialog_freeze (HgAssessFreezeDialog *self);

G_END_DECLS

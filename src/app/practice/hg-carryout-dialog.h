/* hg-carryout-dialog.h: record or edit one carry-out of the log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_CARRYOUT_DIALOG (hg_carryout_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgCarryoutDialog, hg_carryout_dialog, HG, CARRYOUT_DIALOG, AdwMessageDialog)

/* @carryout_id 0 records a new one; @now (as hg_local_time_parse() reads
 * it, NULL: the clock) is the moment the defaults count from. */
GtkWidget *hg_carryout_dialog_new  (HgWorkbook       *workbook,
                                    gint64            carryout_id,
                                    const char       *now);
/* Saves what is typed, as the Save button does; FALSE (and the field
 * marked) when the workbook refuses it. */
gboolean   hg_carryout_dialog_save (HgCarryoutDialog *self);

G_END_DECLS

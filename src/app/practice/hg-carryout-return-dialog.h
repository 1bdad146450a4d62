/* hg-carryout-return-dialog.h: record a carried-out item back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_CARRYOUT_RETURN_DIALOG (hg_carryout_return_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgCarryoutReturnDialog, hg_carryout_return_dialog, HG,
                      CARRYOUT_RETURN_DIALOG, AdwMessageDialog)

/* Records carry-out @carryout_id back; the time offered is @now (as
 * hg_local_time_parse() reads it; NULL: the clock). */
GtkWidget *hg_carryout_return_dialog_new  (HgWorkbook             *workbook,
                                           gint64                  carryout_id,
                                           const char             *now);
/* Records the time typed, as the Record button does; FALSE (and the
 * field marked) when the workbook refuses it. */
gboolean   hg_carryout_return_dialog_save (HgCarryoutReturnDialog *self);

G_END_DECLS

/* hg-law-dialog.h: name who watches a law, or record its yearly check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"

G_BEGIN_DECLS

#define HG_TYPE_LAW_DIALOG (hg_law_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgLawDialog, hg_law_dialog, HG, LAW_DIALOG, AdwMessageDialog)

/* @check: FALSE names the watcher, TRUE records the check. @today: the
 * day the check cannot come after (stored, YYYY-MM-DD); NULL: today. */
GtkWidget *hg_law_dialog_new  (HgSession   *session,
                               const char  *law_id,
                               gboolean     check,
                               const char  *today);
/* Saves as the dialog's button does; on a refused field marks it, says
 * why under the fields and returns FALSE, keeping what was typed. */
gboolean   hg_law_dialog_save (HgLawDialog *self);

G_END_DECLS

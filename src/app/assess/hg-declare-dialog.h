/* hg-declare-dialog.h: record the date the company declared SECURITY ACTION
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"

G_BEGIN_DECLS

#define HG_TYPE_DECLARE_DIALOG (hg_declare_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgDeclareDialog, hg_declare_dialog, HG, DECLARE_DIALOG, AdwMessageDialog)

/* @star: 1 for ★, 2 for ★★. */
GtkWidget *hg_declare_dialog_new      (HgSession       *session,
                                       guint            star);
void       hg_declare_dialog_set_date (HgDeclareDialog *self,
                                       const char      *date);
gboolean   hg_declare_dialog_save     (HgDeclareDialog *self);

G_END_DECLS

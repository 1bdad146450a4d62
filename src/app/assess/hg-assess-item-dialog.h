/* hg-assess-item-dialog.h: one item of an assessment in detail — its
 * answer, note, owner and due date, and the evidence it rests on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_ITEM_DIALOG (hg_assess_item_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessItemDialog, hg_assess_item_dialog, HG, ASSESS_ITEM_DIALOG,
                      AdwMessageDialog)

/* @framework_id as the catalog knows it (built in or imported). */
GtkWidget *hg_assess_item_dialog_new      (HgWorkbook         *workbook,
                                           const char         *framework_id,
                                           const char         *ref);
/* Links the file at @path, as the file chooser does. */
gboolean   hg_assess_item_dialog_add_file (HgAssessItemDialog *self,
                                           const char         *path);

G_END_DECLS

/* hg-person-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_PERSON_DIALOG (hg_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgPersonDialog, hg_person_dialog, HG, PERSON_DIALOG, AdwMessageDialog)

GtkWidget *hg_person_dialog_new (HgWorkbook *workbook,
                                 gint64      person_id);

G_END_DECLS

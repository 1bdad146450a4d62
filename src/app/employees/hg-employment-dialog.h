/* hg-employment-dialog.h: a person's hire date, position, status and
 * promotion, with the training they attended
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_EMPLOYMENT_DIALOG (hg_employment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgEmploymentDialog, hg_employment_dialog, HG, EMPLOYMENT_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_employment_dialog_new (HgWorkbook *workbook,
                                     gint64      person_id);

G_END_DECLS

/* hg-department-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_DEPARTMENT_DIALOG (hg_department_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgDepartmentDialog, hg_department_dialog, HG, DEPARTMENT_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_department_dialog_new (HgWorkbook *workbook,
                                     gint64      department_id);

G_END_DECLS

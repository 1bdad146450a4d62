/* hg-vacancy-dialog.h: record why a role stays unfilled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-org-role.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_VACANCY_DIALOG (hg_vacancy_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgVacancyDialog, hg_vacancy_dialog, HG, VACANCY_DIALOG, AdwMessageDialog)

GtkWidget *hg_vacancy_dialog_new       (HgWorkbook      *workbook,
                                        HgOrgRole        role);
void       hg_vacancy_dialog_set_reason (HgVacancyDialog *self,
                                         const char      *reason);
gboolean   hg_vacancy_dialog_save      (HgVacancyDialog *self);

G_END_DECLS

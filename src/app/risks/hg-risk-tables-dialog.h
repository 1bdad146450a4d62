/* hg-risk-tables-dialog.h: the damage table and the risk bands of a workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_RISK_TABLES_DIALOG (hg_risk_tables_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgRiskTablesDialog, hg_risk_tables_dialog, HG, RISK_TABLES_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_risk_tables_dialog_new       (HgWorkbook         *workbook);
void       hg_risk_tables_dialog_set_cell  (HgRiskTablesDialog *self,
                                            guint               likelihood,
                                            guint               vulnerability,
                                            guint               value);
gboolean   hg_risk_tables_dialog_apply     (HgRiskTablesDialog *self);

G_END_DECLS

/* hg-treatment-dialog.h: the treatment plan of one risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-risk-sheet.h"

G_BEGIN_DECLS

#define HG_TYPE_TREATMENT_DIALOG (hg_treatment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgTreatmentDialog, hg_treatment_dialog, HG, TREATMENT_DIALOG,
                      AdwMessageDialog)

enum
{
  HG_TREATMENT_FIELD_MEASURES,
  HG_TREATMENT_FIELD_DUE,
  HG_TREATMENT_FIELD_APPROVER,
  HG_TREATMENT_FIELD_APPROVED_ON,
  HG_TREATMENT_FIELD_REASON,
  HG_TREATMENT_N_FIELDS,
};

GtkWidget *hg_treatment_dialog_new      (HgRiskSheet       *sheet,
                                         guint              row_index,
                                         const char        *asset_name);
void       hg_treatment_dialog_set_kind (HgTreatmentDialog *self,
                                         guint              kind);
void       hg_treatment_dialog_set_text (HgTreatmentDialog *self,
                                         guint              field,
                                         const char        *text);
void       hg_treatment_dialog_set_expected (HgTreatmentDialog *self,
                                             guint              damage);
gboolean   hg_treatment_dialog_save     (HgTreatmentDialog *self);

G_END_DECLS

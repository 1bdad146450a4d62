/* hg-assess-export-button.h: the 自己評価 page's Export menu — the answers
 * written back into the customer's check sheet, a report, CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-assessment-export.h"
#include "hg-framework.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_EXPORT_BUTTON (hg_assess_export_button_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessExportButton, hg_assess_export_button, HG, ASSESS_EXPORT_BUTTON,
                      AdwBin)

GtkWidget *hg_assess_export_button_new           (void);
/* What is exported: the assessment of @framework in @workbook (either may
 * be NULL: nothing to export). Write-back is offered for a framework
 * imported from a check sheet only. The button keeps @framework's id and
 * loads it again when asked, and forgets @workbook when it goes. */
void       hg_assess_export_button_set_framework (HgAssessExportButton     *self,
                                                  HgWorkbook               *workbook,
                                                  HgFramework              *framework);
/* Whether "Write Back into the Check Sheet…" is offered now. */
gboolean   hg_assess_export_button_can_write_back (HgAssessExportButton    *self);
/* What the file choosers lead to, for the tests: reads the export, then
 * writes @path (from @original for XLSX) in a task's thread; a toast says
 * when it is done, a dialog why it failed. */
void       hg_assess_export_button_export_to     (HgAssessExportButton     *self,
                                                  HgAssessmentExportFormat  format,
                                                  const char               *path,
                                                  const char               *original);

G_END_DECLS

/* hg-assessment-export.h: an assessment out of the workbook — written back
 * into the customer's own check sheet, as a report, as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-assessment.h"
#include "hg-doc.h"
#include "hg-framework.h"
#include "hg-job.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_ASSESSMENT_EXPORT_ERROR (hg_assessment_export_error_quark ())

typedef enum
{
  /* The framework has no assessment to export. */
  HG_ASSESSMENT_EXPORT_ERROR_NO_ASSESSMENT,
  /* Write-back asked of a framework that was not imported from a sheet. */
  HG_ASSESSMENT_EXPORT_ERROR_NOT_IMPORTED,
  /* Write-back without the original file, or a format it cannot be. */
  HG_ASSESSMENT_EXPORT_ERROR_USAGE,
} HgAssessmentExportError;

GQuark hg_assessment_export_error_quark (void);

typedef enum
{
  HG_ASSESSMENT_EXPORT_XLSX,   /* written back into the original sheet */
  HG_ASSESSMENT_EXPORT_CSV,
  HG_ASSESSMENT_EXPORT_PDF,
  HG_ASSESSMENT_EXPORT_DOCX,
  HG_ASSESSMENT_EXPORT_ODT,
  HG_ASSESSMENT_EXPORT_HTML,
  HG_ASSESSMENT_EXPORT_N_FORMATS,
} HgAssessmentExportFormat;

/* "xlsx", "csv", "pdf", "docx", "odt", "html". */
gboolean    hg_assessment_export_format_from_name (const char               *name,
                                                   HgAssessmentExportFormat *format);
const char *hg_assessment_export_format_get_name  (HgAssessmentExportFormat  format);
/* "xlsx|csv|pdf|docx|odt|html", for usage messages. */
char       *hg_assessment_export_format_list      (void);

/* The assessment an export is of: the open one of @framework_id, else
 * the newest frozen one; NULL with HG_ASSESSMENT_EXPORT_ERROR_NO_ASSESSMENT
 * when there is none. */
HgAssessment *hg_assessment_export_pick  (HgWorkbook  *workbook,
                                          const char  *framework_id,
                                          GError     **error);

/* Whether @framework_id came from a check sheet, so can be written back;
 * the sheet's file name in @source_name (may be NULL). */
gboolean    hg_assessment_export_is_imported (HgWorkbook  *workbook,
                                              const char  *framework_id,
                                              char       **source_name);

/* The answer of @framework's scale given to @ref in @answers (of
 * hg_assessment_get_answers()), or NULL when the item is unanswered. */
HgFrameworkAnswer *hg_assessment_export_answer_of (HgFramework *framework,
                                                   GHashTable  *answers,
                                                   const char  *ref);

/* The report: the rates per level, the gaps with owner and due date,
 * the evidence. Its words are the interface language's. */
HgDoc      *hg_assessment_report_build  (HgWorkbook   *workbook,
                                         HgFramework  *framework,
                                         HgAssessment *assessment,
                                         GError      **error);

/* What an export writes, read from the workbook on the thread that owns
 * it; writing it needs no workbook, so it may run in a task's thread. */
typedef struct _HgAssessmentExport HgAssessmentExport;

/* Reads the assessment of @framework (hg_assessment_export_pick()) for
 * @format. For XLSX the framework must have been imported from a sheet:
 * the answered items' cells and the sheet's SHA-256 are noted. */
HgAssessmentExport *hg_assessment_export_new   (HgWorkbook               *workbook,
                                                HgFramework              *framework,
                                                HgAssessmentExportFormat  format,
                                                GError                  **error);
/* Writes @path. XLSX is a copy of @original — the sheet the framework was
 * imported from, unchanged since (its SHA-256) — with each answered item's
 * answer cell holding the label of its answer and its note cell the note
 * (hg_xlsx_patch_file()); the other formats ignore @original. @job (may
 * be NULL) shows progress and can stop the export. */
gboolean            hg_assessment_export_write (HgAssessmentExport       *export,
                                                const char               *path,
                                                const char               *original,
                                                HgJob                    *job,
                                                GError                  **error);
/* The report of a PDF, DOCX, ODT or HTML export (owned by @export). */
const HgDoc        *hg_assessment_export_get_doc (HgAssessmentExport     *export);
HgAssessmentExportFormat hg_assessment_export_get_format (HgAssessmentExport *export);
void                hg_assessment_export_free  (HgAssessmentExport       *export);

/* hg_assessment_export_new() and hg_assessment_export_write() at once. */
gboolean    hg_assessment_export        (HgWorkbook               *workbook,
                                         HgFramework              *framework,
                                         HgAssessmentExportFormat  format,
                                         const char               *path,
                                         const char               *original,
                                         HgJob                    *job,
                                         GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssessmentExport, hg_assessment_export_free)

G_END_DECLS

/* hg-risk-files.h: the risk analysis as CSV and Excel files
 *
 * The CSV is the risk sheet: one row per risk (an asset and a threat of its
 * medium), in UTF-8 with a byte order mark and CR LF, as the register's
 * export. The Excel workbook follows IPA's リスク分析シート in spirit, with
 * four sheets:
 *
 *   台帳とリスク     the register with its risks: the CSV's rows
 *   脅威の状況       each threat of each medium, for the company as a whole
 *   対策状況チェック each control, with the company's and each department's status
 *   診断結果         the diagnosis: rule chapters ranked by weakness
 *
 * Headers and words are Japanese whatever the interface language: the
 * risk analysis is a Japanese company document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-job.h"
#include "hg-pack.h"
#include "hg-risk-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  HG_RISK_FILE_CSV,
  HG_RISK_FILE_XLSX,
} HgRiskFileFormat;

/* The columns of the risk sheet (台帳とリスク and the CSV). */
typedef enum
{
  HG_RISK_COL_ASSET_ID,
  HG_RISK_COL_CATEGORY,
  HG_RISK_COL_ASSET,
  HG_RISK_COL_DEPARTMENT,
  HG_RISK_COL_MEDIUM,
  HG_RISK_COL_CONFIDENTIALITY,
  HG_RISK_COL_INTEGRITY,
  HG_RISK_COL_AVAILABILITY,
  HG_RISK_COL_IMPORTANCE,
  HG_RISK_COL_THREAT,
  HG_RISK_COL_LIKELIHOOD,
  HG_RISK_COL_VULNERABILITY,
  HG_RISK_COL_DAMAGE,
  HG_RISK_COL_RISK,
  HG_RISK_COL_BAND,
  HG_RISK_COL_TREATMENT,
  HG_RISK_COL_MEASURES,
  HG_RISK_COL_OWNER,
  HG_RISK_COL_DUE,
  HG_RISK_COL_PLAN,
  HG_RISK_COL_EXPECTED,
  HG_RISK_COL_RESIDUAL,
  HG_RISK_COL_APPROVER,
  HG_RISK_COL_APPROVED_ON,
  HG_RISK_COL_REASON,
  HG_RISK_N_COLS
} HgRiskColumn;

/* The sheets' names, in the workbook's order. */
#define HG_RISK_SHEET_REGISTER  "台帳とリスク"
#define HG_RISK_SHEET_THREATS   "脅威の状況"
#define HG_RISK_SHEET_CONTROLS  "対策状況チェック"
#define HG_RISK_SHEET_DIAGNOSIS "診断結果"

const char *hg_risk_column_header          (HgRiskColumn       column);
/* "csv" or "xlsx" (any case), or a file name ending so. */
gboolean    hg_risk_file_format_from_name  (const char        *name,
                                            HgRiskFileFormat  *format);
/* Writes the sheet's workbook as @format to @path, beside it first and
 * renamed over it (mode 0600). @pack (may be NULL) gives the diagnosis its
 * wizard questions' labels and leaves out suggestions already answered. */
gboolean    hg_risk_export_file            (HgRiskSheet       *sheet,
                                            HgPack            *pack,
                                            const char        *path,
                                            HgRiskFileFormat   format,
                                            GError           **error);

/* The same in two steps, for a window that writes in a thread: _new()
 * reads the sheet and its workbook where they are edited; _write() reads
 * only what _new() took, so the user may edit meanwhile. */
typedef struct _HgRiskExport HgRiskExport;

HgRiskExport *hg_risk_export_new           (HgRiskSheet       *sheet,
                                            HgPack            *pack,
                                            HgRiskFileFormat   format);
gboolean    hg_risk_export_write           (HgRiskExport      *e,
                                            const char        *path,
                                            HgJob             *job,
                                            GError           **error);
void        hg_risk_export_free            (HgRiskExport      *e);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskExport, hg_risk_export_free)

G_END_DECLS

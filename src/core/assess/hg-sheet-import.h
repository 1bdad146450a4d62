/* hg-sheet-import.h: a customer's check sheet brought into the workbook as
 * a framework, with the answers already in it — previewed first, written
 * only on commit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-sheet-framework.h"
#include "hg-sheet-layout.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct _HgSheetImport HgSheetImport;

/* Reads every sheet of the XLSX file at @path and finds the item table
 * (in @sheet_name, or where it looks most like one). Nothing is written. */
HgSheetImport     *hg_sheet_import_open        (const char     *path,
                                                const char     *sheet_name,
                                                GError        **error);
void               hg_sheet_import_free        (HgSheetImport  *import);
HgSheetLayout     *hg_sheet_import_get_layout  (HgSheetImport  *import);
/* Of HgXlsxBookSheet, for choosing another sheet. */
GPtrArray         *hg_sheet_import_get_sheets  (HgSheetImport  *import);
/* Detects the layout again on another sheet. */
gboolean           hg_sheet_import_set_sheet   (HgSheetImport  *import,
                                                const char     *sheet_name,
                                                GError        **error);
const char        *hg_sheet_import_get_source_name (HgSheetImport *import);
const char        *hg_sheet_import_get_sha256  (HgSheetImport  *import);
/* Converts with the layout as it now stands (after the mapping step);
 * @id NULL: by the sheet's kind. The result stays owned by @import. */
HgSheetConversion *hg_sheet_import_convert     (HgSheetImport  *import,
                                                const char     *id,
                                                GError        **error);
/* TRUE when the workbook already holds an imported framework of the
 * converted id: commit then needs @replace. */
gboolean           hg_sheet_import_exists      (HgSheetImport  *import,
                                                HgWorkbook     *workbook,
                                                GError        **error);
/* Writes the converted framework, its cells and the sheet's answers (into
 * the open assessment, started if none is) in one transaction and one
 * undo step. Refuses a conversion with blocking problems, and an id
 * already imported unless @replace. */
gboolean           hg_sheet_import_commit      (HgSheetImport  *import,
                                                HgWorkbook     *workbook,
                                                gboolean        replace,
                                                GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSheetImport, hg_sheet_import_free)

G_END_DECLS

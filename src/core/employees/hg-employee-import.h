/* hg-employee-import.h: a staff list from a sheet into the company's
 * people, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-employee.h"
#include "hg-import-sheet.h"
#include "hg-job.h"
#include "hg-sheet-reader.h"
#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* One row of the file as it will be written. NULL fields leave what the
 * workbook has as it is. */
typedef struct
{
  guint         line;        /* the row's line in the file (1-based) */
  gint64        person_id;   /* 0: added as a new person */
  char         *name;
  char         *department;
  char         *email;
  char         *phone;
  HgEmployment *employment;  /* the whole record after the import */
} HgEmployeeImportRow;

typedef struct _HgEmployeeImport HgEmployeeImport;

HgEmployeeImport          *hg_employee_import_prepare_rows (HgWorkbook     *workbook,
                                                            HgSheetReader  *reader,
                                                            GError        **error);
HgEmployeeImport          *hg_employee_import_prepare_file (HgWorkbook     *workbook,
                                                            const char     *path,
                                                            GError        **error);
HgEmployeeImport          *hg_employee_import_prepare  (HgWorkbook        *workbook,
                                                        HgTable           *table,
                                                        GError           **error);
/* The same in two steps, for a window that checks a file in a thread:
 * _new() reads the workbook where it is edited, _check_rows() only what
 * _new() read and @reader. */
HgEmployeeImport          *hg_employee_import_new      (HgWorkbook        *workbook);
gboolean                   hg_employee_import_check_rows (HgEmployeeImport  *import,
                                                          HgSheetReader     *reader,
                                                          HgJob             *job,
                                                          GError           **error);
void                       hg_employee_import_free     (HgEmployeeImport  *import);
guint                      hg_employee_import_get_n_add    (HgEmployeeImport *import);
guint                      hg_employee_import_get_n_update (HgEmployeeImport *import);
guint                      hg_employee_import_get_n_rows   (HgEmployeeImport *import);
const HgEmployeeImportRow *hg_employee_import_get_row  (HgEmployeeImport  *import,
                                                        guint              index);
GPtrArray                 *hg_employee_import_get_problems (HgEmployeeImport *import);
guint                      hg_employee_import_get_n_problems (HgEmployeeImport *import);
GStrv                      hg_employee_import_get_unknown_columns (HgEmployeeImport *import);
GStrv                      hg_employee_import_get_new_departments (HgEmployeeImport *import);
gboolean                   hg_employee_import_apply    (HgWorkbook        *workbook,
                                                        HgEmployeeImport  *import,
                                                        GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgEmployeeImport, hg_employee_import_free)

G_END_DECLS

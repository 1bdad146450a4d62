/* hg-department.h: the company's departments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"
#include "hg-limits.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
} HgDepartment;

void        hg_department_free          (HgDepartment  *department);
GPtrArray  *hg_department_list          (HgWorkbook    *workbook);
const char *hg_department_validate_name (HgWorkbook    *workbook,
                                         const char    *name,
                                         gint64         except_id);
gint64      hg_department_add           (HgWorkbook    *workbook,
                                         const char    *name,
                                         GError       **error);
gboolean    hg_department_rename        (HgWorkbook    *workbook,
                                         gint64         id,
                                         const char    *name,
                                         GError       **error);
gboolean    hg_department_remove        (HgWorkbook    *workbook,
                                         gint64         id,
                                         GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDepartment, hg_department_free)

G_END_DECLS

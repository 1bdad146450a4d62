/* hg-role-vacancy.h: a role the company leaves unfilled on purpose, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-org-role.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

char     *hg_role_vacancy_get      (HgWorkbook  *workbook,
                                    HgOrgRole    role);
gboolean  hg_role_vacancy_set      (HgWorkbook  *workbook,
                                    HgOrgRole    role,
                                    const char  *reason,
                                    GError     **error);
const char *hg_role_vacancy_validate (const char *reason);

G_END_DECLS

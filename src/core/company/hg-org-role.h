/* hg-org-role.h: the information-security organisation (who holds which role)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_ORG_ROLE_CISO,             /* 情報セキュリティ責任者 */
  HG_ORG_ROLE_DEPARTMENT_HEAD,  /* 部門責任者, one per department */
  HG_ORG_ROLE_SYSTEM_ADMIN,     /* システム管理者 */
  HG_ORG_ROLE_EDUCATION,        /* 教育責任者 */
  HG_ORG_ROLE_AUDITOR,          /* 監査担当 */
  HG_ORG_ROLE_INCIDENT_CONTACT, /* 事故発生時の連絡窓口 */
  HG_ORG_N_ROLES
} HgOrgRole;

const char *hg_org_role_key         (HgOrgRole    role);
const char *hg_org_role_label       (HgOrgRole    role);
const char *hg_org_role_description (HgOrgRole    role);
gboolean    hg_org_role_from_key    (const char  *key,
                                     HgOrgRole   *role);
gint64      hg_org_role_get_holder  (HgWorkbook  *workbook,
                                     HgOrgRole    role,
                                     gint64       department_id);
gboolean    hg_org_role_assign      (HgWorkbook  *workbook,
                                     HgOrgRole    role,
                                     gint64       department_id,
                                     gint64       person_id,
                                     GError     **error);
GPtrArray  *hg_org_role_check       (HgWorkbook  *workbook);

G_END_DECLS

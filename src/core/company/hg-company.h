/* hg-company.h: the company profile (会社情報)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_COMPANY_FIELD_NAME,
  HG_COMPANY_FIELD_NAME_KANA,
  HG_COMPANY_FIELD_NAME_EN,
  HG_COMPANY_FIELD_REPRESENTATIVE_TITLE,
  HG_COMPANY_FIELD_REPRESENTATIVE_NAME,
  HG_COMPANY_FIELD_POSTAL_CODE,
  HG_COMPANY_FIELD_ADDRESS,
  HG_COMPANY_FIELD_INDUSTRY,
  HG_COMPANY_FIELD_EMPLOYEES,
  HG_COMPANY_N_FIELDS
} HgCompanyField;

const char *hg_company_field_label    (HgCompanyField   field);
const char *hg_company_field_key      (HgCompanyField   field);
gboolean    hg_company_field_from_key (const char      *key,
                                       HgCompanyField  *field);
guint       hg_company_field_max_length (HgCompanyField field);
const char *hg_company_validate       (HgCompanyField   field,
                                       const char      *value);
char       *hg_company_get            (HgWorkbook      *workbook,
                                       HgCompanyField   field);
gboolean    hg_company_set            (HgWorkbook      *workbook,
                                       HgCompanyField   field,
                                       const char      *value,
                                       GError         **error);
HgWorkbook *hg_company_create_workbook (const char     *path,
                                        const char     *name,
                                        GError        **error);

G_END_DECLS

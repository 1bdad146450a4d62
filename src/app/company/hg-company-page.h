/* hg-company-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-company.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_COMPANY_PAGE (hg_company_page_get_type ())

G_DECLARE_FINAL_TYPE (HgCompanyPage, hg_company_page, HG, COMPANY_PAGE, AdwBin)

void         hg_company_page_set_workbook  (HgCompanyPage  *self,
                                            HgWorkbook     *workbook);
gboolean     hg_company_page_has_pending   (HgCompanyPage  *self);
void         hg_company_page_flush         (HgCompanyPage  *self);
AdwEntryRow *hg_company_page_get_field_row (HgCompanyPage  *self,
                                            HgCompanyField  field);

G_END_DECLS

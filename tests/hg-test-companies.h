/* hg-test-companies.h: the three companies the golden texts are made for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
#include "hg-risk-catalogue.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  /* The example company: the example register and risk analysis, enacted
   * 2025-04-01, revised 2026-10-01 (lockout 24 hours). */
  HG_TEST_COMPANY_EXAMPLE,
  /* 20 people, every role held by someone, a head for every department. */
  HG_TEST_COMPANY_FULL,
  /* 8 people; a maintenance company looks after IT; the representative is
   * the CISO; nobody is system administrator or auditor. */
  HG_TEST_COMPANY_SMALL,
  HG_TEST_N_COMPANIES
} HgTestCompany;

const char *hg_test_company_name  (HgTestCompany     company);
HgWorkbook *hg_test_company_new   (HgTestCompany     company,
                                   const char       *dir,
                                   HgPack           *pack,
                                   HgRiskCatalogue  *catalogue);
void        hg_test_company_approve (HgWorkbook     *workbook,
                                     HgPack         *pack,
                                     const char     *summary,
                                     const char     *approved_on);

/* A test fixture: one of the companies (the test's data, as
 * GINT_TO_POINTER) in a fresh folder, with the built-in pack and the
 * Japanese risk catalogue it was made with. */
typedef struct
{
  char            *dir;
  HgPack          *pack;
  HgRiskCatalogue *catalogue;
  HgWorkbook      *workbook;
} HgTestCompanyFixture;

void        hg_test_company_fixture_setup    (HgTestCompanyFixture *f,
                                              gconstpointer         data);
void        hg_test_company_fixture_teardown (HgTestCompanyFixture *f,
                                              gconstpointer         data);

G_END_DECLS

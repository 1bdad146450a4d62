/* hg-test-risk.h: helpers for the risk analysis tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk-catalogue.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* tests/data/risk-catalogue-test.xml, with its Japanese texts. */
HgRiskCatalogue *hg_test_risk_catalogue   (void);
gint64           hg_test_risk_medium      (HgWorkbook  *workbook,
                                           const char  *name);
/* The id of the workbook's threat with the catalogue key @key. */
gint64           hg_test_risk_threat      (HgWorkbook  *workbook,
                                           const char  *key);
/* Adds an asset in use on the medium named @medium; the test stops if it
 * cannot. */
gint64           hg_test_risk_add_asset   (HgWorkbook  *workbook,
                                           const char  *name,
                                           const char  *medium,
                                           gint64       department_id,
                                           guint        confidentiality,
                                           guint        integrity,
                                           guint        availability);

G_END_DECLS

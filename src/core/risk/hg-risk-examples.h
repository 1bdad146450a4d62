/* hg-risk-examples.h: a believable risk picture for the example register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk-catalogue.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* Rates the threats and answers the controls as the fictional 20-person
 * parts maker of hg_asset_store_load_examples() would: some measures in
 * place, some partly, a few missing, a department that differs from the
 * company here and there, and three treatments. Sets the risk analysis up
 * first. Controls and threats the catalogue lacks are skipped; controls the
 * examples do not name get an answer of their own, so any catalogue gives
 * a complete picture. Call it after hg_asset_store_load_examples() (the
 * treatments are for its assets, the department answers for its
 * departments; missing ones are skipped). One undoable edit. */
gboolean hg_risk_load_examples (HgWorkbook       *workbook,
                                HgRiskCatalogue  *catalogue,
                                GError          **error);

G_END_DECLS

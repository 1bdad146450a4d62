/* hg-incident-rules.h: what the company's own rules say about incidents,
 * where the register needs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The rules' hours for the first report to a customer (the answer to the
 * pack's customer_report_hours, inc_customer_report); 24 when @pack is
 * NULL or does not ask. A customer notice starts from it. */
guint hg_incident_rules_customer_hours (HgWorkbook *workbook,
                                        HgPack     *pack);

G_END_DECLS

/* hg-incident-rules.c
 *
 * The rules say the first report to a customer goes within the hours the
 * company answered, unless a contract sets less: that answer is where a
 * new customer notice starts, and the user shortens it to the contract's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident"

#include "config.h"

#include <stdlib.h>

#include "hg-incident-rules.h"
#include "hg-policy.h"

#define CUSTOMER_HOURS_QUESTION "customer_report_hours"
#define CUSTOMER_HOURS_DEFAULT  24

guint
hg_incident_rules_customer_hours (HgWorkbook *workbook,
                                  HgPack     *pack)
{
  g_autofree char *answer = NULL;
  guint64 hours;
  char *end;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), CUSTOMER_HOURS_DEFAULT);

  /* A pack of the company's own may not ask the question. */
  if (pack == NULL || hg_pack_find_question (pack, CUSTOMER_HOURS_QUESTION) == NULL)
    return CUSTOMER_HOURS_DEFAULT;
  answer = hg_policy_get_answer (workbook, pack, CUSTOMER_HOURS_QUESTION);
  hours = g_ascii_strtoull (answer ? answer : "", &end, 10);
  return end != answer && *end == '\0' && hours > 0 && hours <= 8760 ? (guint) hours
                                                                     : CUSTOMER_HOURS_DEFAULT;
}

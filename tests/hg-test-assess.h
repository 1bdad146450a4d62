/* hg-test-assess.h: helpers for the self-assessment tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

/* Stores @xml as the imported framework @id, as an import would. */
void  hg_test_store_import  (HgWorkbook *workbook,
                             const char *id,
                             const char *xml);
/* The value stored for @ref in the open assessment of @framework_id, or
 * NULL when none is open or the item is unanswered. */
char *hg_test_stored_answer (HgWorkbook *workbook,
                             const char *framework_id,
                             const char *ref);

G_END_DECLS

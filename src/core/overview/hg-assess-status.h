/* hg-assess-status.h: how far the newest assessment of a framework has come,
 * for the overview's steps and the SECURITY ACTION card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-framework-score.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The score of the newest assessment of @framework, open or frozen (a
 * frozen round still says what the company answered); every item
 * unanswered when there is none. Never NULL. */
HgFrameworkScore *hg_assess_status_score (HgWorkbook  *workbook,
                                          HgFramework *framework);

G_END_DECLS

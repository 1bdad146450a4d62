/* hg-overview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_OVERVIEW_PAGE (hg_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (HgOverviewPage, hg_overview_page, HG, OVERVIEW_PAGE, HgPage)

/* How many duties of each kind (overdue, due this month) the overview
 * lists before it sums up the rest in one row. */
#define HG_OVERVIEW_PRACTICE_ROWS 3

G_END_DECLS

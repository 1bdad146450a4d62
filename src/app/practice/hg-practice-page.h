/* hg-practice-page.h: 運用, what the company does under its rules: one tab
 * a register (incidents first)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_PRACTICE_PAGE (hg_practice_page_get_type ())

G_DECLARE_FINAL_TYPE (HgPracticePage, hg_practice_page, HG, PRACTICE_PAGE, HgPage)

G_END_DECLS

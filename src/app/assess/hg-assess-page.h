/* hg-assess-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSESS_PAGE (hg_assess_page_get_type ())

G_DECLARE_FINAL_TYPE (HgAssessPage, hg_assess_page, HG, ASSESS_PAGE, HgPage)

void hg_assess_page_show_framework (HgAssessPage *self,
                                    const char   *id);

G_END_DECLS

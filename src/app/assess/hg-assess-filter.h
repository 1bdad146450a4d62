/* hg-assess-filter.h: which items the 自己評価 page shows — by level
 * (cumulative), by answer and by text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-assessment.h"
#include "hg-framework.h"

G_BEGIN_DECLS

/* The answer filter's choices, in the page template's order. */
typedef enum
{
  HG_ASSESS_SHOW_ALL,
  HG_ASSESS_SHOW_UNANSWERED,
  HG_ASSESS_SHOW_NOT_MET,     /* partly, not met and don't know: what still needs work */
  HG_ASSESS_SHOW_MET,
  HG_ASSESS_SHOW_NA,
} HgAssessShow;

/* @level's place among the framework's levels (0 for none or unknown). */
guint     hg_assess_level_index  (HgFramework              *framework,
                                  const char               *level);
/* "L1", "L1+L2", …: the levels up to the @n-th (from 0), as the rates
 * count them. */
char     *hg_assess_levels_up_to (HgFramework              *framework,
                                  guint                     n);
gboolean  hg_assess_shows_status (HgFramework              *framework,
                                  const char               *value,
                                  HgAssessShow              show);
/* @query folded with hg_text_fold() (NULL: any), found in the item's
 * reference, text or advice, or the answer's note or owner. */
gboolean  hg_assess_shows_text   (HgFrameworkItem          *item,
                                  const HgAssessmentAnswer *answer,
                                  const char               *query);

G_END_DECLS

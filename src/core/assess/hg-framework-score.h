/* hg-framework-score.h: the total, band and rates of a set of answers to a
 * framework
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-framework.h"

G_BEGIN_DECLS

/* Met ÷ applicable over the items up to one level (cumulative), or over all
 * items. Partly, not met, unknown and unanswered count as not met; "does
 * not apply" leaves the item out. */
typedef struct
{
  const char *level;        /* borrowed from the framework; NULL: all items */
  guint       n_items;
  guint       n_met;
  guint       n_applicable;
  guint       n_unanswered;
  double      rate;         /* 0..1; 0 when nothing applies */
} HgFrameworkRate;

typedef struct
{
  int                    total;        /* sum of scores; unanswered count 0 */
  int                    maximum;      /* every item at the highest score */
  guint                  n_items;
  guint                  n_answered;
  guint                  n_unknown;    /* answers whose status is unknown */
  const HgFrameworkBand *band;         /* the band the total falls in; NULL until
                                        * every item is answered */
  GArray                *rates;        /* of HgFrameworkRate: one a level, then all */
} HgFrameworkScore;

/* @answers maps an item's ref to the value of its answer; refs the
 * framework does not have and values outside its scale are ignored (the
 * assessment refuses them when they are written). */
HgFrameworkScore *hg_framework_score      (HgFramework      *framework,
                                           GHashTable       *answers);
void              hg_framework_score_free (HgFrameworkScore *score);
/* TRUE for the rate over all items (the last of @score's rates) when it
 * only repeats the last level's, as it does when every item has a level:
 * what prints the rates leaves it out rather than say the same twice. */
gboolean          hg_framework_score_rate_repeats (const HgFrameworkScore *score,
                                                   guint                   index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgFrameworkScore, hg_framework_score_free)

G_END_DECLS

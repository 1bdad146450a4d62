/* hg-framework-score.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-framework-score.h"

void
hg_framework_score_free (HgFrameworkScore *score)
{
  if (score == NULL)
    return;
  g_array_unref (score->rates);
  g_free (score);
}

/* The index of @level in the cumulative order, or G_MAXUINT. */
static guint
level_index (const char * const *levels,
             const char         *level)
{
  for (guint i = 0; level && levels[i]; i++)
    if (g_str_equal (levels[i], level))
      return i;
  return G_MAXUINT;
}

static void
count (HgFrameworkRate         *rate,
       const HgFrameworkAnswer *answer)
{
  rate->n_items++;
  if (answer == NULL)
    rate->n_unanswered++;
  if (answer != NULL && answer->status == HG_ANSWER_NA)
    return;
  rate->n_applicable++;
  if (answer != NULL && answer->status == HG_ANSWER_MET)
    rate->n_met++;
}

HgFrameworkScore *
hg_framework_score (HgFramework *framework,
                    GHashTable  *answers)
{
  HgFrameworkScore *score = g_new0 (HgFrameworkScore, 1);
  const char * const *levels = hg_framework_get_levels (framework);
  GPtrArray *sections = hg_framework_get_sections (framework);
  GPtrArray *scale = hg_framework_get_scale (framework);
  GPtrArray *bands = hg_framework_get_bands (framework);
  guint n_levels = g_strv_length ((char **) levels);
  int highest = 0;

  score->rates = g_array_sized_new (FALSE, TRUE, sizeof (HgFrameworkRate), n_levels + 1);
  g_array_set_size (score->rates, n_levels + 1);
  for (guint l = 0; l < n_levels; l++)
    g_array_index (score->rates, HgFrameworkRate, l).level = levels[l];

  for (guint i = 0; i < scale->len; i++)
    highest = MAX (highest, ((HgFrameworkAnswer *) g_ptr_array_index (scale, i))->score);

  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          HgFrameworkItem *item = g_ptr_array_index (section->items, i);
          const char *value = answers ? g_hash_table_lookup (answers, item->ref) : NULL;
          HgFrameworkAnswer *answer = hg_framework_find_answer (framework, value);
          guint index = level_index (levels, item->level);

          score->n_items++;
          score->maximum += highest;
          if (answer != NULL)
            {
              score->n_answered++;
              score->total += answer->score;
              if (answer->status == HG_ANSWER_UNKNOWN)
                score->n_unknown++;
            }
          /* Levels are cumulative: an L1 item counts in L1, L1+L2, … */
          for (guint l = index; l < n_levels; l++)
            count (&g_array_index (score->rates, HgFrameworkRate, l), answer);
          count (&g_array_index (score->rates, HgFrameworkRate, n_levels), answer);
        }
    }

  for (guint l = 0; l <= n_levels; l++)
    {
      HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, l);

      rate->rate = rate->n_applicable > 0 ? (double) rate->n_met / rate->n_applicable : 0.0;
    }

  /* A band read off a half-answered sheet would judge the company on what
   * nobody has looked at yet. */
  for (guint i = 0; score->n_answered == score->n_items && i < bands->len; i++)
    {
      HgFrameworkBand *band = g_ptr_array_index (bands, i);

      if (score->total >= band->min && score->total <= band->max)
        score->band = band;
    }
  return score;
}

gboolean
hg_framework_score_rate_repeats (const HgFrameworkScore *score,
                                 guint                   index)
{
  const HgFrameworkRate *rate;

  g_return_val_if_fail (score != NULL && index < score->rates->len, FALSE);
  rate = &g_array_index (score->rates, HgFrameworkRate, index);
  return rate->level == NULL && index > 0
         && g_array_index (score->rates, HgFrameworkRate, index - 1).n_items == rate->n_items;
}

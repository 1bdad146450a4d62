/* hg-assessment-compare.c
 *
 * "Better" is read from what an answer means, not from its value: met
 * beats partly beats not met (an unknown counts as not met, as in the
 * rates), and within one status a higher score is better — IPA's sheet
 * has scores where the status alone says too little. "Does not apply" is
 * neither better nor worse than anything: such a change is only "changed",
 * for the user to judge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assessment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assessment-compare.h"
#include "hg-assessment-history.h"
#include "hg-error.h"

static int
rank (HgAnswerStatus status)
{
  switch (status)
    {
    case HG_ANSWER_MET:
      return 2;
    case HG_ANSWER_PARTLY:
      return 1;
    case HG_ANSWER_NOT:
    case HG_ANSWER_UNKNOWN:
    case HG_ANSWER_NA:
    default:
      return 0;
    }
}

HgAnswerChange
hg_assessment_change_of (HgFramework              *framework,
                         const HgAssessmentAnswer *before,
                         const HgAssessmentAnswer *after)
{
  HgFrameworkAnswer *b, *a;

  if (before == NULL || before->value == NULL)
    return after == NULL || after->value == NULL ? HG_ANSWER_CHANGE_SAME : HG_ANSWER_CHANGE_NEW;
  if (after == NULL || after->value == NULL)
    return HG_ANSWER_CHANGE_CHANGED;
  if (g_str_equal (before->value, after->value))
    return HG_ANSWER_CHANGE_SAME;
  b = hg_framework_find_answer (framework, before->value);
  a = hg_framework_find_answer (framework, after->value);
  if (a == NULL || b == NULL || a->status == HG_ANSWER_NA || b->status == HG_ANSWER_NA)
    return HG_ANSWER_CHANGE_CHANGED;
  if (rank (a->status) != rank (b->status))
    return rank (a->status) > rank (b->status) ? HG_ANSWER_CHANGE_IMPROVED : HG_ANSWER_CHANGE_WORSE;
  if (a->score != b->score)
    return a->score > b->score ? HG_ANSWER_CHANGE_IMPROVED : HG_ANSWER_CHANGE_WORSE;
  return HG_ANSWER_CHANGE_CHANGED;
}

gboolean
hg_assessment_default_pair (GPtrArray *rounds,
                            gint64    *from,
                            gint64    *to)
{
  if (rounds->len < 2)
    return FALSE;
  /* Rounds come oldest first with the open one last. */
  *to = ((HgAssessment *) g_ptr_array_index (rounds, rounds->len - 1))->id;
  *from = ((HgAssessment *) g_ptr_array_index (rounds, rounds->len - 2))->id;
  return TRUE;
}

void
hg_assessment_comparison_free (HgAssessmentComparison *c)
{
  if (c == NULL)
    return;
  hg_assessment_free (c->from);
  hg_assessment_free (c->to);
  g_clear_pointer (&c->items, g_ptr_array_unref);
  g_clear_pointer (&c->from_score, hg_framework_score_free);
  g_clear_pointer (&c->to_score, hg_framework_score_free);
  g_clear_pointer (&c->from_values, g_hash_table_unref);
  g_clear_pointer (&c->to_values, g_hash_table_unref);
  g_clear_pointer (&c->from_answers, g_hash_table_unref);
  g_clear_pointer (&c->to_answers, g_hash_table_unref);
  g_free (c);
}

static HgAssessment *
take_round (GPtrArray *rounds,
            gint64     id)
{
  for (guint i = 0; i < rounds->len; i++)
    if (((HgAssessment *) g_ptr_array_index (rounds, i))->id == id)
      return g_ptr_array_steal_index (rounds, i);
  return NULL;
}

HgAssessmentComparison *
hg_assessment_compare (HgWorkbook   *workbook,
                       HgFramework  *framework,
                       gint64        from,
                       gint64        to,
                       GError      **error)
{
  g_autoptr(GPtrArray) rounds = hg_assessment_rounds (workbook, hg_framework_get_id (framework),
                                                      error);
  g_autoptr(HgAssessmentComparison) c = g_new0 (HgAssessmentComparison, 1);
  GPtrArray *sections;

  if (rounds == NULL)
    return NULL;
  if (from == to)
    {
      g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                           _("Choose two different rounds to compare"));
      return NULL;
    }
  c->from = take_round (rounds, from);
  c->to = take_round (rounds, to);
  if (c->from == NULL || c->to == NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                   _("%s has no such round of assessment"), hg_framework_get_title (framework));
      return NULL;
    }
  if ((c->from_answers = hg_assessment_get_answers (workbook, from, error)) == NULL
      || (c->to_answers = hg_assessment_get_answers (workbook, to, error)) == NULL)
    return NULL;
  c->from_values = hg_assessment_values (c->from_answers);
  c->to_values = hg_assessment_values (c->to_answers);
  c->from_score = hg_framework_score (framework, c->from_values);
  c->to_score = hg_framework_score (framework, c->to_values);
  c->items = g_ptr_array_new_with_free_func (g_free);
  sections = hg_framework_get_sections (framework);
  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          HgAssessmentItemChange *change = g_new0 (HgAssessmentItemChange, 1);

          change->item = g_ptr_array_index (section->items, i);
          change->before = g_hash_table_lookup (c->from_answers, change->item->ref);
          change->after = g_hash_table_lookup (c->to_answers, change->item->ref);
          change->change = hg_assessment_change_of (framework, change->before, change->after);
          c->counts[change->change]++;
          g_ptr_array_add (c->items, change);
        }
    }
  return g_steal_pointer (&c);
}

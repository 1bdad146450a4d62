/* hg-risk-diagnosis.c
 *
 * Scores are counted in halves (a partly done control weighs ½) as whole
 * numbers, so the ranking is exact and the same on every machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-diagnosis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-policy.h"
#include "hg-pack-context.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-sheet-private.h"

typedef struct
{
  HgRiskDiagnosisGroup  public;
  guint64               halves;
} Group;

static void
suggestion_clear (HgRiskSuggestionItem *item)
{
  g_free (item->value_label);
  g_free (item->own_value_label);
}

static void
group_free (Group *group)
{
  g_array_unref (group->public.weak);
  g_array_unref (group->public.suggestions);
  g_free (group);
}

void
hg_risk_diagnosis_free (HgRiskDiagnosis *diagnosis)
{
  if (diagnosis == NULL)
    return;
  g_ptr_array_unref (diagnosis->groups);
  g_free (diagnosis);
}

/* Twice the weakness: not done and unanswered 2, partly done 1. */
static guint
weakness_halves (HgRiskStatus status)
{
  switch (status)
    {
    case HG_RISK_UNANSWERED:
    case HG_RISK_NOT_DONE:
      return 2;
    case HG_RISK_PARTIAL:
      return 1;
    case HG_RISK_DONE:
    case HG_RISK_NOT_APPLICABLE:
    case HG_RISK_N_STATUSES:
    default:
      return 0;
    }
}

/* The control's score and potential, in halves. */
static void
score_control (HgRiskSheet              *sheet,
               const HgRiskSheetControl *c,
               guint64                  *halves,
               guint64                  *potential)
{
  *halves = *potential = 0;
  for (guint i = 0; i < c->threats->len; i++)
    {
      HgRiskSheetThreat *t = g_ptr_array_index (sheet->threats, g_array_index (c->threats, guint, i));

      for (guint d = 0; d < sheet->n_departments; d++)
        {
          HgRiskStatus status = _hg_risk_sheet_effective_status (c, d);

          *halves += weakness_halves (status) * t->risk_sum[d];
          if (status != HG_RISK_NOT_APPLICABLE)
            *potential += 2 * t->risk_sum[d];
        }
    }
}

static int
compare_weak (gconstpointer a,
              gconstpointer b)
{
  double x = ((const HgRiskWeakControl *) a)->score;
  double y = ((const HgRiskWeakControl *) b)->score;

  return x > y ? -1 : x < y;
}

/* Highest score first; equal scores in the catalogue's order. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = *(Group * const *) a;
  const Group *y = *(Group * const *) b;

  if (x->halves != y->halves)
    return x->halves > y->halves ? -1 : 1;
  return (int) x->public.group->index - (int) y->public.group->index;
}

static Group *
diagnose_group (HgRiskSheet              *sheet,
                const HgRiskControlGroup *group)
{
  Group *g = g_new0 (Group, 1);
  guint64 potential = 0;

  g->public.group = group;
  g->public.weak = g_array_new (FALSE, FALSE, sizeof (HgRiskWeakControl));
  g->public.suggestions = g_array_new (FALSE, FALSE, sizeof (HgRiskSuggestionItem));
  g_array_set_clear_func (g->public.suggestions, (GDestroyNotify) suggestion_clear);

  for (guint i = 0; i < group->controls->len; i++)
    {
      const HgRiskControl *control = g_ptr_array_index (group->controls, i);
      gint index = hg_risk_sheet_find_control (sheet, control->key);
      HgRiskSheetControl *c;
      guint64 halves, control_potential;

      if (index < 0)
        continue;
      c = g_ptr_array_index (sheet->controls, index);
      score_control (sheet, c, &halves, &control_potential);
      g->halves += halves;
      potential += control_potential;
      if (halves > 0)
        {
          HgRiskWeakControl weak = { c->key, c->state.text,
                                     control->own_text ? control->own_text : control->text,
                                     c->state.combined, halves / 2.0 };

          g_array_append_val (g->public.weak, weak);
        }
    }
  /* Stable: equal scores keep the catalogue's order. */
  g_array_sort (g->public.weak, compare_weak);
  g->public.score = g->halves / 2.0;
  g->public.potential = potential / 2.0;
  return g;
}

/* @value as the wizard shows it: a choice's label (@own: in the pack's own
 * language, else the reader's), yes or no, a number with its unit. */
char *
hg_risk_value_label (HgPack     *pack,
             const char *question_id,
             const char *value,
             gboolean    own)
{
  const HgQuestion *q = pack ? hg_pack_find_question (pack, question_id) : NULL;

  if (q == NULL)
    return g_strdup (value);
  switch (q->type)
    {
    case HG_QUESTION_BOOLEAN:
      if (own)
        return g_strdup (g_str_equal (value, "true") ? "はい" : "いいえ");
      return g_strdup (g_str_equal (value, "true") ? _("Yes") : _("No"));
    case HG_QUESTION_CHOICE:
      for (guint i = 0; i < q->choices->len; i++)
        {
          HgChoice *choice = g_ptr_array_index (q->choices, i);

          if (g_str_equal (choice->value, value))
            return g_strdup (own ? choice->label : choice->display_label);
        }
      return g_strdup (value);
    case HG_QUESTION_NUMBER:
      /* The documents are Japanese: a unit follows its number directly. */
      if (own)
        return g_strconcat (value, q->own_unit ? q->own_unit : q->unit ? q->unit : "", NULL);
      if (q->unit == NULL)
        return g_strdup (value);
      /* Translators: a number and its unit in a suggested answer ("14 versions");
       * Japanese writes them together */
      return g_strdup_printf (C_("number and unit", "%s %s"), value, q->unit);
    case HG_QUESTION_TEXT:
    case HG_QUESTION_MULTILINE:
    case HG_QUESTION_DATE:
    case HG_QUESTION_ROLE:
    case HG_QUESTION_LIST:
    default:
      return g_strdup (value);
    }
}

static gboolean
suggestion_wanted (HgRiskSheet            *sheet,
                   HgPack                 *pack,
                   const HgRiskSuggestion *suggestion,
                   const char            **label,
                   const char            **own_label)
{
  const HgQuestion *question;
  g_autofree char *current = NULL;

  *label = NULL;
  *own_label = NULL;
  if (pack == NULL)
    return TRUE;
  question = hg_pack_find_question (pack, suggestion->question);
  if (question == NULL || hg_policy_validate_answer (question, suggestion->value) != NULL)
    return FALSE;
  current = hg_policy_get_answer (sheet->workbook, pack, suggestion->question);
  *label = question->label;
  *own_label = question->own_label ? question->own_label : question->label;
  return g_strcmp0 (current, suggestion->value) != 0;
}

static void
suggest (HgRiskSheet *sheet,
         HgPack      *pack,
         Group       *g,
         GHashTable  *asked)
{
  for (guint i = 0; i < g->public.weak->len; i++)
    {
      const HgRiskWeakControl *weak = &g_array_index (g->public.weak, HgRiskWeakControl, i);
      const HgRiskControl *control = hg_risk_catalogue_find_control (sheet->catalogue, weak->key);

      for (guint s = 0; control != NULL && s < control->suggestions->len; s++)
        {
          const HgRiskSuggestion *suggestion = g_ptr_array_index (control->suggestions, s);
          HgRiskSuggestionItem item = { suggestion->question, suggestion->value, NULL, NULL,
                                        control->key, NULL, NULL };

          if (g_hash_table_contains (asked, suggestion->question)
              || !suggestion_wanted (sheet, pack, suggestion, &item.label, &item.own_label))
            continue;
          g_hash_table_add (asked, suggestion->question);
          item.value_label = hg_risk_value_label (pack, suggestion->question, suggestion->value, FALSE);
          item.own_value_label = hg_risk_value_label (pack, suggestion->question, suggestion->value, TRUE);
          g_array_append_val (g->public.suggestions, item);
        }
    }
}

/* Whether the rules that the workbook's answers write have @chapter: a
 * chapter the answers leave out (no telework, no development of one's own)
 * is not one to strengthen first, and the report must not rank it. A
 * chapter the pack does not have at all is kept. */
static gboolean
chapter_written (HgPack        *pack,
                 HgPackContext *context,
                 const char    *chapter)
{
  GPtrArray *documents = hg_pack_get_documents (pack);

  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);

      for (guint c = 0; c < document->children->len; c++)
        {
          const HgBlock *block = g_ptr_array_index (document->children, c);

          if (block->kind == HG_BLOCK_CHAPTER && g_strcmp0 (block->id, chapter) == 0)
            return hg_pack_context_test (context, document->condition, NULL)
                   && hg_pack_context_test (context, block->condition, NULL);
        }
    }
  return TRUE;
}

HgRiskDiagnosis *
hg_risk_diagnosis_new (HgRiskSheet *sheet,
                       HgPack      *pack,
                       guint        n_top)
{
  HgRiskDiagnosis *diagnosis = g_new0 (HgRiskDiagnosis, 1);
  g_autoptr(GHashTable) asked = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(HgPackContext) context = NULL;
  GPtrArray *groups;
  guint suggested = 0;

  diagnosis->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  if (sheet->catalogue == NULL)
    return diagnosis;

  groups = hg_risk_catalogue_get_groups (sheet->catalogue);
  if (pack != NULL)
    context = hg_pack_context_new_for_workbook (pack, sheet->workbook);
  for (guint i = 0; i < groups->len; i++)
    {
      const HgRiskControlGroup *group = g_ptr_array_index (groups, i);

      if (context == NULL || chapter_written (pack, context, group->chapter))
        g_ptr_array_add (diagnosis->groups, diagnose_group (sheet, group));
    }
  g_ptr_array_sort (diagnosis->groups, compare_groups);

  for (guint i = 0; i < diagnosis->groups->len; i++)
    {
      Group *g = g_ptr_array_index (diagnosis->groups, i);

      g->public.rank = i + 1;
      diagnosis->total += g->public.score;
      if (g->halves > 0 && suggested < n_top)
        {
          suggest (sheet, pack, g, asked);
          suggested++;
        }
    }
  return diagnosis;
}

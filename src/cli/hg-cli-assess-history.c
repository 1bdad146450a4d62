/* hg-cli-assess-history.c: "assess freeze", "assess history" and "assess
 * compare" — the rounds of a framework's assessment, the yearly submission
 * frozen, this year against last year
 *
 * The output is one fact a line in a fixed order, so that a script or a
 * test can read it and a person can compare two runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assessment-compare.h"
#include "hg-assessment-history.h"
#include "hg-cli-util.h"
#include "hg-date.h"
#include "hg-framework-catalog.h"

typedef struct
{
  const char *positional[3];
  guint       n_positional;
  const char *date;
  const char *from;
  const char *to;
} Options;

gboolean
hg_cli_assess_history_handles (const char *command)
{
  return g_strcmp0 (command, "freeze") == 0 || g_strcmp0 (command, "history") == 0
         || g_strcmp0 (command, "compare") == 0;
}

/* "#3": how the rounds are named, and how --from and --to take them. */
static char *
round_name (HgAssessment *round)
{
  return g_strdup_printf ("#%" G_GINT64_FORMAT, round->id);
}

/* "frozen on 2025-12-20" or "open since 2026-12-01". */
static char *
round_state (HgAssessment *round)
{
  return round->frozen ? g_strdup_printf (_("frozen on %s"), round->frozen)
                       : g_strdup_printf (_("open since %s"), round->created);
}

static char *
rate_text (HgFrameworkRate *rate)
{
  return g_strdup_printf (_("%.0f %% (%u of %u applicable met, %u unanswered)"), rate->rate * 100,
                          rate->n_met, rate->n_applicable, rate->n_unanswered);
}

static char *
rate_label (HgFrameworkRate *rate)
{
  return rate->level ? g_strdup_printf (_("Met up to %s"), rate->level) : g_strdup (_("Met"));
}

static char *
answer_text (HgFramework        *framework,
             HgAssessmentAnswer *answer)
{
  HgFrameworkAnswer *a = answer ? hg_framework_find_answer (framework, answer->value) : NULL;

  if (answer == NULL)
    return g_strdup (_("(not answered)"));
  return g_strdup_printf ("%s %s", answer->value, a ? a->label : "");
}

static int
freeze (HgWorkbook    *workbook,
        HgFramework   *framework,
        const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  gint64 id = 0;

  if (!hg_assessment_freeze (workbook, hg_framework_get_id (framework), o->date, &id, &error))
    return hg_cli_fail (error);
  rounds = hg_assessment_rounds (workbook, hg_framework_get_id (framework), &error);
  for (guint i = 0; rounds != NULL && i < rounds->len; i++)
    {
      HgAssessment *round = g_ptr_array_index (rounds, i);

      if (round->id == id)
        {
          g_autofree char *name = round_name (round);

          /* Translators: %s: the round, e.g. "#3"; the framework; the date; answers */
          g_print (g_dngettext (GETTEXT_PACKAGE,
                                "Froze round %s of %s on %s (%u answer); "
                                "the next answer starts a new round from these answers\n",
                                "Froze round %s of %s on %s (%u answers); "
                                "the next answer starts a new round from these answers\n",
                                round->n_answers),
                   name, hg_framework_get_title (framework), round->frozen, round->n_answers);
        }
    }
  return 0;
}

static int
history (HgWorkbook  *workbook,
         HgFramework *framework)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = hg_assessment_rounds (workbook, hg_framework_get_id (framework),
                                                      &error);

  if (rounds == NULL)
    return hg_cli_fail (error);
  g_print ("%s\n", hg_framework_get_title (framework));
  if (rounds->len == 0)
    g_print ("%s\n", _("No rounds yet: answer an item to start one."));
  for (guint i = 0; i < rounds->len; i++)
    {
      HgAssessment *round = g_ptr_array_index (rounds, i);
      g_autoptr(GHashTable) answers = hg_assessment_get_answers (workbook, round->id, &error);
      g_autoptr(GHashTable) values = NULL;
      g_autoptr(HgFrameworkScore) score = NULL;
      g_autofree char *state = round_state (round);
      g_autofree char *name = round_name (round);

      if (answers == NULL)
        return hg_cli_fail (error);
      values = hg_assessment_values (answers);
      score = hg_framework_score (framework, values);
      g_print ("\n");
      /* Translators: one round: "#3", "frozen on DATE" or "open since DATE", answers */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s  %s  %u answer\n", "%s  %s  %u answers\n",
                            round->n_answers),
               name, state, round->n_answers);
      if (hg_framework_get_scoring (framework) == HG_SCORING_SUM)
        {
          g_autofree char *total = g_strdup_printf (_("%d of %d"), score->total, score->maximum);

          hg_cli_print_field (_("Total"), total);
        }
      for (guint r = 0; r < score->rates->len; r++)
        if (!hg_framework_score_rate_repeats (score, r))
        {
          HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, r);
          g_autofree char *label = rate_label (rate);
          g_autofree char *line = rate_text (rate);

          hg_cli_print_field (label, line);
        }
    }
  return 0;
}

/* A round by its id ("#3" or "3") or by a date it started or was frozen on. */
static gint64
find_round (GPtrArray   *rounds,
            const char  *text,
            GError     **error)
{
  g_autofree char *iso = NULL;
  const char *digits = text[0] == '#' ? text + 1 : text;
  gint64 found = 0;

  for (guint i = 0; i < rounds->len; i++)
    {
      HgAssessment *round = g_ptr_array_index (rounds, i);
      g_autofree char *name = round_name (round);

      if (g_str_equal (name + 1, digits))
        return round->id;
    }
  if (hg_date_parse (text, &iso) && iso[0] != '\0')
    for (guint i = 0; i < rounds->len; i++)
      {
        HgAssessment *round = g_ptr_array_index (rounds, i);

        /* The frozen date names a round best; the later match wins. */
        if (g_strcmp0 (round->frozen, iso) == 0 || g_str_equal (round->created, iso))
          found = round->id;
      }
  if (found == 0)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("No round is numbered or dated “%s”; “assess history” lists them"), text);
  return found;
}

static void
print_round (const char   *label,
             HgAssessment *round)
{
  g_autofree char *state = round_state (round);
  g_autofree char *name = round_name (round);
  g_autofree char *line = g_strdup_printf ("%s  %s", name, state);

  hg_cli_print_field (label, line);
}

static int
compare (HgWorkbook    *workbook,
         HgFramework   *framework,
         const Options *o)
{
  static const char *const headings[] = {
    [HG_ANSWER_CHANGE_IMPROVED] = N_("Improved"),
    [HG_ANSWER_CHANGE_WORSE] = N_("Worse"),
    [HG_ANSWER_CHANGE_CHANGED] = N_("Changed"),
    [HG_ANSWER_CHANGE_NEW] = N_("Newly answered"),
    [HG_ANSWER_CHANGE_SAME] = N_("Unchanged"),
  };
  static const HgAnswerChange order[] = {
    HG_ANSWER_CHANGE_IMPROVED, HG_ANSWER_CHANGE_WORSE, HG_ANSWER_CHANGE_CHANGED,
    HG_ANSWER_CHANGE_NEW,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = hg_assessment_rounds (workbook, hg_framework_get_id (framework),
                                                      &error);
  g_autoptr(HgAssessmentComparison) c = NULL;
  gint64 from = 0, to = 0;

  if (rounds == NULL)
    return hg_cli_fail (error);
  if (!hg_assessment_default_pair (rounds, &from, &to) && (o->from == NULL || o->to == NULL))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s has fewer than two rounds: freeze one with “assess freeze” and "
                     "answer again to compare"), hg_framework_get_title (framework));
      return hg_cli_fail (error);
    }
  if ((o->from != NULL && (from = find_round (rounds, o->from, &error)) == 0)
      || (o->to != NULL && (to = find_round (rounds, o->to, &error)) == 0))
    return hg_cli_fail (error);
  if ((c = hg_assessment_compare (workbook, framework, from, to, &error)) == NULL)
    return hg_cli_fail (error);

  g_print ("%s\n", hg_framework_get_title (framework));
  print_round (_("Before"), c->from);
  print_round (_("After"), c->to);
  g_print ("\n");
  for (guint r = 0; r < c->to_score->rates->len; r++)
    if (!hg_framework_score_rate_repeats (c->to_score, r))
    {
      HgFrameworkRate *before = &g_array_index (c->from_score->rates, HgFrameworkRate, r);
      HgFrameworkRate *after = &g_array_index (c->to_score->rates, HgFrameworkRate, r);
      g_autofree char *label = rate_label (after);
      g_autofree char *line = g_strdup_printf ("%.0f %% → %.0f %%", before->rate * 100,
                                               after->rate * 100);

      hg_cli_print_field (label, line);
    }
  if (hg_framework_get_scoring (framework) == HG_SCORING_SUM)
    {
      g_autofree char *line = g_strdup_printf ("%d → %d", c->from_score->total, c->to_score->total);

      hg_cli_print_field (_("Total"), line);
    }
  g_print ("\n");
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      g_autofree char *count = g_strdup_printf ("%u", c->counts[order[k]]);

      hg_cli_print_field (_(headings[order[k]]), count);
    }
  {
    g_autofree char *count = g_strdup_printf ("%u", c->counts[HG_ANSWER_CHANGE_SAME]);

    hg_cli_print_field (_(headings[HG_ANSWER_CHANGE_SAME]), count);
  }
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      if (c->counts[order[k]] == 0)
        continue;
      g_print ("\n%s\n", _(headings[order[k]]));
      for (guint i = 0; i < c->items->len; i++)
        {
          HgAssessmentItemChange *change = g_ptr_array_index (c->items, i);
          g_autofree char *before = NULL, *after = NULL;

          if (change->change != order[k])
            continue;
          before = answer_text (framework, change->before);
          after = answer_text (framework, change->after);
          g_print ("%4s  %s\n      %s → %s\n", change->item->ref, change->item->text, before, after);
        }
    }
  return 0;
}

int
hg_cli_assess_history (int    argc,
                       char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  Options o = { { 0 } };
  const HgCliOption options[] = {
    { "--date", &o.date }, { "--from", &o.from }, { "--to", &o.to },
  };
  gboolean freezing = g_str_equal (argv[0], "freeze");

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), o.positional,
                             G_N_ELEMENTS (o.positional), &o.n_positional)
      || o.n_positional != 3)
    return hg_cli_usage_error (_("Give the workbook and the framework, e.g. ipa-self-check"));
  if (o.date != NULL && !freezing)
    return hg_cli_usage_error (_("--date goes with “assess freeze”"));
  if ((o.from != NULL || o.to != NULL) && !g_str_equal (argv[0], "compare"))
    return hg_cli_usage_error (_("--from and --to go with “assess compare”"));

  workbook = freezing ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
                      : hg_cli_open_current (o.positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  if ((framework = hg_framework_catalog_load (workbook, o.positional[2], NULL, &error)) == NULL)
    return hg_cli_fail (error);
  if (freezing)
    return freeze (workbook, framework, &o);
  if (g_str_equal (argv[0], "history"))
    return history (workbook, framework);
  return compare (workbook, framework, &o);
}

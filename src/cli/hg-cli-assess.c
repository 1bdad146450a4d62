/* hg-cli-assess.c: "framework check" and the "assess" commands — answering a
 * framework such as IPA's self-check and reading its total, band and rates
 *
 * Only built-in frameworks can be answered so far; "framework check" reads
 * any file, so that one can be written and checked before it is imported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assessment.h"
#include "hg-cli-assess-export.h"
#include "hg-framework-catalog.h"
#include "hg-cli-assess-crosswalk.h"
#include "hg-cli-assess-suggest.h"
#include "hg-cli-util.h"
#include "hg-framework-score.h"

typedef struct
{
  const char *positional[5];
  guint       n_positional;
  const char *note;
  const char *owner;
  const char *due;
} Options;

static int
check_framework (const char *path)
{
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  framework = hg_framework_load_file (path, NULL, &problems, &error);
  if (framework == NULL)
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
      return hg_cli_fail (error);
    }
  g_print (_("%s: OK (%u items in %u sections)\n"), path, hg_framework_count_items (framework),
           hg_framework_get_sections (framework)->len);
  return 0;
}

int
hg_cli_framework (int    argc,
                  char **argv)
{
  if (argc != 2 || !g_str_equal (argv[0], "check"))
    return hg_cli_usage_error (_("Use “framework check FRAMEWORK.xml”"));
  return check_framework (argv[1]);
}

static const char *
answer_label (HgFramework *framework,
              const char  *value)
{
  HgFrameworkAnswer *answer = hg_framework_find_answer (framework, value);

  return answer ? answer->label : "";
}

static int
list (HgWorkbook *workbook)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) assessments = hg_assessment_list (workbook, &error);

  if (assessments == NULL)
    return hg_cli_fail (error);
  if (assessments->len == 0)
    g_print ("%s\n", _("No assessments yet."));
  for (guint i = 0; i < assessments->len; i++)
    {
      HgAssessment *a = g_ptr_array_index (assessments, i);
      g_autofree char *state = a->frozen ? g_strdup_printf (_("frozen %s"), a->frozen)
                                         : g_strdup (_("open"));

      /* Translators: one assessment: framework id, date, state, answers, title */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s  %s  %s  %u answer  %s\n",
                            "%s  %s  %s  %u answers  %s\n", a->n_answers),
               a->framework, a->created, state, a->n_answers, a->title);
    }
  g_print (_("Built-in frameworks: %s\n"), "ipa-self-check, five-measures");
  return 0;
}

/* The answers of the open assessment of @framework, empty when none is
 * open. */
static GHashTable *
open_answers (HgWorkbook   *workbook,
              HgFramework  *framework,
              GError      **error)
{
  g_autoptr(HgAssessment) open = hg_assessment_get_open (workbook, hg_framework_get_id (framework),
                                                         error);

  if (open == NULL)
    return error && *error ? NULL : g_hash_table_new (g_str_hash, g_str_equal);
  return hg_assessment_get_answers (workbook, open->id, error);
}

static int
show (HgWorkbook  *workbook,
      HgFramework *framework)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = open_answers (workbook, framework, &error);
  GPtrArray *sections = hg_framework_get_sections (framework);

  if (answers == NULL)
    return hg_cli_fail (error);
  g_print ("%s (%s)\n", hg_framework_get_title (framework), hg_framework_get_publisher (framework));
  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      g_print ("\n%s\n", section->title);
      for (guint i = 0; i < section->items->len; i++)
        {
          HgFrameworkItem *item = g_ptr_array_index (section->items, i);
          HgAssessmentAnswer *answer = g_hash_table_lookup (answers, item->ref);
          gboolean met;

          g_print ("%4s  %s\n", item->ref, item->text);
          if (answer != NULL)
            g_print ("      %s: %s %s\n", _("Answer"), answer->value,
                     answer_label (framework, answer->value));
          else
            g_print ("      %s: %s\n", _("Answer"), _("(not answered)"));
          if (answer != NULL && answer->note[0] != '\0')
            g_print ("      %s: %s\n", _("Note"), answer->note);
          if (answer != NULL && answer->owner[0] != '\0')
            g_print ("      %s: %s\n", _("Owner"), answer->owner);
          if (answer != NULL && answer->due[0] != '\0')
            g_print ("      %s: %s\n", _("Due date"), answer->due);
          /* Advice is for what is not done yet. */
          met = answer != NULL && hg_framework_find_answer (framework, answer->value) != NULL
                && hg_framework_find_answer (framework, answer->value)->status == HG_ANSWER_MET;
          if (item->advice != NULL && !met)
            g_print ("      %s: %s\n", _("Advice"), item->advice);
        }
    }
  return 0;
}

static int
answer (HgWorkbook    *workbook,
        HgFramework   *framework,
        const Options *o)
{
  g_autoptr(GError) error = NULL;
  const char *value = o->positional[4];
  HgFrameworkAnswer *typed = hg_framework_parse_answer (framework, value);
  HgAssessmentAnswer a = {
    (char *) o->positional[3],
    /* A status word stands for its value; anything else goes to the core,
     * which says what the scale allows. */
    g_str_equal (value, "none") ? NULL : typed ? typed->value : (char *) value,
    (char *) o->note, (char *) o->owner, (char *) o->due,
  };

  if (!hg_assessment_answer (workbook, framework, &a, &error))
    return hg_cli_fail (error);
  if (a.value == NULL)
    g_print (_("Item %s: no answer\n"), a.ref);
  else
    g_print (_("Item %s: %s %s\n"), a.ref, a.value, answer_label (framework, a.value));
  return 0;
}

static int
rates (HgWorkbook  *workbook,
       HgFramework *framework)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = open_answers (workbook, framework, &error);
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(HgFrameworkScore) score = NULL;

  if (answers == NULL)
    return hg_cli_fail (error);
  values = hg_assessment_values (answers);
  score = hg_framework_score (framework, values);
  g_print ("%s\n", hg_framework_get_title (framework));
  {
    g_autofree char *answered = g_strdup_printf (_("%u of %u"), score->n_answered, score->n_items);

    hg_cli_print_field (_("Answered"), answered);
  }
  if (hg_framework_get_scoring (framework) == HG_SCORING_SUM)
    {
      g_autofree char *total = g_strdup_printf (_("%d of %d"), score->total, score->maximum);

      hg_cli_print_field (_("Total"), total);
      hg_cli_print_field (_("Band"), score->band ? score->band->label
                                     : _("(answer every item first)"));
    }
  if (score->n_unknown > 0)
    {
      g_autofree char *unknown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u answer; find out and answer again",
                                                               "%u answers; find out and answer again",
                                                               score->n_unknown),
                                                  score->n_unknown);

      hg_cli_print_field (_("Don’t know"), unknown);
    }
  for (guint i = 0; i < score->rates->len; i++)
    {
      HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, i);
      g_autofree char *line = g_strdup_printf (_("%.0f %% (%u of %u applicable met, %u unanswered)"),
                                               rate->rate * 100, rate->n_met, rate->n_applicable,
                                               rate->n_unanswered);
      g_autofree char *label = rate->level ? g_strdup_printf (_("Met up to %s"), rate->level)
                                           : g_strdup (_("Met"));

      if (!hg_framework_score_rate_repeats (score, i))
        hg_cli_print_field (label, line);
    }
  return 0;
}

int
hg_cli_assess (int    argc,
               char **argv)
{
  static const struct { const char *name; guint n; gboolean edits; } commands[] = {
    { "list", 2, FALSE }, { "show", 3, FALSE }, { "answer", 5, TRUE }, { "rates", 3, FALSE },
  };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  Options o = { { 0 } };
  const HgCliOption options[] = {
    { "--note", &o.note }, { "--owner", &o.owner }, { "--due", &o.due },
  };
  guint c;

  if (argc > 0 && hg_cli_assess_history_handles (argv[0]))
    return hg_cli_assess_history (argc, argv);

  /* Each its own file; suggest takes a flag, which the shared options do not. */
  if (argc > 0 && g_str_equal (argv[0], "suggest"))
    return hg_cli_assess_suggest (argc - 1, argv + 1);
  if (argc > 0 && g_str_equal (argv[0], "crosswalk"))
    return hg_cli_assess_crosswalk (argc - 1, argv + 1);

  /* Subcommands with options of their own, each in its own file. */
  if (argc > 0 && g_str_equal (argv[0], "export"))
    return hg_cli_assess_export (argc, argv);

  if (argc >= 1 && g_str_equal (argv[0], "import"))
    return hg_cli_assess_import (argc - 1, argv + 1);

  /* Its own grammar (an action after the item): hg-cli-assess-evidence.c. */
  if (argc > 0 && g_str_equal (argv[0], "evidence"))
    return hg_cli_assess_evidence (argc - 1, argv + 1);
  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), o.positional,
                             G_N_ELEMENTS (o.positional), &o.n_positional)
      || o.n_positional < 1)
    return hg_cli_usage_error (_("Use “assess list”, “assess show”, “assess answer” or "
                                 "“assess rates”"));
  for (c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (o.positional[0], commands[c].name))
      break;
  if (c == G_N_ELEMENTS (commands))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown assess command “%s”"), o.positional[0]);

      return hg_cli_usage_error (message);
    }
  if (o.n_positional != commands[c].n)
    return hg_cli_usage_error (c == 0 ? _("“assess list” takes a workbook")
                               : c == 2 ? _("“assess answer” takes a workbook, a framework, an "
                                            "item and an answer (or none)")
                               : _("Give the workbook and the framework, e.g. ipa-self-check"));
  if (c != 2 && (o.note || o.owner || o.due))
    return hg_cli_usage_error (_("--note, --owner and --due go with “assess answer”"));

  workbook = commands[c].edits ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
                               : hg_cli_open_current (o.positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  if (c > 0 && (framework = hg_framework_catalog_load (workbook, o.positional[2], NULL, &error)) == NULL)
    return hg_cli_fail (error);
  switch (c)
    {
    case 0:
      return list (workbook);
    case 1:
      return show (workbook, framework);
    case 2:
      return answer (workbook, framework, &o);
    default:
      return rates (workbook, framework);
    }
}

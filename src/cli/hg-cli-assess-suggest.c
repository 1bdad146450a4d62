/* hg-cli-assess-suggest.c: "assess suggest" — the answers the workbook
 * proposes for a framework, with their reasons, and with --accept writes
 * those of the unanswered items
 *
 * The items without a suggestion are listed too, each with why: what the
 * user still has to find out is as useful as what Hinagata knows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assess-suggest.h"
#include "hg-cli-assess-suggest.h"
#include "hg-cli-util.h"
#include "hg-framework-catalog.h"

static const char *
label_of (HgFramework *framework,
          const char  *value)
{
  HgFrameworkAnswer *answer = hg_framework_find_answer (framework, value);

  return answer ? answer->label : "";
}

static void
print_list (HgFramework *framework,
            GPtrArray   *suggestions)
{
  guint n_without = 0;

  /* Translators: a heading; %s is a framework's title */
  g_print (_("Answers the workbook suggests for “%s”:\n"), hg_framework_get_title (framework));
  for (guint i = 0; i < suggestions->len; i++)
    {
      HgSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->kind != HG_SUGGESTION_PROPOSED)
        {
          n_without++;
          continue;
        }
      g_print ("%6s  %s %s\n        %s\n", s->ref, s->value, label_of (framework, s->value),
               s->reason);
      if (hg_suggestion_differs (s))
        /* Translators: under a suggestion; the answer given and its label */
        g_print (_("        Differs from the answer given: %s %s\n"), s->current,
                 label_of (framework, s->current));
    }
  if (n_without == 0)
    return;
  g_print ("\n%s\n", _("Items without a suggestion:"));
  for (guint i = 0; i < suggestions->len; i++)
    {
      HgSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->kind != HG_SUGGESTION_PROPOSED)
        g_print ("%6s  %s\n", s->ref, s->reason);
    }
}

int
hg_cli_assess_suggest (int    argc,
                       char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  const char *positional[2] = { NULL, NULL };
  gboolean accept = FALSE;
  guint n = 0, written = 0, differing = 0;

  for (int i = 0; i < argc; i++)
    if (g_str_equal (argv[i], "--accept"))
      accept = TRUE;
    else if (argv[i][0] == '-' || n == G_N_ELEMENTS (positional))
      return hg_cli_usage_error (_("Use “assess suggest FILE FRAMEWORK [--accept]”"));
    else
      positional[n++] = argv[i];
  if (n != 2)
    return hg_cli_usage_error (_("Use “assess suggest FILE FRAMEWORK [--accept]”"));

  workbook = accept ? hg_workbook_open (positional[0], HG_WORKBOOK_OPEN_DEFAULT, &error)
                    : hg_cli_open_current (positional[0], &error);
  if (workbook == NULL
      || (framework = hg_framework_catalog_load (workbook, positional[1], NULL, &error)) == NULL
      || (suggestions = hg_suggest_list (workbook, framework, NULL, &error)) == NULL)
    return hg_cli_fail (error);
  print_list (framework, suggestions);
  if (!accept)
    return 0;

  if (!hg_suggest_accept (workbook, framework, suggestions, &written, &error))
    return hg_cli_fail (error);
  for (guint i = 0; i < suggestions->len; i++)
    differing += hg_suggestion_differs (g_ptr_array_index (suggestions, i));
  g_print ("\n");
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u suggested answer with its evidence.\n",
                        "Wrote %u suggested answers with their evidence.\n", written), written);
  if (differing > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Kept %u answer that differs from its suggestion.\n",
                          "Kept %u answers that differ from their suggestions.\n", differing),
             differing);
  return 0;
}

/* hg-cli-assess-evidence.c: "assess evidence" — what an item's answer
 * rests on: a rule by its id, an asset, a risk treatment, a training
 * session, the handbook's receipts of a version, or a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assessment-evidence.h"
#include "hg-cli-util.h"
#include "hg-framework-catalog.h"

static const char *
state_text (HgEvidenceState state)
{
  switch (state)
    {
    case HG_EVIDENCE_GONE:
      return _("  (no longer there)");
    case HG_EVIDENCE_CHANGED:
      return _("  (changed since it was linked)");
    case HG_EVIDENCE_FOUND:
    default:
      return "";
    }
}

static int
list (HgWorkbook  *workbook,
      HgFramework *framework,
      const char  *ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) evidence = hg_assessment_evidence_list (workbook, framework, ref, &error);

  if (evidence == NULL)
    return hg_cli_fail (error);
  if (hg_framework_find_item (framework, ref) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” has no item “%s”"),
                                                  hg_framework_get_title (framework), ref);

      return hg_cli_usage_error (message);
    }
  if (evidence->len == 0)
    g_print (_("Item %s has no evidence yet.\n"), ref);
  for (guint i = 0; i < evidence->len; i++)
    {
      HgAssessmentEvidence *e = g_ptr_array_index (evidence, i);

      /* kind, target (what to give "remove"), what it is now */
      g_print ("%-9s %s  %s%s\n", hg_evidence_kind_to_string (e->kind), e->target, e->title,
               state_text (e->state));
    }
  return 0;
}

/* What can be linked as @kind, target first, for "add". */
static int
choices (HgWorkbook     *workbook,
         HgEvidenceKind  kind)
{
  g_autoptr(GPtrArray) candidates = hg_assessment_evidence_candidates (workbook, kind);

  if (kind == HG_EVIDENCE_FILE)
    g_print ("%s\n", _("Give the file’s path."));
  else if (candidates->len == 0)
    g_print ("%s\n", _("The workbook has nothing of this kind yet."));
  for (guint i = 0; i < candidates->len; i++)
    {
      HgAssessmentEvidence *e = g_ptr_array_index (candidates, i);

      g_print ("%s  %s\n", e->target, e->title);
    }
  return 0;
}

/* assess evidence FILE FRAMEWORK REF add KIND TARGET | list | remove KIND TARGET
 *                                    | choices KIND */
int
hg_cli_assess_evidence (int    argc,
                        char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  HgEvidenceKind kind;
  gboolean add;

  if (argc < 4
      || !((argc == 4 && g_str_equal (argv[3], "list"))
           || (argc == 5 && g_str_equal (argv[3], "choices"))
           || (argc == 6 && (g_str_equal (argv[3], "add") || g_str_equal (argv[3], "remove")))))
    return hg_cli_usage_error (_("Use “assess evidence FILE FRAMEWORK ITEM add KIND TARGET”, "
                                 "“… list”, “… remove KIND TARGET” or “… choices KIND”"));
  add = g_str_equal (argv[3], "add");
  if (argc >= 5 && !hg_evidence_kind_from_string (argv[4], &kind))
    {
      g_autofree char *message =
        g_strdup_printf (_("Unknown kind of evidence “%s”: use rule, asset, risk, training, "
                           "receipt or file"), argv[4]);

      return hg_cli_usage_error (message);
    }
  workbook = argc == 6 ? hg_workbook_open (argv[0], HG_WORKBOOK_OPEN_DEFAULT, &error)
                       : hg_cli_open_current (argv[0], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  if ((framework = hg_framework_catalog_load (workbook, argv[1], NULL, &error)) == NULL)
    return hg_cli_fail (error);
  if (argc == 4)
    return list (workbook, framework, argv[2]);
  if (argc == 5)
    return choices (workbook, kind);
  if (add ? !hg_assessment_evidence_add (workbook, framework, argv[2], kind, argv[5], &error)
          : !hg_assessment_evidence_remove (workbook, framework, argv[2], kind, argv[5], &error))
    return hg_cli_fail (error);
  g_print (add ? _("Item %s: evidence added\n") : _("Item %s: evidence removed\n"), argv[2]);
  return 0;
}

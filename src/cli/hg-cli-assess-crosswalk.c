/* hg-cli-assess-crosswalk.c: "assess crosswalk" — 対応表, the chapters of
 * the rules with the JAMA items and METI criteria they serve, printed or
 * written through the document writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-cli-assess-crosswalk.h"
#include "hg-cli-util.h"
#include "hg-crosswalk.h"
#include "hg-doc-writer.h"

int
hg_cli_assess_crosswalk (int    argc,
                         char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  const char *positional[1] = { NULL };
  const char *format_name = NULL, *output = NULL;
  const HgCliOption options[] = { { "--format", &format_name }, { "-o", &output } };
  HgDocFormat format = HG_DOC_FORMAT_TEXT;
  guint n = 0;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), positional,
                             G_N_ELEMENTS (positional), &n)
      || n != 1 || (format_name != NULL) != (output != NULL))
    return hg_cli_usage_error (_("Use “assess crosswalk FILE [--format FORMAT -o OUT]”"));
  if (format_name != NULL && !hg_doc_format_from_name (format_name, &format))
    {
      g_autofree char *names = hg_doc_format_list_names ();
      g_autofree char *message = g_strdup_printf (_("The format must be one of: %s"), names);

      return hg_cli_usage_error (message);
    }
  if ((workbook = hg_cli_open_current (positional[0], &error)) == NULL
      || (doc = hg_crosswalk_doc (workbook, &error)) == NULL)
    return hg_cli_fail (error);
  if (output == NULL)
    {
      g_autofree char *text = hg_doc_to_text (doc);

      g_print ("%s", text);
      return 0;
    }
  if (!hg_doc_write (doc, format, output, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), output);
  return 0;
}

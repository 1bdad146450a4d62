/* hg-cli-assess-export.c: "assess export" — an assessment written back into
 * the customer's own check sheet, or as a report or CSV
 *
 *   hinagata-cli assess export FILE FRAMEWORK --format FORMAT -o OUT
 *                [--into ORIGINAL.xlsx]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assessment-export.h"
#include "hg-cli-assess-export.h"
#include "hg-cli-util.h"
#include "hg-framework-catalog.h"

int
hg_cli_assess_export (int    argc,
                      char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *formats = hg_assessment_export_format_list ();
  const char *positional[3] = { NULL };
  const char *format_name = NULL, *output = NULL, *into = NULL;
  const HgCliOption options[] = {
    { "--format", &format_name }, { "-o", &output }, { "--output", &output }, { "--into", &into },
  };
  HgAssessmentExportFormat format;
  guint n = 0;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), positional,
                             G_N_ELEMENTS (positional), &n)
      || n != 3 || format_name == NULL || output == NULL)
    {
      /* Translators: %s lists the formats, "xlsx|csv|pdf|…" */
      g_autofree char *message = g_strdup_printf (_("Use “assess export FILE FRAMEWORK --format "
                                                    "%s -o OUT [--into ORIGINAL.xlsx]”"),
                                                  formats);

      return hg_cli_usage_error (message);
    }
  if (!hg_assessment_export_format_from_name (format_name, &format))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown format “%s”: use one of %s"),
                                                  format_name, formats);

      return hg_cli_usage_error (message);
    }
  if (format == HG_ASSESSMENT_EXPORT_XLSX && into == NULL)
    return hg_cli_usage_error (_("--format xlsx writes the answers back into the check sheet "
                                 "they came from: give it with --into ORIGINAL.xlsx"));
  if (format != HG_ASSESSMENT_EXPORT_XLSX && into != NULL)
    return hg_cli_usage_error (_("--into goes with --format xlsx"));

  workbook = hg_cli_open_current (positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  framework = hg_framework_catalog_load (workbook, positional[2], NULL, &error);
  if (framework == NULL)
    return hg_cli_fail (error);
  if (!hg_assessment_export (workbook, framework, format, output, into, NULL, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), output);
  return 0;
}

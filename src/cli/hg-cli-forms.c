/* hg-cli-forms.c: forms render — the numbered forms the rules cite (様式集)
 *
 * Written like "policy render" (same writers, same refusal to replace a
 * file the export did not create), with --form N for one form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-cli-util.h"
#include "hg-doc-writer.h"
#include "hg-forms.h"
#include "hg-policy.h"
#include "hg-session.h"

static int
usage (void)
{
  return hg_cli_usage_error (_("Use “forms render FILE --format pdf|docx|odt|html -o OUT "
                               "[--form N]”"));
}

/* argv[0] is the subcommand. */
int
hg_cli_forms (int    argc,
              char **argv)
{
  const char *format_name = NULL, *output = NULL, *form = NULL;
  const HgCliOption named[] = {
    { "--format", &format_name }, { "-o", &output }, { "--output", &output }, { "--form", &form },
  };
  const char *positional[1] = { NULL };
  guint n_positional = 0;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  HgDocFormat format;
  HgPack *pack;
  guint64 number = 0;

  if (argc < 1 || !g_str_equal (argv[0], "render")
      || !hg_cli_parse_options (argc - 1, argv + 1, named, G_N_ELEMENTS (named), positional,
                                G_N_ELEMENTS (positional), &n_positional)
      || n_positional != 1 || format_name == NULL || output == NULL)
    return usage ();
  /* The text format is for reading the rules in a terminal; a form is
   * for paper or a word processor. */
  if (!hg_doc_format_from_name (format_name, &format)
      || (format != HG_DOC_FORMAT_PDF && format != HG_DOC_FORMAT_DOCX
          && format != HG_DOC_FORMAT_ODT && format != HG_DOC_FORMAT_HTML))
    return hg_cli_usage_error (_("The format must be one of: pdf, docx, odt, html"));
  if (form != NULL && (!g_ascii_string_to_unsigned (form, 10, 1, G_MAXUINT, &number, NULL)))
    return hg_cli_usage_error (_("--form takes the number of a form, such as 3 for 様式3"));

  workbook = hg_cli_open_current (positional[0], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  session = hg_session_new (workbook);
  pack = hg_session_get_pack (session, &error);
  if (pack == NULL)
    return hg_cli_fail (error);
  doc = hg_policy_build_document (workbook, pack, HG_FORMS_DOCUMENT_ID, &error);
  if (doc != NULL && number > 0)
    {
      HgDoc *one = hg_forms_pick (doc, (guint) number, &error);

      g_clear_pointer (&doc, hg_doc_free);
      doc = one;
    }
  if (doc == NULL || !hg_doc_write (doc, format, output, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), output);
  return 0;
}

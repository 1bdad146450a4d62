/* hg-cli-security-action.c: security-action show and declare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-cli-util.h"
#include "hg-security-action.h"

/* The card's state, as the 自己評価 page shows it: the headline, then a
 * line a step with its star and what stands. */
static int
show (HgSession *session)
{
  g_autoptr(HgSecurityAction) action = hg_security_action_compute (session);

  g_print ("%s\n", action->headline);
  for (guint i = 0; i < action->steps->len; i++)
    {
      const HgSecurityActionStep *step = g_ptr_array_index (action->steps, i);

      g_print ("  [%s] %s %s: %s\n", step->done ? "x" : " ", step->star == 1 ? "★" : "★★",
               step->title, step->detail);
    }
  return 0;
}

/* argv[0] is the subcommand: "show FILE" or "declare FILE STAR [--date D]". */
int
hg_cli_security_action (int    argc,
                        char **argv)
{
  const char *date = NULL;
  const HgCliOption options[] = { { "--date", &date } };
  const char *positional[3] = { NULL };
  guint n = 0;
  gboolean declare;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgSession) session = NULL;
  g_autoptr(GError) error = NULL;
  guint64 star = 0;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), positional,
                             G_N_ELEMENTS (positional), &n)
      || n < 2 || !(g_str_equal (positional[0], "show") || g_str_equal (positional[0], "declare")))
    return hg_cli_usage_error (_("Use “security-action show FILE” or “security-action declare "
                                 "FILE 1|2 [--date DATE]”"));
  declare = g_str_equal (positional[0], "declare");
  if (declare && (n != 3 || !g_ascii_string_to_unsigned (positional[2], 10, 1, 2, &star, NULL)))
    return hg_cli_usage_error (_("“security-action declare” takes a workbook and 1 (★) or 2 (★★)"));
  if ((!declare && (n != 2 || date != NULL)))
    return hg_cli_usage_error (_("“security-action show” takes a workbook"));

  workbook = declare ? hg_workbook_open (positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
                     : hg_cli_open_current (positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  session = hg_session_new (workbook);
  if (declare && !hg_security_action_declare (session, (guint) star, date, &error))
    {
      g_printerr ("hinagata-cli: %s\n", error->message);
      return 1;
    }
  return show (session);
}

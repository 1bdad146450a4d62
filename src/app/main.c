/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hg-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(HgApplication) app = NULL;
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  /* HINAGATA_LOCALEDIR lets the uninstalled build (meson devenv) and the
   * tests find the freshly built translations. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = hg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

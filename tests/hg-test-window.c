/* hg-test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-test-window.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hg-assess-page.h"
#include "hg-framework.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"

static HgApplication *app;

/* The language comes from the environment: meson runs every widget test
 * program once in English and once in Japanese. Private XDG directories
 * keep the recent-files list and settings of the person running the tests
 * out of reach. */
void
hg_test_window_init (int    *argc,
                     char ***argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);
  hg_test_private_user_dirs ();
  gtk_init ();
  adw_init ();

  app = hg_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  hg_test_serve_notifications (G_APPLICATION (app));
}

int
hg_test_window_run (void)
{
  int ret = g_test_run ();

  g_clear_object (&app);
  return ret;
}

HgApplication *
hg_test_window_app (void)
{
  return app;
}

void
hg_test_window_open (HgTestWindow *f)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);

  f->window = hg_window_new (GTK_APPLICATION (app));
  g_assert_true (hg_window_open_file (f->window, file));
  gtk_window_present (GTK_WINDOW (f->window));
  hg_test_spin (100);
}

void
hg_test_window_close (HgTestWindow *f)
{
  gtk_window_close (GTK_WINDOW (f->window));
  hg_test_spin (50);
  f->window = NULL;
}

void
hg_test_window_setup (HgTestWindow  *f,
                      gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "window.hinagata", NULL);
  workbook = hg_workbook_create (f->path, "株式会社ウィンドウ", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);
  hg_test_window_open (f);
}

void
hg_test_window_teardown (HgTestWindow  *f,
                         gconstpointer  data)
{
  if (f->window != NULL)
    hg_test_window_close (f);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

GtkWidget *
hg_test_window_show_assess (HgTestWindow *f,
                            const char   *framework_id)
{
  const char * const *ids = hg_framework_builtin_ids ();
  GtkWidget *page, *drop;
  guint index = G_MAXUINT;

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], framework_id))
      index = i;
  g_assert_cmpuint (index, !=, G_MAXUINT);

  hg_window_show_page (f->window, "assess");
  hg_test_spin (50);
  page = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSESS_PAGE, NULL);
  g_assert_nonnull (page);
  drop = hg_test_find_widget (page, GTK_TYPE_DROP_DOWN, "framework-drop");
  g_assert_nonnull (drop);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), index);
  hg_test_spin (50);
  return page;
}

/* test-ui-read-only.c: a workbook on read-only media, in the window
 *
 * The window opens it read-only instead of refusing it, shows a bar that
 * says so and why, and its edits are disabled. Read-only media is stood in
 * for by the core's test hook (HINAGATA_TEST_READ_ONLY_DIR), because CI runs
 * as root, which writes through any permission bits.
 *
 * Needs a display (Xvfb in CI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-test-ui.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "hg-application.h"
#include "hg-assess-item-dialog.h"
#include "hg-assess-item-row.h"
#include "hg-company-page.h"
#include "hg-test-util.h"
#include "hg-window.h"

static HgApplication *app;

typedef struct
{
  char     *dir;
  char     *path;
  HgWindow *window;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "shared.hinagata", NULL);
  workbook = hg_workbook_create (f->path, "株式会社共有", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    {
      gtk_window_close (GTK_WINDOW (f->window));
      hg_test_spin (50);
    }
  g_unsetenv ("HINAGATA_TEST_READ_ONLY_DIR");
  g_chmod (f->dir, 0700);
  g_chmod (f->path, 0600);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
open_window (Fixture *f)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);

  f->window = hg_window_new (GTK_APPLICATION (app));
  g_assert_true (hg_window_open_file (f->window, file));
  gtk_window_present (GTK_WINDOW (f->window));
  hg_test_spin (100);
}

/* The first button under @root that activates @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static GtkInfoBar *
read_only_bar (Fixture *f)
{
  return GTK_INFO_BAR (hg_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_INFO_BAR, NULL));
}

static void
assert_editable (Fixture  *f,
                 gboolean  editable)
{
  HgCompanyPage *company = HG_COMPANY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window),
                                                                 HG_TYPE_COMPANY_PAGE, NULL));
  GtkWidget *add_asset, *answer;

  hg_window_show_page (f->window, "assets");
  hg_test_spin (100);
  add_asset = find_action_button (GTK_WIDGET (f->window), "assets.add");
  g_assert_nonnull (add_asset);
  g_assert_cmpint (gtk_widget_is_sensitive (add_asset), ==, editable);

  g_assert_cmpint (gtk_widget_is_sensitive (GTK_WIDGET (hg_company_page_get_field_row (
                     company, HG_COMPANY_FIELD_NAME))), ==, editable);

  /* The self-assessment's answers, though the framework can still be chosen. */
  hg_window_show_page (f->window, "assess");
  hg_test_spin (100);
  answer = hg_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_DROP_DOWN, "answer-1");
  g_assert_nonnull (answer);
  g_assert_cmpint (gtk_widget_is_sensitive (answer), ==, editable);
  g_assert_true (gtk_widget_is_sensitive (hg_test_find_widget (GTK_WIDGET (f->window),
                                                                GTK_TYPE_DROP_DOWN,
                                                                "framework-drop")));
  /* Keys answer only what can be changed. */
  g_assert_true (gtk_widget_activate_action (gtk_widget_get_ancestor (answer, HG_TYPE_ASSESS_ITEM_ROW),
                                             "row.answer", "s", "met"));
  hg_test_spin (50);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (answer)), ==, editable ? 1 : 0);
  /* The item's details show, and change only what can be. */
  {
    GtkWidget *dialog;

    g_signal_emit_by_name (hg_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_BUTTON,
                                                "details-1"), "clicked");
    hg_test_spin (100);
    dialog = hg_test_find_toplevel (HG_TYPE_ASSESS_ITEM_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpint (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"),
                     ==, editable);
    g_assert_cmpint (gtk_widget_is_sensitive (hg_test_find_widget (dialog, GTK_TYPE_BUTTON,
                                                                   "add-evidence")), ==, editable);
    gtk_window_destroy (GTK_WINDOW (dialog));
    hg_test_spin (50);
  }
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = hg_test_file_hash (f->path);
  g_autofree char *after = NULL;
  GtkInfoBar *bar;
  GtkWidget *label;
  g_autofree char *expected = NULL;

  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_setenv ("HINAGATA_TEST_READ_ONLY_DIR", f->dir, TRUE);

  open_window (f);
  g_assert_true (hg_workbook_is_read_only (hg_window_get_workbook (f->window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "shared.hinagata");

  bar = read_only_bar (f);
  g_assert_nonnull (bar);
  g_assert_true (gtk_info_bar_get_revealed (bar));
  label = hg_test_find_widget (GTK_WIDGET (bar), GTK_TYPE_LABEL, NULL);
  expected = g_strdup_printf (_("This workbook is open for reading only. %s To make changes, "
                                "save a copy somewhere you can write to and open that."),
                              _("Its folder is read-only."));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);

  assert_editable (f, FALSE);

  after = hg_test_file_hash (f->path);
  g_assert_cmpstr (before, ==, after);
}

/* The same workbook where it can be written: no bar, edits enabled. */
static void
test_writable_folder (Fixture       *f,
                      gconstpointer  data)
{
  open_window (f);
  g_assert_false (hg_workbook_is_read_only (hg_window_get_workbook (f->window)));
  g_assert_false (gtk_info_bar_get_revealed (read_only_bar (f)));
  assert_editable (f, TRUE);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");
  int ret;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  hg_test_private_user_dirs ();
  gtk_init ();
  adw_init ();

  app = hg_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  hg_test_serve_notifications (G_APPLICATION (app));

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/window-read-only/read-only-folder", test_read_only_folder);
  ADD ("/window-read-only/writable-folder", test_writable_folder);
#undef ADD

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}

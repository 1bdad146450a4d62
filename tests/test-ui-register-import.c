/* test-ui-register-import.c: the 運用 page's Import menu and the register
 * import dialog, driven as a user would
 *
 * Issue 17, "imports all-or-nothing with the usual preview": the file is
 * read in a thread, then the preview lists the rows and each problem by
 * line and column, with Import off while any problem is left; a good file
 * imports as one step, the tab lists it, and Undo takes it all back;
 * Cancel while reading closes the dialog and writes nothing; the page's
 * menu asks for a file and opens the dialog on it.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-carryout.h"
#include "hg-register-import-dialog.h"
#include "hg-service.h"
#include "hg-services-view.h"
#include "hg-task-row.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static char *
write_file (HgTestWindow *f,
            const char   *name,
            const char   *text)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Opens the dialog on @path and waits until the thread has read it. */
static HgRegisterImportDialog *
open_dialog (HgTestWindow *f,
             const char   *register_id,
             const char   *path)
{
  GtkWidget *dialog = hg_register_import_dialog_open (GTK_WIDGET (f->window),
                                                      hg_window_get_session (f->window),
                                                      register_id, path);

  for (guint i = 0; i < 200 && g_str_equal (hg_register_import_dialog_get_state (
                                              HG_REGISTER_IMPORT_DIALOG (dialog)), "reading");
       i++)
    hg_test_spin (20);
  return HG_REGISTER_IMPORT_DIALOG (dialog);
}

static guint
n_carryouts (HgWorkbook *workbook)
{
  g_autoptr(GPtrArray) list = hg_carryout_list (workbook, NULL);

  return list != NULL ? list->len : G_MAXUINT;
}

/* A carry-out log with one wrong row: both rows previewed, the problem
 * named by line and column, Import off, nothing written. */
static void
test_problems (HgTestWindow  *f,
               gconstpointer  data)
{
  g_autofree char *path = write_file (f, "持出し簿.csv",
                                      "持出し品,区分,持出し者,承認者,持出し日時,返却予定\n"
                                      "営業用ノートPC,機器,山田,佐藤,2026-12-01 09:00,"
                                      "2026-12-01 18:00\n"
                                      "USBメモリ,媒体,田中,佐藤,2026-12-02 10:00,あした\n");
  HgRegisterImportDialog *dialog = open_dialog (f, "carryout", path);
  GtkWidget *rows, *problems, *problem, *button;

  g_assert_cmpstr (hg_register_import_dialog_get_state (dialog), ==, "preview");
  rows = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "rows");
  g_assert_cmpuint (hg_test_count_widgets (rows, ADW_TYPE_ACTION_ROW), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_widget_get_first_child (rows))), ==, "営業用ノートPC");
  problems = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "problems");
  g_assert_true (gtk_widget_get_visible (problems));
  g_assert_cmpuint (hg_test_count_widgets (problems, ADW_TYPE_ACTION_ROW), ==, 1);
  problem = gtk_widget_get_first_child (problems);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (problem)), ==,
                   _("Write a date and time such as 2026-12-28 09:00"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (problem)), "3"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (problem)), "返却予定"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (problem)), "あした"));
  button = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "import");
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_false (hg_register_import_dialog_apply (dialog));
  g_assert_cmpuint (n_carryouts (hg_window_get_workbook (f->window)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The same carry-out log again with one new row: the preview marks the
 * two rows already in the register, says they are skipped, and Import
 * adds only the new one; the file once more has nothing left to import
 * and Import stays off. */
static void
test_already_registered (HgTestWindow  *f,
                         gconstpointer  data)
{
  static const char two[] =
    "持出し品,区分,持出し者,承認者,持出し日時,返却予定\n"
    "営業用ノートPC,機器,山田,佐藤,2026-12-01 09:00,2026-12-01 18:00\n"
    "USBメモリ,媒体,田中,佐藤,2026-12-02 10:00,2026-12-02 18:00\n";
  g_autofree char *first = write_file (f, "first.csv", two);
  g_autofree char *again_text = g_strconcat (two, "書類,紙,山田,佐藤,2026-12-03 09:00,"
                                             "2026-12-03 18:00\n", NULL);
  g_autofree char *again = write_file (f, "again.csv", again_text);
  g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u row already in the register is skipped.",
                                              "%u rows already in the register are skipped.",
                                              2), 2);
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgRegisterImportDialog *dialog = open_dialog (f, "carryout", first);
  GtkWidget *summary, *rows, *row;

  g_assert_true (hg_register_import_dialog_apply (dialog));
  g_assert_cmpuint (n_carryouts (workbook), ==, 2);

  dialog = open_dialog (f, "carryout", again);
  g_assert_cmpstr (hg_register_import_dialog_get_state (dialog), ==, "preview");
  summary = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "summary");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (summary)), skipped));
  rows = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "rows");
  row = gtk_widget_get_first_child (rows);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            _("already in the register")));
  g_assert_true (gtk_widget_has_css_class (row, "dim-label"));
  row = gtk_widget_get_last_child (rows);
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                         _("already in the register")));
  g_assert_false (gtk_widget_has_css_class (row, "dim-label"));
  g_assert_true (gtk_widget_get_sensitive (hg_test_find_widget (GTK_WIDGET (dialog),
                                                                GTK_TYPE_BUTTON, "import")));
  g_assert_true (hg_register_import_dialog_apply (dialog));
  g_assert_cmpuint (n_carryouts (workbook), ==, 3);

  dialog = open_dialog (f, "carryout", again);
  g_assert_false (gtk_widget_get_sensitive (hg_test_find_widget (GTK_WIDGET (dialog),
                                                                 GTK_TYPE_BUTTON, "import")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (hg_test_find_widget (
                              GTK_WIDGET (dialog), GTK_TYPE_LABEL, "summary"))), "3"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_carryouts (workbook), ==, 3);
}

/* A file that is no register says why, and Import stays off. */
static void
test_not_a_register (HgTestWindow  *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_file (f, "memo.csv", "a,b\n1,2\n");
  HgRegisterImportDialog *dialog = open_dialog (f, "contacts", path);
  GtkWidget *page = hg_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, NULL);

  g_assert_cmpstr (hg_register_import_dialog_get_state (dialog), ==, "failed");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)),
                            "memo.csv"));
  g_assert_false (gtk_widget_get_sensitive (hg_test_find_widget (GTK_WIDGET (dialog),
                                                                 GTK_TYPE_BUTTON, "import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A good services list from the page's menu: imported as one step, the
 * services tab lists both, and Undo takes both back. */
static void
test_import_undo (HgTestWindow  *f,
                  gconstpointer  data)
{
  g_autofree char *path = write_file (f, "services.csv",
                                      "サービス名,種別,利用部門,承認者,承認日,次回見直し\n"
                                      "クラウド会計,クラウド,経理部,鈴木,2026-04-01,2027-03-31\n"
                                      "システム保守,委託,総務部,鈴木,2026-04-01,2027-03-31\n");
  HgRegisterImportDialog *dialog;
  GtkWidget *view, *list, *menu_button;
  GMenuModel *menu;

  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  menu_button = hg_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_MENU_BUTTON,
                                     "practice-import");
  g_assert_nonnull (menu_button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_cmpint (g_menu_model_get_n_items (g_menu_model_get_item_link (menu, 0,
                                                                         G_MENU_LINK_SECTION)),
                   ==, 3);
  view = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_SERVICES_VIEW, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           view, ADW_TYPE_VIEW_STACK)), "services");
  hg_test_spin (50);

  dialog = open_dialog (f, "services", path);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_get_sensitive (hg_test_find_widget (GTK_WIDGET (dialog),
                                                                GTK_TYPE_BUTTON, "import")));
  g_assert_true (hg_register_import_dialog_apply (dialog));
  hg_test_spin (50);
  g_assert_null (dialog);

  list = hg_test_find_widget (view, GTK_TYPE_LIST_BOX, "service-list");
  g_assert_cmpuint (hg_test_count_widgets (list, ADW_TYPE_ACTION_ROW), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  list = hg_test_find_widget (view, GTK_TYPE_LIST_BOX, "service-list");
  g_assert_cmpuint (list != NULL && gtk_widget_get_visible (list)
                    ? hg_test_count_widgets (list, ADW_TYPE_ACTION_ROW) : 0, ==, 0);
}

/* The page's menu asks for a file, then opens the dialog on it. */
static void
test_menu (HgTestWindow  *f,
           gconstpointer  data)
{
  g_autofree char *path = write_file (f, "連絡先.csv", "組織名,電話\nA社,03-1234-5678\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *page, *dialog;
  GObject *chooser;

  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  page = gtk_widget_get_ancestor (hg_test_find_widget (GTK_WIDGET (f->window),
                                                       GTK_TYPE_MENU_BUTTON, "practice-import"),
                                  HG_TYPE_PAGE);
  g_assert_true (gtk_widget_activate_action (page, "practice.import", "s", "contacts"));
  hg_test_spin (50);
  chooser = g_object_get_data (G_OBJECT (page), "hg-register-import-chooser");
  g_assert_true (GTK_IS_FILE_CHOOSER_NATIVE (chooser));
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
  g_assert_no_error (error);
  /* The chooser selects the file once it has read its folder. */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (chosen != NULL)
        break;
      hg_test_spin (20);
    }
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  g_assert_null (g_object_get_data (G_OBJECT (page), "hg-register-import-chooser"));
  dialog = hg_test_find_toplevel (HG_TYPE_REGISTER_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  for (guint i = 0; i < 200 && g_str_equal (hg_register_import_dialog_get_state (
                                              HG_REGISTER_IMPORT_DIALOG (dialog)), "reading");
       i++)
    hg_test_spin (20);
  g_assert_cmpstr (hg_register_import_dialog_get_state (HG_REGISTER_IMPORT_DIALOG (dialog)), ==,
                   "preview");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Cancel while the file is read: the dialog goes, nothing is written. */
static void
test_cancel (HgTestWindow  *f,
             gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("持出し品,区分,持出し者,承認者,持出し日時,返却予定\n");
  g_autofree char *path = NULL;
  GtkWidget *dialog, *row, *button;

  for (guint i = 0; i < 90000; i++)
    g_string_append (text, "ノートPC,機器,山田,佐藤,2026-12-01 09:00,2026-12-01 18:00\n");
  path = write_file (f, "large.csv", text->str);
  dialog = hg_register_import_dialog_new (hg_window_get_session (f->window), "carryout", path);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (hg_register_import_dialog_get_state (HG_REGISTER_IMPORT_DIALOG (dialog)), ==,
                   "reading");
  row = hg_test_find_widget (dialog, HG_TYPE_TASK_ROW, NULL);
  g_assert_nonnull (row);
  button = hg_test_find_widget (row, GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  for (guint i = 0; i < 250 && dialog != NULL; i++)
    hg_test_spin (20);
  g_assert_null (dialog);
  g_assert_cmpuint (n_carryouts (hg_window_get_workbook (f->window)), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  /* Before GLib reads the local zone: the office's zone, not the
   * machine's. */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/register-import/problems", test_problems);
  hg_test_window_add ("/window/register-import/not-a-register", test_not_a_register);
  hg_test_window_add ("/window/register-import/import-undo", test_import_undo);
  hg_test_window_add ("/window/register-import/cancel", test_cancel);
  hg_test_window_add ("/window/register-import/menu", test_menu);
  hg_test_window_add ("/window/register-import/already-registered", test_already_registered);
  return hg_test_window_run ();
}

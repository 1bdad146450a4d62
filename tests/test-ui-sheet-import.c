/* test-ui-sheet-import.c: a customer's check sheet imported from the
 * 自己評価 page, driven as a user would
 *
 * Issue 16, item 3: the page's button; the file read in a thread; the
 * dialog's preview, column roles and summary; a missing column marked with
 * the dialog left open (the mapping step), the user's pick then imported;
 * problems by row keeping the dialog open; a second import asking before it
 * replaces; one undo step. Needs a display; run in English and Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hg-assess-page.h"
#include "hg-framework-catalog.h"
#include "hg-sheet-import-dialog.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-xlsx.h"

static GtkWidget *
assess_page (HgTestWindow *f)
{
  GtkWidget *page;

  hg_window_show_page (f->window, "assess");
  hg_test_spin (50);
  page = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSESS_PAGE, NULL);
  g_assert_nonnull (page);
  return page;
}

/* Reads @path as the page's button does after the file chooser. */
static HgSheetImportDialog *
read_sheet (HgTestWindow *f,
            const char   *path)
{
  GtkWidget *dialog = NULL;

  hg_sheet_import_dialog_read (assess_page (f), hg_window_get_workbook (f->window), path);
  for (guint i = 0; i < 500 && dialog == NULL; i++)
    {
      hg_test_spin (20);
      dialog = hg_test_find_toplevel (HG_TYPE_SHEET_IMPORT_DIALOG);
    }
  g_assert_nonnull (dialog);
  return HG_SHEET_IMPORT_DIALOG (dialog);
}

static AdwComboRow *
role_row (HgSheetImportDialog *dialog,
          const char          *role)
{
  g_autofree char *name = g_strdup_printf ("role-%s", role);
  GtkWidget *row = hg_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, name);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if ((GTK_IS_LABEL (c) && g_str_equal (gtk_label_get_text (GTK_LABEL (c)), text))
        || has_label (c, text))
      return TRUE;
  return FALSE;
}

static gboolean
framework_stored (HgTestWindow *f,
                  const char   *id)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = hg_framework_catalog_ids (hg_window_get_workbook (f->window), &error);

  g_assert_no_error (error);
  return g_strv_contains ((const char * const *) ids, id);
}

static void
test_jama (HgTestWindow  *f,
           gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "check-sheet-jama-style.xlsx", NULL);
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  GtkWidget *button, *summary, *grid;
  HgSheetImportDialog *dialog;
  GtkWidget *alert;

  button = hg_test_find_widget (assess_page (f), GTK_TYPE_BUTTON, "import-sheet-button");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==,
                   _("Import the Customer’s Check Sheet…"));

  dialog = read_sheet (f, path);
  /* The roles found: A No., E 要求事項, H 回答 (choice 0 is "Not used"). */
  g_assert_cmpuint (adw_combo_row_get_selected (role_row (dialog, "ref")), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (role_row (dialog, "text")), ==, 5);
  g_assert_cmpuint (adw_combo_row_get_selected (role_row (dialog, "answer")), ==, 8);
  g_assert_cmpuint (adw_combo_row_get_selected (role_row (dialog, "category2")), ==, 4);
  grid = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_GRID, "preview-grid");
  /* The header and the first rows, the hidden column left out. */
  g_assert_true (has_label (grid, "要求事項"));
  g_assert_true (has_label (grid, "Lv1"));
  g_assert_false (has_label (grid, "社内用"));
  summary = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "summary-label");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (summary)), "jama-check-sheet"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (summary)), "L1: 16"));
  g_assert_false (framework_stored (f, "jama-check-sheet"));

  g_assert_true (hg_sheet_import_dialog_apply (dialog));
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_SHEET_IMPORT_DIALOG));
  g_assert_true (framework_stored (f, "jama-check-sheet"));
  g_assert_cmpstr (hg_workbook_get_undo_label (workbook), ==, _("Import Check Sheet"));

  /* Again: the dialog asks before it replaces. */
  dialog = read_sheet (f, path);
  g_assert_false (hg_sheet_import_dialog_apply (dialog));
  hg_test_spin (50);
  alert = hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (alert);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (alert), "replace");
  /* The dialog goes once the alert has closed. */
  for (guint i = 0; i < 100 && hg_test_find_toplevel (HG_TYPE_SHEET_IMPORT_DIALOG) != NULL; i++)
    hg_test_spin (20);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_SHEET_IMPORT_DIALOG));

  /* One undo takes the replacement back, one more the first import. */
  g_assert_true (hg_workbook_undo (workbook, NULL));
  g_assert_true (framework_stored (f, "jama-check-sheet"));
  g_assert_true (hg_workbook_undo (workbook, NULL));
  g_assert_false (framework_stored (f, "jama-check-sheet"));
}

static char *
own_sheet (HgTestWindow       *f,
           const char * const **rows)
{
  const HgXlsxColumn columns[] = { { "項目ID" }, { "確認内容" }, { "チェック" } };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, "own.xlsx", NULL);

  g_assert_true (hg_xlsx_write_file (path, "点検表", columns, 3, table, &error));
  return path;
}

static void
test_mapping_step (HgTestWindow  *f,
                   gconstpointer  data)
{
  const char * const row1[] = { "A-1", "鍵の管理者を決めている", "○", NULL };
  const char * const row2[] = { "A-2", "入退室を記録している", "", NULL };
  const char * const *rows[] = { row1, row2, NULL };
  g_autofree char *path = own_sheet (f, rows);
  HgSheetImportDialog *dialog = read_sheet (f, path);
  GtkWidget *mapping = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "mapping-label");
  GListModel *choices;
  GtkWidget *spin;

  /* Nothing in the headers says which column is which: the mapping step
   * names the headers looked for, and marks the needed roles. */
  g_assert_true (gtk_widget_get_visible (mapping));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (mapping)), "No., 番号, 項番"));
  g_assert_false (hg_sheet_import_dialog_apply (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (role_row (dialog, "answer")), "error"));
  g_assert_nonnull (hg_test_find_toplevel (HG_TYPE_SHEET_IMPORT_DIALOG));

  adw_combo_row_set_selected (role_row (dialog, "ref"), 1);
  adw_combo_row_set_selected (role_row (dialog, "text"), 2);
  g_assert_false (hg_sheet_import_dialog_apply (dialog));
  /* The header row moved: the choices show that row's texts; moved back. */
  spin = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, "header-spin");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 2);
  choices = adw_combo_row_get_model (role_row (dialog, "ref"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), ==, "A  A-1");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 1);
  choices = adw_combo_row_get_model (role_row (dialog, "ref"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), ==, "A  項目ID");
  /* What the user picked stays. */
  g_assert_cmpuint (adw_combo_row_get_selected (role_row (dialog, "ref")), ==, 1);
  adw_combo_row_set_selected (role_row (dialog, "answer"), 3);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (role_row (dialog, "answer")), "error"));
  g_assert_false (gtk_widget_get_visible (mapping));
  g_assert_true (hg_sheet_import_dialog_apply (dialog));
  hg_test_spin (50);
  g_assert_true (framework_stored (f, "jama-check-sheet"));
}

static void
test_problems (HgTestWindow  *f,
               gconstpointer  data)
{
  const char * const row1[] = { "A-1", "鍵の管理者を決めている", "○", NULL };
  const char * const row2[] = { "A-1", "入退室を記録している", "", NULL };
  const char * const row3[] = { "A-3", "", "×", NULL };
  const char * const *rows[] = { row1, row2, row3, NULL };
  g_autofree char *path = own_sheet (f, rows);
  HgSheetImportDialog *dialog = read_sheet (f, path);
  GtkWidget *box;
  guint n = 0;

  adw_combo_row_set_selected (role_row (dialog, "ref"), 1);
  adw_combo_row_set_selected (role_row (dialog, "text"), 2);
  adw_combo_row_set_selected (role_row (dialog, "answer"), 3);
  g_assert_false (hg_sheet_import_dialog_apply (dialog));
  g_assert_nonnull (hg_test_find_toplevel (HG_TYPE_SHEET_IMPORT_DIALOG));
  box = hg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BOX, "problems-box");
  g_assert_true (gtk_widget_is_visible (box));
  for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (c));

      g_assert_nonnull (strstr (text, "own.xlsx"));
      g_assert_nonnull (strstr (text, "点検表"));
      n++;
    }
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (framework_stored (f, "jama-check-sheet"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A workbook opened read-only takes no import: the button is off. */
static void
test_read_only (HgTestWindow  *f,
                gconstpointer  data)
{
  GtkWidget *button;

  button = hg_test_find_widget (assess_page (f), GTK_TYPE_BUTTON, "import-sheet-button");
  g_assert_true (gtk_widget_is_sensitive (button));
  hg_test_window_close (f);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_setenv ("HINAGATA_TEST_READ_ONLY_DIR", f->dir, TRUE);
  hg_test_window_open (f);
  g_assert_true (hg_workbook_is_read_only (hg_window_get_workbook (f->window)));
  button = hg_test_find_widget (assess_page (f), GTK_TYPE_BUTTON, "import-sheet-button");
  hg_test_spin (50);
  g_assert_false (gtk_widget_is_sensitive (button));
  hg_test_window_close (f);
  g_unsetenv ("HINAGATA_TEST_READ_ONLY_DIR");
  g_chmod (f->dir, 0700);
  g_chmod (f->path, 0600);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/sheet-import/jama", test_jama);
  hg_test_window_add ("/window/sheet-import/mapping-step", test_mapping_step);
  hg_test_window_add ("/window/sheet-import/problems", test_problems);
  hg_test_window_add ("/window/sheet-import/read-only", test_read_only);
  return hg_test_window_run ();
}

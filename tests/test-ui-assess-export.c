/* test-ui-assess-export.c: the 自己評価 page's Export menu
 *
 * Issue 16, item 6: a report from the page's framework, written in a
 * task's thread; the answers of an imported check sheet written back into
 * a copy of it; a sheet changed since the import refused in a dialog.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "hg-assess-export-button.h"
#include "hg-assess-page.h"
#include "hg-assessment.h"
#include "hg-db.h"
#include "hg-framework-catalog.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-xlsx.h"

#define ID "jama-standin"
#define SHEET "チェックシート"

/* Waits for the task's thread to write @path: at most 30 s. */
static void
wait_for_file (const char *path)
{
  for (guint i = 0; i < 600 && !g_file_test (path, G_FILE_TEST_IS_REGULAR); i++)
    hg_test_spin (50);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  hg_test_spin (100);
}

static HgAssessExportButton *
page_button (HgTestWindow *f)
{
  GtkWidget *page, *button;

  hg_window_show_page (f->window, "assess");
  hg_test_spin (50);
  page = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSESS_PAGE, NULL);
  g_assert_nonnull (page);
  button = hg_test_find_widget (page, HG_TYPE_ASSESS_EXPORT_BUTTON, NULL);
  g_assert_nonnull (button);
  g_assert_nonnull (hg_test_find_widget (button, GTK_TYPE_MENU_BUTTON, "assess-export-button"));
  return HG_ASSESS_EXPORT_BUTTON (button);
}

/* The page's framework, a built-in one: a report, no write-back. */
static void
test_report (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgAssessExportButton *button = page_button (f);
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  HgAssessmentAnswer a = { "1", "4", NULL, NULL, NULL };
  gsize length = 0;
  g_autofree char *contents = NULL;

  framework = hg_framework_catalog_load (workbook, "ipa-self-check", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hg_assessment_answer (workbook, framework, &a, &error));
  g_assert_no_error (error);

  /* The page's first framework is IPA's self-check, built in. */
  g_assert_false (hg_assess_export_button_can_write_back (button));
  hg_assess_export_button_export_to (button, HG_ASSESSMENT_EXPORT_PDF, pdf, NULL);
  wait_for_file (pdf);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_null (hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
store_import (HgWorkbook *workbook,
              const char *original)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = hg_test_file_hash (original);
  const char *xml =
    "<framework id=\"" ID "\" version=\"2026\" xml:lang=\"ja\">"
    "<title>自工会チェックシート（見本）</title><publisher>取引先</publisher>"
    "<scale><answer value=\"met\" score=\"1\" status=\"met\"><label>○</label></answer>"
    "<answer value=\"not\" score=\"0\" status=\"not\"><label>×</label></answer></scale>"
    "<scoring kind=\"rates\"><level id=\"L1\"/></scoring>"
    "<section id=\"s\"><title>方針</title>"
    "<item ref=\"1\" level=\"L1\"><text>方針がある。</text></item>"
    "<item ref=\"2\" level=\"L1\"><text>見直している。</text></item>"
    "</section></framework>";
  char *sql = sqlite3_mprintf ("INSERT INTO framework_import VALUES (%Q, %Q, 'sheet.xlsx', %Q, "
                               "'2026-12-06'); INSERT INTO framework_import_cell VALUES "
                               "(%Q, '1', %Q, 'H9', 'I9'), (%Q, '2', %Q, 'H10', 'I10');",
                               ID, xml, sha256, ID, SHEET, ID, SHEET);

  g_assert_true (hg_db_exec (hg_workbook_get_db (workbook), sql, &error));
  g_assert_no_error (error);
  sqlite3_free (sql);
}

/* An imported sheet: its answers go into a copy of it; a changed file is
 * refused in a dialog that names it. */
static void
test_write_back (HgTestWindow  *f,
                 gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *original = g_test_build_filename (G_TEST_DIST, "data",
                                                     "check-sheet-jama-style.xlsx", NULL);
  g_autofree char *out = g_build_filename (f->dir, "回答済み.xlsx", NULL);
  g_autofree char *changed = g_build_filename (f->dir, "changed.xlsx", NULL);
  g_autofree char *refused = g_build_filename (f->dir, "refused.xlsx", NULL);
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  HgAssessmentAnswer a = { "2", "not", "記録なし", "山田", "2027-03-31" };
  GtkWidget *window = gtk_window_new ();
  HgAssessExportButton *button = HG_ASSESS_EXPORT_BUTTON (hg_assess_export_button_new ());
  GtkWidget *dialog;

  store_import (workbook, original);
  framework = hg_framework_catalog_load (workbook, ID, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hg_assessment_answer (workbook, framework, &a, &error));
  g_assert_no_error (error);

  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (f->window));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (button));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (hg_assess_export_button_can_write_back (button));
  hg_assess_export_button_set_framework (button, workbook, framework);
  g_assert_true (hg_assess_export_button_can_write_back (button));
  /* The page may drop its framework: the button loads it again by id. */
  g_clear_pointer (&framework, hg_framework_free);

  hg_assess_export_button_export_to (button, HG_ASSESSMENT_EXPORT_XLSX, out, original);
  wait_for_file (out);
  table = hg_xlsx_read_file (out, SHEET, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < hg_table_get_n_rows (table); i++)
    if (hg_table_get_source_line (table, i) == 10)
      {
        g_assert_cmpstr (hg_table_get_cell (table, i, 7), ==, "×");
        g_assert_cmpstr (hg_table_get_cell (table, i, 8), ==, "記録なし");
      }
  g_assert_null (hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The same sheet, changed since: refused, said in a dialog. */
  g_assert_true (g_file_get_contents (original, &contents, &length, NULL));
  contents[length - 1] ^= 1;
  g_assert_true (g_file_set_contents (changed, contents, (gssize) length, NULL));
  hg_assess_export_button_export_to (button, HG_ASSESSMENT_EXPORT_XLSX, refused, changed);
  for (guint i = 0; i < 200 && hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL; i++)
    hg_test_spin (50);
  dialog = hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "changed.xlsx"));
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_assess_export_button_set_framework (button, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  hg_test_spin (50);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/assess-export/report", test_report);
  hg_test_window_add ("/assess-export/write-back", test_write_back);
  return hg_test_window_run ();
}

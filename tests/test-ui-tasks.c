/* test-ui-tasks.c: long exports run off the main thread, with a progress
 * bar and Cancel
 *
 * The workbook has a register large enough (50,000 assets, the example
 * risk analysis: 391,865 risks) that the Excel export of the risk analysis
 * takes seconds, even on a fast machine: long after its bar shows (200 ms)
 * and Cancel is pressed. Started from the risks page, the export shows
 * its row in the window's task bar once it has run a moment; Cancel, or
 * closing the window, stops it and leaves no file, no temporary file and
 * the workbook as it was. Left alone, it writes the whole file.
 *
 * Needs a display (Xvfb in CI). Runs in English and in Japanese, with the
 * window fixture of the other widget tests (hg-test-window.c) on a copy of
 * that large workbook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-test-ui.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hg-application.h"
#include "hg-asset-import.h"
#include "hg-doc-export.h"
#include "hg-policy-page.h"
#include "hg-assets-page.h"
#include "hg-employees-page.h"
#include "hg-import-dialog.h"
#include "hg-risk-examples.h"
#include "hg-risk-files.h"
#include "hg-risk-threat.h"
#include "hg-risks-page.h"
#include "hg-task-bar.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-window.h"
#include "hg-xlsx.h"

#define N_ASSETS 50000

static HgWorkbook *template;   /* copied for each test */

typedef struct
{
  HgTestWindow w;
  char     *out_dir;   /* only the export goes here */
  char     *out;
  gint64    n_assets;
  gint64    n_threats;
  gint64    n_answers;
} Fixture;

/* Every default medium in turn, rated as the bench register is. */
static HgWorkbook *
make_template (const char *dir)
{
  static const char *media[] = { "書類", "事務所PC", "モバイル機器", "可搬電子媒体", "社内サーバ",
                                 "社外サーバ（クラウド）" };
  g_autofree char *path = g_build_filename (dir, "template.hinagata", NULL);
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(HgRiskCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;

  workbook = hg_workbook_create (path, "株式会社進捗表示", &error);
  g_assert_no_error (error);
  hg_table_add_row (table, g_strdupv ((char *[]) { "情報資産名称", "媒体・保存先", "機密性",
                                                   "完全性", "可用性", NULL }), 1);
  for (guint i = 0; i < N_ASSETS; i++)
    {
      g_autofree char *name = g_strdup_printf ("顧客台帳 No.%05u", i);
      char c[2] = { '1' + i % 3, 0 }, n[2] = { '1' + (i / 3) % 3, 0 }, a[2] = { '1' + (i / 9) % 3, 0 };

      hg_table_add_row (table, g_strdupv ((char *[]) { name, (char *) media[i % 6], c, n, a,
                                                       NULL }), i + 2);
    }
  import = hg_asset_import_prepare (workbook, table, &error);
  g_assert_no_error (error);
  g_assert_true (hg_asset_import_apply (workbook, import, &error));
  catalogue = hg_risk_catalogue_load_builtin (NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hg_risk_setup (workbook, catalogue, &error));
  g_assert_true (hg_risk_load_examples (workbook, catalogue, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&workbook);
}

static void
count_rows (HgWorkbook *workbook,
            gint64     *assets,
            gint64     *threats,
            gint64     *answers)
{
  *assets = hg_workbook_count_rows (workbook, "asset");
  *threats = hg_workbook_count_rows (workbook, "risk_threat");
  *answers = hg_workbook_count_rows (workbook, "risk_control_answer");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->w.dir = hg_test_make_dir ();
  f->w.path = g_build_filename (f->w.dir, "tasks.hinagata", NULL);
  f->out_dir = g_build_filename (f->w.dir, "out", NULL);
  f->out = g_build_filename (f->out_dir, "リスク分析.xlsx", NULL);
  g_assert_cmpint (g_mkdir (f->out_dir, 0700), ==, 0);
  g_assert_true (hg_workbook_save_copy (template, f->w.path, &error));
  g_assert_no_error (error);
  count_rows (template, &f->n_assets, &f->n_threats, &f->n_answers);
  g_assert_cmpint (f->n_assets, ==, N_ASSETS);

  hg_test_window_open (&f->w);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hg_test_window_teardown (&f->w, data);
  g_free (f->out_dir);
  g_free (f->out);
}

/* Spins until the main loop answers at once again: the first showing of a
 * page of 400,000 risks takes a few seconds of its own. */
static void
settle (void)
{
  for (guint i = 0; i < 100; i++)
    {
      gint64 start = g_get_monotonic_time ();

      hg_test_spin (100);
      if (g_get_monotonic_time () - start < 150 * G_TIME_SPAN_MILLISECOND)
        return;
    }
}

static HgRisksPage *
risks_page (Fixture *f)
{
  HgRisksPage *page = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (f->w.window),
                                                          HG_TYPE_RISKS_PAGE, NULL));

  hg_window_show_page (f->w.window, "risks");
  for (guint i = 0; i < 200 && hg_risks_page_get_sheet (page) == NULL; i++)
    hg_test_spin (10);
  g_assert_nonnull (hg_risks_page_get_sheet (page));
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (hg_risks_page_get_sheet (page)), >, 100000);
  settle ();
  return page;
}

static HgTaskBar *
task_bar (Fixture *f)
{
  HgTaskBar *bar = HG_TASK_BAR (hg_test_find_widget (GTK_WIDGET (f->w.window), HG_TYPE_TASK_BAR,
                                                     NULL));

  g_assert_nonnull (bar);
  return bar;
}

static HgTaskRow *
task_row (Fixture *f)
{
  GtkWidget *row = hg_test_find_widget (GTK_WIDGET (task_bar (f)), HG_TYPE_TASK_ROW, NULL);

  return row ? HG_TASK_ROW (row) : NULL;
}

/* Spins until the export's row is gone from the bar: its callback ran. */
static void
wait_until_done (Fixture *f)
{
  for (guint i = 0; i < 6000 && hg_task_bar_get_n_tasks (task_bar (f)) > 0; i++)
    hg_test_spin (10);
  g_assert_cmpuint (hg_task_bar_get_n_tasks (task_bar (f)), ==, 0);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* The file the window had open, read again from disk. */
static void
assert_workbook_intact (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = hg_workbook_open (f->w.path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
  g_autofree char *problems = NULL;
  gint64 assets, threats, answers;

  g_assert_no_error (error);
  problems = hg_workbook_check_integrity (workbook);
  g_assert_null (problems);
  count_rows (workbook, &assets, &threats, &answers);
  g_assert_cmpint (assets, ==, f->n_assets);
  g_assert_cmpint (threats, ==, f->n_threats);
  g_assert_cmpint (answers, ==, f->n_answers);
}

/* Starts the Excel export and waits for its row to show, with progress. */
static HgTaskRow *
start_export (Fixture     *f,
              HgRisksPage *page)
{
  GtkProgressBar *progress;
  HgTaskRow *row;

  hg_risks_page_start_export (page, "xlsx", f->out);
  row = task_row (f);
  g_assert_nonnull (row);
  g_assert_true (hg_task_row_is_running (row));
  /* A blink is not worth a bar: hidden at first. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row)));

  progress = GTK_PROGRESS_BAR (hg_test_find_widget (GTK_WIDGET (row), GTK_TYPE_PROGRESS_BAR, NULL));
  for (guint i = 0; i < 3000 && (!gtk_widget_get_mapped (GTK_WIDGET (progress))
                                 || gtk_progress_bar_get_fraction (progress) <= 0); i++)
    hg_test_spin (1);
  g_assert_true (hg_task_row_is_running (row));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (progress)));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (progress), >, 0);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (progress), <, 1);
  return row;
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  HgRisksPage *page = risks_page (f);
  HgTaskRow *row = start_export (f, page);
  GtkWidget *cancel = hg_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, NULL);

  g_assert_nonnull (cancel);
  g_assert_true (gtk_widget_is_sensitive (cancel));
  g_assert_true (gtk_widget_activate (cancel));
  wait_until_done (f);

  g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f->out_dir), ==, 0);

  hg_test_window_close (&f->w);
  assert_workbook_intact (f);
}

/* Closing the window stops the thread before the window is gone. */
static void
test_close_window (Fixture       *f,
                   gconstpointer  data)
{
  start_export (f, risks_page (f));

  gtk_window_destroy (GTK_WINDOW (f->w.window));
  f->w.window = NULL;
  g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f->out_dir), ==, 0);

  /* The task's callback comes, finds no window, and says nothing. */
  hg_test_spin (200);
  g_assert_cmpuint (count_files (f->out_dir), ==, 0);
  assert_workbook_intact (f);
}

static void
test_finish (Fixture       *f,
             gconstpointer  data)
{
  HgRisksPage *page = risks_page (f);
  guint n_threats = hg_risk_sheet_get_n_threats (hg_risks_page_get_sheet (page));
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;

  start_export (f, page);
  wait_until_done (f);

  g_assert_true (g_file_test (f->out, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (f->out_dir), ==, 1);
  /* The register's sheet is more than the reader takes in (5 million
   * cells); the sheet written after it is whole. */
  read = hg_xlsx_read_file (f->out, HG_RISK_SHEET_THREATS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, n_threats + 1);

  hg_test_window_close (&f->w);
  assert_workbook_intact (f);
}

/* The preview an import opens once its file is read and checked. */
static HgImportDialog *
find_import_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (HG_IS_IMPORT_DIALOG (window))
        return HG_IMPORT_DIALOG (window);
    }
  return NULL;
}

/* The register out as CSV from its page, and three assets in: the file is
 * read and checked in a thread, and the preview applies it as one edit. */
static void
test_assets_page (Fixture       *f,
                  gconstpointer  data)
{
  HgAssetsPage *page = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (f->w.window),
                                                            HG_TYPE_ASSETS_PAGE, NULL));
  HgWorkbook *workbook = hg_window_get_workbook (f->w.window);
  g_autofree char *csv = g_build_filename (f->out_dir, "台帳.csv", NULL);
  g_autofree char *in = g_build_filename (f->w.dir, "追加.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;
  HgImportDialog *dialog;
  guint lines = 0;

  /* Before the page was ever shown: the export reads the register itself. */
  hg_assets_page_start_export (page, HG_ASSET_FILE_CSV, csv);
  wait_until_done (f);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  for (const char *p = contents; (p = strchr (p, '\n')) != NULL; p++)
    lines++;
  g_assert_cmpuint (lines, ==, N_ASSETS + 1);
  g_assert_cmpuint (count_files (f->out_dir), ==, 1);

  g_assert_true (g_file_set_contents (in, "情報資産名称,機密性,完全性,可用性\r\n"
                                          "見積書,2,2,1\r\n請求書,2,2,1\r\n発注書,2,2,1\r\n",
                                      -1, &error));
  hg_assets_page_start_import (page, in);
  g_assert_null (find_import_dialog ());
  wait_until_done (f);
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (hg_import_dialog_apply (dialog));
  g_assert_cmpint (hg_workbook_count_rows (workbook, "asset"), ==, N_ASSETS + 3);
  label = g_strdup_printf (ngettext ("Import %u Asset", "Import %u Assets", 3), 3);
  g_assert_cmpstr (hg_workbook_get_undo_label (workbook), ==, label);
}

static void
test_employees_page (Fixture       *f,
                     gconstpointer  data)
{
  HgEmployeesPage *page = HG_EMPLOYEES_PAGE (hg_test_find_widget (GTK_WIDGET (f->w.window),
                                                                  HG_TYPE_EMPLOYEES_PAGE, NULL));
  HgWorkbook *workbook = hg_window_get_workbook (f->w.window);
  g_autofree char *in = g_build_filename (f->w.dir, "名簿.csv", NULL);
  g_autoptr(GError) error = NULL;
  HgImportDialog *dialog;

  g_assert_true (g_file_set_contents (in, "氏名,部署\r\n山田 太郎,総務部\r\n佐藤 花子,営業部\r\n",
                                      -1, &error));
  hg_employees_page_start_import (page, in);
  wait_until_done (f);
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (hg_import_dialog_apply (dialog));
  g_assert_cmpint (hg_workbook_count_rows (workbook, "person"), ==, 2);
}

/* The rules as PDF from the policy page, written in a thread: once to the
 * end, once cancelled as soon as it started. */
static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *page = hg_test_find_widget (GTK_WIDGET (f->w.window), HG_TYPE_POLICY_PAGE, NULL);
  g_autoptr(HgDoc) doc = hg_test_typical_doc (f->w.dir, "rules");
  g_autofree char *pdf = g_build_filename (f->out_dir, "規程.pdf", NULL);
  g_autofree char *head = NULL;

  hg_doc_export_start (page, doc, HG_DOC_FORMAT_PDF, pdf, "policy.export");
  g_assert_nonnull (task_row (f));
  wait_until_done (f);
  g_assert_true (g_file_get_contents (pdf, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_assert_cmpint (g_unlink (pdf), ==, 0);

  hg_doc_export_start (page, doc, HG_DOC_FORMAT_PDF, pdf, "policy.export");
  hg_task_row_cancel (task_row (f));
  wait_until_done (f);
  g_assert_cmpuint (count_files (f->out_dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *template_dir = NULL;
  int ret;

  hg_test_window_init (&argc, &argv);
  template_dir = hg_test_make_dir ();
  template = make_template (template_dir);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/tasks/risk-export-cancelled", test_cancel);
  ADD ("/tasks/risk-export-window-closed", test_close_window);
  ADD ("/tasks/risk-export-finished", test_finish);
  ADD ("/tasks/assets-page", test_assets_page);
  ADD ("/tasks/employees-page", test_employees_page);
  ADD ("/tasks/document", test_document);
#undef ADD

  ret = hg_test_window_run ();
  g_clear_object (&template);
  hg_test_remove_dir (template_dir);
  return ret;
}

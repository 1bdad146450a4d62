/* test-assessment-export.c: an assessment written back into the customer's
 * check sheet, as a report and as CSV, from the core and from the CLI
 *
 * The import (another part of issue 16) is stood in for by what it stores:
 * the framework read from tests/data/check-sheet-jama-style.xlsx, the
 * file's SHA-256 and the answer and note cell of each item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "hg-assessment-export.h"
#include "hg-db.h"
#include "hg-doc-writer.h"
#include "hg-framework-catalog.h"
#include "hg-test-util.h"
#include "hg-workbook.h"
#include "hg-xlsx.h"
#include "hg-xlsx-patch.h"

#define ID "jama-standin"
#define SHEET "チェックシート"

static const char * const c_only[] = { "C", NULL };

/* Rows 9 to 14 of the stand-in: refs 1, 2, 3, 4 (L1), 5 (L2), 9 (L1). */
static const char framework_xml[] =
  "<framework id=\"" ID "\" version=\"2026\" xml:lang=\"ja\">"
  "<title>自工会チェックシート（見本）</title><publisher>取引先</publisher>"
  "<scale>"
  "<answer value=\"met\" score=\"1\" status=\"met\"><label>○</label></answer>"
  "<answer value=\"partly\" score=\"0\" status=\"partly\"><label>△</label></answer>"
  "<answer value=\"not\" score=\"0\" status=\"not\"><label>×</label></answer>"
  "<answer value=\"na\" score=\"0\" status=\"na\"><label>－</label></answer>"
  "</scale>"
  "<scoring kind=\"rates\"><level id=\"L1\"/><level id=\"L2\"/></scoring>"
  "<section id=\"policy\"><title>方針</title>"
  "<item ref=\"1\" level=\"L1\"><text>情報セキュリティの基本方針を定めている。</text></item>"
  "<item ref=\"2\" level=\"L1\"><text>方針と関連規程を定期的に見直している。</text></item>"
  "<item ref=\"3\" level=\"L1\"><text>方針を全従業員がいつでも見られるようにしている。</text></item>"
  "<item ref=\"4\" level=\"L1\"><text>全従業員に守秘義務を定め、入社時に説明している。</text></item>"
  "<item ref=\"5\" level=\"L2\"><text>機密情報を扱う従業員から誓約書を受け取っている。</text></item>"
  "<item ref=\"9\" level=\"L1\"><text>=HYPERLINK(\"x\") 法令を反映した社内規程がある。</text></item>"
  "</section></framework>";

typedef struct
{
  char        *dir;
  char        *path;
  char        *original;
  HgWorkbook  *workbook;
  HgFramework *framework;
} Fixture;

static void
exec_sql (HgWorkbook *workbook,
          char       *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_db_exec (hg_workbook_get_db (workbook), sql, &error));
  g_assert_no_error (error);
  sqlite3_free (sql);
}

static void
answer (Fixture    *f,
        const char *ref,
        const char *value,
        const char *note,
        const char *owner,
        const char *due)
{
  g_autoptr(GError) error = NULL;
  HgAssessmentAnswer a = { (char *) ref, (char *) value, (char *) note, (char *) owner,
                           (char *) due };

  g_assert_true (hg_assessment_answer (f->workbook, f->framework, &a, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  const char *refs[] = { "1", "2", "3", "4", "5", "9" };

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "assess.hinagata", NULL);
  f->original = g_test_build_filename (G_TEST_DIST, "data", "check-sheet-jama-style.xlsx", NULL);
  f->workbook = hg_workbook_create (f->path, "株式会社ひながた精工", &error);
  g_assert_no_error (error);

  sha256 = hg_test_file_hash (f->original);
  exec_sql (f->workbook, sqlite3_mprintf ("INSERT INTO framework_import VALUES "
                                          "(%Q, %Q, 'check-sheet-jama-style.xlsx', %Q, "
                                          "'2026-12-06')", ID, framework_xml, sha256));
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    exec_sql (f->workbook,
              sqlite3_mprintf ("INSERT INTO framework_import_cell VALUES "
                               "(%Q, %Q, %Q, 'H%u', 'I%u')", ID, refs[i], SHEET, 9 + i, 9 + i));
  f->framework = hg_framework_catalog_load (f->workbook, ID, c_only, &error);
  g_assert_no_error (error);

  answer (f, "1", "met", "基本方針 第2版 2026-04-01 承認済み", NULL, NULL);
  answer (f, "2", "not", "見直しの記録がない", "総務部 山田", "2027-03-31");
  answer (f, "3", "partly", "", "総務部 山田", NULL);
  answer (f, "5", "na", "", NULL, NULL);
  answer (f, "9", "met", "=1+1", NULL, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->framework, hg_framework_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->original);
}

/* The answered items' cells take the sheet's words and the notes; the
 * others keep what the sheet had. */
static void
test_write_back (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "回答.xlsx", NULL);
  g_autoptr(HgTable) before = NULL;
  g_autoptr(HgTable) after = NULL;

  g_assert_true (hg_assessment_export (f->workbook, f->framework, HG_ASSESSMENT_EXPORT_XLSX,
                                       out, f->original, NULL, &error));
  g_assert_no_error (error);
  before = hg_xlsx_read_file (f->original, SHEET, &error);
  g_assert_no_error (error);
  after = hg_xlsx_read_file (out, SHEET, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (hg_test_table_cell_at (after, 9, 7), ==, "○");
  g_assert_cmpstr (hg_test_table_cell_at (after, 9, 8), ==, "基本方針 第2版 2026-04-01 承認済み");
  g_assert_cmpstr (hg_test_table_cell_at (after, 10, 7), ==, "×");
  g_assert_cmpstr (hg_test_table_cell_at (after, 10, 8), ==, "見直しの記録がない");
  g_assert_cmpstr (hg_test_table_cell_at (after, 11, 7), ==, "△");
  g_assert_cmpstr (hg_test_table_cell_at (after, 13, 7), ==, "－");
  /* A cell's text, not a formula. */
  g_assert_cmpstr (hg_test_table_cell_at (after, 14, 8), ==, "=1+1");
  /* Ref 4 is unanswered here: the △ the sheet had stays. */
  g_assert_cmpstr (hg_test_table_cell_at (after, 12, 7), ==, "△");
  g_assert_cmpstr (hg_test_table_cell_at (before, 12, 7), ==, "△");
  /* Everything else as it was. */
  for (guint row = 1; row <= 30; row++)
    for (guint column = 0; column < 9; column++)
      if (row < 9 || row > 14 || column < 7)
        g_assert_cmpstr (hg_test_table_cell_at (after, row, column), ==,
                         hg_test_table_cell_at (before, row, column));
}

/* The sheet changed since the import: refused, nothing written; a
 * built-in framework has no sheet; xlsx without the original either. */
static void
test_write_back_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "回答.xlsx", NULL);
  g_autofree char *changed = g_build_filename (f->dir, "changed.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(HgFramework) builtin = NULL;
  g_autoptr(HgFramework) unanswered = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (f->original, &contents, &length, NULL));
  contents[length - 1] ^= 1;  /* the ZIP comment length's last byte: still a ZIP */
  g_assert_true (g_file_set_contents (changed, contents, (gssize) length, NULL));
  g_assert_false (hg_assessment_export (f->workbook, f->framework, HG_ASSESSMENT_EXPORT_XLSX,
                                        out, changed, NULL, &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_CHANGED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (hg_assessment_export (f->workbook, f->framework, HG_ASSESSMENT_EXPORT_XLSX,
                                        out, NULL, NULL, &error));
  g_assert_error (error, HG_ASSESSMENT_EXPORT_ERROR, HG_ASSESSMENT_EXPORT_ERROR_USAGE);
  g_clear_error (&error);

  builtin = hg_framework_catalog_load (f->workbook, "ipa-self-check", c_only, &error);
  g_assert_no_error (error);
  {
    HgAssessmentAnswer a = { "1", "4", NULL, NULL, NULL };

    g_assert_true (hg_assessment_answer (f->workbook, builtin, &a, &error));
    g_assert_no_error (error);
  }
  g_assert_false (hg_assessment_export (f->workbook, builtin, HG_ASSESSMENT_EXPORT_XLSX,
                                        out, f->original, NULL, &error));
  g_assert_error (error, HG_ASSESSMENT_EXPORT_ERROR, HG_ASSESSMENT_EXPORT_ERROR_NOT_IMPORTED);
  g_clear_error (&error);
  unanswered = hg_framework_catalog_load (f->workbook, "five-measures", c_only, &error);
  g_assert_no_error (error);
  g_assert_false (hg_assessment_export (f->workbook, unanswered, HG_ASSESSMENT_EXPORT_CSV, out,
                                        NULL, NULL, &error));
  g_assert_error (error, HG_ASSESSMENT_EXPORT_ERROR, HG_ASSESSMENT_EXPORT_ERROR_NO_ASSESSMENT);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* Every item, in order, with the house's guard against formulas. */
static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "assessment.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (hg_assessment_export (f->workbook, f->framework, HG_ASSESSMENT_EXPORT_CSV,
                                       out, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 8);  /* header, 6 items, the final "" */
  g_assert_true (g_str_has_suffix (lines[0],
                                   "Ref,Level,Section,Requirement,Answer,Status,Note,Owner,Due"));
  g_assert_cmpstr (lines[2], ==, "2,L1,方針,方針と関連規程を定期的に見直している。,×,Not met,"
                                 "見直しの記録がない,総務部 山田,2027-03-31");
  g_assert_cmpstr (lines[4], ==, "4,L1,方針,全従業員に守秘義務を定め、入社時に説明している。,,"
                                 "Unanswered,,,");
  g_assert_cmpstr (lines[5], ==, "5,L2,方針,機密情報を扱う従業員から誓約書を受け取っている。,－,"
                                 "Not applicable,,,");
  /* Texts that a spreadsheet would run as formulas are guarded. */
  g_assert_nonnull (strstr (lines[6], "'=HYPERLINK"));
  g_assert_nonnull (strstr (lines[6], ",'=1+1,"));
}

/* The report has the rates per level, the gaps with owner and due date,
 * and the evidence. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssessment) assessment = hg_assessment_export_pick (f->workbook, ID, &error);
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  exec_sql (f->workbook,
            sqlite3_mprintf ("INSERT INTO assessment_evidence VALUES (%lld, '1', 'rule', "
                             "'basic-policy', ''), (%lld, '1', 'file', '/srv/方針.pdf', '%064d')",
                             (long long) assessment->id, (long long) assessment->id, 7));
  doc = hg_assessment_report_build (f->workbook, f->framework, assessment, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doc->company, ==, "株式会社ひながた精工");
  g_assert_nonnull (strstr (doc->title, "自工会チェックシート（見本）"));
  text = hg_doc_to_text (doc);
  /* L1: items 1, 2, 3, 4, 9 all apply; 1 and 9 met → 40 %. Up to L2: 5 is
   * not applicable → 2 of 5 still. */
  g_assert_nonnull (strstr (text, "Up to L1"));
  g_assert_nonnull (strstr (text, "40%"));
  g_assert_nonnull (strstr (text, "Up to L2"));
  /* Every item has a level: "all items" would only repeat "up to L2". */
  g_assert_null (strstr (text, "All items"));
  /* Gaps: 2 (not met, owner, due) and 3 (partly), not 1, 5 or 9. */
  g_assert_nonnull (strstr (text, "方針と関連規程を定期的に見直している。"));
  g_assert_nonnull (strstr (text, "総務部 山田"));
  g_assert_nonnull (strstr (text, "2027-03-31"));
  g_assert_nonnull (strstr (text, "方針を全従業員がいつでも見られるようにしている。"));
  g_assert_null (strstr (text, "情報セキュリティの基本方針を定めている。"));
  g_assert_nonnull (strstr (text, "1 item is not answered yet."));
  /* Evidence. */
  g_assert_nonnull (strstr (text, "basic-policy"));
  g_assert_nonnull (strstr (text, "/srv/方針.pdf (SHA-256 000000000000…)"));
}

/* The PDF carries the rates and the gaps as text. */
static void
test_report_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *out = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *html = g_build_filename (f->dir, "report.html", NULL);
  g_autofree char *text = NULL;
  g_autofree char *page = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_assessment_export (f->workbook, f->framework, HG_ASSESSMENT_EXPORT_HTML,
                                       html, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html, &page, NULL, NULL));
  g_assert_nonnull (strstr (page, "見直しの記録がない"));

  g_assert_true (hg_assessment_export (f->workbook, f->framework, HG_ASSESSMENT_EXPORT_PDF,
                                       out, NULL, NULL, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  text = hg_test_pdf_text (pdftotext, out, 1, 0);
  g_assert_nonnull (strstr (text, "40%"));
  g_assert_nonnull (strstr (text, "見直しの記録がない"));
  g_assert_nonnull (strstr (text, "2027-03-31"));
}

static char *
run_cli (int         expected,
         char      **err,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("HINAGATA_CLI"));
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (WIFEXITED (status) ? WEXITSTATUS (status) : -1, ==, expected);
  return out;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "回答.xlsx", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "a.csv", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "a.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;

  /* The workbook is closed first: the CLI opens it itself. */
  g_clear_object (&f->workbook);

  g_free (run_cli (0, NULL, "assess", "export", f->path, ID, "--format", "xlsx", "-o", xlsx,
                   "--into", f->original, NULL));
  table = hg_xlsx_read_file (xlsx, SHEET, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hg_test_table_cell_at (table, 10, 7), ==, "×");

  g_free (run_cli (0, NULL, "assess", "export", f->path, ID, "--format=csv", "-o", csv, NULL));
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
  g_free (run_cli (0, NULL, "assess", "export", f->path, ID, "-o", pdf, "--format", "pdf", NULL));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* Usage: xlsx needs --into; --into only with xlsx; a format we lack. */
  out = run_cli (2, &err, "assess", "export", f->path, ID, "--format", "xlsx", "-o", xlsx, NULL);
  g_assert_nonnull (strstr (err, "--into ORIGINAL.xlsx"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (2, &err, "assess", "export", f->path, ID, "--format", "csv", "-o", csv,
                 "--into", f->original, NULL);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (2, &err, "assess", "export", f->path, ID, "--format", "rtf", "-o", csv, NULL);
  g_assert_nonnull (strstr (err, "xlsx|csv|pdf|docx|odt|html"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* Into the original itself: refused, said why. */
  out = run_cli (1, &err, "assess", "export", f->path, ID, "--format", "xlsx", "-o", xlsx,
                 "--into", xlsx, NULL);
  g_assert_nonnull (strstr (err, "never into the file itself"));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/assessment-export/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("write-back", test_write_back);
  ADD ("write-back-refused", test_write_back_refused);
  ADD ("csv", test_csv);
  ADD ("report", test_report);
  ADD ("report-pdf", test_report_pdf);
  ADD ("cli", test_cli);
#undef ADD
  return g_test_run ();
}

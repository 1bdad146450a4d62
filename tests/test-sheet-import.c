/* test-sheet-import.c: a customer's check sheet imported as a framework —
 * the stand-ins of the JAMA/JAPIA and METI layouts (tests/data), and broken
 * sheets built here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hg-assessment.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-framework-catalog.h"
#include "hg-sheet-import.h"
#include "hg-sheet-reader.h"
#include "hg-test-util.h"
#include "hg-workbook.h"
#include "hg-xlsx.h"
#include "hg-xlsx-book.h"
#include "hg-zip-writer.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static HgSheetImport *
open_sheet (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path (name);
  HgSheetImport *import = hg_sheet_import_open (path, NULL, &error);

  g_assert_no_error (error);
  return import;
}

static HgSheetConversion *
convert (HgSheetImport *import)
{
  g_autoptr(GError) error = NULL;
  HgSheetConversion *cv = hg_sheet_import_convert (import, NULL, &error);

  g_assert_no_error (error);
  return cv;
}

/* Never NULL: a missing item fails the test here. */
static HgSheetItem * __attribute__ ((returns_nonnull))
find_item (HgSheetConversion *cv,
           const char        *ref)
{
  for (guint i = 0; i < cv->items->len; i++)
    {
      HgSheetItem *item = g_ptr_array_index (cv->items, i);

      if (g_str_equal (item->ref, ref))
        return item;
    }
  g_error ("no item %s", ref);
}

static void
test_jama_layout (void)
{
  g_autoptr(HgSheetImport) import = open_sheet ("check-sheet-jama-style.xlsx");
  HgSheetLayout *layout = hg_sheet_import_get_layout (import);
  HgSheetConversion *cv;
  HgFrameworkItem *item;
  GPtrArray *scale;
  g_autoptr(GHashTable) levels = NULL;

  /* The instructions sheet comes first; the table is on the second. */
  g_assert_cmpstr (layout->sheet->name, ==, "チェックシート");
  g_assert_cmpuint (g_strv_length (layout->candidates), ==, 1);
  g_assert_cmpuint (layout->header_row, ==, 7);
  g_assert_cmpuint (layout->header_rows, ==, 2);
  g_assert_false (layout->unsure);
  g_assert_false (layout->meti);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_REF], ==, 0);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_LEVEL], ==, 1);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_CATEGORY1], ==, 2);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_CATEGORY2], ==, 3);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_TEXT], ==, 4);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_CONDITION], ==, 5);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_ANSWER], ==, 7);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_NOTE], ==, 8);
  /* The hidden internal column G takes no role. */
  g_assert_true (hg_xlsx_book_sheet_is_hidden (layout->sheet, 6));
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    g_assert_cmpint (layout->columns[r], !=, 6);

  cv = convert (import);
  g_assert_cmpuint (cv->n_blocking, ==, 0);
  g_assert_nonnull (cv->framework);
  g_assert_true (g_str_has_prefix (cv->id, "jama"));
  g_assert_cmpuint (cv->items->len, ==, 20);
  g_assert_cmpuint (hg_framework_count_items (cv->framework), ==, 20);

  item = hg_framework_find_item (cv->framework, "13");
  g_assert_nonnull (item);
  g_assert_cmpstr (item->level, ==, "L1");
  g_assert_cmpstr (item->section->title, ==, "組織 / 平常時の体制");
  /* Row 10 has no category of its own: the merged cells above apply. */
  g_assert_cmpstr (hg_framework_find_item (cv->framework, "2")->section->title, ==,
                   "方針 / 基本方針");
  g_assert_cmpstr (hg_framework_find_item (cv->framework, "15")->section->title, ==,
                   "組織 / 平常時の体制");
  g_assert_cmpstr (hg_framework_find_item (cv->framework, "42")->level, ==, "L3");
  g_assert_cmpstr (hg_framework_find_item (cv->framework, "5")->level, ==, "L2");
  /* Multi-line cells keep both lines, the condition after the requirement. */
  item = hg_framework_find_item (cv->framework, "1");
  g_assert_nonnull (strstr (item->text, "情報セキュリティの基本方針を定めている。"));
  g_assert_nonnull (strstr (item->text, "経営者が承認した方針が文書になっている。"));
  g_assert_nonnull (strstr (item->text, "方針の日付と版がわかる。"));
  g_assert_cmpstr (hg_framework_get_levels (cv->framework)[0], ==, "L1");
  g_assert_cmpstr (hg_framework_get_levels (cv->framework)[2], ==, "L3");
  levels = hg_sheet_conversion_count_levels (cv);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (levels, "L1")), ==, 16);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (levels, "L2")), ==, 3);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (levels, "L3")), ==, 1);

  /* The scale is the drop-down list's, in its words. */
  g_assert_true (cv->scale_from_sheet);
  scale = hg_framework_get_scale (cv->framework);
  g_assert_cmpuint (scale->len, ==, 4);
  g_assert_cmpstr (((HgFrameworkAnswer *) g_ptr_array_index (scale, 0))->label, ==, "○");
  g_assert_cmpint (((HgFrameworkAnswer *) g_ptr_array_index (scale, 0))->status, ==, HG_ANSWER_MET);
  g_assert_cmpstr (((HgFrameworkAnswer *) g_ptr_array_index (scale, 1))->label, ==, "△");
  g_assert_cmpint (((HgFrameworkAnswer *) g_ptr_array_index (scale, 1))->status, ==, HG_ANSWER_PARTLY);
  g_assert_cmpint (((HgFrameworkAnswer *) g_ptr_array_index (scale, 2))->status, ==, HG_ANSWER_NOT);
  g_assert_cmpstr (((HgFrameworkAnswer *) g_ptr_array_index (scale, 3))->label, ==, "－");
  g_assert_cmpint (((HgFrameworkAnswer *) g_ptr_array_index (scale, 3))->status, ==, HG_ANSWER_NA);

  /* Answers already in the sheet, and where each item's cells are. */
  g_assert_cmpuint (hg_sheet_conversion_count_answers (cv), ==, 3);
  g_assert_cmpstr (find_item (cv, "1")->value, ==, "met");
  g_assert_cmpstr (find_item (cv, "1")->answer_cell, ==, "H9");
  g_assert_cmpstr (find_item (cv, "1")->note_cell, ==, "I9");
  g_assert_cmpstr (find_item (cv, "4")->value, ==, "partly");
  g_assert_cmpstr (find_item (cv, "56")->value, ==, "not");
  g_assert_cmpstr (find_item (cv, "56")->note, ==, "年内に整備予定");
  g_assert_cmpstr (find_item (cv, "56")->answer_cell, ==, "H28");
  g_assert_null (find_item (cv, "2")->value);
}

static void
test_meti_layout (void)
{
  g_autoptr(HgSheetImport) import = open_sheet ("check-sheet-meti-style.xlsx");
  HgSheetLayout *layout = hg_sheet_import_get_layout (import);
  HgSheetConversion *cv;
  HgFrameworkItem *item;

  g_assert_cmpstr (layout->sheet->name, ==, "要求事項");
  g_assert_cmpuint (layout->header_row, ==, 4);
  g_assert_cmpuint (layout->header_rows, ==, 1);
  g_assert_true (layout->meti);
  g_assert_false (layout->unsure);

  cv = convert (import);
  g_assert_cmpuint (cv->n_blocking, ==, 0);
  g_assert_true (g_str_has_prefix (cv->id, "meti"));
  g_assert_cmpuint (cv->items->len, ==, 9);
  item = hg_framework_find_item (cv->framework, "1-1-1-1");
  g_assert_nonnull (item);
  g_assert_cmpstr (item->level, ==, "star4");
  g_assert_cmpstrv (item->tags, ((const char *[]) { "jama:9", "jama:10", NULL }));
  item = hg_framework_find_item (cv->framework, "1-2-1-2");
  g_assert_cmpstr (item->level, ==, "star3");
  g_assert_cmpstrv (item->tags, ((const char *[]) { "jama:13", NULL }));
  /* The requirement merged down over its criteria is each one's section. */
  g_assert_cmpstr (item->section->title, ==, "1-2-1 セキュリティ推進活動部門");
  g_assert_cmpstr (hg_framework_get_levels (cv->framework)[0], ==, "star3");
  g_assert_cmpstr (hg_framework_get_levels (cv->framework)[1], ==, "star4");
  g_assert_cmpstr (hg_framework_find_answer (cv->framework, "partly")->label, ==, "一部達成");
  g_assert_cmpstr (hg_framework_find_answer (cv->framework, "na")->label, ==, "対象外");
  g_assert_cmpstr (find_item (cv, "1-2-1-1")->value, ==, "met");
  g_assert_cmpstr (find_item (cv, "1-2-3-1")->value, ==, "partly");
  g_assert_cmpstr (find_item (cv, "1-2-3-1")->answer_cell, ==, "G10");
}

static guint
count_rows (HgWorkbook *workbook,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook), sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return (guint) sqlite3_column_int (stmt, 0);
}

static void
test_commit_and_undo (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "import.hinagata", NULL);
  g_autofree char *source = data_path ("check-sheet-jama-style.xlsx");
  g_autofree char *hash = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = hg_workbook_create (path, "株式会社ひながた精工", &error);
  g_autoptr(HgSheetImport) import = open_sheet ("check-sheet-jama-style.xlsx");
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GStrv) ids = NULL;
  HgAssessmentAnswer *answer;
  char *contents;
  gsize length;

  g_assert_no_error (error);
  convert (import);
  /* Nothing is written before commit. */
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM framework_import"), ==, 0);
  g_assert_false (hg_workbook_can_undo (workbook));
  g_assert_false (hg_sheet_import_exists (import, workbook, NULL));

  g_assert_true (hg_sheet_import_commit (import, workbook, FALSE, &error));
  g_assert_no_error (error);
  ids = hg_framework_catalog_ids (workbook, &error);
  g_assert_true (g_strv_contains ((const char * const *) ids, "jama-check-sheet"));
  framework = hg_framework_catalog_load (workbook, "jama-check-sheet", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_framework_count_items (framework), ==, 20);

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
  g_free (contents);
  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT source_name, source_sha256 FROM framework_import", &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "check-sheet-jama-style.xlsx");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, hash);
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM framework_import_cell"), ==, 20);
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM framework_import_cell WHERE "
                                "ref = '13' AND sheet = 'チェックシート' AND answer_cell = 'H16' "
                                "AND note_cell = 'I16'"), ==, 1);

  open = hg_assessment_get_open (workbook, "jama-check-sheet", &error);
  g_assert_nonnull (open);
  answers = hg_assessment_get_answers (workbook, open->id, &error);
  g_assert_cmpuint (g_hash_table_size (answers), ==, 3);
  answer = g_hash_table_lookup (answers, "56");
  g_assert_cmpstr (answer->value, ==, "not");
  g_assert_cmpstr (answer->note, ==, "年内に整備予定");

  /* A second import of the same id is refused unless confirmed. */
  g_assert_true (hg_sheet_import_exists (import, workbook, NULL));
  g_assert_false (hg_sheet_import_commit (import, workbook, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "jama-check-sheet"));
  g_clear_error (&error);

  /* One undo step takes all of it away. */
  g_assert_true (hg_workbook_undo (workbook, &error));
  g_assert_no_error (error);
  g_assert_false (hg_workbook_can_undo (workbook));
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM framework_import"), ==, 0);
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM framework_import_cell"), ==, 0);
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM assessment"), ==, 0);

  g_assert_true (hg_sheet_import_commit (import, workbook, FALSE, &error));
  g_assert_true (hg_sheet_import_commit (import, workbook, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM framework_import"), ==, 1);
  /* A statement left open would keep the database from closing. */
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_clear_object (&workbook);
  hg_test_remove_dir (dir);
}

/* A plain sheet with the header in row 1 and @rows below it. */
static char *
write_sheet (const char          *dir,
             const char          *name,
             const char * const  *headers,
             const char * const **rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  HgXlsxColumn columns[8] = { { 0 } };
  guint n = 0;
  char *path = g_build_filename (dir, name, NULL);

  for (; headers[n] != NULL; n++)
    columns[n].header = headers[n];
  g_assert_true (hg_xlsx_write_file (path, "項目", columns, n, table, &error));
  g_assert_no_error (error);
  return path;
}

/* That sheet, opened for import. */
static HgSheetImport *
open_written (const char          *dir,
              const char          *name,
              const char * const  *headers,
              const char * const **rows)
{
  g_autofree char *path = write_sheet (dir, name, headers, rows);
  g_autoptr(GError) error = NULL;
  HgSheetImport *import = hg_sheet_import_open (path, NULL, &error);

  g_assert_no_error (error);
  return import;
}

static void
test_no_item_column (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  const char * const headers[] = { "氏名", "部署", "内線", NULL };
  const char * const row1[] = { "山田", "総務", "101", NULL };
  const char * const *rows[] = { row1, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSheetImport) import = open_written (dir, "staff.xlsx", headers, rows);
  HgSheetLayout *layout;

  g_assert_no_error (error);
  layout = hg_sheet_import_get_layout (import);
  /* The mapping step: unsure, saying which headers were looked for. */
  g_assert_true (layout->unsure);
  g_assert_nonnull (strstr (layout->unsure_reason, "No., 番号, 項番, 評価基準ID"));
  g_assert_nonnull (strstr (layout->unsure_reason, "要求事項"));
  g_assert_nonnull (strstr (layout->unsure_reason, "回答"));
  g_assert_null (hg_sheet_import_convert (import, NULL, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_MISSING_COLUMN);
  g_clear_error (&error);
  hg_test_remove_dir (dir);
}

static void
test_mapping_step (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  const char * const headers[] = { "項目ID", "内容", "チェック", NULL };
  const char * const row1[] = { "A-1", "鍵を管理している", "○", NULL };
  const char * const row2[] = { "A-2", "入退室を記録している", "", NULL };
  const char * const *rows[] = { row1, row2, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSheetImport) import = open_written (dir, "own.xlsx", headers, rows);
  HgSheetLayout *layout = hg_sheet_import_get_layout (import);
  HgSheetConversion *cv;

  g_assert_true (layout->unsure);
  /* The user names the columns; the first row is then their header. */
  hg_sheet_layout_set_column (layout, HG_SHEET_ROLE_REF, 0);
  hg_sheet_layout_set_column (layout, HG_SHEET_ROLE_TEXT, 1);
  hg_sheet_layout_set_column (layout, HG_SHEET_ROLE_ANSWER, 2);
  g_assert_false (layout->unsure);
  cv = hg_sheet_import_convert (import, "jama-own", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cv->n_blocking, ==, 0);
  g_assert_cmpuint (cv->items->len, ==, 2);
  g_assert_false (cv->scale_from_sheet);
  g_assert_cmpstr (find_item (cv, "A-1")->value, ==, "met");
  g_assert_cmpstr (find_item (cv, "A-2")->answer_cell, ==, "C3");
  hg_test_remove_dir (dir);
}

static const char *
problem_of_row (HgSheetConversion *cv,
                guint              row)
{
  for (guint i = 0; i < cv->problems->len; i++)
    {
      HgSheetProblem *p = g_ptr_array_index (cv->problems, i);

      if (p->row == row)
        return p->message;
    }
  return NULL;
}

static void
test_problems_by_row (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  const char * const headers[] = { "No.", "レベル", "要求事項", "回答", NULL };
  const char * const row2[] = { "1", "Lv1", "方針がある", "", NULL };
  const char * const row3[] = { "2", "Lv7", "見直している", "", NULL };
  const char * const row4[] = { "1", "Lv1", "重複している", "", NULL };
  const char * const row5[] = { "3", "レベル2", "", "", NULL };
  const char * const row6[] = { "4", "2", "<b>&amp;\x01 ]]>", "○", NULL };
  const char * const *rows[] = { row2, row3, row4, row5, row6, NULL };
  g_autofree char *dbpath = g_build_filename (dir, "b.hinagata", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = hg_workbook_create (dbpath, "株式会社ひながた精工", &error);
  g_autoptr(HgSheetImport) import = open_written (dir, "broken.xlsx", headers, rows);
  HgSheetConversion *cv;
  const char *message;

  g_assert_no_error (error);
  g_assert_false (hg_sheet_import_get_layout (import)->unsure);
  cv = hg_sheet_import_convert (import, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cv->n_blocking, ==, 3);
  /* Each names the file, the sheet, the row and the column. */
  message = problem_of_row (cv, 3);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "broken.xlsx, sheet “項目”, row 3, column B"));
  g_assert_nonnull (strstr (message, "Lv7"));
  message = problem_of_row (cv, 4);
  g_assert_nonnull (strstr (message, "row 4, column A"));
  g_assert_nonnull (strstr (message, "already in row 2"));
  message = problem_of_row (cv, 5);
  g_assert_nonnull (strstr (message, "row 5, column C"));
  g_assert_nonnull (strstr (message, "no text"));
  g_assert_null (problem_of_row (cv, 6));
  g_assert_null (cv->framework);

  g_assert_false (hg_sheet_import_commit (import, workbook, FALSE, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (workbook, "SELECT count(*) FROM framework_import"), ==, 0);
  g_assert_false (hg_workbook_can_undo (workbook));
  g_clear_object (&workbook);
  hg_test_remove_dir (dir);
}

static void
test_hostile_text (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  const char * const headers[] = { "No.", "要求事項", "回答", NULL };
  const char * const row2[] = { "1", "<b>&amp;\x01 ]]> \"'</framework>", "○", NULL };
  const char * const *rows[] = { row2, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSheetImport) import = open_written (dir, "hostile.xlsx", headers, rows);
  HgSheetConversion *cv;

  g_assert_no_error (error);
  cv = hg_sheet_import_convert (import, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cv->n_blocking, ==, 0);
  g_assert_cmpstr (hg_framework_find_item (cv->framework, "1")->text, ==,
                   "<b>&amp; ]]> \"'</framework>");
  /* Without levels all items count in one. */
  g_assert_cmpstr (hg_framework_get_levels (cv->framework)[0], ==, "all");
  g_assert_null (hg_sheet_import_convert (import, "Bad Id", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* A built-in framework keeps its id. */
  g_assert_null (hg_sheet_import_convert (import, "ipa-self-check", &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS);
  g_clear_error (&error);
  hg_test_remove_dir (dir);
}

/* The reader's part: every sheet, hidden columns, drop-down lists. */
static void
test_read_book (void)
{
  g_autofree char *path = data_path ("check-sheet-jama-style.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) book = NULL;
  g_autofree char *contents = NULL;
  HgXlsxBookSheet *sheet;
  const char * const *options;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  book = hg_xlsx_read_book_memory (contents, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (book->len, ==, 2);
  g_assert_cmpstr (((HgXlsxBookSheet *) g_ptr_array_index (book, 0))->name, ==, "記入方法");
  sheet = g_ptr_array_index (book, 1);
  g_assert_cmpstr (sheet->name, ==, "チェックシート");
  g_assert_true (hg_xlsx_book_sheet_is_hidden (sheet, 6));
  g_assert_false (hg_xlsx_book_sheet_is_hidden (sheet, 7));
  options = hg_xlsx_book_sheet_get_options (sheet, 7, 9);
  g_assert_nonnull (options);
  g_assert_cmpstrv (options, ((const char *[]) { "○", "△", "×", "－", NULL }));
  g_assert_nonnull (hg_xlsx_book_sheet_get_options (sheet, 7, 28));
  g_assert_null (hg_xlsx_book_sheet_get_options (sheet, 7, 29));
  g_assert_null (hg_xlsx_book_sheet_get_options (sheet, 8, 9));
}

#define WORKBOOK_PARTS(sheet_xml)                                                              \
  { "[Content_Types].xml", "<Types xmlns=\"http://"  \
    "schemas.openxmlformats.org/package/2006/content-types\"/>", FALSE },                      \
  { "_rels/.rels", "<Relationships xmlns=\"http://"  \
    "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "       \
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"              \
    "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>", FALSE },                  \
  { "xl/workbook.xml", "<workbook xmlns=\"http://"   \
    "schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas."           \
    "openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" "        \
    "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>", FALSE },                              \
  { "xl/_rels/workbook.xml.rels", "<Relationships "  \
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "    \
    "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"  \
    "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>", FALSE },                 \
  { "xl/worksheets/sheet1.xml", sheet_xml, FALSE }

/* What a hostile sheet may declare is bounded or ignored: a column range
 * past XFD, a list from a range of cells, a list of 100 options, a range
 * over the whole sheet. */
static void
test_read_book_hostile (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "hostile.xlsx", NULL);
  g_autoptr(GString) sheet_xml = g_string_new (
    "<worksheet xmlns=\"http://schemas."
    "openxmlformats.org/spreadsheetml/2006/main\"><cols><col min=\"0\" max=\"99999\" "
    "hidden=\"1\"/><col min=\"3\" max=\"2\" hidden=\"1\"/><col min=\"2\" max=\"2\" hidden=\"true\"/>"
    "</cols><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
    "</sheetData><dataValidations count=\"3\"><dataValidation type=\"list\" sqref=\"A1\">"
    "<formula1>$Z$1:$Z$4</formula1></dataValidation><dataValidation type=\"whole\" "
    "sqref=\"B1\"><formula1>\"1,2\"</formula1></dataValidation>"
    "<dataValidation type=\"list\" sqref=\"A1:XFD1048576 C3 ZZZZ9\"><formula1>\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) book = NULL;
  g_autofree char *contents = NULL;
  HgXlsxBookSheet *sheet;
  const char * const *options;
  gsize length;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (sheet_xml, "%s&lt;o%u&gt;", i ? "," : "", i);
  g_string_append (sheet_xml, "\"</formula1></dataValidation></dataValidations></worksheet>");
  {
    const HgZipPart parts[] = { WORKBOOK_PARTS (sheet_xml->str) };

    g_assert_true (hg_zip_write_parts (path, parts, G_N_ELEMENTS (parts), NULL, &error));
  }
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  book = hg_xlsx_read_book_memory (contents, length, &error);
  g_assert_no_error (error);
  sheet = g_ptr_array_index (book, 0);
  g_assert_true (hg_xlsx_book_sheet_is_hidden (sheet, 1));
  g_assert_false (hg_xlsx_book_sheet_is_hidden (sheet, 0));
  g_assert_false (hg_xlsx_book_sheet_is_hidden (sheet, 2));
  g_assert_cmpuint (sheet->validations->len, ==, 2);
  options = hg_xlsx_book_sheet_get_options (sheet, 16383, 1048576);
  g_assert_nonnull (options);
  g_assert_cmpuint (g_strv_length ((GStrv) options), ==, HG_XLSX_BOOK_MAX_OPTIONS);
  g_assert_cmpstr (options[0], ==, "<o0>");
  g_assert_nonnull (hg_xlsx_book_sheet_get_options (sheet, 2, 3));
  hg_test_remove_dir (dir);
}

/* Two sheets with items: the better one is taken, both are offered. */
static void
test_several_sheets (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "two.xlsx", NULL);
  const HgXlsxColumn small[] = { { "No." }, { "要求事項" } };
  const HgXlsxColumn full[] = { { "No." }, { "レベル" }, { "要求事項" }, { "回答" }, { "備考" } };
  const char * const a1[] = { "1", "古い項目", NULL };
  const char * const b1[] = { "1", "Lv1", "新しい項目", "○", "", NULL };
  const char * const *rows_a[] = { a1, NULL };
  const char * const *rows_b[] = { b1, NULL };
  g_autoptr(HgTable) table_a = hg_test_table_of (rows_a);
  g_autoptr(HgTable) table_b = hg_test_table_of (rows_b);
  HgXlsxSheet sheets[] = {
    { "旧版", small, G_N_ELEMENTS (small), table_a, 0, NULL, NULL },
    { "今年", full, G_N_ELEMENTS (full), table_b, 0, NULL, NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSheetImport) import = NULL;
  HgSheetLayout *layout;

  g_assert_true (hg_xlsx_write_sheets (path, sheets, G_N_ELEMENTS (sheets), NULL, &error));
  import = hg_sheet_import_open (path, NULL, &error);
  g_assert_no_error (error);
  layout = hg_sheet_import_get_layout (import);
  g_assert_cmpstr (layout->sheet->name, ==, "今年");
  g_assert_cmpstrv (layout->candidates, ((const char *[]) { "旧版", "今年", NULL }));
  g_assert_true (hg_sheet_import_set_sheet (import, "旧版", &error));
  layout = hg_sheet_import_get_layout (import);
  g_assert_cmpstr (layout->sheet->name, ==, "旧版");
  /* That one has no answer column: the mapping step says so. */
  g_assert_true (layout->unsure);
  g_assert_nonnull (strstr (layout->unsure_reason, "回答, 評価, 達成状況, 実施状況"));
  g_assert_false (hg_sheet_import_set_sheet (import, "ない", &error));
  g_assert_nonnull (strstr (error->message, "今年"));
  hg_test_remove_dir (dir);
}

/* A workbook of @parts at @path, opened for import. */
static HgSheetImport *
open_parts (const char      *path,
            const HgZipPart *parts,
            gsize            n_parts)
{
  g_autoptr(GError) error = NULL;
  HgSheetImport *import;

  g_assert_true (hg_zip_write_parts (path, parts, n_parts, NULL, &error));
  import = hg_sheet_import_open (path, NULL, &error);
  g_assert_no_error (error);
  return import;
}

/* Said, but not stopping the import: an answer off the scale, a drop-down
 * option of no known meaning. */
static void
test_warnings (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "warn.xlsx", NULL);
  const char *sheet_xml =
    "<worksheet xmlns=\"http://schemas."
    "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>No.</t></is></c><c r=\"B1\" t=\"inlineStr\">"
    "<is><t>要求事項</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>実施状況</t></is></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>一</t></is></c>"
    "<c r=\"C2\" t=\"inlineStr\"><is><t>たぶん</t></is></c></row>"
    "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>二</t></is></c>"
    "<c r=\"C3\" t=\"inlineStr\"><is><t>実施していない</t></is></c></row>"
    "</sheetData><dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"C2:C3\">"
    "<formula1>\"実施している,一部実施,実施していない,検討中\"</formula1></dataValidation>"
    "</dataValidations></worksheet>";
  const HgZipPart parts[] = { WORKBOOK_PARTS (sheet_xml) };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSheetImport) import = NULL;
  HgSheetConversion *cv;

  import = open_parts (path, parts, G_N_ELEMENTS (parts));
  cv = convert (import);
  g_assert_cmpuint (cv->n_blocking, ==, 0);
  g_assert_nonnull (cv->framework);
  g_assert_cmpuint (cv->problems->len, ==, 2);
  g_assert_nonnull (strstr (problem_of_row (cv, 2), "検討中"));
  g_assert_nonnull (strstr (((HgSheetProblem *) g_ptr_array_index (cv->problems, 1))->message,
                            "row 2, column C: the answer “たぶん”"));
  g_assert_null (find_item (cv, "1")->value);
  /* 実施していない is "not", though it holds 実施. */
  g_assert_cmpstr (find_item (cv, "2")->value, ==, "not");
  g_assert_cmpstr (hg_framework_find_answer (cv->framework, "met")->label, ==, "実施している");
  g_assert_cmpuint (hg_framework_get_scale (cv->framework)->len, ==, 3);
  hg_test_remove_dir (dir);
}

/* A hidden column is not read, even with a header that fits: here last
 * year's answers, hidden beside this year's. */
static void
test_hidden_column (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "hidden.xlsx", NULL);
  const char *sheet_xml =
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<cols><col min=\"3\" max=\"3\" width=\"8\" hidden=\"1\"/></cols><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>No.</t></is></c><c r=\"B1\" t=\"inlineStr\">"
    "<is><t>要求事項</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>回答</t></is></c>"
    "<c r=\"D1\" t=\"inlineStr\"><is><t>回答</t></is></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>一</t></is></c>"
    "<c r=\"C2\" t=\"inlineStr\"><is><t>×</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>○</t>"
    "</is></c></row></sheetData></worksheet>";
  const HgZipPart parts[] = { WORKBOOK_PARTS (sheet_xml) };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSheetImport) import = NULL;
  HgSheetLayout *layout;
  HgSheetConversion *cv;

  import = open_parts (path, parts, G_N_ELEMENTS (parts));
  layout = hg_sheet_import_get_layout (import);
  g_assert_cmpint (layout->columns[HG_SHEET_ROLE_ANSWER], ==, 3);
  g_assert_false (layout->unsure);
  cv = convert (import);
  g_assert_cmpstr (find_item (cv, "1")->value, ==, "met");
  g_assert_cmpstr (find_item (cv, "1")->answer_cell, ==, "D2");
  hg_test_remove_dir (dir);
}

/* A header the words do not find, below a title: the user says where it
 * is, and its texts name the columns. */
static void
test_header_row (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  const char * const headers[] = { "取引先点検表 2026年度", "", "", NULL };
  const char * const row2[] = { "項目ID", "内容", "チェック", NULL };
  const char * const row3[] = { "A-1", "鍵の管理者を決めている", "○", NULL };
  const char * const *rows[] = { row2, row3, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSheetImport) import = open_written (dir, "titled.xlsx", headers, rows);
  HgSheetLayout *layout = hg_sheet_import_get_layout (import);
  g_autofree char *header = NULL;
  HgSheetConversion *cv;

  g_assert_cmpuint (layout->header_row, ==, 0);
  hg_sheet_layout_set_header (layout, 2, 1);
  header = hg_sheet_layout_get_header (layout, 1);
  g_assert_cmpstr (header, ==, "内容");
  hg_sheet_layout_set_column (layout, HG_SHEET_ROLE_REF, 0);
  hg_sheet_layout_set_column (layout, HG_SHEET_ROLE_TEXT, 1);
  hg_sheet_layout_set_column (layout, HG_SHEET_ROLE_ANSWER, 2);
  g_assert_cmpuint (layout->header_row, ==, 2);
  cv = hg_sheet_import_convert (import, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cv->n_blocking, ==, 0);
  g_assert_cmpuint (cv->items->len, ==, 1);
  g_assert_cmpstr (find_item (cv, "A-1")->answer_cell, ==, "C3");
  /* The title above names the framework. */
  g_assert_cmpstr (hg_framework_get_title (cv->framework), ==, "取引先点検表 2026年度");
  hg_test_remove_dir (dir);
}

/* Every file of the XLSX fuzz corpus, read and converted as a check sheet:
 * a refusal is an error with a message, and what converts without
 * problems is framework XML the loader accepts. */
static void
test_corpus (void)
{
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus-xlsx", NULL);
  g_autoptr(GDir) dir = g_dir_open (corpus, 0, NULL);
  const char *name;
  guint n_read = 0, n_converted = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (corpus, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(HgSheetImport) import = hg_sheet_import_open (path, NULL, &error);
      HgSheetLayout *layout;
      HgSheetConversion *cv;

      g_assert_true ((import == NULL) != (error == NULL));
      if (import == NULL)
        {
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          continue;
        }
      n_read++;
      layout = hg_sheet_import_get_layout (import);
      g_assert_true (layout->unsure == (layout->unsure_reason != NULL));
      cv = hg_sheet_import_convert (import, NULL, &error);
      g_assert_true ((cv == NULL) != (error == NULL));
      if (cv == NULL)
        continue;
      g_assert_true ((cv->n_blocking == 0) == (cv->framework != NULL));
      n_converted += cv->framework != NULL;
    }
  /* The two stand-ins at least. */
  g_assert_cmpuint (n_read, >=, 3);
  g_assert_cmpuint (n_converted, >=, 3);
}

/* Files that are no workbook say so, naming the file. */
static void
test_not_a_workbook (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "ない.xlsx", NULL);
  g_autofree char *empty = g_build_filename (dir, "空.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_sheet_import_open (missing, NULL, &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "ない.xlsx"));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_null (hg_sheet_import_open (empty, NULL, &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX);
  g_assert_nonnull (strstr (error->message, "空.xlsx"));
  g_clear_error (&error);
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet-import/jama", test_jama_layout);
  g_test_add_func ("/sheet-import/meti", test_meti_layout);
  g_test_add_func ("/sheet-import/commit-undo", test_commit_and_undo);
  g_test_add_func ("/sheet-import/no-item-column", test_no_item_column);
  g_test_add_func ("/sheet-import/mapping-step", test_mapping_step);
  g_test_add_func ("/sheet-import/problems-by-row", test_problems_by_row);
  g_test_add_func ("/sheet-import/hostile-text", test_hostile_text);
  g_test_add_func ("/sheet-import/read-book", test_read_book);
  g_test_add_func ("/sheet-import/read-book-hostile", test_read_book_hostile);
  g_test_add_func ("/sheet-import/several-sheets", test_several_sheets);
  g_test_add_func ("/sheet-import/warnings", test_warnings);
  g_test_add_func ("/sheet-import/hidden-column", test_hidden_column);
  g_test_add_func ("/sheet-import/header-row", test_header_row);
  g_test_add_func ("/sheet-import/corpus", test_corpus);
  g_test_add_func ("/sheet-import/not-a-workbook", test_not_a_workbook);
  return g_test_run ();
}

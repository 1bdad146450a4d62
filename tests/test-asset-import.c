/* test-asset-import.c: sheets into the register, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-asset-columns.h"
#include "hg-asset-files.h"
#include "hg-asset-import.h"
#include "hg-asset-store.h"
#include "hg-csv.h"
#include "hg-db.h"
#include "hg-department.h"
#include "hg-person.h"
#include "hg-test-package.h"
#include "hg-sheet-reader.h"
#include "hg-test-util.h"
#include "hg-text.h"
#include "hg-zip-writer.h"

#include <stdio.h>
#include <string.h>

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPerson) p = hg_person_new ("山田 太郎", 0, "", "");

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "import.hinagata", "株式会社取込");
  hg_department_add (f->workbook, "総務部", &error);
  g_assert_no_error (error);
  hg_person_add (f->workbook, p, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return hg_db_query_int (hg_workbook_get_db (f->workbook), sql, -1);
}

static void
test_japanese_headers_any_order (Fixture       *f,
                                 gconstpointer  data)
{
  const char *header[] = { "可用性", "情報資産名称", "機密性", "完全性", "管理部署", "媒体・保存先",
                           "個人情報", "メモ欄", NULL };
  const char *r1[] = { "2", "顧客名簿", "3", "2", "営業部", "社外サーバ（クラウド）", "○", "x", NULL };
  const char *r2[] = { "1", "会社案内", "1", "1", "総務部", "書類", "", "", NULL };
  const char * const *rows[] = { header, r1, r2, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unknown = NULL;
  g_auto(GStrv) new_departments = NULL;
  g_auto(GStrv) new_media = NULL;
  guint line = 0;
  const HgAssetData *d;

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 2);
  g_assert_cmpuint (hg_asset_import_get_n_update (import), ==, 0);

  unknown = hg_asset_import_get_unknown_columns (import);
  g_assert_cmpuint (g_strv_length (unknown), ==, 1);
  g_assert_cmpstr (unknown[0], ==, "メモ欄");
  new_departments = hg_asset_import_get_new_departments (import);
  g_assert_cmpuint (g_strv_length (new_departments), ==, 1);
  g_assert_cmpstr (new_departments[0], ==, "営業部");
  new_media = hg_asset_import_get_new_media (import);
  g_assert_cmpuint (g_strv_length (new_media), ==, 0);

  d = hg_asset_import_get_row (import, 0, &line);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpstr (d->name, ==, "顧客名簿");
  g_assert_cmpuint (d->confidentiality, ==, 3);
  g_assert_cmpuint (d->availability, ==, 2);
  g_assert_cmpuint (d->flags, ==, HG_ASSET_PERSONAL);

  /* Nothing is written before apply. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, 0);
  g_assert_true (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM department WHERE name = '営業部'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT importance FROM asset WHERE name = '顧客名簿'"), ==, 3);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Import 2 Assets");

  /* One undo takes the whole import back, new department included. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM department"), ==, 1);
}

static void
test_english_headers_and_title_row (Fixture       *f,
                                    gconstpointer  data)
{
  const char *title[] = { "Information asset register 2026", NULL };
  const char *header[] = { "Asset Name", "Confidentiality", "Integrity", "Availability",
                           "Owner", "Registered", NULL };
  const char *r1[] = { "Drawings", "3", "3", "2", "山田 太郎", "2025/4/1", NULL };
  const char * const *rows[] = { title, header, r1, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const HgAssetData *d;

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_problems (import)->len, ==, 0);
  d = hg_asset_import_get_row (import, 0, NULL);
  g_assert_cmpstr (d->name, ==, "Drawings");
  g_assert_cmpint (d->owner_id, >, 0);
  g_assert_cmpstr (d->registered_on, ==, "2025-04-01");
  g_assert_true (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset WHERE registered_on = '2025-04-01'"),
                   ==, 1);
}

static void
test_problems_block_import (Fixture       *f,
                            gconstpointer  data)
{
  const char *header[] = { "情報資産名称", "機密性", "完全性", "可用性", "重要度", "管理責任者",
                           NULL };
  const char *ok[] = { "見積書", "2", "2", "1", "", "", NULL };
  const char *bad_level[] = { "図面", "5", "2", "1", "", "", NULL };
  const char *no_name[] = { "", "1", "1", "1", "", "", NULL };
  const char *lowered[] = { "顧客名簿", "3", "1", "1", "1", "", NULL };
  const char *nobody[] = { "契約書", "2", "2", "2", "", "佐藤 次郎", NULL };
  const char * const *rows[] = { header, ok, bad_level, no_name, lowered, nobody, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  HgImportProblem *p;

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  problems = hg_asset_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, 4);

  p = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (p->line, ==, 3);
  g_assert_cmpstr (p->column, ==, "機密性");
  g_assert_cmpstr (p->value, ==, "5");
  g_assert_cmpstr (p->reason, ==, "Write 1, 2 or 3");
  p = g_ptr_array_index (problems, 1);
  g_assert_cmpuint (p->line, ==, 4);
  g_assert_cmpstr (p->column, ==, "情報資産名称");
  p = g_ptr_array_index (problems, 2);
  g_assert_cmpuint (p->line, ==, 5);
  g_assert_cmpstr (p->column, ==, "重要度");
  p = g_ptr_array_index (problems, 3);
  g_assert_cmpuint (p->line, ==, 6);
  g_assert_cmpstr (p->column, ==, "管理責任者");
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 1);

  /* All or nothing: the good row is not written either. */
  g_assert_false (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS);
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, 0);
  g_assert_false (hg_workbook_can_undo (f->workbook) && g_str_has_prefix (hg_workbook_get_undo_label (f->workbook), "Import"));
}

/* A row with a problem is only a problem: the preview never lists it among
 * the rows to add (機密性 「高」 used to show as "add · confidentiality 1"),
 * and a file of nothing but bad rows says what is wrong with them. */
static void
test_bad_row_not_kept (Fixture       *f,
                       gconstpointer  data)
{
  const char *header[] = { "情報資産名称", "機密性", "完全性", "可用性", NULL };
  const char *bad[] = { "人事評価", "高", "2", "2", NULL };
  const char *ok[] = { "見積書", "2", "2", "1", NULL };
  const char * const *rows[] = { header, bad, ok, NULL };
  const char * const *only_bad[] = { header, bad, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgTable) bad_table = hg_test_table_of (only_bad);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(HgAssetImport) bad_import = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_problems (import), ==, 1);
  g_assert_cmpuint (((HgImportProblem *) g_ptr_array_index (hg_asset_import_get_problems (import),
                                                            0))->line, ==, 2);
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 1);
  g_assert_cmpuint (hg_asset_import_get_n_rows (import), ==, 1);
  g_assert_cmpstr (hg_asset_import_get_row (import, 0, &line)->name, ==, "見積書");
  g_assert_cmpuint (line, ==, 3);

  bad_import = hg_asset_import_prepare (f->workbook, bad_table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_problems (bad_import), ==, 1);
  g_assert_cmpuint (hg_asset_import_get_n_rows (bad_import), ==, 0);
  g_assert_cmpuint (hg_asset_import_get_n_add (bad_import), ==, 0);
}

/* A row marked only 特定個人情報 is imported as personal information too. */
static void
test_my_number_is_personal (Fixture       *f,
                            gconstpointer  data)
{
  const char *header[] = { "情報資産名称", "機密性", "完全性", "可用性", "特定個人情報", NULL };
  const char *r1[] = { "源泉徴収票", "2", "2", "2", "○", NULL };
  const char * const *rows[] = { header, r1, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (hg_asset_import_get_row (import, 0, NULL)->flags, ==,
                    HG_ASSET_MY_NUMBER | HG_ASSET_PERSONAL);
}

/* Control characters in cells are problems with their row and column, like
 * any other; a multi-line field (notes) keeps its line breaks. */
static void
test_control_characters (Fixture       *f,
                         gconstpointer  data)
{
  const char *header[] = { "情報資産名称", "機密性", "完全性", "可用性", "管理部署", "媒体・保存先",
                           "備考", NULL };
  const char *escape[] = { "赤\x1b[31m字", "1", "1", "1", "", "", "", NULL };
  const char *del[] = { "見積書", "1", "1", "1", "総務\x7f部", "", "", NULL };
  const char *csi[] = { "図面", "1", "1", "1", "", "\xc2\x9b" "2J", "一行目\n二行目", NULL };
  const char *tab[] = { "顧客\t名簿", "1", "1", "1", "", "", "\x1b]0;x\a", NULL };
  const char *fine[] = { "契約書", "1", "1", "1", "", "", "一行目\r\n\t二行目", NULL };
  const char * const *rows[] = { header, escape, del, csi, tab, fine, NULL };
  static const struct { guint line; const char *column, *value, *reason; } expected[] = {
    { 2, "情報資産名称", "赤\x1b[31m字", "Contains a control character (U+001B) at position 2" },
    { 3, "管理部署", "総務\x7f部", "Contains a control character (U+007F) at position 3" },
    { 4, "媒体・保存先", "\xc2\x9b" "2J", "Contains a control character (U+009B) at position 1" },
    { 5, "情報資産名称", "顧客\t名簿", "Contains a control character (U+0009) at position 3" },
    { 5, "備考", "\x1b]0;x\a", "Contains a control character (U+001B) at position 1" },
  };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  problems = hg_asset_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      HgImportProblem *p = g_ptr_array_index (problems, i);

      g_assert_cmpuint (p->line, ==, expected[i].line);
      g_assert_cmpstr (p->column, ==, expected[i].column);
      g_assert_cmpstr (p->value, ==, expected[i].value);
      g_assert_cmpstr (p->reason, ==, expected[i].reason);
    }
  g_assert_false (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, 0);
}

static void
test_update_by_id (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HgAssetData) d = hg_asset_data_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autofree char *id_text = NULL;
  gint64 id;

  hg_text_set (&d->name, "旧い名前");
  id = hg_asset_store_add (f->workbook, d, &error);
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  {
    const char *header[] = { "ID", "情報資産名称", "機密性", "完全性", "可用性", NULL };
    const char *r1[] = { id_text, "新しい名前", "2", "2", "2", NULL };
    const char *r2[] = { "99999", "番号が無い資産", "1", "1", "1", NULL };
    const char * const *rows[] = { header, r1, r2, NULL };
    table = hg_test_table_of (rows);
  }

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_update (import), ==, 1);
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 1);
  g_assert_true (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, 2);
  g_assert_cmpint (count (f, "SELECT confidentiality FROM asset WHERE name = '新しい名前'"), ==, 2);
}

static void
test_structural_errors (Fixture       *f,
                        gconstpointer  data)
{
  const char *header[] = { "品名", "数量", NULL };
  const char *r1[] = { "ねじ", "100", NULL };
  const char * const *rows[] = { header, r1, NULL };
  const char *header2[] = { "情報資産名称", "機密性", "完全性", NULL };
  const char * const *rows2[] = { header2, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgTable) table2 = hg_test_table_of (rows2);
  g_autoptr(HgTable) empty = hg_table_new ();
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_asset_import_prepare (f->workbook, table, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_HEADER);
  g_assert_nonnull (strstr (error->message, "情報資産名称"));
  g_clear_error (&error);

  g_assert_null (hg_asset_import_prepare (f->workbook, table2, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_MISSING_COLUMN);
  g_assert_nonnull (strstr (error->message, "可用性"));
  g_clear_error (&error);

  g_assert_null (hg_asset_import_prepare (f->workbook, empty, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_EMPTY);
}

static void
assert_same_register (HgWorkbook *a,
                      HgWorkbook *b)
{
  g_autoptr(HgTable) ta = hg_asset_export_table (a);
  g_autoptr(HgTable) tb = hg_asset_export_table (b);

  g_assert_cmpuint (hg_table_get_n_rows (ta), ==, hg_table_get_n_rows (tb));
  for (guint r = 0; r < hg_table_get_n_rows (ta); r++)
    for (guint c = 0; c < HG_ASSET_N_COLS; c++)
      {
        /* Ids and dates of the copy are its own. */
        if (c == HG_ASSET_COL_ID || c == HG_ASSET_COL_UPDATED)
          continue;
        g_assert_cmpstr (hg_table_get_cell (ta, r, c), ==, hg_table_get_cell (tb, r, c));
      }
}

static void
round_trip (Fixture           *f,
            HgAssetFileFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (f->dir, format == HG_ASSET_FILE_CSV ? "out.csv"
                                                                               : "out.xlsx", NULL);
  g_autofree char *copy_path = g_build_filename (f->dir, format == HG_ASSET_FILE_CSV ? "c.hinagata"
                                                                                    : "x.hinagata",
                                                 NULL);
  g_autoptr(HgWorkbook) copy = NULL;
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(HgAssetData) odd = hg_asset_data_new ();
  g_autoptr(HgPerson) p = hg_person_new ("山田 太郎", 0, "", "");

  g_assert_true (hg_asset_store_load_examples (f->workbook, &error));
  /* One awkward asset: commas, quotes, a line break, raised importance,
   * disposed, with a manager. */
  hg_text_set (&odd->name, "見積書, \"特急\"版");
  hg_text_set (&odd->notes, "1行目\n2行目");
  odd->confidentiality = 1;
  odd->importance_raised = 3;
  hg_text_set (&odd->importance_reason, "主要取引先の指定");
  odd->disposed = TRUE;
  hg_text_set (&odd->disposed_on, "2026-03-31");
  hg_text_set (&odd->disposal_method, "溶解処理");
  odd->owner_id = 1;
  g_assert_cmpint (hg_asset_store_add (f->workbook, odd, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (hg_asset_export_file (f->workbook, file, format, &error));
  g_assert_no_error (error);

  copy = hg_workbook_create (copy_path, "写し", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hg_person_add (copy, p, &error), >, 0);
  import = hg_asset_import_prepare_file (copy, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 21);
  g_assert_true (hg_asset_import_apply (copy, import, &error));
  g_assert_no_error (error);

  assert_same_register (f->workbook, copy);
}

static void
test_round_trip_csv (Fixture       *f,
                     gconstpointer  data)
{
  round_trip (f, HG_ASSET_FILE_CSV);
}

static void
test_round_trip_xlsx (Fixture       *f,
                      gconstpointer  data)
{
  round_trip (f, HG_ASSET_FILE_XLSX);
}

/* Names a spreadsheet would run as formulas are exported with an
 * apostrophe before them and imported back exactly; numbers and ordinary
 * text are written as they are. */
static void
test_formula_names (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const names[] = {
    "=HYPERLINK(\"http://example.com\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-1+2",
    "'=x", "-1", "3.5", "普通の資産",
  };
  static const char * const written[] = {
    ",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",", ",'+cmd|' /C calc'!A0,",
    ",'@SUM(1),", ",'-1+2,", ",''=x,", ",-1,", ",3.5,", ",普通の資産,",
  };
  g_autofree char *file = g_build_filename (f->dir, "formulas.csv", NULL);
  g_autofree char *copy_path = g_build_filename (f->dir, "formulas.hinagata", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(HgWorkbook) copy = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HgAssetData) d = hg_asset_data_new ();

      hg_text_set (&d->name, names[i]);
      g_assert_cmpint (hg_asset_store_add (f->workbook, d, &error), >, 0);
      g_assert_no_error (error);
    }
  g_assert_true (hg_asset_export_file (f->workbook, file, HG_ASSET_FILE_CSV, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (file, &bytes, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (written); i++)
    hg_test_assert_contains (bytes, written[i]);
  g_assert_null (strstr (bytes, ",=HYPERLINK"));

  copy = hg_workbook_create (copy_path, "写し", &error);
  g_assert_no_error (error);
  table = hg_asset_read_file (file, &error);
  g_assert_no_error (error);
  import = hg_asset_import_prepare (copy, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_problems (import)->len, ==, 0);
  g_assert_true (hg_asset_import_apply (copy, import, &error));
  g_assert_no_error (error);
  assert_same_register (f->workbook, copy);
}

/* A hostile file hides a formula behind a TAB, which the import trims away:
 * the name is kept as text, and the next export guards it again. */
static void
test_formula_after_trim (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *in = g_build_filename (f->dir, "hostile.csv", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (in, "情報資産名称,機密性,完全性,可用性\r\n"
                                          "\"\t=2+2\",1,1,1\r\n"
                                          "\"'\t@SUM(1)\",1,1,1\r\n", -1, NULL));
  table = hg_asset_read_file (in, &error);
  g_assert_no_error (error);
  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_problems (import)->len, ==, 0);
  g_assert_cmpstr (hg_asset_import_get_row (import, 0, NULL)->name, ==, "=2+2");
  g_assert_cmpstr (hg_asset_import_get_row (import, 1, NULL)->name, ==, "@SUM(1)");
  g_assert_true (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_no_error (error);

  g_assert_true (hg_asset_export_file (f->workbook, out, HG_ASSET_FILE_CSV, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &bytes, NULL, NULL));
  hg_test_assert_contains (bytes, ",'=2+2,");
  hg_test_assert_contains (bytes, ",'@SUM(1),");
  g_assert_null (strstr (bytes, ",=2+2"));
  g_assert_null (strstr (bytes, ",@SUM"));
}

/* Two rows of IPA's register (付録7): a title, then a header of two rows
 * where 個人情報の種類 and 評価値 are merged over the columns they group.
 * In CSV a merged cell's text is in its first column only. */
static const char ipa_csv[] =
  "\xEF\xBB\xBF" "情報資産管理台帳,,,,,,,,,,,,,,,\r\n"
  "No.,業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,個人情報の種類,,,"
  "評価値,,,重要度,保存期限,登録日\r\n"
  ",,,,,,,個人情報,要配慮個人情報,特定個人情報,機密性,完全性,可用性,,,\r\n"
  "1,人事,従業員名簿,健康診断の結果を含む,人事担当,総務部,書類,○,○,,3,2,2,3,5年,2025/4/1\r\n"
  "2,営業,見積書,,営業部,総務部,社内サーバ,,,,2,2,1,2,,\r\n";

/* Imports @path, which holds the two assets of ipa_csv, and checks them. */
static void
import_ipa_register (Fixture    *f,
                     const char *path)
{
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unknown = NULL;
  const HgAssetData *d;
  guint line = 0;

  import = hg_asset_import_prepare_file (f->workbook, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 2);
  /* The group headers named no column: each column has its own name. */
  unknown = hg_asset_import_get_unknown_columns (import);
  g_assert_cmpuint (g_strv_length (unknown), ==, 0);

  d = hg_asset_import_get_row (import, 0, &line);
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpstr (d->name, ==, "従業員名簿");
  g_assert_cmpstr (d->notes, ==, "健康診断の結果を含む");
  g_assert_cmpuint (d->confidentiality, ==, 3);
  g_assert_cmpuint (d->integrity, ==, 2);
  g_assert_cmpuint (d->availability, ==, 2);
  g_assert_cmpuint (d->flags, ==, HG_ASSET_PERSONAL | HG_ASSET_SENSITIVE);
  g_assert_cmpstr (d->retention, ==, "5年");
  g_assert_cmpstr (d->registered_on, ==, "2025-04-01");

  d = hg_asset_import_get_row (import, 1, &line);
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpstr (d->name, ==, "見積書");
  g_assert_cmpuint (d->confidentiality, ==, 2);
  g_assert_cmpuint (d->integrity, ==, 2);
  g_assert_cmpuint (d->availability, ==, 1);
  g_assert_cmpuint (d->flags, ==, 0);

  g_assert_true (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset WHERE confidentiality = 3 AND "
                             "integrity = 2 AND availability = 2 AND name = '従業員名簿'"), ==, 1);
  /* Both are 総務部's: in the XLSX one cell merged down over both rows. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset JOIN department d ON d.id = "
                             "department_id WHERE d.name = '総務部'"), ==, 2);
}

static void
test_ipa_layout_csv (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "台帳.csv", NULL);

  g_assert_true (g_file_set_contents (path, ipa_csv, -1, NULL));
  import_ipa_register (f, path);
}

/* A cell of the sheet as an inline string. */
static void
add_cell (GString    *sheet,
          const char *ref,
          const char *text)
{
  g_string_append_printf (sheet, "<c r=\"%s\" t=\"inlineStr\"><is><t>%s</t></is></c>", ref, text);
}

static void
add_row (GString            *sheet,
         guint               row,
         const char * const *texts)
{
  g_string_append_printf (sheet, "<row r=\"%u\">", row);
  for (guint c = 0; texts[c] != NULL; c++)
    if (texts[c][0] != '\0')
      {
        char ref[16];

        g_snprintf (ref, sizeof ref, "%c%u", 'A' + c, row);
        add_cell (sheet, ref, texts[c]);
      }
  g_string_append (sheet, "</row>");
}

/* The parts every test workbook here has before its own. */
static const char test_content_types[] =
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
  "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "</Types>";
static const char test_root_rels[] =
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

/* The same register as Excel saves IPA's workbook: merged cells keep their
 * text in the first cell only, and the sheet lists the merged ranges; the
 * headers that are not split are merged down over both header rows, and
 * the department of the two assets is one cell merged down over both. */
static void
write_ipa_xlsx (const char *path)
{
  static const char *title[] = { "情報資産管理台帳", NULL };
  static const char *upper[] = { "No.", "業務分類", "情報資産名称", "備考", "利用者範囲",
                                 "管理部署", "媒体・保存先", "個人情報の種類", "", "",
                                 "評価値", "", "", "重要度", "保存期限", "登録日", NULL };
  static const char *lower[] = { "", "", "", "", "", "", "", "個人情報", "要配慮個人情報",
                                 "特定個人情報", "機密性", "完全性", "可用性", NULL };
  static const char *r1[] = { "1", "人事", "従業員名簿", "健康診断の結果を含む", "人事担当",
                              "総務部", "書類", "○", "○", "", "3", "2", "2", "3", "5年",
                              "2025-04-01", NULL };
  static const char *r2[] = { "2", "営業", "見積書", "", "営業部", "", "社内サーバ", "", "", "",
                              "2", "2", "1", "2", NULL };
  g_autoptr(GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                           "spreadsheetml/2006/main\"><sheetData>");
  g_autoptr(GError) error = NULL;
  const HgZipPart parts[] = {
    { "[Content_Types].xml", test_content_types, FALSE },
    { "_rels/.rels", test_root_rels, FALSE },
    { "xl/workbook.xml",
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<sheets><sheet name=\"情報資産管理台帳\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
      FALSE },
    { "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>", FALSE },
    { "xl/worksheets/sheet1.xml", NULL, FALSE },
  };
  HgZipPart sheet_part;
  HgZipPart all[G_N_ELEMENTS (parts)];

  add_row (sheet, 1, title);
  add_row (sheet, 2, upper);
  add_row (sheet, 3, lower);
  add_row (sheet, 4, r1);
  add_row (sheet, 5, r2);
  g_string_append (sheet, "</sheetData><mergeCells count=\"15\">"
                          "<mergeCell ref=\"A1:P1\"/>");
  for (char c = 'A'; c <= 'G'; c++)
    g_string_append_printf (sheet, "<mergeCell ref=\"%c2:%c3\"/>", c, c);
  g_string_append (sheet, "<mergeCell ref=\"H2:J2\"/><mergeCell ref=\"K2:M2\"/>"
                          "<mergeCell ref=\"N2:N3\"/><mergeCell ref=\"O2:O3\"/>"
                          "<mergeCell ref=\"P2:P3\"/><mergeCell ref=\"F4:F5\"/>"
                          "</mergeCells></worksheet>");

  memcpy (all, parts, sizeof parts);
  sheet_part = (HgZipPart) { "xl/worksheets/sheet1.xml", sheet->str, FALSE };
  all[G_N_ELEMENTS (parts) - 1] = sheet_part;
  g_assert_true (hg_zip_write_parts (path, all, G_N_ELEMENTS (all), NULL, &error));
  g_assert_no_error (error);
}

static void
test_ipa_layout_xlsx (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "台帳.xlsx", NULL);

  write_ipa_xlsx (path);
  import_ipa_register (f, path);
}

static void
test_header_then_data (Fixture       *f,
                       gconstpointer  data)
{
  /* The first asset is called like a column; its row is still data. */
  const char *header[] = { "情報資産名称", "機密性", "完全性", "可用性", "メモ", NULL };
  const char *r1[] = { "備考", "3", "2", "1", "c", NULL };
  const char *r2[] = { "図面", "2", "2", "2", "", NULL };
  const char * const *rows[] = { header, r1, r2, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_rows (import), ==, 2);
  g_assert_cmpstr (hg_asset_import_get_row (import, 0, NULL)->name, ==, "備考");
  g_assert_cmpuint (hg_asset_import_get_row (import, 0, NULL)->confidentiality, ==, 3);
}

/* An OLE2 compound file as old Excel writes one, reduced to what tells
 * the kinds apart: the 512-byte header and directory sectors of 512 bytes
 * with the streams @names. The directory has four entries a sector; a
 * fifth name goes into a second sector, which the allocation table (in
 * sector 1) chains to the first. */
static void
write_ole (const char         *path,
           const char * const *names)
{
  g_autoptr(GByteArray) file = g_byte_array_new ();
  static const guint8 magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  guint8 *bytes;
  guint n_names = g_strv_length ((GStrv) names);
  guint n_dir_sectors = (n_names + 1 + 3) / 4;

  g_byte_array_set_size (file, 512 * (2 + n_dir_sectors + 1));
  bytes = file->data;
  memset (bytes, 0, file->len);
  memcpy (bytes, magic, sizeof magic);
  bytes[0x18] = 0x3E;                     /* minor version */
  bytes[0x1A] = 3;                        /* major version 3: 512-byte sectors */
  bytes[0x1C] = 0xFE;                     /* byte order */
  bytes[0x1D] = 0xFF;
  bytes[0x1E] = 9;                        /* sector shift */
  bytes[0x20] = 6;                        /* mini sector shift */
  bytes[0x2C] = 1;                        /* one allocation table sector */
  bytes[0x30] = 0;                        /* the directory starts at sector 0 */
  memset (bytes + 0x4C, 0xFF, 109 * 4);   /* the allocation table sectors ... */
  memset (bytes + 0x4C, 0, 4);            /* ... of which the first is sector 1 */
  bytes[0x4C] = 1;

  /* Sector 1, the allocation table: 0 → 2 → end, if two directory sectors. */
  memset (bytes + 512 * 2, 0xFF, 512);
  bytes[512 * 2 + 0] = n_dir_sectors > 1 ? 2 : 0xFE;
  bytes[512 * 2 + 1] = n_dir_sectors > 1 ? 0 : 0xFF;
  bytes[512 * 2 + 2] = n_dir_sectors > 1 ? 0 : 0xFF;
  bytes[512 * 2 + 3] = n_dir_sectors > 1 ? 0 : 0xFF;
  bytes[512 * 2 + 8] = 0xFE;
  bytes[512 * 2 + 9] = 0xFF;
  bytes[512 * 2 + 10] = 0xFF;
  bytes[512 * 2 + 11] = 0xFF;

  for (guint e = 0; e <= n_names; e++)
    {
      const char *name = e == 0 ? "Root Entry" : names[e - 1];
      guint sector = e / 4 == 0 ? 0 : 2;
      guint8 *entry = bytes + 512 * (sector + 1) + 128 * (e % 4);

      for (guint i = 0; name[i] != '\0'; i++)
        entry[2 * i] = (guint8) name[i];
      entry[64] = (guint8) ((strlen (name) + 1) * 2);
      entry[66] = e == 0 ? 5 : 2;         /* root storage, or a stream */
    }
  g_assert_true (g_file_set_contents (path, (const char *) bytes, file->len, NULL));
}

static void
assert_refused_with (Fixture    *f,
                     const char *path,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetImport) import = hg_asset_import_prepare_file (f->workbook, path, &error);

  g_assert_null (import);
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_WRONG_FORMAT);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in the message “%s”", expected, error->message);
}

static void
test_workbook_formats (Fixture       *f,
                       gconstpointer  data)
{
  static const char *xls_streams[] = { "Workbook", "\005SummaryInformation", NULL };
  static const char *encrypted_streams[] = { "EncryptionInfo", "EncryptedPackage", NULL };
  /* Five entries: the one that counts is in the second directory sector. */
  static const char *encrypted_far[] = { "\006DataSpaces", "Primary", "StrongEncryption",
                                         "Transform", "EncryptionInfo", NULL };
  g_autofree char *xls = g_build_filename (f->dir, "古い台帳.csv", NULL);
  g_autofree char *encrypted = g_build_filename (f->dir, "鍵付き.xlsx", NULL);
  g_autofree char *encrypted2 = g_build_filename (f->dir, "鍵付き2.xlsx", NULL);
  g_autofree char *ods = g_build_filename (f->dir, "台帳.ods", NULL);
  g_autoptr(GError) error = NULL;
  const HgZipPart ods_parts[] = {
    { "mimetype", "application/vnd.oasis.opendocument.spreadsheet", TRUE },
    { "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
                     "xmlns:office:1.0\"/>", FALSE },
  };

  /* The name says CSV; the content decides. */
  write_ole (xls, xls_streams);
  assert_refused_with (f, xls, "古い台帳.csv” is an Excel 97–2003 workbook (.xls): save it as "
                               ".xlsx (Excel Workbook) and import that");

  write_ole (encrypted, encrypted_streams);
  assert_refused_with (f, encrypted, "鍵付き.xlsx” is password-protected: open it in Excel, "
                                     "remove the password");
  write_ole (encrypted2, encrypted_far);
  assert_refused_with (f, encrypted2, "鍵付き2.xlsx” is password-protected");

  g_assert_true (hg_zip_write_parts (ods, ods_parts, G_N_ELEMENTS (ods_parts), NULL, &error));
  g_assert_no_error (error);
  assert_refused_with (f, ods, "台帳.ods” is an OpenDocument spreadsheet (.ods): save it as "
                               ".xlsx");

  /* The same through the reader every import of a file uses. */
  g_assert_null (hg_asset_read_file (encrypted, &error));
  g_assert_nonnull (strstr (error->message, "password-protected"));
}

/* A reader's error in the middle of the file stops the import with the
 * file and the line. */
static void
test_read_error_names_file (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "壊れた.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "情報資産名称,機密性,完全性,可用性\n"
                                            "顧客名簿,3,2,2\n"
                                            "\"図面,1,1,1\n", -1, NULL));
  g_assert_null (hg_asset_import_prepare_file (f->workbook, path, &error));
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "“"));
  g_assert_true (g_str_has_suffix (error->message,
                                   "壊れた.csv”: Line 3: a quoted field is not closed"));
}

static void
test_problems_capped (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;

  hg_table_add_row (table, g_strsplit ("情報資産名称,機密性,完全性,可用性", ",", -1), 1);
  for (guint i = 0; i < 1500; i++)
    hg_table_add_row (table, g_strsplit ("図面,9,1,1", ",", -1), i + 2);

  import = hg_asset_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  /* The first ones are kept to be shown; the rest are counted. */
  g_assert_cmpuint (hg_asset_import_get_problems (import)->len, ==, HG_IMPORT_MAX_PROBLEMS);
  g_assert_cmpuint (hg_asset_import_get_n_problems (import), ==, 1500);
  g_assert_cmpuint (((HgImportProblem *) g_ptr_array_index (hg_asset_import_get_problems (import),
                                                            999))->line, ==, 1001);
  g_assert_false (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_cmpstr (error->message, ==, "The file has 1500 problems; nothing was imported.");
}

/* A file of exactly the most rows is read to its end; one row more is
 * refused at that row. */
static void
test_row_limit (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "多すぎる.csv", NULL);

  for (guint extra = 0; extra <= 1; extra++)
    {
      g_autoptr(HgSheetReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      FILE *file = fopen (path, "w");
      HgTableRow row;
      guint n = 0;

      g_assert_nonnull (file);
      fputs ("情報資産名称,機密性,完全性,可用性\n", file);
      for (guint i = 1; i < HG_SHEET_MAX_ROWS + extra; i++)
        fputs ("a\n", file);
      g_assert_cmpint (fclose (file), ==, 0);

      reader = hg_sheet_reader_open (path, &error);
      g_assert_no_error (error);
      while (hg_sheet_reader_next (reader, &row, &error))
        n++;
      if (extra == 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (n, ==, HG_SHEET_MAX_ROWS);
        }
      else
        {
          g_assert_cmpuint (n, ==, HG_SHEET_MAX_ROWS);
          g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_TOO_MANY_ROWS);
          g_assert_cmpstr (error->message, ==, "Line 1000001: the file has more than 1,000,000 "
                                               "rows, the most one import takes; split it into "
                                               "smaller files");
        }
    }
}

/* A field of /proc/self/status, such as VmHWM, in bytes. */
static guint64
status_bytes (const char *field)
{
  g_autofree char *status = NULL;
  g_autofree char *key = g_strconcat ("\n", field, ":", NULL);
  const char *p;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  p = strstr (status, key);
  g_assert_nonnull (p);
  return g_ascii_strtoull (p + strlen (key), NULL, 10) * 1024;
}

/* The memory an import takes grows with what it keeps to write, never
 * with the file as a whole: a file of N bytes used to take about ten
 * times N (the file itself and one allocation per cell, at once). What is
 * kept is the text of the rows, at most the file's size, and for each row
 * a fixed part: its numbers and where its texts are (120 bytes), and its
 * entry in the undo log of the transaction (about 130). So the peak may
 * grow by the file's size, 250 bytes a row, and 8 MiB for the reader's
 * buffers and SQLite's page cache. */
static void
test_memory_bounded (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "大きい台帳.csv", NULL);
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint64 size, before, peak;
  gboolean measured;
  guint rows = 0;
  FILE *file;
#if defined(__SANITIZE_ADDRESS__)
  /* Under AddressSanitizer freed memory is held back in quarantine, and
   * resident memory says nothing: the import runs, smaller, unmeasured. */
  const guint64 target = 2 * 1024 * 1024;
#else
  const guint64 target = 20 * 1024 * 1024;
#endif

  file = fopen (path, "w");
  g_assert_nonnull (file);
  fputs ("\xEF\xBB\xBF" "No.,業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,"
         "個人情報,機密性,完全性,可用性,重要度,保存期限,登録日\r\n", file);
  while ((guint64) ftell (file) < target)
    {
      rows++;
      fprintf (file, "%u,業務%u,情報資産 %06u の記録,取引先との契約書や見積書の控え %u,"
                     "部署内,総務部,書類,%s,%u,%u,%u,%u,5年,2025-04-01\r\n",
               rows, rows % 40, rows, rows, rows % 7 == 0 ? "○" : "", 1 + rows % 3,
               1 + rows / 3 % 3, 1 + rows / 9 % 3,
               rows % 7 == 0 ? 3 : MAX (1 + rows % 3, MAX (1 + rows / 3 % 3, 1 + rows / 9 % 3)));
    }
  size = ftell (file);
  g_assert_cmpint (fclose (file), ==, 0);

  /* Writing 5 sets the peak back to what is resident now (Linux 4.0). */
  file = fopen ("/proc/self/clear_refs", "w");
  measured = file != NULL && fputs ("5", file) >= 0;
  measured = file != NULL && fclose (file) == 0 && measured;
  before = status_bytes ("VmRSS");

  import = hg_asset_import_prepare_file (f->workbook, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, rows);
  g_test_message ("prepared: peak grew by %" G_GUINT64_FORMAT " bytes",
                  status_bytes ("VmHWM") - before);
  g_assert_true (hg_asset_import_apply (f->workbook, import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, rows);

  peak = status_bytes ("VmHWM");
  g_test_message ("%u rows, %" G_GUINT64_FORMAT " bytes: peak grew by %" G_GUINT64_FORMAT
                  " bytes", rows, size, peak - before);
#if defined(__SANITIZE_ADDRESS__)
  measured = FALSE;
#endif
  if (measured)
    g_assert_cmpuint (peak - before, <, size + 250 * (guint64) rows + 8 * 1024 * 1024);
  else
    g_test_message ("the peak was not measured");
}

/* The same register as CSV and as an Excel file written the ways Excel
 * and other programs write one: shared strings (one with "&amp;", one of
 * rich runs with furigana), inline strings (with references, a CDATA
 * section and a line break), a formula's text, numbers (one as "1.0"),
 * dates as serials in a date format, cells left out, empty and
 * self-closed. Both import to the same rows: exported, the registers are
 * the same bytes. */
static const char same_csv[] =
  "業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,個人情報,"
  "機密性,完全性,可用性,保存期限,登録日\r\n"
  "人事,従業員名簿,A&B 社の分,人事担当,総務部,書類,○,3,2,2,5年,2025-04-01\r\n"
  "営業,見積書 <特急>,,営業部,総務部,社内サーバ,,2,2,1,,2024-02-29\r\n"
  "総務,\"\"\"規程\"\"集\",\"1行目\n2行目\",全従業員,総務部,書類,,1,1,1,10年,\r\n";

#define SAME_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define SAME_RELS "http://schemas.openxmlformats.org/package/2006/relationships"
#define SAME_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char same_shared_strings[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
  "<sst xmlns=\"" SAME_MAIN "\" count=\"19\" uniqueCount=\"19\">"
  "<si><t>業務分類</t></si><si><t>情報資産名称</t></si><si><t>備考</t></si>"
  "<si><t>利用者範囲</t></si><si><t>管理部署</t></si><si><t>媒体・保存先</t></si>"
  "<si><t>個人情報</t></si><si><t>機密性</t></si><si><t>完全性</t></si>"
  "<si><t>可用性</t></si><si><t>保存期限</t></si><si><t>登録日</t></si>"
  /* 12 */ "<si><t>人事</t></si>"
  /* 13 */ "<si><t>A&amp;B 社の分</t></si>"
  /* 14 */ "<si><r><rPr><b/></rPr><t>総</t></r><r><t>務部</t></r>"
  "<rPh sb=\"0\" eb=\"3\"><t>ソウムブ</t></rPh><phoneticPr fontId=\"1\"/></si>"
  /* 15 */ "<si><t>書類</t></si>"
  /* 16 */ "<si><t>&#x25CB;</t></si>"
  /* 17 */ "<si><t>&quot;規程&quot;集</t></si>"
  /* 18 */ "<si><t xml:space=\"preserve\">5年</t></si>"
  "</sst>";

static const char same_sheet[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
  "<worksheet xmlns=\"" SAME_MAIN "\" xmlns:r=\"" SAME_TYPE "\">"
  "<dimension ref=\"A1:L4\"/><sheetData>"
  "<row r=\"1\" spans=\"1:12\">"
  "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
  "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
  "<c r=\"G1\" t=\"s\"><v>6</v></c><c r=\"H1\" t=\"s\"><v>7</v></c><c r=\"I1\" t=\"s\"><v>8</v></c>"
  "<c r=\"J1\" t=\"s\"><v>9</v></c><c r=\"K1\" t=\"s\"><v>10</v></c>"
  "<c r=\"L1\" t=\"s\"><v>11</v></c></row>\r\n"
  "<row r=\"2\">"
  "<c r=\"A2\" t=\"s\"><v>12</v></c>"
  "<c r=\"B2\" t=\"inlineStr\"><is><t>従業員名簿</t></is></c>"
  "<c r=\"C2\" t=\"s\"><v>13</v></c>"
  "<c r=\"D2\" t=\"str\"><f>\"人事\"&amp;\"担当\"</f><v>人事担当</v></c>"
  "<c r=\"E2\" t=\"s\"><v>14</v></c><c r=\"F2\" t=\"s\"><v>15</v></c>"
  "<c r=\"G2\" t=\"s\"><v>16</v></c>"
  "<c r=\"H2\"><v>3</v></c><c r=\"I2\" t=\"n\"><v>2</v></c><c r=\"J2\"><v>2</v></c>"
  "<c r=\"K2\" t=\"s\"><v>18</v></c><c r=\"L2\" s=\"1\"><v>45748</v></c></row>\r\n"
  "<row r=\"3\">"
  "<c r=\"A3\" t=\"inlineStr\"><is><t>営業</t></is></c>"
  "<c r=\"B3\" t=\"inlineStr\"><is><t>見積書 &lt;特急&gt;</t></is></c>"
  "<c r=\"C3\"><v></v></c>"
  "<c r=\"D3\" t=\"inlineStr\"><is><t><![CDATA[営業部]]></t></is></c>"
  "<c r=\"E3\" t=\"s\"><v>14</v></c>"
  "<c r=\"F3\" t=\"inlineStr\"><is><r><t>社内</t></r><r><t>サーバ</t></r></is></c>"
  "<c r=\"G3\" s=\"1\"/>"
  "<c r=\"H3\"><v>2</v></c><c r=\"I3\"><v>2</v></c><c r=\"J3\"><v>1</v></c>"
  "<c r=\"L3\" s=\"1\"><v>45351</v></c></row>\r\n"
  "<row r=\"4\">"
  "<c r=\"A4\" t=\"inlineStr\"><is><t>総務</t></is></c>"
  "<c r=\"B4\" t=\"s\"><v>17</v></c>"
  "<c r=\"C4\" t=\"inlineStr\"><is><t>1行目&#10;2行目</t></is></c>"
  "<c r=\"D4\" t=\"inlineStr\"><is><t>全従業員</t></is></c>"
  "<c r=\"E4\" t=\"s\"><v>14</v></c><c r=\"F4\" t=\"s\"><v>15</v></c>"
  "<c r=\"H4\"><v>1.0</v></c><c r=\"I4\"><v>1</v></c><c r=\"J4\"><v>1</v></c>"
  "<c r=\"K4\" t=\"inlineStr\"><is><t>10年</t></is></c></row>"
  "</sheetData></worksheet>";

static void
write_same_xlsx (const char *path)
{
  g_autoptr(GError) error = NULL;
  const HgZipPart parts[] = {
    { "[Content_Types].xml", test_content_types, FALSE },
    { "_rels/.rels", test_root_rels, FALSE },
    { "xl/workbook.xml",
      "<workbook xmlns=\"" SAME_MAIN "\" xmlns:r=\"" SAME_TYPE "\">"
      "<sheets><sheet name=\"台帳\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>", FALSE },
    { "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"" SAME_RELS "\">"
      "<Relationship Id=\"rId1\" Type=\"" SAME_TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"" SAME_TYPE "styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"" SAME_TYPE "sharedStrings\" "
      "Target=\"sharedStrings.xml\"/></Relationships>", FALSE },
    { "xl/styles.xml",
      "<styleSheet xmlns=\"" SAME_MAIN "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
      "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>", FALSE },
    { "xl/sharedStrings.xml", same_shared_strings, TRUE },
    { "xl/worksheets/sheet1.xml", same_sheet, TRUE },
  };

  g_assert_true (hg_zip_write_parts (path, parts, G_N_ELEMENTS (parts), NULL, &error));
  g_assert_no_error (error);
}

static char *
import_and_export (HgWorkbook *workbook,
                   const char *path,
                   const char *out)
{
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  import = hg_asset_import_prepare_file (workbook, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_asset_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 3);
  g_assert_true (hg_asset_import_apply (workbook, import, &error));
  g_assert_no_error (error);
  g_assert_true (hg_asset_export_file (workbook, out, HG_ASSET_FILE_CSV, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  return contents;
}

static void
test_xlsx_same_as_csv (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (f->dir, "台帳.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (f->dir, "台帳.xlsx", NULL);
  g_autofree char *from_csv_path = g_build_filename (f->dir, "from-csv.csv", NULL);
  g_autofree char *from_xlsx_path = g_build_filename (f->dir, "from-xlsx.csv", NULL);
  g_autoptr(HgWorkbook) other = hg_test_workbook_new (f->dir, "other.hinagata", "株式会社取込");
  g_autoptr(HgPerson) p = hg_person_new ("山田 太郎", 0, "", "");
  g_autoptr(GError) error = NULL;
  g_autofree char *from_csv = NULL;
  g_autofree char *from_xlsx = NULL;

  hg_department_add (other, "総務部", &error);
  g_assert_no_error (error);
  hg_person_add (other, p, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (csv_path, same_csv, -1, NULL));
  write_same_xlsx (xlsx_path);
  from_csv = import_and_export (f->workbook, csv_path, from_csv_path);
  from_xlsx = import_and_export (other, xlsx_path, from_xlsx_path);

  hg_test_assert_contains (from_csv, "A&B 社の分");
  hg_test_assert_contains (from_csv, "\"\"規程\"\"集");
  hg_test_assert_contains (from_csv, "2024-02-29");
  g_assert_cmpstr (from_xlsx, ==, from_csv);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/asset-import/japanese-headers-any-order", test_japanese_headers_any_order);
  ADD ("/asset-import/english-headers-title-row", test_english_headers_and_title_row);
  ADD ("/asset-import/problems-block-import", test_problems_block_import);
  ADD ("/asset-import/bad-row-not-kept", test_bad_row_not_kept);
  ADD ("/asset-import/my-number-is-personal", test_my_number_is_personal);
  ADD ("/asset-import/control-characters", test_control_characters);
  ADD ("/asset-import/update-by-id", test_update_by_id);
  ADD ("/asset-import/structural-errors", test_structural_errors);
  ADD ("/asset-import/round-trip-csv", test_round_trip_csv);
  ADD ("/asset-import/round-trip-xlsx", test_round_trip_xlsx);
  ADD ("/asset-import/formula-names", test_formula_names);
  ADD ("/asset-import/formula-after-trim", test_formula_after_trim);
  ADD ("/asset-import/ipa-layout-csv", test_ipa_layout_csv);
  ADD ("/asset-import/ipa-layout-xlsx", test_ipa_layout_xlsx);
  ADD ("/asset-import/xlsx-same-as-csv", test_xlsx_same_as_csv);
  ADD ("/asset-import/header-then-data", test_header_then_data);
  ADD ("/asset-import/workbook-formats", test_workbook_formats);
  ADD ("/asset-import/read-error-names-file", test_read_error_names_file);
  ADD ("/asset-import/problems-capped", test_problems_capped);
  ADD ("/asset-import/row-limit", test_row_limit);
  ADD ("/asset-import/memory-bounded", test_memory_bounded);
#undef ADD

  return g_test_run ();
}

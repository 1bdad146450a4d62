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
#include "hg-db.h"
#include "hg-department.h"
#include "hg-person.h"
#include "hg-test-package.h"
#include "hg-test-util.h"
#include "hg-text.h"

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
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID);
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset"), ==, 0);
  g_assert_false (hg_workbook_can_undo (f->workbook) && g_str_has_prefix (hg_workbook_get_undo_label (f->workbook), "Import"));
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
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "情報資産名称"));
  g_clear_error (&error);

  g_assert_null (hg_asset_import_prepare (f->workbook, table2, &error));
  g_assert_nonnull (strstr (error->message, "可用性"));
  g_clear_error (&error);

  g_assert_null (hg_asset_import_prepare (f->workbook, empty, &error));
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID);
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
  g_autoptr(HgTable) table = NULL;
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
  table = hg_asset_read_file (file, &error);
  g_assert_no_error (error);
  import = hg_asset_import_prepare (copy, table, &error);
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/asset-import/japanese-headers-any-order", test_japanese_headers_any_order);
  ADD ("/asset-import/english-headers-title-row", test_english_headers_and_title_row);
  ADD ("/asset-import/problems-block-import", test_problems_block_import);
  ADD ("/asset-import/control-characters", test_control_characters);
  ADD ("/asset-import/update-by-id", test_update_by_id);
  ADD ("/asset-import/structural-errors", test_structural_errors);
  ADD ("/asset-import/round-trip-csv", test_round_trip_csv);
  ADD ("/asset-import/round-trip-xlsx", test_round_trip_xlsx);
  ADD ("/asset-import/formula-names", test_formula_names);
  ADD ("/asset-import/formula-after-trim", test_formula_after_trim);
#undef ADD

  return g_test_run ();
}

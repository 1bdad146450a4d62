/* test-risk-outputs.c: the diagnosis, the files and the report of the risk
 * analysis, and the example company's picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-asset-store.h"
#include "hg-csv.h"
#include "hg-department.h"
#include "hg-doc-writer.h"
#include "hg-policy.h"
#include "hg-progress.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-examples.h"
#include "hg-risk-files.h"
#include "hg-risk-rating.h"
#include "hg-risk-report.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-test-package.h"
#include "hg-test-risk.h"
#include "hg-test-util.h"
#include "hg-xlsx.h"

typedef struct
{
  char            *dir;
  HgWorkbook      *workbook;
  HgRiskCatalogue *catalogue;
  gint64           roster;   /* on paper, importance 3 */
  gint64           mail;     /* in the cloud, importance 2 */
} Fixture;

static void
answer (Fixture      *f,
        const char   *control,
        HgRiskStatus  status)
{
  hg_test_risk_answer (f->workbook, f->catalogue, control, HG_RISK_COMPANY, status);
}

/* The fixed example: two assets, every control done but clean_desk and
 * visitor_control (not done) and mfa (partly done). */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *controls;

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "outputs.hinagata", "株式会社出力");
  f->catalogue = hg_test_risk_catalogue ();
  g_assert_true (hg_risk_setup (f->workbook, f->catalogue, &error));
  f->roster = hg_test_risk_add_asset (f->workbook, "従業員名簿", "書類", 0, 3, 2, 2);
  f->mail = hg_test_risk_add_asset (f->workbook, "顧客とのメール", "社外サーバ（クラウド）", 0,
                                    2, 2, 1);
  controls = hg_risk_catalogue_get_controls (f->catalogue);
  for (guint i = 0; i < controls->len; i++)
    answer (f, ((HgRiskControl *) g_ptr_array_index (controls, i))->key, HG_RISK_DONE);
  answer (f, "clean_desk", HG_RISK_NOT_DONE);
  answer (f, "visitor_control", HG_RISK_NOT_DONE);
  answer (f, "mfa", HG_RISK_PARTIAL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->catalogue, hg_risk_catalogue_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static const HgRiskDiagnosisGroup *
group (HgRiskDiagnosis *d,
       guint            index)
{
  return g_ptr_array_index (d->groups, index);
}

/* By hand: clean_desk counters paper loss, overlooking and theft, each
 * risk 3 (vulnerability 2, damage 1, importance 3): 1 × 9 = 9.
 * visitor_control counters theft and overlooking: 1 × 6 = 6. mfa, partly
 * done, counters the cloud account takeover, risk 2: ½ × 2 = 1. */
static void
test_diagnosis (Fixture       *f,
                gconstpointer  data)
{
  static const char *order[] = { "ch_assets", "ch_physical", "ch_access", "ch_people",
                                 "ch_devices", "ch_operations", "ch_contractors", "ch_incidents" };
  g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_autoptr(HgRiskDiagnosis) d = hg_risk_diagnosis_new (sheet, NULL, 3);
  g_autoptr(HgRiskDiagnosis) again = hg_risk_diagnosis_new (sheet, NULL, 3);
  g_autoptr(HgRiskDiagnosis) with_pack = NULL;
  g_autoptr(HgPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  const HgRiskWeakControl *weak;
  const HgRiskSuggestionItem *s;

  g_assert_cmpuint (d->groups->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_cmpstr (group (d, i)->group->chapter, ==, order[i]);
      g_assert_cmpuint (group (d, i)->rank, ==, i + 1);
      g_assert_cmpstr (group (again, i)->group->chapter, ==, order[i]);
    }
  g_assert_cmpfloat (group (d, 0)->score, ==, 9.0);
  g_assert_cmpfloat (group (d, 1)->score, ==, 6.0);
  g_assert_cmpfloat (group (d, 2)->score, ==, 1.0);
  g_assert_cmpfloat (group (d, 3)->score, ==, 0.0);
  g_assert_cmpfloat (d->total, ==, 16.0);
  /* Every control of 情報資産管理 at stake: clean_desk 9, takeout_approval 3
   * (paper loss), secure_disposal 3 and fireproof_storage 3. */
  g_assert_cmpfloat (group (d, 0)->potential, ==, 18.0);

  g_assert_cmpuint (group (d, 0)->weak->len, ==, 1);
  weak = &g_array_index (group (d, 0)->weak, HgRiskWeakControl, 0);
  g_assert_cmpstr (weak->key, ==, "clean_desk");
  g_assert_cmpint (weak->status, ==, HG_RISK_NOT_DONE);
  g_assert_cmpfloat (weak->score, ==, 9.0);
  weak = &g_array_index (group (d, 2)->weak, HgRiskWeakControl, 0);
  g_assert_cmpstr (weak->key, ==, "mfa");
  g_assert_cmpint (weak->status, ==, HG_RISK_PARTIAL);
  g_assert_cmpfloat (weak->score, ==, 1.0);
  g_assert_cmpuint (group (d, 3)->weak->len, ==, 0);

  /* Suggestions for the three weak groups, none for the others. */
  g_assert_cmpuint (group (d, 0)->suggestions->len, ==, 1);
  s = &g_array_index (group (d, 0)->suggestions, HgRiskSuggestionItem, 0);
  g_assert_cmpstr (s->question, ==, "clear_desk");
  g_assert_cmpstr (s->value, ==, "true");
  g_assert_cmpstr (s->control_key, ==, "clean_desk");
  g_assert_null (s->label);
  s = &g_array_index (group (d, 1)->suggestions, HgRiskSuggestionItem, 0);
  g_assert_cmpstr (s->question, ==, "visitor_handling");
  g_assert_cmpstr (s->value, ==, "log_badge_escort");
  s = &g_array_index (group (d, 2)->suggestions, HgRiskSuggestionItem, 0);
  g_assert_cmpstr (s->question, ==, "mfa_scope");
  g_assert_cmpuint (group (d, 3)->suggestions->len, ==, 0);

  /* With the pack: clear_desk is already true by default, so only the
   * other two remain, with their labels. */
  pack = hg_pack_load_builtin_for_languages ((const char *[]) { "ja", NULL }, &error);
  g_assert_no_error (error);
  with_pack = hg_risk_diagnosis_new (sheet, pack, 3);
  g_assert_cmpuint (group (with_pack, 0)->suggestions->len, ==, 0);
  s = &g_array_index (group (with_pack, 1)->suggestions, HgRiskSuggestionItem, 0);
  g_assert_cmpstr (s->question, ==, "visitor_handling");
  g_assert_nonnull (s->label);
  g_assert_true (hg_policy_set_answer (f->workbook, pack, "visitor_handling", "log_badge_escort",
                                       &error));
  g_clear_pointer (&with_pack, hg_risk_diagnosis_free);
  with_pack = hg_risk_diagnosis_new (sheet, pack, 3);
  g_assert_cmpuint (group (with_pack, 1)->suggestions->len, ==, 0);
  g_assert_cmpuint (group (with_pack, 2)->suggestions->len, ==, 1);

  /* What a suggestion says is in the interface's language, and in the
   * pack's own (Japanese) for the documents: the question's label and a
   * number with its unit, spaced as each language writes it. */
  s = &g_array_index (group (with_pack, 2)->suggestions, HgRiskSuggestionItem, 0);
  g_assert_cmpstr (s->own_label, ==, hg_pack_find_question (pack, s->question)->label);
  {
    g_autoptr(HgPack) en = hg_pack_load_builtin_for_languages ((const char *[]) { "en", NULL },
                                                               &error);
    g_autofree char *shown = hg_risk_value_label (en, "backup_generations", "14", FALSE);
    g_autofree char *own = hg_risk_value_label (en, "backup_generations", "14", TRUE);
    const HgQuestion *q = hg_pack_find_question (en, "backup_generations");

    g_assert_no_error (error);
    g_assert_cmpstr (shown, ==, "14 versions");
    g_assert_cmpstr (own, ==, "14世代");
    g_assert_cmpstr (q->own_label, !=, q->label);
    g_assert_cmpstr (q->own_label, ==, "バックアップを何世代（何回分）残しますか");
  }

  /* Doing the weakest control moves its chapter down. */
  answer (f, "clean_desk", HG_RISK_DONE);
  hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_control_answer", NULL }, NULL);
  g_clear_pointer (&with_pack, hg_risk_diagnosis_free);
  with_pack = hg_risk_diagnosis_new (sheet, NULL, 3);
  g_assert_cmpstr (group (with_pack, 0)->group->chapter, ==, "ch_physical");
}

/* @data "en": the sheet as an English interface has it; the file is the
 * same Japanese sheet, with the stored (Japanese) names of threats and
 * media, never the English ones the window shows. */
static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  const char *english[] = { "en", NULL };
  g_autoptr(HgRiskCatalogue) catalogue =
    hg_risk_catalogue_load_file (g_test_get_filename (G_TEST_DIST, "data", "risk-catalogue-test.xml",
                                                      NULL),
                                 data ? english : NULL, NULL, NULL);
  g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (f->workbook, data ? catalogue : f->catalogue);
  g_autofree char *path = g_build_filename (f->dir, "risks.csv", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;
  HgCsvEncoding encoding;
  gboolean found = FALSE;

  g_assert_true (hg_risk_export_file (sheet, NULL, path, HG_RISK_FILE_CSV, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "\xEF\xBB\xBF" "ID,業務分類,情報資産名称,"));
  g_assert_nonnull (strstr (bytes, "\r\n"));

  read = hg_csv_read_file (path, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, HG_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, hg_risk_sheet_get_n_rows (sheet) + 1);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, 1 + 6 + 4);
  for (guint c = 0; c < HG_RISK_N_COLS; c++)
    g_assert_cmpstr (hg_table_get_cell (read, 0, c), ==, hg_risk_column_header (c));
  for (guint r = 1; r < hg_table_get_n_rows (read); r++)
    if (g_str_equal (hg_table_get_cell (read, r, HG_RISK_COL_THREAT), "紛失・置き忘れ"))
      {
        g_assert_cmpstr (hg_table_get_cell (read, r, HG_RISK_COL_ASSET), ==, "従業員名簿");
        g_assert_cmpstr (hg_table_get_cell (read, r, HG_RISK_COL_MEDIUM), ==, "書類");
        g_assert_cmpstr (hg_table_get_cell (read, r, HG_RISK_COL_IMPORTANCE), ==, "3");
        g_assert_cmpstr (hg_table_get_cell (read, r, HG_RISK_COL_VULNERABILITY), ==, "2");
        g_assert_cmpstr (hg_table_get_cell (read, r, HG_RISK_COL_RISK), ==, "3");
        g_assert_cmpstr (hg_table_get_cell (read, r, HG_RISK_COL_BAND), ==, "小");
        found = TRUE;
      }
  g_assert_true (found);
}

/* An asset and a threat named like formulas: the CSV shows them as text
 * (an apostrophe before them) and reads back to the names. */
static void
test_csv_formulas (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autofree char *path = g_build_filename (f->dir, "formulas.csv", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  hg_test_risk_add_asset (f->workbook, "=HYPERLINK(\"http://example.com\")", "書類", 0, 1, 1, 1);
  g_assert_cmpint (hg_risk_threat_add (f->workbook, hg_test_risk_medium (f->workbook, "書類"),
                                       "@SUM(1)", "", 1, &error), >, 0);
  g_assert_no_error (error);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_assert_true (hg_risk_export_file (sheet, NULL, path, HG_RISK_FILE_CSV, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, NULL, NULL));
  hg_test_assert_contains (bytes, ",\"'=HYPERLINK(\"\"http://example.com\"\")\",");
  hg_test_assert_contains (bytes, ",'@SUM(1),");
  g_assert_null (strstr (bytes, ",@SUM"));

  read = hg_csv_read_file (path, NULL, &error);
  g_assert_no_error (error);
  for (guint r = 1; r < hg_table_get_n_rows (read); r++)
    found |= g_str_equal (hg_table_get_cell (read, r, HG_RISK_COL_THREAT), "@SUM(1)")
             && g_str_equal (hg_table_get_cell (read, r, HG_RISK_COL_ASSET),
                             "=HYPERLINK(\"http://example.com\")");
  g_assert_true (found);
}

static void
assert_headers (const char         *path,
                const char         *sheet_name,
                const char * const *headers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgTable) table = hg_xlsx_read_file (path, sheet_name, &error);

  g_assert_no_error (error);
  for (guint c = 0; headers[c] != NULL; c++)
    g_assert_cmpstr (hg_table_get_cell (table, 0, c), ==, headers[c]);
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 factory = hg_department_add (f->workbook, "製造部", &error);
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autofree char *path = g_build_filename (f->dir, "risks.xlsx", NULL);
  g_autoptr(HgTable) risks = NULL;
  g_autoptr(HgTable) threats = NULL;
  g_autoptr(HgTable) controls = NULL;
  g_autoptr(HgTable) diagnosis = NULL;
  g_autoptr(HgRiskTreatment) t = hg_risk_treatment_new (f->roster, hg_test_risk_threat (f->workbook, "paper_loss"),
                                                        HG_RISK_TREATMENT_REDUCE);

  g_assert_true (hg_risk_answer_set (f->workbook, f->catalogue, "clean_desk", factory,
                                     HG_RISK_PARTIAL, "", &error));
  t->expected_damage = 1;
  g_free (t->measures);
  t->measures = g_strdup ("退社時の点検");
  g_assert_true (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_no_error (error);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_assert_true (hg_risk_export_file (sheet, NULL, path, HG_RISK_FILE_XLSX, &error));
  g_assert_no_error (error);

  /* The first sheet is the register with its risks. */
  risks = hg_xlsx_read_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (risks), ==, 1 + 10);
  for (guint c = 0; c < HG_RISK_N_COLS; c++)
    g_assert_cmpstr (hg_table_get_cell (risks, 0, c), ==, hg_risk_column_header (c));
  g_assert_cmpstr (hg_table_get_cell (risks, 1, HG_RISK_COL_TREATMENT), ==, "低減");
  g_assert_cmpstr (hg_table_get_cell (risks, 1, HG_RISK_COL_MEASURES), ==, "退社時の点検");
  g_assert_cmpstr (hg_table_get_cell (risks, 1, HG_RISK_COL_RESIDUAL), ==, "3");

  assert_headers (path, HG_RISK_SHEET_REGISTER, (const char *[]) { "ID", "業務分類", "情報資産名称", NULL });
  assert_headers (path, HG_RISK_SHEET_THREATS,
                  (const char *[]) { "媒体・保存先", "脅威", "内容", "脅威の起こりやすさ",
                                     "部署別の起こりやすさ", "脆弱性", "被害発生可能性", "対策",
                                     "対象の資産", "大", "中", "小", NULL });
  assert_headers (path, HG_RISK_SHEET_CONTROLS,
                  (const char *[]) { "章", "対策", "全社", "会社の回答", "製造部",
                                     "対応する脅威の数", "備考", NULL });
  assert_headers (path, HG_RISK_SHEET_DIAGNOSIS,
                  (const char *[]) { "順位", "章", "弱さの得点", "最大の得点", "未対策の割合（％）",
                                     "弱い対策", "見直す設定", "章のID", NULL });

  threats = hg_xlsx_read_file (path, HG_RISK_SHEET_THREATS, &error);
  g_assert_cmpuint (hg_table_get_n_rows (threats), ==, 1 + 30);
  g_assert_cmpstr (hg_table_get_cell (threats, 1, 0), ==, "書類");
  g_assert_cmpstr (hg_table_get_cell (threats, 1, 1), ==, "紛失・置き忘れ");
  hg_test_assert_contains (hg_table_get_cell (threats, 1, 7), "退社時や離席時に");

  controls = hg_xlsx_read_file (path, HG_RISK_SHEET_CONTROLS, &error);
  g_assert_cmpuint (hg_table_get_n_rows (controls), ==, 1 + 32);
  for (guint r = 1; r < hg_table_get_n_rows (controls); r++)
    if (g_str_has_prefix (hg_table_get_cell (controls, r, 1), "退社時や離席時に"))
      {
        /* The company as a whole: not done here, partly done there. */
        g_assert_cmpstr (hg_table_get_cell (controls, r, 2), ==, "一部実施している");
        g_assert_cmpstr (hg_table_get_cell (controls, r, 3), ==, "実施していない");
        g_assert_cmpstr (hg_table_get_cell (controls, r, 4), ==, "一部実施している");
      }

  diagnosis = hg_xlsx_read_file (path, HG_RISK_SHEET_DIAGNOSIS, &error);
  g_assert_cmpuint (hg_table_get_n_rows (diagnosis), ==, 1 + 8);
  g_assert_cmpstr (hg_table_get_cell (diagnosis, 1, 0), ==, "1");
  g_assert_cmpstr (hg_table_get_cell (diagnosis, 1, 7), ==, "ch_assets");
  g_assert_cmpstr (hg_table_get_cell (diagnosis, 1, 2), ==, "9");
  hg_test_assert_contains (hg_table_get_cell (diagnosis, 1, 6), "clear_desk → true");
}

static const HgDocBlock *
find_heading (const HgDoc *doc,
              const char  *title,
              guint       *index)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind == HG_DOC_HEADING && g_str_equal (b->text, title))
        {
          *index = i;
          return b;
        }
    }
  g_error ("no heading “%s”", title);
}

static const HgDocBlock *
next_table (const HgDoc *doc,
            guint        from)
{
  for (guint i = from; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind == HG_DOC_TABLE)
        return b;
    }
  g_error ("no table after block %u", from);
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = g_build_filename (f->dir, "report.html", NULL);
  g_autoptr(GError) error = NULL;
  const HgDocBlock *heat, *large;
  guint counts[3][3], at = 0;

  /* Likelihood 3 on paper makes two risks 大 (3 × 3). */
  g_assert_true (hg_risk_likelihood_set (f->workbook, hg_test_risk_threat (f->workbook, "paper_theft"),
                                         HG_RISK_COMPANY, 3, &error));
  g_assert_true (hg_risk_likelihood_set (f->workbook, hg_test_risk_threat (f->workbook, "paper_peek"),
                                         HG_RISK_COMPANY, 3, &error));
  answer (f, "privacy_filter", HG_RISK_NOT_DONE);
  answer (f, "office_locking", HG_RISK_NOT_DONE);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  doc = hg_risk_report_build (sheet, NULL);
  g_assert_cmpstr (doc->title, ==, "リスク分析報告書");
  g_assert_cmpstr (doc->company, ==, "株式会社出力");
  g_assert_cmpuint (hg_doc_count_kind (doc, HG_DOC_HEADING, 1), ==, 4);

  /* The heat map: 重要度 3 down to 1 by 被害発生可能性 1 to 3, with counts. */
  hg_risk_sheet_heat_map (sheet, counts);
  find_heading (doc, "リスクの分布", &at);
  heat = next_table (doc, at);
  g_assert_cmpuint (heat->rows->len, ==, 4);
  g_assert_cmpuint (heat->header_rows, ==, 1);
  for (guint r = 1; r <= 3; r++)
    for (guint c = 1; c <= 3; c++)
      {
        g_autofree char *want = g_strdup_printf ("%u", counts[3 - r][c - 1]);

        g_assert_cmpstr (((GStrv) g_ptr_array_index (heat->rows, r))[c], ==, want);
      }
  g_assert_cmpstr (((GStrv) g_ptr_array_index (heat->rows, 1))[3], ==, "2");

  find_heading (doc, "リスク大", &at);
  large = next_table (doc, at);
  g_assert_cmpuint (large->rows->len, ==, 1 + 2);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (large->rows, 1))[0], ==, "従業員名簿");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (large->rows, 1))[4], ==, "9");

  text = hg_doc_to_text (doc);
  hg_test_assert_contains (text, "第4章");
  hg_test_assert_contains (text, "診断結果");
  hg_test_assert_contains (text, "退社時や離席時に、机の上に書類や媒体を残さない。（実施していない）");
  hg_test_assert_contains (text, "「clear_desk」を「true」にする");

  /* Any writer renders it. */
  g_assert_true (hg_doc_write (doc, HG_DOC_FORMAT_HTML, html, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (html, G_FILE_TEST_IS_REGULAR));
}

/* The example company, with the catalogue compiled in: risks of every
 * band, every control answered, departments that differ, treatments. */
static void
test_examples (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autoptr(HgWorkbook) workbook = hg_test_workbook_new (dir, "example.hinagata", "株式会社例");
  g_autoptr(HgRiskCatalogue) catalogue = NULL;
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(HgRiskDiagnosis) diagnosis = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GError) error = NULL;
  guint bands[4];

  catalogue = hg_risk_catalogue_load_builtin (NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_true (hg_risk_load_examples (workbook, catalogue, &error));
  g_assert_no_error (error);
  g_assert_false (hg_risk_needs_setup (workbook));

  sheet = hg_risk_sheet_new (workbook, catalogue);
  hg_risk_sheet_count_bands (sheet, bands);
  g_assert_cmpuint (bands[HG_RISK_BAND_NONE], ==, 0);
  g_assert_cmpuint (bands[HG_RISK_BAND_LARGE], >, 0);
  g_assert_cmpuint (bands[HG_RISK_BAND_MEDIUM], >, 0);
  g_assert_cmpuint (bands[HG_RISK_BAND_SMALL], >, bands[HG_RISK_BAND_LARGE]);
  for (guint i = 0; i < hg_risk_sheet_get_n_controls (sheet); i++)
    g_assert_cmpint (hg_risk_sheet_get_control (sheet, i)->company, !=, HG_RISK_UNANSWERED);
  answers = hg_risk_answer_list (workbook);
  g_assert_cmpuint (answers->len, >, hg_risk_sheet_get_n_controls (sheet));
  g_assert_cmpint (hg_workbook_count_rows (workbook, "risk_treatment"), >=, 2);

  diagnosis = hg_risk_diagnosis_new (sheet, NULL, 3);
  g_assert_cmpfloat (((HgRiskDiagnosisGroup *) g_ptr_array_index (diagnosis->groups, 0))->score, >, 0);

  /* The overview's step: every measure answered, the weakest chapter named. */
  {
    g_autoptr(HgSession) session = hg_session_new (workbook);
    g_autoptr(GPtrArray) steps = hg_progress_compute (session);
    const HgProgressStep *risks = NULL;

    for (guint i = 0; i < steps->len; i++)
      if (g_str_equal (((HgProgressStep *) g_ptr_array_index (steps, i))->id, "risks"))
        risks = g_ptr_array_index (steps, i);
    g_assert_nonnull (risks);
    g_assert_true (risks->done);
    g_assert_nonnull (strstr (risks->detail, "weakest chapter: "));
  }

  /* One undo step takes it all back. */
  g_assert_cmpstr (hg_workbook_get_undo_label (workbook), ==, "Load Example Risk Analysis");
  g_assert_true (hg_workbook_undo (workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (workbook, "risk_control_answer"), ==, 0);
  g_clear_object (&workbook);
  hg_test_remove_dir (dir);
}

/* The diagnosis ranks only chapters the rules have for these answers, and
 * its measures do not contradict the rules (issue 15): without telework or
 * development of its own no chapter of theirs is ranked, and the measure on
 * leavers' accounts does not set a deadline of its own. */
static void
test_diagnosis_follows_answers (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autoptr(HgWorkbook) workbook = hg_test_workbook_new (dir, "answers.hinagata", "株式会社例");
  g_autoptr(HgRiskCatalogue) catalogue = NULL;
  g_autoptr(HgPack) pack = NULL;
  g_autoptr(GError) error = NULL;

  catalogue = hg_risk_catalogue_load_builtin ((const char *[]) { "ja", NULL }, &error);
  g_assert_no_error (error);
  pack = hg_pack_load_builtin_for_languages ((const char *[]) { "ja", NULL }, &error);
  g_assert_no_error (error);
  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_true (hg_risk_load_examples (workbook, catalogue, &error));
  g_assert_no_error (error);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (workbook, catalogue);
      g_autoptr(HgRiskDiagnosis) d = hg_risk_diagnosis_new (sheet, pack, 3);
      gboolean telework = FALSE, development = FALSE;

      for (guint i = 0; i < d->groups->len; i++)
        {
          const HgRiskDiagnosisGroup *g = group (d, i);

          telework |= g_str_equal (g->group->chapter, "ch_telework");
          development |= g_str_equal (g->group->chapter, "ch_development");
          for (guint w = 0; w < g->weak->len; w++)
            g_assert_null (strstr (g_array_index (g->weak, HgRiskWeakControl, w).own_text,
                                   "退職日のうちに"));
        }
      g_assert_false (development);
      g_assert_true (telework == (round == 1));
      g_assert_true (hg_policy_set_answer (workbook, pack, "telework", "true", &error));
      g_assert_no_error (error);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/risk-outputs/diagnosis", Fixture, NULL, fixture_setup, test_diagnosis,
              fixture_teardown);
  g_test_add ("/risk-outputs/csv", Fixture, NULL, fixture_setup, test_csv, fixture_teardown);
  g_test_add ("/risk-outputs/csv/english-interface", Fixture, "en", fixture_setup, test_csv,
              fixture_teardown);
  g_test_add ("/risk-outputs/csv-formulas", Fixture, NULL, fixture_setup, test_csv_formulas,
              fixture_teardown);
  g_test_add ("/risk-outputs/xlsx", Fixture, NULL, fixture_setup, test_xlsx, fixture_teardown);
  g_test_add ("/risk-outputs/report", Fixture, NULL, fixture_setup, test_report,
              fixture_teardown);
  g_test_add_func ("/risk-outputs/examples", test_examples);
  g_test_add_func ("/risk-outputs/diagnosis-follows-answers", test_diagnosis_follows_answers);

  return g_test_run ();
}

/* hg-risk-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-company.h"
#include "hg-db.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-report.h"
#include "hg-risk-treatment.h"
#include "hg-text.h"

typedef struct
{
  HgRiskSheet *sheet;
  HgDoc       *doc;
  guint        chapter;
  guint        section;
} Report;

static void
heading (Report     *r,
         guint       level,
         const char *title)
{
  g_autofree char *number = NULL;

  if (level == 1)
    {
      r->section = 0;
      number = g_strdup_printf ("第%u章", ++r->chapter);
    }
  else
    number = g_strdup_printf ("%u.%u", r->chapter, ++r->section);
  {
    HgDocBlock *block = hg_doc_append (r->doc, HG_DOC_HEADING, number, title);

    block->level = level;
    /* The chapters are short: each follows on the page of the one before
     * rather than leave most of a page empty. */
    if (level == 1)
      block->flags |= HG_DOC_RUN_ON;
  }
}

static void
paragraph (Report     *r,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
paragraph (Report     *r,
           const char *format,
           ...)
{
  g_autofree char *text = NULL;
  g_autofree char *joined = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  /* Whatever the numbers filled in, 「20件」 and not 「20 件」. */
  joined = hg_text_join_numbers (text);
  hg_doc_append (r->doc, HG_DOC_PARAGRAPH, NULL, joined);
}

static char *
percent (guint part,
         guint whole)
{
  return g_strdup_printf ("%u％", whole ? (guint) (100.0 * part / whole + 0.5) : 0);
}

static char *
range_of (const HgRiskTables *tables,
          HgRiskBand          band)
{
  if (tables->band_min[band] == tables->band_max[band])
    return g_strdup_printf ("%u", tables->band_min[band]);
  return g_strdup_printf ("%u〜%u", tables->band_min[band], tables->band_max[band]);
}

/* The shade of a band in the report's tables: the colours of a heat map. */
static HgDocTone
tone_of (HgRiskBand band)
{
  switch (band)
    {
    case HG_RISK_BAND_LARGE:
      return HG_DOC_TONE_HIGH;
    case HG_RISK_BAND_MEDIUM:
      return HG_DOC_TONE_MEDIUM;
    case HG_RISK_BAND_SMALL:
      return HG_DOC_TONE_LOW;
    case HG_RISK_BAND_NONE:
    default:
      return HG_DOC_TONE_NONE;
    }
}

/* ---- 概要 ------------------------------------------------------------------------ */

static void
summary (Report *r)
{
  HgRiskSheet *sheet = r->sheet;
  const HgRiskTables *tables = hg_risk_sheet_get_tables (sheet);
  guint n_rows = hg_risk_sheet_get_n_rows (sheet);
  const HgRiskRow *rows = hg_risk_sheet_get_rows (sheet);
  guint bands[4], treated = 0, done = 0, unapproved = 0, assets = 0;
  HgDocBlock *table;

  hg_risk_sheet_count_bands (sheet, bands);
  for (guint i = 0; i < n_rows; i++)
    {
      assets += i == 0 || rows[i].asset_id != rows[i - 1].asset_id;
      treated += rows[i].treatment != HG_RISK_TREATMENT_NONE;
      done += rows[i].plan == HG_RISK_PLAN_DONE;
      unapproved += (rows[i].flags & HG_RISK_ROW_NEEDS_APPROVAL) != 0;
    }

  heading (r, 1, "概要");
  paragraph (r, "情報資産管理台帳の使用中の情報資産%u件について、媒体・保存先ごとの脅威%u件を"
                "評価し、%u件のリスクを算出しました。", assets,
             hg_risk_sheet_get_n_threats (sheet), n_rows);
  {
    g_autofree char *large = range_of (tables, HG_RISK_BAND_LARGE);
    g_autofree char *medium = range_of (tables, HG_RISK_BAND_MEDIUM);
    g_autofree char *small = range_of (tables, HG_RISK_BAND_SMALL);

    paragraph (r, "リスク値は、情報資産の重要度と被害発生可能性（脅威の起こりやすさと脆弱性から"
                  "求めます）の積です。%sを大、%sを中、%sを小としています。",
               large, medium, small);
  }

  table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_texts (table, TRUE, "評価", "件数", "割合", NULL);
  for (HgRiskBand band = HG_RISK_BAND_LARGE; band >= HG_RISK_BAND_SMALL; band--)
    {
      g_autofree char *count = g_strdup_printf ("%u", bands[band]);
      g_autofree char *share = percent (bands[band], n_rows);

      hg_doc_table_add_texts (table, FALSE, hg_risk_band_get_document_label (band), count, share,
                              NULL);
      hg_doc_table_set_tone (table, table->rows->len - 1, 0, tone_of (band));
    }
  paragraph (r, "対応を決めたリスクは%u件で、うち%u件の対応が完了しています。", treated, done);
  if (unapproved > 0)
    paragraph (r, "大きなリスクを受容したまま承認を得ていないものが%u件あります。"
                  "承認者、承認日と理由を記録してください。", unapproved);
}

/* ---- リスクの分布 ---------------------------------------------------------------- */

static void
heat_map (Report *r)
{
  const HgRiskTables *tables = hg_risk_sheet_get_tables (r->sheet);
  guint counts[3][3];
  HgDocBlock *table;

  hg_risk_sheet_heat_map (r->sheet, counts);
  heading (r, 1, "リスクの分布");
  paragraph (r, "重要度と被害発生可能性の組み合わせごとのリスクの件数です。"
                "右上ほどリスクが大きくなります。");
  table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_texts (table, TRUE, "重要度＼被害発生可能性", "1", "2", "3", NULL);
  for (guint importance = 3; importance >= 1; importance--)
    {
      g_autofree char *label = g_strdup_printf ("%u", importance);
      g_autofree char *c1 = g_strdup_printf ("%u", counts[importance - 1][0]);
      g_autofree char *c2 = g_strdup_printf ("%u", counts[importance - 1][1]);
      g_autofree char *c3 = g_strdup_printf ("%u", counts[importance - 1][2]);

      hg_doc_table_add_texts (table, FALSE, label, c1, c2, c3, NULL);
      for (guint damage = 1; damage <= 3; damage++)
        hg_doc_table_set_tone (table, table->rows->len - 1, damage,
                               tone_of (hg_risk_tables_band (tables, importance * damage)));
    }
  paragraph (r, "色はリスクの評価です（赤：大、黄：中、緑：小）。");
}

/* How many of a department's large risks its section lists. */
#define DEPARTMENT_MAX_ITEMS 5

/* The name of asset @id, "" if it is gone. */
static char *
asset_name (Report *r,
            gint64  id)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (
    hg_workbook_get_db (hg_risk_sheet_get_workbook (r->sheet)),
    "SELECT name FROM asset WHERE id = ?1", NULL);

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? hg_db_column_dup (stmt, 0) : g_strdup ("");
}

/* ---- 大きなリスクと対応計画 --------------------------------------------------- */

static void
band_table (Report     *r,
            HgRiskBand  band)
{
  HgWorkbook *workbook = hg_risk_sheet_get_workbook (r->sheet);
  const HgRiskRow *rows = hg_risk_sheet_get_rows (r->sheet);
  g_autoptr(GArray) list = hg_risk_sheet_largest (r->sheet, band);
  g_autoptr(sqlite3_stmt) asset = hg_db_prepare (hg_workbook_get_db (workbook),
    "SELECT a.name, ifnull (d.name, ''), ifnull (m.name, '') FROM asset a "
    "LEFT JOIN department d ON d.id = a.department_id LEFT JOIN medium m ON m.id = a.medium_id "
    "WHERE a.id = ?1", NULL);
  g_autoptr(GHashTable) people = hg_db_load_names (hg_workbook_get_db (workbook),
                                                   "SELECT id, name FROM person");
  g_autofree char *title = g_strdup_printf ("リスク%s", hg_risk_band_get_document_label (band));
  HgDocBlock *table;

  heading (r, 2, title);
  if (list->len == 0)
    {
      paragraph (r, "該当するリスクはありません。");
      return;
    }
  table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_texts (table, TRUE, "情報資産", "管理部署", "媒体・保存先", "脅威", "リスク値",
                          "対応", "担当者", "期限", "状況", "残留リスク", NULL);
  for (guint i = 0; i < MIN (list->len, HG_RISK_REPORT_MAX_ROWS) && asset != NULL; i++)
    {
      const HgRiskRow *risk = &rows[g_array_index (list, guint, i)];
      g_autoptr(HgRiskTreatment) t = hg_risk_treatment_get (workbook, risk->asset_id,
                                                            risk->threat_id);
      const char *owner = t && t->owner_id ? g_hash_table_lookup (people, &t->owner_id) : NULL;
      g_autofree char *value = g_strdup_printf ("%u", risk->risk);
      g_autofree char *residual = t ? g_strdup_printf ("%u", risk->residual) : g_strdup ("");

      sqlite3_reset (asset);
      sqlite3_bind_int64 (asset, 1, risk->asset_id);
      if (sqlite3_step (asset) != SQLITE_ROW)
        continue;
      hg_doc_table_add_texts (table, FALSE, (const char *) sqlite3_column_text (asset, 0),
                              (const char *) sqlite3_column_text (asset, 1),
                              (const char *) sqlite3_column_text (asset, 2),
                              hg_risk_sheet_get_threat (r->sheet, risk->threat)->name, value,
                              hg_risk_treatment_get_document_label (risk->treatment),
                              owner ? owner : "", t ? t->due_on : "",
                              hg_risk_plan_get_document_label (risk->plan), residual, NULL);
    }
  if (list->len > HG_RISK_REPORT_MAX_ROWS)
    paragraph (r, "ほかに%u件あります。すべてのリスクは Excel 形式の出力の「台帳とリスク」に"
                  "あります。", list->len - HG_RISK_REPORT_MAX_ROWS);
}

static void
plans (Report *r)
{
  heading (r, 1, "大きなリスクと対応計画");
  paragraph (r, "リスクの大きいものから対応します。小さなリスクは受容することもできますが、"
                "大きなリスクを受容するには承認者、承認日と理由が必要です。");
  band_table (r, HG_RISK_BAND_LARGE);
  band_table (r, HG_RISK_BAND_MEDIUM);
}

/* ---- 部署ごとのリスク ------------------------------------------------------------ */

/* One section per department, for the department head who acts on it:
 * how many risks of each band its assets carry, and its largest ones. */
static void
departments (Report *r)
{
  guint n_departments = hg_risk_sheet_get_n_departments (r->sheet);
  guint n_rows = hg_risk_sheet_get_n_rows (r->sheet);
  const HgRiskRow *rows = hg_risk_sheet_get_rows (r->sheet);
  gboolean any = FALSE;

  for (guint d = 1; d < n_departments && !any; d++)
    for (guint i = 0; i < n_rows && !any; i++)
      any = rows[i].department == d;
  if (!any)
    return;

  heading (r, 1, "部署ごとのリスク");
  paragraph (r, "情報資産を管理する部署ごとのリスクの件数と、その部署の大きなリスクです。"
                "部署の定まらない情報資産は、会社全体としてまとめています。");
  /* The company (index 0) last: its assets are those of no department. */
  for (guint k = 1; k <= n_departments; k++)
    {
      guint d = k % n_departments;
      guint bands[4] = { 0 };
      g_autoptr(GArray) largest = g_array_new (FALSE, FALSE, sizeof (guint));
      HgDocBlock *table;

      for (guint i = 0; i < n_rows; i++)
        if (rows[i].department == d)
          {
            bands[rows[i].band]++;
            if (rows[i].band == HG_RISK_BAND_LARGE)
              g_array_append_val (largest, i);
          }
      if (bands[HG_RISK_BAND_LARGE] + bands[HG_RISK_BAND_MEDIUM] + bands[HG_RISK_BAND_SMALL] == 0)
        continue;
      heading (r, 2, d == 0 ? "会社全体" : hg_risk_sheet_get_department_name (r->sheet, d));
      table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, NULL);
      hg_doc_table_add_texts (table, TRUE, "リスク大", "リスク中", "リスク小", NULL);
      {
        g_autofree char *large = g_strdup_printf ("%u件", bands[HG_RISK_BAND_LARGE]);
        g_autofree char *medium = g_strdup_printf ("%u件", bands[HG_RISK_BAND_MEDIUM]);
        g_autofree char *small = g_strdup_printf ("%u件", bands[HG_RISK_BAND_SMALL]);

        hg_doc_table_add_texts (table, FALSE, large, medium, small, NULL);
      }
      for (guint c = 0; c < 3; c++)
        hg_doc_table_set_tone (table, 0, c, tone_of (HG_RISK_BAND_LARGE - c));
      if (largest->len == 0)
        {
          paragraph (r, "大きなリスクはありません。");
          continue;
        }
      paragraph (r, "大きなリスク：");
      for (guint k2 = 0; k2 < MIN (largest->len, DEPARTMENT_MAX_ITEMS); k2++)
        {
          const HgRiskRow *risk = &rows[g_array_index (largest, guint, k2)];
          g_autofree char *text = g_strdup_printf ("%s（%s、リスク値%u）", asset_name (r, risk->asset_id),
                                                   hg_risk_sheet_get_threat (r->sheet,
                                                                             risk->threat)->name,
                                                   risk->risk);

          hg_doc_append (r->doc, HG_DOC_ITEM, NULL, text);
        }
      if (largest->len > DEPARTMENT_MAX_ITEMS)
        paragraph (r, "ほかに%u件あります。", largest->len - DEPARTMENT_MAX_ITEMS);
    }
}

/* ---- 診断結果 -------------------------------------------------------------------- */

static void
diagnosis (Report *r,
           HgPack *pack)
{
  g_autoptr(HgRiskDiagnosis) d = hg_risk_diagnosis_new (r->sheet, pack, 3);
  HgDocBlock *table;

  heading (r, 1, "診断結果");
  paragraph (r, "規程の章ごとに、実施していない対策（一部実施は半分）を、その対策が防ぐリスクの"
                "リスク値の合計で重み付けして得点にしました。得点の高い章ほど対策が弱く、先に"
                "見直すべき章です。");
  table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_texts (table, TRUE, "順位", "章", "弱さの得点", "未対策の割合", NULL);
  for (guint i = 0; i < d->groups->len; i++)
    {
      const HgRiskDiagnosisGroup *g = g_ptr_array_index (d->groups, i);
      g_autofree char *rank = g_strdup_printf ("%u", g->rank);
      char score[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *share = g->potential > 0
        ? g_strdup_printf ("%u％", (guint) (100 * g->score / g->potential + 0.5)) : g_strdup ("－");

      g_ascii_formatd (score, sizeof score, "%.1f", g->score);
      hg_doc_table_add_texts (table, FALSE, rank,
                              g->group->own_title ? g->group->own_title : g->group->title,
                              score, share, NULL);
    }

  for (guint i = 0; i < MIN (d->groups->len, 3); i++)
    {
      const HgRiskDiagnosisGroup *g = g_ptr_array_index (d->groups, i);

      if (g->score <= 0)
        break;
      heading (r, 2, g->group->own_title ? g->group->own_title : g->group->title);
      paragraph (r, "実施していない、または一部だけ実施している対策です。");
      for (guint k = 0; k < g->weak->len; k++)
        {
          const HgRiskWeakControl *w = &g_array_index (g->weak, HgRiskWeakControl, k);
          g_autofree char *text = g_strdup_printf ("%s（%s）", w->own_text,
                                                   hg_risk_status_get_document_label (w->status));

          hg_doc_append (r->doc, HG_DOC_ITEM, NULL, text);
        }
      if (g->suggestions->len == 0)
        continue;
      paragraph (r, "方針ウィザードで次の設定を見直すと、この章の規程が強くなります。");
      for (guint k = 0; k < g->suggestions->len; k++)
        {
          const HgRiskSuggestionItem *s = &g_array_index (g->suggestions, HgRiskSuggestionItem, k);
          g_autofree char *text = g_strdup_printf ("「%s」を「%s」にする",
                                                   s->own_label ? s->own_label : s->question,
                                                   s->own_value_label);

          hg_doc_append (r->doc, HG_DOC_ITEM, NULL, text);
        }
    }
}

HgDoc *
hg_risk_report_build (HgRiskSheet *sheet,
                      HgPack      *pack)
{
  g_autofree char *company = NULL;
  Report r = { sheet, NULL, 0, 0 };

  g_return_val_if_fail (sheet != NULL, NULL);

  company = hg_company_get (hg_risk_sheet_get_workbook (sheet), HG_COMPANY_FIELD_NAME);
  r.doc = hg_doc_new (HG_RISK_REPORT_ID, HG_RISK_REPORT_TITLE, company);
  g_free (r.doc->display_title);
  r.doc->display_title = g_strdup (_("Risk Analysis Report"));
  summary (&r);
  heat_map (&r);
  plans (&r);
  departments (&r);
  diagnosis (&r, pack);
  return r.doc;
}

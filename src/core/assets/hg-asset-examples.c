/* hg-asset-examples.c: example rows for an empty register
 *
 * A fictional 20-person maker of pressed parts for cars, so that a new user
 * sees what a filled-in register looks like before writing their own. The
 * departments are created when the workbook lacks them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-examples"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-asset-store.h"
#include "hg-db.h"
#include "hg-text.h"

typedef struct
{
  const char   *category;
  const char   *name;
  const char   *notes;
  const char   *users;
  const char   *department;
  const char   *medium;
  HgAssetFlags  flags;
  guint8        c, i, a;
  const char   *retention;
} Example;

static const Example examples[] = {
  { "人事", "従業員名簿", "氏名・住所・緊急連絡先", "総務部", "総務部", "社内サーバ",
    HG_ASSET_PERSONAL, 3, 2, 2, "退職後5年" },
  { "人事", "給与計算データ", "マイナンバーを含む", "総務部の担当者2名", "総務部", "事務所PC",
    HG_ASSET_PERSONAL | HG_ASSET_MY_NUMBER, 3, 3, 2, "7年" },
  { "人事", "健康診断の結果", "紙で受け取り施錠保管", "総務部長のみ", "総務部", "書類",
    HG_ASSET_PERSONAL | HG_ASSET_SENSITIVE, 3, 2, 1, "5年" },
  { "営業", "顧客担当者の連絡先", "取引先の購買・設計担当者", "営業部・役員", "営業部",
    "社外サーバ（クラウド）", HG_ASSET_PERSONAL, 3, 2, 2, "取引終了後3年" },
  { "営業", "見積書", "過去3年分の見積と原価計算", "営業部", "営業部", "事務所PC",
    0, 2, 2, 1, "3年" },
  { "営業", "受注データ", "販売管理システムの受注・出荷記録", "営業部・製造部", "営業部",
    "社内サーバ", 0, 2, 3, 3, "7年" },
  { "営業", "展示会で受け取った名刺", "スキャンしていない紙の名刺", "営業部", "営業部", "書類",
    HG_ASSET_PERSONAL, 2, 1, 1, "3年" },
  { "設計", "取引先から受け取った図面", "秘密保持契約の対象", "製造部・品質保証部", "製造部",
    "社内サーバ", 0, 3, 3, 2, "契約終了まで" },
  { "製造", "自社製品の加工図面", "", "製造部", "製造部", "社内サーバ", 0, 3, 3, 2, "永年" },
  { "製造", "金型の加工条件", "長年の改善で得たノウハウ", "製造部の技術者", "製造部", "事務所PC",
    0, 3, 2, 2, "永年" },
  { "製造", "生産計画表", "週ごとに更新", "全従業員", "製造部", "社外サーバ（クラウド）",
    0, 2, 2, 3, "1年" },
  { "製造", "設備の保守記録", "点検業者の報告書を含む", "製造部", "製造部", "可搬電子媒体",
    0, 1, 2, 1, "5年" },
  { "品質", "検査記録", "出荷前検査の測定値", "品質保証部・製造部", "品質保証部", "書類",
    0, 2, 3, 2, "15年" },
  { "品質", "不具合報告書", "取引先への報告を含む", "品質保証部・役員", "品質保証部",
    "社内サーバ", 0, 2, 3, 1, "15年" },
  { "品質", "品質マニュアル", "ISO 9001 の文書一式", "全従業員", "品質保証部", "社内サーバ",
    0, 1, 2, 1, "改訂まで" },
  { "経理", "会計データ", "会計ソフトのデータ", "総務部の経理担当", "総務部", "事務所PC",
    0, 2, 3, 2, "10年" },
  { "経理", "取引先の口座情報", "振込先の登録情報", "総務部の経理担当", "総務部", "事務所PC",
    0, 3, 3, 1, "取引終了後5年" },
  { "総務", "入退室の記録", "来訪者の氏名を含む", "総務部", "総務部", "書類",
    HG_ASSET_PERSONAL, 2, 2, 1, "1年" },
  { "総務", "会社案内パンフレット", "公開済み", "社外に配布", "総務部", "書類",
    0, 1, 1, 1, "改訂まで" },
  { "総務", "ウェブサイトの掲載内容", "更新は外部業者に委託", "社外に公開", "総務部",
    "社外サーバ（クラウド）", 0, 1, 2, 2, "改訂まで" },
};

static gint64
ensure_named (sqlite3     *db,
              const char  *table,
              const char  *name,
              GError     **error)
{
  g_autofree char *quoted = hg_db_quote_identifier (table);
  g_autofree char *select = g_strdup_printf ("SELECT id FROM %s WHERE name = ?1", quoted);
  g_autofree char *insert = g_strdup_printf (
    "INSERT INTO %1$s (name, position) SELECT ?1, ifnull (max (position), 0) + 1 FROM %1$s",
    quoted);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, select, error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = hg_db_prepare (db, insert, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (db);
}

static gboolean
load_cb (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      const Example *e = &examples[i];
      g_autoptr(HgAssetData) d = hg_asset_data_new ();

      hg_text_set (&d->business_category, e->category);
      hg_text_set (&d->name, e->name);
      hg_text_set (&d->notes, e->notes);
      hg_text_set (&d->users, e->users);
      hg_text_set (&d->retention, e->retention);
      d->flags = e->flags;
      d->confidentiality = e->c;
      d->integrity = e->i;
      d->availability = e->a;
      d->department_id = ensure_named (db, "department", e->department, error);
      d->medium_id = ensure_named (db, "medium", e->medium, error);
      if (d->department_id == 0 || d->medium_id == 0
          || !_hg_asset_store_insert (db, d, NULL, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hg_asset_store_load_examples (HgWorkbook  *workbook,
                              GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Load Example Assets"), load_cb, NULL, error);
}

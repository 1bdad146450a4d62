/* hg-asset-columns.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-columns.h"
#include "hg-import-sheet.h"

typedef struct
{
  const char        *header;
  HgAssetColumnKind  kind;
  double             width;
  /* Other names met in users' sheets, Japanese and English, already folded
   * the way hg_import_header_key() folds a header. */
  const char        *aliases[8];
} ColumnInfo;

static const ColumnInfo columns[HG_ASSET_N_COLS] = {
  [HG_ASSET_COL_ID] = { "ID", HG_ASSET_COL_KIND_NUMBER, 8,
                        { "id", "no", "no.", "番号", "管理番号", "資産番号" } },
  [HG_ASSET_COL_CATEGORY] = { "業務分類", HG_ASSET_COL_KIND_TEXT, 12,
                              { "業務分類", "業務", "分類", "businesscategory", "category" } },
  [HG_ASSET_COL_NAME] = { "情報資産名称", HG_ASSET_COL_KIND_TEXT, 28,
                          { "情報資産名称", "情報資産名", "資産名", "資産名称", "名称",
                            "assetname", "name", "asset" } },
  [HG_ASSET_COL_NOTES] = { "備考", HG_ASSET_COL_KIND_TEXT, 28,
                           { "備考", "説明", "notes", "note", "remarks", "description" } },
  [HG_ASSET_COL_USERS] = { "利用者範囲", HG_ASSET_COL_KIND_TEXT, 16,
                           { "利用者範囲", "利用範囲", "利用者", "users", "userscope" } },
  [HG_ASSET_COL_DEPARTMENT] = { "管理部署", HG_ASSET_COL_KIND_TEXT, 14,
                                { "管理部署", "部署", "管理部門", "department",
                                  "owningdepartment" } },
  [HG_ASSET_COL_OWNER] = { "管理責任者", HG_ASSET_COL_KIND_TEXT, 14,
                           { "管理責任者", "責任者", "管理者", "owner", "responsible" } },
  [HG_ASSET_COL_MEDIUM] = { "媒体・保存先", HG_ASSET_COL_KIND_TEXT, 18,
                            { "媒体・保存先", "媒体保存先", "媒体", "保存先", "保管場所",
                              "medium", "storage", "medium/storage" } },
  [HG_ASSET_COL_PERSONAL] = { "個人情報", HG_ASSET_COL_KIND_TEXT, 9,
                              { "個人情報", "personalinformation", "personal", "pii" } },
  [HG_ASSET_COL_SENSITIVE] = { "要配慮個人情報", HG_ASSET_COL_KIND_TEXT, 9,
                               { "要配慮個人情報", "sensitivepersonalinformation",
                                 "sensitive" } },
  [HG_ASSET_COL_MY_NUMBER] = { "特定個人情報", HG_ASSET_COL_KIND_TEXT, 9,
                               { "特定個人情報", "特定個人情報(マイナンバー)", "マイナンバー",
                                 "mynumber" } },
  [HG_ASSET_COL_CONFIDENTIALITY] = { "機密性", HG_ASSET_COL_KIND_NUMBER, 7,
                                     { "機密性", "confidentiality", "c" } },
  [HG_ASSET_COL_INTEGRITY] = { "完全性", HG_ASSET_COL_KIND_NUMBER, 7,
                               { "完全性", "integrity", "i" } },
  [HG_ASSET_COL_AVAILABILITY] = { "可用性", HG_ASSET_COL_KIND_NUMBER, 7,
                                  { "可用性", "availability", "a" } },
  [HG_ASSET_COL_IMPORTANCE] = { "重要度", HG_ASSET_COL_KIND_NUMBER, 7,
                                { "重要度", "importance" } },
  [HG_ASSET_COL_IMPORTANCE_REASON] = { "重要度を上げた理由", HG_ASSET_COL_KIND_TEXT, 20,
                                       { "重要度を上げた理由", "重要度の理由", "理由",
                                         "reasonforimportance", "importancereason" } },
  [HG_ASSET_COL_LABEL] = { "機密区分", HG_ASSET_COL_KIND_TEXT, 9,
                           { "機密区分", "区分", "classification", "label" } },
  [HG_ASSET_COL_RETENTION] = { "保存期限", HG_ASSET_COL_KIND_TEXT, 12,
                               { "保存期限", "保存期間", "retention", "retentionperiod" } },
  [HG_ASSET_COL_REGISTERED] = { "登録日", HG_ASSET_COL_KIND_DATE, 11,
                                { "登録日", "registered", "registeredon" } },
  [HG_ASSET_COL_UPDATED] = { "更新日", HG_ASSET_COL_KIND_DATE, 11,
                             { "更新日", "updated", "updatedon" } },
  [HG_ASSET_COL_STATUS] = { "状態", HG_ASSET_COL_KIND_TEXT, 8,
                            { "状態", "ステータス", "status" } },
  [HG_ASSET_COL_DISPOSED_ON] = { "廃棄日", HG_ASSET_COL_KIND_DATE, 11,
                                 { "廃棄日", "disposedon", "disposaldate" } },
  [HG_ASSET_COL_DISPOSAL_METHOD] = { "廃棄方法", HG_ASSET_COL_KIND_TEXT, 14,
                                     { "廃棄方法", "disposalmethod" } },
};

const char *
hg_asset_column_header (HgAssetColumn column)
{
  g_return_val_if_fail (column < HG_ASSET_N_COLS, "");
  return columns[column].header;
}

HgAssetColumnKind
hg_asset_column_kind (HgAssetColumn column)
{
  g_return_val_if_fail (column < HG_ASSET_N_COLS, HG_ASSET_COL_KIND_TEXT);
  return columns[column].kind;
}

double
hg_asset_column_width (HgAssetColumn column)
{
  g_return_val_if_fail (column < HG_ASSET_N_COLS, 10);
  return columns[column].width;
}

gboolean
hg_asset_column_match (const char    *header,
                       HgAssetColumn *column)
{
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    if (hg_import_header_matches (header, columns[c].aliases, G_N_ELEMENTS (columns[c].aliases)))
      {
        *column = c;
        return TRUE;
      }
  return FALSE;
}

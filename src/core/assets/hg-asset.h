/* hg-asset.h: one row of the information asset register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HG_ASSET_PERSONAL  = 1 << 0, /* 個人情報 */
  HG_ASSET_SENSITIVE = 1 << 1, /* 要配慮個人情報 */
  HG_ASSET_MY_NUMBER = 1 << 2, /* 特定個人情報（マイナンバー） */
} HgAssetFlags;

/* Plain data, as edited and stored. Strings are never NULL. */
typedef struct
{
  gint64        id;                 /* 0 for an asset not stored yet */
  char         *business_category;  /* 業務分類 */
  char         *name;               /* 情報資産名称 */
  char         *notes;              /* 備考 */
  char         *users;              /* 利用者範囲 */
  gint64        department_id;      /* 管理部署, 0: none */
  gint64        owner_id;           /* 管理責任者, 0: none */
  gint64        medium_id;          /* 媒体・保存先, 0: none */
  HgAssetFlags  flags;
  guint8        confidentiality;    /* 1..3 */
  guint8        integrity;          /* 1..3 */
  guint8        availability;       /* 1..3 */
  guint8        importance_raised;  /* 0, or 2..3 above the rule */
  char         *importance_reason;
  char         *retention;          /* 保存期限 */
  char         *registered_on;      /* YYYY-MM-DD, set by the store */
  char         *updated_on;         /* YYYY-MM-DD, set by the store */
  gboolean      disposed;
  char         *disposed_on;        /* YYYY-MM-DD when disposed */
  char         *disposal_method;
} HgAssetData;

HgAssetData *hg_asset_data_new   (void);
HgAssetData *hg_asset_data_copy  (const HgAssetData *data);
void         hg_asset_data_free  (HgAssetData       *data);
guint        hg_asset_data_get_importance (const HgAssetData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssetData, hg_asset_data_free)

#define HG_TYPE_ASSET (hg_asset_get_type ())

G_DECLARE_FINAL_TYPE (HgAsset, hg_asset, HG, ASSET, GObject)

HgAsset           *hg_asset_new            (HgAssetData *data);
const HgAssetData *hg_asset_get_data       (HgAsset     *self);
gint64             hg_asset_get_id         (HgAsset     *self);
guint              hg_asset_get_importance (HgAsset     *self);
const char        *hg_asset_get_search_key (HgAsset     *self);

G_END_DECLS

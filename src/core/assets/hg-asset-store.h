/* hg-asset-store.h: reading and editing the asset register in a workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-asset.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* A bulk edit: each field set to a value >= 0 (levels 1..3, ids >= 0 where
 * 0 clears) is applied to every chosen asset; -1 leaves it alone. */
typedef struct
{
  gint64 department_id;
  gint64 medium_id;
  int    confidentiality;
  int    integrity;
  int    availability;
  gint64 owner_id;        /* 管理責任者: a person id, 0 clears */
} HgAssetBulkEdit;

#define HG_ASSET_BULK_EDIT_INIT { -1, -1, -1, -1, -1, -1 }

typedef struct
{
  gint64  id;
  char   *name;
} HgNamedItem;

GPtrArray  *hg_asset_store_load        (HgWorkbook              *workbook);
/* At most @limit assets (-1: all) with an id above @after_id, in id order. */
GPtrArray  *hg_asset_store_load_after  (HgWorkbook              *workbook,
                                        gint64                   after_id,
                                        int                      limit);
HgAssetData *hg_asset_store_get        (HgWorkbook              *workbook,
                                        gint64                   id);
/* The name alone (NULL for no such asset): what a list showing other data
 * beside the asset needs, without reading the whole row. */
char       *hg_asset_store_get_name    (HgWorkbook              *workbook,
                                        gint64                   id);
gint64      hg_asset_store_add         (HgWorkbook              *workbook,
                                        const HgAssetData       *data,
                                        GError                 **error);
gboolean    hg_asset_store_update      (HgWorkbook              *workbook,
                                        const HgAssetData       *data,
                                        GError                 **error);
gint64      hg_asset_store_duplicate   (HgWorkbook              *workbook,
                                        gint64                   id,
                                        GError                 **error);
gboolean    hg_asset_store_remove      (HgWorkbook              *workbook,
                                        const gint64            *ids,
                                        guint                    n_ids,
                                        GError                 **error);
gboolean    hg_asset_store_bulk_edit   (HgWorkbook              *workbook,
                                        const gint64            *ids,
                                        guint                    n_ids,
                                        const HgAssetBulkEdit   *edit,
                                        GError                 **error);
gboolean    hg_asset_store_load_examples (HgWorkbook            *workbook,
                                          GError               **error);

/* Helpers for edits that run inside a caller's transaction (import). */
gboolean    _hg_asset_store_insert     (sqlite3                 *db,
                                        const HgAssetData       *data,
                                        gint64                  *id,
                                        GError                 **error);
sqlite3_stmt *_hg_asset_store_prepare_insert (sqlite3           *db,
                                             GError           **error);
gboolean    _hg_asset_store_insert_with (sqlite3_stmt       *stmt,
                                         const HgAssetData  *data,
                                         gint64             *id,
                                         GError            **error);
gboolean    _hg_asset_store_write      (sqlite3                 *db,
                                        const HgAssetData       *data,
                                        GError                 **error);
sqlite3_stmt *_hg_asset_store_prepare_write (sqlite3            *db,
                                            GError            **error);
gboolean    _hg_asset_store_write_with (sqlite3_stmt            *stmt,
                                        const HgAssetData       *data,
                                        GError                 **error);

void        hg_named_item_free         (HgNamedItem             *item);
GPtrArray  *hg_asset_store_list_media  (HgWorkbook              *workbook);
gint64      hg_asset_store_add_medium  (HgWorkbook              *workbook,
                                        const char              *name,
                                        GError                 **error);
gboolean    hg_asset_store_rename_medium (HgWorkbook            *workbook,
                                          gint64                 id,
                                          const char            *name,
                                          GError               **error);
gboolean    hg_asset_store_remove_medium (HgWorkbook            *workbook,
                                          gint64                 id,
                                          GError               **error);
char       *hg_asset_store_get_label   (HgWorkbook              *workbook,
                                        guint                    level);
gboolean    hg_asset_store_set_label   (HgWorkbook              *workbook,
                                        guint                    level,
                                        const char              *label,
                                        GError                 **error);
void        hg_asset_store_count       (HgWorkbook              *workbook,
                                        guint                    by_importance[4],
                                        guint                    by_level[4],
                                        guint                   *personal,
                                        guint                   *total);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgNamedItem, hg_named_item_free)

G_END_DECLS

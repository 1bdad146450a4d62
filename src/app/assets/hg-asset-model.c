/* hg-asset-model.c
 *
 * Loads the whole register once (100,000 rows take a fraction of a second),
 * then follows the workbook's edits row by row: the workbook says which
 * rowids an edit, undo or redo touched, so a change to one asset costs one
 * query and one items-changed, not a reload.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-model"

#include "config.h"

#include "hg-asset.h"
#include "hg-asset-model.h"
#include "hg-asset-store.h"

/* Past this many changed rows (an import), reloading is cheaper. */
#define MAX_INCREMENTAL 2000

struct _HgAssetModel
{
  GObject     parent_instance;

  HgWorkbook *workbook;
  GPtrArray  *items;    /* of HgAsset, ordered by id */
};

static GType
hg_asset_model_get_item_type (GListModel *model)
{
  return HG_TYPE_ASSET;
}

static guint
hg_asset_model_get_n_items (GListModel *model)
{
  return HG_ASSET_MODEL (model)->items->len;
}

static gpointer
hg_asset_model_get_item (GListModel *model,
                         guint       position)
{
  HgAssetModel *self = HG_ASSET_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hg_asset_model_get_item_type;
  iface->get_n_items = hg_asset_model_get_n_items;
  iface->get_item = hg_asset_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (HgAssetModel, hg_asset_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
reload (HgAssetModel *self)
{
  guint removed = self->items->len;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = self->workbook ? hg_asset_store_load (self->workbook)
                               : g_ptr_array_new_with_free_func (g_object_unref);
  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}

/* Items are kept in id order, so a binary search finds them. */
static gboolean
find_position (HgAssetModel *self,
               gint64        id,
               guint        *position)
{
  guint lo = 0, hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 mid_id = hg_asset_get_id (g_ptr_array_index (self->items, mid));

      if (mid_id == id)
        {
          *position = mid;
          return TRUE;
        }
      if (mid_id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  *position = lo;
  return FALSE;
}

guint
hg_asset_model_find (HgAssetModel *self,
                     gint64        id)
{
  guint position;

  g_return_val_if_fail (HG_IS_ASSET_MODEL (self), G_MAXUINT);
  return find_position (self, id, &position) ? position : G_MAXUINT;
}

static void
refresh_row (HgAssetModel *self,
             gint64        id)
{
  HgAssetData *data = hg_asset_store_get (self->workbook, id);
  guint position;
  gboolean present = find_position (self, id, &position);

  if (data != NULL && present)
    {
      g_ptr_array_remove_index (self->items, position);
      g_ptr_array_insert (self->items, position, hg_asset_new (data));
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else if (data != NULL)
    {
      g_ptr_array_insert (self->items, position, hg_asset_new (data));
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
    }
  else if (present)
    {
      g_ptr_array_remove_index (self->items, position);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
    }
}

static void
workbook_changed_cb (HgAssetModel *self,
                     GStrv         tables)
{
  g_autoptr(GArray) rows = NULL;

  if (!g_strv_contains ((const char * const *) tables, "asset"))
    return;

  rows = hg_workbook_get_changed_rows (self->workbook, "asset");
  if (rows->len > MAX_INCREMENTAL)
    {
      reload (self);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    refresh_row (self, g_array_index (rows, gint64, i));
}

static void
hg_asset_model_dispose (GObject *object)
{
  HgAssetModel *self = (HgAssetModel *) object;

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_clear_object (&self->workbook);

  G_OBJECT_CLASS (hg_asset_model_parent_class)->dispose (object);
}

static void
hg_asset_model_finalize (GObject *object)
{
  HgAssetModel *self = (HgAssetModel *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (hg_asset_model_parent_class)->finalize (object);
}

static void
hg_asset_model_class_init (HgAssetModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hg_asset_model_dispose;
  object_class->finalize = hg_asset_model_finalize;
}

static void
hg_asset_model_init (HgAssetModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

HgAssetModel *
hg_asset_model_new (void)
{
  return g_object_new (HG_TYPE_ASSET_MODEL, NULL);
}

void
hg_asset_model_set_workbook (HgAssetModel *self,
                             HgWorkbook   *workbook)
{
  g_return_if_fail (HG_IS_ASSET_MODEL (self));

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_set_object (&self->workbook, workbook);
  if (workbook != NULL)
    g_signal_connect_swapped (workbook, "changed", G_CALLBACK (workbook_changed_cb), self);
  reload (self);
}

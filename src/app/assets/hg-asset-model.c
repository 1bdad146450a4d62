/* hg-asset-model.c
 *
 * Reads the register in id order a part at a time: a screenful at once, so
 * the window draws its first frame without waiting, then the rest in parts
 * from an idle source (100,000 rows take about half a second in all, each
 * part a few milliseconds, so the window answers meanwhile). Everything up
 * to read_to has been read; the idle source reads on from there.
 *
 * It follows the workbook's edits row by row: the workbook says which rowids
 * an edit, undo or redo touched, so a change to one asset costs one query
 * and one items-changed, not a reload. An edit to a row not read yet puts it
 * in its place at once (so a new asset can be selected); when the part that
 * holds it is read, the part replaces what is there, both being what the
 * workbook holds now. All of it runs on the main thread, so a part and an
 * edit never see the workbook at different moments.
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
/* More rows than the tallest window shows. */
#define FIRST_ROWS 200
/* About 10 ms of reading on a slow machine: short enough for the window to
 * keep answering between parts. */
#define PART_ROWS 4000

struct _HgAssetModel
{
  GObject     parent_instance;

  HgWorkbook *workbook;
  GPtrArray  *items;       /* of HgAsset, ordered by id */
  gint64      read_to;     /* every id up to this is read; G_MAXINT64: all */
  guint       n_expected;  /* rows in the register when reading began */
  guint       read_id;     /* the idle source reading the rest */
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* The position of the first item with an id above @id. */
static guint
position_after (HgAssetModel *self,
                gint64        id)
{
  guint position;

  return find_position (self, id, &position) ? position + 1 : position;
}

/* Reads up to @limit rows after read_to into their place, replacing the
 * rows an edit put there meanwhile; returns the change to announce. */
static void
read_part (HgAssetModel *self,
           int           limit,
           guint        *position,
           guint        *removed,
           guint        *added)
{
  g_autoptr(GPtrArray) part = hg_asset_store_load_after (self->workbook, self->read_to, limit);
  gint64 to = part->len < (guint) limit ? G_MAXINT64
                                        : hg_asset_get_id (g_ptr_array_index (part, part->len - 1));
  guint from = position_after (self, self->read_to);
  guint end = to == G_MAXINT64 ? self->items->len : position_after (self, to);

  g_ptr_array_remove_range (self->items, from, end - from);
  *position = from;
  *removed = end - from;
  *added = part->len;
  self->read_to = to;
  if (from == self->items->len)
    {
      g_ptr_array_extend_and_steal (self->items, g_steal_pointer (&part));
      return;
    }
  /* Only rows edited during the reading lie beyond: a handful to move. */
  g_ptr_array_set_free_func (part, NULL);
  for (guint i = 0; i < part->len; i++)
    g_ptr_array_insert (self->items, (int) (from + i), g_ptr_array_index (part, i));
}

static gboolean
read_more_cb (gpointer data)
{
  HgAssetModel *self = data;
  guint position, removed, added;

  read_part (self, PART_ROWS, &position, &removed, &added);
  if (self->read_to == G_MAXINT64)
    self->read_id = 0;
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (self->read_to != G_MAXINT64)
    return G_SOURCE_CONTINUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  return G_SOURCE_REMOVE;
}

static void
reload (HgAssetModel *self)
{
  gboolean was_loading = hg_asset_model_is_loading (self);
  guint removed = self->items->len;
  guint position = 0, dropped = 0, added = 0;

  g_clear_handle_id (&self->read_id, g_source_remove);
  g_ptr_array_set_size (self->items, 0);
  self->read_to = G_MAXINT64;
  self->n_expected = 0;
  if (self->workbook != NULL)
    {
      self->read_to = 0;
      self->n_expected = (guint) hg_workbook_count_rows (self->workbook, "asset");
      read_part (self, FIRST_ROWS, &position, &dropped, &added);
      if (self->read_to != G_MAXINT64)
        self->read_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, read_more_cb, self, NULL);
    }
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
  if (was_loading != hg_asset_model_is_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
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

  g_clear_handle_id (&self->read_id, g_source_remove);
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
hg_asset_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HgAssetModel *self = HG_ASSET_MODEL (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, hg_asset_model_is_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_asset_model_class_init (HgAssetModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hg_asset_model_dispose;
  object_class->finalize = hg_asset_model_finalize;
  object_class->get_property = hg_asset_model_get_property;

  /* Whether part of the register is still to be read. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hg_asset_model_init (HgAssetModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->read_to = G_MAXINT64;
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

gboolean
hg_asset_model_is_loading (HgAssetModel *self)
{
  g_return_val_if_fail (HG_IS_ASSET_MODEL (self), FALSE);
  return self->read_to != G_MAXINT64;
}

/* How many rows the register held when reading began: what the status
 * line counts towards while it reads. */
guint
hg_asset_model_get_n_expected (HgAssetModel *self)
{
  g_return_val_if_fail (HG_IS_ASSET_MODEL (self), 0);
  return self->n_expected;
}

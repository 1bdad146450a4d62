/* hg-risk-list.c
 *
 * The rows the view shows, highest risk first, optionally only those of
 * one cell of the heat map. The order is an array of sheet indexes; items
 * are made on demand.
 *
 * After an edit the list is told which rows' values changed and moves only
 * those, as hg-asset-model.c does: each one leaves its place and takes its
 * new one, with an items-changed for each, so the view rebinds a handful
 * of rows instead of all it shows. To find where a row stood, the list
 * keeps each row's sort key as it was when placed (one byte a row), since
 * the sheet has already changed the row itself. An edit that changes so
 * many rows that moving them one by one would cost more than sorting
 * merges them back in one pass and reports one span instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hg-risk-item.h"
#include "hg-risk-list.h"

/* Moving one row shifts the array behind it: past this many shifted
 * elements in all, one merge of the whole order is cheaper. */
#define MAX_SHIFTED (4u * 1024 * 1024)

/* A row's key: 0 when the view does not show it, else IN_VIEW with the
 * risk and the importance, so that a larger key sorts first. */
#define IN_VIEW 0x80

struct _HgRiskList
{
  GObject      parent_instance;

  HgRiskSheet *sheet;        /* borrowed: the session keeps it */
  GArray      *order;        /* of guint, sheet indexes in view order */
  guint8      *keys;         /* by sheet index: the key each row was placed with */
  guint        n_keys;
  guint        importance;   /* the heat-map cell shown, 0: all rows */
  guint        damage;
};

static GType
hg_risk_list_get_item_type (GListModel *model)
{
  return HG_TYPE_RISK_ITEM;
}

static guint
hg_risk_list_get_n_items (GListModel *model)
{
  return HG_RISK_LIST (model)->order->len;
}

static gpointer
hg_risk_list_get_item (GListModel *model,
                       guint       position)
{
  HgRiskList *self = HG_RISK_LIST (model);

  if (position >= self->order->len)
    return NULL;
  return hg_risk_item_new (g_array_index (self->order, guint, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hg_risk_list_get_item_type;
  iface->get_n_items = hg_risk_list_get_n_items;
  iface->get_item = hg_risk_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (HgRiskList, hg_risk_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The key of a row as the sheet has it now. */
static guint8
key_of (HgRiskList *self,
        guint       index)
{
  const HgRiskRow *row = hg_risk_sheet_get_row (self->sheet, index);

  if (self->importance > 0 && (row->importance != self->importance || row->damage != self->damage))
    return 0;
  return (guint8) (IN_VIEW | row->risk << 2 | row->importance);
}

/* Highest risk first; then the larger importance; then register order,
 * so that equal rows keep a stable place. */
static inline int
compare_keyed (guint8 key_a,
               guint  a,
               guint8 key_b,
               guint  b)
{
  if (key_a != key_b)
    return (int) key_b - (int) key_a;
  return (a > b) - (a < b);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const guint8 *keys = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  return compare_keyed (keys[ia], ia, keys[ib], ib);
}

/* Where the row @index with @key stands, or would stand, in the order. */
static guint
find_place (HgRiskList *self,
            guint8      key,
            guint       index)
{
  guint lo = 0, hi = self->order->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint at = g_array_index (self->order, guint, mid);

      if (compare_keyed (self->keys[at], at, key, index) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
reload (HgRiskList *self)
{
  guint removed = self->order->len;
  guint n = self->sheet ? hg_risk_sheet_get_n_rows (self->sheet) : 0;

  g_array_set_size (self->order, 0);
  g_clear_pointer (&self->keys, g_free);
  self->n_keys = n;
  if (self->sheet != NULL)
    {
      self->keys = g_new (guint8, n + 1);
      for (guint i = 0; i < n; i++)
        if ((self->keys[i] = key_of (self, i)) != 0)
          g_array_append_val (self->order, i);
    }
  if (self->order->len > 1)
    g_array_sort_with_data (self->order, compare_rows, self->keys);
  if (removed > 0 || self->order->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->order->len);
}

/* One row's new values: in place, or out of its old place and into its new
 * one, each step told as it is made. */
static void
move_row (HgRiskList *self,
          guint       index)
{
  guint8 before = self->keys[index];
  guint8 after = key_of (self, index);
  guint from = 0, to;

  if (before != 0)
    {
      from = find_place (self, before, index);
      if (before == after)
        {
          g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 1);
          return;
        }
      g_array_remove_index (self->order, from);
    }
  self->keys[index] = after;
  to = after != 0 ? find_place (self, after, index) : 0;
  if (before != 0 && after != 0 && from == to)
    {
      g_array_insert_val (self->order, to, index);
      g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 1);
      return;
    }
  if (before != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 0);
  if (after != 0)
    {
      g_array_insert_val (self->order, to, index);
      g_list_model_items_changed (G_LIST_MODEL (self), to, 0, 1);
    }
}

/* Many rows at once: the rows that did not change keep their order, the
 * changed ones are sorted and merged in, and the span from the first
 * difference to the last is reported once. */
static void
merge_rows (HgRiskList   *self,
            const GArray *rows)
{
  g_autofree guint8 *changed = g_new0 (guint8, self->n_keys / 8 + 1);
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *merged = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->order->len);
  GArray *old = self->order;
  guint m = 0, first = 0, tail = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      guint index = g_array_index (rows, guint, i);

      changed[index >> 3] |= (guint8) (1u << (index & 7));
      if ((self->keys[index] = key_of (self, index)) != 0)
        g_array_append_val (moved, index);
    }
  if (moved->len > 1)
    g_array_sort_with_data (moved, compare_rows, self->keys);

  for (guint i = 0; i < old->len; i++)
    {
      guint index = g_array_index (old, guint, i);

      if (changed[index >> 3] & (1u << (index & 7)))
        continue;
      while (m < moved->len
             && compare_rows (&g_array_index (moved, guint, m), &index, self->keys) < 0)
        g_array_append_val (merged, g_array_index (moved, guint, m++));
      g_array_append_val (merged, index);
    }
  while (m < moved->len)
    g_array_append_val (merged, g_array_index (moved, guint, m++));

  /* Rows whose values changed are reported even where they kept their
   * place: the view shows their new numbers. */
  while (first < old->len && first < merged->len
         && g_array_index (old, guint, first) == g_array_index (merged, guint, first)
         && !(changed[g_array_index (old, guint, first) >> 3]
              & (1u << (g_array_index (old, guint, first) & 7))))
    first++;
  while (tail < old->len - first && tail < merged->len - first
         && g_array_index (old, guint, old->len - 1 - tail)
            == g_array_index (merged, guint, merged->len - 1 - tail)
         && !(changed[g_array_index (old, guint, old->len - 1 - tail) >> 3]
              & (1u << (g_array_index (old, guint, old->len - 1 - tail) & 7))))
    tail++;

  self->order = merged;
  if (first < old->len || first < merged->len)
    g_list_model_items_changed (G_LIST_MODEL (self), first, old->len - first - tail,
                                merged->len - first - tail);
  g_array_unref (old);
}

/**
 * hg_risk_list_update_rows:
 * @rows: the sheet's indexes of the rows whose values changed, as
 *   HgSession::risks-changed gives them
 *
 * Moves those rows to where their new values put them (into or out of the
 * heat-map cell shown, too) and tells the view about them alone.
 */
void
hg_risk_list_update_rows (HgRiskList   *self,
                          const GArray *rows)
{
  g_return_if_fail (HG_IS_RISK_LIST (self));
  g_return_if_fail (rows != NULL);

  if (self->sheet == NULL || rows->len == 0)
    return;
  /* The sheet reloads (and the list with it) when rows come or go: the
   * same rows are here, by the same indexes. */
  g_return_if_fail (hg_risk_sheet_get_n_rows (self->sheet) == self->n_keys);

  if ((guint64) rows->len * self->order->len > MAX_SHIFTED)
    merge_rows (self, rows);
  else
    for (guint i = 0; i < rows->len; i++)
      move_row (self, g_array_index (rows, guint, i));
}

static void
hg_risk_list_finalize (GObject *object)
{
  HgRiskList *self = HG_RISK_LIST (object);

  g_array_unref (self->order);
  g_free (self->keys);
  G_OBJECT_CLASS (hg_risk_list_parent_class)->finalize (object);
}

static void
hg_risk_list_class_init (HgRiskListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hg_risk_list_finalize;
}

static void
hg_risk_list_init (HgRiskList *self)
{
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
}

HgRiskList *
hg_risk_list_new (void)
{
  return g_object_new (HG_TYPE_RISK_LIST, NULL);
}

/* The whole list anew, from @sheet (NULL: empty). */
void
hg_risk_list_set_sheet (HgRiskList  *self,
                        HgRiskSheet *sheet)
{
  g_return_if_fail (HG_IS_RISK_LIST (self));

  self->sheet = sheet;
  reload (self);
}

/* Only the rows of one heat-map cell; 0 for @importance shows them all. */
void
hg_risk_list_set_cell (HgRiskList *self,
                       guint       importance,
                       guint       damage)
{
  g_return_if_fail (HG_IS_RISK_LIST (self));

  self->importance = importance;
  self->damage = damage;
  reload (self);
}

/* hg-risk-list.c
 *
 * The rows the view shows, highest risk first, optionally only those of
 * one cell of the heat map. The order is an array of sheet indexes,
 * sorted once per change of the sheet; items are made on demand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-list"

#include "config.h"

#include <stdlib.h>

#include "hg-risk-item.h"
#include "hg-risk-list.h"

struct _HgRiskList
{
  GObject      parent_instance;

  HgRiskSheet *sheet;        /* borrowed: the page owns it */
  GArray      *order;        /* of guint, sheet indexes in view order */
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

/* Highest risk first; then the larger importance; then register order,
 * so that equal rows keep a stable place. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  HgRiskSheet *sheet = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  const HgRiskRow *x = hg_risk_sheet_get_row (sheet, ia);
  const HgRiskRow *y = hg_risk_sheet_get_row (sheet, ib);

  if (x->risk != y->risk)
    return (int) y->risk - (int) x->risk;
  if (x->importance != y->importance)
    return (int) y->importance - (int) x->importance;
  return (ia > ib) - (ia < ib);
}

void
hg_risk_list_reload (HgRiskList *self)
{
  guint removed = self->order->len;

  g_array_set_size (self->order, 0);
  if (self->sheet != NULL && self->importance > 0)
    {
      g_autoptr(GArray) cell = hg_risk_sheet_filter_cell (self->sheet, self->importance,
                                                          self->damage);
      g_array_append_vals (self->order, cell->data, cell->len);
    }
  else if (self->sheet != NULL)
    {
      guint n = hg_risk_sheet_get_n_rows (self->sheet);

      g_array_set_size (self->order, n);
      for (guint i = 0; i < n; i++)
        g_array_index (self->order, guint, i) = i;
    }
  if (self->order->len > 1)
    g_array_sort_with_data (self->order, compare_rows, self->sheet);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->order->len);
}

static void
hg_risk_list_finalize (GObject *object)
{
  g_array_unref (HG_RISK_LIST (object)->order);
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

void
hg_risk_list_set_sheet (HgRiskList  *self,
                        HgRiskSheet *sheet)
{
  g_return_if_fail (HG_IS_RISK_LIST (self));

  self->sheet = sheet;
  hg_risk_list_reload (self);
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
  hg_risk_list_reload (self);
}

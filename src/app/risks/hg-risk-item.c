/* hg-risk-item.c
 *
 * The sheet keeps its rows as plain structs, 600,000 of them for a large
 * register; the list view wants objects. An item is made only when the
 * view asks for a row in sight and holds nothing but the row's index.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-item"

#include "config.h"

#include "hg-risk-item.h"

struct _HgRiskItem
{
  GObject parent_instance;
  guint   index;
};

G_DEFINE_FINAL_TYPE (HgRiskItem, hg_risk_item, G_TYPE_OBJECT)

static void
hg_risk_item_class_init (HgRiskItemClass *klass)
{
}

static void
hg_risk_item_init (HgRiskItem *self)
{
}

HgRiskItem *
hg_risk_item_new (guint index)
{
  HgRiskItem *self = g_object_new (HG_TYPE_RISK_ITEM, NULL);

  self->index = index;
  return self;
}

guint
hg_risk_item_get_index (HgRiskItem *self)
{
  g_return_val_if_fail (HG_IS_RISK_ITEM (self), 0);
  return self->index;
}

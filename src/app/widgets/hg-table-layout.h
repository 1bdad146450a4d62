/* hg-table-layout.h: which columns of a drawn table are shown, and how wide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  int       width;      /* wanted */
  int       min_width;  /* what it may shrink to */
  guint     priority;   /* 0: always shown; else the highest gives way first */
  gboolean  centered;
  gboolean  expand;     /* takes a share of the room left over */
} HgTableColumn;

#define HG_TYPE_TABLE_LAYOUT (hg_table_layout_get_type ())

G_DECLARE_FINAL_TYPE (HgTableLayout, hg_table_layout, HG, TABLE_LAYOUT, GObject)

HgTableLayout *hg_table_layout_new           (const HgTableColumn *columns,
                                              guint                n_columns);
guint          hg_table_layout_get_n_columns (HgTableLayout       *self);
const HgTableColumn *hg_table_layout_get_column (HgTableLayout    *self,
                                              guint                column);
void           hg_table_layout_set_hidden    (HgTableLayout       *self,
                                              guint                column,
                                              gboolean             hidden);
gboolean       hg_table_layout_get_hidden    (HgTableLayout       *self,
                                              guint                column);
int            hg_table_layout_get_min_width (HgTableLayout       *self);
int            hg_table_layout_get_natural_width (HgTableLayout   *self);
int            hg_table_layout_compute       (HgTableLayout       *self,
                                              int                  width,
                                              int                 *x,
                                              int                 *widths);

G_END_DECLS

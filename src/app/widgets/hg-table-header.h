/* hg-table-header.h: the row of column headers over a drawn table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-table-layout.h"

G_BEGIN_DECLS

#define HG_TYPE_TABLE_HEADER (hg_table_header_get_type ())

G_DECLARE_FINAL_TYPE (HgTableHeader, hg_table_header, HG, TABLE_HEADER, GtkWidget)

GtkWidget *hg_table_header_new      (HgTableLayout *table,
                                     GtkAdjustment *hadjustment);
void       hg_table_header_set_cell (HgTableHeader *self,
                                     guint          column,
                                     GtkWidget     *cell);
GtkWidget *hg_table_header_get_cell (HgTableHeader *self,
                                     guint          column);

G_END_DECLS

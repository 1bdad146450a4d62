/* hg-table-header.c: the row of column headers over a drawn table
 *
 * Each header stands where hg-table-layout.c puts its column for the rows'
 * width, moved by the rows' horizontal scroll. It used to be a box in a
 * scrolled window of its own sharing the rows' adjustment: two scrollables
 * on one adjustment each set its bounds to their own width, and scrolling
 * sideways left the header blank. Here the header only reads the
 * adjustment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-table-header"

#include "config.h"

#include "hg-table-header.h"

struct _HgTableHeader
{
  GtkWidget      parent_instance;

  HgTableLayout *table;
  GtkAdjustment *hadjustment;   /* the rows' */
  GPtrArray     *cells;         /* a widget per column, or NULL */
};

G_DEFINE_FINAL_TYPE (HgTableHeader, hg_table_header, GTK_TYPE_WIDGET)

static void
hg_table_header_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  HgTableHeader *self = HG_TABLE_HEADER (widget);

  *minimum = *natural = 0;
  /* As narrow as the page likes: what does not fit is scrolled to. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *natural = hg_table_layout_get_natural_width (self->table);
      return;
    }
  for (guint i = 0; i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);
      int min = 0, nat = 0;

      if (cell == NULL)
        continue;
      gtk_widget_measure (cell, orientation, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
place_cells (HgTableHeader *self,
             int            width,
             int            height)
{
  guint n = hg_table_layout_get_n_columns (self->table);
  g_autofree int *x = g_new0 (int, n);
  g_autofree int *widths = g_new0 (int, n);
  /* The rows are as wide as the view, or as their narrowest if wider. */
  int offset = (int) gtk_adjustment_get_value (self->hadjustment);

  hg_table_layout_compute (self->table, MAX (width, hg_table_layout_get_min_width (self->table)),
                           x, widths);
  for (guint i = 0; i < n && i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);

      if (cell == NULL)
        continue;
      gtk_widget_set_child_visible (cell, widths[i] > 0);
      if (widths[i] > 0)
        gtk_widget_size_allocate (cell, &(GtkAllocation) { x[i] - offset, 0, widths[i], height },
                                  -1);
    }
}

static void
hg_table_header_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  place_cells (HG_TABLE_HEADER (widget), width, height);
}

/* The rows scrolled sideways. The cells are placed at once rather than
 * queued: the list moves its adjustment while it is itself allocated, after
 * the header above it was, and a header queued then would be drawn with no
 * allocation. */
static void
scrolled_cb (HgTableHeader *self)
{
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      place_cells (self, gtk_widget_get_width (GTK_WIDGET (self)),
                   gtk_widget_get_height (GTK_WIDGET (self)));
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
hg_table_header_dispose (GObject *object)
{
  HgTableHeader *self = HG_TABLE_HEADER (object);

  if (self->cells != NULL)
    for (guint i = 0; i < self->cells->len; i++)
      if (g_ptr_array_index (self->cells, i) != NULL)
        gtk_widget_unparent (g_ptr_array_index (self->cells, i));
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  g_clear_object (&self->hadjustment);
  if (self->table != NULL)
    g_signal_handlers_disconnect_by_data (self->table, self);
  g_clear_object (&self->table);
  G_OBJECT_CLASS (hg_table_header_parent_class)->dispose (object);
}

static void
hg_table_header_class_init (HgTableHeaderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hg_table_header_dispose;
  widget_class->measure = hg_table_header_measure;
  widget_class->size_allocate = hg_table_header_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "tableheader");
}

static void
hg_table_header_init (HgTableHeader *self)
{
  self->cells = g_ptr_array_new ();
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
hg_table_header_new (HgTableLayout *table,
                     GtkAdjustment *hadjustment)
{
  HgTableHeader *self = g_object_new (HG_TYPE_TABLE_HEADER, NULL);

  self->table = g_object_ref (table);
  self->hadjustment = g_object_ref (hadjustment);
  g_ptr_array_set_size (self->cells, hg_table_layout_get_n_columns (table));
  g_signal_connect_swapped (hadjustment, "value-changed", G_CALLBACK (scrolled_cb), self);
  g_signal_connect_swapped (table, "changed", G_CALLBACK (gtk_widget_queue_resize), self);
  return GTK_WIDGET (self);
}

void
hg_table_header_set_cell (HgTableHeader *self,
                          guint          column,
                          GtkWidget     *cell)
{
  g_return_if_fail (HG_IS_TABLE_HEADER (self));
  g_return_if_fail (column < self->cells->len);

  if (g_ptr_array_index (self->cells, column) != NULL)
    gtk_widget_unparent (g_ptr_array_index (self->cells, column));
  g_ptr_array_index (self->cells, column) = cell;
  gtk_widget_set_parent (cell, GTK_WIDGET (self));
}

GtkWidget *
hg_table_header_get_cell (HgTableHeader *self,
                          guint          column)
{
  g_return_val_if_fail (HG_IS_TABLE_HEADER (self), NULL);
  g_return_val_if_fail (column < self->cells->len, NULL);
  return g_ptr_array_index (self->cells, column);
}

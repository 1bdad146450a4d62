/* hg-table-layout.c: which columns of a drawn table are shown, and how wide
 *
 * The register and the risk table draw each row as one widget
 * (hg-asset-row.c) under a row of headers (hg-table-header.c). Both ask
 * this object where each column goes for the width they are given, so the
 * headers always stand over their cells. The columns a user rates by never
 * give way; when the width is short the others shrink to their minimum
 * and then, the least important first, give way, rather than push the
 * rated columns out of sight. A column the user hid is never shown.
 * "changed" says a column was hidden or shown again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-table-layout"

#include "config.h"

#include "hg-table-layout.h"

struct _HgTableLayout
{
  GObject        parent_instance;

  HgTableColumn *columns;
  gboolean      *hidden;
  guint          n_columns;
};

G_DEFINE_FINAL_TYPE (HgTableLayout, hg_table_layout, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
hg_table_layout_finalize (GObject *object)
{
  HgTableLayout *self = HG_TABLE_LAYOUT (object);

  g_free (self->columns);
  g_free (self->hidden);
  G_OBJECT_CLASS (hg_table_layout_parent_class)->finalize (object);
}

static void
hg_table_layout_class_init (HgTableLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hg_table_layout_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hg_table_layout_init (HgTableLayout *self)
{
}

/* Copies @columns. */
HgTableLayout *
hg_table_layout_new (const HgTableColumn *columns,
                     guint                n_columns)
{
  HgTableLayout *self = g_object_new (HG_TYPE_TABLE_LAYOUT, NULL);

  self->columns = g_memdup2 (columns, n_columns * sizeof *columns);
  self->hidden = g_new0 (gboolean, n_columns);
  self->n_columns = n_columns;
  return self;
}

guint
hg_table_layout_get_n_columns (HgTableLayout *self)
{
  return self->n_columns;
}

const HgTableColumn *
hg_table_layout_get_column (HgTableLayout *self,
                            guint          column)
{
  g_return_val_if_fail (column < self->n_columns, NULL);
  return &self->columns[column];
}

/* A column that never gives way cannot be hidden either. */
void
hg_table_layout_set_hidden (HgTableLayout *self,
                            guint          column,
                            gboolean       hidden)
{
  g_return_if_fail (column < self->n_columns);

  hidden = hidden && self->columns[column].priority > 0;
  if (self->hidden[column] == hidden)
    return;
  self->hidden[column] = hidden;
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
hg_table_layout_get_hidden (HgTableLayout *self,
                            guint          column)
{
  g_return_val_if_fail (column < self->n_columns, FALSE);
  return self->hidden[column];
}

/* The narrowest a row can be: the columns that never give way, at their
 * minimum. */
int
hg_table_layout_get_min_width (HgTableLayout *self)
{
  int width = 0;

  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i].priority == 0)
      width += self->columns[i].min_width;
  return width;
}

int
hg_table_layout_get_natural_width (HgTableLayout *self)
{
  int width = 0;

  for (guint i = 0; i < self->n_columns; i++)
    if (!self->hidden[i])
      width += self->columns[i].width;
  return width;
}

/* Sets @x and @widths (n_columns each) for a row @width wide; a column not
 * shown is 0 wide. Returns the width the columns take: @width, or more
 * when even the columns that never give way do not fit. */
int
hg_table_layout_compute (HgTableLayout *self,
                         int            width,
                         int           *x,
                         int           *widths)
{
  g_autofree gboolean *shown = g_new0 (gboolean, self->n_columns);
  int min_sum = 0, want_sum = 0, total = 0, n_expand = 0;
  guint worst;

  for (guint i = 0; i < self->n_columns; i++)
    {
      shown[i] = !self->hidden[i];
      if (shown[i])
        min_sum += self->columns[i].min_width;
    }
  /* The least important give way until the rest fit at their minimum. */
  while (min_sum > width)
    {
      worst = G_MAXUINT;
      for (guint i = 0; i < self->n_columns; i++)
        if (shown[i] && self->columns[i].priority > 0
            && (worst == G_MAXUINT || self->columns[i].priority >= self->columns[worst].priority))
          worst = i;
      if (worst == G_MAXUINT)
        break;
      shown[worst] = FALSE;
      min_sum -= self->columns[worst].min_width;
    }
  for (guint i = 0; i < self->n_columns; i++)
    if (shown[i])
      {
        want_sum += self->columns[i].width;
        n_expand += self->columns[i].expand;
      }

  for (guint i = 0; i < self->n_columns; i++)
    {
      const HgTableColumn *c = &self->columns[i];
      int w = 0;

      if (!shown[i])
        w = 0;
      else if (want_sum <= width)
        /* Room to spare: the expanding columns share it. */
        w = c->width + (c->expand ? (width - want_sum) / MAX (n_expand, 1) : 0);
      else if (want_sum > min_sum)
        /* Short of room: each shrinks in proportion to what it can give. */
        w = c->width - (int) ((gint64) (c->width - c->min_width)
                              * (want_sum - MAX (width, min_sum)) / (want_sum - min_sum));
      else
        w = c->min_width;
      x[i] = total;
      widths[i] = w;
      total += w;
    }
  /* Shrinking rounds each column down: the last one shown takes back the
   * few pixels, so the columns end where the row does. */
  for (guint i = self->n_columns; i-- > 0;)
    if (widths[i] > 0)
      {
        if (want_sum > width && total > width
            && widths[i] - (total - width) >= self->columns[i].min_width)
          {
            widths[i] -= total - width;
            total = width;
          }
        break;
      }
  return total;
}

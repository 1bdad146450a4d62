/* hg-booklet.c
 *
 * A booklet is printed two pages to a side of a sheet, both sides, and the
 * stack of sheets is folded once in the middle (saddle stitch). For n
 * pages (rounded up to a multiple of four with blank pages at the end),
 * sheet s carries on its front the pages n-2s and 2s+1 (left, right) and
 * on its back 2s+2 and n-2s-1, counting from 1: the outermost sheet holds
 * the last and first pages, the innermost the middle two.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-booklet"

#include "config.h"

#include "hg-booklet.h"

static void
add (GArray *order,
     guint   page,    /* 1-based */
     guint   n_pages)
{
  int index = page <= n_pages ? (int) page - 1 : HG_BOOKLET_BLANK;

  g_array_append_val (order, index);
}

/* The 0-based pages to draw, two per side, left then right, sides in
 * printing order (front of sheet 1, back of sheet 1, front of sheet 2…);
 * HG_BOOKLET_BLANK where a side's half stays empty. */
GArray *
hg_booklet_order (guint n_pages)
{
  guint padded = (n_pages + 3) / 4 * 4;
  GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (int), padded);

  for (guint s = 0; s < padded / 4; s++)
    {
      add (order, padded - 2 * s, n_pages);
      add (order, 2 * s + 1, n_pages);
      add (order, 2 * s + 2, n_pages);
      add (order, padded - 2 * s - 1, n_pages);
    }
  return order;
}

/* hg-booklet.c
 *
 * A booklet is printed two pages to a side of a sheet, both sides, and the
 * stack of sheets is folded once in the middle (saddle stitch). For n
 * pages (rounded up to a multiple of four with blank pages at the end),
 * sheet s carries on its front the pages n-2s and 2s+1 (left, right) and
 * on its back 2s+2 and n-2s-1, counting from 1: the outermost sheet holds
 * the last and first pages, the innermost the middle two.
 *
 * A form to hand in (the pledge) is not folded in: its leaf would be the
 * other half of the cover's sheet, so tearing it out would take the cover
 * and the contents with it. It comes on loose sheets after the folded
 * ones, two copies of each of its pages to a side, to cut apart.
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

/* The same for a booklet whose pages from @loose_start (0-based) on are a
 * form printed on loose sheets: for each such page a side with two copies
 * of it and a blank back, so duplex printing keeps the sheets apart. */
GArray *
hg_booklet_order_loose (guint n_pages,
                        guint loose_start)
{
  GArray *order = hg_booklet_order (MIN (loose_start, n_pages));
  int blank = HG_BOOKLET_BLANK;

  for (guint page = loose_start; page < n_pages; page++)
    {
      int index = (int) page;

      g_array_append_val (order, index);
      g_array_append_val (order, index);
      g_array_append_val (order, blank);
      g_array_append_val (order, blank);
    }
  return order;
}

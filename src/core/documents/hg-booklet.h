/* hg-booklet.h: the order of pages for a folded booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A blank side of a page: the booklet's length rounded up to a multiple of 4. */
#define HG_BOOKLET_BLANK (-1)

GArray *hg_booklet_order       (guint n_pages);
GArray *hg_booklet_order_loose (guint n_pages,
                                guint loose_start);

G_END_DECLS

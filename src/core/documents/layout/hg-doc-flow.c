/* hg-doc-flow.c
 *
 * Paragraphs break between lines, never inside one, and never leave a
 * single line alone at the bottom of a page or at the top of the next
 * (no orphans, no widows) when the paragraph has lines enough to avoid
 * it. Space between blocks is dropped at the top of a page, so every page
 * starts flush with the top margin.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-layout"

#include "config.h"

#include "hg-doc-flow.h"

#define EPSILON 0.01
#define MIN_LINES 2   /* of a split paragraph, on either page */

typedef struct
{
  double top;
  double bottom;
} Line;

HgDocFlow *
hg_doc_flow_new (HgDocStyle *style,
                 double      left,
                 double      top,
                 double      width,
                 double      bottom)
{
  HgDocFlow *flow = g_new0 (HgDocFlow, 1);

  flow->style = style;
  flow->left = left;
  flow->top = top;
  flow->width = width;
  flow->bottom = bottom;
  flow->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_doc_page_free);
  hg_doc_flow_new_page (flow);
  return flow;
}

void
hg_doc_flow_free (HgDocFlow *flow)
{
  if (flow == NULL)
    return;
  g_ptr_array_unref (flow->pages);
  g_free (flow);
}

void
hg_doc_flow_new_page (HgDocFlow *flow)
{
  flow->page = hg_doc_page_new ();
  g_ptr_array_add (flow->pages, flow->page);
  flow->y = flow->top;
  flow->fresh = TRUE;
}

double
hg_doc_flow_room (HgDocFlow *flow)
{
  return flow->bottom - flow->y;
}

void
hg_doc_flow_skip (HgDocFlow *flow,
                  double     space)
{
  if (!flow->fresh)
    flow->y = MIN (flow->y + space, flow->bottom);
}

/* Starts a new page unless @height fits below the cursor or the page is
 * still empty: what keeps a heading with the text after it. */
void
hg_doc_flow_keep (HgDocFlow *flow,
                  double     height)
{
  if (height > hg_doc_flow_room (flow) + EPSILON && !flow->fresh)
    hg_doc_flow_new_page (flow);
}

static GArray *
get_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      Line line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) logical.y / PANGO_SCALE;
      line.bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

/* Where to end the piece of @layout that starts at @from so that it ends
 * above @limit (layout coordinates): the top of the first line that would
 * cross @limit, or G_MAXDOUBLE when all the rest fits. */
double
hg_doc_flow_cut (PangoLayout *layout,
                 double       from,
                 double       limit)
{
  g_autoptr(GArray) lines = get_lines (layout);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->top >= from - EPSILON && line->bottom > limit + EPSILON)
        return line->top;
    }
  return G_MAXDOUBLE;
}

/* The height of the first @n_lines lines of @layout (all, if it has fewer). */
double
hg_doc_flow_first_lines (PangoLayout *layout,
                         guint        n_lines)
{
  g_autoptr(GArray) lines = get_lines (layout);
  guint n = MIN (n_lines, lines->len);

  return g_array_index (lines, Line, n - 1).bottom;
}

/* Places @layout at @x (from the text area's left edge) below the cursor,
 * over as many pages as it needs, with @lead beside its first line: a
 * rule's number, a list item's bullet. @block is the index of the
 * document's block it shows, or -1. */
void
hg_doc_flow_place_text (HgDocFlow   *flow,
                        PangoLayout *layout,
                        double       x,
                        PangoLayout *lead,
                        double       lead_x,
                        int          block)
{
  g_autoptr(GArray) lines = get_lines (layout);
  guint first = 0;

  while (first < lines->len)
    {
      const Line *start = &g_array_index (lines, Line, first);
      double limit = start->top + hg_doc_flow_room (flow);
      guint end = first;

      while (end < lines->len && g_array_index (lines, Line, end).bottom <= limit + EPSILON)
        end++;

      /* Not all of it fits: leave no line alone on either side of the break. */
      if (end < lines->len && !flow->fresh)
        {
          guint rest = lines->len - end;

          if (rest < MIN_LINES && end - first > MIN_LINES)
            end = MAX (first + MIN_LINES, lines->len - MIN_LINES);
          if (end - first < MIN_LINES && lines->len - first > end - first)
            end = first;
        }
      if (end == first)
        {
          if (flow->fresh)
            end = first + 1;   /* a line taller than a page: let it overflow */
          else
            {
              hg_doc_flow_new_page (flow);
              continue;
            }
        }

      if (first == 0 && lead != NULL)
        hg_doc_page_add_text (flow->page, lead, flow->left + lead_x, flow->y, 0, G_MAXDOUBLE);
      hg_doc_page_add_text (flow->page, layout, flow->left + x, flow->y, start->top,
                            end < lines->len ? g_array_index (lines, Line, end).top : G_MAXDOUBLE);
      flow->y += g_array_index (lines, Line, end - 1).bottom - start->top;
      flow->fresh = FALSE;
      if (block >= 0)
        hg_doc_page_set_last_block (flow->page, block);
      first = end;
      if (first < lines->len)
        hg_doc_flow_new_page (flow);
    }
}

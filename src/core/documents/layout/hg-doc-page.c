/* hg-doc-page.c
 *
 * Text is kept as whole PangoLayouts with the vertical range of them that
 * falls on this page, so a paragraph or a table cell split across two
 * pages is one layout drawn twice, a range of lines each time: the lines
 * are broken once, and both pages agree where.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-layout"

#include "config.h"

#include <pango/pangocairo.h>

#include "hg-doc-fonts.h"
#include "hg-doc-page.h"

/* Lines that start this close to a range's edge belong to it: extents are
 * in Pango units, ranges in points, and the two round differently. */
#define EPSILON 0.01

typedef enum
{
  STEP_TEXT,
  STEP_LINE,
  STEP_DOTTED_LINE,
  STEP_FILL,
  STEP_COLOR_FILL,
  STEP_TAG_BEGIN,
  STEP_TAG_END,
} StepKind;

typedef struct
{
  StepKind     kind;
  double       x, y;
  double       x1, y1;      /* lines: the other end; fills: width and height */
  double       from, to;    /* text: the layout's lines starting in [from, to) */
  double       value;       /* lines: width; fills: gray level, or 0xRRGGBB */
  PangoLayout *layout;
  char        *tag;
  char        *attributes;
} Step;

struct _HgDocPage
{
  GArray *steps;
  int     last_block;
};

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->layout);
  g_free (step->tag);
  g_free (step->attributes);
}

HgDocPage *
hg_doc_page_new (void)
{
  HgDocPage *page = g_new0 (HgDocPage, 1);

  page->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (page->steps, step_clear);
  page->last_block = -1;
  return page;
}

void
hg_doc_page_free (HgDocPage *page)
{
  if (page == NULL)
    return;
  g_array_unref (page->steps);
  g_free (page);
}

/* The lines of @layout whose tops lie in [@from, @to) (layout coordinates,
 * points), drawn so that @from falls at @y on the page. */
void
hg_doc_page_add_text (HgDocPage   *page,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      double       from,
                      double       to)
{
  Step step = { STEP_TEXT, x, y, .from = from, .to = to };

  step.layout = g_object_ref (layout);
  g_array_append_val (page->steps, step);
}

void
hg_doc_page_add_line (HgDocPage *page,
                      double     x0,
                      double     y0,
                      double     x1,
                      double     y1,
                      double     width,
                      gboolean   dotted)
{
  Step step = { dotted ? STEP_DOTTED_LINE : STEP_LINE, x0, y0, x1, y1, .value = width };

  g_array_append_val (page->steps, step);
}

void
hg_doc_page_add_fill (HgDocPage *page,
                      double     x,
                      double     y,
                      double     width,
                      double     height,
                      double     gray)
{
  Step step = { STEP_FILL, x, y, width, height, .value = gray };

  g_array_append_val (page->steps, step);
}

/* A fill in colour, @rgb as 0xRRGGBB: the cells of a heat map. */
void
hg_doc_page_add_color_fill (HgDocPage *page,
                            double     x,
                            double     y,
                            double     width,
                            double     height,
                            guint32    rgb)
{
  hg_doc_page_add_fill (page, x, y, width, height, rgb);
  g_array_index (page->steps, Step, page->steps->len - 1).kind = STEP_COLOR_FILL;
}

/* PDF structure: destinations and links around the steps that follow;
 * other surfaces ignore them. */
void
hg_doc_page_begin_tag (HgDocPage  *page,
                       const char *tag,
                       const char *attributes)
{
  Step step = { STEP_TAG_BEGIN, .tag = g_strdup (tag), .attributes = g_strdup (attributes) };

  g_array_append_val (page->steps, step);
}

void
hg_doc_page_end_tag (HgDocPage  *page,
                     const char *tag)
{
  Step step = { STEP_TAG_END, .tag = g_strdup (tag) };

  g_array_append_val (page->steps, step);
}

/* The index of the last block of the document that has something on this
 * page, -1 for pages before the body: what tests and callers ask to check
 * how the document was broken. */
void
hg_doc_page_set_last_block (HgDocPage *page,
                            int        block)
{
  page->last_block = block;
}

int
hg_doc_page_get_last_block (HgDocPage *page)
{
  return page->last_block;
}

static void
draw_text (const Step *step,
           cairo_t    *cr)
{
  PangoLayoutIter *iter = pango_layout_get_iter (step->layout);

  do
    {
      PangoRectangle logical;
      double top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      if (top < step->from - EPSILON)
        continue;
      if (top >= step->to - EPSILON)
        break;
      cairo_move_to (cr, step->x + (double) logical.x / PANGO_SCALE,
                     step->y - step->from
                     + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      hg_doc_fonts_show_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

void
hg_doc_page_draw (HgDocPage *page,
                  cairo_t   *cr)
{
  static const double dots[] = { 0.6, 2.4 };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < page->steps->len; i++)
    {
      const Step *step = &g_array_index (page->steps, Step, i);

      switch (step->kind)
        {
        case STEP_TEXT:
          draw_text (step, cr);
          break;

        case STEP_LINE:
        case STEP_DOTTED_LINE:
          cairo_save (cr);
          cairo_set_line_width (cr, step->value);
          if (step->kind == STEP_DOTTED_LINE)
            {
              cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
              cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
            }
          cairo_move_to (cr, step->x, step->y);
          cairo_line_to (cr, step->x1, step->y1);
          cairo_stroke (cr);
          cairo_restore (cr);
          break;

        case STEP_FILL:
          cairo_save (cr);
          cairo_set_source_rgb (cr, step->value, step->value, step->value);
          cairo_rectangle (cr, step->x, step->y, step->x1, step->y1);
          cairo_fill (cr);
          cairo_restore (cr);
          break;

        case STEP_COLOR_FILL:
          {
            guint32 rgb = (guint32) step->value;

            cairo_save (cr);
            cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                                  (rgb & 0xff) / 255.0);
            cairo_rectangle (cr, step->x, step->y, step->x1, step->y1);
            cairo_fill (cr);
            cairo_restore (cr);
          }
          break;

        case STEP_TAG_BEGIN:
          cairo_tag_begin (cr, step->tag, step->attributes);
          break;

        case STEP_TAG_END:
          cairo_tag_end (cr, step->tag);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
}

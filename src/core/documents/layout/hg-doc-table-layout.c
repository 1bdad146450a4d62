/* hg-doc-table-layout.c
 *
 * Column widths follow the text, as a word processor's automatic table
 * does (share_width() says how), and the table always spans the width it
 * is given.
 *
 * Rows break between pages, and the header rows are drawn again at the
 * top of every page the table continues on, so each page can be read on
 * its own. A row moves whole to the next page; only a row taller than a
 * page is cut, between lines of its cells.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-layout"

#include "config.h"

#include <math.h>

#include <stdio.h>

#include "hg-doc-table-layout.h"

#define PAD_X       4.0    /* points between a cell's rule and its text */
#define PAD_Y       3.0
#define RULE_WIDTH  0.6
#define HEADER_GRAY 0.90
#define LEAST_EMS   3.0    /* the narrowest a column gets, in characters */
#define FILL_IN_EMS 4.0    /* the room an empty cell of a form asks for, in characters */
#define NEARLY      1.3    /* a column this much wider than its share still gets it */
#define EPSILON     0.01

struct _HgDocTableLayout
{
  guint         n_columns;
  guint         n_rows;
  guint         header_rows;
  double       *column_x;   /* n_columns + 1 edges, from the table's left */
  double       *heights;    /* of each row's text, without padding */
  PangoLayout **cells;      /* n_rows × n_columns; NULL for a missing cell */
  guint32      *colors;     /* n_rows × n_columns, 0xRRGGBB + 1; 0: no colour */
};

static PangoLayout *
cell (HgDocTableLayout *self,
      guint             row,
      guint             column)
{
  return self->cells[row * self->n_columns + column];
}

/* Gives each column its natural width if they all fit, the extra space
 * shared in proportion. Otherwise each column gets a share of the width
 * that grows with the square root of how much text it holds, so a column
 * of long sentences gets more room than one of short words but does not
 * starve them; and a column whose longest text nearly fits in its share
 * gets all it needs, as a word split over two lines for the sake of a few
 * points reads worse than a wider column beside it. */
static void
share_width (HgDocTableLayout *self,
             const double     *natural,
             const double     *weight,
             double            least,
             double            width)
{
  g_autofree double *w = g_new0 (double, self->n_columns);
  g_autofree gboolean *fixed = g_new0 (gboolean, self->n_columns);
  double sum_natural = 0;
  gboolean changed = TRUE;

  for (guint c = 0; c < self->n_columns; c++)
    sum_natural += natural[c];
  if (sum_natural <= width)
    {
      for (guint c = 0; c < self->n_columns; c++)
        w[c] = natural[c] + (width - sum_natural) * natural[c] / MAX (sum_natural, EPSILON);
      changed = FALSE;
    }
  while (changed)
    {
      double rest = width, sum_weight = 0;

      changed = FALSE;
      for (guint c = 0; c < self->n_columns; c++)
        {
          if (fixed[c])
            rest -= w[c];
          else
            sum_weight += weight[c];
        }
      for (guint c = 0; c < self->n_columns; c++)
        {
          double share;

          if (fixed[c])
            continue;
          share = rest * weight[c] / MAX (sum_weight, EPSILON);
          w[c] = MAX (share, MIN (natural[c], least));
          if (natural[c] <= share * NEARLY && natural[c] < rest)
            {
              w[c] = natural[c];
              fixed[c] = changed = TRUE;
              break;
            }
        }
    }

  self->column_x[0] = 0;
  for (guint c = 0; c < self->n_columns; c++)
    self->column_x[c + 1] = self->column_x[c] + w[c];
}

HgDocTableLayout *
hg_doc_table_layout_new (HgDocStyle       *style,
                         const HgDocBlock *table,
                         double            width)
{
  HgDocTableLayout *self = g_new0 (HgDocTableLayout, 1);
  double em = hg_doc_style_get_size (style, HG_DOC_FONT_TABLE);
  g_autofree double *natural = NULL;
  g_autofree double *weight = NULL;

  self->n_rows = table->rows->len;
  self->header_rows = table->header_rows;
  for (guint r = 0; r < self->n_rows; r++)
    self->n_columns = MAX (self->n_columns,
                           g_strv_length (g_ptr_array_index (table->rows, r)));
  self->n_columns = MAX (self->n_columns, 1);
  self->cells = g_new0 (PangoLayout *, self->n_rows * self->n_columns);
  self->column_x = g_new0 (double, self->n_columns + 1);
  self->heights = g_new0 (double, self->n_rows);
  self->colors = g_new0 (guint32, self->n_rows * self->n_columns);
  natural = g_new0 (double, self->n_columns);
  weight = g_new0 (double, self->n_columns);

  /* Measured unwrapped first, for the column widths. */
  for (guint r = 0; r < self->n_rows; r++)
    {
      GStrv cells = g_ptr_array_index (table->rows, r);
      gboolean header = r < self->header_rows;

      for (guint c = 0; cells[c] != NULL; c++)
        {
          PangoLayout *layout = hg_doc_style_layout (style, header ? HG_DOC_FONT_TABLE_HEADER
                                                                   : HG_DOC_FONT_TABLE,
                                                     cells[c], 0);
          double w = hg_doc_style_text_width (layout) + 2 * PAD_X;

          /* An empty cell of a form is a place to write a name or a date
           * by hand: it asks for room as a few characters would. */
          if (!header && cells[c][0] == '\0' && (table->flags & HG_DOC_FILL_IN))
            w = MAX (w, FILL_IN_EMS * em + 2 * PAD_X);

          const char *color = hg_doc_tone_get_color (hg_doc_table_get_tone (table, r, c));
          guint rgb;

          if (color != NULL && sscanf (color, "#%6x", &rgb) == 1)
            self->colors[r * self->n_columns + c] = rgb + 1;
          natural[c] = MAX (natural[c], w);
          weight[c] += w;
          if (header)
            pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          self->cells[r * self->n_columns + c] = layout;
        }
    }
  for (guint c = 0; c < self->n_columns; c++)
    weight[c] = sqrt (weight[c]);
  share_width (self, natural, weight, LEAST_EMS * em + 2 * PAD_X, width);

  for (guint r = 0; r < self->n_rows; r++)
    {
      double height = 0;

      for (guint c = 0; c < self->n_columns; c++)
        {
          PangoLayout *layout = cell (self, r, c);
          double w = self->column_x[c + 1] - self->column_x[c] - 2 * PAD_X;

          if (layout == NULL)
            continue;
          /* Rounded up: a column given exactly its natural width comes
           * back from (natural + 2 PAD_X) - 2 PAD_X a hair narrower in
           * floating point, and truncating that dropped the last
           * character of 「毎週月曜日」 to a line of its own in one of the
           * two paths that lay tables out (the PDF writer and printing). */
          pango_layout_set_width (layout, (int) ceil (MAX (w, 1) * PANGO_SCALE));
          height = MAX (height, hg_doc_style_text_height (layout));
        }
      /* A row to write in by hand gets the room a pen needs. */
      self->heights[r] = MAX (height, hg_doc_row_min_height (table, r) * 72 / 25.4 - 2 * PAD_Y);
    }
  return self;
}

void
hg_doc_table_layout_free (HgDocTableLayout *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_rows * self->n_columns; i++)
    g_clear_object (&self->cells[i]);
  g_free (self->cells);
  g_free (self->colors);
  g_free (self->column_x);
  g_free (self->heights);
  g_free (self);
}

static double
header_height (HgDocTableLayout *self)
{
  double height = 0;

  for (guint r = 0; r < self->header_rows; r++)
    height += self->heights[r] + 2 * PAD_Y;
  return height;
}

/* The least that must fit where the table starts: its header rows and
 * its first row, which is what a heading before it is kept with. */
double
hg_doc_table_layout_get_keep (HgDocTableLayout *self)
{
  double keep = header_height (self);

  if (self->n_rows > self->header_rows)
    keep += self->heights[self->header_rows] + 2 * PAD_Y;
  return keep;
}

/* Draws the lines of row @r's cells that start in [@from, @to) (row text
 * coordinates) at the cursor, ruled all round, and moves the cursor below. */
static void
draw_row (HgDocTableLayout *self,
          HgDocFlow        *flow,
          double            x,
          guint             r,
          double            from,
          double            to)
{
  double left = flow->left + x;
  double right = left + self->column_x[self->n_columns];
  double height = MIN (to, self->heights[r]) - from + 2 * PAD_Y;
  double top = flow->y;

  if (r < self->header_rows)
    hg_doc_page_add_fill (flow->page, left, top, right - left, height, HEADER_GRAY);
  for (guint c = 0; c < self->n_columns; c++)
    if (self->colors[r * self->n_columns + c] != 0)
      hg_doc_page_add_color_fill (flow->page, left + self->column_x[c], top,
                                  self->column_x[c + 1] - self->column_x[c], height,
                                  self->colors[r * self->n_columns + c] - 1);
  for (guint c = 0; c < self->n_columns; c++)
    if (cell (self, r, c) != NULL)
      hg_doc_page_add_text (flow->page, cell (self, r, c), left + self->column_x[c] + PAD_X,
                            top + PAD_Y, from, to);
  hg_doc_page_add_line (flow->page, left, top, right, top, RULE_WIDTH, FALSE);
  hg_doc_page_add_line (flow->page, left, top + height, right, top + height, RULE_WIDTH, FALSE);
  for (guint c = 0; c <= self->n_columns; c++)
    hg_doc_page_add_line (flow->page, left + self->column_x[c], top,
                          left + self->column_x[c], top + height, RULE_WIDTH, FALSE);
  flow->y += height;
  flow->fresh = FALSE;
}

static void
draw_header (HgDocTableLayout *self,
             HgDocFlow        *flow,
             double            x)
{
  for (guint r = 0; r < self->header_rows; r++)
    draw_row (self, flow, x, r, 0, G_MAXDOUBLE);
}

/* Where to cut row @r, which starts at @from, to fit above @limit: the
 * highest line top at which some cell has a line that would cross it, so
 * that every line above the cut fits and none is cut through. */
static double
cut_row (HgDocTableLayout *self,
         guint             r,
         double            from,
         double            limit)
{
  double cut = G_MAXDOUBLE;

  for (guint c = 0; c < self->n_columns; c++)
    if (cell (self, r, c) != NULL)
      cut = MIN (cut, hg_doc_flow_cut (cell (self, r, c), from, limit));
  return cut;
}

void
hg_doc_table_layout_place (HgDocTableLayout *self,
                           HgDocFlow        *flow,
                           double            x,
                           int               block)
{
  double full = flow->bottom - flow->top - header_height (self);

  hg_doc_flow_keep (flow, hg_doc_table_layout_get_keep (self));
  draw_header (self, flow, x);
  for (guint r = self->header_rows; r < self->n_rows; r++)
    {
      double from = 0;

      for (;;)
        {
          double rest = self->heights[r] - from + 2 * PAD_Y;
          gboolean top_of_page = flow->y <= flow->top + header_height (self) + EPSILON;
          double cut;

          if (rest <= hg_doc_flow_room (flow) + EPSILON)
            {
              draw_row (self, flow, x, r, from, G_MAXDOUBLE);
              break;
            }
          /* A row that fits on a page of its own moves there whole. */
          cut = cut_row (self, r, from, from + hg_doc_flow_room (flow) - 2 * PAD_Y);
          if ((from == 0 && rest <= full + EPSILON) || cut <= from + EPSILON)
            {
              if (top_of_page)
                cut = from + hg_doc_flow_room (flow) - 2 * PAD_Y;  /* cannot do better */
              else
                {
                  hg_doc_flow_new_page (flow);
                  draw_header (self, flow, x);
                  continue;
                }
            }
          draw_row (self, flow, x, r, from, cut);
          hg_doc_page_set_last_block (flow->page, block);
          hg_doc_flow_new_page (flow);
          draw_header (self, flow, x);
          from = cut;
        }
      hg_doc_page_set_last_block (flow->page, block);
    }
  if (self->n_rows == self->header_rows)
    hg_doc_page_set_last_block (flow->page, block);
}

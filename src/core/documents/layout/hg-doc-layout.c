/* hg-doc-layout.c
 *
 * A document comes out as a title page; the revision history (改訂履歴),
 * when there is one; a table of contents, when there are chapters to find;
 * then the body, each page of it under a running header with the company
 * and the title. Pages are numbered in the footer from the title page on
 * (which does not show its number), so the numbers in the table of
 * contents are the ones a PDF viewer shows.
 *
 * The table of contents needs the body's page numbers and the body's
 * first page depends on the length of the contents: so the contents are
 * laid out twice. The first pass only counts their pages, which the
 * numbers cannot change (they stand in a column of their own); the body
 * follows; the second pass writes the contents with the numbers.
 *
 * The labels here are Japanese and not translated: a document is in its
 * template pack's language, whatever the language of the interface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-layout"

#include "config.h"

#include <pango/pangocairo.h>
#include <stdio.h>

#include "hg-doc-body.h"
#include "hg-doc-flow.h"
#include "hg-doc-fonts.h"
#include "hg-doc-layout.h"
#include "hg-doc-table-layout.h"

#define MM              (72.0 / 25.4)
#define RUNNING_GRAY    0.35
#define RUNNING_RULE    0.5
#define TOC_NUMBER_EMS  3   /* the contents' page numbers' column */

struct _HgDocLayout
{
  HgDocStyle    *style;
  double         page_width;
  double         page_height;
  HgPageMargins  margins;
  GPtrArray     *pages;        /* of HgDocPage */
  guint          body_start;
  guint          loose_start;  /* the first page of a form on its own sheet */
  GArray        *headings;     /* of HgDocLayoutHeading */
  PangoLayout   *running_company;
  PangoLayout   *running_title;
};

/* 25 mm above and below, 22 mm at the sides: room for the running header
 * and the page number, and about 40 characters a line at 10.5 pt. */
void
hg_page_margins_init_default (HgPageMargins *margins)
{
  margins->top = margins->bottom = 25 * MM;
  margins->left = margins->right = 22 * MM;
}

/* A context that measures text as a GtkPrintContext's does (points, no
 * hinted metrics), so that a PDF written without GTK breaks exactly where
 * the printout does. */
PangoContext *
hg_doc_layout_create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72);
  return context;
}

static void
heading_clear (gpointer data)
{
  HgDocLayoutHeading *heading = data;

  g_free ((char *) heading->title);
  g_free ((char *) heading->dest);
}

static HgDocFlow *
new_flow (HgDocLayout *self)
{
  return hg_doc_flow_new (self->style, self->margins.left, self->margins.top,
                          self->page_width - self->margins.left - self->margins.right,
                          self->page_height - self->margins.bottom);
}

/* Moves @flow's pages to the end of the document. */
static void
take_pages (HgDocLayout *self,
            HgDocFlow   *flow)
{
  g_ptr_array_set_free_func (flow->pages, NULL);
  for (guint i = 0; i < flow->pages->len; i++)
    g_ptr_array_add (self->pages, g_ptr_array_index (flow->pages, i));
  g_ptr_array_set_size (flow->pages, 0);
}

static void
add_centered (HgDocFlow  *flow,
              HgDocFont   font,
              const char *text,
              double      y)
{
  g_autoptr(PangoLayout) layout = hg_doc_style_layout (flow->style, font, text, flow->width);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  hg_doc_page_add_text (flow->page, layout, flow->left, y, 0, G_MAXDOUBLE);
}

static void
place_title_page (HgDocLayout *self,
                  const HgDoc *doc)
{
  g_autoptr(HgDocFlow) flow = new_flow (self);
  g_autoptr(PangoLayout) title = hg_doc_style_layout (self->style, HG_DOC_FONT_TITLE,
                                                      doc->title, flow->width);
  double y = self->page_height * 0.3;

  /* A long title on a narrow page (A5) shrinks to stay on one line rather
   * than leave its last character alone on the next: down to 60 %. */
  if (pango_layout_get_line_count (title) > 1)
    {
      PangoFontDescription *font = pango_font_description_copy (
        pango_layout_get_font_description (title));
      int size = pango_font_description_get_size (font);

      for (double scale = 0.9; scale >= 0.6 && pango_layout_get_line_count (title) > 1;
           scale -= 0.1)
        {
          pango_font_description_set_size (font, (int) (size * scale));
          pango_layout_set_font_description (title, font);
        }
      pango_font_description_free (font);
    }
  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
  hg_doc_page_add_text (flow->page, title, flow->left, y, 0, G_MAXDOUBLE);
  y += hg_doc_style_text_height (title) + 14;
  hg_doc_page_add_line (flow->page, flow->left + flow->width * 0.2, y,
                        flow->left + flow->width * 0.8, y, 0.8, FALSE);
  if (doc->revisions->len > 0)
    {
      g_autofree char *line = hg_doc_cover_line (doc);

      add_centered (flow, HG_DOC_FONT_LABEL, line, y + 18);
    }
  add_centered (flow, HG_DOC_FONT_SUBTITLE, doc->company, self->page_height * 0.7);
  take_pages (self, flow);
}

static void
place_revisions (HgDocLayout *self,
                 const HgDoc *doc)
{
  g_autoptr(HgDocFlow) flow = new_flow (self);
  g_autoptr(HgDoc) table_doc = hg_doc_new (NULL, NULL, NULL);
  HgDocBlock *table = hg_doc_append (table_doc, HG_DOC_TABLE, NULL, NULL);
  g_autoptr(GPtrArray) rows = hg_doc_revision_rows (doc);
  g_autoptr(HgDocTableLayout) layout = NULL;
  g_autoptr(PangoLayout) heading = hg_doc_style_layout (self->style, HG_DOC_FONT_CHAPTER,
                                                        HG_DOC_REVISIONS_TITLE, flow->width);

  /* The same rows as every other output's, so no two of them can date a
   * version differently. */
  for (guint i = 0; i < rows->len; i++)
    hg_doc_table_add_row (table, g_strdupv (g_ptr_array_index (rows, i)), i == 0);

  pango_layout_set_alignment (heading, PANGO_ALIGN_CENTER);
  hg_doc_flow_place_text (flow, heading, 0, NULL, 0, -1);
  flow->y += hg_doc_style_get_size (self->style, HG_DOC_FONT_BODY);
  layout = hg_doc_table_layout_new (self->style, table, flow->width);
  hg_doc_table_layout_place (layout, flow, 0, -1);
  take_pages (self, flow);
}

/* The end of @layout's last line: where a leader to the page number starts. */
static void
last_line_end (PangoLayout *layout,
               double      *x,
               double      *baseline)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  while (pango_layout_iter_next_line (iter))
    ;
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  *x = (double) (logical.x + logical.width) / PANGO_SCALE;
  *baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);
}

/* One line of the contents: title, dotted leader, page number (when
 * @numbered), all of it a link to the heading. */
static void
place_toc_entry (HgDocLayout              *self,
                 HgDocFlow                *flow,
                 const HgDocLayoutHeading *heading,
                 PangoLayout              *title,
                 gboolean                  numbered)
{
  double em = hg_doc_style_get_size (self->style, HG_DOC_FONT_BODY);
  double indent = heading->level <= 1 ? 0 : 2 * em;
  double number_width = TOC_NUMBER_EMS * em;
  HgDocFont font = heading->level <= 1 ? HG_DOC_FONT_TOC_CHAPTER : HG_DOC_FONT_BODY;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *attributes = g_strdup_printf ("dest='%s'", heading->dest);
  g_autofree char *page = g_strdup_printf ("%u", heading->page + 1);
  double top, end_x, baseline, number_x;

  if (heading->level <= 1)
    hg_doc_flow_skip (flow, 0.6 * em);
  hg_doc_flow_keep (flow, hg_doc_style_text_height (title));
  top = flow->y;
  hg_doc_page_begin_tag (flow->page, CAIRO_TAG_LINK, attributes);
  hg_doc_page_add_text (flow->page, title, flow->left + indent, top, 0, G_MAXDOUBLE);
  if (numbered)
    {
      number = hg_doc_style_layout (self->style, font, page, number_width);
      pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
      last_line_end (title, &end_x, &baseline);
      number_x = flow->left + flow->width - hg_doc_style_text_width (number);
      hg_doc_page_add_line (flow->page, flow->left + indent + end_x + 0.5 * em,
                            top + baseline - 0.1 * em, number_x - 0.5 * em,
                            top + baseline - 0.1 * em, 1.0, TRUE);
      hg_doc_page_add_text (flow->page, number, flow->left + flow->width - number_width,
                            top + baseline - pango_layout_get_baseline (number) / PANGO_SCALE,
                            0, G_MAXDOUBLE);
    }
  hg_doc_page_end_tag (flow->page, CAIRO_TAG_LINK);
  flow->y += hg_doc_style_text_height (title) + 0.3 * em;
  flow->fresh = FALSE;
}

/* The contents' line for @heading without its page number, which does
 * not change where its title breaks. */
static PangoLayout *
toc_title (HgDocLayout              *self,
           HgDocFlow                *flow,
           const HgDocLayoutHeading *heading)
{
  double em = hg_doc_style_get_size (self->style, HG_DOC_FONT_BODY);
  double indent = heading->level <= 1 ? 0 : 2 * em;

  return hg_doc_style_layout (self->style,
                              heading->level <= 1 ? HG_DOC_FONT_TOC_CHAPTER : HG_DOC_FONT_BODY,
                              heading->title, flow->width - indent - (TOC_NUMBER_EMS + 1) * em);
}

/* Lays the contents out into @flow; returns how many pages they took.
 * @titles holds the headings' titles laid out by an earlier pass, and
 * gets those this one lays out: both passes draw the same titles. */
static guint
place_toc (HgDocLayout *self,
           HgDocFlow   *flow,
           GPtrArray   *titles,
           gboolean     numbered)
{
  g_autoptr(PangoLayout) heading = hg_doc_style_layout (self->style, HG_DOC_FONT_CHAPTER,
                                                        "目次", flow->width);

  pango_layout_set_alignment (heading, PANGO_ALIGN_CENTER);
  hg_doc_flow_place_text (flow, heading, 0, NULL, 0, -1);
  flow->y += hg_doc_style_get_size (self->style, HG_DOC_FONT_BODY);
  for (guint i = 0; i < self->headings->len; i++)
    {
      const HgDocLayoutHeading *entry = &g_array_index (self->headings, HgDocLayoutHeading, i);

      if (i >= titles->len)
        g_ptr_array_add (titles, toc_title (self, flow, entry));
      place_toc_entry (self, flow, entry, g_ptr_array_index (titles, i), numbered);
    }
  return flow->pages->len;
}

/* The page where a form on its own sheet (HG_DOC_OWN_SHEET) starts, or
 * the number of pages when there is none. The headings are the heading
 * blocks in order, so the form's is found by counting. */
static guint
find_loose_start (HgDocLayout *self,
                  const HgDoc *doc)
{
  guint heading = 0;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind != HG_DOC_HEADING)
        continue;
      if ((b->flags & HG_DOC_OWN_SHEET) && heading < self->headings->len)
        return g_array_index (self->headings, HgDocLayoutHeading, heading).page;
      heading++;
    }
  return self->pages->len;
}

static PangoLayout *
running_text (HgDocLayout    *self,
              const char     *text,
              PangoAlignment  alignment)
{
  double width = self->page_width - self->margins.left - self->margins.right;
  PangoLayout *layout = hg_doc_style_layout (self->style, HG_DOC_FONT_RUNNING, text,
                                             width / 2 - 12);

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* Lays @doc out on pages of @page_width × @page_height points within
 * @margins (NULL for the defaults). @context must measure in points
 * (resolution 72), as hg_doc_layout_create_context() and
 * gtk_print_context_create_pango_context() with GTK_UNIT_POINTS do. The
 * layout keeps nothing of @doc. */
HgDocLayout *
hg_doc_layout_new (const HgDoc         *doc,
                   PangoContext        *context,
                   double               page_width,
                   double               page_height,
                   const HgPageMargins *margins)
{
  HgDocLayout *self;
  g_autoptr(HgDocFlow) body = NULL;
  g_autoptr(GPtrArray) toc_titles = g_ptr_array_new_with_free_func (g_object_unref);
  guint toc_pages = 0;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (page_width > 0 && page_height > 0, NULL);

  self = g_new0 (HgDocLayout, 1);
  self->style = hg_doc_style_new (context);
  self->page_width = page_width;
  self->page_height = page_height;
  if (margins != NULL)
    self->margins = *margins;
  else
    hg_page_margins_init_default (&self->margins);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_doc_page_free);
  self->headings = g_array_new (FALSE, TRUE, sizeof (HgDocLayoutHeading));
  g_array_set_clear_func (self->headings, heading_clear);

  /* A document of one chapter (the basic policy) is a page: no cover, and
   * its revision history follows it rather than coming first. */
  if (hg_doc_wants_contents (doc))
    place_title_page (self, doc);
  if (doc->revisions->len > 0 && hg_doc_wants_contents (doc))
    place_revisions (self, doc);

  /* The body first, for its page numbers; its headings are counted
   * before, as the contents list them all whatever their pages. */
  body = new_flow (self);
  /* A one-page document's page is the first and has no running header:
   * its text starts where the header would stand, so that the policy and
   * its signature fit on the one page. */
  if (!hg_doc_wants_contents (doc))
    body->y = self->margins.top * 0.55;
  hg_doc_body_place (body, doc, self->headings);
  if (hg_doc_wants_contents (doc))
    {
      g_autoptr(HgDocFlow) count = new_flow (self);

      toc_pages = place_toc (self, count, toc_titles, FALSE);
    }
  self->body_start = self->pages->len + toc_pages;
  for (guint i = 0; i < self->headings->len; i++)
    g_array_index (self->headings, HgDocLayoutHeading, i).page += self->body_start;
  if (toc_pages > 0)
    {
      g_autoptr(HgDocFlow) toc = new_flow (self);
      guint pages = place_toc (self, toc, toc_titles, TRUE);

      g_assert (pages == toc_pages);
      take_pages (self, toc);
    }
  take_pages (self, body);
  self->loose_start = find_loose_start (self, doc);
  if (doc->revisions->len > 0 && !hg_doc_wants_contents (doc))
    place_revisions (self, doc);

  self->running_company = running_text (self, doc->company, PANGO_ALIGN_LEFT);
  self->running_title = running_text (self, doc->title, PANGO_ALIGN_RIGHT);
  return self;
}

void
hg_doc_layout_free (HgDocLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->pages);
  g_array_unref (self->headings);
  g_clear_object (&self->running_company);
  g_clear_object (&self->running_title);
  hg_doc_style_free (self->style);
  g_free (self);
}

guint
hg_doc_layout_get_n_pages (HgDocLayout *self)
{
  return self->pages->len;
}

/* The first page of a form that stands on a sheet of its own (the
 * pledge), which a booklet prints loose; the number of pages when the
 * document has none. */
guint
hg_doc_layout_get_loose_start (HgDocLayout *self)
{
  return self->loose_start;
}

/* The page where the body starts, after the title page, the revision
 * history and the contents. */
guint
hg_doc_layout_get_body_start (HgDocLayout *self)
{
  return self->body_start;
}

/* The index in the document's blocks of the last block that has something
 * on @page, or -1 when the page shows none (title page, contents). */
int
hg_doc_layout_get_page_last_block (HgDocLayout *self,
                                   guint        page)
{
  g_return_val_if_fail (page < self->pages->len, -1);

  return hg_doc_page_get_last_block (g_ptr_array_index (self->pages, page));
}

/* Chapters and sections in reading order, with where they are: for the
 * PDF outline. */
guint
hg_doc_layout_get_n_headings (HgDocLayout *self)
{
  return self->headings->len;
}

const HgDocLayoutHeading *
hg_doc_layout_get_heading (HgDocLayout *self,
                           guint        index)
{
  g_return_val_if_fail (index < self->headings->len, NULL);

  return &g_array_index (self->headings, HgDocLayoutHeading, index);
}

static void
draw_running (HgDocLayout *self,
              cairo_t     *cr,
              guint        page)
{
  double left = self->margins.left;
  double right = self->page_width - self->margins.right;
  double rule = self->margins.top - 10;
  g_autofree char *number = g_strdup_printf ("– %u –", page + 1);
  g_autoptr(PangoLayout) footer = hg_doc_style_layout (self->style, HG_DOC_FONT_RUNNING, number,
                                                       right - left);

  cairo_save (cr);
  cairo_set_source_rgb (cr, RUNNING_GRAY, RUNNING_GRAY, RUNNING_GRAY);
  if (page >= self->body_start)
    {
      double top = rule - 4 - hg_doc_style_text_height (self->running_company);

      cairo_move_to (cr, left, top);
      hg_doc_fonts_show_layout (cr, self->running_company);
      cairo_move_to (cr, (left + right) / 2 + 12, top);
      hg_doc_fonts_show_layout (cr, self->running_title);
      cairo_set_line_width (cr, RUNNING_RULE);
      cairo_move_to (cr, left, rule);
      cairo_line_to (cr, right, rule);
      cairo_stroke (cr);
    }
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
  cairo_move_to (cr, left, self->page_height - self->margins.bottom + 18);
  hg_doc_fonts_show_layout (cr, footer);
  cairo_restore (cr);
}

/* Draws @page (0-based) on @cr, whose user space is the sheet in points
 * from its top left corner. */
void
hg_doc_layout_draw_page (HgDocLayout *self,
                         cairo_t     *cr,
                         guint        page)
{
  g_return_if_fail (page < self->pages->len);

  if (page > 0)
    draw_running (self, cr, page);
  hg_doc_page_draw (g_ptr_array_index (self->pages, page), cr);
}

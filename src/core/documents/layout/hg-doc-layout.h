/* hg-doc-layout.h: an HgDoc broken into printed pages
 *
 * One layout for every paged output: the PDF writer and printing both
 * draw the pages this makes, from a PangoContext they supply, so the
 * printout and the PDF break on the same lines and the same pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "hg-doc.h"

G_BEGIN_DECLS

/* ISO A4, in points. */
#define HG_PAGE_A4_WIDTH  595.28
#define HG_PAGE_A4_HEIGHT 841.89
/* ISO A5: half of A4. */
#define HG_PAGE_A5_WIDTH  420.94
#define HG_PAGE_A5_HEIGHT 595.28

typedef struct
{
  double top;     /* points */
  double right;
  double bottom;
  double left;
} HgPageMargins;

typedef struct
{
  guint       level;   /* 1: chapter, 2: section */
  const char *title;   /* number and title, as in the table of contents */
  const char *dest;    /* the PDF destination name drawn with it */
  guint       page;    /* 0-based page it starts on */
  double      y;       /* its top on that page, points from the sheet's top */
} HgDocLayoutHeading;

typedef struct _HgDocLayout HgDocLayout;

void          hg_page_margins_init_default     (HgPageMargins       *margins);
PangoContext *hg_doc_layout_create_context     (void);
HgDocLayout  *hg_doc_layout_new                (const HgDoc         *doc,
                                                PangoContext        *context,
                                                double               page_width,
                                                double               page_height,
                                                const HgPageMargins *margins);
void          hg_doc_layout_free               (HgDocLayout         *self);
guint         hg_doc_layout_get_n_pages        (HgDocLayout         *self);
void          hg_doc_layout_draw_page          (HgDocLayout         *self,
                                                cairo_t             *cr,
                                                guint                page);
guint         hg_doc_layout_get_n_headings     (HgDocLayout         *self);
const HgDocLayoutHeading *
              hg_doc_layout_get_heading        (HgDocLayout         *self,
                                                guint                index);
guint         hg_doc_layout_get_body_start     (HgDocLayout         *self);
guint         hg_doc_layout_get_loose_start    (HgDocLayout         *self);
int           hg_doc_layout_get_page_last_block (HgDocLayout        *self,
                                                 guint               page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDocLayout, hg_doc_layout_free)

G_END_DECLS

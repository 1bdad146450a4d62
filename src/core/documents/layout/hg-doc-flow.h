/* hg-doc-flow.h: fills pages from top to bottom
 *
 * Internal to the page layout. A flow owns the pages it fills and a
 * cursor on the last of them; blocks are placed below the cursor and
 * break onto a new page when they do not fit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc-page.h"
#include "hg-doc-style.h"

G_BEGIN_DECLS

typedef struct
{
  HgDocStyle *style;
  double      left;     /* the text area on the sheet, points */
  double      top;
  double      width;
  double      bottom;
  GPtrArray  *pages;    /* of HgDocPage */
  HgDocPage  *page;     /* the last of them, being filled */
  double      y;        /* the cursor on it */
  gboolean    fresh;    /* nothing placed on the page yet */
} HgDocFlow;

HgDocFlow *hg_doc_flow_new         (HgDocStyle  *style,
                                    double       left,
                                    double       top,
                                    double       width,
                                    double       bottom);
void       hg_doc_flow_free        (HgDocFlow   *flow);
void       hg_doc_flow_new_page    (HgDocFlow   *flow);
double     hg_doc_flow_room        (HgDocFlow   *flow);
void       hg_doc_flow_skip        (HgDocFlow   *flow,
                                    double       space);
void       hg_doc_flow_keep        (HgDocFlow   *flow,
                                    double       height);
void       hg_doc_flow_place_text  (HgDocFlow   *flow,
                                    PangoLayout *layout,
                                    double       x,
                                    PangoLayout *lead,
                                    double       lead_x,
                                    int          block);
double     hg_doc_flow_cut         (PangoLayout *layout,
                                    double       from,
                                    double       limit);
double     hg_doc_flow_first_lines (PangoLayout *layout,
                                    guint        n_lines);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDocFlow, hg_doc_flow_free)

G_END_DECLS

/* hg-doc-page.h: what one page of a laid-out document draws
 *
 * Internal to the page layout. A page is a list of drawing steps in page
 * coordinates (points from the sheet's top left corner), made once when
 * the document is paginated and replayed on any cairo context: a PDF
 * surface, a printer, a print preview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _HgDocPage HgDocPage;

HgDocPage *hg_doc_page_new            (void);
void       hg_doc_page_free           (HgDocPage   *page);
void       hg_doc_page_add_text       (HgDocPage   *page,
                                       PangoLayout *layout,
                                       double       x,
                                       double       y,
                                       double       from,
                                       double       to);
void       hg_doc_page_add_line       (HgDocPage   *page,
                                       double       x0,
                                       double       y0,
                                       double       x1,
                                       double       y1,
                                       double       width,
                                       gboolean     dotted);
void       hg_doc_page_add_fill       (HgDocPage   *page,
                                       double       x,
                                       double       y,
                                       double       width,
                                       double       height,
                                       double       gray);
void       hg_doc_page_add_color_fill (HgDocPage   *page,
                                       double       x,
                                       double       y,
                                       double       width,
                                       double       height,
                                       guint32      rgb);
void       hg_doc_page_begin_tag      (HgDocPage   *page,
                                       const char  *tag,
                                       const char  *attributes);
void       hg_doc_page_end_tag        (HgDocPage   *page,
                                       const char  *tag);
void       hg_doc_page_set_last_block (HgDocPage   *page,
                                       int          block);
int        hg_doc_page_get_last_block (HgDocPage   *page);
void       hg_doc_page_draw           (HgDocPage   *page,
                                       cairo_t     *cr);

G_END_DECLS

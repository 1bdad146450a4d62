/* hg-doc-fonts.h: the fonts of a PDF, cut down to the glyphs it draws
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _HgDocFonts HgDocFonts;

HgDocFonts *hg_doc_fonts_new            (void);
void        hg_doc_fonts_free           (HgDocFonts      *fonts);
void        hg_doc_fonts_attach         (HgDocFonts      *fonts,
                                         cairo_surface_t *surface);
gboolean    hg_doc_fonts_subset         (HgDocFonts      *fonts);
hb_blob_t  *hg_doc_fonts_get_cut        (HgDocFonts      *fonts,
                                         PangoFont       *font);
void        hg_doc_fonts_show_line      (cairo_t         *cr,
                                         PangoLayoutLine *line);
void        hg_doc_fonts_show_layout    (cairo_t         *cr,
                                         PangoLayout     *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDocFonts, hg_doc_fonts_free)

G_END_DECLS

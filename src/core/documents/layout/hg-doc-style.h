/* hg-doc-style.h: the fonts and text layouts of a printed document
 *
 * Internal to the page layout (hg-doc-layout.c and its helpers).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum
{
  HG_DOC_FONT_BODY,          /* paragraphs, rules and items: Mincho */
  HG_DOC_FONT_LABEL,         /* a paragraph's lead-in: Gothic */
  HG_DOC_FONT_MARK,          /* the review mark of an outdated rule */
  HG_DOC_FONT_CHAPTER,
  HG_DOC_FONT_SECTION,
  HG_DOC_FONT_TABLE,
  HG_DOC_FONT_TABLE_HEADER,
  HG_DOC_FONT_TOC_CHAPTER,
  HG_DOC_FONT_TITLE,         /* the title page */
  HG_DOC_FONT_SUBTITLE,      /* the company on the title page, the body's first title */
  HG_DOC_FONT_RUNNING,       /* running header and footer */
  HG_DOC_N_FONTS
} HgDocFont;

typedef struct _HgDocStyle HgDocStyle;

HgDocStyle  *hg_doc_style_new        (PangoContext *context);
void         hg_doc_style_free       (HgDocStyle   *style);
double       hg_doc_style_get_size   (HgDocStyle   *style,
                                      HgDocFont     font);
PangoLayout *hg_doc_style_layout     (HgDocStyle   *style,
                                      HgDocFont     font,
                                      const char   *text,
                                      double        width);
void         hg_doc_style_add_span   (HgDocStyle   *style,
                                      PangoLayout  *layout,
                                      HgDocFont     font,
                                      guint32       rgb,
                                      guint         start,
                                      guint         end);
double       hg_doc_style_text_height (PangoLayout *layout);
double       hg_doc_style_text_width  (PangoLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDocStyle, hg_doc_style_free)

G_END_DECLS

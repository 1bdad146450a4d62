/* hg-doc-style.c
 *
 * Japanese business documents set the body in a Mincho (serif) face at
 * 10.5 pt with a generous line pitch, and headings and tables' header rows
 * in a Gothic (sans) face. Noto CJK comes first because the same family on
 * every machine gives the same pagination; the generic families are the
 * fallback, so a machine without it still shows Japanese, never boxes.
 *
 * All sizes are points: the context measures in points (resolution 72).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-layout"

#include "config.h"

#include "hg-doc-style.h"

#define MINCHO "Noto Serif CJK JP,IPAexMincho,IPAMincho,Serif"
#define GOTHIC "Noto Sans CJK JP,IPAexGothic,IPAGothic,Sans"

typedef struct
{
  const char  *family;
  PangoWeight  weight;
  double       size;     /* points */
  double       spacing;  /* points between lines, added to the face's own */
} FontSpec;

static const FontSpec specs[HG_DOC_N_FONTS] = {
  [HG_DOC_FONT_BODY]         = { MINCHO, PANGO_WEIGHT_NORMAL, 10.5, 3.5 },
  [HG_DOC_FONT_LABEL]        = { GOTHIC, PANGO_WEIGHT_NORMAL, 10.5, 3.5 },
  [HG_DOC_FONT_MARK]         = { GOTHIC, PANGO_WEIGHT_BOLD,   10.5, 3.5 },
  [HG_DOC_FONT_CHAPTER]      = { GOTHIC, PANGO_WEIGHT_BOLD,   14.0, 3.0 },
  [HG_DOC_FONT_SECTION]      = { GOTHIC, PANGO_WEIGHT_BOLD,   11.0, 3.0 },
  [HG_DOC_FONT_TABLE]        = { MINCHO, PANGO_WEIGHT_NORMAL,  9.5, 2.0 },
  [HG_DOC_FONT_TABLE_HEADER] = { GOTHIC, PANGO_WEIGHT_BOLD,    9.5, 2.0 },
  [HG_DOC_FONT_TOC_CHAPTER]  = { GOTHIC, PANGO_WEIGHT_BOLD,   10.5, 3.0 },
  [HG_DOC_FONT_TITLE]        = { GOTHIC, PANGO_WEIGHT_BOLD,   24.0, 8.0 },
  [HG_DOC_FONT_SUBTITLE]     = { GOTHIC, PANGO_WEIGHT_NORMAL, 15.0, 4.0 },
  [HG_DOC_FONT_RUNNING]      = { GOTHIC, PANGO_WEIGHT_NORMAL,  8.5, 1.0 },
};

struct _HgDocStyle
{
  PangoContext         *context;
  PangoLanguage        *language;
  PangoFontDescription *fonts[HG_DOC_N_FONTS];
};

HgDocStyle *
hg_doc_style_new (PangoContext *context)
{
  HgDocStyle *style = g_new0 (HgDocStyle, 1);

  style->context = g_object_ref (context);
  style->language = pango_language_from_string ("ja");
  for (guint i = 0; i < HG_DOC_N_FONTS; i++)
    {
      PangoFontDescription *desc = pango_font_description_new ();

      pango_font_description_set_family (desc, specs[i].family);
      pango_font_description_set_weight (desc, specs[i].weight);
      pango_font_description_set_size (desc, (int) (specs[i].size * PANGO_SCALE));
      style->fonts[i] = desc;
    }
  return style;
}

void
hg_doc_style_free (HgDocStyle *style)
{
  if (style == NULL)
    return;
  for (guint i = 0; i < HG_DOC_N_FONTS; i++)
    pango_font_description_free (style->fonts[i]);
  g_object_unref (style->context);
  g_free (style);
}

double
hg_doc_style_get_size (HgDocStyle *style,
                       HgDocFont   font)
{
  return specs[font].size;
}

/* A run of characters with no line break opportunity (no space, no
 * Japanese character) longer than this is no text anyone writes: a pasted
 * hash, or a hostile file. */
#define MAX_UNBROKEN_RUN 256

/* Pango (1.50) wraps a run with no break opportunity that is wider than a
 * line in time that grows with the square of its length: one string of
 * 100,000 characters took 20 s to lay out. Wrapping by character alone
 * takes linear time; a text holding such a run is wrapped that way, every
 * other text by word (and the Japanese line-breaking rules). */
static gboolean
has_long_unbroken_run (const char    *text,
                       PangoLanguage *language)
{
  glong n_chars = g_utf8_strlen (text, -1);
  g_autofree PangoLogAttr *attrs = NULL;
  guint run = 0;

  if (n_chars <= MAX_UNBROKEN_RUN)
    return FALSE;
  attrs = g_new (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, -1, 0, language, attrs, (int) n_chars + 1);
  for (glong i = 0; i < n_chars; i++)
    {
      run = attrs[i].is_line_break ? 1 : run + 1;
      if (run > MAX_UNBROKEN_RUN)
        return TRUE;
    }
  return FALSE;
}

/* A layout of @text in @font, wrapped at @width points (not at all when
 * @width is 0 or less). Marked as Japanese so that Pango picks the Japanese
 * glyph forms of the Han characters and breaks lines the Japanese way; and
 * wrapped by word or, where a line has no break opportunity, by character,
 * because Japanese text has no spaces to wrap at. */
PangoLayout *
hg_doc_style_layout (HgDocStyle *style,
                     HgDocFont   font,
                     const char *text,
                     double      width)
{
  PangoLayout *layout = pango_layout_new (style->context);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_language_new (style->language));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_font_description (layout, style->fonts[font]);
  pango_layout_set_spacing (layout, (int) (specs[font].spacing * PANGO_SCALE));
  text = text ? text : "";
  pango_layout_set_wrap (layout, has_long_unbroken_run (text, style->language)
                                 ? PANGO_WRAP_CHAR : PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    {
      /* Set flush with both edges (両端揃え), as Japanese text is. */
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_justify (layout, TRUE);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Sets bytes @start to @end of @layout's text in @font's face and weight
 * (the size stays the layout's) and, unless @rgb is 0, in that colour
 * (0xRRGGBB). */
void
hg_doc_style_add_span (HgDocStyle  *style,
                       PangoLayout *layout,
                       HgDocFont    font,
                       guint32      rgb,
                       guint        start,
                       guint        end)
{
  PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));
  PangoAttribute *span[3] = {
    pango_attr_family_new (specs[font].family),
    pango_attr_weight_new (specs[font].weight),
    rgb == 0 ? NULL : pango_attr_foreground_new (((rgb >> 16) & 0xff) * 0x101,
                                                 ((rgb >> 8) & 0xff) * 0x101,
                                                 (rgb & 0xff) * 0x101),
  };

  for (guint i = 0; i < G_N_ELEMENTS (span) && span[i] != NULL; i++)
    {
      span[i]->start_index = start;
      span[i]->end_index = end;
      pango_attr_list_insert (attrs, span[i]);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

double
hg_doc_style_text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
hg_doc_style_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

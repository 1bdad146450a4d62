/* hg-doc-fonts.c
 *
 * Why the PDF writer does not let cairo embed the system's fonts itself:
 * the Japanese faces (Noto Sans/Serif CJK) are 16–27 MB collections of
 * 65,000 glyphs, and cairo 1.16 copies a face's whole CFF table into memory
 * twice when it embeds it, and its whole cmap subtable once for every
 * glyph it meets (to find the glyph's character). For the 40-page rules
 * that was 160 MB copied into freshly faulted pages, most of the writer's
 * time. So the writer first walks its pages collecting the glyphs each face
 * draws, cuts each face down to those (HarfBuzz's subsetter, which reads
 * the file where it lies), and draws the same glyphs at the same positions
 * from the small faces: cairo's copies are then a few kilobytes. The fonts
 * embedded keep their names, and the text is given with its glyphs
 * (cairo_show_text_glyphs), so it stays searchable and copyable.
 *
 * A line is drawn by Pango as before whenever something is out of the
 * ordinary (a glyph missing from every font, right-to-left text, a face
 * that could not be cut down): the output is then the same as without
 * this, only slower. Printing on screen never attaches fonts, and so
 * always draws with Pango.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-fonts"

#include "config.h"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>
#include <hb-subset.h>
#include <pango/pangocairo.h>

#include "hg-doc-fonts.h"

typedef struct
{
  hb_face_t         *face;        /* the system font's */
  hb_set_t          *glyphs;      /* drawn from it */
  hb_subset_plan_t  *plan;        /* NULL until cut down, or when that failed */
  const hb_map_t    *old_to_new;  /* glyph ids, owned by @plan */
  cairo_font_face_t *cairo_face;  /* the cut-down face */
} Face;

/* The runs of a line gathered to be drawn in one call. */
typedef struct
{
  PangoFont        *font;       /* NULL when nothing is gathered */
  Face             *face;
  const PangoColor *color;      /* NULL: the source's */
  const char       *text;       /* the runs' text, contiguous */
  int               n_bytes;
  GArray           *glyphs;     /* of cairo_glyph_t */
  GArray           *clusters;   /* of cairo_text_cluster_t */
} Pending;

struct _HgDocFonts
{
  GHashTable *faces;    /* hb_face_t → Face */
  GHashTable *scaled;   /* PangoFont → cairo_scaled_font_t of its cut-down face */
  gboolean    subset;   /* FALSE while collecting */
  Pending     pending;
};

static const cairo_user_data_key_t fonts_key;
static const cairo_user_data_key_t ft_face_key;

static void
face_free (gpointer data)
{
  Face *f = data;

  hb_face_destroy (f->face);
  hb_set_destroy (f->glyphs);
  if (f->cairo_face != NULL)
    cairo_font_face_destroy (f->cairo_face);
  if (f->plan != NULL)
    hb_subset_plan_destroy (f->plan);
  g_free (f);
}

HgDocFonts *
hg_doc_fonts_new (void)
{
  HgDocFonts *fonts = g_new0 (HgDocFonts, 1);

  fonts->faces = g_hash_table_new_full (NULL, NULL, NULL, face_free);
  fonts->scaled = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                         (GDestroyNotify) cairo_scaled_font_destroy);
  fonts->pending.glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  fonts->pending.clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  return fonts;
}

void
hg_doc_fonts_free (HgDocFonts *fonts)
{
  if (fonts == NULL)
    return;
  g_array_unref (fonts->pending.glyphs);
  g_array_unref (fonts->pending.clusters);
  g_hash_table_unref (fonts->scaled);
  g_hash_table_unref (fonts->faces);
  g_free (fonts);
}

/* Drawing on @surface (and on every cairo_t made for it) goes through
 * @fonts: it collects glyphs until hg_doc_fonts_subset(), draws from the
 * cut-down faces after. @fonts must outlive the drawing. */
void
hg_doc_fonts_attach (HgDocFonts      *fonts,
                     cairo_surface_t *surface)
{
  cairo_surface_set_user_data (surface, &fonts_key, fonts, NULL);
}

static Face *
face_for (HgDocFonts *fonts,
          PangoFont  *font,
          gboolean    create)
{
  hb_face_t *face = hb_font_get_face (pango_font_get_hb_font (font));
  Face *f = g_hash_table_lookup (fonts->faces, face);

  if (f == NULL && create)
    {
      f = g_new0 (Face, 1);
      f->face = hb_face_reference (face);
      f->glyphs = hb_set_create ();
      g_hash_table_insert (fonts->faces, face, f);
    }
  return f;
}

static gboolean
is_drawn (PangoGlyph glyph)
{
  return glyph != PANGO_GLYPH_EMPTY && (glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0;
}

static void
collect_line (HgDocFonts      *fonts,
              PangoLayoutLine *line)
{
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      PangoItem *item = run->item;
      Face *f;

      if (item->analysis.font == NULL)
        continue;
      f = face_for (fonts, item->analysis.font, TRUE);
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        if (is_drawn (run->glyphs->glyphs[i].glyph))
          hb_set_add (f->glyphs, run->glyphs->glyphs[i].glyph);
    }
}

/* FreeType lets threads use the faces of one library at once, but not
 * make or destroy them at once: a PDF may be written on a job's thread
 * while another is. */
static GMutex freetype_lock;

static FT_Library
freetype (void)
{
  /* One for the process, never freed: cairo keeps recently used fonts
   * (and so their FreeType faces) cached after their last user let go. */
  static gsize library;

  if (g_once_init_enter (&library))
    {
      FT_Library made = NULL;

      if (FT_Init_FreeType (&made) != 0)
        made = NULL;
      /* 1 stands for "could not": g_once_init_leave() takes no 0. */
      g_once_init_leave (&library, made != NULL ? (gsize) made : 1);
    }
  return library != 1 ? (FT_Library) library : NULL;
}

static void
free_blob (void *object)
{
  FT_Face face = object;

  hb_blob_destroy (face->generic.data);
}

static void
done_ft_face (void *face)
{
  g_mutex_lock (&freetype_lock);
  FT_Done_Face (face);
  g_mutex_unlock (&freetype_lock);
}

/* The cut-down face as a cairo font face; NULL when anything failed. */
static cairo_font_face_t *
cairo_face_for_blob (hb_blob_t *blob)
{
  unsigned int length = 0;
  const char *data = hb_blob_get_data (blob, &length);
  cairo_font_face_t *face;
  FT_Face ft_face = NULL;
  FT_Error failed = 1;

  if (freetype () != NULL && length > 0)
    {
      g_mutex_lock (&freetype_lock);
      failed = FT_New_Memory_Face (freetype (), (const FT_Byte *) data, length, 0, &ft_face);
      g_mutex_unlock (&freetype_lock);
    }
  if (failed)
    {
      hb_blob_destroy (blob);
      return NULL;
    }
  /* FreeType reads the bytes where they lie: they live as long as the face. */
  ft_face->generic.data = blob;
  ft_face->generic.finalizer = free_blob;
  face = cairo_ft_font_face_create_for_ft_face (ft_face, 0);
  if (cairo_font_face_status (face) != CAIRO_STATUS_SUCCESS
      || cairo_font_face_set_user_data (face, &ft_face_key, ft_face, done_ft_face)
         != CAIRO_STATUS_SUCCESS)
    {
      cairo_font_face_destroy (face);
      done_ft_face (ft_face);
      return NULL;
    }
  return face;
}

/* The system face as HarfBuzz's subsetter sees it: without a character
 * map. See make_subset(). */
static hb_blob_t *
table_but_cmap (hb_face_t *face,
                hb_tag_t   tag,
                void      *user_data)
{
  if (tag == HB_TAG ('c', 'm', 'a', 'p'))
    return hb_blob_get_empty ();
  return hb_face_reference_table (user_data, tag);
}

/* The glyph outlines, advances and names are all that drawing and
 * embedding need: the tables for shaping (done already) are left out, and
 * with them the search for every glyph they could reach. So is the
 * character map, as cairo is told the characters of every glyph drawn
 * (cairo_show_text_glyphs); given glyphs to keep, HarfBuzz (6.0) matches
 * them against the whole of a face's map (45,000 characters in Noto CJK),
 * which had taken as long as all the rest of cutting a face down.
 * The outlines are written out whole, without the subroutines a CJK face
 * shares between its glyphs: keeping those means finding which of the
 * thousands the kept glyphs call and numbering them anew, which took
 * HarfBuzz longer than the rest of the cut; the outlines and hints drawn
 * are the same, and the faces come out smaller (the rules' PDF 455 →
 * 429 kB), as few glyphs share a subroutine once cut down. */
static gboolean
make_subset (hb_face_t          *face,
             hb_set_t           *glyphs,
             hb_subset_plan_t  **plan,
             cairo_font_face_t **cairo_face)
{
  static const char *dropped[] = { "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea",
                                   "vmtx", "VORG", "DSIG" };
  hb_subset_input_t *input = hb_subset_input_create_or_fail ();
  hb_face_t *source;
  hb_face_t *result = NULL;

  *plan = NULL;
  *cairo_face = NULL;
  if (input == NULL)
    return FALSE;
  hb_set_union (hb_subset_input_glyph_set (input), glyphs);
  hb_set_clear (hb_subset_input_set (input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    hb_set_add (hb_subset_input_set (input, HB_SUBSET_SETS_DROP_TABLE_TAG),
                hb_tag_from_string (dropped[i], 4));
  hb_subset_input_set_flags (input, HB_SUBSET_FLAGS_DESUBROUTINIZE);
  source = hb_face_create_for_tables (table_but_cmap, hb_face_reference (face),
                                      (hb_destroy_func_t) hb_face_destroy);
  *plan = hb_subset_plan_create_or_fail (source, input);
  hb_face_destroy (source);
  hb_subset_input_destroy (input);
  if (*plan != NULL)
    result = hb_subset_plan_execute_or_fail (*plan);
  if (result != NULL)
    {
      *cairo_face = cairo_face_for_blob (hb_face_reference_blob (result));
      hb_face_destroy (result);
    }
  if (*cairo_face == NULL)
    g_clear_pointer (plan, hb_subset_plan_destroy);
  return *cairo_face != NULL;
}

/* The cut-down faces made so far in this process, by system face, each
 * with every glyph asked of it: the same documents are
 * written again and again (a preview, a printout, an export), and their
 * glyphs are then found in the face already cut, where cutting it again
 * would cost more than cairo's copies saved. A face asked for glyphs it
 * lacks is cut anew with the old ones and the new. */
static GMutex cuts_lock;
static GHashTable *cuts;   /* hb_face_t → Face; the face is held, so its address stays its own */

static void
subset_face (Face *f)
{
  Face *cut;

  g_mutex_lock (&cuts_lock);
  if (cuts == NULL)
    cuts = g_hash_table_new_full (NULL, NULL, NULL, face_free);
  cut = g_hash_table_lookup (cuts, f->face);
  if (cut == NULL || !hb_set_is_subset (f->glyphs, cut->glyphs))
    {
      hb_subset_plan_t *plan;
      cairo_font_face_t *cairo_face;

      if (cut != NULL)
        {
          hb_set_union (f->glyphs, cut->glyphs);
        }
      if (make_subset (f->face, f->glyphs, &plan, &cairo_face))
        {
          cut = g_new0 (Face, 1);
          cut->face = hb_face_reference (f->face);
          cut->glyphs = hb_set_copy (f->glyphs);
          cut->plan = plan;
          cut->cairo_face = cairo_face;
          g_hash_table_replace (cuts, f->face, cut);
        }
      else
        cut = NULL;
    }
  if (cut != NULL)
    {
      f->plan = hb_subset_plan_reference (cut->plan);
      f->cairo_face = cairo_font_face_reference (cut->cairo_face);
      f->old_to_new = hb_subset_plan_old_to_new_glyph_mapping (f->plan);
    }
  g_mutex_unlock (&cuts_lock);
}

/* The cut-down face @font is drawn from, as the bytes of a font file, or
 * NULL before hg_doc_fonts_subset() or when its face could not be cut:
 * for looking into what the PDF embeds. */
hb_blob_t *
hg_doc_fonts_get_cut (HgDocFonts *fonts,
                      PangoFont  *font)
{
  Face *f = face_for (fonts, font, FALSE);
  FT_Face ft_face;

  if (f == NULL || f->cairo_face == NULL)
    return NULL;
  ft_face = cairo_font_face_get_user_data (f->cairo_face, &ft_face_key);
  return hb_blob_reference (ft_face->generic.data);
}

/* Cuts every face down to what was collected; from now on drawing uses
 * the small faces. Returns FALSE when no face could be cut down (the
 * pages are then drawn with the system's fonts, as before). */
gboolean
hg_doc_fonts_subset (HgDocFonts *fonts)
{
  GHashTableIter iter;
  gpointer value;
  gboolean any = FALSE;

  g_return_val_if_fail (!fonts->subset, FALSE);

  g_hash_table_iter_init (&iter, fonts->faces);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      subset_face (value);
      any |= ((Face *) value)->cairo_face != NULL;
    }
  fonts->subset = TRUE;
  return any;
}

/* @font at its size, from its cut-down face. */
static cairo_scaled_font_t *
scaled_font_for (HgDocFonts *fonts,
                 Face       *f,
                 PangoFont  *font)
{
  cairo_scaled_font_t *scaled = g_hash_table_lookup (fonts->scaled, font);

  if (scaled == NULL)
    {
      cairo_scaled_font_t *system = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font));
      cairo_font_options_t *options = cairo_font_options_create ();
      cairo_matrix_t matrix, ctm;

      cairo_scaled_font_get_font_matrix (system, &matrix);
      cairo_scaled_font_get_ctm (system, &ctm);
      cairo_scaled_font_get_font_options (system, options);
      scaled = cairo_scaled_font_create (f->cairo_face, &matrix, &ctm, options);
      cairo_font_options_destroy (options);
      g_hash_table_insert (fonts->scaled, g_object_ref (font), scaled);
    }
  return scaled;
}

/* Whether every run of @line can be drawn from a cut-down face. */
static gboolean
line_is_plain (HgDocFonts      *fonts,
               PangoLayoutLine *line)
{
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      PangoFont *font = run->item->analysis.font;
      Face *f;

      if (font == NULL || !PANGO_IS_CAIRO_FONT (font) || run->item->analysis.level % 2 != 0)
        return FALSE;
      f = face_for (fonts, font, FALSE);
      if (f == NULL || f->cairo_face == NULL)
        return FALSE;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyph glyph = run->glyphs->glyphs[i].glyph;

          if (glyph != PANGO_GLYPH_EMPTY
              && (!is_drawn (glyph) || !hb_map_has (f->old_to_new, glyph)))
            return FALSE;
        }
    }
  return TRUE;
}

static const PangoColor *
foreground (PangoItem *item)
{
  for (GSList *a = item->analysis.extra_attrs; a != NULL; a = a->next)
    {
      PangoAttribute *attr = a->data;

      if (attr->klass->type == PANGO_ATTR_FOREGROUND)
        return &((PangoAttrColor *) attr)->color;
    }
  return NULL;
}

/* Whether @a and @b are drawn in the same colour (NULL: the source's). */
static gboolean
same_color (const PangoColor *a,
            const PangoColor *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->red == b->red && a->green == b->green && a->blue == b->blue;
}

/* Draws what was gathered since the last flush, in one call. */
static void
flush_text (HgDocFonts *fonts,
            cairo_t    *cr)
{
  Pending *p = &fonts->pending;

  if (p->glyphs->len > 0)
    {
      cairo_save (cr);
      if (p->color != NULL)
        cairo_set_source_rgb (cr, p->color->red / 65535.0, p->color->green / 65535.0,
                              p->color->blue / 65535.0);
      cairo_set_scaled_font (cr, scaled_font_for (fonts, p->face, p->font));
      cairo_show_text_glyphs (cr, p->text, p->n_bytes,
                              (cairo_glyph_t *) p->glyphs->data, (int) p->glyphs->len,
                              (cairo_text_cluster_t *) p->clusters->data,
                              (int) p->clusters->len, 0);
      cairo_restore (cr);
    }
  g_array_set_size (p->glyphs, 0);
  g_array_set_size (p->clusters, 0);
  p->font = NULL;
}

static gboolean
run_draws (PangoGlyphItem *run)
{
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    if (run->glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
      return TRUE;
  return FALSE;
}

/* Adds one run at @x on the baseline @y, its text in clusters as Pango
 * shaped it, so the PDF knows which characters each glyph shows. Runs
 * that follow each other in the text with the same font and colour are
 * drawn together (Pango starts a run wherever the script changes, which
 * in Japanese is every few characters): each call costs cairo a step of
 * its page's analysis that grows with the page, and one line drawn in
 * ten calls made that a tenth of the writer's time. */
static void
add_run (HgDocFonts     *fonts,
         cairo_t        *cr,
         const char     *text,
         PangoGlyphItem *run,
         double          x,
         double          y)
{
  Pending *p = &fonts->pending;
  PangoGlyphString *glyphs = run->glyphs;
  PangoFont *font = run->item->analysis.font;
  const PangoColor *color = foreground (run->item);
  const char *run_text = text + run->item->offset;
  PangoGlyphItemIter iter;
  Face *f;
  int x_off = 0;

  /* A run with nothing to draw never reached cairo, its text neither. */
  if (!run_draws (run))
    {
      flush_text (fonts, cr);
      return;
    }
  if (p->font != NULL && (p->font != font || !same_color (p->color, color)
                          || p->text + p->n_bytes != run_text))
    flush_text (fonts, cr);
  f = face_for (fonts, font, FALSE);
  if (p->font == NULL)
    {
      p->font = font;
      p->face = f;
      p->color = color;
      p->text = run_text;
      p->n_bytes = 0;
    }
  p->n_bytes += run->item->length;

  for (gboolean more = pango_glyph_item_iter_init_start (&iter, run, text); more;
       more = pango_glyph_item_iter_next_cluster (&iter))
    {
      cairo_text_cluster_t cluster = { iter.end_index - iter.start_index, 0 };

      for (int i = iter.start_glyph; i < iter.end_glyph; i++)
        {
          const PangoGlyphInfo *info = &glyphs->glyphs[i];

          if (info->glyph != PANGO_GLYPH_EMPTY)
            {
              cairo_glyph_t glyph = {
                hb_map_get (f->old_to_new, info->glyph),
                x + (double) (x_off + info->geometry.x_offset) / PANGO_SCALE,
                y + (double) (info->geometry.y_offset - run->y_offset) / PANGO_SCALE,
              };

              g_array_append_val (p->glyphs, glyph);
              cluster.num_glyphs++;
            }
          x_off += info->geometry.width;
        }
      g_array_append_val (p->clusters, cluster);
    }
}

/* As pango_cairo_show_layout_line(): @line with its baseline's left end at
 * the current point. */
void
hg_doc_fonts_show_line (cairo_t         *cr,
                        PangoLayoutLine *line)
{
  HgDocFonts *fonts = cairo_surface_get_user_data (cairo_get_target (cr), &fonts_key);
  const char *text;
  double x, y;

  if (fonts == NULL || (fonts->subset && !line_is_plain (fonts, line)))
    {
      pango_cairo_show_layout_line (cr, line);
      return;
    }
  if (!fonts->subset)
    {
      collect_line (fonts, line);
      return;
    }

  text = pango_layout_get_text (line->layout);
  cairo_get_current_point (cr, &x, &y);
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      add_run (fonts, cr, text, run, x, y);
      x += (double) pango_glyph_string_get_width (run->glyphs) / PANGO_SCALE;
    }
  flush_text (fonts, cr);
}

/* As pango_cairo_show_layout(): @layout with its top left corner at the
 * current point. */
void
hg_doc_fonts_show_layout (cairo_t     *cr,
                          PangoLayout *layout)
{
  PangoLayoutIter *iter;
  double x, y;

  if (cairo_surface_get_user_data (cairo_get_target (cr), &fonts_key) == NULL)
    {
      pango_cairo_show_layout (cr, layout);
      return;
    }

  cairo_get_current_point (cr, &x, &y);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                     y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      hg_doc_fonts_show_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

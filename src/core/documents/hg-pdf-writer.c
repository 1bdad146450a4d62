/* hg-pdf-writer.c
 *
 * The pages are the ones printing draws (hg-doc-layout.c), on A4. What a
 * PDF adds: the document's title and company as its metadata, an outline
 * of chapters and sections that opens the right page, and a table of
 * contents whose lines are links. The fonts are embedded, cut down to the
 * glyphs the document draws (hg-doc-fonts.c says why that is done before
 * cairo sees them), and the text stays text, so it can be searched and
 * copied.
 *
 * The file is written beside the target under a temporary name and
 * renamed over it only when complete (HgSaveFile), so a failed export
 * never leaves a half-written file, nor destroys the previous one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "hg-booklet.h"
#include "hg-doc-fonts.h"
#include "hg-doc-layout.h"
#include "hg-pdf-writer.h"
#include "hg-save-file.h"

typedef struct
{
  HgSaveFile *file;
  GError     *error;   /* the first failed write's, NULL while all went well */
} Sink;

static cairo_status_t
write_sink (void                *data,
            const unsigned char *bytes,
            unsigned int         length)
{
  Sink *sink = data;

  if (sink->error == NULL)
    hg_save_file_write (sink->file, bytes, length, &sink->error);
  return sink->error == NULL ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata (cairo_surface_t *surface,
              const HgDoc     *doc)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, doc->company);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/* Chapters at the outline's root and their sections under them, open,
 * so that the outline reads as the table of contents does. */
static void
add_outline (cairo_surface_t *surface,
             HgDocLayout     *layout)
{
  int chapter = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < hg_doc_layout_get_n_headings (layout); i++)
    {
      const HgDocLayoutHeading *heading = hg_doc_layout_get_heading (layout, i);
      g_autofree char *link = g_strdup_printf ("dest='%s'", heading->dest);

      if (heading->level <= 1)
        chapter = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                                 heading->title, link,
                                                 CAIRO_PDF_OUTLINE_FLAG_OPEN);
      else
        cairo_pdf_surface_add_outline (surface, chapter, heading->title, link, 0);
    }
}

/* A booklet's sheets: A4 turned sideways, an A5 page on each half, in
 * folding order (hg-booklet.c). Its outline would point at pages that are
 * now halves of sheets, so a booklet has none: it is made to be printed. */
static gboolean
draw_booklet (cairo_t      *cr,
              HgDocLayout  *layout,
              HgJob        *job,
              GError      **error)
{
  g_autoptr(GArray) order = hg_booklet_order_loose (hg_doc_layout_get_n_pages (layout),
                                                    hg_doc_layout_get_loose_start (layout));

  hg_job_set_total (job, order->len);
  for (guint i = 0; i < order->len; i++)
    {
      int page = g_array_index (order, int, i);

      if (!hg_job_report (job, i, error))
        return FALSE;
      if (page != HG_BOOKLET_BLANK)
        {
          cairo_save (cr);
          cairo_translate (cr, (i % 2) * HG_PAGE_A5_WIDTH, 0);
          cairo_rectangle (cr, 0, 0, HG_PAGE_A5_WIDTH, HG_PAGE_A5_HEIGHT);
          cairo_clip (cr);
          hg_doc_layout_draw_page (layout, cr, (guint) page);
          cairo_restore (cr);
        }
      if (i % 2 == 1)
        cairo_show_page (cr);
    }
  return hg_job_report (job, order->len, error);
}

static gboolean
draw_pages (cairo_t      *cr,
            HgDocLayout  *layout,
            HgJob        *job,
            GError      **error)
{
  guint n_pages = hg_doc_layout_get_n_pages (layout);

  hg_job_set_total (job, n_pages);
  for (guint page = 0; page < n_pages; page++)
    {
      if (!hg_job_report (job, page, error))
        return FALSE;
      hg_doc_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  return hg_job_report (job, n_pages, error);
}

/* A first pass over every page, drawing nothing, collects the glyphs each
 * face shows; the faces are then cut down to those, and the real pass
 * draws from them. */
static HgDocFonts *
collect_fonts (HgDocLayout *layout)
{
  HgDocFonts *fonts = hg_doc_fonts_new ();
  /* Nothing is kept of this pass but the glyphs: the smallest surface. */
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr;

  hg_doc_fonts_attach (fonts, scratch);
  cr = cairo_create (scratch);
  for (guint page = 0; page < hg_doc_layout_get_n_pages (layout); page++)
    {
      cairo_save (cr);
      hg_doc_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  hg_doc_fonts_subset (fonts);
  return fonts;
}

/* The pages are counted as they are drawn; laying them out comes first
 * and is not (a 40-page document takes 40 ms). */
static gboolean
render (const HgDoc  *doc,
        HgPdfLayout   kind,
        Sink         *sink,
        const char   *display,
        HgJob        *job,
        GError      **error)
{
  PangoContext *context = hg_doc_layout_create_context ();
  gboolean small = kind != HG_PDF_A4;
  HgPageMargins margins;
  g_autoptr(HgDocLayout) layout = NULL;
  g_autoptr(HgDocFonts) fonts = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  g_autoptr(GError) stopped = NULL;
  gboolean drawn;

  /* An A5 page keeps margins in proportion to its size. */
  hg_page_margins_init_default (&margins);
  if (small)
    margins = (HgPageMargins) { margins.top * 0.7, margins.right * 0.7,
                                margins.bottom * 0.7, margins.left * 0.7 };
  layout = hg_doc_layout_new (doc, context, small ? HG_PAGE_A5_WIDTH : HG_PAGE_A4_WIDTH,
                              small ? HG_PAGE_A5_HEIGHT : HG_PAGE_A4_HEIGHT, &margins);
  g_object_unref (context);   /* the layout holds it */
  if (kind == HG_PDF_BOOKLET)
    surface = cairo_pdf_surface_create_for_stream (write_sink, sink, HG_PAGE_A4_HEIGHT,
                                                   HG_PAGE_A4_WIDTH);
  else
    surface = cairo_pdf_surface_create_for_stream (write_sink, sink,
                                                   small ? HG_PAGE_A5_WIDTH : HG_PAGE_A4_WIDTH,
                                                   small ? HG_PAGE_A5_HEIGHT : HG_PAGE_A4_HEIGHT);
  set_metadata (surface, doc);
  fonts = collect_fonts (layout);
  hg_doc_fonts_attach (fonts, surface);
  cr = cairo_create (surface);
  if (kind != HG_PDF_BOOKLET)
    add_outline (surface, layout);
  drawn = kind == HG_PDF_BOOKLET ? draw_booklet (cr, layout, job, &stopped)
                                 : draw_pages (cr, layout, job, &stopped);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!drawn)
    {
      g_propagate_error (error, g_steal_pointer (&stopped));
      return FALSE;
    }
  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HG_DOC_ERROR, HG_DOC_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
hg_pdf_write (const HgDoc  *doc,
              const char   *path,
              GError      **error)
{
  return hg_pdf_write_job (doc, HG_PDF_A4, path, NULL, error);
}

gboolean
hg_pdf_write_layout (const HgDoc  *doc,
                     HgPdfLayout   kind,
                     const char   *path,
                     GError      **error)
{
  return hg_pdf_write_job (doc, kind, path, NULL, error);
}

/* @job (may be NULL) counts the pages as they are drawn; once it is
 * cancelled, drawing stops and no file is left. */
gboolean
hg_pdf_write_job (const HgDoc  *doc,
                  HgPdfLayout   kind,
                  const char   *path,
                  HgJob        *job,
                  GError      **error)
{
  g_autofree char *display = NULL;
  Sink sink = { NULL, NULL };
  gboolean ok;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hg_job_check (job, error))
    return FALSE;
  sink.file = hg_save_file_new (path, error);
  if (sink.file == NULL)
    return FALSE;
  hg_save_file_set_job (sink.file, job);
  display = g_filename_display_name (path);
  ok = render (doc, kind, &sink, display, job, error) && hg_save_file_commit (sink.file, error);
  hg_save_file_free (sink.file);
  return ok;
}

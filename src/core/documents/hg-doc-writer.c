/* hg-doc-writer.c
 *
 * The one table that knows the formats: the command line, the export
 * dialog and the tests all go through it, so a new format is a new row
 * here and a writer that reads HgDoc — no template code changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-writer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-doc-writer.h"
#include "hg-docx-writer.h"
#include "hg-html-writer.h"
#include "hg-odt-writer.h"
#include "hg-pdf-writer.h"
#include "hg-save-file.h"

/* Plain text is one piece: the job is asked before and at the commit. */
static gboolean
write_text (const HgDoc  *doc,
            const char   *path,
            HgJob        *job,
            GError      **error)
{
  g_autoptr(HgSaveFile) file = hg_save_file_new (path, error);
  g_autofree char *text = NULL;

  if (file == NULL)
    return FALSE;
  hg_save_file_set_job (file, job);
  hg_job_set_total (job, 1);
  text = hg_doc_to_text (doc);
  return hg_save_file_write (file, text, strlen (text), error)
         && hg_job_report (job, 1, error)
         && hg_save_file_commit (file, error);
}

static gboolean
write_a4 (const HgDoc  *doc,
          const char   *path,
          HgJob        *job,
          GError      **error)
{
  return hg_pdf_write_job (doc, HG_PDF_A4, path, job, error);
}

static gboolean
write_a5 (const HgDoc  *doc,
          const char   *path,
          HgJob        *job,
          GError      **error)
{
  return hg_pdf_write_job (doc, HG_PDF_A5, path, job, error);
}

static gboolean
write_booklet (const HgDoc  *doc,
               const char   *path,
               HgJob        *job,
               GError      **error)
{
  return hg_pdf_write_job (doc, HG_PDF_BOOKLET, path, job, error);
}

static const struct
{
  const char *name;
  const char *title;
  const char *mime_type;
  gboolean  (*write) (const HgDoc *doc, const char *path, HgJob *job, GError **error);
} formats[HG_DOC_N_FORMATS] = {
  [HG_DOC_FORMAT_PDF]  = { "pdf",  N_("PDF"), "application/pdf", write_a4 },
  [HG_DOC_FORMAT_DOCX] = { "docx", N_("Word (DOCX)"),
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           hg_docx_write_job },
  [HG_DOC_FORMAT_ODT]  = { "odt",  N_("OpenDocument Text (ODT)"),
                           "application/vnd.oasis.opendocument.text", hg_odt_write_job },
  [HG_DOC_FORMAT_HTML] = { "html", N_("Web page (HTML)"), "text/html", hg_html_write_job },
  [HG_DOC_FORMAT_TEXT] = { "text", N_("Plain text"), "text/plain", write_text },
  [HG_DOC_FORMAT_PDF_A5] = { "pdf-a5", N_("PDF, A5 pages"), "application/pdf", write_a5 },
  [HG_DOC_FORMAT_PDF_BOOKLET] = { "pdf-booklet", N_("PDF booklet (A5 on A4, to fold)"),
                                  "application/pdf", write_booklet },
};

gboolean
hg_doc_format_from_name (const char  *name,
                         HgDocFormat *format)
{
  for (guint f = 0; f < HG_DOC_N_FORMATS; f++)
    if (g_ascii_strcasecmp (name, formats[f].name) == 0)
      {
        *format = f;
        return TRUE;
      }
  return FALSE;
}

const char *
hg_doc_format_get_name (HgDocFormat format)
{
  g_return_val_if_fail (format < HG_DOC_N_FORMATS, NULL);
  return formats[format].name;
}

const char *
hg_doc_format_get_title (HgDocFormat format)
{
  g_return_val_if_fail (format < HG_DOC_N_FORMATS, NULL);
  return _(formats[format].title);
}

/* The file name extension: every PDF layout is a .pdf, text a .txt. */
const char *
hg_doc_format_get_extension (HgDocFormat format)
{
  g_return_val_if_fail (format < HG_DOC_N_FORMATS, NULL);
  if (g_str_has_prefix (formats[format].name, "pdf"))
    return "pdf";
  return format == HG_DOC_FORMAT_TEXT ? "txt" : formats[format].name;
}

const char *
hg_doc_format_get_mime_type (HgDocFormat format)
{
  g_return_val_if_fail (format < HG_DOC_N_FORMATS, NULL);
  return formats[format].mime_type;
}

/* "pdf, docx, …": every format, for messages. */
char *
hg_doc_format_list_names (void)
{
  GString *out = g_string_new (NULL);

  for (guint f = 0; f < HG_DOC_N_FORMATS; f++)
    g_string_append_printf (out, "%s%s", out->len ? ", " : "", formats[f].name);
  return g_string_free (out, FALSE);
}

gboolean
hg_doc_write (const HgDoc  *doc,
              HgDocFormat   format,
              const char   *path,
              GError      **error)
{
  return hg_doc_write_job (doc, format, path, NULL, error);
}

/**
 * hg_doc_write_job:
 * @doc: the document; read only, so a copy may be written in a thread
 * @format: the format
 * @path: the file to write
 * @job: (nullable): counts the pages or blocks; cancelling it stops the
 *   writer, which then leaves no file and no temporary file
 * @error: return location for an error
 *
 * Returns: %TRUE if written
 */
gboolean
hg_doc_write_job (const HgDoc  *doc,
                  HgDocFormat   format,
                  const char   *path,
                  HgJob        *job,
                  GError      **error)
{
  g_return_val_if_fail (format < HG_DOC_N_FORMATS, FALSE);

  return formats[format].write (doc, path, job, error);
}

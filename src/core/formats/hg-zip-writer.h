/* hg-zip-writer.h: the ZIP packages of XLSX, DOCX and ODT
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-job.h"

G_BEGIN_DECLS

#define HG_ZIP_ERROR (hg_zip_error_quark ())

/* Failures to write the file itself are HG_SAVE_ERROR (hg-save-file.h). */
typedef enum
{
  /* The package would pass 4 GB, the most a ZIP archive without the
   * ZIP64 extension holds. */
  HG_ZIP_ERROR_TOO_LARGE,
  /* Compressing a part failed. */
  HG_ZIP_ERROR_IO,
} HgZipError;

GQuark       hg_zip_error_quark         (void);

typedef struct _HgZipWriter HgZipWriter;

typedef struct
{
  const char *name;
  const char *body;
  gboolean    stored;  /* uncompressed and as is; otherwise XML, compressed */
} HgZipPart;

/* A whole package of small parts, in order: written beside @path and
 * renamed over it (see hg-save-file.h), unless @job (may be NULL) is
 * cancelled first. */
gboolean     hg_zip_write_parts         (const char       *path,
                                         const HgZipPart  *parts,
                                         gsize             n_parts,
                                         HgJob            *job,
                                         GError          **error);

/* Writes into a temporary file beside @path (see hg-save-file.h); nothing
 * is at @path until hg_zip_writer_close() succeeds. */
HgZipWriter *hg_zip_writer_new          (const char   *path,
                                         GError      **error);
/* Once @job is cancelled, writing fails and nothing is renamed over the
 * target (hg_save_file_set_job()). */
void         hg_zip_writer_set_job      (HgZipWriter  *writer,
                                         HgJob        *job);
/* Starts a compressed part and returns the buffer its text goes into,
 * already holding the XML declaration. The writer owns the buffer. */
GString     *hg_zip_writer_begin_xml    (HgZipWriter  *writer,
                                         const char   *name,
                                         GError      **error);
/* Compresses and writes out the buffer once it holds 64 KiB, so a large
 * part never exists in memory whole; a compressed part's buffer goes to a
 * thread that deflates it while the caller fills the same GString again.
 * An error of that thread is returned by a later flush or by
 * hg_zip_writer_end_part(). */
gboolean     hg_zip_writer_flush        (HgZipWriter  *writer,
                                         GError      **error);
gboolean     hg_zip_writer_end_part     (HgZipWriter  *writer,
                                         GError      **error);
/* A whole compressed part: the XML declaration, then @body. */
gboolean     hg_zip_writer_write_xml    (HgZipWriter  *writer,
                                         const char   *name,
                                         const char   *body,
                                         GError      **error);
/* A part stored uncompressed, as ODF wants its "mimetype" first. */
gboolean     hg_zip_writer_write_stored (HgZipWriter  *writer,
                                         const char   *name,
                                         const char   *data,
                                         GError      **error);
/* A part of any content, @length bytes as they are (binary parts of a
 * package copied from another), deflated when @compress. */
gboolean     hg_zip_writer_write_bytes  (HgZipWriter  *writer,
                                         const char   *name,
                                         const void   *data,
                                         gsize         length,
                                         gboolean      compress,
                                         GError      **error);
/* The central directory; then the file is renamed over the target. */
gboolean     hg_zip_writer_close        (HgZipWriter  *writer,
                                         GError      **error);
GDateTime   *hg_zip_writer_get_time     (HgZipWriter  *writer);
void         hg_zip_writer_free         (HgZipWriter  *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgZipWriter, hg_zip_writer_free)

G_END_DECLS

/* hg-doc-writer.h: every output format of a document, by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-job.h"

G_BEGIN_DECLS

typedef enum
{
  HG_DOC_FORMAT_PDF,
  HG_DOC_FORMAT_DOCX,
  HG_DOC_FORMAT_ODT,
  HG_DOC_FORMAT_HTML,
  HG_DOC_FORMAT_TEXT,
  HG_DOC_FORMAT_PDF_A5,        /* A5 pages, for a pocket handbook */
  HG_DOC_FORMAT_PDF_BOOKLET,   /* A5 pages two to a side of A4, to fold */
  HG_DOC_N_FORMATS,
} HgDocFormat;

gboolean    hg_doc_format_from_name      (const char   *name,
                                          HgDocFormat  *format);
const char *hg_doc_format_get_name       (HgDocFormat   format);
const char *hg_doc_format_get_title      (HgDocFormat   format);
const char *hg_doc_format_get_extension  (HgDocFormat   format);
const char *hg_doc_format_get_mime_type  (HgDocFormat   format);
char       *hg_doc_format_list_names     (void);
gboolean    hg_doc_write                 (const HgDoc  *doc,
                                          HgDocFormat   format,
                                          const char   *path,
                                          GError      **error);
gboolean    hg_doc_write_job             (const HgDoc  *doc,
                                          HgDocFormat   format,
                                          const char   *path,
                                          HgJob        *job,
                                          GError      **error);

G_END_DECLS

/* hg-pdf-writer.h: a document as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-job.h"

G_BEGIN_DECLS

typedef enum
{
  HG_PDF_A4,        /* A4 pages */
  HG_PDF_A5,        /* A5 pages, for a small handbook */
  HG_PDF_BOOKLET,   /* A5 pages imposed two to a side of A4, to fold */
} HgPdfLayout;

gboolean hg_pdf_write        (const HgDoc  *doc,
                              const char   *path,
                              GError      **error);
gboolean hg_pdf_write_layout (const HgDoc  *doc,
                              HgPdfLayout   layout,
                              const char   *path,
                              GError      **error);
gboolean hg_pdf_write_job    (const HgDoc  *doc,
                              HgPdfLayout   layout,
                              const char   *path,
                              HgJob        *job,
                              GError      **error);

G_END_DECLS

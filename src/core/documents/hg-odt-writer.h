/* hg-odt-writer.h: a document as an OpenDocument text file (.odt)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-doc.h"
#include "hg-job.h"

G_BEGIN_DECLS

/* An ODF 1.3 text document of @doc, laid out as the Word file is (see
 * hg-docx-writer.h): title page with the revision history, contents,
 * body, header and page numbers, A4. Written to a temporary file (mode
 * 0600) beside @path and renamed over it, so a failed export leaves @path
 * as it was. */
gboolean hg_odt_write     (const HgDoc  *doc,
                           const char   *path,
                           GError      **error);
gboolean hg_odt_write_job (const HgDoc  *doc,
                           const char   *path,
                           HgJob        *job,
                           GError      **error);

G_END_DECLS

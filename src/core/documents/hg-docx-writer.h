/* hg-docx-writer.h: a document as a Word file (.docx)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-doc.h"
#include "hg-job.h"

G_BEGIN_DECLS

/* A WordprocessingML package of @doc: a title page with the revision
 * history, the contents, then the body, with the company and the title in
 * the page header and page numbers in the footer, on A4. Written to a
 * temporary file (mode 0600) beside @path and renamed over it, so a failed
 * export leaves @path as it was. */
gboolean hg_docx_write     (const HgDoc  *doc,
                            const char   *path,
                            GError      **error);
gboolean hg_docx_write_job (const HgDoc  *doc,
                            const char   *path,
                            HgJob        *job,
                            GError      **error);

G_END_DECLS

/* hg-pdf-writer.h: a document as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"

G_BEGIN_DECLS

gboolean hg_pdf_write (const HgDoc  *doc,
                       const char   *path,
                       GError      **error);

G_END_DECLS

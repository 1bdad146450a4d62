/* hg-html-writer.h: a document as one self-contained web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-doc.h"
#include "hg-job.h"

G_BEGIN_DECLS

/* @doc as an HTML5 page in Japanese: title, revision history, contents
 * linked to every chapter and section, then the body. Styles are inline
 * and made for the screen and for print; there are no scripts and nothing
 * is loaded from elsewhere, so the file can be mailed or put on an
 * intranet as it is. Everything from @doc is escaped. */
char     *hg_html_render (const HgDoc  *doc);
/* hg_html_render() into a temporary file (mode 0600) beside @path,
 * renamed over it, so a failed export leaves @path as it was. */
gboolean  hg_html_write  (const HgDoc  *doc,
                          const char   *path,
                          GError      **error);
gboolean  hg_html_write_job (const HgDoc  *doc,
                             const char   *path,
                             HgJob        *job,
                             GError      **error);

G_END_DECLS

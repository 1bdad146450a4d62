/* hg-doc-export.h: save a document in a chosen format, with a file chooser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-doc.h"
#include "hg-doc-writer.h"

G_BEGIN_DECLS

void     hg_doc_export_run     (GtkWidget    *widget,
                                const HgDoc  *doc,
                                HgDocFormat   format,
                                const char   *action_name);
void     hg_doc_export_start   (GtkWidget    *widget,
                                const HgDoc  *doc,
                                HgDocFormat   format,
                                const char   *path,
                                const char   *action_name);
gboolean hg_doc_export_to_path (GtkWidget    *widget,
                                const HgDoc  *doc,
                                HgDocFormat   format,
                                const char   *path);

G_END_DECLS

/* hg-versions-window.h: a document's approved versions, and what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-pack.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_VERSIONS_WINDOW (hg_versions_window_get_type ())

G_DECLARE_FINAL_TYPE (HgVersionsWindow, hg_versions_window, HG, VERSIONS_WINDOW, AdwWindow)

GtkWidget *hg_versions_window_new          (HgWorkbook       *workbook,
                                            HgPack           *pack,
                                            const char       *document_id);
void       hg_versions_window_compare      (HgVersionsWindow *self,
                                            guint             from,
                                            guint             to);
char      *hg_versions_window_get_summary  (HgVersionsWindow *self);
char      *hg_versions_window_get_text     (HgVersionsWindow *self);

G_END_DECLS

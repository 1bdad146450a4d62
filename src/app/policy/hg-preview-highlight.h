/* hg-preview-highlight.h: show the reader what an edit changed in a preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The name of the tag on the changed paragraphs while they are marked. */
#define HG_PREVIEW_CHANGED_TAG "changed"

void hg_preview_highlight (GtkTextView  *view,
                           const GArray *ranges);

G_END_DECLS

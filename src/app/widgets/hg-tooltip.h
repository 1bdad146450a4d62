/* hg-tooltip.h: tooltips sized for Japanese text, and kept off open menus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hg_tooltip_install    (void);
void hg_tooltip_set_markup (GtkTooltip *tooltip,
                            const char *markup);
void hg_tooltip_set_text   (GtkTooltip *tooltip,
                            const char *text);

G_END_DECLS

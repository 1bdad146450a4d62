/* hg-a11y.h: accessible names GTK 4.8 gets wrong, mended for every widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  hg_a11y_install        (void);
void  hg_a11y_mend           (GtkWidget  *widget);
char *hg_a11y_strip_mnemonic (const char *label);

G_END_DECLS

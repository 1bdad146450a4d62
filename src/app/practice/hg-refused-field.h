/* hg-refused-field.h: marking the row of the field a refused save names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Marks (the "error" style class) and focuses each of @rows whose title
 * is the field @message names ("Field: problem", hg_error_invalid_field());
 * returns whether one was. */
gboolean hg_refused_field_mark (GtkWidget * const *rows,
                                guint              n_rows,
                                const char        *message);

G_END_DECLS

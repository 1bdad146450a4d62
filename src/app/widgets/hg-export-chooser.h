/* hg-export-chooser.h: asking where to export a register, and saying how
 * it went
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*HgExportChosen) (GtkWidget  *owner,
                                const char *path);

/* Shows a save chooser over @owner's window titled @title, offering
 * @file_name and files ending in @extension ("xlsx", "csv", "ics"); calls
 * @chosen with the path when one is accepted. While one is shown for
 * @owner, another call does nothing. */
void     hg_export_chooser_run    (GtkWidget      *owner,
                                   const char     *title,
                                   const char     *file_name,
                                   const char     *extension,
                                   HgExportChosen  chosen);
/* "Exported to FILE" in a toast when @error is NULL, else the error over
 * @owner's window; returns whether it was written. */
gboolean hg_export_chooser_report (GtkWidget      *owner,
                                   const char     *path,
                                   const GError   *error);

G_END_DECLS

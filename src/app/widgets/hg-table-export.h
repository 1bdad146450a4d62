/* hg-table-export.h: a register written to a file the user chooses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Writes the register of @widget to @path; FALSE with @error set when it
 * could not. */
typedef gboolean (*HgTableExportFunc) (GtkWidget   *widget,
                                       const char  *path,
                                       GError     **error);

/* Asks where to save, offering @file_name (its extension as the filter),
 * then writes with hg_table_export_write(). One chooser at a time for
 * @widget: a second call while it is open does nothing. */
void     hg_table_export_choose (GtkWidget         *widget,
                                 const char        *title,
                                 const char        *file_name,
                                 HgTableExportFunc  func);
/* Writes with @func and says how it went: a toast with the file's name,
 * or an error dialog. What the chooser does once a file is chosen; the
 * tests call it with their own path. */
gboolean hg_table_export_write  (GtkWidget         *widget,
                                 const char        *path,
                                 HgTableExportFunc  func);

G_END_DECLS

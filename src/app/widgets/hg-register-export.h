/* hg-register-export.h: a register's Export menu (Excel or CSV): the file
 * asked for, the file written, a toast or an error dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Writes the register of @widget to @path; FALSE with @error set when it
 * could not. */
typedef gboolean (*HgRegisterExportFunc) (GtkWidget   *widget,
                                          const char  *path,
                                          GError     **error);

/* Runs @func for @path, then says "Exported to FILE" in a toast or shows
 * the error over @widget's window. */
gboolean hg_register_export_run (GtkWidget            *widget,
                                 const char           *path,
                                 HgRegisterExportFunc  func);
/* Asks where to write (@format "xlsx", "csv" or "ics", the name offered
 * @file_stem.@format) with @title, then hg_register_export_run(). One
 * chooser at a time for @widget: a call while it is open does nothing. */
void     hg_register_export_ask (GtkWidget            *widget,
                                 const char           *title,
                                 const char           *file_stem,
                                 const char           *format,
                                 HgRegisterExportFunc  func);

G_END_DECLS

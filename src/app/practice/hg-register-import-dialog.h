/* hg-register-import-dialog.h: a sheet read into a register (contacts,
 * services, carry-out log), its preview and Import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"

G_BEGIN_DECLS

#define HG_TYPE_REGISTER_IMPORT_DIALOG (hg_register_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgRegisterImportDialog, hg_register_import_dialog, HG,
                      REGISTER_IMPORT_DIALOG, AdwWindow)

/* @register_id: "contacts", "services" or "carryout" (hg-register-imports.h). */
GtkWidget  *hg_register_import_dialog_new       (HgSession              *session,
                                                 const char             *register_id,
                                                 const char             *path);
/* "reading", "failed" or "preview": what the dialog shows. */
const char *hg_register_import_dialog_get_state (HgRegisterImportDialog *self);
gboolean    hg_register_import_dialog_apply     (HgRegisterImportDialog *self);
GtkWidget  *hg_register_import_dialog_open      (GtkWidget              *parent,
                                                 HgSession              *session,
                                                 const char             *register_id,
                                                 const char             *path);
void        hg_register_import_dialog_choose    (GtkWidget              *parent,
                                                 HgSession              *session,
                                                 const char             *register_id);

G_END_DECLS

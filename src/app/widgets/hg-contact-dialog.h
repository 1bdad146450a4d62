/* hg-contact-dialog.h: add or edit a contact outside the company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-contact.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_CONTACT_DIALOG (hg_contact_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgContactDialog, hg_contact_dialog, HG, CONTACT_DIALOG, AdwMessageDialog)

GtkWidget *hg_contact_dialog_new      (HgWorkbook      *workbook,
                                       gint64           contact_id);
void       hg_contact_dialog_set_text (HgContactDialog *self,
                                       HgContactField   field,
                                       const char      *text);
gboolean   hg_contact_dialog_save     (HgContactDialog *self);

G_END_DECLS

/* hg-publish-dialog.h: record where and when the basic policy was published
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"

G_BEGIN_DECLS

#define HG_TYPE_PUBLISH_DIALOG (hg_publish_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgPublishDialog, hg_publish_dialog, HG, PUBLISH_DIALOG, AdwMessageDialog)

GtkWidget *hg_publish_dialog_new  (HgSession       *session);
void       hg_publish_dialog_fill (HgPublishDialog *self,
                                   const char      *place,
                                   const char      *date);
gboolean   hg_publish_dialog_save (HgPublishDialog *self);

G_END_DECLS

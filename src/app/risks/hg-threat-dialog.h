/* hg-threat-dialog.h: add a threat to a medium, or rename one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HG_TYPE_THREAT_DIALOG (hg_threat_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgThreatDialog, hg_threat_dialog, HG, THREAT_DIALOG, AdwMessageDialog)

gint64      hg_threat_dialog_get_medium_id   (HgThreatDialog *self);
gint64      hg_threat_dialog_get_threat_id   (HgThreatDialog *self);
const char *hg_threat_dialog_get_name        (HgThreatDialog *self);
const char *hg_threat_dialog_get_description (HgThreatDialog *self);

G_END_DECLS

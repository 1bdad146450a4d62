/* hg-threat-links-dialog.h: which measures counter a threat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-risk-sheet.h"

G_BEGIN_DECLS

#define HG_TYPE_THREAT_LINKS_DIALOG (hg_threat_links_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgThreatLinksDialog, hg_threat_links_dialog, HG, THREAT_LINKS_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_threat_links_dialog_new   (HgRiskSheet         *sheet,
                                         gint64               threat_id);
void       hg_threat_links_dialog_check (HgThreatLinksDialog *self,
                                         const char          *control_key,
                                         gboolean             linked);
gboolean   hg_threat_links_dialog_apply (HgThreatLinksDialog *self);

G_END_DECLS

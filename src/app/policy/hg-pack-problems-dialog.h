/* hg-pack-problems-dialog.h: why a template pack cannot be used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HG_TYPE_PACK_PROBLEMS_DIALOG (hg_pack_problems_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgPackProblemsDialog, hg_pack_problems_dialog, HG, PACK_PROBLEMS_DIALOG,
                      AdwMessageDialog)

GtkWidget *hg_pack_problems_dialog_new (const char *path,
                                        GPtrArray  *problems,
                                        const char *message);

G_END_DECLS

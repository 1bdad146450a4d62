/* hg-suggest-dialog.h: the answers the workbook suggests for a framework,
 * each with its reason, accepted one by one or all at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_SUGGEST_DIALOG (hg_suggest_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgSuggestDialog, hg_suggest_dialog, HG, SUGGEST_DIALOG, AdwWindow)

GtkWidget *hg_suggest_dialog_new (HgWorkbook *workbook,
                                  const char *framework_id);

G_END_DECLS

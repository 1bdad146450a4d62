/* hg-list-dialog.h: editing the register's small lists (media, labels)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_LIST_DIALOG_MEDIA,
  HG_LIST_DIALOG_LABELS,
} HgListDialogKind;

#define HG_TYPE_LIST_DIALOG_KIND (hg_list_dialog_kind_get_type ())
GType hg_list_dialog_kind_get_type (void);

#define HG_TYPE_LIST_DIALOG (hg_list_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgListDialog, hg_list_dialog, HG, LIST_DIALOG, AdwWindow)

GtkWidget *hg_list_dialog_new (HgWorkbook       *workbook,
                               HgListDialogKind  kind);

G_END_DECLS

/* hg-pack-chooser.h: File → Open Template Pack…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

void       hg_pack_chooser_run        (GtkWindow   *parent,
                                       HgWorkbook  *workbook);
gboolean   hg_pack_chooser_load_file  (GtkWindow   *parent,
                                       HgWorkbook  *workbook,
                                       const char  *path);

G_END_DECLS

/* hg-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_WINDOW (hg_window_get_type ())

G_DECLARE_FINAL_TYPE (HgWindow, hg_window, HG, WINDOW, AdwApplicationWindow)

HgWindow   *hg_window_new                   (GtkApplication *application);
void        hg_window_open_startup_workbook (HgWindow      *self);
gboolean    hg_window_open_file             (HgWindow      *self,
                                             GFile         *file);
gboolean    hg_window_shows_file            (HgWindow      *self,
                                             GFile         *file);
HgWorkbook *hg_window_get_workbook          (HgWindow      *self);
HgSession  *hg_window_get_session           (HgWindow      *self);
void        hg_window_show_page             (HgWindow      *self,
                                             const char    *name);
const char *hg_window_get_visible_page      (HgWindow      *self);
void        hg_window_flush                 (HgWindow      *self);
/* What the desktop notification said when the workbook opened (sent only
 * when something was overdue); NULL when nothing was. */
const char *hg_window_get_overdue_notice    (HgWindow      *self);

G_END_DECLS

/* hg-assets-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-asset-files.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_ASSETS_PAGE (hg_assets_page_get_type ())

G_DECLARE_FINAL_TYPE (HgAssetsPage, hg_assets_page, HG, ASSETS_PAGE, AdwBin)

void        hg_assets_page_set_workbook   (HgAssetsPage *self,
                                           HgWorkbook   *workbook);
void        hg_assets_page_set_search     (HgAssetsPage *self,
                                           const char   *text);
void        hg_assets_page_set_department_filter (HgAssetsPage *self,
                                                  gint64        department_id);
guint       hg_assets_page_get_n_shown    (HgAssetsPage *self);
guint       hg_assets_page_get_n_total    (HgAssetsPage *self);
gboolean    hg_assets_page_is_loading     (HgAssetsPage *self);
const char *hg_assets_page_get_status     (HgAssetsPage *self);
GtkScrolledWindow *hg_assets_page_get_scrolled_window (HgAssetsPage *self);
void        hg_assets_page_sort_by        (HgAssetsPage *self,
                                           int           column,
                                           gboolean      descending);
void        hg_assets_page_select_all     (HgAssetsPage *self);
GListModel *hg_assets_page_get_shown      (HgAssetsPage *self);
/* What Import and Export do once a file is chosen: the reading, checking
 * or writing runs in a thread, shown in the window's task bar. */
void        hg_assets_page_start_import   (HgAssetsPage      *self,
                                           const char        *path);
void        hg_assets_page_start_export   (HgAssetsPage      *self,
                                           HgAssetFileFormat  format,
                                           const char        *path);

G_END_DECLS

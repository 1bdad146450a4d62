/* hg-risks-page.h: リスク分析 — threats, measures, risks and the diagnosis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_RISKS_PAGE (hg_risks_page_get_type ())

G_DECLARE_FINAL_TYPE (HgRisksPage, hg_risks_page, HG, RISKS_PAGE, HgPage)

HgRiskSheet *hg_risks_page_get_sheet     (HgRisksPage *self);
GListModel  *hg_risks_page_get_shown     (HgRisksPage *self);
void         hg_risks_page_show_cell     (HgRisksPage *self,
                                          guint        importance,
                                          guint        damage);
guint        hg_risks_page_get_cell_count (HgRisksPage *self,
                                           guint        importance,
                                           guint        damage);
void         hg_risks_page_show_view     (HgRisksPage *self,
                                          const char  *name);
GtkWidget   *hg_risks_page_get_controls_view (HgRisksPage *self);
gboolean     hg_risks_page_export        (HgRisksPage *self,
                                          const char  *format,
                                          const char  *path,
                                          GError     **error);
/* What the Export menu does once a file is chosen: the same in a thread,
 * with its progress and Cancel in the window's task bar. */
void         hg_risks_page_start_export  (HgRisksPage *self,
                                          const char  *format,
                                          const char  *path);

G_END_DECLS

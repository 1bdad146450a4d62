/* hg-employees-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_EMPLOYEES_PAGE (hg_employees_page_get_type ())

G_DECLARE_FINAL_TYPE (HgEmployeesPage, hg_employees_page, HG, EMPLOYEES_PAGE, HgPage)

void        hg_employees_page_show_view    (HgEmployeesPage *self,
                                            const char      *view);
guint       hg_employees_page_get_n_shown  (HgEmployeesPage *self);
GListModel *hg_employees_page_get_shown    (HgEmployeesPage *self);
void        hg_employees_page_select_all   (HgEmployeesPage *self);
void        hg_employees_page_start_import (HgEmployeesPage *self,
                                            const char      *path);
HgDoc      *hg_employees_page_get_handbook (HgEmployeesPage *self,
                                            GError         **error);

G_END_DECLS

/* hg-contacts-group.h: the list of contacts outside the company, on the
 * company page and the 連絡先 tab of the 運用 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_CONTACTS_GROUP (hg_contacts_group_get_type ())

G_DECLARE_FINAL_TYPE (HgContactsGroup, hg_contacts_group, HG, CONTACTS_GROUP,
                      AdwPreferencesGroup)

void hg_contacts_group_set_workbook (HgContactsGroup *self,
                                     HgWorkbook      *workbook);

G_END_DECLS

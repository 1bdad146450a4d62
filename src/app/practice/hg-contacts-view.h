/* hg-contacts-view.h: whom to call (連絡先): the company's roles and the
 * contacts outside it, a tab of the 運用 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_CONTACTS_VIEW (hg_contacts_view_get_type ())

G_DECLARE_FINAL_TYPE (HgContactsView, hg_contacts_view, HG, CONTACTS_VIEW, HgPage)

/* Writes the roles and the contacts to @path (.xlsx or .csv) as the
 * Export menu does, with a toast or an error dialog. */
gboolean hg_contacts_view_export (HgContactsView *self,
                                  const char     *path);

G_END_DECLS

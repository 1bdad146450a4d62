/* hg-page.h: a page of the window: shows one session, catches up when shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"

G_BEGIN_DECLS

#define HG_TYPE_PAGE (hg_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (HgPage, hg_page, HG, PAGE, AdwBin)

struct _HgPageClass
{
  AdwBinClass parent_class;

  /* The session is now hg_page_get_session() (maybe NULL): let go of what
   * came from the previous one and connect to the new one's signals, with
   * the page as their data (the previous session's handlers with the page
   * as data are already gone). A refresh follows. */
  void (*session_changed) (HgPage *self);
  /* Brings what the page shows up to date with its session. */
  void (*refresh)         (HgPage *self);
};

HgSession *hg_page_get_session   (HgPage    *self);
void       hg_page_set_session   (HgPage    *self,
                                  HgSession *session);
void       hg_page_queue_refresh (HgPage    *self);

G_END_DECLS

/* hg-overdue-notice.h: the desktop notification sent once when a workbook
 * opens with something overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-session.h"

G_BEGIN_DECLS

/* Sends the notice hg_practice_status_notice() decides on for @session
 * today, through @application when it is registered on a session bus (a
 * test's may not be); returns its text, NULL when nothing is overdue. */
char *hg_overdue_notice_send (GApplication *application,
                              HgSession    *session);

G_END_DECLS

/* hg-overdue-notice.c
 *
 * What the notification says is the core's decision
 * (hg_practice_status_notice()); this only sends it. One id for every
 * workbook, so that a second workbook opened replaces the first one's
 * notice rather than piling up beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-duty-calendar.h"
#include "hg-overdue-notice.h"
#include "hg-practice-status.h"

#define NOTICE_ID "overdue"

char *
hg_overdue_notice_send (GApplication *application,
                        HgSession    *session)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GError) error = NULL;
  char *text;
  GDate today;

  hg_duty_calendar_today (&today);
  entries = hg_practice_status_compute (hg_session_get_workbook (session),
                                        hg_session_get_pack (session, NULL), &today, now, &error);
  if (entries == NULL)
    {
      g_warning ("Cannot tell what is overdue: %s", error->message);
      return NULL;
    }
  text = hg_practice_status_notice (entries);
  /* Without a session bus there is no desktop to tell (GLib's backends
   * would complain at a connection that is not there). */
  if (text == NULL || application == NULL || !g_application_get_is_registered (application)
      || g_application_get_dbus_connection (application) == NULL)
    return text;
  notification = g_notification_new (_("Something is overdue in the workbook"));
  g_notification_set_body (notification, text);
  /* With no action of its own, clicking it activates the application,
   * which brings its window up. */
  g_application_send_notification (application, NOTICE_ID, notification);
  return text;
}

/* hg-service-day.c
 *
 * One place that knows "today" for the tab and its dialogs, so a test
 * that fixes the tab's day gets the same defaults in every dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-duty-calendar.h"
#include "hg-service-day.h"

void
hg_service_day (const char *fixed,
                GDate      *day)
{
  if (fixed != NULL)
    {
      g_date_clear (day, 1);
      g_date_set_parse (day, fixed);
      if (g_date_valid (day))
        return;
    }
  hg_duty_calendar_today (day);
}

char *
hg_service_day_iso (const char *fixed,
                    guint       years)
{
  GDate day;
  char iso[16];

  hg_service_day (fixed, &day);
  g_date_add_years (&day, years);
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day);
  return g_strdup (iso);
}

/* hg-local-time.c
 *
 * The date part goes through hg_date_parse(), so an incident's times accept
 * the same spellings as every other date of the workbook (eras, slashes,
 * 年月日, full-width digits). The moment is fixed in the local time zone
 * when it is read and stored with its offset: deadlines are counted on
 * the wall clock of the office that noticed the incident, and a workbook
 * read elsewhere still shows the same moment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-local-time"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hg-date.h"
#include "hg-local-time.h"
#include "hg-text.h"

gboolean
hg_local_time_is_stored (const char *text)
{
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL || strlen (text) < 16 || text[10] != 'T')
    return FALSE;
  time = g_date_time_new_from_iso8601 (text, NULL);
  return time != NULL;
}

/* Splits "DATE TIME" where the time is H:MM, H:MM:SS, H時MM分 or H時 at
 * the end. Seconds are what a date-and-time cell of Excel gives under a
 * format that shows them ("2026-12-01 09:00:15", see hg-xlsx-reader.c);
 * they are checked and then dropped, the workbook keeps minutes. */
static gboolean
split_time (const char *normalized,
            char      **date,
            guint      *hour,
            guint      *minute)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(.+?)[\\s\\x{3000}T]*"
                                         "([0-9]{1,2})(?::([0-9]{2})(?::([0-9]{2}))?"
                                         "|時(?:([0-9]{1,2})分)?)$",
                                         G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *h = NULL, *m1 = NULL, *s = NULL, *m2 = NULL;

  if (!g_regex_match (regex, normalized, 0, &match))
    return FALSE;
  *date = g_match_info_fetch (match, 1);
  h = g_match_info_fetch (match, 2);
  m1 = g_match_info_fetch (match, 3);
  s = g_match_info_fetch (match, 4);
  m2 = g_match_info_fetch (match, 5);
  *hour = (guint) atoi (h);
  *minute = (guint) atoi (m1 != NULL && *m1 ? m1 : m2 != NULL && *m2 ? m2 : "0");
  return s == NULL || *s == '\0' || atoi (s) <= 59;
}

GDateTime *
hg_local_time_parse (const char *text)
{
  g_autofree char *normalized = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  guint hour, minute, y, m, d;

  if (text == NULL)
    return NULL;
  if (hg_local_time_is_stored (text))
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, NULL);

      return g_date_time_to_local (time);
    }
  normalized = hg_text_normalize (text);
  if (!split_time (normalized, &date_text, &hour, &minute) || hour > 23 || minute > 59)
    return NULL;
  if (!hg_date_parse (date_text, &iso) || iso[0] == '\0'
      || sscanf (iso, "%u-%u-%u", &y, &m, &d) != 3)
    return NULL;
  zone = g_time_zone_new_local ();
  return g_date_time_new (zone, (int) y, (int) m, (int) d, (int) hour, (int) minute, 0);
}

char *
hg_local_time_store (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%dT%H:%M:00%:z");
}

char *
hg_local_time_format (const char *stored)
{
  g_autoptr(GDateTime) time = NULL;

  if (!hg_local_time_is_stored (stored))
    return g_strdup (stored ? stored : "");
  time = hg_local_time_parse (stored);
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

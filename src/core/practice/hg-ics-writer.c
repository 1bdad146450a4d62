/* hg-ics-writer.c
 *
 * Each duty is one all-day VEVENT with its recurrence as an RRULE, so the
 * calendar application repeats it by itself. The UID is the duty's id and
 * the workbook's random name: importing the file again updates the events
 * instead of adding copies, and another company's plan imported into the
 * same calendar does not replace them.
 * Duties without dates have no event: a calendar cannot show them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-calendar"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hg-company.h"
#include "hg-ics-writer.h"
#include "hg-save-file.h"

#define FOLD_OCTETS 75

char *
hg_ics_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
        g_string_append (out, "\\\\");
        break;
      case ';':
        g_string_append (out, "\\;");
        break;
      case ',':
        g_string_append (out, "\\,");
        break;
      case '\r':
        if (p[1] == '\n')
          p++;
        G_GNUC_FALLTHROUGH;
      case '\n':
        g_string_append (out, "\\n");
        break;
      default:
        g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

void
hg_ics_append_line (GString    *out,
                    const char *line)
{
  gsize octets = 0;

  for (const char *p = line; *p != '\0';)
    {
      const char *next = g_utf8_next_char (p);
      gsize size = next - p;

      /* A continuation line starts with one space, which counts. */
      if (octets + size > FOLD_OCTETS)
        {
          g_string_append (out, "\r\n ");
          octets = 1;
        }
      g_string_append_len (out, p, size);
      octets += size;
      p = next;
    }
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autofree char *escaped = hg_ics_escape (text);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  hg_ics_append_line (out, line);
}

static char *
compact_date (const char *stored)
{
  return g_strdup_printf ("%.4s%.2s%.2s", stored, stored + 5, stored + 8);
}

char *
hg_ics_build (GPtrArray   *duties,
              const char  *workbook_uid,
              const char  *calendar_name,
              const GDate *from,
              GDateTime   *stamp)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (stamp);
  g_autofree char *dtstamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  hg_ics_append_line (out, "BEGIN:VCALENDAR");
  hg_ics_append_line (out, "VERSION:2.0");
  hg_ics_append_line (out, "PRODID:" HG_ICS_PRODID);
  hg_ics_append_line (out, "CALSCALE:GREGORIAN");
  if (calendar_name != NULL && calendar_name[0] != '\0')
    append_property (out, "X-WR-CALNAME", calendar_name);
  for (guint i = 0; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      g_autofree char *rrule = hg_calendar_duty_rrule (duty);
      g_autofree char *first = hg_calendar_duty_next (duty, from);
      g_autofree char *start = NULL;
      g_autofree char *line = NULL;
      g_autofree char *owner = NULL;
      g_autofree char *description = NULL;

      if (rrule == NULL || first == NULL)
        continue;
      start = compact_date (first);
      owner = duty->holder != NULL ? g_strdup_printf ("%s（%s）", duty->role, duty->holder)
                                   : g_strdup (duty->role);
      description = g_strdup_printf ("%s %s\n%s %s", _("Frequency:"), duty->when,
                                     _("Owner:"), owner);
      hg_ics_append_line (out, "BEGIN:VEVENT");
      line = workbook_uid != NULL
             ? g_strdup_printf ("UID:%s.%s@calendar.hinagata", duty->id, workbook_uid)
             : g_strdup_printf ("UID:%s@calendar.hinagata", duty->id);
      hg_ics_append_line (out, line);
      g_free (line);
      line = g_strconcat ("DTSTAMP:", dtstamp, NULL);
      hg_ics_append_line (out, line);
      g_free (line);
      line = g_strconcat ("DTSTART;VALUE=DATE:", start, NULL);
      hg_ics_append_line (out, line);
      g_free (line);
      line = g_strconcat ("RRULE:", rrule, NULL);
      hg_ics_append_line (out, line);
      append_property (out, "SUMMARY", duty->task);
      append_property (out, "DESCRIPTION", description);
      hg_ics_append_line (out, "TRANSP:TRANSPARENT");
      hg_ics_append_line (out, "END:VEVENT");
    }
  hg_ics_append_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}

/* Whether the file at @path may be replaced: it does not exist, or it is
 * a calendar this writer made (its PRODID near the start). */
static gboolean
check_ours (const char  *path,
            GError     **error)
{
  g_autofree char *head = NULL;
  FILE *file = g_fopen (path, "rb");
  gsize length;

  if (file == NULL)
    return TRUE;
  head = g_malloc0 (513);
  length = fread (head, 1, 512, file);
  fclose (file);
  head[length] = '\0';
  if (g_str_has_prefix (head, "BEGIN:VCALENDAR") && strstr (head, "PRODID:" HG_ICS_PRODID))
    return TRUE;
  g_set_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED,
               _("Will not write “%s”: it exists and is not a calendar Hinagata exported; "
                 "choose another name"), path);
  return FALSE;
}

gboolean
hg_ics_write (GPtrArray   *duties,
              const char  *workbook_uid,
              const char  *calendar_name,
              const GDate *from,
              GDateTime   *stamp,
              const char  *path,
              GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(HgSaveFile) file = NULL;

  if (!check_ours (path, error))
    return FALSE;
  file = hg_save_file_new (path, error);
  if (file == NULL)
    return FALSE;
  text = hg_ics_build (duties, workbook_uid, calendar_name, from, stamp);
  return hg_save_file_write (file, text, strlen (text), error)
         && hg_save_file_commit (file, error);
}

gboolean
hg_ics_write_for_workbook (HgWorkbook  *workbook,
                           GPtrArray   *duties,
                           const GDate *from,
                           GDateTime   *stamp,
                           const char  *path,
                           GError     **error)
{
  g_autofree char *company = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  g_autofree char *uid = hg_workbook_dup_uid (workbook);
  /* The calendar's name in the documents' language, as the duties are. */
  g_autofree char *name = g_strdup_printf ("年間計画 %s", company ? company : "");

  return hg_ics_write (duties, uid, g_strstrip (name), from, stamp, path, error);
}

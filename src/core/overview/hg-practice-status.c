/* hg-practice-status.c
 *
 * The overview shows what the 運用 page holds only as far as it asks for
 * something now: the duties of this month not done yet, the duties left
 * undone from before (hg_duty_done_overdue(): the last due date only, none
 * from before the rules took effect) and the incidents not closed. An
 * incident counts as overdue when one of its notification deadlines (the
 * 個人情報保護委員会's 速報 and 確報, a customer's) has passed unsent.
 *
 * The notice on opening is decided here, so that the tests can see what it
 * says without a desktop to show it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-overview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-duty-calendar.h"
#include "hg-duty-done.h"
#include "hg-incident-deadline.h"
#include "hg-incident.h"
#include "hg-practice-status.h"

void
hg_practice_entry_free (HgPracticeEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->title);
  g_free (entry->detail);
  g_free (entry->due);
  g_free (entry);
}

static HgPracticeEntry *
add (GPtrArray           *entries,
     HgPracticeEntryKind  kind,
     const char          *title,
     char                *detail,
     gboolean             overdue)
{
  HgPracticeEntry *entry = g_new0 (HgPracticeEntry, 1);

  entry->kind = kind;
  entry->title = g_strdup (title);
  entry->detail = detail;
  entry->overdue = overdue;
  g_ptr_array_add (entries, entry);
  return entry;
}

static char *
duty_detail (const HgCalendarDuty *duty,
             const char           *due)
{
  const char *owner = duty->holder != NULL ? duty->holder : duty->role;

  /* Translators: a duty on the overview: its due date and who does it,
   * e.g. "Due 2026-12-31 · 鈴木 浩" */
  return g_strdup_printf (_("Due %s · %s"), due, owner);
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const HgPracticeEntry *x = *(HgPracticeEntry * const *) a, *y = *(HgPracticeEntry * const *) b;

  return strcmp (x->due, y->due);
}

static gboolean
add_duties (GPtrArray   *entries,
            HgWorkbook  *workbook,
            HgPack      *pack,
            const GDate *today,
            GError     **error)
{
  g_autoptr(GPtrArray) duties = hg_duty_calendar_list (workbook, pack, error);
  g_autoptr(GHashTable) records = NULL;
  g_autoptr(GHashTable) overdue = NULL;
  g_autoptr(GPtrArray) month = NULL;
  GDate since, first, last;

  if (duties == NULL || (records = hg_duty_done_load (workbook, error)) == NULL)
    return FALSE;
  hg_duty_calendar_get_start (workbook, pack, &since);
  overdue = hg_duty_done_overdue (duties, records, today, &since);
  for (guint i = 0; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      const char *due = g_hash_table_lookup (overdue, duty->id);

      if (due != NULL)
        add (entries, HG_PRACTICE_ENTRY_OVERDUE, duty->task, duty_detail (duty, due),
             TRUE)->due = g_strdup (due);
    }

  /* The rest of this month, by date (the sort is stable: the rules'
   * order within a day). */
  first = *today;
  last = *today;
  g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (today),
                                                   g_date_get_year (today)));
  month = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_practice_entry_free);
  for (guint i = 0; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      g_autoptr(GPtrArray) dates = hg_calendar_duty_dates (duty, &first, &last);

      for (guint d = 0; d < dates->len; d++)
        {
          const char *due = g_ptr_array_index (dates, d);

          if (hg_duty_done_state (records, duty->id, due, today) == HG_DUTY_STATE_OPEN)
            add (month, HG_PRACTICE_ENTRY_DUE, duty->task, duty_detail (duty, due),
                 FALSE)->due = g_strdup (due);
        }
    }
  g_ptr_array_sort (month, compare_due);
  g_ptr_array_extend_and_steal (entries, g_steal_pointer (&month));
  return TRUE;
}

static gboolean
add_incidents (GPtrArray   *entries,
               HgWorkbook  *workbook,
               GDateTime   *now,
               GError     **error)
{
  g_autoptr(GPtrArray) incidents = hg_incident_list (workbook, error);

  if (incidents == NULL)
    return FALSE;
  for (guint i = 0; i < incidents->len; i++)
    {
      const HgIncident *incident = g_ptr_array_index (incidents, i);
      g_autoptr(GPtrArray) deadlines = NULL;
      HgIncidentDeadline *next;
      gboolean late = FALSE;
      char *detail;

      if (!hg_incident_is_open (incident))
        continue;
      deadlines = hg_incident_deadlines (incident, now);
      for (guint d = 0; d < deadlines->len; d++)
        late |= ((HgIncidentDeadline *) g_ptr_array_index (deadlines, d))->state
                == HG_INCIDENT_DEADLINE_OVERDUE;
      next = hg_incident_deadlines_next (deadlines);
      if (next != NULL)
        {
          g_autofree char *when = hg_incident_deadline_describe (next, now);

          /* Translators: an incident on the overview: its status, then its
           * next notification deadline */
          detail = g_strdup_printf (_("%s · %s"),
                                    hg_incident_step_get_label (hg_incident_get_status (incident)),
                                    when);
        }
      else
        detail = g_strdup (hg_incident_step_get_label (hg_incident_get_status (incident)));
      add (entries, HG_PRACTICE_ENTRY_INCIDENT, incident->title, detail, late);
    }
  return TRUE;
}

GPtrArray *
hg_practice_status_compute (HgWorkbook   *workbook,
                            HgPack       *pack,
                            const GDate  *today,
                            GDateTime    *now,
                            GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_practice_entry_free);
  if (pack != NULL && !add_duties (entries, workbook, pack, today, error))
    return NULL;
  if (!add_incidents (entries, workbook, now, error))
    return NULL;
  return g_steal_pointer (&entries);
}

char *
hg_practice_status_notice (GPtrArray *entries)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint duties = 0, incidents = 0;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const HgPracticeEntry *entry = g_ptr_array_index (entries, i);

      if (entry->overdue && entry->kind == HG_PRACTICE_ENTRY_INCIDENT)
        incidents++;
      else if (entry->overdue)
        duties++;
    }
  if (duties == 0 && incidents == 0)
    return NULL;
  if (duties > 0)
    g_string_append_printf (text, ngettext ("%u duty is overdue.", "%u duties are overdue.",
                                            duties), duties);
  if (duties > 0 && incidents > 0)
    g_string_append (text, " ");
  if (incidents > 0)
    g_string_append_printf (text, ngettext ("%u incident has a notification overdue.",
                                            "%u incidents have a notification overdue.",
                                            incidents), incidents);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

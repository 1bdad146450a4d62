/* hg-incident-deadline.c
 *
 * Days are added on the local calendar (g_date_time_add_days() on a local
 * time), so "5 days" from 23:30 on 29 December is 23:30 on 3 January,
 * whatever month or year it crosses. Nothing here reads the clock: the
 * caller passes @now, which is how the tests fix it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-incident-deadline.h"
#include "hg-local-time.h"

#define PPC_NAME "個人情報保護委員会"

void
hg_incident_deadline_free (HgIncidentDeadline *deadline)
{
  if (deadline == NULL)
    return;
  g_free (deadline->recipient);
  g_clear_pointer (&deadline->due, g_date_time_unref);
  g_clear_pointer (&deadline->target, g_date_time_unref);
  g_free (deadline->sent);
  g_free (deadline);
}

static HgIncidentDeadline *
deadline_new (HgIncidentNoticeKind  kind,
              const char           *recipient,
              GDateTime            *due,
              GDateTime            *now)
{
  HgIncidentDeadline *deadline = g_new0 (HgIncidentDeadline, 1);

  deadline->kind = kind;
  deadline->recipient = g_strdup (recipient);
  deadline->due = due;
  deadline->state = g_date_time_compare (now, due) > 0 ? HG_INCIDENT_DEADLINE_OVERDUE
                                                       : HG_INCIDENT_DEADLINE_PENDING;
  return deadline;
}

static void
mark_sent (HgIncidentDeadline     *deadline,
           const HgIncidentNotice *notice)
{
  deadline->notice_id = notice->id;
  if (notice->sent != NULL)
    {
      deadline->sent = g_strdup (notice->sent);
      deadline->state = HG_INCIDENT_DEADLINE_DONE;
    }
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const HgIncidentDeadline *x = *(HgIncidentDeadline * const *) a;
  const HgIncidentDeadline *y = *(HgIncidentDeadline * const *) b;

  return g_date_time_compare (x->due, y->due);
}

GPtrArray *
hg_incident_deadlines (const HgIncident *incident,
                       GDateTime        *now)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_incident_deadline_free);
  g_autoptr(GDateTime) detected = hg_local_time_parse (incident->detected);
  HgIncidentDeadline *prompt = NULL, *final = NULL;

  if (detected == NULL)
    return list;
  if (incident->personal_data)
    {
      guint final_days = incident->kind == HG_INCIDENT_KIND_INCIDENT
                         ? HG_INCIDENT_PPC_FINAL_ON_PURPOSE_DAYS : HG_INCIDENT_PPC_FINAL_DAYS;

      prompt = deadline_new (HG_INCIDENT_NOTICE_PPC_PROMPT, PPC_NAME,
                             g_date_time_add_days (detected, HG_INCIDENT_PPC_PROMPT_DUE_DAYS), now);
      prompt->target = g_date_time_add_days (detected, HG_INCIDENT_PPC_PROMPT_TARGET_DAYS);
      final = deadline_new (HG_INCIDENT_NOTICE_PPC_FINAL, PPC_NAME,
                            g_date_time_add_days (detected, (int) final_days), now);
      g_ptr_array_add (list, prompt);
      g_ptr_array_add (list, final);
    }
  for (guint i = 0; i < incident->notices->len; i++)
    {
      HgIncidentNotice *notice = g_ptr_array_index (incident->notices, i);
      HgIncidentDeadline *deadline;

      if (notice->kind == HG_INCIDENT_NOTICE_PPC_PROMPT || notice->kind == HG_INCIDENT_NOTICE_PPC_FINAL)
        {
          /* A report recorded after the leak was found not to touch
           * personal information after all still shows, as done. */
          deadline = notice->kind == HG_INCIDENT_NOTICE_PPC_PROMPT ? prompt : final;
          if (deadline == NULL)
            {
              if (notice->sent == NULL)
                continue;
              deadline = deadline_new (notice->kind, PPC_NAME, g_date_time_ref (detected), now);
              g_ptr_array_add (list, deadline);
            }
          mark_sent (deadline, notice);
          continue;
        }
      deadline = deadline_new (notice->kind, notice->recipient,
                               notice->in_days ? g_date_time_add_days (detected, (int) notice->within)
                                               : g_date_time_add_hours (detected, (int) notice->within),
                               now);
      mark_sent (deadline, notice);
      g_ptr_array_add (list, deadline);
    }
  g_ptr_array_sort (list, compare_due);
  return list;
}

HgIncidentDeadline *
hg_incident_deadlines_next (GPtrArray *deadlines)
{
  for (guint i = 0; i < deadlines->len; i++)
    {
      HgIncidentDeadline *deadline = g_ptr_array_index (deadlines, i);

      if (deadline->state != HG_INCIDENT_DEADLINE_DONE)
        return deadline;
    }
  return NULL;
}

/* "2 days 5 hours", "5 hours", "40 minutes". */
static char *
span_text (GTimeSpan span)
{
  gint64 minutes = span / G_TIME_SPAN_MINUTE;
  gint64 days = minutes / (60 * 24);
  gint64 hours = (minutes / 60) % 24;

  if (days > 0 && hours > 0)
    {
      g_autofree char *d = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", (gulong) days), (int) days);
      g_autofree char *h = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", (gulong) hours), (int) hours);

      /* Translators: a span of time, e.g. "2 days 5 hours" */
      return g_strdup_printf (_("%s %s"), d, h);
    }
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", (gulong) days), (int) days);
  if (hours > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", (gulong) hours), (int) hours);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", (gulong) minutes),
                          (int) minutes);
}

char *
hg_incident_deadline_describe (const HgIncidentDeadline *deadline,
                               GDateTime                *now)
{
  g_autofree char *span = NULL;

  if (deadline->state == HG_INCIDENT_DEADLINE_DONE)
    {
      g_autofree char *sent = hg_local_time_format (deadline->sent);

      /* Translators: %s is a date and time, e.g. "2026-12-30 10:00" */
      return g_strdup_printf (_("done %s"), sent);
    }
  if (g_date_time_compare (now, deadline->due) > 0)
    {
      span = span_text (g_date_time_difference (now, deadline->due));
      /* Translators: %s is a span of time, e.g. "2 days 5 hours" */
      return g_strdup_printf (_("%s overdue"), span);
    }
  if (deadline->target != NULL && g_date_time_compare (now, deadline->target) <= 0)
    {
      span = span_text (g_date_time_difference (deadline->target, now));
      /* Translators: %s is a span of time; the 速報 to the PPC aims at 3 days, is due at 5 */
      return g_strdup_printf (_("target in %s"), span);
    }
  span = span_text (g_date_time_difference (deadline->due, now));
  /* Translators: %s is a span of time, e.g. "2 days 5 hours" */
  return g_strdup_printf (_("due in %s"), span);
}

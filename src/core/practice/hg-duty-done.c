/* hg-duty-done.c
 *
 * A record settles one due date of one duty, by default the one of the
 * period it was done in. Only the last due date
 * before today counts as overdue: a check missed in March and done in
 * April is not owed twice, and a workbook opened for the first time does
 * not show a year of missed weeks.
 *
 * Everything is checked before the transaction starts, so a refused
 * record leaves no undo step behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-duty-done.h"
#include "hg-error.h"
#include "hg-text.h"

void
hg_duty_done_free (HgDutyDone *done)
{
  if (done == NULL)
    return;
  g_free (done->duty);
  g_free (done->due);
  g_free (done->done);
  g_free (done->person);
  g_free (done->note);
  g_free (done);
}

char *
hg_duty_done_key (const char *duty,
                  const char *due)
{
  return g_strconcat (duty, " ", due, NULL);
}

GHashTable *
hg_duty_done_load (HgWorkbook  *workbook,
                   GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) records = NULL;
  int rc;

  stmt = hg_db_prepare (db, "SELECT duty, due, done, person, note FROM duty_done", error);
  if (stmt == NULL)
    return NULL;
  records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) hg_duty_done_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgDutyDone *done = g_new0 (HgDutyDone, 1);

      done->duty = hg_db_column_dup (stmt, 0);
      done->due = hg_db_column_dup (stmt, 1);
      done->done = hg_db_column_dup (stmt, 2);
      done->person = hg_db_column_dup (stmt, 3);
      done->note = hg_db_column_dup (stmt, 4);
      g_hash_table_insert (records, hg_duty_done_key (done->duty, done->due), done);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "reading the done records");
      return NULL;
    }
  return g_steal_pointer (&records);
}

static gboolean
read_date (const char *stored,
           GDate      *date)
{
  g_date_clear (date, 1);
  if (stored == NULL || !hg_date_is_stored (stored))
    return FALSE;
  g_date_set_parse (date, stored);
  return g_date_valid (date);
}

HgDutyState
hg_duty_done_state (GHashTable  *records,
                    const char  *duty,
                    const char  *due,
                    const GDate *today)
{
  g_autofree char *key = hg_duty_done_key (duty, due);
  g_autofree char *now = hg_duty_calendar_store_date (today);

  if (g_hash_table_contains (records, key))
    return HG_DUTY_STATE_DONE;
  return strcmp (due, now) < 0 ? HG_DUTY_STATE_OVERDUE : HG_DUTY_STATE_OPEN;
}

const char *
hg_duty_state_get_label (HgDutyState state)
{
  switch (state)
    {
    case HG_DUTY_STATE_OVERDUE:
      return _("Overdue");
    case HG_DUTY_STATE_DONE:
      return _("Done");
    case HG_DUTY_STATE_OPEN:
    default:
      return _("Due");
    }
}

char *
hg_duty_done_pick_due (const HgCalendarDuty *duty,
                       GHashTable           *records,
                       const GDate          *date)
{
  GDate day = *date;

  /* A year ahead at most: done early for every due date after that is no
   * record anyone means to make. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *due = hg_calendar_duty_next (duty, &day);
      g_autofree char *key = NULL;

      if (due == NULL)
        return NULL;
      key = hg_duty_done_key (duty->id, due);
      if (!g_hash_table_contains (records, key))
        return g_steal_pointer (&due);
      g_date_set_parse (&day, due);
      g_date_add_days (&day, 1);
    }
  return NULL;
}

typedef struct
{
  const char *duty, *due, *done;
  char       *person, *note;
} RecordData;

static gboolean
record_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  RecordData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "INSERT INTO duty_done (duty, due, done, person, note) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data->duty, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, data->due, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, data->done, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, data->person, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, data->note, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_duty_done_record (HgWorkbook           *workbook,
                     const HgCalendarDuty *duty,
                     const char           *due,
                     const char           *done,
                     const char           *person,
                     const char           *note,
                     const GDate          *today,
                     GError              **error)
{
  g_autoptr(GHashTable) records = NULL;
  g_autofree char *key = NULL;
  g_autofree char *now = NULL;
  g_autofree char *label = NULL;
  RecordData data = { duty->id, due, done, NULL, NULL };
  const char *problem;
  g_autoptr(GPtrArray) dates = NULL;
  GDate due_date, done_date;
  gboolean ok;

  if (read_date (due, &due_date))
    dates = hg_calendar_duty_dates (duty, &due_date, &due_date);
  if (dates == NULL || dates->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a due date of this duty"),
                                                  due ? due : "");

      return hg_error_invalid_field (error, _("Due date"), message);
    }
  if (!read_date (done, &done_date))
    return hg_error_invalid_field (error, _("Done on"),
                                   _("Enter the date it was done, e.g. 2026-12-28"));
  now = hg_duty_calendar_store_date (today);
  if (strcmp (done, now) > 0)
    return hg_error_invalid_field (error, _("Done on"),
                                   _("A duty cannot be recorded as done on a day still to come"));
  data.person = hg_text_normalize (person ? person : "");
  data.note = hg_text_normalize (note ? note : "");
  if ((problem = hg_text_check (data.person, HG_DUTY_PERSON_MAX, HG_TEXT_REQUIRED)) != NULL)
    ok = hg_error_invalid_field (error, _("Done by"), problem);
  else if ((problem = hg_text_check (data.note, HG_DUTY_NOTE_MAX, HG_TEXT_MULTILINE)) != NULL)
    ok = hg_error_invalid_field (error, _("Note"), problem);
  else if ((records = hg_duty_done_load (workbook, error)) == NULL)
    ok = FALSE;
  else if (g_hash_table_contains (records, key = hg_duty_done_key (duty->id, due)))
    {
      g_autofree char *message = g_strdup_printf (_("Done already for %s"), due);

      ok = hg_error_invalid_field (error, _("Due date"), message);
    }
  else
    {
      label = g_strdup_printf (_("Record “%s” done"), duty->id);
      ok = hg_workbook_edit (workbook, label, record_cb, &data, error);
    }
  g_free (data.person);
  g_free (data.note);
  return ok;
}

GHashTable *
hg_duty_done_overdue (GPtrArray   *duties,
                      GHashTable  *records,
                      const GDate *today,
                      const GDate *since)
{
  GHashTable *overdue = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *start = NULL;

  if (since != NULL && g_date_valid (since))
    start = hg_duty_calendar_store_date (since);

  for (guint i = 0; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      g_autofree char *last = hg_calendar_duty_previous (duty, today);
      g_autofree char *key = NULL;

      if (last == NULL || (start != NULL && strcmp (last, start) < 0))
        continue;
      key = hg_duty_done_key (duty->id, last);
      if (!g_hash_table_contains (records, key))
        g_hash_table_insert (overdue, g_strdup (duty->id), g_steal_pointer (&last));
    }
  return overdue;
}

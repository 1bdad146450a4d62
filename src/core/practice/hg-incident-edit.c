/* hg-incident-edit.c
 *
 * Everything is checked before the transaction starts, against the record
 * as it is in the workbook, so a refused write leaves nothing behind: no
 * half-written incident, no undo step. Times are read in the local zone
 * (hg-local-time.c) and compared as moments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-error.h"
#include "hg-incident-edit.h"
#include "hg-local-time.h"
#include "hg-text.h"

/* The PPC's name as the reports to it are addressed, in any language. */
#define PPC_NAME "個人情報保護委員会"

static gboolean
bad_time (GError     **error,
          const char  *field,
          const char  *text)
{
  g_autofree char *message = NULL;

  if (text == NULL || text[0] == '\0')
    return hg_error_invalid_field (error, field,
                                   _("Enter the date and time, e.g. 2026-12-29 23:30"));
  message = g_strdup_printf (_("“%s” is not a date and time: write it as 2026-12-29 23:30"), text);
  return hg_error_invalid_field (error, field, message);
}

static gboolean
check_text (const char  *text,
            guint        max,
            HgTextFlags  flags,
            const char  *field,
            char       **clean,
            GError     **error)
{
  const char *problem;

  *clean = hg_text_normalize (text ? text : "");
  if ((problem = hg_text_check (*clean, max, flags)) != NULL)
    return hg_error_invalid_field (error, field, problem);
  return TRUE;
}

/* The moment of @stored, or NULL when none is stored. */
static GDateTime *
moment (const char *stored)
{
  return stored != NULL ? hg_local_time_parse (stored) : NULL;
}

typedef struct
{
  HgIncident  clean;
  gint64      id;
} SaveData;

static gboolean
save_cb (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  SaveData *data = user_data;
  const HgIncident *in = &data->clean;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) step = NULL;
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;

  if (data->id == 0)
    stmt = hg_db_prepare (db, "INSERT INTO incident (title, detected, detected_how, detected_by, "
                              "kind, category, level, personal_data, description, cause, impact, "
                              "actions, lessons) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                              "?11, ?12, ?13)", error);
  else
    stmt = hg_db_prepare (db, "UPDATE incident SET title = ?1, detected = ?2, detected_how = ?3, "
                              "detected_by = ?4, kind = ?5, category = ?6, level = ?7, "
                              "personal_data = ?8, description = ?9, cause = ?10, impact = ?11, "
                              "actions = ?12, lessons = ?13 WHERE id = ?14", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, in->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, in->detected, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, in->detected_how, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, in->detected_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, hg_incident_kind_get_id (in->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, in->category, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, hg_incident_level_get_id (in->level), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, in->personal_data ? 1 : 0);
  sqlite3_bind_text (stmt, 9, in->description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, in->cause, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, in->impact, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, in->actions, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, in->lessons, -1, SQLITE_STATIC);
  if (data->id != 0)
    sqlite3_bind_int64 (stmt, 14, data->id);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (data->id == 0)
    data->id = sqlite3_last_insert_rowid (db);

  /* Step 0 is the detection itself: its time and person are the record's. */
  step = hg_db_prepare (db, "INSERT INTO incident_step (incident, step, at, person) "
                            "VALUES (?1, 0, ?2, ?3) ON CONFLICT (incident, step) DO UPDATE "
                            "SET at = excluded.at, person = excluded.person", error);
  if (step == NULL)
    return FALSE;
  sqlite3_bind_int64 (step, 1, data->id);
  sqlite3_bind_text (step, 2, in->detected, -1, SQLITE_STATIC);
  sqlite3_bind_text (step, 3, in->detected_by, -1, SQLITE_STATIC);
  if (!hg_db_step_done (step, error))
    return FALSE;

  clear = hg_db_prepare (db, "DELETE FROM incident_asset WHERE incident = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, data->id);
  if (!hg_db_step_done (clear, error))
    return FALSE;
  link = hg_db_prepare (db, "INSERT OR IGNORE INTO incident_asset (incident, asset) VALUES (?1, ?2)",
                        error);
  if (link == NULL)
    return FALSE;
  for (guint i = 0; i < in->assets->len; i++)
    {
      sqlite3_reset (link);
      sqlite3_bind_int64 (link, 1, data->id);
      sqlite3_bind_int64 (link, 2, g_array_index (in->assets, gint64, i));
      if (!hg_db_step_done (link, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_assets (sqlite3      *db,
              GArray       *assets,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT 1 FROM asset WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < assets->len; i++)
    {
      gint64 asset = g_array_index (assets, gint64, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, asset);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, asset);
          g_autofree char *message = g_strdup_printf (_("There is no asset number %s in the register"),
                                                      number);

          return hg_error_invalid_field (error, _("Affected assets"), message);
        }
    }
  return TRUE;
}

/* A new detection time may not come after what was recorded since. */
static gboolean
check_detection_against (const HgIncident  *old,
                         GDateTime         *detected,
                         GError           **error)
{
  for (guint i = HG_INCIDENT_REPORTED; i < HG_INCIDENT_N_STEPS; i++)
    {
      g_autoptr(GDateTime) at = moment (old->steps[i].at);

      if (at != NULL && g_date_time_compare (detected, at) > 0)
        {
          g_autofree char *shown = hg_local_time_format (old->steps[i].at);
          g_autofree char *message = g_strdup_printf (_("The incident was detected before it reached “%s” at %s"),
                                                      hg_incident_step_get_label (i), shown);

          return hg_error_invalid_field (error, _("Detected at"), message);
        }
    }
  for (guint i = 0; i < old->notices->len; i++)
    {
      HgIncidentNotice *notice = g_ptr_array_index (old->notices, i);
      g_autoptr(GDateTime) sent = moment (notice->sent);

      if (sent != NULL && g_date_time_compare (detected, sent) > 0)
        {
          g_autofree char *shown = hg_local_time_format (notice->sent);
          g_autofree char *message = g_strdup_printf (_("The incident was detected before “%s” was told at %s"),
                                                      notice->recipient, shown);

          return hg_error_invalid_field (error, _("Detected at"), message);
        }
    }
  return TRUE;
}

gboolean
hg_incident_save (HgWorkbook        *workbook,
                  const HgIncident  *incident,
                  gint64            *id,
                  GError           **error)
{
  sqlite3 *db;
  g_autoptr(HgIncident) old = NULL;
  g_autoptr(GDateTime) detected = NULL;
  g_autofree char *title = NULL, *how = NULL, *by = NULL, *description = NULL;
  g_autofree char *cause = NULL, *impact = NULL, *actions = NULL, *lessons = NULL;
  g_autofree char *stored = NULL;
  SaveData data;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  db = hg_workbook_get_db (workbook);

  if (!check_text (incident->title, HG_INCIDENT_TITLE_MAX, HG_TEXT_REQUIRED, _("Title"), &title, error))
    return FALSE;
  detected = hg_local_time_parse (incident->detected);
  if (detected == NULL)
    return bad_time (error, _("Detected at"), incident->detected);
  if (!check_text (incident->detected_by, HG_INCIDENT_PERSON_MAX, HG_TEXT_REQUIRED,
                   _("Detected by"), &by, error)
      || !check_text (incident->detected_how, HG_INCIDENT_NOTE_MAX, HG_TEXT_MULTILINE,
                      _("How it was detected"), &how, error))
    return FALSE;
  if (!g_strv_contains (hg_incident_category_ids (), incident->category ? incident->category : ""))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a category of incident"),
                                                  incident->category ? incident->category : "");

      return hg_error_invalid_field (error, _("Category"), message);
    }
  if (!check_text (incident->description, HG_INCIDENT_TEXT_MAX, HG_TEXT_MULTILINE,
                   _("What happened"), &description, error)
      || !check_text (incident->cause, HG_INCIDENT_TEXT_MAX, HG_TEXT_MULTILINE, _("Cause"), &cause, error)
      || !check_text (incident->impact, HG_INCIDENT_TEXT_MAX, HG_TEXT_MULTILINE, _("Impact"), &impact, error)
      || !check_text (incident->actions, HG_INCIDENT_TEXT_MAX, HG_TEXT_MULTILINE,
                      _("Actions taken"), &actions, error)
      || !check_text (incident->lessons, HG_INCIDENT_TEXT_MAX, HG_TEXT_MULTILINE,
                      _("Lessons learned"), &lessons, error))
    return FALSE;
  if (!check_assets (db, incident->assets, error))
    return FALSE;
  if (incident->id != 0)
    {
      old = hg_incident_get (workbook, incident->id, error);
      if (old == NULL || !check_detection_against (old, detected, error))
        return FALSE;
    }

  stored = hg_local_time_store (detected);
  data.clean = *incident;
  data.clean.title = title;
  data.clean.detected = stored;
  data.clean.detected_how = how;
  data.clean.detected_by = by;
  data.clean.description = description;
  data.clean.cause = cause;
  data.clean.impact = impact;
  data.clean.actions = actions;
  data.clean.lessons = lessons;
  data.id = incident->id;
  if (!hg_workbook_edit (workbook, incident->id == 0 ? _("Add Incident") : _("Edit Incident"),
                         save_cb, &data, error))
    return FALSE;
  if (id != NULL)
    *id = data.id;
  return TRUE;
}

typedef struct
{
  gint64          id;
  HgIncidentStep  step;
  const char     *at;
  const char     *person;
  const char     *note;
} AdvanceData;

static gboolean
advance_cb (sqlite3   *db,
            gpointer   user_data,
            GError   **error)
{
  AdvanceData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "INSERT INTO incident_step "
                                                "(incident, step, at, person, note) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_int (stmt, 2, (int) data->step);
  sqlite3_bind_text (stmt, 3, data->at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, data->person, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, data->note, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_incident_advance (HgWorkbook      *workbook,
                     gint64           id,
                     HgIncidentStep   step,
                     const char      *at,
                     const char      *person,
                     const char      *note,
                     GError         **error)
{
  g_autoptr(HgIncident) incident = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *clean_person = NULL, *clean_note = NULL, *stored = NULL, *label = NULL;
  HgIncidentStep status;
  AdvanceData data;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (step < HG_INCIDENT_N_STEPS, FALSE);

  incident = hg_incident_get (workbook, id, error);
  if (incident == NULL)
    return FALSE;
  status = hg_incident_get_status (incident);
  if (step <= status)
    {
      g_autofree char *message = g_strdup_printf (_("The incident is already at “%s”; it can only go forward"),
                                                  hg_incident_step_get_label (status));

      return hg_error_invalid_field (error, _("Status"), message);
    }
  if (step == HG_INCIDENT_CLOSED && incident->steps[HG_INCIDENT_CONTAINED].at == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("An incident cannot be closed before it is contained: record “%s” first"),
                                                  hg_incident_step_get_label (HG_INCIDENT_CONTAINED));

      return hg_error_invalid_field (error, _("Status"), message);
    }
  when = hg_local_time_parse (at);
  if (when == NULL)
    return bad_time (error, _("Time"), at);
  last = moment (incident->steps[status].at);
  if (last != NULL && g_date_time_compare (when, last) < 0)
    {
      g_autofree char *shown = hg_local_time_format (incident->steps[status].at);
      g_autofree char *message = g_strdup_printf (_("This is earlier than “%s” at %s"),
                                                  hg_incident_step_get_label (status), shown);

      return hg_error_invalid_field (error, _("Time"), message);
    }
  if (!check_text (person, HG_INCIDENT_PERSON_MAX, HG_TEXT_REQUIRED, _("By"), &clean_person, error)
      || !check_text (note, HG_INCIDENT_NOTE_MAX, HG_TEXT_MULTILINE, _("Note"), &clean_note, error))
    return FALSE;

  stored = hg_local_time_store (when);
  data = (AdvanceData) { id, step, stored, clean_person, clean_note };
  /* Translators: the name of an undo step; %s is a step such as "Contained" */
  label = g_strdup_printf (_("Mark Incident %s"), hg_incident_step_get_label (step));
  return hg_workbook_edit (workbook, label, advance_cb, &data, error);
}

typedef struct
{
  gint64                  incident;
  HgIncidentNotice        clean;
  gint64                  id;
} NoticeData;

static gboolean
notice_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  NoticeData *data = user_data;
  const HgIncidentNotice *n = &data->clean;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (data->id == 0)
    stmt = hg_db_prepare (db, "INSERT INTO incident_notice (incident, kind, recipient, within, unit, "
                              "sent, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  else
    stmt = hg_db_prepare (db, "UPDATE incident_notice SET incident = ?1, kind = ?2, recipient = ?3, "
                              "within = ?4, unit = ?5, sent = ?6, note = ?7 WHERE id = ?8", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->incident);
  sqlite3_bind_text (stmt, 2, hg_incident_notice_kind_get_id (n->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, n->recipient, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, (int) n->within);
  sqlite3_bind_text (stmt, 5, n->in_days ? "days" : "hours", -1, SQLITE_STATIC);
  if (n->sent != NULL)
    sqlite3_bind_text (stmt, 6, n->sent, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, n->note, -1, SQLITE_STATIC);
  if (data->id != 0)
    sqlite3_bind_int64 (stmt, 8, data->id);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (data->id == 0)
    data->id = sqlite3_last_insert_rowid (db);
  return TRUE;
}

gboolean
hg_incident_save_notice (HgWorkbook              *workbook,
                         gint64                   incident_id,
                         const HgIncidentNotice  *notice,
                         gint64                  *id,
                         GError                 **error)
{
  g_autoptr(HgIncident) incident = NULL;
  g_autofree char *recipient = NULL, *note = NULL, *sent = NULL;
  gboolean ppc = notice->kind == HG_INCIDENT_NOTICE_PPC_PROMPT
                 || notice->kind == HG_INCIDENT_NOTICE_PPC_FINAL;
  NoticeData data = { incident_id, *notice, notice->id };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (notice->kind < HG_INCIDENT_N_NOTICE_KINDS, FALSE);

  incident = hg_incident_get (workbook, incident_id, error);
  if (incident == NULL)
    return FALSE;
  if (ppc)
    {
      recipient = g_strdup (PPC_NAME);
      /* One 速報 and one 確報: recording one again rewrites it. */
      for (guint i = 0; data.id == 0 && i < incident->notices->len; i++)
        {
          HgIncidentNotice *other = g_ptr_array_index (incident->notices, i);

          if (other->kind == notice->kind)
            data.id = other->id;
        }
    }
  else
    {
      if (!check_text (notice->recipient, 200, HG_TEXT_REQUIRED, _("Recipient"), &recipient, error))
        return FALSE;
      if (notice->within == 0 || notice->within > (notice->in_days ? 365 : 8760))
        return hg_error_invalid_field (error, _("Deadline"),
                                       _("Enter the hours or days the contract allows, e.g. 24 hours"));
    }
  if (!check_text (notice->note, HG_INCIDENT_NOTE_MAX, HG_TEXT_MULTILINE, _("Note"), &note, error))
    return FALSE;
  if (notice->sent != NULL && notice->sent[0] != '\0')
    {
      g_autoptr(GDateTime) when = hg_local_time_parse (notice->sent);
      g_autoptr(GDateTime) detected = moment (incident->detected);

      if (when == NULL)
        return bad_time (error, _("Sent"), notice->sent);
      if (detected != NULL && g_date_time_compare (when, detected) < 0)
        {
          g_autofree char *shown = hg_local_time_format (incident->detected);
          g_autofree char *message = g_strdup_printf (_("A notification cannot come before the detection at %s"),
                                                      shown);

          return hg_error_invalid_field (error, _("Sent"), message);
        }
      sent = hg_local_time_store (when);
    }
  for (guint i = 0; notice->id != 0 && i <= incident->notices->len; i++)
    {
      if (i == incident->notices->len)
        return hg_error_invalid_field (error, _("Notification"),
                                       _("This notification belongs to another incident"));
      if (((HgIncidentNotice *) g_ptr_array_index (incident->notices, i))->id == notice->id)
        break;
    }

  data.clean.recipient = recipient;
  data.clean.note = note;
  data.clean.sent = sent;
  if (ppc)
    data.clean.within = 0;
  if (!hg_workbook_edit (workbook, _("Record Notification"), notice_cb, &data, error))
    return FALSE;
  if (id != NULL)
    *id = data.id;
  return TRUE;
}

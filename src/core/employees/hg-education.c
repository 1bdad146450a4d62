/* hg-education.c
 *
 * A session and its attendees are written together, so adding, editing or
 * removing a session is one undo step whatever the number of people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-education"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-education.h"
#include "hg-error.h"
#include "hg-text.h"

HgEducationSession *
hg_education_session_new (const char *held_on,
                          const char *topic,
                          const char *material)
{
  HgEducationSession *s = g_new0 (HgEducationSession, 1);

  s->held_on = hg_text_normalize (held_on);
  s->topic = hg_text_normalize (topic);
  s->material = hg_text_normalize (material);
  s->attendees = g_array_new (FALSE, FALSE, sizeof (gint64));
  return s;
}

void
hg_education_session_free (HgEducationSession *session)
{
  if (session == NULL)
    return;
  g_free (session->held_on);
  g_free (session->topic);
  g_free (session->material);
  g_array_unref (session->attendees);
  g_free (session);
}

void
hg_education_session_add_attendee (HgEducationSession *session,
                                   gint64              person_id)
{
  for (guint i = 0; i < session->attendees->len; i++)
    if (g_array_index (session->attendees, gint64, i) == person_id)
      return;
  g_array_append_val (session->attendees, person_id);
}

const char *
hg_education_validate (HgEducationField  field,
                       const char       *value)
{
  g_autofree char *normalized = hg_text_normalize (value);
  g_autofree char *iso = NULL;

  switch (field)
    {
    case HG_EDUCATION_FIELD_HELD_ON:
      if (normalized[0] == '\0')
        return _("Required");
      if (!hg_date_parse (normalized, &iso))
        return _("Write a date such as 2026-04-01");
      break;

    case HG_EDUCATION_FIELD_TOPIC:
      return hg_text_check (normalized, HG_EDUCATION_TOPIC_MAX, HG_TEXT_REQUIRED);

    case HG_EDUCATION_FIELD_MATERIAL:
      return hg_text_check (normalized, HG_EDUCATION_MATERIAL_MAX, HG_TEXT_ONE_LINE);

    default:
      g_return_val_if_reached (NULL);
    }
  return NULL;
}

static GPtrArray *
load (HgWorkbook *workbook,
      gint64      id,
      gint64      person_id)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_education_session_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) sessions = NULL;
  g_autoptr(sqlite3_stmt) attendees = NULL;

  /* 0 stands for "any" in both filters. */
  sessions = hg_db_prepare (db,
                            "SELECT id, held_on, topic, material FROM education_session s "
                            "WHERE (?1 = 0 OR id = ?1) AND (?2 = 0 OR EXISTS "
                            "  (SELECT 1 FROM education_attendee a "
                            "   WHERE a.session_id = s.id AND a.person_id = ?2)) "
                            "ORDER BY held_on DESC, id DESC", NULL);
  attendees = hg_db_prepare (db,
                             "SELECT session_id, person_id FROM education_attendee "
                             "ORDER BY id", NULL);
  if (sessions == NULL || attendees == NULL)
    return list;
  sqlite3_bind_int64 (sessions, 1, id);
  sqlite3_bind_int64 (sessions, 2, person_id);
  while (sqlite3_step (sessions) == SQLITE_ROW)
    {
      HgEducationSession *s =
        hg_education_session_new ((const char *) sqlite3_column_text (sessions, 1),
                                  (const char *) sqlite3_column_text (sessions, 2),
                                  (const char *) sqlite3_column_text (sessions, 3));

      s->id = sqlite3_column_int64 (sessions, 0);
      g_ptr_array_add (list, s);
      g_hash_table_insert (by_id, &s->id, s);
    }
  while (sqlite3_step (attendees) == SQLITE_ROW)
    {
      gint64 session_id = sqlite3_column_int64 (attendees, 0);
      gint64 person = sqlite3_column_int64 (attendees, 1);
      HgEducationSession *s = g_hash_table_lookup (by_id, &session_id);

      if (s != NULL)
        g_array_append_val (s->attendees, person);
    }
  return list;
}

/* Newest first, each with its attendees. */
GPtrArray *
hg_education_list (HgWorkbook *workbook)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  return load (workbook, 0, 0);
}

/* The sessions @person_id attended, newest first: their education history. */
GPtrArray *
hg_education_list_for_person (HgWorkbook *workbook,
                              gint64      person_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  return load (workbook, 0, person_id);
}

HgEducationSession *
hg_education_get (HgWorkbook *workbook,
                  gint64      id)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  list = load (workbook, id, 0);
  return list->len > 0 ? g_ptr_array_steal_index (list, 0) : NULL;
}

/* A normalized copy with its date as YYYY-MM-DD, or NULL with @error. */
static HgEducationSession *
checked_copy (const HgEducationSession  *session,
              GError                   **error)
{
  static const struct { HgEducationField field; const char *label; } checks[] = {
    { HG_EDUCATION_FIELD_HELD_ON, N_("Date") },
    { HG_EDUCATION_FIELD_TOPIC, N_("Topic") },
    { HG_EDUCATION_FIELD_MATERIAL, N_("Material") },
  };
  const char *values[] = { session->held_on, session->topic, session->material };
  g_autoptr(HgEducationSession) copy = NULL;
  g_autofree char *iso = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      const char *problem = hg_education_validate (checks[i].field, values[i]);

      if (problem != NULL)
        {
          g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                       "%s: %s", _(checks[i].label), problem);
          return NULL;
        }
    }
  copy = hg_education_session_new (session->held_on, session->topic, session->material);
  copy->id = session->id;
  hg_date_parse (copy->held_on, &iso);
  hg_text_set (&copy->held_on, iso);
  for (guint i = 0; i < session->attendees->len; i++)
    hg_education_session_add_attendee (copy, g_array_index (session->attendees, gint64, i));
  return g_steal_pointer (&copy);
}

/* Makes the attendees of @session exactly its list. */
static gboolean
write_attendees (sqlite3                  *db,
                 const HgEducationSession *session,
                 GError                  **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(GString) keep = g_string_new ("[");

  for (guint i = 0; i < session->attendees->len; i++)
    g_string_append_printf (keep, "%s%" G_GINT64_FORMAT, i ? "," : "",
                            g_array_index (session->attendees, gint64, i));
  g_string_append_c (keep, ']');

  clear = hg_db_prepare (db, "DELETE FROM education_attendee WHERE session_id = ?1 "
                             "AND person_id NOT IN (SELECT value FROM json_each (?2))", error);
  insert = clear ? hg_db_prepare (db, "INSERT OR IGNORE INTO education_attendee "
                                      "(session_id, person_id) VALUES (?1, ?2)", error)
                 : NULL;
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, session->id);
  sqlite3_bind_text (clear, 2, keep->str, -1, SQLITE_STATIC);
  if (!hg_db_step_done (clear, error))
    return FALSE;
  sqlite3_bind_int64 (insert, 1, session->id);
  for (guint i = 0; i < session->attendees->len; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 2, g_array_index (session->attendees, gint64, i));
      if (!hg_db_step_done (insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  HgEducationSession *s = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (s->id == 0)
    stmt = hg_db_prepare (db, "INSERT INTO education_session (held_on, topic, material) "
                              "VALUES (?1, ?2, ?3)", error);
  else
    stmt = hg_db_prepare (db, "UPDATE education_session SET held_on = ?1, topic = ?2, "
                              "material = ?3 WHERE id = ?4 AND (held_on IS NOT ?1 "
                              "OR topic IS NOT ?2 OR material IS NOT ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, s->held_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, s->topic, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, s->material, -1, SQLITE_STATIC);
  if (s->id != 0)
    sqlite3_bind_int64 (stmt, 4, s->id);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (s->id == 0)
    s->id = sqlite3_last_insert_rowid (db);
  return write_attendees (db, s, error);
}

gint64
hg_education_add (HgWorkbook                *workbook,
                  const HgEducationSession  *session,
                  GError                   **error)
{
  g_autoptr(HgEducationSession) copy = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  copy = checked_copy (session, error);
  if (copy == NULL)
    return 0;
  copy->id = 0;
  if (!hg_workbook_edit (workbook, _("Add Training Session"), write_cb, copy, error))
    return 0;
  return copy->id;
}

gboolean
hg_education_update (HgWorkbook                *workbook,
                     const HgEducationSession  *session,
                     GError                   **error)
{
  g_autoptr(HgEducationSession) copy = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (session->id > 0, FALSE);

  copy = checked_copy (session, error);
  return copy != NULL
         && hg_workbook_edit (workbook, _("Edit Training Session"), write_cb, copy, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM education_session "
                                                    "WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_education_remove (HgWorkbook  *workbook,
                     gint64       id,
                     GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Remove Training Session"), remove_cb, &id, error);
}

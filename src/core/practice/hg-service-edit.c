/* hg-service-edit.c
 *
 * Everything is checked before the transaction starts, so a refused edit
 * leaves neither a change nor an undo step behind. A rewrite replaces the
 * checklist and the asset links as a whole, in the same transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-service-edit.h"
#include "hg-text.h"

static gboolean
check_text (const char  *in,
            char       **out,
            guint        max,
            HgTextFlags  flags,
            const char  *field,
            GError     **error)
{
  g_autofree char *normal = hg_text_normalize (in ? in : "");
  const char *problem = hg_text_check (normal, max, flags);

  if (problem != NULL)
    return hg_error_invalid_field (error, field, problem);
  *out = g_steal_pointer (&normal);
  return TRUE;
}

static gboolean
check_date (const char  *in,
            char       **out,
            const char  *field,
            GError     **error)
{
  if (in == NULL || !hg_date_parse (in, out) || *out == NULL || **out == '\0')
    {
      g_clear_pointer (out, g_free);
      return hg_error_invalid_field (error, field, _("Enter a date, e.g. 2026-12-28"));
    }
  return TRUE;
}

static gboolean
check_assets (sqlite3  *db,
              GArray   *assets,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT 1 FROM asset WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < assets->len; i++)
    {
      gint64 asset = g_array_index (assets, gint64, i);
      int rc;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, asset);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, asset);
          g_autofree char *message = g_strdup_printf (_("There is no asset number %s in the register"),
                                                      number);

          return hg_error_invalid_field (error, _("Information handled"), message);
        }
      if (rc != SQLITE_ROW)
        {
          hg_db_set_error (db, error, "looking up an asset");
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
save_cb (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  HgService *s = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) check = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;

  if (s->id > 0)
    stmt = hg_db_prepare (db, "UPDATE service SET name = ?2, kind = ?3, department = ?4, "
                              "approved_by = ?5, approved_on = ?6, next_review = ?7, note = ?8 "
                              "WHERE id = ?1", error);
  else
    stmt = hg_db_prepare (db, "INSERT INTO service (id, name, kind, department, approved_by, "
                              "approved_on, next_review, note) VALUES (NULL, ?2, ?3, ?4, ?5, ?6, "
                              "?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  if (s->id > 0)
    sqlite3_bind_int64 (stmt, 1, s->id);
  sqlite3_bind_text (stmt, 2, s->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, hg_service_kind_get_id (s->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, s->department, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, s->approved_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, s->approved_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, s->next_review, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, s->note, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (s->id <= 0)
    s->id = sqlite3_last_insert_rowid (db);

  clear = hg_db_prepare (db, "DELETE FROM service_check WHERE service = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, s->id);
  if (!hg_db_step_done (clear, error))
    return FALSE;
  check = hg_db_prepare (db, "INSERT INTO service_check (service, item, ok, note) "
                             "VALUES (?1, ?2, ?3, ?4)", error);
  if (check == NULL)
    return FALSE;
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    {
      sqlite3_reset (check);
      sqlite3_bind_int64 (check, 1, s->id);
      sqlite3_bind_text (check, 2, hg_service_check_get_id (i), -1, SQLITE_STATIC);
      sqlite3_bind_int (check, 3, s->checks[i].ok ? 1 : 0);
      sqlite3_bind_text (check, 4, s->checks[i].note, -1, SQLITE_STATIC);
      if (!hg_db_step_done (check, error))
        return FALSE;
    }

  g_clear_pointer (&clear, sqlite3_finalize);
  clear = hg_db_prepare (db, "DELETE FROM service_asset WHERE service = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, s->id);
  if (!hg_db_step_done (clear, error))
    return FALSE;
  link = hg_db_prepare (db, "INSERT OR IGNORE INTO service_asset (service, asset) "
                            "VALUES (?1, ?2)", error);
  if (link == NULL)
    return FALSE;
  for (guint i = 0; i < s->assets->len; i++)
    {
      sqlite3_reset (link);
      sqlite3_bind_int64 (link, 1, s->id);
      sqlite3_bind_int64 (link, 2, g_array_index (s->assets, gint64, i));
      if (!hg_db_step_done (link, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hg_service_save (HgWorkbook  *workbook,
                 HgService   *service,
                 GError     **error)
{
  g_autoptr(HgService) s = hg_service_new ();
  g_autofree char *label = NULL;

  s->id = service->id;
  s->kind = service->kind;
  g_array_append_vals (s->assets, service->assets->data, service->assets->len);
  if (!check_text (service->name, &s->name, HG_SERVICE_NAME_MAX, HG_TEXT_REQUIRED,
                   _("Service or contractor"), error)
      || !check_text (service->department, &s->department, HG_SERVICE_PERSON_MAX,
                      HG_TEXT_REQUIRED, _("Department using it"), error)
      || !check_text (service->approved_by, &s->approved_by, HG_SERVICE_PERSON_MAX,
                      HG_TEXT_REQUIRED, _("Approved by"), error)
      || !check_date (service->approved_on, &s->approved_on, _("Approved on"), error)
      || !check_date (service->next_review, &s->next_review, _("Next review"), error)
      || !check_text (service->note, &s->note, HG_SERVICE_NOTE_MAX, HG_TEXT_MULTILINE,
                      _("Note"), error))
    return FALSE;
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    {
      s->checks[i].ok = service->checks[i].ok;
      if (!check_text (service->checks[i].note, &s->checks[i].note, HG_SERVICE_NOTE_MAX,
                       HG_TEXT_MULTILINE, hg_service_check_get_label (i), error))
        return FALSE;
    }
  if (strcmp (s->next_review, s->approved_on) < 0)
    return hg_error_invalid_field (error, _("Next review"),
                                   _("The next review cannot come before the approval"));
  if (!check_assets (hg_workbook_get_db (workbook), s->assets, error))
    return FALSE;
  label = g_strdup_printf (s->id > 0 ? _("Edit “%s”") : _("Add “%s”"), s->name);
  if (!hg_workbook_edit (workbook, label, save_cb, s, error))
    return FALSE;
  service->id = s->id;
  return TRUE;
}

static HgService *
find (GPtrArray  *list,
      gint64      id,
      GError    **error)
{
  g_autofree char *number = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < list->len; i++)
    if (((HgService *) g_ptr_array_index (list, i))->id == id)
      return g_ptr_array_index (list, i);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  message = g_strdup_printf (_("There is no service number %s"), number);
  hg_error_invalid (error, message);
  return NULL;
}

typedef struct
{
  gint64      id;
  const char *next, *ended, *note;
  gboolean    returned, deleted, proof;
} UpdateData;

static gboolean
review_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  UpdateData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "UPDATE service SET next_review = ?2 "
                                                    "WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_text (stmt, 2, data->next, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_service_review (HgWorkbook  *workbook,
                   gint64       id,
                   const char  *reviewed_on,
                   const char  *next_review,
                   GError     **error)
{
  g_autoptr(GPtrArray) list = hg_service_list (workbook, error);
  g_autofree char *on = NULL;
  g_autofree char *next = NULL;
  g_autofree char *label = NULL;
  HgService *s;
  UpdateData data = { 0 };

  if (list == NULL || (s = find (list, id, error)) == NULL)
    return FALSE;
  if (s->ended != NULL)
    return hg_error_invalid_field (error, _("Next review"),
                                   _("Its contract has ended; it needs no more reviews"));
  if (!check_date (reviewed_on, &on, _("Reviewed on"), error)
      || !check_date (next_review, &next, _("Next review"), error))
    return FALSE;
  if (strcmp (next, on) <= 0)
    return hg_error_invalid_field (error, _("Next review"),
                                   _("The next review must come after this one"));
  data.id = id;
  data.next = next;
  label = g_strdup_printf (_("Review “%s”"), s->name);
  return hg_workbook_edit (workbook, label, review_cb, &data, error);
}

static gboolean
end_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  UpdateData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "UPDATE service SET ended = ?2, end_returned = ?3, end_deleted = ?4, "
                            "end_proof = ?5, end_note = ?6 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_text (stmt, 2, data->ended, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, data->returned);
  sqlite3_bind_int (stmt, 4, data->deleted);
  sqlite3_bind_int (stmt, 5, data->proof);
  sqlite3_bind_text (stmt, 6, data->note, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_service_end (HgWorkbook  *workbook,
                gint64       id,
                const char  *ended,
                gboolean     returned,
                gboolean     deleted,
                gboolean     proof,
                const char  *note,
                GError     **error)
{
  g_autoptr(GPtrArray) list = hg_service_list (workbook, error);
  g_autofree char *on = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  HgService *s;
  UpdateData data = { 0 };

  if (list == NULL || (s = find (list, id, error)) == NULL)
    return FALSE;
  if (s->ended != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Its contract ended already, on %s"), s->ended);

      return hg_error_invalid_field (error, _("Contract ended on"), message);
    }
  if (!check_date (ended, &on, _("Contract ended on"), error)
      || !check_text (note, &text, HG_SERVICE_NOTE_MAX, HG_TEXT_MULTILINE, _("Note"), error))
    return FALSE;
  if (strcmp (on, s->approved_on) < 0)
    return hg_error_invalid_field (error, _("Contract ended on"),
                                   _("The contract cannot end before it was approved"));
  /* The point of the record: the information did not stay behind. */
  if (!returned && !deleted)
    return hg_error_invalid_field (error, _("Information returned or deleted"),
                                   _("Check that the information was returned or deleted"));
  data = (UpdateData) { id, NULL, on, text, returned != FALSE, deleted != FALSE, proof != FALSE };
  label = g_strdup_printf (_("End “%s”"), s->name);
  return hg_workbook_edit (workbook, label, end_cb, &data, error);
}

gboolean
_hg_service_insert (sqlite3    *db,
                    HgService  *service,
                    GError    **error)
{
  g_return_val_if_fail (service->id == 0, FALSE);
  return save_cb (db, service, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM service WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  /* The checklist and the asset links go with it (ON DELETE CASCADE). */
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_service_remove (HgWorkbook  *workbook,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(GPtrArray) list = hg_service_list (workbook, error);
  g_autofree char *label = NULL;
  HgService *s;

  if (list == NULL || (s = find (list, id, error)) == NULL)
    return FALSE;
  label = g_strdup_printf (_("Remove “%s”"), s->name);
  return hg_workbook_edit (workbook, label, remove_cb, &id, error);
}

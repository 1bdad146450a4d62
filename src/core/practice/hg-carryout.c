/* hg-carryout.c
 *
 * The carry-out log the rules ask for: who took which device, medium or
 * paper out, on whose approval, until when, and when it came back. Times
 * are local moments with their offset (hg-local-time.h), so "overdue"
 * compares instants, not texts: a laptop due back at 18:00 in Tokyo is
 * overdue at 18:01 whatever zone the clock was read in.
 *
 * Everything is checked before the transaction starts, so a refused
 * record leaves no undo step behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-carryout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-carryout.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-local-time.h"
#include "hg-text.h"

static const char *medium_ids[] = { "device", "medium", "paper" };

void
hg_carryout_free (HgCarryout *carryout)
{
  if (carryout == NULL)
    return;
  g_free (carryout->item);
  g_free (carryout->person);
  g_free (carryout->approved_by);
  g_free (carryout->out_at);
  g_free (carryout->due_at);
  g_free (carryout->back_at);
  g_free (carryout->note);
  g_free (carryout);
}

HgCarryout *
hg_carryout_copy (const HgCarryout *carryout)
{
  HgCarryout *copy = g_memdup2 (carryout, sizeof *carryout);

  copy->item = g_strdup (carryout->item);
  copy->person = g_strdup (carryout->person);
  copy->approved_by = g_strdup (carryout->approved_by);
  copy->out_at = g_strdup (carryout->out_at);
  copy->due_at = g_strdup (carryout->due_at);
  copy->back_at = g_strdup (carryout->back_at);
  copy->note = g_strdup (carryout->note);
  return copy;
}

const char *
hg_carryout_medium_get_id (HgCarryoutMedium medium)
{
  return medium <= HG_CARRYOUT_PAPER ? medium_ids[medium] : medium_ids[0];
}

const char *
hg_carryout_medium_get_label (HgCarryoutMedium medium)
{
  switch (medium)
    {
    case HG_CARRYOUT_MEDIUM:
      return _("Storage medium");
    case HG_CARRYOUT_PAPER:
      return _("Paper");
    case HG_CARRYOUT_DEVICE:
    default:
      return _("Device");
    }
}

gboolean
hg_carryout_medium_from_id (const char       *id,
                            HgCarryoutMedium *medium)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (medium_ids); i++)
    if (g_str_equal (id, medium_ids[i]))
      {
        *medium = i;
        return TRUE;
      }
  return FALSE;
}

GPtrArray *
hg_carryout_list (HgWorkbook  *workbook,
                  GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  stmt = hg_db_prepare (db, "SELECT id, item, medium, asset, person, approved_by, out_at, "
                            "due_at, back_at, note FROM carryout ORDER BY out_at DESC, id DESC",
                        error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_carryout_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgCarryout *c = g_new0 (HgCarryout, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->item = hg_db_column_dup (stmt, 1);
      hg_carryout_medium_from_id ((const char *) sqlite3_column_text (stmt, 2), &c->medium);
      c->asset = sqlite3_column_int64 (stmt, 3);
      c->person = hg_db_column_dup (stmt, 4);
      c->approved_by = hg_db_column_dup (stmt, 5);
      c->out_at = hg_db_column_dup (stmt, 6);
      c->due_at = hg_db_column_dup (stmt, 7);
      c->back_at = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? NULL : hg_db_column_dup (stmt, 8);
      c->note = hg_db_column_dup (stmt, 9);
      g_ptr_array_add (list, c);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "reading the carry-out log");
      return NULL;
    }
  return g_steal_pointer (&list);
}

gboolean
hg_carryout_is_overdue (const HgCarryout *carryout,
                        GDateTime        *now)
{
  g_autoptr(GDateTime) due = NULL;

  if (carryout->back_at != NULL)
    return FALSE;
  due = hg_local_time_parse (carryout->due_at);
  return due != NULL && g_date_time_compare (due, now) < 0;
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const HgCarryout *x = *(HgCarryout **) a, *y = *(HgCarryout **) b;
  g_autoptr(GDateTime) dx = hg_local_time_parse (x->due_at);
  g_autoptr(GDateTime) dy = hg_local_time_parse (y->due_at);

  return g_date_time_compare (dx, dy);
}

GPtrArray *
hg_carryout_overdue (GPtrArray *list,
                     GDateTime *now)
{
  GPtrArray *overdue = g_ptr_array_new ();

  for (guint i = 0; i < list->len; i++)
    if (hg_carryout_is_overdue (g_ptr_array_index (list, i), now))
      g_ptr_array_add (overdue, g_ptr_array_index (list, i));
  g_ptr_array_sort (overdue, compare_due);
  return overdue;
}

/* Reads @text into its stored form at @stored; FALSE with the field
 * named when it is not a moment. */
static gboolean
read_moment (const char  *text,
             const char  *field,
             char       **stored,
             GDateTime  **time,
             GError     **error)
{
  *time = text != NULL ? hg_local_time_parse (text) : NULL;
  if (*time == NULL)
    return hg_error_invalid_field (error, field,
                                   _("Enter a date and time, e.g. 2026-12-28 09:00"));
  *stored = hg_local_time_store (*time);
  return TRUE;
}

static gboolean
check_text (char       **text,
            guint        max,
            HgTextFlags  flags,
            const char  *field,
            GError     **error)
{
  g_autofree char *normal = hg_text_normalize (*text ? *text : "");
  const char *problem = hg_text_check (normal, max, flags);

  if (problem != NULL)
    return hg_error_invalid_field (error, field, problem);
  g_free (*text);
  *text = g_steal_pointer (&normal);
  return TRUE;
}

/* Binds the fields of @c, item to note in the table's order, from
 * parameter @first on: what adding and rewriting a record share. */
static void
bind_record (sqlite3_stmt     *stmt,
             const HgCarryout *c,
             int               first)
{
  sqlite3_bind_text (stmt, first, c->item, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 1, hg_carryout_medium_get_id (c->medium), -1, SQLITE_STATIC);
  hg_db_bind_id_or_null (stmt, first + 2, c->asset);
  sqlite3_bind_text (stmt, first + 3, c->person, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 4, c->approved_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 5, c->out_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 6, c->due_at, -1, SQLITE_STATIC);
  hg_db_bind_text_or_null (stmt, first + 7, c->back_at);
  sqlite3_bind_text (stmt, first + 8, c->note, -1, SQLITE_STATIC);
}

static gboolean
add_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  HgCarryout *c = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "INSERT INTO carryout (item, medium, asset, person, approved_by, "
                            "out_at, due_at, back_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                            "?8, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  bind_record (stmt, c, 1);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  c->id = sqlite3_last_insert_rowid (db);
  return TRUE;
}

/* Checks @carryout and returns it as stored (texts normalised, moments in
 * the stored form), or NULL with the field named. Nothing is written. */
static HgCarryout *
prepare (HgWorkbook        *workbook,
         const HgCarryout  *carryout,
         GError           **error)
{
  g_autoptr(HgCarryout) c = hg_carryout_copy (carryout);
  g_autoptr(GDateTime) out = NULL, due = NULL, back = NULL;
  sqlite3 *db = hg_workbook_get_db (workbook);

  g_clear_pointer (&c->out_at, g_free);
  g_clear_pointer (&c->due_at, g_free);
  g_clear_pointer (&c->back_at, g_free);
  if (!check_text (&c->item, HG_CARRYOUT_ITEM_MAX, HG_TEXT_REQUIRED, _("What was taken out"), error)
      || !check_text (&c->person, HG_CARRYOUT_PERSON_MAX, HG_TEXT_REQUIRED, _("Taken out by"), error)
      || !check_text (&c->approved_by, HG_CARRYOUT_PERSON_MAX, HG_TEXT_REQUIRED, _("Approved by"),
                      error)
      || !read_moment (carryout->out_at, _("Out at"), &c->out_at, &out, error)
      || !read_moment (carryout->due_at, _("Due back"), &c->due_at, &due, error)
      || (carryout->back_at != NULL
          && !read_moment (carryout->back_at, _("Back at"), &c->back_at, &back, error))
      || !check_text (&c->note, HG_CARRYOUT_NOTE_MAX, HG_TEXT_MULTILINE, _("Note"), error))
    return NULL;
  if (g_date_time_compare (due, out) < 0)
    {
      hg_error_invalid_field (error, _("Due back"),
                              _("It cannot be due back before it was taken out"));
      return NULL;
    }
  if (back != NULL && g_date_time_compare (back, out) < 0)
    {
      hg_error_invalid_field (error, _("Back at"), _("It cannot be back before it was taken out"));
      return NULL;
    }
  if (c->asset > 0)
    {
      g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT 1 FROM asset WHERE id = ?1", error);
      int rc;

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, c->asset);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          g_autofree char *message = NULL;
          g_autofree char *number = NULL;

          if (rc != SQLITE_DONE)
            {
              hg_db_set_error (db, error, "looking up the asset");
              return NULL;
            }
          number = g_strdup_printf ("%" G_GINT64_FORMAT, c->asset);
          message = g_strdup_printf (_("There is no asset number %s in the register"), number);
          hg_error_invalid_field (error, _("Asset"), message);
          return NULL;
        }
    }
  return g_steal_pointer (&c);
}

gboolean
hg_carryout_add (HgWorkbook  *workbook,
                 HgCarryout  *carryout,
                 GError     **error)
{
  g_autoptr(HgCarryout) c = prepare (workbook, carryout, error);
  g_autofree char *label = NULL;

  if (c == NULL)
    return FALSE;
  label = g_strdup_printf (_("Record “%s” taken out"), c->item);
  if (!hg_workbook_edit (workbook, label, add_cb, c, error))
    return FALSE;
  carryout->id = c->id;
  return TRUE;
}

/* The record @id of the log, or NULL with "There is no carry-out number". */
static HgCarryout *
find (HgWorkbook  *workbook,
      gint64       id,
      GError     **error)
{
  g_autoptr(GPtrArray) list = hg_carryout_list (workbook, error);
  g_autofree char *number = NULL;
  g_autofree char *message = NULL;

  if (list == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    if (((HgCarryout *) g_ptr_array_index (list, i))->id == id)
      return g_ptr_array_steal_index (list, i);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  message = g_strdup_printf (_("There is no carry-out number %s"), number);
  hg_error_invalid (error, message);
  return NULL;
}

HgCarryout *
hg_carryout_get (HgWorkbook  *workbook,
                 gint64       id,
                 GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return find (workbook, id, error);
}

static gboolean
update_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  HgCarryout *c = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "UPDATE carryout SET item = ?2, medium = ?3, asset = ?4, person = ?5, "
                            "approved_by = ?6, out_at = ?7, due_at = ?8, back_at = ?9, note = ?10 "
                            "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  bind_record (stmt, c, 2);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_carryout_update (HgWorkbook        *workbook,
                    const HgCarryout  *carryout,
                    GError           **error)
{
  g_autoptr(HgCarryout) old = NULL;
  g_autoptr(HgCarryout) c = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if ((old = find (workbook, carryout->id, error)) == NULL
      || (c = prepare (workbook, carryout, error)) == NULL)
    return FALSE;
  label = g_strdup_printf (_("Edit carry-out “%s”"), c->item);
  return hg_workbook_edit (workbook, label, update_cb, c, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM carryout WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_carryout_remove (HgWorkbook  *workbook,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(HgCarryout) old = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if ((old = find (workbook, id, error)) == NULL)
    return FALSE;
  label = g_strdup_printf (_("Remove carry-out “%s”"), old->item);
  return hg_workbook_edit (workbook, label, remove_cb, &id, error);
}

typedef struct
{
  gint64  id;
  char   *back;
} ReturnData;

static gboolean
return_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  ReturnData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "UPDATE carryout SET back_at = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_text (stmt, 2, data->back, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_carryout_return (HgWorkbook  *workbook,
                    gint64       id,
                    const char  *back,
                    GError     **error)
{
  g_autoptr(HgCarryout) c = find (workbook, id, error);
  g_autoptr(GDateTime) back_time = NULL, out = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *label = NULL;
  ReturnData data;

  if (c == NULL)
    return FALSE;
  if (c->back_at != NULL)
    {
      g_autofree char *when = hg_local_time_format (c->back_at);
      g_autofree char *message = g_strdup_printf (_("It came back already, at %s"), when);

      return hg_error_invalid_field (error, _("Back at"), message);
    }
  if (!read_moment (back, _("Back at"), &stored, &back_time, error))
    return FALSE;
  out = hg_local_time_parse (c->out_at);
  if (out != NULL && g_date_time_compare (back_time, out) < 0)
    return hg_error_invalid_field (error, _("Back at"),
                                   _("It cannot be back before it was taken out"));
  data = (ReturnData) { id, stored };
  label = g_strdup_printf (_("Record “%s” back"), c->item);
  return hg_workbook_edit (workbook, label, return_cb, &data, error);
}

gboolean
_hg_carryout_insert (sqlite3     *db,
                     HgCarryout  *carryout,
                     GError     **error)
{
  return add_cb (db, carryout, error);
}

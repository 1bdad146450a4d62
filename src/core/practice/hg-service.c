/* hg-service.c
 *
 * Reading the register of external services and contractors. A service
 * always comes back with every checklist item, answered "no" where no row
 * was written, so that a checklist item added later shows as open rather
 * than missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-duty-calendar.h"
#include "hg-service.h"

static const char *kind_ids[] = { "cloud", "contractor" };
static const char *check_ids[] = {
  "intrusion", "insider", "applicant", "provider", "contract", "certification",
  "subcontract", "ip",
};
G_STATIC_ASSERT (G_N_ELEMENTS (check_ids) == HG_SERVICE_N_CHECKS);

HgService *
hg_service_new (void)
{
  HgService *service = g_new0 (HgService, 1);

  service->assets = g_array_new (FALSE, FALSE, sizeof (gint64));
  service->asset_names = g_ptr_array_new_with_free_func (g_free);
  return service;
}

void
hg_service_free (HgService *service)
{
  if (service == NULL)
    return;
  g_free (service->name);
  g_free (service->department);
  g_free (service->approved_by);
  g_free (service->approved_on);
  g_free (service->next_review);
  g_free (service->note);
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    g_free (service->checks[i].note);
  g_array_unref (service->assets);
  g_ptr_array_unref (service->asset_names);
  g_free (service->ended);
  g_free (service->end_note);
  g_free (service);
}

const char *
hg_service_kind_get_id (HgServiceKind kind)
{
  return kind == HG_SERVICE_CONTRACTOR ? kind_ids[1] : kind_ids[0];
}

const char *
hg_service_kind_get_label (HgServiceKind kind)
{
  return kind == HG_SERVICE_CONTRACTOR ? _("Contractor") : _("Cloud service");
}

gboolean
hg_service_kind_from_id (const char    *id,
                         HgServiceKind *kind)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (kind_ids); i++)
    if (g_str_equal (id, kind_ids[i]))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hg_service_check_get_id (HgServiceCheck check)
{
  g_return_val_if_fail (check < HG_SERVICE_N_CHECKS, NULL);
  return check_ids[check];
}

const char *
hg_service_check_get_label (HgServiceCheck check)
{
  switch (check)
    {
    case HG_SERVICE_CHECK_INTRUSION:
      return _("Protection from intrusion");
    case HG_SERVICE_CHECK_INSIDER:
      return _("Prevention of misuse from inside");
    case HG_SERVICE_CHECK_APPLICANT:
      return _("Duties of the applying department");
    case HG_SERVICE_CHECK_PROVIDER:
      return _("Duties of the provider");
    case HG_SERVICE_CHECK_CONTRACT:
      return _("Contract");
    case HG_SERVICE_CHECK_CERTIFICATION:
      return _("Certifications and third-party evaluations");
    case HG_SERVICE_CHECK_SUBCONTRACT:
      return _("Control of sub-contractors");
    case HG_SERVICE_CHECK_IP:
    case HG_SERVICE_N_CHECKS:
    default:
      return _("Intellectual property");
    }
}

guint
hg_service_count_met (const HgService *service)
{
  guint met = 0;

  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    met += service->checks[i].ok ? 1 : 0;
  return met;
}

static int
check_from_id (const char *id)
{
  for (guint i = 0; id != NULL && i < HG_SERVICE_N_CHECKS; i++)
    if (g_str_equal (id, check_ids[i]))
      return i;
  return -1;
}

static HgService *
find (GPtrArray *list,
      gint64     id)
{
  for (guint i = 0; i < list->len; i++)
    if (((HgService *) g_ptr_array_index (list, i))->id == id)
      return g_ptr_array_index (list, i);
  return NULL;
}

static gboolean
read_children (sqlite3    *db,
               GPtrArray  *list,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) checks = NULL;
  g_autoptr(sqlite3_stmt) assets = NULL;
  int rc;

  checks = hg_db_prepare (db, "SELECT service, item, ok, note FROM service_check", error);
  if (checks == NULL)
    return FALSE;
  while ((rc = sqlite3_step (checks)) == SQLITE_ROW)
    {
      HgService *service = find (list, sqlite3_column_int64 (checks, 0));
      int item = check_from_id ((const char *) sqlite3_column_text (checks, 1));

      if (service == NULL || item < 0)
        continue;
      service->checks[item].ok = sqlite3_column_int (checks, 2) != 0;
      g_free (service->checks[item].note);
      service->checks[item].note = hg_db_column_dup (checks, 3);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "reading the service checklists");
      return FALSE;
    }
  assets = hg_db_prepare (db, "SELECT s.service, s.asset, a.name FROM service_asset s "
                              "JOIN asset a ON a.id = s.asset ORDER BY s.service, a.id", error);
  if (assets == NULL)
    return FALSE;
  while ((rc = sqlite3_step (assets)) == SQLITE_ROW)
    {
      HgService *service = find (list, sqlite3_column_int64 (assets, 0));
      gint64 asset = sqlite3_column_int64 (assets, 1);

      if (service == NULL)
        continue;
      g_array_append_val (service->assets, asset);
      g_ptr_array_add (service->asset_names, hg_db_column_dup (assets, 2));
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "reading the services' assets");
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
hg_service_list (HgWorkbook  *workbook,
                 GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  stmt = hg_db_prepare (db, "SELECT id, name, kind, department, approved_by, approved_on, "
                            "next_review, note, ended, end_returned, end_deleted, end_proof, "
                            "end_note FROM service ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_service_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgService *s = hg_service_new ();

      s->id = sqlite3_column_int64 (stmt, 0);
      s->name = hg_db_column_dup (stmt, 1);
      hg_service_kind_from_id ((const char *) sqlite3_column_text (stmt, 2), &s->kind);
      s->department = hg_db_column_dup (stmt, 3);
      s->approved_by = hg_db_column_dup (stmt, 4);
      s->approved_on = hg_db_column_dup (stmt, 5);
      s->next_review = hg_db_column_dup (stmt, 6);
      s->note = hg_db_column_dup (stmt, 7);
      s->ended = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? NULL : hg_db_column_dup (stmt, 8);
      s->end_returned = sqlite3_column_int (stmt, 9) != 0;
      s->end_deleted = sqlite3_column_int (stmt, 10) != 0;
      s->end_proof = sqlite3_column_int (stmt, 11) != 0;
      s->end_note = hg_db_column_dup (stmt, 12);
      for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
        s->checks[i].note = g_strdup ("");
      g_ptr_array_add (list, s);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "reading the service register");
      return NULL;
    }
  if (!read_children (db, list, error))
    return NULL;
  return g_steal_pointer (&list);
}

gboolean
hg_service_review_is_overdue (const HgService *service,
                              const GDate     *today)
{
  g_autofree char *now = hg_duty_calendar_store_date (today);

  return service->ended == NULL && service->next_review != NULL
         && strcmp (service->next_review, now) < 0;
}

static int
compare_review (gconstpointer a,
                gconstpointer b)
{
  const HgService *x = *(HgService **) a, *y = *(HgService **) b;

  return strcmp (x->next_review, y->next_review);
}

GPtrArray *
hg_service_review_overdue (GPtrArray   *list,
                           const GDate *today)
{
  GPtrArray *overdue = g_ptr_array_new ();

  for (guint i = 0; i < list->len; i++)
    if (hg_service_review_is_overdue (g_ptr_array_index (list, i), today))
      g_ptr_array_add (overdue, g_ptr_array_index (list, i));
  g_ptr_array_sort (overdue, compare_review);
  return overdue;
}

/* hg-employee.c
 *
 * Every person of the company is an employee; the employment table holds
 * what is known beyond the Company page (hire date, position, status, the
 * latest promotion). The dates matter because teaching the rules follows
 * them: at hiring, at promotion and whenever the rules change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-employee"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-employee.h"
#include "hg-error.h"
#include "hg-import-sheet.h"
#include "hg-text.h"

struct _HgEmployee
{
  GObject         parent_instance;

  HgEmployeeData *data;
};

G_DEFINE_FINAL_TYPE (HgEmployee, hg_employee, G_TYPE_OBJECT)

static const struct
{
  const char *key;      /* in the workbook */
  const char *label;    /* in the interface */
  const char *word;     /* in files: Japanese, like the register's headers */
  const char *aliases[12];
} statuses[HG_EMPLOYEE_N_STATUSES] = {
  [HG_EMPLOYEE_ACTIVE] = { "active", N_("Active"), "在籍",
                           { "在籍", "在籍中", "在職", "在職中", "勤務中", "現職", "active",
                             "employed", "current" } },
  [HG_EMPLOYEE_ON_LEAVE] = { "on_leave", N_("On leave"), "休職",
                             { "休職", "休職中", "休業", "休業中", "産休", "育休", "産休中",
                               "育休中", "on leave", "on_leave", "leave" } },
  [HG_EMPLOYEE_LEFT] = { "left", N_("Left"), "退職",
                         { "退職", "退職済", "退職済み", "退社", "離職", "left", "resigned",
                           "retired", "former" } },
};

const char *
hg_employee_status_key (HgEmployeeStatus status)
{
  g_return_val_if_fail (status < HG_EMPLOYEE_N_STATUSES, "active");
  return statuses[status].key;
}

const char *
hg_employee_status_label (HgEmployeeStatus status)
{
  g_return_val_if_fail (status < HG_EMPLOYEE_N_STATUSES, "");
  return _(statuses[status].label);
}

/* The word written to files, whatever the interface language. */
const char *
hg_employee_status_word (HgEmployeeStatus status)
{
  g_return_val_if_fail (status < HG_EMPLOYEE_N_STATUSES, "");
  return statuses[status].word;
}

/* Reads the words HR sheets use (在籍中, 育休, resigned…) and our keys. */
gboolean
hg_employee_status_parse (const char       *text,
                          HgEmployeeStatus *status)
{
  for (guint s = 0; s < HG_EMPLOYEE_N_STATUSES; s++)
    if (hg_import_header_matches (text, statuses[s].aliases, G_N_ELEMENTS (statuses[s].aliases)))
      {
        *status = s;
        return TRUE;
      }
  return FALSE;
}

HgEmployment *
hg_employment_new (const char       *hired_on,
                   const char       *position,
                   HgEmployeeStatus  status,
                   const char       *promoted_on)
{
  HgEmployment *e = g_new0 (HgEmployment, 1);

  e->hired_on = hg_text_normalize (hired_on);
  e->position = hg_text_normalize (position);
  e->status = status;
  e->promoted_on = hg_text_normalize (promoted_on);
  return e;
}

static void
employment_clear (HgEmployment *e)
{
  g_free (e->hired_on);
  g_free (e->position);
  g_free (e->promoted_on);
}

void
hg_employment_free (HgEmployment *employment)
{
  if (employment == NULL)
    return;
  employment_clear (employment);
  g_free (employment);
}

const char *
hg_employment_validate (HgEmploymentField  field,
                        const char        *value)
{
  g_autofree char *normalized = hg_text_normalize (value);
  g_autofree char *iso = NULL;

  switch (field)
    {
    case HG_EMPLOYMENT_FIELD_HIRED_ON:
    case HG_EMPLOYMENT_FIELD_PROMOTED_ON:
      if (!hg_date_parse (normalized, &iso))
        return _("Write a date such as 2026-04-01");
      break;

    case HG_EMPLOYMENT_FIELD_POSITION:
      return hg_text_check (normalized, HG_EMPLOYEE_POSITION_MAX, HG_TEXT_ONE_LINE);

    default:
      g_return_val_if_reached (NULL);
    }
  return NULL;
}

/* Both dates valid or empty: a promotion cannot come before the hiring. */
const char *
hg_employment_validate_dates (const char *hired_on,
                              const char *promoted_on)
{
  g_autofree char *hired = NULL;
  g_autofree char *promoted = NULL;

  if (!hg_date_parse (hired_on, &hired) || !hg_date_parse (promoted_on, &promoted))
    return NULL;
  if (hired[0] != '\0' && promoted[0] != '\0' && strcmp (promoted, hired) < 0)
    return _("The promotion date is before the hire date");
  return NULL;
}

/* Checks @employment and writes its dates as YYYY-MM-DD. */
gboolean
hg_employment_normalize (HgEmployment  *employment,
                         GError       **error)
{
  static const struct { HgEmploymentField field; const char *label; } checks[] = {
    { HG_EMPLOYMENT_FIELD_HIRED_ON, N_("Hire date") },
    { HG_EMPLOYMENT_FIELD_POSITION, N_("Position") },
    { HG_EMPLOYMENT_FIELD_PROMOTED_ON, N_("Promotion date") },
  };
  char **values[] = { &employment->hired_on, &employment->position, &employment->promoted_on };
  const char *problem;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      char *normalized = hg_text_normalize (*values[i]);

      g_free (*values[i]);
      *values[i] = normalized;
      if ((problem = hg_employment_validate (checks[i].field, normalized)) != NULL)
        {
          g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                       "%s: %s", _(checks[i].label), problem);
          return FALSE;
        }
      if (checks[i].field != HG_EMPLOYMENT_FIELD_POSITION)
        {
          g_autofree char *iso = NULL;

          hg_date_parse (normalized, &iso);
          hg_text_set (values[i], iso);
        }
    }
  if (employment->status >= HG_EMPLOYEE_N_STATUSES)
    {
      g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                           _("Unknown employment status"));
      return FALSE;
    }
  if ((problem = hg_employment_validate_dates (employment->hired_on,
                                               employment->promoted_on)) != NULL)
    {
      g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, problem);
      return FALSE;
    }
  return TRUE;
}

void
hg_employee_data_free (HgEmployeeData *data)
{
  if (data == NULL)
    return;
  g_free (data->name);
  g_free (data->department);
  g_free (data->email);
  g_free (data->phone);
  employment_clear (&data->employment);
  g_free (data->received_on);
  g_free (data);
}

static void
hg_employee_finalize (GObject *object)
{
  HgEmployee *self = (HgEmployee *) object;

  g_clear_pointer (&self->data, hg_employee_data_free);

  G_OBJECT_CLASS (hg_employee_parent_class)->finalize (object);
}

static void
hg_employee_class_init (HgEmployeeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hg_employee_finalize;
}

static void
hg_employee_init (HgEmployee *self)
{
}

/* Takes ownership of @data. */
HgEmployee *
hg_employee_new (HgEmployeeData *data)
{
  HgEmployee *self = g_object_new (HG_TYPE_EMPLOYEE, NULL);

  self->data = data;
  return self;
}

const HgEmployeeData *
hg_employee_get_data (HgEmployee *self)
{
  g_return_val_if_fail (HG_IS_EMPLOYEE (self), NULL);
  return self->data;
}

static HgEmployeeStatus
status_from_key (const char *key)
{
  for (guint s = 0; s < HG_EMPLOYEE_N_STATUSES; s++)
    if (g_strcmp0 (key, statuses[s].key) == 0)
      return s;
  return HG_EMPLOYEE_ACTIVE;
}

/* Everyone on the Company page, in the order they were added, with the
 * highest version of the handbook (@pack_id, @document_id) each received. */
GPtrArray *
hg_employee_list (HgWorkbook *workbook,
                  const char *pack_id,
                  const char *document_id)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT p.id, p.name, ifnull (p.department_id, 0), ifnull (d.name, ''), "
                        "p.email, p.phone, ifnull (e.hired_on, ''), ifnull (e.position, ''), "
                        "ifnull (e.status, 'active'), ifnull (e.promoted_on, ''), "
                        "ifnull (r.version, 0), ifnull (r.received_on, ''), ifnull (r.pledge, 0) "
                        "FROM person p "
                        "LEFT JOIN department d ON d.id = p.department_id "
                        "LEFT JOIN employment e ON e.person_id = p.id "
                        "LEFT JOIN handbook_receipt r ON r.id = "
                        "  (SELECT id FROM handbook_receipt WHERE person_id = p.id "
                        "   AND pack = ?1 AND document = ?2 "
                        "   ORDER BY version DESC, received_on DESC LIMIT 1) "
                        "ORDER BY p.id", NULL);
  if (stmt == NULL)
    return list;
  sqlite3_bind_text (stmt, 1, pack_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, document_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HgEmployeeData *d = g_new0 (HgEmployeeData, 1);

      d->person_id = sqlite3_column_int64 (stmt, 0);
      d->name = hg_db_column_dup (stmt, 1);
      d->department_id = sqlite3_column_int64 (stmt, 2);
      d->department = hg_db_column_dup (stmt, 3);
      d->email = hg_db_column_dup (stmt, 4);
      d->phone = hg_db_column_dup (stmt, 5);
      d->employment.hired_on = hg_db_column_dup (stmt, 6);
      d->employment.position = hg_db_column_dup (stmt, 7);
      d->employment.status = status_from_key ((const char *) sqlite3_column_text (stmt, 8));
      d->employment.promoted_on = hg_db_column_dup (stmt, 9);
      d->received_version = (guint) sqlite3_column_int (stmt, 10);
      d->received_on = hg_db_column_dup (stmt, 11);
      d->pledge = sqlite3_column_int (stmt, 12) != 0;
      g_ptr_array_add (list, hg_employee_new (d));
    }
  return list;
}

/* A person without a record is active with nothing known. */
HgEmployment *
hg_employee_get_employment (HgWorkbook *workbook,
                            gint64      person_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT hired_on, position, status, promoted_on FROM employment "
                        "WHERE person_id = ?1", NULL);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return hg_employment_new ("", "", HG_EMPLOYEE_ACTIVE, "");
  return hg_employment_new ((const char *) sqlite3_column_text (stmt, 0),
                            (const char *) sqlite3_column_text (stmt, 1),
                            status_from_key ((const char *) sqlite3_column_text (stmt, 2)),
                            (const char *) sqlite3_column_text (stmt, 3));
}

/* Inside an edit; @employment already normalized. An unchanged record is
 * not written, so the undo log holds only real changes. */
gboolean
_hg_employee_write_employment (sqlite3             *db,
                               gint64               person_id,
                               const HgEmployment  *employment,
                               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db,
                        "INSERT INTO employment (person_id, hired_on, position, status, "
                        "promoted_on) VALUES (?1, ?2, ?3, ?4, ?5) "
                        "ON CONFLICT (person_id) DO UPDATE SET hired_on = ?2, position = ?3, "
                        "status = ?4, promoted_on = ?5 "
                        "WHERE hired_on IS NOT ?2 OR position IS NOT ?3 OR status IS NOT ?4 "
                        "OR promoted_on IS NOT ?5", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, employment->hired_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, employment->position, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, hg_employee_status_key (employment->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, employment->promoted_on, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

typedef struct
{
  gint64        person_id;
  HgEmployment *employment;
} SetEmployment;

static gboolean
set_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  SetEmployment *set = user_data;

  return _hg_employee_write_employment (db, set->person_id, set->employment, error);
}

gboolean
hg_employee_set_employment (HgWorkbook          *workbook,
                            gint64               person_id,
                            const HgEmployment  *employment,
                            GError             **error)
{
  g_autoptr(HgEmployment) copy = NULL;
  SetEmployment set;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  copy = hg_employment_new (employment->hired_on, employment->position, employment->status,
                            employment->promoted_on);
  if (!hg_employment_normalize (copy, error))
    return FALSE;
  set = (SetEmployment) { person_id, copy };
  return hg_workbook_edit (workbook, _("Edit Employment Details"), set_cb, &set, error);
}

/* hg-employee-import.c
 *
 * A staff list exported from payroll or typed in Excel: one person a row,
 * matched to the Company page's people by name. A known name updates that
 * person, a new one adds them, and a department nobody created yet is
 * created with the import. Preparing writes nothing; applying writes every
 * row in one transaction — one undo step — and refuses while any problem
 * is left.
 *
 * An empty cell never erases what the workbook knows: a list without hire
 * dates must not wipe the ones typed in by hand.
 *
 * The window checks the file in a thread: hg_employee_import_new() reads
 * the people, their employment and the departments where the workbook is
 * edited, and hg_employee_import_check_rows() reads only those and the
 * file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-employee-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-department.h"
#include "hg-employee-import.h"
#include "hg-import-names.h"
#include "hg-limits.h"
#include "hg-person.h"
#include "hg-text.h"

typedef enum
{
  COL_NAME,
  COL_DEPARTMENT,
  COL_HIRED_ON,
  COL_POSITION,
  COL_STATUS,
  COL_PROMOTED_ON,
  COL_EMAIL,
  COL_PHONE,
  N_COLS
} Column;

/* Names met in HR and payroll sheets, Japanese and English. */
static const char *aliases[N_COLS][12] = {
  [COL_NAME] = { "氏名", "名前", "社員名", "従業員名", "氏名(漢字)", "name", "fullname",
                 "employee", "employeename" },
  [COL_DEPARTMENT] = { "部署", "部門", "所属", "所属部署", "部署名", "department", "dept",
                       "division" },
  [COL_HIRED_ON] = { "入社日", "入社年月日", "採用日", "hiredate", "hired", "hiredon",
                     "datehired", "startdate", "joined" },
  [COL_POSITION] = { "役職", "職位", "役職名", "position", "title", "jobtitle" },
  [COL_STATUS] = { "状態", "在籍", "在籍状況", "在籍区分", "ステータス", "status",
                   "employmentstatus" },
  [COL_PROMOTED_ON] = { "昇格日", "昇進日", "昇格年月日", "promotiondate", "promoted",
                        "promotedon" },
  [COL_EMAIL] = { "メール", "メールアドレス", "e-mail", "email", "mail", "emailaddress" },
  [COL_PHONE] = { "電話", "電話番号", "内線", "phone", "tel", "telephone", "phonenumber" },
};

struct _HgEmployeeImport
{
  GArray        *rows;          /* of HgEmployeeImportRow */
  HgImportSheet *sheet;         /* NULL until checked */
  HgImportNames *departments;
  GHashTable    *people;        /* normalized name → id; 0 when two share it */
  GHashTable    *employments;   /* id → HgEmployment, of those people */
  GHashTable    *seen;          /* name → line it first appeared on */
  guint          n_add;
  guint          n_update;
};

static gboolean
match_column (const char *header,
              guint      *column)
{
  for (guint c = 0; c < N_COLS; c++)
    if (hg_import_header_matches (header, aliases[c], G_N_ELEMENTS (aliases[c])))
      {
        *column = c;
        return TRUE;
      }
  return FALSE;
}

static void
row_clear (gpointer data)
{
  HgEmployeeImportRow *row = data;

  g_free (row->name);
  g_free (row->department);
  g_free (row->email);
  g_free (row->phone);
  hg_employment_free (row->employment);
}

void
hg_employee_import_free (HgEmployeeImport *import)
{
  if (import == NULL)
    return;
  g_array_unref (import->rows);
  g_clear_pointer (&import->sheet, hg_import_sheet_free);
  hg_import_names_free (import->departments);
  g_hash_table_unref (import->people);
  g_hash_table_unref (import->employments);
  g_hash_table_unref (import->seen);
  g_free (import);
}

static GHashTable *
load_people (HgWorkbook *workbook)
{
  GHashTable *people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT id, name FROM person", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *name = hg_text_normalize ((const char *) sqlite3_column_text (stmt, 1));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      /* Two people of one name cannot be told apart by a file. */
      g_hash_table_insert (people, name, GSIZE_TO_POINTER (g_hash_table_contains (people, name)
                                                           ? 0 : (gsize) id));
    }
  return people;
}

/* The employment records of the people a row can name. */
static GHashTable *
load_employments (HgWorkbook *workbook,
                  GHashTable *people)
{
  GHashTable *employments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                   (GDestroyNotify) hg_employment_free);
  GHashTableIter iter;
  gpointer id;

  g_hash_table_iter_init (&iter, people);
  while (g_hash_table_iter_next (&iter, NULL, &id))
    if (id != NULL)
      {
        gint64 *key = g_new (gint64, 1);

        *key = (gint64) GPOINTER_TO_SIZE (id);
        g_hash_table_insert (employments, key, hg_employee_get_employment (workbook, *key));
      }
  return employments;
}

static HgEmployment *
employment_of (HgEmployeeImport *import,
               gint64            person_id)
{
  const HgEmployment *e = person_id > 0 ? g_hash_table_lookup (import->employments, &person_id)
                                        : NULL;

  if (e == NULL)
    return hg_employment_new ("", "", HG_EMPLOYEE_ACTIVE, "");
  return hg_employment_new (e->hired_on, e->position, e->status, e->promoted_on);
}

/* Resolves the name to a person (or a new one) and notes problems. */
static void
take_name (HgEmployeeImport    *import,
           HgEmployeeImportRow *row,
           const char          *name)
{
  HgImportSheet *sheet = import->sheet;
  const char *header = hg_import_sheet_get_header (sheet, COL_NAME);
  gpointer id, first_line;

  if (name[0] == '\0')
    {
      hg_import_sheet_add_problem (sheet, row->line, header, "", _("Required"));
      return;
    }
  if (!hg_import_sheet_take_text (sheet, row->line, COL_NAME, name, HG_PERSON_NAME_MAX,
                                  HG_TEXT_ONE_LINE, &row->name))
    return;
  if (g_hash_table_lookup_extended (import->seen, name, NULL, &first_line))
    {
      g_autofree char *reason =
        g_strdup_printf (_("Also on line %u: list each person once"),
                         GPOINTER_TO_UINT (first_line));
      hg_import_sheet_add_problem (sheet, row->line, header, name, reason);
      return;
    }
  g_hash_table_insert (import->seen, g_strdup (name), GUINT_TO_POINTER (row->line));
  if (g_hash_table_lookup_extended (import->people, name, NULL, &id))
    {
      row->person_id = (gint64) GPOINTER_TO_SIZE (id);
      if (row->person_id == 0)
        hg_import_sheet_add_problem (sheet, row->line, header, name,
                                     _("Two people on the Company page have this name; tell "
                                       "them apart there first"));
    }
}

static void
take_contact (HgImportSheet *sheet,
              guint          line,
              Column         column,
              HgPersonField  field,
              const char    *text,
              char         **dest)
{
  const char *problem;

  if (text[0] == '\0')
    return;
  if ((problem = hg_person_validate (field, text)) != NULL)
    hg_import_sheet_add_problem (sheet, line, hg_import_sheet_get_header (sheet, column), text,
                                 problem);
  else
    *dest = g_strdup (text);
}

static void
parse_row (HgEmployeeImport  *import,
           const HgTableRow  *file_row)
{
  HgImportSheet *sheet = import->sheet;
  HgEmployeeImportRow row = { .line = file_row->line, .name = g_strdup ("") };
  guint problems_before = hg_import_sheet_get_n_problems (sheet);
  char *cell[N_COLS];
  HgEmployment *e;
  const char *problem;

  for (guint c = 0; c < N_COLS; c++)
    cell[c] = hg_import_sheet_get_cell (sheet, file_row, c);

  take_name (import, &row, cell[COL_NAME]);
  row.employment = e = employment_of (import, row.person_id);

  if (cell[COL_DEPARTMENT][0] != '\0'
      && hg_import_sheet_take_text (sheet, row.line, COL_DEPARTMENT, cell[COL_DEPARTMENT],
                                    HG_DEPARTMENT_NAME_MAX, HG_TEXT_ONE_LINE, &row.department))
    hg_import_names_resolve (import->departments, row.department);
  if (cell[COL_HIRED_ON][0] != '\0')
    hg_import_sheet_take_date (sheet, row.line, COL_HIRED_ON, cell[COL_HIRED_ON], &e->hired_on);
  if (cell[COL_PROMOTED_ON][0] != '\0')
    hg_import_sheet_take_date (sheet, row.line, COL_PROMOTED_ON, cell[COL_PROMOTED_ON],
                               &e->promoted_on);
  if (cell[COL_POSITION][0] != '\0')
    hg_import_sheet_take_text (sheet, row.line, COL_POSITION, cell[COL_POSITION],
                               HG_EMPLOYEE_POSITION_MAX, HG_TEXT_ONE_LINE, &e->position);
  if (cell[COL_STATUS][0] != '\0' && !hg_employee_status_parse (cell[COL_STATUS], &e->status))
    hg_import_sheet_add_problem (sheet, row.line, hg_import_sheet_get_header (sheet, COL_STATUS),
                                 cell[COL_STATUS], _("Write 在籍, 休職 or 退職"));
  take_contact (sheet, row.line, COL_EMAIL, HG_PERSON_FIELD_EMAIL, cell[COL_EMAIL], &row.email);
  take_contact (sheet, row.line, COL_PHONE, HG_PERSON_FIELD_PHONE, cell[COL_PHONE], &row.phone);

  /* Checked on the merged record: the file may give only one of the dates. */
  if (hg_import_sheet_get_n_problems (sheet) == problems_before
      && (problem = hg_employment_validate_dates (e->hired_on, e->promoted_on)) != NULL)
    hg_import_sheet_add_problem (sheet, row.line,
                                 hg_import_sheet_get_header (sheet, cell[COL_PROMOTED_ON][0]
                                                                    ? COL_PROMOTED_ON
                                                                    : COL_HIRED_ON),
                                 cell[COL_PROMOTED_ON][0] ? cell[COL_PROMOTED_ON]
                                                          : cell[COL_HIRED_ON], problem);

  for (guint c = 0; c < N_COLS; c++)
    g_free (cell[c]);

  if (hg_import_sheet_get_n_problems (sheet) == problems_before)
    {
      if (row.person_id > 0)
        import->n_update++;
      else
        import->n_add++;
    }
  g_array_append_val (import->rows, row);
}

/* What the check needs of the workbook, read where it is edited. */
HgEmployeeImport *
hg_employee_import_new (HgWorkbook *workbook)
{
  HgEmployeeImport *import;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  import = g_new0 (HgEmployeeImport, 1);
  import->rows = g_array_new (FALSE, TRUE, sizeof (HgEmployeeImportRow));
  g_array_set_clear_func (import->rows, row_clear);
  import->departments = hg_import_names_new (workbook, "department");
  import->people = load_people (workbook);
  import->employments = load_employments (workbook, import->people);
  import->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return import;
}

/**
 * hg_employee_import_check_rows:
 * @import: from hg_employee_import_new(), not checked yet
 * @reader: the rows of the file
 * @job: (nullable): follows the reader through the file; cancelling it
 *   stops the check
 * @error: return location for an error
 *
 * Reads and checks every row; writes nothing and touches no workbook, so
 * it may run in another thread. Fails only when the file cannot be read to
 * its end, cannot be a staff list at all (no rows, no name column) or @job
 * was cancelled (G_IO_ERROR_CANCELLED); every problem of a single row goes
 * into the problem list. Every other error names the file, when @reader
 * has a name.
 *
 * Returns: %TRUE when the import can be previewed
 */
gboolean
hg_employee_import_check_rows (HgEmployeeImport  *import,
                               HgSheetReader     *reader,
                               HgJob             *job,
                               GError           **error)
{
  g_autoptr(GError) local = NULL;
  HgTableRow row;
  guint64 done, total;

  g_return_val_if_fail (import != NULL && import->sheet == NULL, FALSE);
  g_return_val_if_fail (reader != NULL, FALSE);

  import->sheet = hg_import_sheet_new (reader, N_COLS, match_column, COL_NAME, &local);
  if (import->sheet == NULL)
    goto failed;

  if (hg_import_sheet_is_empty (import->sheet))
    {
      g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_EMPTY,
                   _("The file is empty: there is no header row and no one listed."));
      goto failed;
    }

  if (!hg_import_sheet_has_column (import->sheet, COL_NAME))
    {
      g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_HEADER,
                   _("No column for the name was found in the first ten rows. Name a column "
                     "“氏名” (or “Name”)."));
      goto failed;
    }

  hg_sheet_reader_get_progress (reader, &done, &total);
  hg_job_set_total (job, total);
  while (hg_import_sheet_next_row (import->sheet, reader, &row, &local))
    {
      hg_sheet_reader_get_progress (reader, &done, &total);
      if (!hg_job_report (job, done, error))
        return FALSE;
      parse_row (import, &row);
    }
  if (local != NULL)
    goto failed;

  if (import->rows->len == 0)
    {
      g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_ROWS,
                   _("The file has a header row but no one listed below it."));
      goto failed;
    }
  return hg_job_report (job, total, error);

failed:
  hg_sheet_reader_propagate_error (reader, error, g_steal_pointer (&local));
  return FALSE;
}

/**
 * hg_employee_import_prepare_rows:
 * @workbook: the workbook to import into
 * @reader: the rows of the file
 * @error: return location for an error
 *
 * Both steps at once, for hinagata-cli and the tests: see
 * hg_employee_import_check_rows().
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error set
 */
HgEmployeeImport *
hg_employee_import_prepare_rows (HgWorkbook     *workbook,
                                 HgSheetReader  *reader,
                                 GError        **error)
{
  g_autoptr(HgEmployeeImport) import = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (reader != NULL, NULL);

  import = hg_employee_import_new (workbook);
  if (!hg_employee_import_check_rows (import, reader, NULL, error))
    return NULL;
  return g_steal_pointer (&import);
}

/* The rows of @table, as hg_employee_import_prepare_rows() takes them. */
HgEmployeeImport *
hg_employee_import_prepare (HgWorkbook  *workbook,
                            HgTable     *table,
                            GError     **error)
{
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_new_for_table (table);

  return hg_employee_import_prepare_rows (workbook, reader, error);
}

/* The file at @path, read as hg_sheet_reader_open() reads it. */
HgEmployeeImport *
hg_employee_import_prepare_file (HgWorkbook  *workbook,
                                 const char  *path,
                                 GError     **error)
{
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (path, error);

  return reader != NULL ? hg_employee_import_prepare_rows (workbook, reader, error) : NULL;
}

guint
hg_employee_import_get_n_add (HgEmployeeImport *import)
{
  return import->n_add;
}

guint
hg_employee_import_get_n_update (HgEmployeeImport *import)
{
  return import->n_update;
}

guint
hg_employee_import_get_n_rows (HgEmployeeImport *import)
{
  return import->rows->len;
}

const HgEmployeeImportRow *
hg_employee_import_get_row (HgEmployeeImport *import,
                            guint             index)
{
  g_return_val_if_fail (index < import->rows->len, NULL);
  return &g_array_index (import->rows, HgEmployeeImportRow, index);
}

GPtrArray *
hg_employee_import_get_problems (HgEmployeeImport *import)
{
  return hg_import_sheet_get_problems (import->sheet);
}

guint
hg_employee_import_get_n_problems (HgEmployeeImport *import)
{
  return hg_import_sheet_get_n_problems (import->sheet);
}

GStrv
hg_employee_import_get_unknown_columns (HgEmployeeImport *import)
{
  return hg_import_sheet_get_unknown_columns (import->sheet);
}

GStrv
hg_employee_import_get_new_departments (HgEmployeeImport *import)
{
  return hg_import_names_get_new (import->departments);
}

/* Returns the person's id, 0 on failure. The row is left as prepared, so
 * a rolled-back import can be applied again. */
static gint64
write_person (sqlite3                    *db,
              HgEmployeeImport           *import,
              const HgEmployeeImportRow  *row,
              GError                    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 department = row->department
                      ? hg_import_names_lookup (import->departments, row->department) : 0;

  /* NULL parameters keep what the person has (an update) or take the
   * column's default (a new person). */
  if (row->person_id == 0)
    stmt = hg_db_prepare (db, "INSERT INTO person (name, department_id, email, phone) "
                              "VALUES (?1, nullif (?2, 0), ifnull (?3, ''), ifnull (?4, ''))",
                          error);
  else
    stmt = hg_db_prepare (db, "UPDATE person SET department_id = ifnull (nullif (?2, 0), "
                              "department_id), email = ifnull (?3, email), "
                              "phone = ifnull (?4, phone) WHERE id = ?5 "
                              "AND (department_id IS NOT ifnull (nullif (?2, 0), department_id) "
                              "OR email IS NOT ifnull (?3, email) "
                              "OR phone IS NOT ifnull (?4, phone))", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, row->name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, department);
  hg_db_bind_text_or_null (stmt, 3, row->email);
  hg_db_bind_text_or_null (stmt, 4, row->phone);
  if (row->person_id > 0)
    sqlite3_bind_int64 (stmt, 5, row->person_id);
  if (!hg_db_step_done (stmt, error))
    return 0;
  return row->person_id > 0 ? row->person_id : sqlite3_last_insert_rowid (db);
}

static gboolean
apply_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  HgEmployeeImport *import = user_data;

  if (!hg_import_names_create (import->departments, db, error))
    return FALSE;
  for (guint i = 0; i < import->rows->len; i++)
    {
      const HgEmployeeImportRow *row = &g_array_index (import->rows, HgEmployeeImportRow, i);
      gint64 id = write_person (db, import, row, error);

      if (id == 0 || !_hg_employee_write_employment (db, id, row->employment, error))
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
hg_employee_import_apply (HgWorkbook        *workbook,
                          HgEmployeeImport  *import,
                          GError           **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (import->sheet != NULL, FALSE);

  if (!hg_import_sheet_check (import->sheet, error))
    return FALSE;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Employee",
                                        "Import %u Employees", import->rows->len),
                           import->rows->len);
  return hg_workbook_edit (workbook, label, apply_cb, import, error);
}

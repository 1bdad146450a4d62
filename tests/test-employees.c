/* test-employees.c: employment details, the staff-list import, handbook
 * receipts, who needs teaching, and education sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-files.h"
#include "hg-db.h"
#include "hg-department.h"
#include "hg-education.h"
#include "hg-employee.h"
#include "hg-employee-import.h"
#include "hg-error.h"
#include "hg-handbook-receipt.h"
#include "hg-person.h"
#include "hg-progress.h"
#include "hg-revision.h"
#include "hg-test-util.h"
#include "hg-text.h"
#include "hg-xlsx.h"

#define PACK "hinagata_ja"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "employees.hinagata", "株式会社教育");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return hg_db_query_int (hg_workbook_get_db (f->workbook), sql, -1);
}

static gint64
add_person (Fixture    *f,
            const char *name,
            const char *hired_on,
            HgEmployeeStatus status)
{
  g_autoptr(HgPerson) p = hg_person_new (name, 0, "", "");
  g_autoptr(HgEmployment) e = hg_employment_new (hired_on, "", status, "");
  g_autoptr(GError) error = NULL;
  gint64 id = hg_person_add (f->workbook, p, &error);

  g_assert_no_error (error);
  g_assert_true (hg_employee_set_employment (f->workbook, id, e, &error));
  g_assert_no_error (error);
  return id;
}

/* ---- Employment details ------------------------------------------------ */

static void
test_employment_validation (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HgPerson) p = hg_person_new ("山田 太郎", 0, "", "");
  g_autoptr(GError) error = NULL;
  g_autoptr(HgEmployment) stored = NULL;
  g_autofree char *long_position = g_strnfill (51, 'x');
  gint64 id = hg_person_add (f->workbook, p, &error);

  /* Dates are read leniently, stored as YYYY-MM-DD. */
  g_assert_null (hg_employment_validate (HG_EMPLOYMENT_FIELD_HIRED_ON, "2024/4/1"));
  g_assert_null (hg_employment_validate (HG_EMPLOYMENT_FIELD_HIRED_ON, ""));
  g_assert_nonnull (hg_employment_validate (HG_EMPLOYMENT_FIELD_HIRED_ON, "4月1日"));
  g_assert_nonnull (hg_employment_validate (HG_EMPLOYMENT_FIELD_PROMOTED_ON, "2024-02-30"));
  g_assert_nonnull (hg_employment_validate (HG_EMPLOYMENT_FIELD_POSITION, long_position));
  g_assert_nonnull (hg_employment_validate_dates ("2024-04-01", "2023-04-01"));
  g_assert_null (hg_employment_validate_dates ("2024-04-01", ""));

  /* A person without a record is active with nothing known. */
  stored = hg_employee_get_employment (f->workbook, id);
  g_assert_cmpint (stored->status, ==, HG_EMPLOYEE_ACTIVE);
  g_assert_cmpstr (stored->hired_on, ==, "");
  g_clear_pointer (&stored, hg_employment_free);

  {
    g_autoptr(HgEmployment) e = hg_employment_new ("２０２４/4/1", " 班長 ", HG_EMPLOYEE_ON_LEAVE,
                                                   "2025.10.1");

    g_assert_true (hg_employee_set_employment (f->workbook, id, e, &error));
    g_assert_no_error (error);
  }
  stored = hg_employee_get_employment (f->workbook, id);
  g_assert_cmpstr (stored->hired_on, ==, "2024-04-01");
  g_assert_cmpstr (stored->position, ==, "班長");
  g_assert_cmpint (stored->status, ==, HG_EMPLOYEE_ON_LEAVE);
  g_assert_cmpstr (stored->promoted_on, ==, "2025-10-01");
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Edit Employment Details");

  {
    g_autoptr(HgEmployment) bad_date = hg_employment_new ("昨年", "", HG_EMPLOYEE_ACTIVE, "");
    g_autoptr(HgEmployment) early = hg_employment_new ("2024-04-01", "", HG_EMPLOYEE_ACTIVE,
                                                       "2020-01-01");

    g_assert_false (hg_employee_set_employment (f->workbook, id, bad_date, &error));
    g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (hg_employee_set_employment (f->workbook, id, early, &error));
    g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Undo takes the details back to "nothing known". */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM employment"), ==, 0);

  /* Removing the person removes their record. */
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_true (hg_person_remove (f->workbook, id, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM employment"), ==, 0);
}

static void
test_status_words (void)
{
  HgEmployeeStatus status = HG_EMPLOYEE_ACTIVE;

  g_assert_true (hg_employee_status_parse ("育休中", &status));
  g_assert_cmpint (status, ==, HG_EMPLOYEE_ON_LEAVE);
  g_assert_true (hg_employee_status_parse ("Resigned", &status));
  g_assert_cmpint (status, ==, HG_EMPLOYEE_LEFT);
  g_assert_true (hg_employee_status_parse ("在籍", &status));
  g_assert_cmpint (status, ==, HG_EMPLOYEE_ACTIVE);
  g_assert_false (hg_employee_status_parse ("出向", &status));
}

/* ---- Import ------------------------------------------------------------- */

static void
test_import_japanese_headers (Fixture       *f,
                              gconstpointer  data)
{
  const char *header[] = { "入社日", "氏名", "所属", "役職", "社員番号", "メールアドレス",
                           "在籍", NULL };
  const char *r1[] = { "2024/4/1", "山田 太郎", "製造部", "班長", "A-1", "yamada@example.jp",
                       "在籍", NULL };
  const char *r2[] = { "", "鈴木 花子", "総務部", "", "A-2", "", "", NULL };
  const char * const *rows[] = { header, r1, r2, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unknown = NULL;
  g_auto(GStrv) new_departments = NULL;
  g_autoptr(HgEmployment) suzuki = NULL;
  const HgEmployeeImportRow *row;
  gint64 suzuki_id;

  /* 鈴木 is known, with a hire date the file leaves empty. */
  g_assert_cmpint (hg_department_add (f->workbook, "総務部", &error), >, 0);
  suzuki_id = add_person (f, "鈴木 花子", "2019-10-01", HG_EMPLOYEE_ACTIVE);

  import = hg_employee_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_employee_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (hg_employee_import_get_n_add (import), ==, 1);
  g_assert_cmpuint (hg_employee_import_get_n_update (import), ==, 1);
  unknown = hg_employee_import_get_unknown_columns (import);
  g_assert_cmpuint (g_strv_length (unknown), ==, 1);
  g_assert_cmpstr (unknown[0], ==, "社員番号");
  new_departments = hg_employee_import_get_new_departments (import);
  g_assert_cmpuint (g_strv_length (new_departments), ==, 1);
  g_assert_cmpstr (new_departments[0], ==, "製造部");
  row = hg_employee_import_get_row (import, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpint (row->person_id, ==, 0);
  g_assert_cmpstr (row->employment->hired_on, ==, "2024-04-01");
  row = hg_employee_import_get_row (import, 1);
  g_assert_cmpint (row->person_id, ==, suzuki_id);

  /* Nothing is written before apply. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 1);
  g_assert_true (hg_employee_import_apply (f->workbook, import, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Import 2 Employees");
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person p JOIN department d "
                             "ON d.id = p.department_id WHERE p.name = '山田 太郎' "
                             "AND d.name = '製造部' AND p.email = 'yamada@example.jp'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM employment WHERE position = '班長' "
                             "AND hired_on = '2024-04-01'"), ==, 1);
  /* An empty cell leaves what was known. */
  suzuki = hg_employee_get_employment (f->workbook, suzuki_id);
  g_assert_cmpstr (suzuki->hired_on, ==, "2019-10-01");
  g_assert_cmpint (count (f, "SELECT department_id IS NOT NULL FROM person WHERE name = '鈴木 花子'"),
                   ==, 1);

  /* One undo takes the whole import back, the new department with it. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM department"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM employment WHERE position = '班長'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT department_id IS NULL FROM person WHERE name = '鈴木 花子'"),
                   ==, 1);
}

static void
test_import_english_headers (Fixture       *f,
                             gconstpointer  data)
{
  const char *title[] = { "Staff list, April 2026", NULL };
  const char *header[] = { "Status", "Name", "Hire date", "Position", "Promotion date",
                           "Department", "Phone", NULL };
  const char *r1[] = { "On leave", "Jane Smith", "2021-04-01", "Leader", "2024-04-01", "Sales",
                       "052-123-4567", NULL };
  const char * const *rows[] = { title, header, r1, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const HgEmployeeImportRow *row;

  import = hg_employee_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_employee_import_get_problems (import)->len, ==, 0);
  row = hg_employee_import_get_row (import, 0);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpint (row->employment->status, ==, HG_EMPLOYEE_ON_LEAVE);
  g_assert_cmpstr (row->employment->promoted_on, ==, "2024-04-01");
  g_assert_true (hg_employee_import_apply (f->workbook, import, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM employment WHERE status = 'on_leave'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person WHERE phone = '052-123-4567'"), ==, 1);
}

static void
test_import_problems_block (Fixture       *f,
                            gconstpointer  data)
{
  const char *header[] = { "氏名", "入社日", "状態", "昇格日", NULL };
  const char *ok[] = { "山田 太郎", "2024-04-01", "在籍", "", NULL };
  const char *bad_date[] = { "佐藤 次郎", "先月", "", "", NULL };
  const char *no_name[] = { "", "2024-04-01", "", "", NULL };
  const char *bad_status[] = { "田中 三郎", "", "出向中", "", NULL };
  const char *twice[] = { "山田 太郎", "", "", "", NULL };
  const char *early[] = { "高橋 四郎", "2024-04-01", "", "2023-04-01", NULL };
  const char * const *rows[] = { header, ok, bad_date, no_name, bad_status, twice, early, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  HgImportProblem *p;

  import = hg_employee_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  problems = hg_employee_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, 5);

  p = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (p->line, ==, 3);
  g_assert_cmpstr (p->column, ==, "入社日");
  g_assert_cmpstr (p->value, ==, "先月");
  g_assert_cmpstr (p->reason, ==, "Write a date such as 2026-04-01");
  p = g_ptr_array_index (problems, 1);
  g_assert_cmpuint (p->line, ==, 4);
  g_assert_cmpstr (p->column, ==, "氏名");
  g_assert_cmpstr (p->reason, ==, "Required");
  p = g_ptr_array_index (problems, 2);
  g_assert_cmpuint (p->line, ==, 5);
  g_assert_cmpstr (p->column, ==, "状態");
  g_assert_cmpstr (p->value, ==, "出向中");
  p = g_ptr_array_index (problems, 3);
  g_assert_cmpuint (p->line, ==, 6);
  g_assert_cmpstr (p->reason, ==, "Also on line 2: list each person once");
  p = g_ptr_array_index (problems, 4);
  g_assert_cmpuint (p->line, ==, 7);
  g_assert_cmpstr (p->column, ==, "昇格日");

  /* All or nothing: the good row is not written either. */
  g_assert_false (hg_employee_import_apply (f->workbook, import, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 0);
  g_assert_false (hg_workbook_can_undo (f->workbook));
}

static void
test_import_structural_errors (Fixture       *f,
                               gconstpointer  data)
{
  const char *header[] = { "品名", "数量", NULL };
  const char *r1[] = { "ねじ", "100", NULL };
  const char * const *rows[] = { header, r1, NULL };
  const char *only_header[] = { "氏名", "部署", NULL };
  const char * const *rows2[] = { only_header, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgTable) table2 = hg_test_table_of (rows2);
  g_autoptr(HgTable) empty = hg_table_new ();
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_employee_import_prepare (f->workbook, table, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_HEADER);
  g_assert_nonnull (strstr (error->message, "氏名"));
  g_clear_error (&error);
  g_assert_null (hg_employee_import_prepare (f->workbook, table2, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_ROWS);
  g_clear_error (&error);
  g_assert_null (hg_employee_import_prepare (f->workbook, empty, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_EMPTY);
}

/* ---- Handbook receipts -------------------------------------------------- */

/* The handbook document may not be in the pack yet: a document of our own
 * with the handbook's id stands in for it. */
static void
approve_handbook (Fixture    *f,
                  const char *text,
                  const char *date)
{
  g_autoptr(HgDoc) doc = hg_doc_new (HG_HANDBOOK_DOCUMENT, "情報セキュリティハンドブック",
                                     "株式会社教育");
  g_autoptr(GError) error = NULL;

  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, text);
  g_assert_true (hg_revision_approve (f->workbook, PACK, doc, "改訂", "", "代表 太郎", date,
                                      NULL, &error));
  g_assert_no_error (error);
}

static HgHandbook *
handbook (Fixture *f)
{
  return hg_handbook_get (f->workbook, PACK, HG_HANDBOOK_DOCUMENT);
}

/* "name:reasons" of everyone who needs teaching, in order. */
static char *
needs (Fixture *f)
{
  g_autoptr(HgHandbook) h = handbook (f);
  g_autoptr(GPtrArray) list = hg_handbook_needs_education (f->workbook, h);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < list->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (list, i));

      g_string_append_printf (out, "%s%s:%u", i ? " " : "", d->name,
                              (guint) hg_handbook_reasons (h, d));
    }
  return g_string_free (out, FALSE);
}

static void
assert_needs (Fixture    *f,
              const char *expected)
{
  g_autofree char *actual = needs (f);

  g_assert_cmpstr (actual, ==, expected);
}

static void
record (Fixture    *f,
        gint64      id,
        guint       version,
        const char *date)
{
  g_autoptr(HgHandbook) h = handbook (f);
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_handbook_receipt_record (f->workbook, h, &id, 1, version, date, TRUE,
                                             &error));
  g_assert_no_error (error);
}

static void
assert_share (Fixture *f,
              guint    acknowledged,
              guint    active)
{
  g_autoptr(HgHandbook) h = handbook (f);
  guint a = 99, b = 99;

  hg_handbook_count_acknowledged (f->workbook, h, &a, &b);
  g_assert_cmpuint (a, ==, acknowledged);
  g_assert_cmpuint (b, ==, active);
}

#define NEW   HG_EDUCATION_NEW_HIRE
#define PROM  HG_EDUCATION_PROMOTED
#define RULES HG_EDUCATION_RULES_CHANGED

/* Staff with no hire date recorded are not called new hires, which would
 * be a guess: the reason says what is missing, in either language. */
static void
test_needs_without_hire_date (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *expected = NULL;
  g_autofree char *word = NULL;

  add_person (f, "大野", "", HG_EMPLOYEE_ACTIVE);
  add_person (f, "小川", "2026-05-01", HG_EMPLOYEE_ACTIVE);
  approve_handbook (f, "パスワードは10文字以上にする。", "2026-04-01");
  expected = g_strdup_printf ("大野:%u 小川:%u", HG_EDUCATION_NO_HIRE_DATE, NEW);
  assert_needs (f, expected);
  word = hg_handbook_reasons_text (HG_EDUCATION_NO_HIRE_DATE, TRUE);
  g_assert_cmpstr (word, ==, "入社日が未登録");
}

static void
test_receipts_and_needs (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgHandbook) h = NULL;
  g_autofree char *expected = NULL;
  gint64 both[2];
  gint64 a, b;

  a = add_person (f, "青木", "2020-04-01", HG_EMPLOYEE_ACTIVE);
  b = add_person (f, "馬場", "2026-05-01", HG_EMPLOYEE_ACTIVE);
  add_person (f, "千葉", "2018-04-01", HG_EMPLOYEE_ON_LEAVE);
  add_person (f, "土屋", "2010-04-01", HG_EMPLOYEE_LEFT);

  /* Nothing approved: nothing to hand out, nobody to teach. */
  h = handbook (f);
  g_assert_cmpuint (h->version, ==, 0);
  both[0] = a, both[1] = b;
  g_assert_false (hg_handbook_receipt_record (f->workbook, h, both, 2, 0, NULL, FALSE, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Approve"));
  g_clear_error (&error);
  assert_needs (f, "");
  assert_share (f, 0, 2);
  g_clear_pointer (&h, hg_handbook_free);

  /* Version 1: both active people are new to it; on leave and left are not
   * counted. */
  approve_handbook (f, "パスワードは10文字以上にする。", "2026-04-01");
  expected = g_strdup_printf ("青木:%u 馬場:%u", NEW, NEW);
  assert_needs (f, expected);

  /* Both at once, in one step. */
  h = handbook (f);
  g_assert_cmpuint (h->version, ==, 1);
  g_assert_true (hg_handbook_receipt_record (f->workbook, h, both, 2, 0, "2026/5/10", TRUE,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Record 2 Handbook Receipts");
  g_assert_cmpint (count (f, "SELECT count(*) FROM handbook_receipt WHERE version = 1 "
                             "AND received_on = '2026-05-10' AND pledge = 1"), ==, 2);
  assert_needs (f, "");
  assert_share (f, 2, 2);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  assert_share (f, 0, 2);
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_clear_pointer (&h, hg_handbook_free);

  /* A promotion: taught again, though the version is still current. */
  {
    g_autoptr(HgEmployment) e = hg_employment_new ("2020-04-01", "係長", HG_EMPLOYEE_ACTIVE,
                                                   "2026-06-01");

    g_assert_true (hg_employee_set_employment (f->workbook, a, e, &error));
  }
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("青木:%u", PROM);
  assert_needs (f, expected);
  assert_share (f, 2, 2);
  record (f, a, 1, "2026-06-05");
  assert_needs (f, "");

  /* Version 2: everyone holds an older one. */
  approve_handbook (f, "パスワードは12文字以上にする。", "2026-07-01");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("青木:%u 馬場:%u", RULES, RULES);
  assert_needs (f, expected);
  assert_share (f, 0, 2);

  /* Someone hired after it, never given anything. */
  add_person (f, "江口", "2026-07-15", HG_EMPLOYEE_ACTIVE);
  record (f, a, 2, "2026-07-20");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("馬場:%u 江口:%u", RULES, NEW);
  assert_needs (f, expected);
  assert_share (f, 1, 3);

  /* The overview's step says the same. */
  {
    g_autoptr(HgSession) session = hg_session_new (f->workbook);
    g_autoptr(GPtrArray) steps = hg_progress_compute (session);
    HgProgressStep *last = NULL;

    /* The handbook's is the last step before the self-assessment's. */
    for (guint i = 0; i < steps->len; i++)
      if (g_str_equal (((HgProgressStep *) g_ptr_array_index (steps, i))->id, "employees"))
        last = g_ptr_array_index (steps, i);
    g_assert_nonnull (last);
    g_assert_cmpstr (last->detail, ==, "1 of 3 employees received version 2 of the handbook");
    g_assert_false (last->done);
  }

  /* The latest receipt is the highest version, with its own date. */
  {
    g_autoptr(GPtrArray) list = hg_employee_list (f->workbook, PACK, HG_HANDBOOK_DOCUMENT);
    const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (list, 0));

    g_assert_cmpuint (d->received_version, ==, 2);
    g_assert_cmpstr (d->received_on, ==, "2026-07-20");
    g_assert_true (d->pledge);
  }

  /* No version 3 to hand out. */
  h = handbook (f);
  g_assert_false (hg_handbook_receipt_record (f->workbook, h, &a, 1, 3, NULL, FALSE, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND);
}

static void
test_needs_export (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "needs.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(HgHandbook) h = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  add_person (f, "山田 太郎", "2026-05-01", HG_EMPLOYEE_ACTIVE);
  add_person (f, "@SUM(1)", "2026-05-01", HG_EMPLOYEE_ACTIVE);
  approve_handbook (f, "本文", "2026-04-01");
  h = handbook (f);
  g_assert_true (hg_handbook_export_needs (f->workbook, h, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF氏名,部署,役職,入社日,昇格日,受領した版,"
                                             "受領日,理由\r\n"));
  g_assert_nonnull (strstr (contents, "山田 太郎,,,2026-05-01,,,,新入社員\r\n"));
  /* A name a spreadsheet would run is shown as text. */
  g_assert_nonnull (strstr (contents, "\r\n'@SUM(1),,,2026-05-01,"));

  /* The printed list: the same rows, as a table under a heading. */
  {
    g_autoptr(HgDoc) doc = hg_handbook_needs_doc (f->workbook, h);
    g_autofree char *text = hg_doc_to_text (doc);

    g_assert_nonnull (strstr (text, "ハンドブック第1版（2026-04-01 承認）"));
    g_assert_nonnull (strstr (text, "山田 太郎"));
    g_assert_nonnull (strstr (text, "新入社員"));
  }
}

/* A staff list in CSV whose cells hold control characters: each is a
 * problem with its line and column, and nothing is written. */
static void
test_import_control_characters (Fixture       *f,
                                gconstpointer  data)
{
  static const char csv[] =
    "氏名,部署,役職,メール\r\n"
    "\"山田\x1b[2J太郎\",総務部,,\r\n"
    "佐藤 次郎,\"営業\x7f\",\"\xc2\x85班長\",\r\n"
    "田中 三郎,,,\"a\x08@example.jp\"\r\n";
  static const struct { guint line; const char *column, *reason; } expected[] = {
    { 2, "氏名", "Contains a control character (U+001B) at position 3" },
    { 3, "部署", "Contains a control character (U+007F) at position 3" },
    { 3, "役職", "Contains a control character (U+0085) at position 1" },
    { 4, "メール", "Contains a control character (U+0008) at position 2" },
  };
  g_autofree char *path = g_build_filename (f->dir, "staff.csv", NULL);
  g_autoptr(HgTable) table = NULL;
  g_autoptr(HgEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  table = hg_asset_read_file (path, &error);
  g_assert_no_error (error);
  import = hg_employee_import_prepare (f->workbook, table, &error);
  g_assert_no_error (error);
  problems = hg_employee_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      HgImportProblem *p = g_ptr_array_index (problems, i);

      g_assert_cmpuint (p->line, ==, expected[i].line);
      g_assert_cmpstr (p->column, ==, expected[i].column);
      g_assert_cmpstr (p->reason, ==, expected[i].reason);
    }
  g_assert_false (hg_employee_import_apply (f->workbook, import, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 0);
}

/* The staff list from Excel: dates come as date cells. */
static void
test_import_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  const HgXlsxColumn columns[] = {
    { "氏名", HG_XLSX_COLUMN_TEXT, 14 },
    { "入社日", HG_XLSX_COLUMN_DATE, 12 },
    { "役職", HG_XLSX_COLUMN_TEXT, 10 },
  };
  const char *r1[] = { "山田 太郎", "2024-04-01", "班長", NULL };
  const char * const *rows[] = { r1, NULL };
  g_autoptr(HgTable) table = hg_test_table_of (rows);
  g_autoptr(HgTable) read = NULL;
  g_autoptr(HgEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "staff.xlsx", NULL);

  g_assert_true (hg_xlsx_write_file (path, "名簿", columns, G_N_ELEMENTS (columns), table,
                                     &error));
  g_assert_no_error (error);
  read = hg_asset_read_file (path, &error);
  g_assert_no_error (error);
  import = hg_employee_import_prepare (f->workbook, read, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_employee_import_get_problems (import)->len, ==, 0);
  g_assert_cmpstr (hg_employee_import_get_row (import, 0)->employment->hired_on, ==,
                   "2024-04-01");
  g_assert_true (hg_employee_import_apply (f->workbook, import, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM employment WHERE position = '班長'"), ==, 1);
}

/* ---- Education sessions ------------------------------------------------- */

static void
test_education_sessions (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgEducationSession) s = hg_education_session_new ("2026/4/10", "新入社員研修",
                                                              "ハンドブック第1版");
  g_autoptr(HgEducationSession) stored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 a = add_person (f, "青木", "", HG_EMPLOYEE_ACTIVE);
  gint64 b = add_person (f, "馬場", "", HG_EMPLOYEE_ACTIVE);
  gint64 id;

  g_assert_nonnull (hg_education_validate (HG_EDUCATION_FIELD_TOPIC, " "));
  g_assert_nonnull (hg_education_validate (HG_EDUCATION_FIELD_HELD_ON, "来週"));
  g_assert_null (hg_education_validate (HG_EDUCATION_FIELD_MATERIAL, ""));

  hg_education_session_add_attendee (s, a);
  hg_education_session_add_attendee (s, b);
  hg_education_session_add_attendee (s, a);
  id = hg_education_add (f->workbook, s, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  list = hg_education_list (f->workbook);
  g_assert_cmpuint (list->len, ==, 1);
  stored = hg_education_get (f->workbook, id);
  g_assert_cmpstr (stored->held_on, ==, "2026-04-10");
  g_assert_cmpuint (stored->attendees->len, ==, 2);

  /* Edit: 馬場 did not come after all. */
  g_array_set_size (stored->attendees, 0);
  hg_education_session_add_attendee (stored, a);
  hg_text_set (&stored->topic, "新入社員研修（情報セキュリティ）");
  g_assert_true (hg_education_update (f->workbook, stored, &error));
  g_assert_no_error (error);
  history = hg_education_list_for_person (f->workbook, b);
  g_assert_cmpuint (history->len, ==, 0);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = hg_education_list_for_person (f->workbook, a);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (((HgEducationSession *) g_ptr_array_index (history, 0))->topic, ==,
                   "新入社員研修（情報セキュリティ）");

  /* Remove and undo: the session comes back with its attendees. */
  g_assert_true (hg_education_remove (f->workbook, id, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM education_attendee"), ==, 0);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM education_attendee"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM education_session"), ==, 1);

  {
    g_autoptr(HgEducationSession) undated = hg_education_session_new ("", "x", "");

    g_assert_cmpint (hg_education_add (f->workbook, undated, &error), ==, 0);
    g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/employees/employment-validation", test_employment_validation);
  g_test_add_func ("/employees/status-words", test_status_words);
  ADD ("/employees/import-japanese-headers", test_import_japanese_headers);
  ADD ("/employees/import-english-headers", test_import_english_headers);
  ADD ("/employees/import-problems-block", test_import_problems_block);
  ADD ("/employees/import-structural-errors", test_import_structural_errors);
  ADD ("/employees/import-xlsx", test_import_xlsx);
  ADD ("/employees/import-control-characters", test_import_control_characters);
  ADD ("/employees/receipts-and-needs", test_receipts_and_needs);
  ADD ("/employees/needs-without-hire-date", test_needs_without_hire_date);
  ADD ("/employees/needs-export", test_needs_export);
  ADD ("/employees/education-sessions", test_education_sessions);
#undef ADD

  return g_test_run ();
}

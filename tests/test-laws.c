/* test-laws.c: the register of laws (issue 17, 法令一覧): the rules' list of
 * laws read under the answers, why each applies, who watches it and the
 * yearly check (one undo step each, never on a day to come), and
 * hinagata-cli laws list / watch / check / export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-error.h"
#include "hg-law.h"
#include "hg-law-export.h"
#include "hg-xlsx.h"
#include "hg-policy.h"
#include "hg-test-companies.h"
#include "hg-test-util.h"

typedef HgTestCompanyFixture Fixture;

static GPtrArray *
list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *laws = hg_law_list (f->workbook, f->pack, &error);

  g_assert_no_error (error);
  g_assert_nonnull (laws);
  return laws;
}

static void
set_date (GDate      *date,
          const char *stored)
{
  g_date_clear (date, 1);
  g_date_set_parse (date, stored);
  g_assert_true (g_date_valid (date));
}

/* The list is the rules' own, in their order, and follows the answers:
 * an answer that adds a law to the rules adds it to the register. */
static void
test_list_follows_answers (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) laws = list (f);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  const HgLaw *law;

  g_assert_cmpuint (laws->len, >=, 12);
  law = g_ptr_array_index (laws, 0);
  g_assert_cmpstr (law->id, ==, "law_personal_information");
  g_assert_cmpstr (law->name, ==, "個人情報の保護に関する法律");
  g_assert_cmpstr (law->reason, !=, "");
  g_assert_null (law->watcher);
  g_assert_null (law->checked);
  /* Variables are expanded with the answers. */
  law = hg_law_find (laws, "law_labour");
  g_assert_nonnull (law);
  g_assert_true (g_str_has_prefix (law->name, "労働関係法令及び"));
  g_assert_null (strchr (law->name, '{'));
  g_assert_null (hg_law_find (laws, "law_foreign_trade"));
  g_assert_null (hg_law_find (laws, "law_foreign_privacy"));

  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "overseas_technology", "true", &error));
  g_assert_no_error (error);
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "foreign_personal_data", "true",
                                       &error));
  g_assert_no_error (error);
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "foreign_law_names",
                                       "タイ個人情報保護法", &error));
  g_assert_no_error (error);
  after = list (f);
  g_assert_cmpuint (after->len, ==, laws->len + 2);
  law = hg_law_find (after, "law_foreign_trade");
  g_assert_nonnull (law);
  g_assert_cmpstr (law->reason, ==, "You answered that drawings or technical data go abroad");
  law = hg_law_find (after, "law_foreign_privacy");
  g_assert_nonnull (law);
  g_assert_true (g_str_has_prefix (law->name, "タイ個人情報保護法その他"));
}

/* Who watches a law and its yearly check: one undo step each; a check
 * on a day to come or by nobody is refused and leaves no step. */
static void
test_watch_and_check (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) laws = list (f);
  const HgLaw *law = hg_law_find (laws, "law_personal_information");
  g_autoptr(GError) error = NULL;
  g_autofree char *undo = g_strdup (hg_workbook_get_undo_label (f->workbook));
  GDate today;

  set_date (&today, "2026-12-28");
  g_assert_true (hg_law_check_is_due (law, &today));
  g_assert_false (hg_law_record_check (f->workbook, law, "2026-12-29", "鈴木 浩", &today, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Checked on: A check cannot be recorded on a day still to come");
  g_clear_error (&error);
  g_assert_false (hg_law_record_check (f->workbook, law, "2026-12-28", "  ", &today, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Checked by: "));
  g_clear_error (&error);
  g_assert_false (hg_law_record_check (f->workbook, law, "28 December", "鈴木 浩", &today,
                                       &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, undo);

  g_assert_true (hg_law_set_watcher (f->workbook, law, " 鈴木 浩 ", &error));
  g_assert_no_error (error);
  g_assert_true (hg_law_record_check (f->workbook, law, "2026-12-28", "山田 太郎", &today, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) now = list (f);
    const HgLaw *checked = hg_law_find (now, "law_personal_information");

    g_assert_cmpstr (checked->watcher, ==, "鈴木 浩");
    g_assert_cmpstr (checked->checked, ==, "2026-12-28");
    g_assert_cmpstr (checked->checked_by, ==, "山田 太郎");
    g_assert_false (hg_law_check_is_due (checked, &today));
    set_date (&today, "2027-12-27");
    g_assert_false (hg_law_check_is_due (checked, &today));
    set_date (&today, "2027-12-28");
    g_assert_true (hg_law_check_is_due (checked, &today));
  }

  /* The check is one step: undone, the watcher stays; undone again, it goes. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) now = list (f);
    const HgLaw *back = hg_law_find (now, "law_personal_information");

    g_assert_null (back->checked);
    g_assert_null (back->checked_by);
    g_assert_cmpstr (back->watcher, ==, "鈴木 浩");
  }
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) now = list (f);

    g_assert_null (hg_law_find (now, "law_personal_information")->watcher);
  }
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, undo);
}

/* hinagata-cli laws list, watch and check on the example company. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  HgTestRun run = { 0 };

  g_clear_object (&f->workbook);
  hg_test_run_cli (&run, (const char *[]) { "laws", "list", path, "--today", "2026-12-28", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "! law_personal_information  個人情報の保護に関する法律\n"));
  g_assert_nonnull (strstr (run.out, "    Last checked: never\n"));

  hg_test_run_cli (&run, (const char *[]) { "laws", "check", path, "law_personal_information", "--by",
                                    "鈴木 浩", "--date", "2026-12-29", "--today", "2026-12-28",
                                    NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "hinagata-cli: Checked on: A check cannot be recorded on a day "
                                "still to come\n");
  hg_test_run_cli (&run, (const char *[]) { "laws", "check", path, "law_nothing", "--by", "鈴木 浩", NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "law_nothing"));
  hg_test_run_cli (&run, (const char *[]) { "laws", "check", path, "law_personal_information", NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--by NAME"));

  hg_test_run_cli (&run, (const char *[]) { "laws", "watch", path, "law_personal_information", "--by",
                                    "山田 太郎", NULL });
  g_assert_cmpint (run.status, ==, 0);
  hg_test_run_cli (&run, (const char *[]) { "laws", "check", path, "law_personal_information", "--by",
                                    "鈴木 浩", "--date", "2026-12-28", "--today", "2026-12-28",
                                    NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "law_personal_information: checked on 2026-12-28 by 鈴木 浩\n");

  hg_test_run_cli (&run, (const char *[]) { "laws", "list", path, "--today", "2026-12-28", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "  law_personal_information  個人情報の保護に関する法律\n"));
  g_assert_nonnull (strstr (run.out, "    Watched by: 山田 太郎\n"
                                     "    Last checked: 2026-12-28 (鈴木 浩)\n"));
  hg_test_run_clear (&run);
}

/* The register as CSV and Excel, in the rules' order, the check owed
 * said in words; a watcher's name typed as a formula stays text. Through
 * hinagata-cli laws export, which shares the core's exporter. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  g_autofree char *csv = g_build_filename (f->dir, "laws.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "laws.xlsx", NULL);
  g_autoptr(GPtrArray) laws = list (f);
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  HgTestRun run = { 0 };
  GDate today;
  GStrv row;

  set_date (&today, "2026-12-28");
  g_assert_true (hg_law_set_watcher (f->workbook, g_ptr_array_index (laws, 0),
                                     "=HYPERLINK(\"http://x\")", &error));
  g_assert_no_error (error);
  g_assert_true (hg_law_record_check (f->workbook, g_ptr_array_index (laws, 0), "2026-12-01",
                                      "鈴木 浩", &today, &error));
  g_assert_no_error (error);
  g_clear_pointer (&laws, g_ptr_array_unref);
  laws = list (f);

  table = hg_law_export_table (laws, &today);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, laws->len + 1);
  row = g_ptr_array_index (table->rows, 0);
  g_assert_cmpstr (row[0], ==, "Law");
  g_assert_cmpstr (row[5], ==, "Yearly check");
  row = g_ptr_array_index (table->rows, 1);
  g_assert_cmpstr (row[0], ==, "個人情報の保護に関する法律");
  g_assert_cmpstr (row[3], ==, "2026-12-01");
  g_assert_cmpstr (row[4], ==, "鈴木 浩");
  g_assert_cmpstr (row[5], ==, "");
  g_assert_cmpstr (row[6], ==, "law_personal_information");
  row = g_ptr_array_index (table->rows, 2);
  g_assert_cmpstr (row[5], ==, "Check due");

  g_clear_object (&f->workbook);
  hg_test_run_cli (&run, (const char *[]) { "laws", "export", path, NULL });
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "-o FILE.csv"));
  hg_test_run_cli (&run, (const char *[]) { "laws", "export", path, "-o", csv, "--today",
                                            "2026-12-28", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfLaw,Why it applies,Watched by,Last checked,Checked by,"
                                         "Yearly check,Id\r\n個人情報の保護に関する法律,"));
  g_assert_nonnull (strstr (text, ",\"'=HYPERLINK(\"\"http://x\"\")\",2026-12-01,鈴木 浩,,"
                                  "law_personal_information\r\n"));

  hg_test_run_cli (&run, (const char *[]) { "laws", "export", path, "-o", xlsx, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&table, hg_table_free);
  table = hg_xlsx_read_file (xlsx, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, laws->len + 1);
  row = g_ptr_array_index (table->rows, 1);
  g_assert_cmpstr (row[0], ==, "個人情報の保護に関する法律");
  g_assert_cmpstr (row[2], ==, "=HYPERLINK(\"http://x\")");
  g_assert_cmpstr (row[3], ==, "2026-12-01");
  hg_test_run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, company, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (company), hg_test_company_fixture_setup, func, \
              hg_test_company_fixture_teardown)
  ADD ("/laws/list-follows-answers", HG_TEST_COMPANY_EXAMPLE, test_list_follows_answers);
  ADD ("/laws/watch-and-check", HG_TEST_COMPANY_EXAMPLE, test_watch_and_check);
  ADD ("/laws/cli", HG_TEST_COMPANY_EXAMPLE, test_cli);
  ADD ("/laws/export", HG_TEST_COMPANY_EXAMPLE, test_export);
#undef ADD
  return g_test_run ();
}

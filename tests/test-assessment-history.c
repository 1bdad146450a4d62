/* test-assessment-history.c: rounds of an assessment — freezing the open one
 * (one undo step), a frozen round refusing change, the next round starting
 * from the last one's answers, and two rounds compared item by item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hg-assessment-compare.h"
#include "hg-assessment-history.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-framework-catalog.h"
#include "hg-test-util.h"
#include "hg-workbook.h"

static const char * const c_only[] = { "C", NULL };

/* A customer's sheet in two levels with "does not apply" on its scale. */
static const char sheet_xml[] =
  "<framework id=\"customer-sheet\" version=\"2026\" xml:lang=\"ja\">"
  "<title>取引先チェックシート</title><publisher>取引先</publisher>"
  "<scale><answer value=\"yes\" score=\"2\" status=\"met\"><label>できている</label></answer>"
  "<answer value=\"some\" score=\"1\" status=\"partly\"><label>一部</label></answer>"
  "<answer value=\"no\" score=\"0\" status=\"not\"><label>できていない</label></answer>"
  "<answer value=\"na\" score=\"0\" status=\"na\"><label>対象外</label></answer></scale>"
  "<scoring kind=\"rates\"><level id=\"L1\"/><level id=\"L2\"/></scoring>"
  "<section id=\"s\"><title>方針</title>"
  "<item ref=\"1\" level=\"L1\"><text>方針がある。</text></item>"
  "<item ref=\"2\" level=\"L1\"><text>責任者がいる。</text></item>"
  "<item ref=\"3\" level=\"L1\"><text>教育している。</text></item>"
  "<item ref=\"4\" level=\"L1\"><text>委託先を管理している。</text></item>"
  "<item ref=\"5\" level=\"L2\"><text>ログを見ている。</text></item>"
  "<item ref=\"6\" level=\"L2\"><text>訓練している。</text></item>"
  "</section></framework>";

typedef struct
{
  char        *dir;
  HgWorkbook  *workbook;
  HgFramework *framework;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  char *sql;

  f->dir = hg_test_make_dir ();
  path = g_build_filename (f->dir, "history.hinagata", NULL);
  f->workbook = hg_workbook_create (path, "株式会社ひながた精工", &error);
  g_assert_no_error (error);
  sql = sqlite3_mprintf ("INSERT INTO framework_import VALUES "
                         "('customer-sheet', %Q, 'sheet.xlsx', '%064d', '2025-11-01')", sheet_xml, 0);
  g_assert_true (hg_db_exec (hg_workbook_get_db (f->workbook), sql, &error));
  sqlite3_free (sql);
  f->framework = hg_framework_catalog_load (f->workbook, "customer-sheet", c_only, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->framework, hg_framework_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
answer (Fixture    *f,
        const char *ref,
        const char *value,
        const char *note)
{
  g_autoptr(GError) error = NULL;
  HgAssessmentAnswer a = { (char *) ref, (char *) value, (char *) note, NULL, NULL };

  g_assert_true (hg_assessment_answer (f->workbook, f->framework, &a, &error));
  g_assert_no_error (error);
}

/* Last year's round: started and frozen in December 2025. */
static gint64
last_year (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0, frozen = 0;

  g_assert_true (hg_assessment_start (f->workbook, f->framework, "2025-12-01", &id, &error));
  answer (f, "1", "yes", "基本方針 第1版");
  answer (f, "2", "no", NULL);
  answer (f, "3", "some", NULL);
  answer (f, "4", "na", "委託なし");
  answer (f, "6", "yes", NULL);
  g_assert_true (hg_db_exec (hg_workbook_get_db (f->workbook),
                             "INSERT INTO assessment_evidence (assessment, ref, kind, target) "
                             "SELECT id, '1', 'rule', 'basic-policy' FROM assessment", &error));
  g_assert_true (hg_assessment_freeze (f->workbook, "customer-sheet", "2025-12-20", &frozen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (frozen, ==, id);
  return id;
}

static char *
value_in (Fixture    *f,
          gint64      id,
          const char *ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = hg_assessment_get_answers (f->workbook, id, &error);
  HgAssessmentAnswer *a;

  g_assert_no_error (error);
  a = g_hash_table_lookup (answers, ref);
  return a ? g_strdup (a->value) : NULL;
}

static void
test_freeze_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_false (hg_assessment_freeze (f->workbook, "customer-sheet", NULL, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "There is no open assessment to freeze: answer an item to start one");
  g_clear_error (&error);
  g_assert_true (hg_assessment_start (f->workbook, f->framework, "2025-12-01", &id, &error));
  g_assert_false (hg_assessment_freeze (f->workbook, "customer-sheet", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "The assessment has no answers yet: answer the items before freezing it");
  g_clear_error (&error);
  answer (f, "1", "yes", NULL);
  g_assert_false (hg_assessment_freeze (f->workbook, "customer-sheet", "December", NULL, &error));
  g_assert_cmpstr (error->message, ==, "Date: “December” is not a date: write it as 2026-04-01");
  g_clear_error (&error);
  g_assert_false (hg_assessment_freeze (f->workbook, "customer-sheet", "2025-11-30", NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Date: The assessment started on 2025-12-01; it cannot be frozen before that");
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Answer Item 1");
}

/* Once frozen, a round is the record of what was submitted: the core
 * refuses to change it, and the next answer goes to a new round that
 * starts from its answers and evidence. */
static void
test_frozen_keeps (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GHashTable) carried = NULL;
  g_autofree char *old1 = NULL, *new1 = NULL, *new2 = NULL, *new4 = NULL, *new5 = NULL;
  gint64 old = last_year (f);

  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Freeze Assessment");
  g_assert_false (hg_assessment_require_open (hg_workbook_get_db (f->workbook), old, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The assessment “取引先チェックシート” was frozen on 2025-12-20 and can no "
                   "longer change; answer again to start the next round");
  g_clear_error (&error);
  g_assert_false (hg_assessment_freeze (f->workbook, "customer-sheet", NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "no open assessment"));
  g_clear_error (&error);

  answer (f, "1", "no", NULL);
  g_assert_cmpstr ((old1 = value_in (f, old, "1")), ==, "yes");
  open = hg_assessment_get_open (f->workbook, "customer-sheet", &error);
  g_assert_nonnull (open);
  g_assert_cmpint (open->id, !=, old);
  g_assert_cmpstr ((new1 = value_in (f, open->id, "1")), ==, "no");
  g_assert_cmpstr ((new2 = value_in (f, open->id, "2")), ==, "no");
  g_assert_cmpstr ((new4 = value_in (f, open->id, "4")), ==, "na");
  g_assert_null ((new5 = value_in (f, open->id, "5")));
  g_assert_cmpuint (open->n_answers, ==, 5);
  g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                    "SELECT count(*) FROM assessment_evidence", -1), ==, 2);

  /* Carried until changed: item 1 was answered anew, the rest not yet. */
  carried = hg_assessment_carried (f->workbook, open->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (carried), ==, 4);
  g_assert_false (g_hash_table_contains (carried, "1"));
  g_assert_true (g_hash_table_contains (carried, "4"));

  /* A later round cannot be dated before the last one. */
  g_assert_false (hg_assessment_freeze (f->workbook, "customer-sheet", "2025-12-19", NULL, &error));
  g_assert_nonnull (strstr (error->message, "2025-12-20"));
  g_clear_error (&error);

  /* Starting and carrying are one step with the answer. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  rounds = hg_assessment_rounds (f->workbook, "customer-sheet", &error);
  g_assert_cmpuint (rounds->len, ==, 1);
  g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                    "SELECT count(*) FROM assessment_evidence", -1), ==, 1);
}

static void
test_freeze_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GPtrArray) again = NULL;
  gint64 old = last_year (f);
  HgAssessment *round;

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  rounds = hg_assessment_rounds (f->workbook, "customer-sheet", &error);
  g_assert_cmpuint (rounds->len, ==, 1);
  round = g_ptr_array_index (rounds, 0);
  g_assert_cmpint (round->id, ==, old);
  g_assert_null (round->frozen);
  g_assert_true (hg_assessment_require_open (hg_workbook_get_db (f->workbook), old, &error));
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Answer Item 6");

  g_assert_true (hg_workbook_redo (f->workbook, &error));
  again = hg_assessment_rounds (f->workbook, "customer-sheet", &error);
  g_assert_cmpstr (((HgAssessment *) g_ptr_array_index (again, 0))->frozen, ==, "2025-12-20");
}

static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(HgAssessmentComparison) c = NULL;
  const HgAnswerChange expected[] = {
    HG_ANSWER_CHANGE_SAME, HG_ANSWER_CHANGE_IMPROVED, HG_ANSWER_CHANGE_WORSE,
    HG_ANSWER_CHANGE_CHANGED, HG_ANSWER_CHANGE_NEW, HG_ANSWER_CHANGE_CHANGED,
  };
  gint64 old = last_year (f), from = 0, to = 0;
  HgFrameworkRate *rate;

  answer (f, "2", "yes", "責任者を任命");  /* not met → met */
  answer (f, "3", "no", NULL);            /* partly → not met */
  answer (f, "4", "yes", NULL);           /* does not apply → met */
  answer (f, "5", "some", NULL);          /* unanswered → partly */
  answer (f, "6", NULL, NULL);            /* withdrawn */

  rounds = hg_assessment_rounds (f->workbook, "customer-sheet", &error);
  g_assert_cmpuint (rounds->len, ==, 2);
  g_assert_true (hg_assessment_default_pair (rounds, &from, &to));
  g_assert_cmpint (from, ==, old);
  g_assert_null (((HgAssessment *) g_ptr_array_index (rounds, 1))->frozen);
  c = hg_assessment_compare (f->workbook, f->framework, from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c->items->len, ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      HgAssessmentItemChange *change = g_ptr_array_index (c->items, i);

      g_test_message ("item %s", change->item->ref);
      g_assert_cmpint (change->change, ==, expected[i]);
    }
  g_assert_cmpuint (c->counts[HG_ANSWER_CHANGE_SAME], ==, 1);
  g_assert_cmpuint (c->counts[HG_ANSWER_CHANGE_CHANGED], ==, 2);
  /* L1 before: 1 met of 3 applicable (4 does not apply); after: 3 of 4. */
  rate = &g_array_index (c->from_score->rates, HgFrameworkRate, 0);
  g_assert_cmpuint (rate->n_met, ==, 1);
  g_assert_cmpuint (rate->n_applicable, ==, 3);
  rate = &g_array_index (c->to_score->rates, HgFrameworkRate, 0);
  g_assert_cmpuint (rate->n_met, ==, 3);
  g_assert_cmpuint (rate->n_applicable, ==, 4);
  /* All items: before 2 of 5 (5 unanswered counts as not met), after 3 of 6. */
  rate = &g_array_index (c->from_score->rates, HgFrameworkRate, c->from_score->rates->len - 1);
  g_assert_cmpuint (rate->n_met, ==, 2);
  g_assert_cmpuint (rate->n_applicable, ==, 5);
  rate = &g_array_index (c->to_score->rates, HgFrameworkRate, c->to_score->rates->len - 1);
  g_assert_cmpuint (rate->n_met, ==, 3);
  g_assert_cmpuint (rate->n_applicable, ==, 6);

  g_assert_null (hg_assessment_compare (f->workbook, f->framework, from, 999, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hg_assessment_compare (f->workbook, f->framework, to, to, &error));
  g_assert_cmpstr (error->message, ==, "Choose two different rounds to compare");
}

/* A later version of the sheet dropped item 6 and "does not apply": last
 * year's answers to them stay in last year's round and are not carried. */
static void
test_carry_new_version (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) v2 = NULL;
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GString) xml = g_string_new (sheet_xml);
  g_autofree char *one = NULL, *four = NULL, *six = NULL;
  char *sql;

  last_year (f);
  g_string_replace (xml, "version=\"2026\"", "version=\"2027\"", 1);
  g_string_replace (xml, "<answer value=\"na\" score=\"0\" status=\"na\"><label>対象外</label></answer>",
                    "", 1);
  g_string_replace (xml, "<item ref=\"6\" level=\"L2\"><text>訓練している。</text></item>", "", 1);
  sql = sqlite3_mprintf ("UPDATE framework_import SET xml = %Q", xml->str);
  g_assert_true (hg_db_exec (hg_workbook_get_db (f->workbook), sql, &error));
  sqlite3_free (sql);
  v2 = hg_framework_catalog_load (f->workbook, "customer-sheet", c_only, &error);
  g_assert_no_error (error);
  g_assert_null (hg_framework_find_item (v2, "6"));

  {
    HgAssessmentAnswer a = { "2", "yes", NULL, NULL, NULL };

    g_assert_true (hg_assessment_answer (f->workbook, v2, &a, &error));
  }
  open = hg_assessment_get_open (f->workbook, "customer-sheet", &error);
  g_assert_cmpstr (open->version, ==, "2027");
  g_assert_cmpuint (open->n_answers, ==, 3);
  g_assert_cmpstr ((one = value_in (f, open->id, "1")), ==, "yes");
  g_assert_null ((four = value_in (f, open->id, "4")));
  g_assert_null ((six = value_in (f, open->id, "6")));
}

/* On a summed scale such as IPA's, a higher score within one status is
 * better: "don't know" (-1) to "not done" (0) improves. */
static void
test_change_by_score (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) ipa = hg_framework_load_builtin ("ipa-self-check", c_only, &error);
  HgAssessmentAnswer unknown = { "1", "-1", "", "", "" }, not = { "1", "0", "", "", "" };
  HgAssessmentAnswer done = { "1", "4", "", "", "" };

  g_assert_cmpint (hg_assessment_change_of (ipa, &unknown, &not), ==, HG_ANSWER_CHANGE_IMPROVED);
  g_assert_cmpint (hg_assessment_change_of (ipa, &done, &unknown), ==, HG_ANSWER_CHANGE_WORSE);
  g_assert_cmpint (hg_assessment_change_of (ipa, &done, &done), ==, HG_ANSWER_CHANGE_SAME);
  g_assert_cmpint (hg_assessment_change_of (ipa, NULL, NULL), ==, HG_ANSWER_CHANGE_SAME);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/assessment-history/freeze-refused", test_freeze_refused);
  ADD ("/assessment-history/frozen-keeps", test_frozen_keeps);
  ADD ("/assessment-history/freeze-undo", test_freeze_undo);
  ADD ("/assessment-history/compare", test_compare);
  ADD ("/assessment-history/change-by-score", test_change_by_score);
  ADD ("/assessment-history/carry-new-version", test_carry_new_version);
  return g_test_run ();
}

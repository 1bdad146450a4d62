/* test-security-action.c: the SECURITY ACTION card's state (issue 16,
 * item 2), the record of where the basic policy was published, and the
 * overview's steps for the self-check and the customer's sheet (item 8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hg-assessment.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-framework-catalog.h"
#include "hg-policy.h"
#include "hg-progress.h"
#include "hg-publication.h"
#include "hg-revision.h"
#include "hg-security-action.h"
#include "hg-test-util.h"
#include "hg-text.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  HgSession  *session;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "action.hinagata", "株式会社宣言");
  f->session = hg_session_new (f->workbook);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->session);
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static const char *
pack_id (Fixture *f)
{
  return hg_pack_get_id (hg_session_get_pack (f->session, NULL));
}

/* Answers items @from..@to of the framework @id with @value. */
static void
answer_range (Fixture    *f,
              const char *id,
              guint       from,
              guint       to,
              const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) framework = hg_framework_catalog_load (f->workbook, id, NULL, &error);

  g_assert_no_error (error);
  for (guint i = from; i <= to; i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i);
      HgAssessmentAnswer answer = { ref, (char *) value, (char *) "", (char *) "", (char *) "" };

      g_assert_true (hg_assessment_answer (f->workbook, framework, &answer, &error));
      g_assert_no_error (error);
    }
}

static guint
approve_basic_policy (Fixture    *f,
                      const char *date)
{
  HgPack *pack = hg_session_get_pack (f->session, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = hg_policy_build_document (f->workbook, pack, "basic_policy", &error);
  guint number = 0;

  g_assert_no_error (error);
  g_assert_true (hg_revision_approve (f->workbook, pack_id (f), doc, "制定", "総務 花子",
                                      "代表 太郎", date, &number, &error));
  g_assert_no_error (error);
  return number;
}

static HgSecurityAction *
compute (Fixture *f)
{
  return hg_security_action_compute (f->session);
}

static gboolean
step_done (HgSecurityAction            *action,
           HgSecurityActionRequirement  requirement)
{
  return hg_security_action_get_step (action, requirement)->done;
}

static const char *
step_detail (HgSecurityAction            *action,
             HgSecurityActionRequirement  requirement)
{
  return hg_security_action_get_step (action, requirement)->detail;
}

/* A new workbook: nothing done; the steps
 * in order, ★ first; every text a declaration, never a certificate. */
static void
test_nothing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HgSecurityAction) action = compute (f);

  g_assert_false (action->star1_ready);
  g_assert_false (action->star2_ready);
  g_assert_cmpuint (action->steps->len, ==, 4);
  for (guint i = 0; i < action->steps->len; i++)
    {
      const HgSecurityActionStep *step = g_ptr_array_index (action->steps, i);

      g_assert_false (step->done);
      g_assert_cmpuint (step->star, ==, i == 0 ? 1 : 2);
    }
  g_assert_cmpstr (action->headline, ==,
                   "1 step left before you can declare SECURITY ACTION ★");
  g_assert_cmpstr (step_detail (action, HG_SECURITY_ACTION_FIVE_MEASURES), ==,
                   "0 of 5 measures in place");
  g_assert_cmpstr (step_detail (action, HG_SECURITY_ACTION_SELF_CHECK), ==,
                   "0 of 25 questions answered");
  g_assert_cmpstr (step_detail (action, HG_SECURITY_ACTION_POLICY_APPROVED), ==,
                   "Not approved yet: answer the policy wizard, then approve the basic policy.");
  g_assert_cmpstr (action->policy_document, ==, "basic_policy");
  g_assert_cmpuint (action->policy_version, ==, 0);
}

/* ★ reachable: some measures in place; ★ ready once all five are; a
 * measure answered "not in place" takes it back. */
static void
test_star1 (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HgSecurityAction) reachable = NULL;
  g_autoptr(HgSecurityAction) ready = NULL;
  g_autoptr(HgSecurityAction) back = NULL;

  answer_range (f, "five-measures", 1, 4, "yes");
  reachable = compute (f);
  g_assert_false (reachable->star1_ready);
  g_assert_cmpstr (step_detail (reachable, HG_SECURITY_ACTION_FIVE_MEASURES), ==,
                   "4 of 5 measures in place");

  answer_range (f, "five-measures", 5, 5, "yes");
  ready = compute (f);
  g_assert_true (ready->star1_ready);
  g_assert_false (ready->star2_ready);
  g_assert_true (step_done (ready, HG_SECURITY_ACTION_FIVE_MEASURES));
  g_assert_cmpstr (ready->headline, ==,
                   "You can declare SECURITY ACTION ★; 3 steps left to ★★");

  answer_range (f, "five-measures", 3, 3, "no");
  back = compute (f);
  g_assert_false (back->star1_ready);
}

/* ★★ missing publication: the self-check answered and the policy approved;
 * then published, ★★ ready, with where and when; a newer version must be
 * published again. */
static void
test_star2 (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HgSecurityAction) partway = NULL;
  g_autoptr(HgSecurityAction) missing = NULL;
  g_autoptr(HgSecurityAction) ready = NULL;
  g_autoptr(GError) error = NULL;
  guint number = 0;

  answer_range (f, "five-measures", 1, 5, "yes");
  answer_range (f, "ipa-self-check", 1, 24, "4");
  partway = compute (f);
  g_assert_false (step_done (partway, HG_SECURITY_ACTION_SELF_CHECK));
  g_assert_cmpstr (step_detail (partway, HG_SECURITY_ACTION_SELF_CHECK), ==,
                   "24 of 25 questions answered");

  /* "Don't know" is an answer: the check is done, the point taken off. */
  answer_range (f, "ipa-self-check", 25, 25, "-1");
  g_assert_cmpuint (approve_basic_policy (f, "2026-04-01"), ==, 1);
  missing = compute (f);
  g_assert_true (step_done (missing, HG_SECURITY_ACTION_SELF_CHECK));
  g_assert_cmpstr (step_detail (missing, HG_SECURITY_ACTION_SELF_CHECK), ==,
                   "All answered: 95 of 100 points");
  g_assert_true (step_done (missing, HG_SECURITY_ACTION_POLICY_APPROVED));
  g_assert_cmpstr (step_detail (missing, HG_SECURITY_ACTION_POLICY_APPROVED), ==,
                   "Version 1 approved on 1 April 2026");
  g_assert_false (step_done (missing, HG_SECURITY_ACTION_POLICY_PUBLISHED));
  g_assert_false (missing->star2_ready);
  g_assert_cmpuint (missing->policy_version, ==, 1);
  g_assert_cmpstr (missing->headline, ==, "You can declare SECURITY ACTION ★; 1 step left to ★★");

  g_assert_true (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 0,
                                        " 自社サイト https://example.co.jp/policy ", "2026-04-10",
                                        &number, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (number, ==, 1);
  ready = compute (f);
  g_assert_true (ready->star1_ready);
  g_assert_true (ready->star2_ready);
  g_assert_cmpstr (ready->headline, ==, "You can declare SECURITY ACTION ★★");
  g_assert_true (hg_security_action_declare (f->session, 2, "2026-04-20", &error));
  g_assert_no_error (error);
  {
    g_autoptr(HgSecurityAction) declared = compute (f);

    g_assert_cmpstr (declared->headline, ==, "You declared SECURITY ACTION ★★ on 20 April 2026");
  }
  g_assert_cmpstr (step_detail (ready, HG_SECURITY_ACTION_POLICY_PUBLISHED), ==,
                   "Version 1 published at “自社サイト https://example.co.jp/policy” on "
                   "10 April 2026");

  /* Version 2 is what the company now has: it is not published yet. */
  {
    g_autoptr(HgSecurityAction) again = NULL;

    /* A second approval needs a changed text; write the row as an
     * approval would, as the digest is not what this test is about. */
    g_assert_true (hg_db_exec (hg_workbook_get_db (f->workbook),
                               "INSERT INTO document_revision (pack, document, number, "
                               "created_on, summary, approver, approved_on, digest, snapshot) "
                               "SELECT pack, document, 2, created_on, '改訂', approver, "
                               "'2026-05-01', 'x', snapshot FROM document_revision", &error));
    g_assert_no_error (error);
    again = compute (f);
    g_assert_false (again->star2_ready);
    g_assert_cmpstr (step_detail (again, HG_SECURITY_ACTION_POLICY_PUBLISHED), ==,
                     "Version 2 is not published yet (version 1 was, at "
                     "“自社サイト https://example.co.jp/policy”)");
  }
}

/* The record refuses what cannot be true, each with the field, and is one
 * undo step. */
static void
test_publication_record (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *long_place = NULL;
  GString *place = g_string_new (NULL);

  g_assert_false (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 0, "掲示板",
                                         NULL, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  approve_basic_policy (f, "2026-04-01");
  g_assert_false (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 3, "掲示板",
                                         NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Version 3 of the document was never approved");
  g_clear_error (&error);
  g_assert_false (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 0, "",
                                         NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Published where: Required");
  g_clear_error (&error);
  for (guint i = 0; i < 201; i++)
    g_string_append (place, "棚");
  long_place = g_string_free (place, FALSE);
  g_assert_false (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 0, long_place,
                                         NULL, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 0, "掲示板",
                                         "2026-03-31", NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Published on: 2026-03-31 is before version 1 was approved (2026-04-01)");
  g_clear_error (&error);
  list = hg_publication_list (f->workbook, pack_id (f), "basic_policy");
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 1, "共有フォルダ",
                                        "2026/4/2", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Record Publication");
  list = hg_publication_list (f->workbook, pack_id (f), "basic_policy");
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((HgPublication *) list->pdata[0])->place, ==, "共有フォルダ");
  g_assert_cmpstr (((HgPublication *) list->pdata[0])->published_on, ==, "2026-04-02");
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  list = hg_publication_list (f->workbook, pack_id (f), "basic_policy");
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A blank date is today. */
  g_assert_true (hg_publication_record (f->workbook, pack_id (f), "basic_policy", 0, "掲示板",
                                        " ", NULL, &error));
  g_assert_no_error (error);
  list = hg_publication_list (f->workbook, pack_id (f), "basic_policy");
  {
    g_autofree char *today = hg_text_today ();

    g_assert_cmpstr (((HgPublication *) list->pdata[0])->published_on, ==, today);
  }
}

static const HgProgressStep *
find_step (GPtrArray  *steps,
           const char *framework)
{
  for (guint i = 0; i < steps->len; i++)
    {
      const HgProgressStep *step = g_ptr_array_index (steps, i);

      if (g_strcmp0 (step->framework, framework) == 0 && g_str_equal (step->id, "assess"))
        return step;
    }
  return NULL;
}

/* Item 8: the self-check step, done with its score and band; before any
 * import a step inviting to import the customer's sheet, after it one per
 * sheet with its rates per level. */
static void
test_overview_steps (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) before = hg_progress_compute (f->session);
  g_autoptr(GPtrArray) partway = NULL;
  g_autoptr(GPtrArray) done = NULL;
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GError) error = NULL;
  const HgProgressStep *step;
  GString *xml = g_string_new (NULL);
  g_autofree char *sql = NULL;

  step = find_step (before, "ipa-self-check");
  g_assert_nonnull (step);
  g_assert_false (step->done);
  g_assert_cmpstr (step->title, ==, "Answer IPA’s self-check");
  step = find_step (before, NULL);
  g_assert_nonnull (step);
  g_assert_false (step->done);
  g_assert_cmpstr (step->title, ==, "Import the customer’s check sheet");

  answer_range (f, "ipa-self-check", 1, 10, "4");
  partway = hg_progress_compute (f->session);
  g_assert_cmpstr (find_step (partway, "ipa-self-check")->detail, ==,
                   "10 of 25 questions answered");
  answer_range (f, "ipa-self-check", 11, 25, "2");
  done = hg_progress_compute (f->session);
  step = find_step (done, "ipa-self-check");
  g_assert_true (step->done);
  g_assert_cmpstr (step->detail, ==, "70 of 100 points: Mostly in place, with some gaps.");

  /* A customer's sheet of 5 Level-1 items and 2 of Level 2. */
  g_string_append (xml, "<framework id=\"customer-sheet\" version=\"2026\" xml:lang=\"ja\">"
                        "<title>取引先チェックシート</title><publisher>取引先</publisher>"
                        "<scale><answer value=\"yes\" score=\"1\" status=\"met\"><label>済</label>"
                        "</answer><answer value=\"no\" score=\"0\" status=\"not\"><label>未</label>"
                        "</answer></scale><scoring kind=\"rates\"><level id=\"1\"/>"
                        "<level id=\"2\"/></scoring><section id=\"s\"><title>方針</title>");
  for (guint i = 1; i <= 7; i++)
    g_string_append_printf (xml, "<item ref=\"%u\" level=\"%u\"><text>項目%u</text></item>", i,
                            i <= 5 ? 1 : 2, i);
  g_string_append (xml, "</section></framework>");
  sql = sqlite3_mprintf ("INSERT INTO framework_import VALUES "
                         "('customer-sheet', %Q, 'sheet.xlsx', '%064d', '2026-12-06')", xml->str, 0);
  g_string_free (xml, TRUE);
  g_assert_true (hg_db_exec (hg_workbook_get_db (f->workbook), sql, &error));
  g_assert_no_error (error);
  sqlite3_free (g_steal_pointer (&sql));
  answer_range (f, "customer-sheet", 1, 3, "yes");
  answer_range (f, "customer-sheet", 4, 4, "no");

  imported = hg_progress_compute (f->session);
  g_assert_null (find_step (imported, NULL));
  step = find_step (imported, "customer-sheet");
  g_assert_nonnull (step);
  g_assert_false (step->done);
  g_assert_cmpstr (step->title, ==, "Answer the customer’s check sheet: 取引先チェックシート");
  g_assert_cmpstr (step->detail, ==, "Level 1: 60 % met (3/5); Levels 1–2: 43 % met (3/7)");

  /* A sheet stored broken (the workbook may come from anyone): its step
   * says why rather than vanishing. */
  {
    g_autoptr(GPtrArray) broken = NULL;

    g_assert_true (hg_db_exec (hg_workbook_get_db (f->workbook),
                               "INSERT INTO framework_import VALUES ('broken-sheet', '<framework',"
                               " 'broken.xlsx', '0000000000000000000000000000000000000000000000"
                               "000000000000000000', '2026-12-06')", &error));
    g_assert_no_error (error);
    broken = hg_progress_compute (f->session);
    step = find_step (broken, "broken-sheet");
    g_assert_nonnull (step);
    g_assert_false (step->done);
    g_assert_nonnull (strstr (step->detail, "broken.xlsx"));
  }
}

/* "Declared" once the company records the date it declared on the
 * scheme's site: refused while a step of that star is not done, one undo
 * step, the headline saying so. */
static void
test_declare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgSecurityAction) declared = NULL;
  g_autoptr(HgSecurityAction) undone = NULL;

  g_assert_false (hg_security_action_declare (f->session, 1, NULL, &error));
  g_assert_cmpstr (error->message, ==, "★ cannot be declared yet (not done: Put the 5 basic "
                                       "security measures in place)");
  g_clear_error (&error);
  answer_range (f, "five-measures", 1, 5, "yes");
  g_assert_false (hg_security_action_declare (f->session, 2, NULL, &error));
  g_assert_cmpstr (error->message, ==, "★★ cannot be declared yet (not done: Answer every "
                                       "question of the self-check)");
  g_clear_error (&error);
  g_assert_false (hg_security_action_declare (f->session, 3, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hg_security_action_declare (f->session, 1, "五月", &error));
  g_assert_cmpstr (error->message, ==,
                   "Declared on: “五月” is not a date: write it as 2026-04-01");
  g_clear_error (&error);

  g_assert_true (hg_security_action_declare (f->session, 1, "2026/5/1", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Record Declaration");
  declared = compute (f);
  g_assert_cmpstr (declared->declared[1], ==, "2026-05-01");
  g_assert_null (declared->declared[2]);
  g_assert_cmpstr (declared->headline, ==,
                   "You declared SECURITY ACTION ★ on 1 May 2026; 3 steps left to ★★");

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  undone = compute (f);
  g_assert_null (undone->declared[1]);
  g_assert_cmpstr (undone->headline, ==, "You can declare SECURITY ACTION ★; 3 steps left to ★★");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/security-action/nothing", test_nothing);
  ADD ("/security-action/star1", test_star1);
  ADD ("/security-action/star2", test_star2);
  ADD ("/security-action/publication-record", test_publication_record);
  ADD ("/security-action/declare", test_declare);
  ADD ("/security-action/overview-steps", test_overview_steps);
#undef ADD

  return g_test_run ();
}

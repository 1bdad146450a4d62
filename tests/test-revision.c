/* test-revision.c: approved versions, their snapshots and comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-company.h"
#include "hg-doc-diff.h"
#include "hg-doc-xml.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-policy.h"
#include "hg-progress.h"
#include "hg-revision.h"
#include "hg-test-util.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  HgPack     *pack;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "revisions.hinagata", "株式会社版管理");
  f->pack = hg_pack_load_builtin (&error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->pack, hg_pack_free);
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static HgDoc *
build (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HgDoc *doc = hg_policy_build_document (f->workbook, f->pack, "rules", &error);

  g_assert_no_error (error);
  return doc;
}

static char *
body_text (const HgDoc *doc)
{
  g_autoptr(HgDoc) copy = hg_doc_copy (doc);

  g_ptr_array_set_size (copy->revisions, 0);
  return hg_doc_to_text (copy);
}

static void
approve (Fixture    *f,
         const char *summary,
         guint       expected)
{
  g_autoptr(HgDoc) doc = build (f);
  g_autoptr(GError) error = NULL;
  guint number = 0;

  g_assert_true (hg_revision_approve (f->workbook, hg_pack_get_id (f->pack), doc, summary,
                                      "総務 花子", "代表 太郎", "2026-04-01", &number, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (number, ==, expected);
}

static HgRevisionState
state (Fixture *f)
{
  g_autoptr(HgDoc) doc = build (f);

  return hg_revision_get_state (f->workbook, hg_pack_get_id (f->pack), doc);
}

static void
test_approve_freezes (Fixture       *f,
                      gconstpointer  data)
{
  const char *pack = hg_pack_get_id (f->pack);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) first = NULL;
  g_autoptr(HgDoc) today = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *today_text = NULL;
  const HgDocRevision *r;

  g_assert_cmpint (state (f), ==, HG_REVISION_NEVER_APPROVED);
  approve (f, "制定", 1);
  g_assert_cmpint (state (f), ==, HG_REVISION_UP_TO_DATE);

  /* The document now carries its revision table. */
  today = build (f);
  g_assert_cmpuint (today->revisions->len, ==, 1);
  r = g_ptr_array_index (today->revisions, 0);
  g_assert_cmpuint (r->number, ==, 1);
  g_assert_cmpstr (r->summary, ==, "制定");
  g_assert_cmpstr (r->author, ==, "総務 花子");
  g_assert_cmpstr (r->approver, ==, "代表 太郎");
  g_assert_cmpstr (r->approved_on, ==, "2026-04-01");

  /* An answer that changes the text: the document needs revision, and
   * version 1 still reads as approved. */
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "review_interval_months", "6", &error));
  g_assert_no_error (error);
  g_assert_cmpint (state (f), ==, HG_REVISION_NEEDS_REVISION);
  {
    g_autoptr(HgSession) session = hg_session_new (f->workbook);
    g_autoptr(GPtrArray) steps = hg_progress_compute (session);
    HgProgressStep *last = NULL;

    /* The approval is the last step of the policy page. */
    for (guint i = 0; i < steps->len; i++)
      if (g_str_equal (((HgProgressStep *) g_ptr_array_index (steps, i))->id, "policy"))
        last = g_ptr_array_index (steps, i);
    g_assert_nonnull (last);
    g_assert_false (last->done);
    /* In one language: the English title of the document (the tests run in
     * the C locale, whose interface is English). */
    g_assert_cmpstr (last->detail, ==, "Information Security Rules needs revision: its text "
                                       "changed since version 1 was approved");
  }

  first = hg_revision_load (f->workbook, pack, "rules", 1, &error);
  g_assert_no_error (error);
  first_text = body_text (first);
  g_clear_pointer (&today, hg_doc_free);
  today = build (f);
  today_text = body_text (today);
  g_assert_nonnull (strstr (first_text, "12か月ごとにこの規程を見直す"));
  g_assert_null (strstr (first_text, "6か月ごと"));
  g_assert_nonnull (strstr (today_text, "6か月ごとにこの規程を見直す"));

  approve (f, "見直しの間隔を6か月に変更", 2);
  g_assert_cmpint (state (f), ==, HG_REVISION_UP_TO_DATE);
  g_clear_pointer (&first, hg_doc_free);
  first = hg_revision_load (f->workbook, pack, "rules", 1, &error);
  g_assert_cmpuint (first->revisions->len, ==, 1); /* the table as it stood then */
  g_assert_null (hg_revision_load (f->workbook, pack, "rules", 3, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND);
}

static void
test_company_change_needs_revision (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  approve (f, "制定", 1);
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "株式会社新社名", &error));
  g_assert_no_error (error);
  g_assert_cmpint (state (f), ==, HG_REVISION_NEEDS_REVISION);
}

static void
test_refusals_and_undo (Fixture       *f,
                        gconstpointer  data)
{
  const char *pack = hg_pack_get_id (f->pack);
  g_autoptr(HgDoc) doc = build (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_false (hg_revision_approve (f->workbook, pack, doc, "  ", "", "代表", NULL, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hg_revision_approve (f->workbook, pack, doc, "制定", "", "", NULL, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hg_revision_approve (f->workbook, pack, doc, "制定", "", "代表", "来月", NULL, &error));
  g_assert_nonnull (strstr (error->message, "来月"));
  g_clear_error (&error);

  approve (f, "制定", 1);
  /* Approving the same text again says so. */
  g_assert_false (hg_revision_approve (f->workbook, pack, doc, "再承認", "", "代表", NULL, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  /* A rule flagged for review blocks approval. */
  {
    g_autoptr(HgDoc) flagged = hg_doc_copy (doc);

    hg_doc_append (flagged, HG_DOC_RULE, "（99）", "見直し待ちの決まり")->flags = HG_DOC_OUTDATED;
    g_assert_false (hg_revision_approve (f->workbook, pack, flagged, "改訂", "", "代表", NULL, NULL,
                                         &error));
    g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Approval is one undoable step. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  list = hg_revision_list (f->workbook, pack, "rules");
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpint (state (f), ==, HG_REVISION_NEVER_APPROVED);
}

/* The review's case: 100,000 characters in --by or --summary made a
 * permanent version that slowed every later PDF. Each text has its limit,
 * named in the refusal, and control characters are refused too. */
static void
test_text_limits (Fixture       *f,
                  gconstpointer  data)
{
  const char *pack = hg_pack_get_id (f->pack);
  g_autoptr(HgDoc) doc = build (f);
  g_autofree char *huge = g_strnfill (100000, 'x');
  g_autofree char *name_at_limit = g_strnfill (HG_REVISION_NAME_MAX, 'x');
  g_autofree char *summary_at_limit = g_strnfill (HG_REVISION_SUMMARY_MAX, 'x');
  g_autoptr(GPtrArray) list = NULL;
  static const struct { guint field; const char *message; } cases[] = {
    { 0, "Summary of changes: Write at most 1000 characters" },
    { 1, "Drafted by: Write at most 50 characters" },
    { 2, "Approved by: Write at most 50 characters" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *texts[3] = { "制定", "総務 花子", "代表 太郎" };

      texts[cases[i].field] = huge;
      g_assert_false (hg_revision_approve (f->workbook, pack, doc, texts[0], texts[1], texts[2],
                                           NULL, NULL, &error));
      g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hg_revision_approve (f->workbook, pack, doc, "制定", "", "代表\x1b[8m", NULL,
                                         NULL, &error));
    g_assert_cmpstr (error->message, ==, "Approved by: Contains a control character (U+001B) at "
                                         "position 3");
    g_clear_error (&error);
    g_assert_false (hg_revision_approve (f->workbook, pack, doc, "制定\xff", "", "代表", NULL,
                                         NULL, &error));
    g_assert_cmpstr (error->message, ==, "Summary of changes: Not valid UTF-8 text at position 3");
  }
  list = hg_revision_list (f->workbook, pack, "rules");
  g_assert_cmpuint (list->len, ==, 0);

  /* At the limits, and with line breaks in the summary, it is approved. */
  summary_at_limit[10] = '\n';
  g_assert_true (hg_revision_approve (f->workbook, pack, doc, summary_at_limit, name_at_limit,
                                      name_at_limit, NULL, NULL, NULL));
}

static void
test_snapshot_round_trip (void)
{
  g_autoptr(HgDoc) doc = hg_doc_new ("rules", "規程 <&>\"'{}", "株式会社<&>\"'{}");
  g_autoptr(HgDoc) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  HgDocBlock *block;

  hg_doc_append (doc, HG_DOC_HEADING, "第1章", "総則 & <目的>")->level = 1;
  block = hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "改行\nを含む文");
  block->label = g_strdup ("適用範囲");
  block = hg_doc_append (doc, HG_DOC_RULE, "（1）", "決まり]]>");
  block->key = g_strdup ("org_rule");
  block->flags = HG_DOC_REWORDED | HG_DOC_ADDED;
  block = hg_doc_append (doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_row (block, g_strsplit ("機器,頻度", ",", -1), TRUE);
  hg_doc_table_add_row (block, g_strsplit ("サーバ,毎日", ",", -1), FALSE);
  hg_doc_table_add_row (block, g_strsplit (",", ",", -1), FALSE);

  xml = hg_doc_to_xml (doc);
  back = hg_doc_from_xml (xml, &error);
  g_assert_no_error (error);
  a = hg_doc_to_text (doc);
  b = hg_doc_to_text (back);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (back->company, ==, "株式会社<&>\"'{}");
  block = g_ptr_array_index (back->blocks, 2);
  g_assert_cmpstr (block->key, ==, "org_rule");
  g_assert_cmpuint (block->flags, ==, HG_DOC_REWORDED | HG_DOC_ADDED);
  block = g_ptr_array_index (back->blocks, 3);
  g_assert_cmpuint (block->header_rows, ==, 1);
  g_assert_cmpuint (block->rows->len, ==, 3);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (block->rows, 2))[1], ==, "");
  {
    g_autofree char *d1 = hg_doc_digest (doc);
    g_autofree char *d2 = hg_doc_digest (back);
    g_assert_cmpstr (d1, ==, d2);
  }

  /* Damaged or hostile snapshots are refused. */
  g_assert_null (hg_doc_from_xml ("<document><bogus/></document>", &error));
  g_assert_error (error, HG_DOC_ERROR, HG_DOC_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_null (hg_doc_from_xml ("<docu", &error));
  g_assert_error (error, HG_DOC_ERROR, HG_DOC_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_null (hg_doc_from_xml ("<!DOCTYPE d [<!ENTITY x \"y\">]><document>&x;</document>",
                                  &error));
  g_assert_error (error, HG_DOC_ERROR, HG_DOC_ERROR_DAMAGED);
}

static HgDoc *
small_doc (const char * const *rules)
{
  HgDoc *doc = hg_doc_new ("rules", "規程", "株式会社");

  hg_doc_append (doc, HG_DOC_HEADING, "第1章", "総則")->level = 1;
  for (guint i = 0; rules[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("（%u）", i + 1);
      hg_doc_append (doc, HG_DOC_RULE, number, rules[i]);
    }
  return doc;
}

static void
test_compare (void)
{
  const char *v1[] = { "パスワードは8文字以上とする。", "離席時は画面をロックする。",
                       "私物の機器は使わない。", NULL };
  const char *v2[] = { "来訪者は受付で記帳する。", "パスワードは12文字以上とする。",
                       "離席時は画面をロックする。", NULL };
  g_autoptr(HgDoc) a = small_doc (v1);
  g_autoptr(HgDoc) b = small_doc (v2);
  g_autoptr(GPtrArray) same = hg_doc_diff (a, a);
  g_autoptr(GPtrArray) diff = hg_doc_diff (a, b);
  g_autofree char *text = hg_doc_diff_to_text (diff, TRUE);

  g_assert_cmpuint (hg_doc_diff_count (same, HG_DIFF_SAME), ==, 4);
  g_assert_cmpuint (same->len, ==, 4);

  /* A rule added at the top renumbers the others: that alone is no change. */
  g_assert_cmpuint (hg_doc_diff_count (diff, HG_DIFF_ADDED), ==, 1);
  g_assert_cmpuint (hg_doc_diff_count (diff, HG_DIFF_REMOVED), ==, 1);
  g_assert_cmpuint (hg_doc_diff_count (diff, HG_DIFF_CHANGED), ==, 1);
  g_assert_cmpuint (hg_doc_diff_count (diff, HG_DIFF_SAME), ==, 2);
  g_assert_cmpstr (text, ==,
                   "+ （1）来訪者は受付で記帳する。\n"
                   "~ （[-1-]{+2+}）パスワードは[-8-]{+12+}文字以上とする。\n"
                   "- （3）私物の機器は使わない。\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/revision/approve-freezes", test_approve_freezes);
  ADD ("/revision/company-change-needs-revision", test_company_change_needs_revision);
  ADD ("/revision/refusals-and-undo", test_refusals_and_undo);
  ADD ("/revision/text-limits", test_text_limits);
#undef ADD
  g_test_add_func ("/revision/snapshot-round-trip", test_snapshot_round_trip);
  g_test_add_func ("/revision/compare", test_compare);
  return g_test_run ();
}

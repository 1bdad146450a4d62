/* test-revision.c: approved versions, their snapshots and comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-approval.h"
#include "hg-company.h"
#include "hg-doc-diff.h"
#include "hg-doc-xml.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-policy.h"
#include "hg-progress.h"
#include "hg-revision.h"
#include "hg-role-vacancy.h"
#include "hg-pack-context.h"
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

/* Issue 13: the basic policy, the rules and the handbook are approved
 * together, in one transaction and one undo step, and a refusal of one of
 * them writes none. */
static void
test_approve_several (Fixture       *f,
                      gconstpointer  data)
{
  const char *pack = hg_pack_get_id (f->pack);
  const char *ids[] = { "basic_policy", "rules", "handbook" };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_doc_free);
  g_autoptr(GError) error = NULL;
  guint numbers[3] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_ptr_array_add (docs, hg_policy_build_document (f->workbook, f->pack, ids[i], &error));
      g_assert_no_error (error);
    }
  g_assert_true (hg_revision_approve_several (f->workbook, pack, docs, "制定", "総務 花子",
                                              "代表 太郎", "2025-04-01", numbers, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GPtrArray) list = hg_revision_list (f->workbook, pack, ids[i]);
      const HgDocRevision *r;

      g_assert_cmpuint (numbers[i], ==, 1);
      g_assert_cmpuint (list->len, ==, 1);
      r = g_ptr_array_index (list, 0);
      g_assert_cmpstr (r->approver, ==, "代表 太郎");
      g_assert_cmpstr (r->approved_on, ==, "2025-04-01");
      g_assert_cmpstr (r->summary, ==, "制定");
    }

  /* One undo takes back all three. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GPtrArray) list = hg_revision_list (f->workbook, pack, ids[i]);

      g_assert_cmpuint (list->len, ==, 0);
    }

  /* The rules alone, then the rules and the basic policy: the rules did
   * not change, so nothing is written, and the message names them. */
  approve (f, "制定", 1);
  g_assert_false (hg_revision_approve_several (f->workbook, pack, docs, "制定", "", "代表 太郎",
                                               NULL, numbers, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, ((HgDoc *) docs->pdata[1])->display_title));
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) list = hg_revision_list (f->workbook, pack, "basic_policy");

    g_assert_cmpuint (list->len, ==, 0);
  }

  /* The same document twice, or none at all, is refused. */
  {
    g_autoptr(GPtrArray) twice = g_ptr_array_new ();
    g_autoptr(GPtrArray) none = g_ptr_array_new ();

    g_ptr_array_add (twice, docs->pdata[0]);
    g_ptr_array_add (twice, docs->pdata[0]);
    g_assert_false (hg_revision_approve_several (f->workbook, pack, twice, "制定", "",
                                                 "代表 太郎", NULL, NULL, &error));
    g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (hg_revision_approve_several (f->workbook, pack, none, "制定", "",
                                                 "代表 太郎", NULL, NULL, &error));
    g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
    g_clear_error (&error);
  }
}

/* What the approval dialog shows for each document: none approved, one
 * approved as it reads, one changed since, with what changed. */
static void
test_approval_list (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HgPackContext) context = NULL;
  const HgApprovalItem *basic, *rules, *handbook;
  g_autofree char *basic_text = NULL;
  g_autofree char *rules_text = NULL;
  g_autofree char *handbook_text = NULL;

  approve (f, "制定", 1);   /* the rules, on 2026-04-01 */
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "password_min_length", "14",
                                       &error));
  g_assert_no_error (error);
  context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  items = hg_approval_list (f->workbook, f->pack, context, &error);
  g_assert_no_error (error);
  /* The basic policy, the rules, the handbook and the forms. */
  g_assert_cmpuint (items->len, ==, 4);
  g_assert_cmpstr (((HgApprovalItem *) items->pdata[3])->doc->id, ==, "forms");
  basic = items->pdata[0];
  rules = items->pdata[1];
  handbook = items->pdata[2];
  g_assert_cmpstr (basic->doc->id, ==, "basic_policy");
  g_assert_cmpint (basic->state, ==, HG_REVISION_NEVER_APPROVED);
  g_assert_true (hg_approval_item_can_approve (basic));
  g_assert_cmpint (rules->state, ==, HG_REVISION_NEEDS_REVISION);
  g_assert_cmpuint (rules->last, ==, 1);
  g_assert_cmpstr (rules->last_approved_on, ==, "2026-04-01");
  g_assert_cmpuint (rules->changed, >=, 1);
  g_assert_nonnull (strstr (rules->first_change, "14"));
  g_assert_cmpint (handbook->state, ==, HG_REVISION_NEVER_APPROVED);

  basic_text = hg_approval_item_describe (basic);
  rules_text = hg_approval_item_describe (rules);
  g_assert_nonnull (strstr (basic_text, "version 1"));
  g_assert_nonnull (strstr (rules_text, "version 1"));
  g_assert_nonnull (strstr (rules_text, "changed"));
  g_assert_nonnull (strstr (rules_text, "14"));

  /* Approved as it reads: nothing to approve, and it says so. */
  {
    g_autoptr(GPtrArray) again = NULL;

    g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "password_min_length", "10",
                                         &error));
    hg_pack_context_free (g_steal_pointer (&context));
    context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
    again = hg_approval_list (f->workbook, f->pack, context, &error);
    g_assert_no_error (error);
    rules = again->pdata[1];
    g_assert_cmpint (rules->state, ==, HG_REVISION_UP_TO_DATE);
    g_assert_false (hg_approval_item_can_approve (rules));
    handbook_text = hg_approval_item_describe (rules);
    g_assert_nonnull (strstr (handbook_text, "Unchanged since version 1"));
  }
}

/* Issue 13 and 15: the cover said 「2026年12月6日制定」, the day the approval
 * was recorded, while the answer said 2025-04-01 and the approval date
 * given was another day. 制定 comes from the answer, 改訂 from the approval
 * date given, and the version table dates each version by its approval. */
static GPtrArray *
gaps_of (Fixture *f)
{
  g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  g_autoptr(GError) error = NULL;
  GPtrArray *gaps = hg_approval_list_gaps (f->pack, context, &error);

  g_assert_no_error (error);
  return gaps;
}

static gboolean
approve_all (Fixture  *f,
             GError  **error)
{
  g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  g_autoptr(HgDoc) doc = build (f);
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();

  g_ptr_array_add (docs, doc);
  return hg_approval_approve (f->workbook, f->pack, context, docs, "制定", "総務 花子",
                              "代表 太郎", "2026-04-01", NULL, error);
}

static guint
n_versions (Fixture *f)
{
  g_autoptr(GPtrArray) list = hg_revision_list (f->workbook, hg_pack_get_id (f->pack), "rules");

  return list->len;
}

static void
assign (Fixture    *f,
        HgOrgRole   role,
        const char *name)
{
  g_autoptr(HgPerson) person = hg_person_new (name, 0, "", "052-000-0000");
  g_autoptr(GError) error = NULL;
  gint64 id = hg_person_add (f->workbook, person, &error);

  g_assert_no_error (error);
  g_assert_true (hg_org_role_assign (f->workbook, role, 0, id, &error));
  g_assert_no_error (error);
}

/* Issue 15, item 1: a document printing 「制定日　」 or 「（未定）」 is not
 * approved; the refusal lists every gap, and a role recorded as unfilled
 * with a reason is settled and prints the reason. */
static void
test_approval_gaps (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) gaps = gaps_of (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(HgDoc) doc = NULL;
  const HgOrgRole expected_roles[] = { HG_ORG_ROLE_CISO, HG_ORG_ROLE_SYSTEM_ADMIN,
                                       HG_ORG_ROLE_EDUCATION, HG_ORG_ROLE_AUDITOR,
                                       HG_ORG_ROLE_INCIDENT_CONTACT };

  /* A new workbook: no date, no representative, no role filled. */
  g_assert_cmpuint (gaps->len, ==, 2 + G_N_ELEMENTS (expected_roles));
  g_assert_cmpint (((HgApprovalGap *) gaps->pdata[0])->kind, ==, HG_APPROVAL_GAP_ENACTED_ON);
  g_assert_cmpint (((HgApprovalGap *) gaps->pdata[1])->kind, ==, HG_APPROVAL_GAP_REPRESENTATIVE);
  for (guint i = 0; i < G_N_ELEMENTS (expected_roles); i++)
    {
      const HgApprovalGap *gap = gaps->pdata[2 + i];

      g_assert_cmpint (gap->kind, ==, HG_APPROVAL_GAP_ROLE);
      g_assert_cmpint (gap->role, ==, expected_roles[i]);
    }
  g_assert_false (approve_all (f, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  for (guint i = 0; i < gaps->len; i++)
    g_assert_nonnull (strstr (error->message, ((HgApprovalGap *) gaps->pdata[i])->description));
  g_clear_error (&error);
  g_assert_cmpuint (n_versions (f), ==, 0);

  /* Filling some leaves the others listed. */
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "adopted_on", "2026-04-01", &error));
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "代表 太郎",
                                 &error));
  assign (f, HG_ORG_ROLE_CISO, "情報 一郎");
  assign (f, HG_ORG_ROLE_EDUCATION, "教育 二郎");
  assign (f, HG_ORG_ROLE_INCIDENT_CONTACT, "窓口 三子");
  g_clear_pointer (&gaps, g_ptr_array_unref);
  gaps = gaps_of (f);
  g_assert_cmpuint (gaps->len, ==, 2);
  g_assert_cmpint (((HgApprovalGap *) gaps->pdata[0])->role, ==, HG_ORG_ROLE_SYSTEM_ADMIN);
  g_assert_cmpint (((HgApprovalGap *) gaps->pdata[1])->role, ==, HG_ORG_ROLE_AUDITOR);
  g_assert_false (approve_all (f, &error));
  g_clear_error (&error);

  /* A vacancy needs a reason; with one, the role is settled. */
  g_assert_false (hg_role_vacancy_set (f->workbook, HG_ORG_ROLE_DEPARTMENT_HEAD, "不要", &error));
  g_clear_error (&error);
  g_assert_true (hg_role_vacancy_set (f->workbook, HG_ORG_ROLE_SYSTEM_ADMIN,
                                      "社員8名のため代表者が兼ねる", &error));
  g_assert_true (hg_role_vacancy_set (f->workbook, HG_ORG_ROLE_AUDITOR,
                                      "社外の専門家に年1回の点検を依頼する", &error));
  g_assert_no_error (error);
  g_clear_pointer (&gaps, g_ptr_array_unref);
  gaps = gaps_of (f);
  g_assert_cmpuint (gaps->len, ==, 0);

  /* The reason reads where the holder's name would, and nothing is （未定）;
   * the holders' numbers are in the contact table. */
  doc = build (f);
  text = hg_doc_to_text (doc);
  g_assert_nonnull (strstr (text, "| システム管理者 | 置かない（社員8名のため代表者が兼ねる） |"));
  g_assert_null (strstr (text, "（未定）"));
  g_assert_nonnull (strstr (text, "| 事故発生時の連絡窓口 | 窓口 三子 | 052-000-0000 |"));

  g_assert_true (approve_all (f, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_versions (f), ==, 1);

  /* Giving the role to someone ends the vacancy; an empty reason reopens. */
  assign (f, HG_ORG_ROLE_SYSTEM_ADMIN, "管理 四郎");
  g_assert_null (hg_role_vacancy_get (f->workbook, HG_ORG_ROLE_SYSTEM_ADMIN));
  g_assert_true (hg_role_vacancy_set (f->workbook, HG_ORG_ROLE_AUDITOR, "", &error));
  g_assert_null (hg_role_vacancy_get (f->workbook, HG_ORG_ROLE_AUDITOR));
  g_clear_pointer (&gaps, g_ptr_array_unref);
  gaps = gaps_of (f);
  g_assert_cmpuint (gaps->len, ==, 1);
  g_assert_cmpint (((HgApprovalGap *) gaps->pdata[0])->role, ==, HG_ORG_ROLE_AUDITOR);
}

static void
test_cover_dates (Fixture       *f,
                  gconstpointer  data)
{
  const char *pack = hg_pack_get_id (f->pack);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(HgDoc) first = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *cover = NULL;
  g_autofree char *first_cover = NULL;

  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "adopted_on", "2025-04-01", &error));
  g_assert_no_error (error);
  doc = build (f);
  g_assert_cmpstr (doc->enacted_on, ==, "2025-04-01");
  g_assert_null (hg_doc_cover_line (doc));
  g_assert_true (hg_revision_approve (f->workbook, pack, doc, "制定", "", "代表 太郎",
                                      "2025-03-25", NULL, &error));
  g_clear_pointer (&doc, hg_doc_free);
  doc = build (f);
  first_cover = hg_doc_cover_line (doc);
  g_assert_cmpstr (first_cover, ==, "2025年4月1日制定（第1版）");

  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "password_min_length", "14",
                                       &error));
  g_clear_pointer (&doc, hg_doc_free);
  doc = build (f);
  g_assert_true (hg_revision_approve (f->workbook, pack, doc, "パスワードの長さ", "", "代表 太郎",
                                      "2026-10-01", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&doc, hg_doc_free);
  doc = build (f);
  cover = hg_doc_cover_line (doc);
  g_assert_cmpstr (cover, ==, "2025年4月1日制定　2026年10月1日改訂（第2版）");

  rows = hg_doc_revision_rows (doc);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((GStrv) rows->pdata[0])[1], ==, "承認日");
  g_assert_cmpstr (((GStrv) rows->pdata[1])[0], ==, "第1版");
  g_assert_cmpstr (((GStrv) rows->pdata[1])[1], ==, "2025年3月25日");
  g_assert_cmpstr (((GStrv) rows->pdata[2])[1], ==, "2026年10月1日");

  /* The frozen version keeps the enactment date it was approved with. */
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "adopted_on", "2025-05-01", &error));
  first = hg_revision_load (f->workbook, pack, "rules", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->enacted_on, ==, "2025-04-01");
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
  ADD ("/revision/approve-several", test_approve_several);
  ADD ("/revision/approval-list", test_approval_list);
  ADD ("/revision/cover-dates", test_cover_dates);
  ADD ("/revision/approval-gaps", test_approval_gaps);
#undef ADD
  g_test_add_func ("/revision/snapshot-round-trip", test_snapshot_round_trip);
  g_test_add_func ("/revision/compare", test_compare);
  return g_test_run ();
}

/* test-doc.c: the document model every output reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-doc.h"
#include "hg-pack-context.h"
#include "hg-test-util.h"

static HgDoc *
sample (void)
{
  HgDoc *doc = hg_doc_new ("rules", "情報セキュリティ関連規程", "株式会社テスト");
  HgDocBlock *b;

  hg_doc_append (doc, HG_DOC_HEADING, "第1章", "組織的対策")->level = 1;
  b = hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "全従業員に適用する。");
  b->label = g_strdup ("適用範囲");
  hg_doc_append (doc, HG_DOC_HEADING, "1.1", "体制")->level = 2;
  b = hg_doc_append (doc, HG_DOC_RULE, "（1）", "情報セキュリティ責任者を置く。");
  b->flags = HG_DOC_REWORDED | HG_DOC_OUTDATED;
  hg_doc_append (doc, HG_DOC_ITEM, NULL, "台帳を作る。");
  b = hg_doc_append (doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_row (b, g_strsplit ("役割,担当者", ",", -1), TRUE);
  hg_doc_table_add_row (b, g_strsplit ("責任者,山田", ",", -1), FALSE);
  hg_doc_table_add_row (b, g_strsplit ("担当,情報セキュリティ対策の計画を立て、その実施状況を把握する。", ",", -1), FALSE);
  hg_doc_add_revision (doc, 1, "2026-04-01", "制定", "佐藤", "山田", "2026-04-02");
  return doc;
}

static void
test_text (void)
{
  g_autoptr(HgDoc) doc = sample ();
  g_autofree char *text = hg_doc_to_text (doc);

  g_assert_cmpstr (text, ==,
                   "情報セキュリティ関連規程\n"
                   "\n第1章　組織的対策\n"
                   "（適用範囲）全従業員に適用する。\n"
                   "\n1.1　体制\n"
                   "（1）情報セキュリティ責任者を置く。［要確認：元のひな形の文が変わりました］\n"
                   "・台帳を作る。\n"
                   "| 役割 | 担当者 |\n| 責任者 | 山田 |\n"
                   "| 担当 | 情報セキュリティ対策の計画を立て、その実施状況を把握する。 |\n");
}

static void
test_copy_and_count (void)
{
  g_autoptr(HgDoc) doc = sample ();
  g_autoptr(HgDoc) copy = hg_doc_copy (doc);
  g_autofree char *a = hg_doc_to_text (doc);
  g_autofree char *b = hg_doc_to_text (copy);
  const HgDocBlock *table = g_ptr_array_index (copy->blocks, 5);

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (hg_doc_count_kind (copy, HG_DOC_HEADING, 0), ==, 2);
  g_assert_cmpuint (hg_doc_count_kind (copy, HG_DOC_HEADING, 1), ==, 1);
  g_assert_cmpuint (hg_doc_count_kind (copy, HG_DOC_RULE, 0), ==, 1);
  g_assert_cmpuint (table->header_rows, ==, 1);
  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpuint (copy->revisions->len, ==, 1);
  g_assert_cmpstr (((HgDocRevision *) g_ptr_array_index (copy->revisions, 0))->approver, ==, "山田");
  g_assert_cmpstr (copy->company, ==, "株式会社テスト");
}

/* Items and tables after a rule belong to it; items in a row are one
 * list. */
static void
test_layout_questions (void)
{
  g_autoptr(HgDoc) doc = sample ();
  g_autoptr(GPtrArray) revisions = NULL;
  g_autofree double *shares = NULL;
  GStrv header;

  /* 0 chapter, 1 paragraph, 2 section, 3 rule, 4 item, 5 table */
  hg_doc_append (doc, HG_DOC_ITEM, NULL, "二つ目");
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "段落");
  hg_doc_append (doc, HG_DOC_ITEM, NULL, "段落の後");
  g_assert_true (hg_doc_is_under_rule (doc, 4));
  g_assert_true (hg_doc_is_under_rule (doc, 5));
  g_assert_true (hg_doc_is_under_rule (doc, 6));
  g_assert_false (hg_doc_is_under_rule (doc, 8));
  g_assert_false (hg_doc_is_under_rule (doc, 1));
  g_assert_true (hg_doc_item_is_first (doc, 4));
  g_assert_true (hg_doc_item_is_last (doc, 4));
  g_assert_true (hg_doc_item_is_first (doc, 6));
  g_assert_true (hg_doc_item_is_first (doc, 8));
  g_assert_true (hg_doc_item_is_last (doc, 8));
  g_assert_false (hg_doc_wants_contents (doc));
  hg_doc_append (doc, HG_DOC_HEADING, "第2章", "人的対策")->level = 1;
  g_assert_true (hg_doc_wants_contents (doc));

  /* The revision history as a table, dates as Japanese documents write them. */
  revisions = hg_doc_revision_rows (doc);
  g_assert_cmpuint (revisions->len, ==, 2);
  header = g_ptr_array_index (revisions, 0);
  g_assert_cmpstr (header[2], ==, "改訂内容");
  /* Dated by the approval (2026-04-02), not by the day it was recorded. */
  g_assert_cmpstr (((GStrv) g_ptr_array_index (revisions, 1))[1], ==, "2026年4月2日");

  /* Only short columns: each gets its share of what it needs. */
  shares = hg_doc_column_shares (revisions, 48);
  g_assert_cmpfloat (shares[0], <, shares[1]);
  g_assert_cmpfloat_with_epsilon (shares[0] + shares[1] + shares[2] + shares[3] + shares[4],
                                  1.0, 0.001);

  /* A short column gets what its longest text needs (3 characters and
   * the cell's margins, of 48); the long one takes the rest. */
  g_clear_pointer (&shares, g_free);
  shares = hg_doc_column_shares (((HgDocBlock *) g_ptr_array_index (doc->blocks, 5))->rows, 48);
  g_assert_cmpfloat_with_epsilon (shares[0], 5.5 / 48, 0.001);
  g_assert_cmpfloat_with_epsilon (shares[1], 1 - 5.5 / 48, 0.001);
}

/* The built-in pack builds into chapters, sections and numbered rules with
 * the pack's ids as keys, and a table with its header row. */
static void
test_built_from_pack (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autofree char *dir = hg_test_make_dir ();
  g_autoptr(HgWorkbook) workbook = hg_test_workbook_new (dir, "doc.hinagata", "株式会社キー");
  g_autoptr(HgPackContext) context = NULL;
  g_autoptr(HgDoc) doc = NULL;
  guint tables = 0, keyed_rules = 0;

  g_assert_no_error (error);
  context = hg_pack_context_new_for_workbook (pack, workbook);
  doc = hg_pack_build_doc (pack, context, "rules", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doc->company, ==, "株式会社キー");
  g_assert_cmpuint (hg_doc_count_kind (doc, HG_DOC_HEADING, 1), >=, 10);
  g_assert_cmpuint (hg_doc_count_kind (doc, HG_DOC_RULE, 0), >=, 200);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind == HG_DOC_TABLE)
        {
          tables++;
          g_assert_cmpuint (b->header_rows, ==, 1);
          g_assert_cmpuint (b->rows->len, >, 1);
        }
      if (b->kind == HG_DOC_RULE && b->key != NULL)
        keyed_rules++;
    }
  g_assert_cmpuint (tables, >=, 1);
  g_assert_cmpuint (keyed_rules, ==, hg_doc_count_kind (doc, HG_DOC_RULE, 0));
  g_clear_object (&workbook);
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/doc/text", test_text);
  g_test_add_func ("/doc/copy-and-count", test_copy_and_count);
  g_test_add_func ("/doc/layout-questions", test_layout_questions);
  g_test_add_func ("/doc/built-from-pack", test_built_from_pack);
  return g_test_run ();
}

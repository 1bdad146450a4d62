/* test-forms.c: the numbered forms (様式集, issue 17, item 1)
 *
 * For the three test companies (hg-test-companies.c): which forms the
 * answers keep and how they are numbered; what they print from the
 * workbook (departments, roles and their holders, labels, the maintenance
 * company); that the rules cite every form by the number it carries,
 * with the name the form has, and no form the answers left out; that the
 * numbers follow when a form drops out; one form picked from the set; and
 * the rows to write in by hand in every format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-doc-layout.h"
#include "hg-doc-style.h"
#include "hg-doc-table-layout.h"
#include "hg-doc-writer.h"
#include "hg-forms.h"
#include "hg-policy.h"
#include "hg-test-companies.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

typedef struct
{
  char            *dir;
  HgPack          *pack;
  HgRiskCatalogue *catalogue;
  HgWorkbook      *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char *languages[] = { "ja", NULL };
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->pack = hg_pack_load_builtin (&error);
  g_assert_no_error (error);
  f->catalogue = hg_risk_catalogue_load_builtin (languages, &error);
  g_assert_no_error (error);
  f->workbook = hg_test_company_new (GPOINTER_TO_UINT (data), f->dir, f->pack, f->catalogue);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_risk_catalogue_free (f->catalogue);
  hg_pack_free (f->pack);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static HgDoc *
build (Fixture    *f,
       const char *document_id)
{
  g_autoptr(GError) error = NULL;
  HgDoc *doc = hg_policy_build_document (f->workbook, f->pack, document_id, &error);

  g_assert_no_error (error);
  return doc;
}

/* "様式1 持出し申請・記録簿|様式2 …": the forms' headings in order. */
static char *
headings (const HgDoc *forms)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < forms->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (forms->blocks, i);

      if (b->kind == HG_DOC_HEADING && b->level == 1)
        g_string_append_printf (out, "%s%s %s", out->len ? "|" : "", b->number, b->text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The title of 様式@number in @forms, or NULL. */
static const char *
form_title (const HgDoc *forms,
            guint        number)
{
  g_autofree char *wanted = g_strdup_printf ("様式%u", number);

  for (guint i = 0; i < forms->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (forms->blocks, i);

      if (b->kind == HG_DOC_HEADING && b->level == 1 && g_strcmp0 (b->number, wanted) == 0)
        return b->text;
    }
  return NULL;
}

/* Every 「（様式N）」 of @text follows the name form N has in @forms, and
 * no citation is of a form left out. Returns the set of numbers cited as
 * a bit mask. */
static guint64
check_citations (const char  *text,
                 const HgDoc *forms)
{
  guint64 cited = 0;

  g_assert_null (strstr (text, "様式（なし）"));
  for (const char *p = strstr (text, "（様式"); p != NULL; p = strstr (p + 1, "（様式"))
    {
      guint number = (guint) g_ascii_strtoull (p + strlen ("（様式"), NULL, 10);
      const char *title = form_title (forms, number);

      if (title == NULL || strncmp (p - strlen (title), title, strlen (title)) != 0)
        g_error ("「%.60s」 cites 様式%u, which is 「%s」", p - MIN (p - text, 60), number,
                 title ? title : "(none)");
      cited |= G_GUINT64_CONSTANT (1) << number;
    }
  return cited;
}

static void
check_company (Fixture    *f,
               const char *expected)
{
  g_autoptr(HgDoc) forms = build (f, HG_FORMS_DOCUMENT_ID);
  g_autoptr(HgDoc) rules = build (f, "rules");
  g_autofree char *rules_text = hg_doc_to_text (rules);
  g_autofree char *forms_text = hg_doc_to_text (forms);
  g_autofree char *list = headings (forms);
  guint n = hg_forms_count (forms);
  guint64 cited;

  g_assert_cmpstr (list, ==, expected);
  /* The rules cite each form the answers keep, by its own number. */
  cited = check_citations (rules_text, forms);
  for (guint i = 1; i <= n; i++)
    if (!(cited & (G_GUINT64_CONSTANT (1) << i)))
      g_error ("the rules never cite 様式%u 「%s」", i, form_title (forms, i));
  /* The forms cite each other the same way (the leaving check, the
   * leaving pledge). */
  check_citations (forms_text, forms);
}

#define ALL_FORMS(twelfth) \
  "様式1 持出し申請・記録簿|様式2 入退室記録簿|様式3 例外申請書" \
  "|様式4 インシデント報告書（第一報）|様式5 インシデント報告書（最終報告）" \
  "|様式6 委託先チェックリスト|様式7 入社時誓約書|様式8 退職時誓約書" \
  "|様式9 退職・異動時の返却・削除点検表|様式10 記録媒体管理台帳" \
  "|様式11 クラウドサービス利用申請書|様式12 " twelfth "|様式13 秘密保持条項の例"

static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  const char *expected = ALL_FORMS ("情報セキュリティ委員会議事録");
  g_autoptr(HgDoc) forms = build (f, HG_FORMS_DOCUMENT_ID);
  g_autofree char *text = hg_doc_to_text (forms);
  g_autoptr(HgDoc) rules = build (f, "rules");
  g_autofree char *rules_text = hg_doc_to_text (rules);

  check_company (f, expected);
  /* Pre-filled: the company, its representative, the departments to
   * circle, the labels, the roles of whoever approves. */
  g_assert_nonnull (strstr (text, "株式会社みどり精機　代表取締役社長　緑川 一郎　殿"));
  g_assert_nonnull (strstr (text, "| 所属 | 総務部・営業部・製造部・品質保証部 |"));
  g_assert_nonnull (strstr (text, "| 極秘・社外秘 |"));
  g_assert_nonnull (strstr (text, "| 申請者 | 部門責任者 | 承認（情報セキュリティ責任者） |"));
  g_assert_nonnull (strstr (text, "対象の区画：サーバやネットワーク機器を置く部屋、重要書類を保管する部屋"));
  /* The rules as the example company reads them. */
  g_assert_nonnull (strstr (rules_text, "例外申請書（様式3）を"));
  g_assert_nonnull (strstr (rules_text, "インシデント報告書（第一報）（様式4）に"));
  g_assert_null (strstr (rules_text, "様式第1号"));
}

static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  const char *expected = ALL_FORMS ("情報セキュリティ委員会議事録");
  g_autoptr(HgDoc) forms = build (f, HG_FORMS_DOCUMENT_ID);
  g_autofree char *text = hg_doc_to_text (forms);

  check_company (f, expected);
  /* Every role held: the minutes list who sits on the committee. */
  g_assert_nonnull (strstr (text, "| 委員長（情報セキュリティ責任者） | 佐藤 健一 | 出・欠 |"));
  g_assert_nonnull (strstr (text, "| システム管理者 | 鈴木 浩 | 出・欠 |"));
  g_assert_nonnull (strstr (text, "まず事故発生時の連絡窓口（担当：鈴木 浩）に"));
}

static void
test_small (Fixture       *f,
            gconstpointer  data)
{
  const char *expected = ALL_FORMS ("情報セキュリティ打合せ記録");
  g_autoptr(HgDoc) forms = build (f, HG_FORMS_DOCUMENT_ID);
  g_autofree char *text = hg_doc_to_text (forms);
  g_autoptr(HgDoc) rules = build (f, "rules");
  g_autofree char *rules_text = hg_doc_to_text (rules);

  check_company (f, expected);
  /* No committee: its record is the officer's meeting notes; the
   * representative is the officer, so the final report has one box; the
   * maintenance company is named; under 10 people the exception goes
   * straight to whoever approves it. */
  g_assert_nonnull (strstr (text, "IT機器の保守会社：有限会社みなとITサービス"));
  /* No system administrator of its own: the officer keeps the keys and
   * the media, as the rules give what the contractor does not do. */
  g_assert_nonnull (strstr (text, "鍵の管理者：情報セキュリティ責任者（担当：小川 正）"));
  g_assert_nonnull (strstr (text, "社内で管理するのは情報セキュリティ責任者（担当：小川 正）"));
  g_assert_nonnull (strstr (text, "| 作成（情報セキュリティ責任者） |\n"));
  g_assert_nonnull (strstr (text, "| 申請者 | 承認（情報セキュリティ責任者） |"));
  g_assert_nonnull (strstr (rules_text, "情報セキュリティ打合せ記録（様式12）に記録して"));
}

/* Forms drop out with the answers that call for them, and every number
 * after them moves up, in the forms and in the rules alike. */
static void
test_numbers_follow (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HgDoc) forms = NULL;
  g_autoptr(HgDoc) rules = NULL;
  g_autofree char *rules_text = NULL;

  hg_test_answer (f->workbook, f->pack, "restricted_areas", "");
  forms = build (f, HG_FORMS_DOCUMENT_ID);
  g_assert_cmpuint (hg_forms_count (forms), ==, 12);
  g_assert_cmpstr (form_title (forms, 2), ==, "例外申請書");
  rules = build (f, "rules");
  rules_text = hg_doc_to_text (rules);
  g_assert_null (strstr (rules_text, "入退室記録簿"));
  g_assert_nonnull (strstr (rules_text, "例外申請書（様式2）を"));
  check_citations (rules_text, forms);
  g_clear_pointer (&forms, hg_doc_free);
  g_clear_pointer (&rules, hg_doc_free);
  g_clear_pointer (&rules_text, g_free);

  hg_test_answer (f->workbook, f->pack, "uses_contractors", "false");
  hg_test_answer (f->workbook, f->pack, "uses_cloud", "false");
  hg_test_answer (f->workbook, f->pack, "usb_memory", "forbidden");
  hg_test_answer (f->workbook, f->pack, "confidentiality_pledge", "hiring_only");
  forms = build (f, HG_FORMS_DOCUMENT_ID);
  rules = build (f, "rules");
  rules_text = hg_doc_to_text (rules);
  {
    g_autofree char *list = headings (forms);

    g_assert_cmpstr (list, ==,
                     "様式1 持出し申請・記録簿|様式2 例外申請書"
                     "|様式3 インシデント報告書（第一報）|様式4 インシデント報告書（最終報告）"
                     "|様式5 入社時誓約書|様式6 退職・異動時の返却・削除点検表"
                     "|様式7 情報セキュリティ委員会議事録");
  }
  check_citations (rules_text, forms);
  g_assert_null (strstr (rules_text, "退職時誓約書"));
}

static void
test_pick (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(HgDoc) forms = build (f, HG_FORMS_DOCUMENT_ID);
  g_autoptr(HgDoc) one = NULL;
  g_autoptr(HgDoc) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const HgDocBlock *first;

  one = hg_forms_pick (forms, 3, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (one->blocks, 0);
  g_assert_cmpstr (first->number, ==, "様式3");
  g_assert_cmpstr (first->text, ==, "例外申請書");
  g_assert_cmpuint (hg_forms_count (one), ==, 1);
  /* One form has no cover and no contents to turn past. */
  g_assert_false (hg_doc_wants_contents (one));
  text = hg_doc_to_text (one);
  g_assert_null (strstr (text, "インシデント"));
  g_assert_null (strstr (text, "この様式集は"));

  last = hg_forms_pick (forms, 13, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((HgDocBlock *) g_ptr_array_index (last->blocks, 0))->text, ==,
                   "秘密保持条項の例");

  g_assert_null (hg_forms_pick (forms, 14, &error));
  g_assert_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "1"));
  g_assert_nonnull (strstr (error->message, "13"));
  g_clear_error (&error);
  g_assert_null (hg_forms_pick (forms, 0, &error));
  g_assert_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND);
}

/* The rows to write in are tall in every format: a line of handwriting
 * in a form's table, a seal in the approval boxes; the rules' tables are
 * as before. */
static void
test_fill_in_rows (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HgDoc) forms = build (f, HG_FORMS_DOCUMENT_ID);
  g_autoptr(HgDoc) rules = build (f, "rules");
  g_autoptr(HgDoc) one = hg_forms_pick (forms, 3, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = g_build_filename (f->dir, "f.html", NULL);
  g_autofree char *docx = g_build_filename (f->dir, "f.docx", NULL);
  g_autofree char *odt = g_build_filename (f->dir, "f.odt", NULL);
  g_autofree char *html_text = NULL;
  g_autoptr(GHashTable) docx_entries = NULL;
  g_autoptr(GHashTable) odt_entries = NULL;
  const char *document_xml, *content_xml;
  guint seals = 0, fill_in = 0;

  for (guint i = 0; i < forms->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (forms->blocks, i);

      if (b->kind != HG_DOC_TABLE)
        continue;
      g_assert_true (b->flags & HG_DOC_FILL_IN);
      seals += (b->flags & HG_DOC_SEAL) != 0;
      fill_in++;
      g_assert_cmpfloat (hg_doc_row_min_height (b, 0), ==, 0);
      g_assert_cmpfloat (hg_doc_row_min_height (b, 1), ==,
                         (b->flags & HG_DOC_SEAL) ? HG_DOC_SEAL_MM : HG_DOC_FILL_IN_MM);
    }
  g_assert_cmpuint (seals, ==, 7);
  g_assert_cmpuint (fill_in, >, seals);
  for (guint i = 0; i < rules->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (rules->blocks, i);

      if (b->kind == HG_DOC_TABLE)
        g_assert_cmpfloat (hg_doc_row_min_height (b, 1), ==, 0);
    }

  g_assert_true (hg_doc_write (one, HG_DOC_FORMAT_HTML, html, &error));
  g_assert_true (hg_doc_write (one, HG_DOC_FORMAT_DOCX, docx, &error));
  g_assert_true (hg_doc_write (one, HG_DOC_FORMAT_ODT, odt, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html, &html_text, NULL, NULL));
  g_assert_nonnull (strstr (html_text, "<tr style=\"height:9mm\">"));
  g_assert_nonnull (strstr (html_text, "<tr style=\"height:20mm\">"));
  /* A form printed alone is on the page of the title, not on a sheet
   * after an empty one. */
  g_assert_null (strstr (html_text, "class=\"sheet\""));
  docx_entries = hg_test_read_zip (docx);
  document_xml = hg_test_zip_text (docx_entries, "word/document.xml");
  g_assert_true (strstr (document_xml, "<w:pageBreakBefore/>") == NULL
                 || strstr (document_xml, "<w:pageBreakBefore/>") > strstr (document_xml, "例外申請書"));
  /* 9 mm and 20 mm in twips. */
  g_assert_nonnull (strstr (document_xml, "<w:trHeight w:val=\"510\" w:hRule=\"atLeast\"/>"));
  g_assert_nonnull (strstr (document_xml, "<w:trHeight w:val=\"1133\" w:hRule=\"atLeast\"/>"));
  odt_entries = hg_test_read_zip (odt);
  content_xml = hg_test_zip_text (odt_entries, "content.xml");
  g_assert_nonnull (strstr (content_xml, "style:min-row-height=\"9.0mm\""));
  g_assert_nonnull (strstr (content_xml, "<table:table-row table:style-name=\"RowSeal\">"));
  g_assert_nonnull (strstr (content_xml, "<table:table-row table:style-name=\"RowFillIn\">"));
}

/* A {form.…} must name a numbered form of the pack. */
static void
test_unknown_form (void)
{
  static const char *pack_xml =
    "<pack id=\"p\" version=\"1\"><title>P</title>"
    "<step id=\"s\"><title>S</title><question id=\"q\" type=\"boolean\" default=\"true\"><label>Q</label></question></step>"
    "<document id=\"rules\"><title>R</title><chapter id=\"c\"><title>C</title>"
    "<rule id=\"r\">{form.nothing}を使う。</rule><rule id=\"r2\">{form.real}を使う。</rule>"
    "</chapter></document>"
    "<document id=\"forms\"><title>F</title><chapter id=\"real\" kind=\"numbered_form\"><title>F1</title>"
    "<table kind=\"seal\"><header><cell>印</cell></header><row><cell></cell></row></table>"
    "</chapter></document></pack>";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_memory (pack_xml, strlen (pack_xml), "p.xml",
                                                &problems, &error);

  g_assert_null (pack);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "{form.nothing}"));
}

/* On the page (PDF and printing), a form's row is as tall as a line of
 * handwriting, a seal box's as a seal, whatever little text they hold. */
static void
test_page_rows (void)
{
  PangoContext *context = hg_doc_layout_create_context ();
  g_autoptr(HgDocStyle) style = hg_doc_style_new (context);
  g_autoptr(HgDoc) doc = hg_doc_new ("t", "T", "C");
  HgDocBlock *table = hg_doc_append (doc, HG_DOC_TABLE, NULL, NULL);
  double plain, fill_in, seal;

  g_object_unref (context);   /* the style holds it */
  hg_doc_table_add_row (table, g_strdupv ((char *[]) { "氏名", "確認者（印）", NULL }), TRUE);
  hg_doc_table_add_row (table, g_strdupv ((char *[]) { "", "", NULL }), FALSE);
  {
    g_autoptr(HgDocTableLayout) layout = hg_doc_table_layout_new (style, table, 400);
    plain = hg_doc_table_layout_get_keep (layout);
  }
  table->flags |= HG_DOC_FILL_IN;
  {
    g_autoptr(HgDocTableLayout) layout = hg_doc_table_layout_new (style, table, 400);
    fill_in = hg_doc_table_layout_get_keep (layout);
  }
  table->flags |= HG_DOC_SEAL;
  {
    g_autoptr(HgDocTableLayout) layout = hg_doc_table_layout_new (style, table, 400);
    seal = hg_doc_table_layout_get_keep (layout);
  }
  /* The header is the same in all three: only the row grows, to 9 and to
   * 20 mm with its padding. */
  g_assert_cmpfloat (fill_in, >, plain + 5);
  g_assert_cmpfloat_with_epsilon (seal - fill_in, (HG_DOC_SEAL_MM - HG_DOC_FILL_IN_MM) * 72 / 25.4,
                                  0.01);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, company, fn) \
  g_test_add ((path), Fixture, GUINT_TO_POINTER (company), fixture_setup, (fn), fixture_teardown)
  ADD ("/forms/example", HG_TEST_COMPANY_EXAMPLE, test_example);
  ADD ("/forms/full", HG_TEST_COMPANY_FULL, test_full);
  ADD ("/forms/small", HG_TEST_COMPANY_SMALL, test_small);
  ADD ("/forms/numbers-follow", HG_TEST_COMPANY_EXAMPLE, test_numbers_follow);
  ADD ("/forms/pick", HG_TEST_COMPANY_EXAMPLE, test_pick);
  ADD ("/forms/fill-in-rows", HG_TEST_COMPANY_EXAMPLE, test_fill_in_rows);
#undef ADD
  g_test_add_func ("/forms/unknown-form", test_unknown_form);
  g_test_add_func ("/forms/page-rows", test_page_rows);
  return g_test_run ();
}

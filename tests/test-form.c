/* test-form.c: the documents' layout and form (issue 15, item 7)
 *
 * Each test reads what a user gets, the text, the HTML or the PDF of the
 * example company (hg-test-companies.c: enacted 2025-04-01, rules and
 * handbook revised 2026-10-01 to a 24-hour lockout), and checks one
 * point: 附則 with 施行日; each chapter dated by the version that last
 * changed it; a one-page basic policy without cover or 「第1章」 and its
 * signature flush right; the pledge as a sheet of its own that leaves the
 * booklet alone; the risk report's coloured heat map, a section per
 * department, short chapters that do not leave a page empty, 「20件」;
 * and 「24時間」 for 1440 minutes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-html-writer.h"
#include "hg-pdf-writer.h"
#include "hg-policy.h"
#include "hg-risk-report.h"
#include "hg-risk-sheet.h"
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
  f->workbook = hg_test_company_new (HG_TEST_COMPANY_EXAMPLE, f->dir, f->pack, f->catalogue);
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
  HgDoc *doc;

  if (g_str_equal (document_id, HG_RISK_REPORT_ID))
    {
      g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (f->workbook, f->catalogue);

      return hg_risk_report_build (sheet, f->pack);
    }
  doc = hg_policy_build_document (f->workbook, f->pack, document_id, &error);
  g_assert_no_error (error);
  return doc;
}

static char *
text_of (Fixture    *f,
         const char *document_id)
{
  g_autoptr(HgDoc) doc = build (f, document_id);

  return hg_doc_to_text (doc);
}

/* A PDF of @document_id in @dir, A4 or as a booklet. */
static char *
write_pdf (Fixture     *f,
           const char  *document_id,
           HgPdfLayout  layout)
{
  g_autoptr(HgDoc) doc = build (f, document_id);
  g_autofree char *name = g_strdup_printf ("%s-%d.pdf", document_id, (int) layout);
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_pdf_write_layout (doc, layout, path, &error));
  g_assert_no_error (error);
  return path;
}

static guint
n_pages (const char *pdf)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pages = hg_test_pdf_info (pdfinfo, pdf, "Pages");

  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    g_test_skip ("pdftotext and pdfinfo are not installed (poppler-utils)");
  return pdftotext != NULL && pdfinfo != NULL;
}

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  return hg_test_pdf_text (pdftotext, pdf, page, page);
}

/* 附則 closes the basic policy and the rules, with the day they take
 * effect: the 制定日 answered. */
static void
test_supplementary (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *policy = text_of (f, "basic_policy");
  g_autofree char *rules = text_of (f, "rules");

  hg_test_assert_contains (policy, "\n附則\nこの方針は、2025年4月1日から施行する。\n");
  hg_test_assert_contains (rules, "\n附則\nこの規程は、2025年4月1日から施行する。\n");
  /* At the end: no chapter after it. */
  g_assert_null (strstr (strstr (rules, "\n附則\n"), "章　"));
}

/* Each chapter under its heading says which version last changed it: the
 * lockout of version 2 is in chapter 4 of the rules and chapter 3 of the
 * handbook, the rest dates from the enactment. */
static void
test_chapter_dates (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *rules = text_of (f, "rules");
  g_autofree char *handbook = text_of (f, "handbook");

  hg_test_assert_contains (rules, "\n第1章　組織的対策\n2025年4月1日制定\n");
  hg_test_assert_contains (rules, "\n第4章　アクセス制御及び認証\n2026年10月1日改訂（第2版）\n");
  hg_test_assert_contains (rules, "\n第5章　物理的対策\n2025年4月1日制定\n");
  hg_test_assert_contains (handbook, "\n第3章　パスワードとログイン\n2026年10月1日改訂（第2版）\n");
}

/* The basic policy is one page: no cover, no lone 「第1章」, its signature
 * on the page with the text; the revision history follows. */
static void
test_basic_policy_page (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *policy = text_of (f, "basic_policy");
  g_autofree char *pdf = NULL;
  g_autofree char *first = NULL;

  g_assert_null (strstr (policy, "第1章"));
  hg_test_assert_contains (policy, "\n1　経営者の責任\n");
  if (!have_poppler ())
    return;
  pdf = write_pdf (f, "basic_policy", HG_PDF_A4);
  g_assert_cmpuint (n_pages (pdf), ==, 2);
  first = page_text (pdf, 1);
  hg_test_assert_contains (first, "情報セキュリティ基本方針");
  hg_test_assert_contains (first, "経営者の責任");
  hg_test_assert_contains (first, "附則");
  hg_test_assert_contains (first, "制定日2025年4月1日");
  hg_test_assert_contains (first, "代表取締役社長緑川一郎");
  g_assert_null (strstr (first, "改訂履歴"));
}

/* Date, company and signatory set flush right, in every format: the
 * HTML's class here; test-writers.c has DOCX and ODT. */
static void
test_signature (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HgDoc) doc = build (f, "basic_policy");
  g_autofree char *html = hg_html_render (doc);

  hg_test_assert_contains (html, "<p class=\"para end\">制定日　2025年4月1日</p>");
  hg_test_assert_contains (html, "<p class=\"para end\">株式会社みどり精機</p>");
  hg_test_assert_contains (html, "<p class=\"para end\">代表取締役社長　緑川 一郎</p>");
}

/* The page numbers a sheet of the booklet shows in its footers. */
static GPtrArray *
footers (const char *text)
{
  GPtrArray *numbers = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = strstr (text, "–"); p != NULL; p = strstr (p + 1, "–"))
    {
      const char *digits = p + strlen ("–");
      char *end;
      guint64 n = g_ascii_strtoull (digits, &end, 10);

      if (end > digits && g_str_has_prefix (end, "–"))
        g_ptr_array_add (numbers, g_strdup_printf ("%u", (guint) n));
    }
  return numbers;
}

/* The pledge is a sheet of its own: no 「第9章」, and in the booklet a
 * sheet that holds nothing but the pledge, so tearing it out takes
 * neither the cover nor the contents nor any page of the handbook. */
static void
test_pledge_sheet (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *handbook = text_of (f, "handbook");
  g_autofree char *a5 = NULL;
  g_autofree char *booklet = NULL;
  g_autofree char *pledge_page = NULL;
  guint sides, sheets_with_pledge = 0;

  hg_test_assert_contains (handbook, "\n誓約書\n");
  g_assert_null (strstr (handbook, "章　誓約書"));
  if (!have_poppler ())
    return;

  a5 = write_pdf (f, "handbook", HG_PDF_A5);
  for (guint p = n_pages (a5); p > 0 && pledge_page == NULL; p--)
    {
      g_autofree char *text = page_text (a5, p);

      if (strstr (text, "氏名（自署）") != NULL)
        pledge_page = g_strdup_printf ("%u", p);
    }
  g_assert_nonnull (pledge_page);

  booklet = write_pdf (f, "handbook", HG_PDF_BOOKLET);
  sides = n_pages (booklet);
  g_assert_cmpuint (sides % 2, ==, 0);
  for (guint s = 1; s < sides; s += 2)
    {
      g_autofree char *front = page_text (booklet, s);
      g_autofree char *back = page_text (booklet, s + 1);
      g_autofree char *sheet = g_strconcat (front, back, NULL);
      g_autoptr(GPtrArray) numbers = NULL;

      if (strstr (sheet, "氏名（自署）") == NULL)
        continue;
      sheets_with_pledge++;
      g_assert_null (strstr (sheet, "目次"));
      g_assert_null (strstr (sheet, "改訂履歴"));
      numbers = footers (sheet);
      g_assert_cmpuint (numbers->len, >, 0);
      for (guint i = 0; i < numbers->len; i++)
        g_assert_cmpstr (numbers->pdata[i], ==, pledge_page);
    }
  g_assert_cmpuint (sheets_with_pledge, ==, 1);
}

/* The heat map's cells are coloured by their band, as the 大/中/小 cells
 * of the summary are. */
static void
test_heat_map (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgDoc) doc = build (f, HG_RISK_REPORT_ID);
  g_autofree char *html = hg_html_render (doc);
  const char *map = strstr (html, "リスクの分布</h2>");
  const char *end = map ? strstr (map, "大きなリスクと対応計画</h2>") : NULL;
  guint shaded = 0;

  g_assert_nonnull (end);
  for (const char *p = strstr (map, "style=\"background:"); p != NULL && p < end;
       p = strstr (p + 1, "style=\"background:"))
    shaded++;
  g_assert_cmpuint (shaded, ==, 9);
}

/* A section for each department of the register. */
static void
test_departments (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *report = text_of (f, HG_RISK_REPORT_ID);
  const char *chapter = strstr (report, "章　部署ごとのリスク\n");

  g_assert_nonnull (chapter);
  hg_test_assert_contains (chapter, ".1　総務部\n");
  hg_test_assert_contains (chapter, ".2　営業部\n");
  hg_test_assert_contains (chapter, ".3　製造部\n");
  hg_test_assert_contains (chapter, ".4　品質保証部\n");
}

/* The report's short first chapters share a page instead of each leaving
 * most of one empty. */
static void
test_no_empty_page (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  gboolean together = FALSE;

  if (!have_poppler ())
    return;
  pdf = write_pdf (f, HG_RISK_REPORT_ID, HG_PDF_A4);
  for (guint p = 1; p <= n_pages (pdf); p++)
    {
      g_autofree char *text = page_text (pdf, p);

      /* The chapters' texts, not their lines in the contents. */
      together |= strstr (text, "情報資産管理台帳の使用中") != NULL
                  && strstr (text, "重要度と被害発生可能性の組み合わせごと") != NULL;
    }
  g_assert_true (together);
}

/* Numbers stand against their counters: 「20件」, never 「20 件」. */
static void
test_numbers (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *report = text_of (f, HG_RISK_REPORT_ID);
  g_autoptr(GRegex) spaced = g_regex_new ("[0-9] +[^ -~]|[^ -~] +[0-9]", 0, 0, NULL);

  hg_test_assert_contains (report, "情報資産20件について");
  g_assert_false (g_regex_match (spaced, report, 0, NULL));
}

/* 1440 minutes read as a day does: 「24時間」. */
static void
test_duration (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *rules = text_of (f, "rules");
  g_autofree char *handbook = text_of (f, "handbook");

  hg_test_assert_contains (rules, "そのIDを24時間使えなくする");
  hg_test_assert_contains (handbook, "そのIDは24時間使えなくなります");
  g_assert_null (strstr (rules, "1440"));
  g_assert_null (strstr (handbook, "1440"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/form/supplementary", test_supplementary);
  ADD ("/form/chapter-dates", test_chapter_dates);
  ADD ("/form/basic-policy-page", test_basic_policy_page);
  ADD ("/form/signature", test_signature);
  ADD ("/form/pledge-sheet", test_pledge_sheet);
  ADD ("/form/heat-map", test_heat_map);
  ADD ("/form/departments", test_departments);
  ADD ("/form/no-empty-page", test_no_empty_page);
  ADD ("/form/numbers", test_numbers);
  ADD ("/form/duration", test_duration);
  return g_test_run ();
}

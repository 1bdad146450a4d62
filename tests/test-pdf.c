/* test-pdf.c: documents laid out on pages and written as PDF
 *
 * The PDF is read back with poppler's command-line tools (pdfinfo,
 * pdffonts, pdftotext), as a user's viewer would read it; a test that
 * needs one that is missing is skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hg-booklet.h"
#include "hg-doc-fonts.h"
#include "hg-doc-layout.h"
#include "hg-doc-style.h"
#include "hg-pdf-writer.h"
#include "hg-save-file.h"
#include "hg-test-util.h"

#define COMPANY "株式会社みどり精機"

/* The typical company's rules, in their second version. */
static HgDoc *
build_rules (const char *dir)
{
  HgDoc *doc = hg_test_typical_doc (dir, "rules");

  g_free (doc->enacted_on);
  doc->enacted_on = g_strdup ("2026-03-15");
  hg_doc_add_revision (doc, 1, "2026-04-01", "制定", "総務部 佐藤", "代表取締役 山田",
                       "2026-04-01");
  hg_doc_add_revision (doc, 2, "2027-04-01", "クラウドサービス利用の章を追加", "総務部 佐藤",
                       "代表取締役 山田", "2027-04-05");
  return doc;
}

static HgDocLayout *
lay_out (const HgDoc *doc)
{
  PangoContext *context = hg_doc_layout_create_context ();
  HgDocLayout *layout = hg_doc_layout_new (doc, context, HG_PAGE_A4_WIDTH, HG_PAGE_A4_HEIGHT,
                                           NULL);

  g_object_unref (context);
  return layout;
}

/* The path of a poppler tool, or NULL after marking the test skipped. */
static char *
find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed (poppler-utils)", name);

      g_test_skip (message);
    }
  return path;
}

static const HgDocBlock *
find_block (const HgDoc *doc,
            const char  *key)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (g_strcmp0 (block->key, key) == 0)
        return block;
    }
  g_error ("no block “%s” in the document", key);
}

/* The rules of a typical company: the page count the product promises,
 * metadata, embedded fonts, and the Japanese text given back, with the
 * company's answers filled in. */
static void
test_rules (void)
{
  g_autofree char *pdfinfo = find_tool ("pdfinfo");
  g_autofree char *pdffonts = find_tool ("pdffonts");
  g_autofree char *pdftotext = find_tool ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(HgDocLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) font_lines = NULL;
  HgDocBlock *outdated;
  guint n_fonts = 0, chapters = 0;

  if (pdfinfo == NULL || pdffonts == NULL || pdftotext == NULL)
    return;
  dir = hg_test_make_dir ();
  pdf = g_build_filename (dir, "規程.pdf", NULL);
  doc = build_rules (dir);
  outdated = (HgDocBlock *) find_block (doc, "access_lockout");
  outdated->flags |= HG_DOC_REWORDED | HG_DOC_OUTDATED;
  layout = lay_out (doc);

  g_assert_true (hg_pdf_write (doc, pdf, &error));
  g_assert_no_error (error);

  pages = hg_test_pdf_info (pdfinfo, pdf, "Pages");
  title = hg_test_pdf_info (pdfinfo, pdf, "Title");
  author = hg_test_pdf_info (pdfinfo, pdf, "Author");
  creator = hg_test_pdf_info (pdfinfo, pdf, "Creator");
  g_assert_cmpuint (atoi (pages), ==, hg_doc_layout_get_n_pages (layout));
  /* "A typical company's rules come to roughly 25 to 50 A4 pages." */
  g_test_message ("the rules come to %s pages", pages);
  g_assert_cmpint (atoi (pages), >=, 25);
  g_assert_cmpint (atoi (pages), <=, 50);
  g_assert_cmpstr (title, ==, "情報セキュリティ関連規程");
  g_assert_cmpstr (author, ==, COMPANY);
  g_assert_cmpstr (creator, ==, "Hinagata");

  /* Every font embedded: the fourth column of pdffonts' table. */
  {
    const char *argv[] = { pdffonts, pdf, NULL };

    fonts = hg_test_run_tool (argv);
  }
  font_lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; font_lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      guint n = 0;

      if (*font_lines[i] == '\0')
        continue;
      columns = g_regex_split_simple ("\\s+", g_strstrip (font_lines[i]), 0, 0);
      n = g_strv_length (columns);
      g_assert_cmpuint (n, >=, 7);
      g_assert_cmpstr (columns[n - 5], ==, "yes");   /* emb, then sub uni object ID */
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);   /* Mincho and Gothic */

  text = hg_test_pdf_text (pdftotext, pdf, 0, 0);
  g_assert_nonnull (strstr (text, COMPANY));
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *heading = NULL;

      if (block->kind != HG_DOC_HEADING || block->level != 1)
        continue;
      heading = hg_test_squash (block->text);
      g_assert_nonnull (strstr (text, heading));
      chapters++;
    }
  g_assert_cmpuint (chapters, >=, 10);

  /* Rules with the answers in them: the password length and the screen
   * lock's minutes, both defaults of the pack. */
  {
    const HgDocBlock *password = find_block (doc, "access_pw_length");
    const HgDocBlock *lock = find_block (doc, "dev_screen_lock_auto");
    g_autofree char *password_text = hg_test_squash (password->text);
    g_autofree char *lock_text = hg_test_squash (lock->text);
    g_autofree char *mark = g_strconcat (outdated->text, HG_DOC_OUTDATED_MARK, NULL);
    g_autofree char *mark_text = hg_test_squash (mark);

    g_assert_nonnull (strstr (password_text, "10文字以上"));
    g_assert_nonnull (strstr (lock_text, "10分間"));
    g_assert_nonnull (strstr (text, password_text));
    g_assert_nonnull (strstr (text, lock_text));
    g_assert_nonnull (strstr (text, mark_text));
  }

  /* The cover dates the enactment by the answer and the revision by the
   * approval date given, not by the day either was recorded (issue 13). */
  g_free (text);
  text = hg_test_pdf_text (pdftotext, pdf, 1, 1);
  g_assert_nonnull (strstr (text, "2026年3月15日制定2027年4月5日改訂（第2版）"));

  /* The revision history, after the title page: each version dated by
   * its approval, the day it was recorded nowhere. */
  g_free (text);
  text = hg_test_pdf_text (pdftotext, pdf, 2, 2);
  g_assert_nonnull (strstr (text, "改訂履歴"));
  g_assert_nonnull (strstr (text, "クラウドサービス利用の章を追加"));
  g_assert_nonnull (strstr (text, "2027年4月5日"));
  g_assert_null (strstr (text, "2027年4月1日"));

  hg_test_remove_dir (dir);
}

/* A heading always has the beginning of what it heads below it on its
 * page: no page ends with one. A document of sections of every length
 * puts headings at every height on a page. */
static void
test_headings_kept (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autoptr(HgDoc) rules = build_rules (dir);
  g_autoptr(HgDoc) doc = hg_doc_new ("test", "見出しの試験", COMPANY);
  HgDoc *docs[] = { rules, doc };

  for (guint chapter = 1; chapter <= 3; chapter++)
    {
      g_autofree char *number = g_strdup_printf ("第%u章", chapter);

      hg_doc_append (doc, HG_DOC_HEADING, number, "章の見出し")->level = 1;
      for (guint section = 1; section <= 40; section++)
        {
          g_autofree char *section_number = g_strdup_printf ("%u.%u", chapter, section);
          g_autoptr(GString) text = g_string_new (NULL);

          hg_doc_append (doc, HG_DOC_HEADING, section_number, "節の見出し")->level = 2;
          for (guint i = 0; i < (section * 7 + chapter) % 9 + 1; i++)
            g_string_append (text, "情報資産の管理者は、台帳を年に一度見直す。");
          hg_doc_append (doc, HG_DOC_RULE, "（1）", text->str);
        }
    }

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    {
      g_autoptr(HgDocLayout) layout = lay_out (docs[d]);
      guint n_pages = hg_doc_layout_get_n_pages (layout);

      g_assert_cmpuint (n_pages, >, hg_doc_layout_get_body_start (layout) + 2);
      for (guint page = hg_doc_layout_get_body_start (layout); page < n_pages; page++)
        {
          int last = hg_doc_layout_get_page_last_block (layout, page);
          const HgDocBlock *block;

          g_assert_cmpint (last, >=, 0);
          block = g_ptr_array_index (docs[d]->blocks, last);
          if (block->kind == HG_DOC_HEADING)
            g_error ("page %u of “%s” ends with the heading “%s”", page + 1, docs[d]->title,
                     block->text);
        }
    }
  hg_test_remove_dir (dir);
}

/* A document whose one paragraph, or one table cell, is @n_chars
 * characters with no break opportunity (the review's 100,000-character
 * approver). */
static HgDoc *
long_text_doc (guint    n_chars,
               gboolean in_table)
{
  g_autofree char *text = g_strnfill (n_chars, 'x');
  HgDoc *doc = hg_doc_new ("test", "規程", COMPANY);

  if (in_table)
    {
      HgDocBlock *table = hg_doc_append (doc, HG_DOC_TABLE, NULL, NULL);
      GStrv cells = g_new0 (char *, 3);

      hg_doc_table_add_row (table, g_strsplit ("版,改訂内容", ",", -1), TRUE);
      cells[0] = g_strdup ("1");
      cells[1] = g_steal_pointer (&text);
      hg_doc_table_add_row (table, cells, FALSE);
    }
  else
    hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, text);
  return doc;
}

/* The processor time this process has used: unlike the clock, it does not
 * count the time other programs on a busy machine take. */
static double
cpu_seconds (void)
{
  struct timespec now;

  g_assert_cmpint (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now), ==, 0);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* long_text_doc() laid out; returns the processor seconds it took, the
 * best of @tries. */
static double
time_long_text (guint      n_chars,
                gboolean   in_table,
                guint      tries,
                guint     *n_pages)
{
  g_autoptr(HgDoc) doc = long_text_doc (n_chars, in_table);
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < tries; i++)
    {
      double start = cpu_seconds ();
      g_autoptr(HgDocLayout) layout = lay_out (doc);

      best = MIN (best, cpu_seconds () - start);
      *n_pages = hg_doc_layout_get_n_pages (layout);
    }
  return best;
}

/* The layout takes time in proportion to the text, near enough: 10 times
 * the text may take 25 times as long at most. It took 55 to 80 times (25 s)
 * when a run with no break opportunity was wrapped in quadratic time; it
 * takes about 12 times now, Pango itself being slightly worse than linear.
 * A ratio of processor times, not a time, so a slow or busy machine does
 * not matter. */
static void
test_long_text_linear (void)
{
  for (guint in_table = 0; in_table <= 1; in_table++)
    {
      guint short_pages = 0, long_pages = 0;
      double short_time = time_long_text (10000, in_table, 3, &short_pages);
      double long_time = time_long_text (100000, in_table, 3, &long_pages);

      g_test_message ("%s: 10,000 characters %.3f s, %u pages; 100,000: %.3f s, %u pages",
                      in_table ? "table cell" : "paragraph", short_time, short_pages, long_time,
                      long_pages);
      g_assert_cmpfloat (long_time, <=, 25 * short_time);
      g_assert_cmpuint (long_pages, >, 5 * short_pages);
    }
}

/* All of a 100,000-character run reaches the PDF, wrapped over the pages. */
static void
test_long_text_complete (void)
{
  g_autofree char *pdftotext = find_tool ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autoptr(HgDoc) doc = long_text_doc (100000, FALSE);
  g_autoptr(GError) error = NULL;
  guint count = 0;

  if (pdftotext == NULL)
    return;
  dir = hg_test_make_dir ();
  pdf = g_build_filename (dir, "long.pdf", NULL);
  g_assert_true (hg_pdf_write (doc, pdf, &error));
  g_assert_no_error (error);
  all = hg_test_pdf_text (pdftotext, pdf, 0, 0);
  for (const char *p = all; *p; p++)
    count += *p == 'x';
  g_assert_cmpuint (count, ==, 100000);
  hg_test_remove_dir (dir);
}

/* A table longer than a page continues on the next ones, each starting
 * with the header row again; no row is lost or shown twice. */
static void
test_table_split (void)
{
  g_autofree char *pdftotext = find_tool ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autoptr(HgDoc) doc = hg_doc_new ("test", "台帳", COMPANY);
  g_autoptr(HgDocLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  HgDocBlock *table;
  guint first = G_MAXUINT, last = 0;

  if (pdftotext == NULL)
    return;
  hg_doc_append (doc, HG_DOC_HEADING, "第1章", "一覧")->level = 1;
  table = hg_doc_append (doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_row (table, g_strsplit ("番号,見出し項目,内容", ",", -1), TRUE);
  for (guint r = 1; r <= 120; r++)
    {
      GStrv cells = g_new0 (char *, 4);

      cells[0] = g_strdup_printf ("R%03u", r);
      cells[1] = g_strdup ("顧客名簿");
      cells[2] = g_strdup (r % 10 == 0 ? "営業部が管理し、施錠できるキャビネットに保管する。"
                                         "持出しは部門責任者の承認を要する。"
                                       : "営業部が管理する。");
      hg_doc_table_add_row (table, cells, FALSE);
    }
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "以上");

  layout = lay_out (doc);
  for (guint page = hg_doc_layout_get_body_start (layout);
       page < hg_doc_layout_get_n_pages (layout); page++)
    if (hg_doc_layout_get_page_last_block (layout, page) == 1)
      {
        first = MIN (first, page);
        last = MAX (last, page);
      }
  g_assert_cmpuint (first, !=, G_MAXUINT);
  g_assert_cmpuint (last, >=, first + 1);

  dir = hg_test_make_dir ();
  pdf = g_build_filename (dir, "table.pdf", NULL);
  g_assert_true (hg_pdf_write (doc, pdf, &error));
  g_assert_no_error (error);
  for (guint page = first; page <= last; page++)
    {
      g_autofree char *text = hg_test_pdf_text (pdftotext, pdf, page + 1, page + 1);

      /* pdftotext may put the running header between the cells. */
      g_assert_nonnull (strstr (text, "見出し項目"));
    }
  all = hg_test_pdf_text (pdftotext, pdf, 0, 0);
  for (guint r = 1; r <= 120; r++)
    {
      g_autofree char *id = g_strdup_printf ("R%03u", r);
      const char *found = strstr (all, id);

      g_assert_nonnull (found);
      g_assert_null (strstr (found + 1, id));
    }
  hg_test_remove_dir (dir);
}

/* Each chapter and section is in the outline, at the destination drawn
 * with its heading, and the contents link to every one. */
static void
test_outline (void)
{
  g_autofree char *pdfinfo = find_tool ("pdfinfo");
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *dests = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(HgDocLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  guint chapters = 0, links = 0, previous_page = 0;
  const char *annotation = "/Subtype /Link";
  gsize length = 0;

  if (pdfinfo == NULL)
    return;
  dir = hg_test_make_dir ();
  pdf = g_build_filename (dir, "rules.pdf", NULL);
  doc = build_rules (dir);
  layout = lay_out (doc);
  g_assert_true (hg_pdf_write (doc, pdf, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { pdfinfo, "-dests", pdf, NULL };

    dests = hg_test_run_tool (argv);
  }
  g_assert_cmpuint (hg_doc_layout_get_n_headings (layout), ==,
                    hg_doc_count_kind (doc, HG_DOC_HEADING, 0));
  for (guint i = 0; i < hg_doc_layout_get_n_headings (layout); i++)
    {
      const HgDocLayoutHeading *heading = hg_doc_layout_get_heading (layout, i);
      g_autofree char *pattern = g_strdup_printf ("^ *%u \\[.*\\] \"%s\"$", heading->page + 1,
                                                  heading->dest);

      if (heading->level == 1)
        chapters++;
      g_assert_cmpuint (heading->page, >=, hg_doc_layout_get_body_start (layout));
      g_assert_cmpuint (heading->page, >=, previous_page);
      previous_page = heading->page;
      g_assert_true (g_regex_match_simple (pattern, dests, G_REGEX_MULTILINE, 0));
    }
  g_assert_cmpuint (chapters, ==, hg_doc_count_kind (doc, HG_DOC_HEADING, 1));

  /* One link annotation per line of the contents (cairo writes them
   * uncompressed; the file holds binary streams, hence no strstr). */
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  for (gsize i = 0; i + strlen (annotation) <= length; i++)
    if (memcmp (contents + i, annotation, strlen (annotation)) == 0)
      links++;
  g_assert_cmpuint (links, ==, hg_doc_layout_get_n_headings (layout));
  hg_test_remove_dir (dir);
}

/* A failed export says which file and why, and leaves nothing behind. */
static void
test_unwritable (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *file = g_build_filename (dir, "memo.txt", NULL);
  g_autofree char *below_file = g_build_filename (file, "rules.pdf", NULL);
  g_autofree char *subdir = g_build_filename (dir, "rules.pdf", NULL);
  g_autoptr(HgDoc) doc = hg_doc_new ("test", "規程", COMPANY);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint entries = 0;

  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "本文");
  g_assert_true (g_file_set_contents (file, "memo", -1, NULL));
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);

  /* The folder cannot be written to: it is a file. */
  g_assert_false (hg_pdf_write (doc, below_file, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, below_file));
  g_assert_false (g_file_test (below_file, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Written completely, but it cannot take the place of a folder: the
   * temporary file goes. */
  g_assert_false (hg_pdf_write (doc, subdir, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, subdir));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    entries++;
  g_assert_cmpuint (entries, ==, 2);   /* memo.txt and the folder */
  g_assert_true (g_file_test (subdir, G_FILE_TEST_IS_DIR));

  g_rmdir (subdir);
  hg_test_remove_dir (dir);
}

/* Folding order: every page once, blanks at the end, the outer sheet
 * holding the last and first pages. */
static void
test_booklet_order (void)
{
  const guint sizes[] = { 4, 8, 12, 5, 1, 13 };
  g_autoptr(GArray) four = hg_booklet_order (4);
  g_autoptr(GArray) eight = hg_booklet_order (8);
  const int four_expected[] = { 3, 0, 1, 2 };
  const int eight_expected[] = { 7, 0, 1, 6, 5, 2, 3, 4 };

  g_assert_cmpmem (four->data, four->len * sizeof (int), four_expected, sizeof four_expected);
  g_assert_cmpmem (eight->data, eight->len * sizeof (int), eight_expected, sizeof eight_expected);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) order = hg_booklet_order (sizes[k]);
      g_autofree guint *seen = g_new0 (guint, sizes[k]);
      guint blanks = 0;

      g_assert_cmpuint (order->len % 4, ==, 0);
      g_assert_cmpuint (order->len, <, sizes[k] + 4);
      for (guint i = 0; i < order->len; i++)
        {
          int page = g_array_index (order, int, i);

          if (page == HG_BOOKLET_BLANK)
            blanks++;
          else
            seen[page]++;
        }
      g_assert_cmpuint (blanks, ==, order->len - sizes[k]);
      for (guint p = 0; p < sizes[k]; p++)
        g_assert_cmpuint (seen[p], ==, 1);
      /* The right half of the first side is page 1, the left the last. */
      g_assert_cmpint (g_array_index (order, int, 1), ==, 0);
    }
}

/* The employee handbook as a booklet: its words come back from the PDF,
 * the company's values among them, and the pledge is in it. */
static void
test_handbook_booklet_text (void)
{
  g_autofree char *pdftotext = find_tool ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (pdftotext == NULL)
    return;
  dir = hg_test_make_dir ();
  pdf = g_build_filename (dir, "handbook.pdf", NULL);
  doc = hg_test_typical_doc (dir, "handbook");
  g_assert_true (hg_pdf_write_layout (doc, HG_PDF_BOOKLET, pdf, &error));
  g_assert_no_error (error);
  text = hg_test_pdf_text (pdftotext, pdf, 0, 0);
  g_assert_nonnull (strstr (text, "情報セキュリティハンドブック"));
  g_assert_nonnull (strstr (text, COMPANY));
  g_assert_nonnull (strstr (text, "誓約書"));
  g_assert_nonnull (strstr (text, "10文字以上"));
  hg_test_remove_dir (dir);
}

/* A5 pages, and the booklet: A4 sideways, half as many sheet sides. */
static void
test_booklet_pdf (void)
{
  g_autofree char *pdfinfo = find_tool ("pdfinfo");
  g_autofree char *dir = NULL;
  g_autofree char *a5 = NULL;
  g_autofree char *booklet = NULL;
  g_autofree char *a5_pages = NULL;
  g_autofree char *sides = NULL;
  g_autofree char *a5_size = NULL;
  g_autofree char *sheet_size = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (pdfinfo == NULL)
    return;
  dir = hg_test_make_dir ();
  a5 = g_build_filename (dir, "a5.pdf", NULL);
  booklet = g_build_filename (dir, "booklet.pdf", NULL);
  /* The rules: the basic policy is a page now, and the handbook's pledge
   * is printed loose (test-form.c). */
  doc = hg_test_typical_doc (dir, "rules");
  g_assert_true (hg_pdf_write_layout (doc, HG_PDF_A5, a5, &error));
  g_assert_no_error (error);
  g_assert_true (hg_pdf_write_layout (doc, HG_PDF_BOOKLET, booklet, &error));
  g_assert_no_error (error);

  a5_pages = hg_test_pdf_info (pdfinfo, a5, "Pages");
  sides = hg_test_pdf_info (pdfinfo, booklet, "Pages");
  a5_size = hg_test_pdf_info (pdfinfo, a5, "Page size");
  sheet_size = hg_test_pdf_info (pdfinfo, booklet, "Page size");
  n = (guint) g_ascii_strtoull (a5_pages, NULL, 10);
  g_assert_cmpuint (n, >, 2);
  g_assert_cmpuint ((guint) g_ascii_strtoull (sides, NULL, 10), ==, (n + 3) / 4 * 2);
  g_assert_true (g_str_has_prefix (a5_size, "420.9"));
  g_assert_true (g_str_has_prefix (sheet_size, "841.89 x 595.28"));
  hg_test_remove_dir (dir);
}

/* The fonts go in cut down to the glyphs the pages draw (hg-doc-fonts.c):
 * the same faces, embedded, the text given back, and the file small. When
 * cairo cut the system's faces down itself, the basic policy's two pages
 * took 259 kB, most of it font programs it had kept whole. */
static void
test_fonts_cut_down (void)
{
  g_autofree char *pdffonts = find_tool ("pdffonts");
  g_autofree char *pdftotext = find_tool ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *text = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (pdffonts == NULL || pdftotext == NULL)
    return;
  dir = hg_test_make_dir ();
  pdf = g_build_filename (dir, "basic.pdf", NULL);
  doc = hg_test_typical_doc (dir, "basic_policy");
  g_assert_true (hg_pdf_write (doc, pdf, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { pdffonts, pdf, NULL };

    fonts = hg_test_run_tool (argv);
  }
  g_test_message ("%s", fonts);
  /* The document's Gothic and Mincho, by their own names, each embedded. */
  g_assert_nonnull (strstr (fonts, "+NotoSansCJKjp-Regular"));
  g_assert_nonnull (strstr (fonts, "+NotoSerifCJKjp-Regular"));
  g_assert_null (strstr (fonts, " no "));
  text = hg_test_pdf_text (pdftotext, pdf, 0, 0);
  g_assert_nonnull (strstr (text, "情報セキュリティ基本方針"));
  g_assert_nonnull (strstr (text, COMPANY));

  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_test_message ("%lld bytes", (long long) st.st_size);
  g_assert_cmpint (st.st_size, <, 150 * 1000);
  hg_test_remove_dir (dir);
}

static void
count_call (cairo_surface_t *observer,
            cairo_surface_t *target,
            void            *data)
{
  (*(guint *) data)++;
}

/* Pango starts a run wherever the script changes, every few characters
 * of Japanese; the runs of a line in one font and colour go to cairo in
 * one call, as each call costs the PDF surface's page analysis more the
 * fuller the page (a tenth of the rules' writing when each run was one). */
static void
test_fonts_one_call_a_line (void)
{
  PangoContext *context = hg_doc_layout_create_context ();
  g_autoptr(HgDocStyle) style = hg_doc_style_new (context);
  /* Kanji, katakana, hiragana and digits: runs of four scripts. */
  g_autoptr(PangoLayout) layout = hg_doc_style_layout (style, HG_DOC_FONT_BODY,
                                                       "第12条 情報セキュリティの責任者を置く。",
                                                       0);
  g_autoptr(HgDocFonts) fonts = hg_doc_fonts_new ();
  cairo_surface_t *target = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_surface_t *observer = cairo_surface_create_observer (target,
                                                             CAIRO_SURFACE_OBSERVER_NORMAL);
  cairo_t *cr;
  guint calls = 0;

  g_object_unref (context);   /* the style holds it */
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
  g_assert_cmpuint (g_slist_length (pango_layout_get_line_readonly (layout, 0)->runs), >, 3);
  cairo_surface_observer_add_glyphs_callback (observer, count_call, &calls);
  hg_doc_fonts_attach (fonts, observer);
  cr = cairo_create (observer);
  cairo_move_to (cr, 10, 10);
  hg_doc_fonts_show_layout (cr, layout);   /* collects the glyphs, draws nothing */
  g_assert_cmpuint (calls, ==, 0);
  g_assert_true (hg_doc_fonts_subset (fonts));
  cairo_move_to (cr, 10, 10);
  hg_doc_fonts_show_layout (cr, layout);
  g_assert_cmpuint (calls, ==, 1);

  /* A span in another colour is a call of its own. */
  hg_doc_style_add_span (style, layout, HG_DOC_FONT_BODY, 0xc01c28, 0, strlen ("第12条"));
  calls = 0;
  cairo_move_to (cr, 10, 10);
  hg_doc_fonts_show_layout (cr, layout);
  g_assert_cmpuint (calls, ==, 2);
  cairo_destroy (cr);
  cairo_surface_destroy (observer);
  cairo_surface_destroy (target);
}

/* A face is cut down without its character map: cairo is given the
 * characters of every glyph it draws, and HarfBuzz, given glyphs to keep,
 * matched them against the whole map (45,000 characters in Noto CJK), as
 * long as the rest of the cut took. The text still comes back whole. */
static void
test_fonts_cut_without_map (void)
{
  g_autofree char *pdftotext = find_tool ("pdftotext");
  PangoContext *context = hg_doc_layout_create_context ();
  g_autoptr(HgDocStyle) style = hg_doc_style_new (context);
  g_autoptr(PangoLayout) layout = hg_doc_style_layout (style, HG_DOC_FONT_BODY,
                                                       "第12条 一二人", 0);
  g_autoptr(HgDocFonts) fonts = hg_doc_fonts_new ();
  cairo_surface_t *target = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  hb_set_t *unicodes = hb_set_create ();
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  cairo_t *cr;

  g_object_unref (context);   /* the style holds it */
  if (pdftotext == NULL)
    {
      cairo_surface_destroy (target);
      hb_set_destroy (unicodes);
      return;
    }
  hg_doc_fonts_attach (fonts, target);
  cr = cairo_create (target);
  cairo_move_to (cr, 10, 10);
  hg_doc_fonts_show_layout (cr, layout);
  g_assert_true (hg_doc_fonts_subset (fonts));
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoFont *font = ((PangoGlyphItem *) l->data)->item->analysis.font;
      hb_blob_t *cut = hg_doc_fonts_get_cut (fonts, font);
      hb_face_t *face;

      g_assert_nonnull (cut);
      face = hb_face_create (cut, 0);
      g_assert_cmpuint (hb_face_get_glyph_count (face), >, 1);
      hb_face_collect_unicodes (face, unicodes);
      g_assert_true (hb_set_is_empty (unicodes));
      hb_face_destroy (face);
      hb_blob_destroy (cut);
    }
  hb_set_destroy (unicodes);
  cairo_destroy (cr);
  cairo_surface_destroy (target);

  dir = hg_test_make_dir ();
  pdf = g_build_filename (dir, "map.pdf", NULL);
  doc = hg_doc_new (NULL, "一二人", COMPANY);
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "第12条 一二人は全角数字１２と半角数字12を書く。");
  g_assert_true (hg_pdf_write (doc, pdf, &error));
  g_assert_no_error (error);
  text = hg_test_pdf_text (pdftotext, pdf, 0, 0);
  g_assert_nonnull (strstr (text, "第12条一二人は全角数字１２と半角数字12を書く。"));
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/pdf/rules", test_rules);
  g_test_add_func ("/pdf/headings-kept", test_headings_kept);
  g_test_add_func ("/pdf/table-split", test_table_split);
  g_test_add_func ("/pdf/long-text-linear", test_long_text_linear);
  g_test_add_func ("/pdf/long-text-complete", test_long_text_complete);
  g_test_add_func ("/pdf/outline", test_outline);
  g_test_add_func ("/pdf/unwritable", test_unwritable);
  g_test_add_func ("/pdf/booklet-order", test_booklet_order);
  g_test_add_func ("/pdf/booklet", test_booklet_pdf);
  g_test_add_func ("/pdf/handbook-booklet-text", test_handbook_booklet_text);
  g_test_add_func ("/pdf/fonts-cut-down", test_fonts_cut_down);
  g_test_add_func ("/pdf/fonts-one-call-a-line", test_fonts_one_call_a_line);
  g_test_add_func ("/pdf/fonts-cut-without-map", test_fonts_cut_without_map);
  return g_test_run ();
}

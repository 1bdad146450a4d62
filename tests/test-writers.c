/* test-writers.c: the documents written as DOCX, ODT and HTML
 *
 * What every format must do is tested once, for each format in turn (the
 * table below): the body has the company, every chapter and a rule with a
 * value filled in; the revision history is there when there is one; a
 * company named 「<&>"'{}」 is text, never markup; a failed write leaves
 * the target as it was. What only one format has (parts, styles, the
 * ODF mimetype) is in test-packages.c, but for HTML, which is here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <string.h>
#include <sys/stat.h>

#include "hg-docx-writer.h"
#include "hg-html-writer.h"
#include "hg-odt-writer.h"
#include "hg-save-file.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

#define COMPANY "株式会社テスト精機"
#define HOSTILE "<&>\"'{}商事"

typedef struct
{
  const char *name;
  const char *file;
  gboolean  (*write) (const HgDoc *doc, const char *path, GError **error);
  const char *body;      /* the part that holds the text; NULL: the file */
  const char *header;    /* the part that holds the page header */
  const char *meta;      /* the part that holds the title and author */
  const char *flush;     /* marks a paragraph set flush right */
  const char *new_page;  /* marks a heading that starts a new page */
  const char *shade;     /* a cell shaded as a large risk */
} Format;

static const Format formats[] = {
  { "docx", "規程.docx", hg_docx_write, "word/document.xml", "word/header1.xml", "docProps/core.xml",
    "<w:jc w:val=\"right\"/>", "<w:pageBreakBefore/>", "w:fill=\"f4a3a3\"" },
  { "odt", "規程.odt", hg_odt_write, "content.xml", "styles.xml", "meta.xml",
    "text:style-name=\"Flush_20_Right\"", "<text:h text:style-name=\"P", "table:style-name=\"Tone3\"" },
  { "html", "規程.html", hg_html_write, NULL, NULL, NULL,
    "<p class=\"para end\">", "class=\"sheet\"", "style=\"background:#f4a3a3\"" },
};

typedef struct
{
  char  *dir;
  char  *path;
  HgDoc *doc;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const Format *format = data;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, format->file, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_clear_pointer (&f->doc, hg_doc_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The text of @part (or of the HTML file) as a reader sees it; @markup,
 * if not NULL, gets the part as written. */
static char *
read_text (const Format *format,
           const char   *path,
           const char   *part,
           char        **markup)
{
  g_autoptr(GHashTable) entries = NULL;
  xmlDocPtr xml;
  char *text;

  if (part == NULL)
    {
      g_autofree char *html = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &html, &length, NULL));
      xml = htmlReadMemory (html, length, path, "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR);
      g_assert_nonnull (xml);
      if (markup != NULL)
        *markup = g_steal_pointer (&html);
    }
  else
    {
      entries = hg_test_read_zip (path);
      xml = hg_test_parse_xml (entries, part);
      if (markup != NULL)
        *markup = g_strdup (hg_test_zip_text (entries, part));
    }
  text = hg_test_xml_text (xmlDocGetRootElement (xml));
  xmlFreeDoc (xml);
  return text;
}

static const HgDocBlock *
find_block (const HgDoc *doc,
            const char  *key)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (g_strcmp0 (b->key, key) == 0)
        return b;
    }
  g_error ("no block “%s”", key);
}

static void
write_ok (const Format *format,
          const HgDoc  *doc,
          const char   *path)
{
  hg_test_write_ok (format->write, doc, path);
}

/* What every format must do */

static void
test_content (Fixture       *f,
              gconstpointer  data)
{
  const Format *format = data;
  const HgDocBlock *rule;
  g_autofree char *text = NULL;
  guint chapters = 0;

  f->doc = hg_test_doc_from_pack (f->dir, "rules", COMPANY, TRUE);
  write_ok (format, f->doc, f->path);
  text = read_text (format, f->path, format->body, NULL);

  hg_test_assert_contains (text, f->doc->title);
  hg_test_assert_contains (text, COMPANY);
  for (guint i = 0; i < f->doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (f->doc->blocks, i);

      if (b->kind == HG_DOC_HEADING)
        {
          hg_test_assert_contains (text, b->text);
          chapters += b->level == 1;
        }
    }
  g_assert_cmpuint (chapters, >=, 10);

  /* A rule whose text has the representative's title filled in. */
  rule = find_block (f->doc, "org_roles_set");
  hg_test_assert_contains (rule->text, "代表取締役社長が任命する");
  hg_test_assert_contains (text, rule->number);
  hg_test_assert_contains (text, rule->text);

  hg_test_assert_contains (text, HG_DOC_CONTENTS_TITLE);
  hg_test_assert_contains (text, HG_DOC_REVISIONS_TITLE);
  hg_test_assert_contains (text, "改訂内容");
  hg_test_assert_contains (text, "クラウドサービス利用の章を追加");
  hg_test_assert_contains (text, "山田 太郎");
  hg_test_assert_contains (text, "2026年4月2日");
  /* The cover's dates, as the PDF's (issue 13): enacted with the first
   * approval here (no 制定日 answered), revised on the latest version. */
  hg_test_assert_contains (text, "2026年4月2日制定　2026年10月1日改訂（第2版）");
  hg_test_assert_contains (text, HG_DOC_OUTDATED_MARK);
}

/* One chapter and no revisions: neither contents nor history. */
static void
test_short_document (Fixture       *f,
                     gconstpointer  data)
{
  const Format *format = data;
  g_autofree char *text = NULL;

  f->doc = hg_test_doc_from_pack (f->dir, "basic_policy", COMPANY, FALSE);
  write_ok (format, f->doc, f->path);
  text = read_text (format, f->path, format->body, NULL);

  hg_test_assert_contains (text, "経営者の責任");
  g_assert_null (strstr (text, "第1章"));
  g_assert_null (strstr (text, HG_DOC_REVISIONS_TITLE));
  g_assert_null (strstr (text, HG_DOC_CONTENTS_TITLE));
  g_assert_null (strstr (text, HG_DOC_OUTDATED_MARK));
}

/* The marks of item 7 of issue 15 in each format: a signature flush
 * right, a chapter's date under its heading, a form (the pledge) on a new
 * page, a heat-map cell in colour. */
static void
test_layout_marks (Fixture       *f,
                   gconstpointer  data)
{
  const Format *format = data;
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  HgDocBlock *b, *table;
  const char *chapter2, *pledge;

  f->doc = hg_doc_new ("form", "様式の見本", COMPANY);
  hg_doc_add_revision (f->doc, 1, "2026-04-01", "制定", "総務部", "代表取締役", "2026-04-01");
  b = hg_doc_append (f->doc, HG_DOC_HEADING, "第1章", "総則");
  b->level = 1;
  b->revised_in = 1;
  b = hg_doc_append (f->doc, HG_DOC_PARAGRAPH, NULL, "代表取締役　山田 太郎");
  b->flags |= HG_DOC_ALIGN_END;
  table = hg_doc_append (f->doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_row (table, g_strsplit ("重要度,1", ",", -1), TRUE);
  hg_doc_table_add_row (table, g_strsplit ("3,9", ",", -1), FALSE);
  hg_doc_table_set_tone (table, 1, 1, HG_DOC_TONE_HIGH);
  hg_doc_append (f->doc, HG_DOC_HEADING, "第2章", "運用")->level = 1;
  b = hg_doc_append (f->doc, HG_DOC_HEADING, NULL, "誓約書");
  b->level = 1;
  b->flags |= HG_DOC_OWN_SHEET;
  hg_doc_append (f->doc, HG_DOC_PARAGRAPH, NULL, "私は誓約します。");

  write_ok (format, f->doc, f->path);
  text = read_text (format, f->path, format->body, &markup);
  hg_test_assert_contains (text, "2026年4月1日制定");
  hg_test_assert_contains (markup, format->flush);
  hg_test_assert_contains (markup, format->shade);
  chapter2 = g_strrstr (markup, "運用");   /* the heading, not its line in the contents */
  pledge = chapter2 ? strstr (chapter2, "誓約書") : NULL;
  g_assert_nonnull (pledge);
  /* The page break is the pledge's own, after chapter 2. */
  {
    g_autofree char *between = g_strndup (chapter2, pledge - chapter2);

    hg_test_assert_contains (between, format->new_page);
  }
}

/* Nothing but a title and a company, and a table without rows: still a
 * file that parses, with the title in it. */
static void
test_empty_document (Fixture       *f,
                     gconstpointer  data)
{
  const Format *format = data;
  g_autofree char *text = NULL;

  f->doc = hg_doc_new ("empty", "空の文書", COMPANY);
  hg_doc_append (f->doc, HG_DOC_TABLE, NULL, NULL);
  write_ok (format, f->doc, f->path);
  text = read_text (format, f->path, format->body, NULL);
  hg_test_assert_contains (text, "空の文書");
  g_assert_null (strstr (text, HG_DOC_CONTENTS_TITLE));
}

/* The company's name is text wherever it goes: escaped in the markup,
 * itself in what a reader sees. Control characters, which XML cannot
 * carry, do not break the file. */
static void
test_escaping (Fixture       *f,
               gconstpointer  data)
{
  const Format *format = data;
  const char *parts[] = { format->body, format->header, format->meta };

  f->doc = hg_test_doc_from_pack (f->dir, "rules", HOSTILE, TRUE);
  hg_doc_append (f->doc, HG_DOC_RULE, "（99）", "制御\001文字と <b>タグ</b> & \"引用\"\n改行");
  write_ok (format, f->doc, f->path);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *markup = NULL;
      g_autofree char *text = NULL;

      if (parts[i] == NULL && i > 0)
        continue;
      text = read_text (format, f->path, parts[i], &markup);
      hg_test_assert_contains (text, HOSTILE);
      g_assert_null (strstr (markup, "<&>"));
      g_assert_null (strstr (markup, "<b>タグ"));
      if (i == 0)
        {
          hg_test_assert_contains (text, "制御文字と <b>タグ</b> & \"引用\"");
          hg_test_assert_contains (text, "改行");
        }
    }
}

static void
test_replace_and_errors (Fixture       *f,
                         gconstpointer  data)
{
  const Format *format = data;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", format->file, NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;
  const char *name;
  guint n = 0;

  f->doc = hg_test_doc_from_pack (f->dir, "basic_policy", COMPANY, FALSE);

  /* Over an older file: replaced whole, and private. */
  g_assert_true (g_file_set_contents (f->path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  write_ok (format, f->doc, f->path);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = read_text (format, f->path, format->body, NULL);
  hg_test_assert_contains (text, COMPANY);

  /* A folder that does not exist: the message names the file. */
  g_assert_false (format->write (f->doc, missing, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_IO);
  hg_test_assert_contains (error->message, format->file);
  g_clear_error (&error);

  /* A target that cannot be replaced: it stays, and nothing is left over. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (format->write (f->doc, folder, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED);
  hg_test_assert_contains (error->message, "folder");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_false (g_str_has_prefix (name, "."));
      n++;
    }
  g_assert_cmpuint (n, ==, 3);  /* the workbook, the file and the folder */
  g_rmdir (folder);
}

/* HTML */

static guint
count_in (GPtrArray  *values,
          const char *value)
{
  guint n = 0;

  for (guint i = 0; i < values->len; i++)
    n += g_strcmp0 (g_ptr_array_index (values, i), value) == 0;
  return n;
}

static GPtrArray *
html_attrs (xmlNodePtr  root,
            const char *element,
            const char *attribute)
{
  g_autoptr(GPtrArray) nodes = hg_test_xml_find (root, NULL, element);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (values, hg_test_xml_attr (g_ptr_array_index (nodes, i), NULL, attribute));
  return values;
}

/* One self-contained page: Japanese, no scripts, nothing loaded from
 * elsewhere, the header rows in <thead>, and contents that link to every
 * chapter and section. The company's name is text in the title and the
 * author's name too. */
static void
test_html_page (Fixture       *f,
                gconstpointer  data)
{
  const Format *format = data;
  g_autofree char *html = NULL;
  g_autofree char *rendered = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) hrefs = NULL;
  g_autoptr(GPtrArray) authors = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) heads = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  xmlDocPtr xml;
  xmlNodePtr root;
  guint linked = 0;

  f->doc = hg_test_doc_from_pack (f->dir, "rules", HOSTILE, TRUE);
  write_ok (format, f->doc, f->path);
  g_assert_true (g_file_get_contents (f->path, &html, NULL, NULL));
  rendered = hg_html_render (f->doc);
  g_assert_cmpstr (html, ==, rendered);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"ja\">"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
  g_assert_null (strstr (html, "//"));

  xml = htmlReadMemory (html, strlen (html), f->path, "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR);
  root = xmlDocGetRootElement (xml);
  titles = hg_test_xml_find (root, NULL, "title");
  g_assert_cmpuint (titles->len, ==, 1);
  text = hg_test_xml_text (g_ptr_array_index (titles, 0));
  g_assert_cmpstr (text, ==, "情報セキュリティ関連規程　" HOSTILE);
  authors = html_attrs (root, "meta", "content");
  g_assert_cmpuint (count_in (authors, HOSTILE), ==, 1);

  /* Every chapter (h2) and section (h3) has an id, and the contents link
   * to each of them, in order. */
  hrefs = html_attrs (root, "a", "href");
  ids = g_ptr_array_new_with_free_func (g_free);
  for (guint level = 2; level <= 3; level++)
    {
      g_autoptr(GPtrArray) found = html_attrs (root, level == 2 ? "h2" : "h3", "id");

      for (guint i = 0; i < found->len; i++)
        if (g_strcmp0 (g_ptr_array_index (found, i), "revisions") != 0
            && g_strcmp0 (g_ptr_array_index (found, i), "contents") != 0)
          g_ptr_array_add (ids, g_strdup (g_ptr_array_index (found, i)));
    }
  g_assert_cmpuint (ids->len, ==, hg_doc_count_kind (f->doc, HG_DOC_HEADING, 0));
  g_assert_cmpuint (hrefs->len, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autofree char *anchor = g_strconcat ("#", id, NULL);

      g_assert_nonnull (id);
      linked += count_in (hrefs, anchor);
    }
  g_assert_cmpuint (linked, ==, ids->len);

  /* Header rows in <thead>, the revision history's included; rules with
   * their number apart, for the hanging indent. */
  tables = hg_test_xml_find (root, NULL, "table");
  heads = hg_test_xml_find (root, NULL, "thead");
  g_assert_cmpuint (tables->len, ==, hg_doc_count_kind (f->doc, HG_DOC_TABLE, 0) + 1);
  g_assert_cmpuint (heads->len, ==, tables->len);
  rules = html_attrs (root, "p", "class");
  g_assert_cmpuint (count_in (rules, "rule"), ==, hg_doc_count_kind (f->doc, HG_DOC_RULE, 0));
  hg_test_assert_contains (html, "<p class=\"rule\"><span class=\"num\">（1）</span>");
  hg_test_assert_contains (html, "<span class=\"review\">" HG_DOC_OUTDATED_MARK "</span>");
  hg_test_assert_contains (html, "@media print");
  xmlFreeDoc (xml);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(fmt, test, func) \
  do { \
    g_autofree char *path = g_strdup_printf ("/writers/%s/%s", (fmt)->name, test); \
    g_test_add (path, Fixture, fmt, fixture_setup, func, fixture_teardown); \
  } while (0)

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      ADD (&formats[i], "content", test_content);
      ADD (&formats[i], "short-document", test_short_document);
      ADD (&formats[i], "layout-marks", test_layout_marks);
      ADD (&formats[i], "empty-document", test_empty_document);
      ADD (&formats[i], "escaping", test_escaping);
      ADD (&formats[i], "replace-and-errors", test_replace_and_errors);
    }
  ADD (&formats[2], "page", test_html_page);
  return g_test_run ();
}

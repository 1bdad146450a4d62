/* test-writers.c: the documents written as DOCX, ODT and HTML
 *
 * What every format must do is tested once, for each format in turn (the
 * table below): the body has the company, every chapter and a rule with a
 * value filled in; the revision history is there when there is one; a
 * company named 「<&>"'{}」 is text, never markup; a failed write leaves
 * the target as it was. What only one format has (parts, styles, the
 * ODF mimetype, anchors) is tested in its own section.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <string.h>
#include <sys/stat.h>

#include "hg-docx-writer.h"
#include "hg-error.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
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
} Format;

static const Format formats[] = {
  { "docx", "規程.docx", hg_docx_write, "word/document.xml", "word/header1.xml", "docProps/core.xml" },
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
  g_autoptr(GError) error = NULL;

  g_assert_true (format->write (doc, path, &error));
  g_assert_no_error (error);
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

  hg_test_assert_contains (text, "情報セキュリティへの取組み");
  g_assert_null (strstr (text, HG_DOC_REVISIONS_TITLE));
  g_assert_null (strstr (text, HG_DOC_CONTENTS_TITLE));
  g_assert_null (strstr (text, HG_DOC_OUTDATED_MARK));
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
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO);
  hg_test_assert_contains (error->message, format->file);
  g_clear_error (&error);

  /* A target that cannot be replaced: it stays, and nothing is left over. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (format->write (f->doc, folder, &error));
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO);
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

/* DOCX */

static char *
attr_of_first (xmlDocPtr   xml,
               const char *element,
               const char *attribute)
{
  g_autoptr(GPtrArray) found = hg_test_xml_find (xmlDocGetRootElement (xml), NS_W, element);

  g_assert_cmpuint (found->len, >, 0);
  return hg_test_xml_attr (g_ptr_array_index (found, 0), NS_W, attribute);
}

static guint
count_styled (xmlDocPtr   xml,
              const char *style)
{
  g_autoptr(GPtrArray) styles = hg_test_xml_find (xmlDocGetRootElement (xml), NS_W, "pStyle");
  guint n = 0;

  for (guint i = 0; i < styles->len; i++)
    {
      g_autofree char *value = hg_test_xml_attr (g_ptr_array_index (styles, i), NS_W, "val");

      n += g_strcmp0 (value, style) == 0;
    }
  return n;
}

static void
test_docx_package (Fixture       *f,
                   gconstpointer  data)
{
  static const char *const expected[] = {
    "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
    "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
    "word/header1.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml",
  };
  const Format *format = data;
  g_autoptr(GHashTable) entries = NULL;
  xmlDocPtr document, styles, core;
  g_autoptr(GPtrArray) style_nodes = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  g_autofree char *text = NULL;

  f->doc = hg_test_doc_from_pack (f->dir, "rules", COMPANY, TRUE);
  write_ok (format, f->doc, f->path);
  entries = hg_test_read_zip (f->path);

  g_assert_cmpuint (g_hash_table_size (entries), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    xmlFreeDoc (hg_test_parse_xml (entries, expected[i]));
  hg_test_assert_contains (hg_test_zip_text (entries, "[Content_Types].xml"),
                           "<Override PartName=\"/word/document.xml\" ContentType=\""
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");

  /* Chapters and sections in Word's heading styles, which carry the
   * outline levels the navigation pane and the contents read. */
  document = hg_test_parse_xml (entries, "word/document.xml");
  g_assert_cmpuint (count_styled (document, "Heading1"), ==, hg_doc_count_kind (f->doc, HG_DOC_HEADING, 1));
  g_assert_cmpuint (count_styled (document, "Heading2"), ==, hg_doc_count_kind (f->doc, HG_DOC_HEADING, 2));
  g_assert_cmpuint (count_styled (document, "Rule"), ==, hg_doc_count_kind (f->doc, HG_DOC_RULE, 0));
  g_assert_cmpuint (count_styled (document, "TOC2"), ==, hg_doc_count_kind (f->doc, HG_DOC_HEADING, 2));
  styles = hg_test_parse_xml (entries, "word/styles.xml");
  style_nodes = hg_test_xml_find (xmlDocGetRootElement (styles), NS_W, "style");
  for (guint i = 0; i < style_nodes->len; i++)
    {
      xmlNodePtr style = g_ptr_array_index (style_nodes, i);
      g_autofree char *id = hg_test_xml_attr (style, NS_W, "styleId");
      g_autoptr(GPtrArray) level = hg_test_xml_find (style->children, NS_W, "outlineLvl");
      g_autofree char *value = level->len > 0 ? hg_test_xml_attr (g_ptr_array_index (level, 0), NS_W, "val") : NULL;

      if (g_strcmp0 (id, "Heading1") == 0)
        g_assert_cmpstr (value, ==, "0");
      else if (g_strcmp0 (id, "Heading2") == 0)
        g_assert_cmpstr (value, ==, "1");
      else
        g_assert_true (value == NULL || g_strcmp0 (value, "9") == 0);
    }
  hg_test_assert_contains (hg_test_zip_text (entries, "word/styles.xml"), "w:eastAsia=\"游明朝\"");
  hg_test_assert_contains (hg_test_zip_text (entries, "word/styles.xml"), "w:eastAsia=\"游ゴシック\"");

  /* A4, header rows that repeat, a red review mark, page numbers. */
  width = attr_of_first (document, "pgSz", "w");
  height = attr_of_first (document, "pgSz", "h");
  g_assert_cmpstr (width, ==, "11906");
  g_assert_cmpstr (height, ==, "16838");
  hg_test_assert_contains (hg_test_zip_text (entries, "word/document.xml"), "<w:tblHeader/>");
  hg_test_assert_contains (hg_test_zip_text (entries, "word/document.xml"),
                           "<w:rStyle w:val=\"ReviewMark\"/></w:rPr><w:t xml:space=\"preserve\">"
                           HG_DOC_OUTDATED_MARK);
  hg_test_assert_contains (hg_test_zip_text (entries, "word/styles.xml"), "<w:color w:val=\"C00000\"/>");
  hg_test_assert_contains (hg_test_zip_text (entries, "word/footer1.xml"), "> PAGE </w:instrText>");
  hg_test_assert_contains (hg_test_zip_text (entries, "word/numbering.xml"), "<w:numFmt w:val=\"bullet\"/>");
  text = read_text (format, f->path, "word/header1.xml", NULL);
  g_assert_cmpstr (text, ==, COMPANY "情報セキュリティ関連規程");

  core = hg_test_parse_xml (entries, "docProps/core.xml");
  g_clear_pointer (&text, g_free);
  text = hg_test_xml_text (xmlDocGetRootElement (core));
  hg_test_assert_contains (text, "情報セキュリティ関連規程" COMPANY "ja-JP");

  xmlFreeDoc (document);
  xmlFreeDoc (styles);
  xmlFreeDoc (core);
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
      ADD (&formats[i], "escaping", test_escaping);
      ADD (&formats[i], "replace-and-errors", test_replace_and_errors);
    }
  ADD (&formats[0], "package", test_docx_package);
  return g_test_run ();
}

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
#include "hg-odt-writer.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_STYLE "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_FO "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_META "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define ODT_TYPE "application/vnd.oasis.opendocument.text"
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
  { "odt", "規程.odt", hg_odt_write, "content.xml", "styles.xml", "meta.xml" },
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

/* ODT */

/* ODF's package rule, checked on the bytes: "mimetype" is the first entry,
 * stored, without an extra field, so the media type starts at byte 38. */
static void
test_odt_mimetype (Fixture       *f,
                   gconstpointer  data)
{
  const Format *format = data;
  g_autofree char *bytes = NULL;
  gsize length;

  f->doc = hg_test_doc_from_pack (f->dir, "basic_policy", COMPANY, FALSE);
  write_ok (format, f->doc, f->path);
  g_assert_true (g_file_get_contents (f->path, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 38 + strlen (ODT_TYPE));

  g_assert_cmpmem (bytes, 4, "PK\003\004", 4);
  g_assert_cmpint (bytes[8] | bytes[9] << 8, ==, 0);           /* stored */
  g_assert_cmpint (bytes[26] | bytes[27] << 8, ==, 8);          /* name length */
  g_assert_cmpint (bytes[28] | bytes[29] << 8, ==, 0);          /* extra field length */
  g_assert_cmpmem (bytes + 30, 8, "mimetype", 8);
  g_assert_cmpmem (bytes + 38, strlen (ODT_TYPE), ODT_TYPE, strlen (ODT_TYPE));
  /* Its sizes are in the header (no data descriptor) and match. */
  g_assert_cmpint (bytes[6] & 0x08, ==, 0);
  g_assert_cmpint ((guchar) bytes[18], ==, strlen (ODT_TYPE));
  g_assert_cmpint ((guchar) bytes[22], ==, strlen (ODT_TYPE));
  g_assert_cmpmem (bytes + 38 + strlen (ODT_TYPE), 4, "PK\003\004", 4);
}

static guint
count_with_attr (GPtrArray  *nodes,
                 const char *ns,
                 const char *name,
                 const char *value)
{
  guint n = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      g_autofree char *v = hg_test_xml_attr (g_ptr_array_index (nodes, i), ns, name);

      n += g_strcmp0 (v, value) == 0;
    }
  return n;
}

/* How many of @nodes have text:style-name @style, directly or through an
 * automatic style of content.xml based on it (as a page break makes). */
static guint
count_styled_odt (xmlDocPtr   content,
                  GPtrArray  *nodes,
                  const char *style)
{
  g_autoptr(GPtrArray) automatic = hg_test_xml_find (xmlDocGetRootElement (content), NS_STYLE, "style");
  g_autoptr(GHashTable) parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = 0;

  for (guint i = 0; i < automatic->len; i++)
    g_hash_table_insert (parents, hg_test_xml_attr (g_ptr_array_index (automatic, i), NS_STYLE, "name"),
                         hg_test_xml_attr (g_ptr_array_index (automatic, i), NS_STYLE, "parent-style-name"));
  for (guint i = 0; i < nodes->len; i++)
    {
      g_autofree char *name = hg_test_xml_attr (g_ptr_array_index (nodes, i), NS_TEXT, "style-name");
      const char *parent = g_hash_table_lookup (parents, name);

      n += g_strcmp0 (name, style) == 0 || g_strcmp0 (parent, style) == 0;
    }
  return n;
}

static void
test_odt_package (Fixture       *f,
                  gconstpointer  data)
{
  static const char *const expected[] = {
    "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml", "settings.xml",
  };
  const Format *format = data;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GPtrArray) header_rows = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) layouts = NULL;
  g_autoptr(GPtrArray) creators = NULL;
  g_autoptr(GPtrArray) page_numbers = NULL;
  g_autoptr(GPtrArray) masters = NULL;
  g_autofree char *header = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  xmlDocPtr content, styles, meta;

  f->doc = hg_test_doc_from_pack (f->dir, "rules", COMPANY, TRUE);
  write_ok (format, f->doc, f->path);
  entries = hg_test_read_zip (f->path);

  g_assert_cmpuint (g_hash_table_size (entries), ==, G_N_ELEMENTS (expected));
  g_assert_cmpstr (hg_test_zip_text (entries, "mimetype"), ==, ODT_TYPE);
  for (guint i = 1; i < G_N_ELEMENTS (expected); i++)
    xmlFreeDoc (hg_test_parse_xml (entries, expected[i]));
  for (guint i = 2; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *entry = g_strdup_printf ("manifest:full-path=\"%s\"", expected[i]);

      hg_test_assert_contains (hg_test_zip_text (entries, "META-INF/manifest.xml"), entry);
    }

  /* Chapters and sections are text:h with their outline level and style. */
  content = hg_test_parse_xml (entries, "content.xml");
  headings = hg_test_xml_find (xmlDocGetRootElement (content), NS_TEXT, "h");
  g_assert_cmpuint (headings->len, ==, hg_doc_count_kind (f->doc, HG_DOC_HEADING, 0));
  g_assert_cmpuint (count_with_attr (headings, NS_TEXT, "outline-level", "1"), ==,
                    hg_doc_count_kind (f->doc, HG_DOC_HEADING, 1));
  g_assert_cmpuint (count_with_attr (headings, NS_TEXT, "outline-level", "2"), ==,
                    hg_doc_count_kind (f->doc, HG_DOC_HEADING, 2));
  g_assert_cmpuint (count_styled_odt (content, headings, "Heading_20_1"), ==,
                    hg_doc_count_kind (f->doc, HG_DOC_HEADING, 1));
  g_assert_cmpuint (count_styled_odt (content, headings, "Heading_20_2"), ==,
                    hg_doc_count_kind (f->doc, HG_DOC_HEADING, 2));

  /* Every table, the revision history included, repeats its header row. */
  tables = hg_test_xml_find (xmlDocGetRootElement (content), NS_TABLE, "table");
  header_rows = hg_test_xml_find (xmlDocGetRootElement (content), NS_TABLE, "table-header-rows");
  g_assert_cmpuint (tables->len, ==, hg_doc_count_kind (f->doc, HG_DOC_TABLE, 0) + 1);
  g_assert_cmpuint (header_rows->len, ==, tables->len);
  hg_test_assert_contains (hg_test_zip_text (entries, "content.xml"),
                           "<text:span text:style-name=\"Review_20_Mark\">" HG_DOC_OUTDATED_MARK);
  hg_test_assert_contains (hg_test_zip_text (entries, "content.xml"), "<text:table-of-content ");

  /* A4 pages; the standard one has the company and title above and the
   * page number below; the cover has neither. */
  styles = hg_test_parse_xml (entries, "styles.xml");
  layouts = hg_test_xml_find (xmlDocGetRootElement (styles), NS_STYLE, "page-layout-properties");
  g_assert_cmpuint (layouts->len, ==, 1);
  width = hg_test_xml_attr (g_ptr_array_index (layouts, 0), NS_FO, "page-width");
  height = hg_test_xml_attr (g_ptr_array_index (layouts, 0), NS_FO, "page-height");
  g_assert_cmpstr (width, ==, "210mm");
  g_assert_cmpstr (height, ==, "297mm");
  masters = hg_test_xml_find (xmlDocGetRootElement (styles), NS_STYLE, "master-page");
  g_assert_cmpuint (masters->len, ==, 2);
  g_assert_null (((xmlNodePtr) g_ptr_array_index (masters, 0))->children);
  header = hg_test_xml_text (g_ptr_array_index (masters, 1));
  g_assert_true (g_str_has_prefix (header, COMPANY "情報セキュリティ関連規程"));
  page_numbers = hg_test_xml_find (g_ptr_array_index (masters, 1), NS_TEXT, "page-number");
  g_assert_cmpuint (page_numbers->len, ==, 1);
  hg_test_assert_contains (hg_test_zip_text (entries, "styles.xml"),
                           "style:name=\"Heading_20_1\" style:display-name=\"Heading 1\"");
  hg_test_assert_contains (hg_test_zip_text (entries, "styles.xml"), "style:default-outline-level=\"1\"");
  hg_test_assert_contains (hg_test_zip_text (entries, "styles.xml"), "style:default-outline-level=\"2\"");

  meta = hg_test_parse_xml (entries, "meta.xml");
  creators = hg_test_xml_find (xmlDocGetRootElement (meta), NS_META, "initial-creator");
  g_assert_cmpuint (creators->len, ==, 1);
  creator = hg_test_xml_text (g_ptr_array_index (creators, 0));
  g_assert_cmpstr (creator, ==, COMPANY);

  xmlFreeDoc (content);
  xmlFreeDoc (styles);
  xmlFreeDoc (meta);
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
  ADD (&formats[1], "mimetype", test_odt_mimetype);
  ADD (&formats[1], "package", test_odt_package);
  return g_test_run ();
}

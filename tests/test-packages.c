/* test-packages.c: the DOCX and ODT packages, part by part
 *
 * What the formats have in common (the text, escaping, errors) is tested
 * in test-writers.c; here, what makes each a real package of its kind:
 * its parts, Word's heading styles and outline levels, ODF's mimetype
 * entry and text:h levels, header rows that repeat, A4 pages with header
 * and footer, and the document properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-docx-writer.h"
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
test_docx_package (void)
{
  static const char *const expected[] = {
    "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
    "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
    "word/header1.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml",
  };
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "規程.docx", NULL);
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GHashTable) entries = NULL;
  xmlDocPtr document, styles, core, header;
  g_autoptr(GPtrArray) style_nodes = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  g_autofree char *text = NULL;

  doc = hg_test_doc_from_pack (dir, "rules", COMPANY, TRUE);
  hg_test_write_ok (hg_docx_write, doc, path);
  entries = hg_test_read_zip (path);

  g_assert_cmpuint (g_hash_table_size (entries), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    xmlFreeDoc (hg_test_parse_xml (entries, expected[i]));
  hg_test_assert_contains (hg_test_zip_text (entries, "[Content_Types].xml"),
                           "<Override PartName=\"/word/document.xml\" ContentType=\""
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");

  /* Chapters and sections in Word's heading styles, which carry the
   * outline levels the navigation pane and the contents read. */
  document = hg_test_parse_xml (entries, "word/document.xml");
  g_assert_cmpuint (count_styled (document, "Heading1"), ==, hg_doc_count_kind (doc, HG_DOC_HEADING, 1));
  g_assert_cmpuint (count_styled (document, "Heading2"), ==, hg_doc_count_kind (doc, HG_DOC_HEADING, 2));
  g_assert_cmpuint (count_styled (document, "Rule"), ==, hg_doc_count_kind (doc, HG_DOC_RULE, 0));
  g_assert_cmpuint (count_styled (document, "TOC2"), ==, hg_doc_count_kind (doc, HG_DOC_HEADING, 2));
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
  header = hg_test_parse_xml (entries, "word/header1.xml");
  text = hg_test_xml_text (xmlDocGetRootElement (header));
  g_assert_cmpstr (text, ==, COMPANY "情報セキュリティ関連規程");

  core = hg_test_parse_xml (entries, "docProps/core.xml");
  g_clear_pointer (&text, g_free);
  text = hg_test_xml_text (xmlDocGetRootElement (core));
  hg_test_assert_contains (text, "情報セキュリティ関連規程" COMPANY "ja-JP");

  xmlFreeDoc (document);
  xmlFreeDoc (styles);
  xmlFreeDoc (core);
  xmlFreeDoc (header);
  hg_test_remove_dir (dir);
}

/* ODT */

/* ODF's package rule, checked on the bytes: "mimetype" is the first entry,
 * stored, without an extra field, so the media type starts at byte 38. */
static void
test_odt_mimetype (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "規程.odt", NULL);
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  doc = hg_test_doc_from_pack (dir, "basic_policy", COMPANY, FALSE);
  hg_test_write_ok (hg_odt_write, doc, path);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
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
  hg_test_remove_dir (dir);
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
test_odt_package (void)
{
  static const char *const expected[] = {
    "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml", "settings.xml",
  };
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "規程.odt", NULL);
  g_autoptr(HgDoc) doc = NULL;
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

  doc = hg_test_doc_from_pack (dir, "rules", COMPANY, TRUE);
  hg_test_write_ok (hg_odt_write, doc, path);
  entries = hg_test_read_zip (path);

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
  g_assert_cmpuint (headings->len, ==, hg_doc_count_kind (doc, HG_DOC_HEADING, 0));
  g_assert_cmpuint (count_with_attr (headings, NS_TEXT, "outline-level", "1"), ==,
                    hg_doc_count_kind (doc, HG_DOC_HEADING, 1));
  g_assert_cmpuint (count_with_attr (headings, NS_TEXT, "outline-level", "2"), ==,
                    hg_doc_count_kind (doc, HG_DOC_HEADING, 2));
  g_assert_cmpuint (count_styled_odt (content, headings, "Heading_20_1"), ==,
                    hg_doc_count_kind (doc, HG_DOC_HEADING, 1));
  g_assert_cmpuint (count_styled_odt (content, headings, "Heading_20_2"), ==,
                    hg_doc_count_kind (doc, HG_DOC_HEADING, 2));

  /* Every table, the revision history included, repeats its header row. */
  tables = hg_test_xml_find (xmlDocGetRootElement (content), NS_TABLE, "table");
  header_rows = hg_test_xml_find (xmlDocGetRootElement (content), NS_TABLE, "table-header-rows");
  g_assert_cmpuint (tables->len, ==, hg_doc_count_kind (doc, HG_DOC_TABLE, 0) + 1);
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
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/packages/docx/parts-and-styles", test_docx_package);
  g_test_add_func ("/packages/odt/mimetype", test_odt_mimetype);
  g_test_add_func ("/packages/odt/parts-and-styles", test_odt_package);
  return g_test_run ();
}

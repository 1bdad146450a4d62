/* hg-test-package.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>
#include <string.h>

#include "hg-company.h"
#include "hg-pack-context.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

GHashTable *
hg_test_read_zip (const char *path)
{
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_filename (archive, path, 65536), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      GByteArray *data = g_byte_array_new ();
      char buffer[65536];
      la_ssize_t n;
      GBytes *bytes;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (data, (const guint8 *) buffer, n);
      g_assert_cmpint (n, ==, 0);
      g_byte_array_append (data, (const guint8 *) "", 1);
      bytes = g_byte_array_free_to_bytes (data);
      g_hash_table_insert (entries, g_strdup (archive_entry_pathname (entry)),
                           g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) - 1));
      g_bytes_unref (bytes);
    }
  archive_read_free (archive);
  return entries;
}

const char *
hg_test_zip_text (GHashTable *entries,
                  const char *name)
{
  GBytes *bytes = g_hash_table_lookup (entries, name);

  if (bytes == NULL)
    g_error ("no part “%s” in the package", name);
  return g_bytes_get_data (bytes, NULL);
}

xmlDocPtr
hg_test_parse_xml (GHashTable *entries,
                   const char *name)
{
  const char *text = hg_test_zip_text (entries, name);
  xmlDocPtr doc = xmlReadMemory (text, strlen (text), name, NULL, XML_PARSE_NONET);

  if (doc == NULL)
    g_error ("%s is not well-formed XML", name);
  g_assert_null (doc->intSubset);
  return doc;
}

char *
hg_test_xml_text (xmlNodePtr node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup ((const char *) content);

  xmlFree (content);
  return text;
}

static void
find (xmlNodePtr  node,
      const char *ns,
      const char *name,
      GPtrArray  *found)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 ((const char *) node->name, name) == 0
          && g_strcmp0 (node->ns != NULL ? (const char *) node->ns->href : NULL, ns) == 0)
        g_ptr_array_add (found, node);
      find (node->children, ns, name, found);
    }
}

GPtrArray *
hg_test_xml_find (xmlNodePtr  node,
                  const char *ns,
                  const char *name)
{
  GPtrArray *found = g_ptr_array_new ();

  find (node, ns, name, found);
  return found;
}

char *
hg_test_xml_attr (xmlNodePtr  node,
                  const char *ns,
                  const char *name)
{
  xmlChar *value = xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

void
hg_test_assert_contains (const char *haystack,
                         const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    {
      g_autofree char *start = g_utf8_substring (haystack, 0, MIN (g_utf8_strlen (haystack, -1), 600));

      g_error ("“%s” not found in: %s…", needle, start);
    }
}

void
hg_test_write_ok (HgTestWriter  write,
                  const HgDoc  *doc,
                  const char   *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (write (doc, path, &error));
  g_assert_no_error (error);
}

HgDoc *
hg_test_doc_from_pack (const char *dir,
                       const char *doc_id,
                       const char *company,
                       gboolean    revisions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autoptr(HgWorkbook) workbook = hg_test_workbook_new (dir, "doc.hinagata", company);
  g_autoptr(HgPackContext) context = NULL;
  HgDoc *doc;
  guint rules = 0;

  g_assert_no_error (error);
  g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE,
                                 "代表取締役社長", &error));
  g_assert_no_error (error);
  context = hg_pack_context_new_for_workbook (pack, workbook);
  doc = hg_pack_build_doc (pack, context, doc_id, &error);
  g_assert_no_error (error);
  if (!revisions)
    return doc;

  hg_doc_add_revision (doc, 1, "2026-04-01", "制定", "佐藤 花子", "山田 太郎", "2026-04-02");
  hg_doc_add_revision (doc, 2, "2026-10-01", "クラウドサービス利用の章を追加", "佐藤 花子", "", "");
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind == HG_DOC_RULE && ++rules == 3)
        b->flags |= HG_DOC_REWORDED | HG_DOC_OUTDATED;
    }
  return doc;
}

/* hg-doc-xml.c
 *
 * An approved version must read back exactly as it was approved, even
 * after the template pack or the program changes, so the snapshot keeps
 * the rendered blocks themselves, not the answers that produced them.
 * Revisions are not part of it: they live in their own table and are
 * attached when a version is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>

#include "hg-doc-xml.h"

static const char *kind_names[] = {
  [HG_DOC_HEADING] = "heading",
  [HG_DOC_PARAGRAPH] = "paragraph",
  [HG_DOC_RULE] = "rule",
  [HG_DOC_ITEM] = "item",
  [HG_DOC_TABLE] = "table",
};

#define X(s) ((const xmlChar *) (s))

static void
set_prop (xmlNode    *node,
          const char *name,
          const char *value)
{
  if (value != NULL)
    xmlNewProp (node, X (name), X (value));
}

static void
set_uint (xmlNode    *node,
          const char *name,
          guint       value)
{
  char buf[16];

  if (value == 0)
    return;
  g_snprintf (buf, sizeof buf, "%u", value);
  xmlNewProp (node, X (name), X (buf));
}

char *
hg_doc_to_xml (const HgDoc *doc)
{
  xmlDoc *xml = xmlNewDoc (X ("1.0"));
  xmlNode *root = xmlNewNode (NULL, X ("document"));
  xmlChar *out = NULL;
  int length = 0;
  char *result;

  xmlDocSetRootElement (xml, root);
  set_prop (root, "id", doc->id);
  set_prop (root, "title", doc->title);
  set_prop (root, "company", doc->company);
  if (doc->enacted_on[0] != '\0')
    set_prop (root, "enacted-on", doc->enacted_on);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);
      /* xmlNewTextChild escapes the text: a rule may hold any character. */
      xmlNode *node = xmlNewTextChild (root, NULL, X (kind_names[b->kind]),
                                       b->kind == HG_DOC_TABLE ? NULL : X (b->text));

      set_uint (node, "level", b->level);
      set_prop (node, "number", b->number);
      set_prop (node, "label", b->label);
      set_prop (node, "key", b->key);
      set_uint (node, "flags", b->flags);
      set_uint (node, "header-rows", b->header_rows);
      for (guint r = 0; b->rows != NULL && r < b->rows->len; r++)
        {
          GStrv cells = g_ptr_array_index (b->rows, r);
          xmlNode *row = xmlNewChild (node, NULL, X ("row"), NULL);

          for (guint c = 0; cells[c] != NULL; c++)
            xmlNewTextChild (row, NULL, X ("cell"), X (cells[c]));
        }
    }

  xmlDocDumpFormatMemoryEnc (xml, &out, &length, "UTF-8", 1);
  result = g_strndup ((const char *) out, length);
  xmlFree (out);
  xmlFreeDoc (xml);
  return result;
}

static char *
get_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, X (name));
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static guint
get_uint (xmlNode    *node,
          const char *name)
{
  g_autofree char *value = get_prop (node, name);

  return value ? (guint) strtoul (value, NULL, 10) : 0;
}

static char *
get_text (xmlNode *node)
{
  xmlChar *text = xmlNodeGetContent (node);
  char *copy = g_strdup (text ? (const char *) text : "");

  xmlFree (text);
  return copy;
}

static gboolean
read_block (HgDoc    *doc,
            xmlNode  *node,
            GError  **error)
{
  g_autofree char *number = get_prop (node, "number");
  g_autofree char *text = NULL;
  HgDocBlock *b;
  guint kind;

  for (kind = 0; kind < G_N_ELEMENTS (kind_names); kind++)
    if (xmlStrEqual (node->name, X (kind_names[kind])))
      break;
  if (kind == G_N_ELEMENTS (kind_names))
    {
      g_set_error (error, HG_DOC_ERROR, HG_DOC_ERROR_DAMAGED,
                   _("A saved version holds an unknown part “%s” (line %u)"),
                   (const char *) node->name, (guint) xmlGetLineNo (node));
      return FALSE;
    }

  text = kind == HG_DOC_TABLE ? NULL : get_text (node);
  b = hg_doc_append (doc, kind, number, text);
  b->level = get_uint (node, "level");
  b->label = get_prop (node, "label");
  b->key = get_prop (node, "key");
  b->flags = get_uint (node, "flags");
  if (kind == HG_DOC_TABLE)
    {
      guint headers = get_uint (node, "header-rows");
      guint r = 0;

      for (xmlNode *row = node->children; row != NULL; row = row->next)
        {
          g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();

          if (row->type != XML_ELEMENT_NODE)
            continue;
          for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
            if (cell->type == XML_ELEMENT_NODE)
              {
                g_autofree char *text_of_cell = get_text (cell);

                g_strv_builder_add (cells, text_of_cell);
              }
          hg_doc_table_add_row (b, g_strv_builder_end (cells), r++ < headers);
        }
    }
  return TRUE;
}

HgDoc *
hg_doc_from_xml (const char  *xml,
                 GError     **error)
{
  /* Our own data, but read as carefully as a stranger's: no network, no
   * DTD, no entity expansion. */
  xmlDoc *parsed = xmlReadMemory (xml, (int) strlen (xml), "snapshot.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlNode *root = parsed ? xmlDocGetRootElement (parsed) : NULL;
  g_autofree char *id = NULL, *title = NULL, *company = NULL;
  HgDoc *doc;

  if (root == NULL || !xmlStrEqual (root->name, X ("document")) || parsed->intSubset != NULL)
    {
      g_set_error_literal (error, HG_DOC_ERROR, HG_DOC_ERROR_DAMAGED,
                           _("A saved version of the document is damaged and cannot be read"));
      xmlFreeDoc (parsed);
      return NULL;
    }

  id = get_prop (root, "id");
  title = get_prop (root, "title");
  company = get_prop (root, "company");
  doc = hg_doc_new (id, title, company);
  {
    /* Versions saved before the answer was kept have none. */
    g_autofree char *enacted = get_prop (root, "enacted-on");

    g_free (doc->enacted_on);
    doc->enacted_on = g_strdup (enacted ? enacted : "");
  }
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && !read_block (doc, node, error))
      {
        hg_doc_free (doc);
        xmlFreeDoc (parsed);
        return NULL;
      }
  xmlFreeDoc (parsed);
  return doc;
}

/* What decides whether a document changed: its title and the text of its
 * blocks, not its revision table. */
char *
hg_doc_digest (const HgDoc *doc)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (sum, (const guchar *) doc->title, -1);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      g_autofree char *line = hg_doc_block_get_plain (g_ptr_array_index (doc->blocks, i));

      g_checksum_update (sum, (const guchar *) "\n", 1);
      g_checksum_update (sum, (const guchar *) line, -1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

/* Each chapter's digest by its key (the pack's chapter id): the text of
 * its heading, without the number (a chapter moved by one left out before
 * it has not changed), and of every block up to the next chapter. What
 * dates a chapter by the version that last changed it. */
GHashTable *
hg_doc_chapter_digests (const HgDoc *doc)
{
  GHashTable *digests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GChecksum) sum = NULL;
  const char *key = NULL;

  for (guint i = 0; i <= doc->blocks->len; i++)
    {
      const HgDocBlock *b = i < doc->blocks->len ? g_ptr_array_index (doc->blocks, i) : NULL;
      g_autofree char *line = NULL;

      if (b == NULL || (b->kind == HG_DOC_HEADING && b->level == 1))
        {
          if (key != NULL)
            g_hash_table_insert (digests, g_strdup (key), g_strdup (g_checksum_get_string (sum)));
          g_clear_pointer (&sum, g_checksum_free);
          key = b != NULL ? b->key : NULL;
          if (key == NULL)
            continue;
          sum = g_checksum_new (G_CHECKSUM_SHA256);
          g_checksum_update (sum, (const guchar *) b->text, -1);
          continue;
        }
      if (sum == NULL)
        continue;
      line = hg_doc_block_get_plain (b);
      g_checksum_update (sum, (const guchar *) "\n", 1);
      g_checksum_update (sum, (const guchar *) line, -1);
    }
  return digests;
}

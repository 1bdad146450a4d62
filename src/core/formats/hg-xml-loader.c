/* hg-xml-loader.c
 *
 * Every XML format Hinagata reads is written by people (a pack, a risk
 * catalogue) and may come from anywhere, so each is loaded the same way:
 * libxml2 parses without network, DTD or entities (a DOCTYPE is refused
 * before libxml2 sees the bytes), RELAX NG checks the shape, and every
 * problem is collected with its line instead of stopping at the first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-xml-loader"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "hg-core-resources.h"
#include "hg-xml-loader.h"

struct _HgXmlLoader
{
  char      *name;
  GPtrArray *problems;
  GPtrArray *languages;     /* wanted, as normalised tags, most preferred first */
  char      *own_language;  /* the normalised xml:lang of the root, or "" */
};

/* A language tag or a locale name in one form: "en_US.UTF-8@euro" → "en-us". */
static char *
normalise_language (const char *name)
{
  char *tag = g_ascii_strdown (name, (gssize) strcspn (name, ".@"));

  g_strdelimit (tag, "_", '-');
  return tag;
}

/* The interface's texts come from gettext and a pack's or catalogue's from
 * the XML: both must pick the same language, or one line mixes two ("情報
 * セキュリティ基本方針 is not approved yet"). g_get_language_names() is not
 * what gettext uses: gettext ignores LANGUAGE in the C locale and when the
 * locale asked for is not installed, and "C" itself means the untranslated
 * interface, which is English. So the translation says which language it
 * is (ja.po translates this string as "ja"). */
const char *
hg_xml_loader_interface_language (void)
{
  /* Translators: the language tag of this translation (ja for Japanese):
   * template packs and risk catalogues show their texts in this language */
  return C_("language tag", "en");
}

HgXmlLoader *
hg_xml_loader_new (const char          *name,
                   const char * const  *languages)
{
  HgXmlLoader *loader = g_new0 (HgXmlLoader, 1);
  const char *interface[] = { hg_xml_loader_interface_language (), NULL };

  loader->name = g_strdup (name);
  loader->problems = g_ptr_array_new_with_free_func (g_free);
  loader->languages = g_ptr_array_new_with_free_func (g_free);
  loader->own_language = g_strdup ("");
  for (const char * const *l = languages ? languages : interface; *l; l++)
    {
      char *tag = normalise_language (*l);

      if (*tag == '\0' || g_str_equal (tag, "c") || g_str_equal (tag, "posix"))
        g_free (tag);
      else
        g_ptr_array_add (loader->languages, tag);
    }
  return loader;
}

void
hg_xml_loader_free (HgXmlLoader *loader)
{
  if (loader == NULL)
    return;
  g_free (loader->name);
  g_ptr_array_unref (loader->problems);
  g_ptr_array_unref (loader->languages);
  g_free (loader->own_language);
  g_free (loader);
}

const char *
hg_xml_loader_get_name (HgXmlLoader *loader)
{
  return loader->name;
}

void
hg_xml_loader_problem (HgXmlLoader *loader,
                       guint        line,
                       const char  *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (loader->problems, g_strdup_printf ("%s:%u: %s", loader->name, line, message));
}

guint
hg_xml_loader_count_problems (HgXmlLoader *loader)
{
  return loader->problems->len;
}

GPtrArray *
hg_xml_loader_steal_problems (HgXmlLoader *loader)
{
  GPtrArray *problems = loader->problems;

  loader->problems = g_ptr_array_new_with_free_func (g_free);
  return problems;
}

static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    line += *p == '\n';
  return line;
}

xmlDoc *
hg_xml_loader_parse (HgXmlLoader *loader,
                     const char  *data,
                     gsize        length,
                     gsize        max_size,
                     const char  *too_large,
                     const char  *refused)
{
  xmlParserCtxt *ctxt;
  xmlDoc *doc;
  const char *doctype;

  if (length > max_size || length > G_MAXINT)
    {
      hg_xml_loader_problem (loader, 1, "%s", too_large);
      return NULL;
    }
  if ((doctype = g_strstr_len (data, (gssize) length, "<!DOCTYPE")) != NULL
      || (doctype = g_strstr_len (data, (gssize) length, "<!ENTITY")) != NULL)
    {
      hg_xml_loader_problem (loader, line_of (data, doctype), "%s", refused);
      return NULL;
    }

  /* NOERROR and NOWARNING: libxml2 would otherwise print its own report
   * to stderr, quoting the offending line of the file raw — an escape
   * sequence in a pack or framework from anyone would reach the terminal.
   * The error is still kept for the one problem line below. */
  ctxt = xmlNewParserCtxt ();
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, loader->name, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR
                           | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      const xmlError *e = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strstrip (g_strdup (e && e->message ? e->message : "not XML"));

      hg_xml_loader_problem (loader, e ? (guint) e->line : 1, "%s", message);
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}

static void
collect_relaxng_error (void           *data,
                       const xmlError *error)
{
  HgXmlLoader *loader = data;
  g_autofree char *message = g_strstrip (g_strdup (error->message ? error->message : ""));

  hg_xml_loader_problem (loader, (guint) error->line, "%s", message);
}

gboolean
hg_xml_loader_validate (HgXmlLoader *loader,
                        xmlDoc      *doc,
                        const char  *schema_path)
{
  g_autoptr(GBytes) schema = NULL;
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *rng;
  xmlRelaxNGValidCtxt *valid;
  int result;

  /* Through the core's own resource, not the global table: a program that
   * links only part of the core library must still find the schema. */
  schema = g_resource_lookup_data (hg_core_get_resource (), schema_path,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_return_val_if_fail (schema != NULL, FALSE);

  parser = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (schema, NULL),
                                       (int) g_bytes_get_size (schema));
  rng = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_return_val_if_fail (rng != NULL, FALSE);

  valid = xmlRelaxNGNewValidCtxt (rng);
  xmlRelaxNGSetValidStructuredErrors (valid, (xmlStructuredErrorFunc) collect_relaxng_error,
                                      loader);
  result = xmlRelaxNGValidateDoc (valid, doc);
  xmlRelaxNGFreeValidCtxt (valid);
  xmlRelaxNGFree (rng);
  return result == 0;
}

void
hg_xml_loader_set_own_language (HgXmlLoader *loader,
                                xmlNode     *root)
{
  xmlChar *lang = xmlGetNsProp (root, (const xmlChar *) "lang", XML_XML_NAMESPACE);

  g_free (loader->own_language);
  loader->own_language = normalise_language (lang ? (const char *) lang : "");
  xmlFree (lang);
}

const char *
hg_xml_loader_get_own_language (HgXmlLoader *loader)
{
  return loader->own_language;
}

/* How well the text in TAG serves a reader who wants WANT: 0 the same
 * language, 1 a more general tag ("en" for "en-us"), 2 a sibling ("en-gb"
 * for "en-us", "en-us" for "en"), -1 not at all. */
static int
language_match (const char *tag,
                const char *want)
{
  gsize primary = strcspn (tag, "-");

  if (g_str_equal (tag, want))
    return 0;
  if (*tag != '\0' && g_str_has_prefix (want, tag) && want[strlen (tag)] == '-')
    return 1;
  if (primary > 0 && primary == strcspn (want, "-") && strncmp (tag, want, primary) == 0)
    return 2;
  return -1;
}

/* Lower is better: the first wanted language the text serves, then how
 * well; then the document's own text; then any other. */
static guint
language_rank (HgXmlLoader *loader,
               const char  *tag,
               gboolean     own)
{
  for (guint i = 0; i < loader->languages->len; i++)
    {
      int match = language_match (tag, g_ptr_array_index (loader->languages, i));

      if (match >= 0)
        return i * 3 + (guint) match;
    }
  return own ? G_MAXUINT - 1 : G_MAXUINT;
}

char *
hg_xml_loader_text (HgXmlLoader *loader,
                    xmlNode     *parent,
                    const char  *name,
                    char       **own)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlNode *best = NULL;
  guint best_rank = G_MAXUINT;
  gsize best_length = 0;

  for (xmlNode *c = parent->children; c; c = c->next)
    {
      xmlChar *lang;
      char *tag;
      guint rank;

      if (!hg_xml_is_element (c, name))
        continue;
      lang = xmlGetNsProp (c, (const xmlChar *) "lang", XML_XML_NAMESPACE);
      tag = lang ? normalise_language ((const char *) lang) : g_strdup (loader->own_language);
      if (!g_hash_table_add (seen, tag))
        hg_xml_loader_problem (loader, hg_xml_line (c),
                               _("<%s> is written twice in the language “%s”"),
                               name, lang ? (const char *) lang : loader->own_language);
      else
        {
          rank = language_rank (loader, tag, lang == NULL);
          if (best == NULL || rank < best_rank || (rank == best_rank && strlen (tag) > best_length))
            {
              best = c;
              best_rank = rank;
              best_length = strlen (tag);
            }
          if (lang == NULL && own != NULL)
            {
              g_free (*own);
              *own = hg_xml_text_of (c);
            }
        }
      xmlFree (lang);
    }
  return best ? hg_xml_text_of (best) : NULL;
}

char *
hg_xml_prop (xmlNode    *node,
             const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* Text content with runs of white space (from the file's indentation)
 * folded to nothing around line breaks: Japanese has no spaces between
 * lines. */
char *
hg_xml_text_of (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  GString *out = g_string_new (NULL);
  gboolean at_break = TRUE;

  for (const char *p = (const char *) content; p && *p; p++)
    {
      if (*p == '\n' || *p == '\r')
        {
          at_break = TRUE;
          while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
            g_string_truncate (out, out->len - 1);
          continue;
        }
      if (at_break && (*p == ' ' || *p == '\t'))
        continue;
      at_break = FALSE;
      g_string_append_c (out, *p);
    }
  xmlFree (content);
  return g_string_free (out, FALSE);
}

gboolean
hg_xml_is_element (xmlNode    *node,
                   const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, (const xmlChar *) name);
}

xmlNode *
hg_xml_child_element (xmlNode    *node,
                      const char *name)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (hg_xml_is_element (c, name))
      return c;
  return NULL;
}

guint
hg_xml_line (xmlNode *node)
{
  return (guint) xmlGetLineNo (node);
}

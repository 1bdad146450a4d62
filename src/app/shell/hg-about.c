/* hg-about.c
 *
 * libadwaita 1.2 has no adw_about_window_new_from_appdata() (it came in
 * 1.4), so the metainfo compiled into the resources is read here with
 * libxml2. The metainfo is the one place that names, describes and lists
 * releases of Hinagata; the About window never disagrees with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-about"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "hg-about.h"

#define METAINFO_PATH RESOURCE_BASE "/" APP_ID ".metainfo.xml"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* 0 for the best match with the user's languages, larger is worse,
 * -1 for no match. Untranslated text ranks after every listed language. */
static int
language_rank (xmlNode *node)
{
  g_autofree char *lang = (char *) xmlGetNsProp (node, (const xmlChar *) "lang",
                                                 XML_XML_NAMESPACE);
  const char * const *names = g_get_language_names ();
  int i;

  if (lang == NULL)
    return 1000;
  for (i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], lang))
      return i;
  return -1;
}

static xmlNode *
best_child (xmlNode    *parent,
            const char *name)
{
  xmlNode *best = NULL;
  int best_rank = G_MAXINT;

  for (xmlNode *n = parent ? parent->children : NULL; n != NULL; n = n->next)
    {
      int rank;

      if (n->type != XML_ELEMENT_NODE || !xmlStrEqual (n->name, (const xmlChar *) name))
        continue;
      rank = language_rank (n);
      if (rank >= 0 && rank < best_rank)
        {
          best = n;
          best_rank = rank;
        }
    }
  return best;
}

static char *
child_text (xmlNode    *parent,
            const char *name)
{
  xmlNode *node = best_child (parent, name);
  xmlChar *content = node ? xmlNodeGetContent (node) : NULL;
  char *text = content ? g_strstrip (g_strdup ((char *) content)) : NULL;

  xmlFree (content);
  return text;
}

static xmlNode *
find_url (xmlNode    *component,
          const char *type)
{
  for (xmlNode *n = component->children; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE && xmlStrEqual (n->name, (const xmlChar *) "url"))
      {
        g_autofree char *t = (char *) xmlGetProp (n, (const xmlChar *) "type");

        if (g_strcmp0 (t, type) == 0)
          return n;
      }
  return NULL;
}

static void
append_markup (GString *out,
               xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  g_autofree char *escaped = g_markup_escape_text ((char *) content, -1);

  g_string_append_printf (out, "<%s>%s</%s>", node->name, escaped, node->name);
  xmlFree (content);
}

/* Release notes in the subset of AppStream markup that AdwAboutWindow reads
 * (p, ul, li), keeping only the user's language for each paragraph. */
static char *
release_notes (xmlNode *description)
{
  g_autoptr(GString) out = g_string_new (NULL);
  int want = G_MAXINT;

  /* Pick one language for the whole text, so a half-translated set of
   * notes does not mix languages paragraph by paragraph. */
  for (xmlNode *n = description->children; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE && language_rank (n) >= 0)
      want = MIN (want, language_rank (n));

  for (xmlNode *n = description->children; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (n->name, (const xmlChar *) "p") && language_rank (n) == want)
        append_markup (out, n);
      else if (xmlStrEqual (n->name, (const xmlChar *) "ul"))
        {
          g_string_append (out, "<ul>");
          for (xmlNode *li = n->children; li != NULL; li = li->next)
            if (li->type == XML_ELEMENT_NODE && language_rank (li) == want)
              append_markup (out, li);
          g_string_append (out, "</ul>");
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

GtkWidget *
hg_about_window_new (GtkWindow *parent)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  AdwAboutWindow *about;
  xmlNode *component;
  xmlNode *releases;
  xmlNode *url;
  const char *developers[] = { NULL, NULL };
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *developer = NULL;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, "© 2026 The Hinagata developers");
  /* Translators: put your name here, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));

  bytes = g_resources_lookup_data (METAINFO_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                         "metainfo.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  component = doc ? xmlDocGetRootElement (doc) : NULL;
  g_return_val_if_fail (component != NULL, GTK_WIDGET (about));

  name = child_text (component, "name");
  summary = child_text (component, "summary");
  developer = child_text (component, "developer_name");
  adw_about_window_set_application_name (about, name ? name : "Hinagata");
  adw_about_window_set_comments (about, summary ? summary : "");
  if (developer != NULL)
    {
      developers[0] = developer;
      adw_about_window_set_developer_name (about, developer);
      adw_about_window_set_developers (about, developers);
    }

  if ((url = find_url (component, "homepage")) != NULL)
    {
      g_autofree char *text = (char *) xmlNodeGetContent (url);
      adw_about_window_set_website (about, g_strstrip (text));
    }
  if ((url = find_url (component, "bugtracker")) != NULL)
    {
      g_autofree char *text = (char *) xmlNodeGetContent (url);
      adw_about_window_set_issue_url (about, g_strstrip (text));
    }

  releases = best_child (component, "releases");
  for (xmlNode *r = releases ? releases->children : NULL; r != NULL; r = r->next)
    if (r->type == XML_ELEMENT_NODE && xmlStrEqual (r->name, (const xmlChar *) "release"))
      {
        g_autofree char *version = (char *) xmlGetProp (r, (const xmlChar *) "version");
        xmlNode *description = best_child (r, "description");

        if (description != NULL)
          {
            g_autofree char *notes = release_notes (description);

            adw_about_window_set_release_notes_version (about, version);
            adw_about_window_set_release_notes (about, notes);
          }
        break; /* the newest release comes first */
      }

  return GTK_WIDGET (about);
}

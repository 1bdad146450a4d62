/* hg-risk-catalogue.c
 *
 * Loaded like a template pack (hg-xml-loader.c): parsed safely, checked
 * against resources/risk/risk-catalogue.rng, then checked for what the
 * schema cannot say — keys used once, counters that name real threats, a
 * register medium claimed by one kind of medium only — each problem with
 * its line, all of them at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-catalogue"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-core-resources.h"
#include "hg-risk-catalogue.h"
#include "hg-xml-loader.h"

G_DEFINE_QUARK (hg-risk-catalogue-error-quark, hg_risk_catalogue_error)

#define SCHEMA_PATH  RESOURCE_BASE "/risk/risk-catalogue.rng"
#define BUILTIN_PATH RESOURCE_BASE "/risk/risk-catalogue-ja.xml"
#define MAX_CATALOGUE_SIZE (16 * 1024 * 1024)

struct _HgRiskCatalogue
{
  guint       version;
  char       *language;
  GPtrArray  *media;      /* of HgRiskMediumKind */
  GPtrArray  *groups;     /* of HgRiskControlGroup */
  GPtrArray  *controls;   /* of HgRiskControl, every group's, in order */
  GHashTable *threats;    /* key → HgRiskThreatDef, borrowed */
  GHashTable *by_key;     /* key → HgRiskControl, borrowed */
  GHashTable *matches;    /* folded medium name → HgRiskMediumKind, borrowed */
};

/* ---- Freeing -------------------------------------------------------------- */

static void
threat_free (HgRiskThreatDef *threat)
{
  g_free (threat->key);
  g_free (threat->name);
  g_free (threat->own_name);
  g_free (threat->description);
  g_free (threat->own_description);
  g_free (threat);
}

static void
medium_free (HgRiskMediumKind *medium)
{
  g_free (medium->key);
  g_strfreev (medium->match);
  g_free (medium->name);
  g_free (medium->own_name);
  g_ptr_array_unref (medium->threats);
  g_free (medium);
}

static void
suggestion_free (HgRiskSuggestion *suggestion)
{
  g_free (suggestion->question);
  g_free (suggestion->value);
  g_free (suggestion);
}

static void
control_free (HgRiskControl *control)
{
  g_free (control->key);
  g_free (control->text);
  g_free (control->own_text);
  g_strfreev (control->counters);
  g_ptr_array_unref (control->suggestions);
  g_free (control);
}

static void
group_free (HgRiskControlGroup *group)
{
  g_free (group->chapter);
  g_free (group->step);
  g_free (group->title);
  g_free (group->own_title);
  g_ptr_array_unref (group->controls);
  g_free (group);
}

void
hg_risk_catalogue_free (HgRiskCatalogue *catalogue)
{
  if (catalogue == NULL)
    return;
  g_free (catalogue->language);
  g_ptr_array_unref (catalogue->media);
  g_ptr_array_unref (catalogue->groups);
  g_ptr_array_unref (catalogue->controls);
  g_hash_table_unref (catalogue->threats);
  g_hash_table_unref (catalogue->by_key);
  g_hash_table_unref (catalogue->matches);
  g_free (catalogue);
}

/* ---- Reading -------------------------------------------------------------- */

/* Medium names as people type them: "社外サーバ(クラウド)" and
 * "社外サーバ（クラウド）" are the same medium, and so are "USB メモリ"
 * and "usbメモリ". */
static char *
fold_medium_name (const char *name)
{
  g_autofree char *nfkc = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (nfkc ? nfkc : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static HgRiskThreatDef *
read_threat (HgXmlLoader      *xml,
             xmlNode          *node,
             HgRiskMediumKind *medium)
{
  HgRiskThreatDef *threat = g_new0 (HgRiskThreatDef, 1);
  g_autofree char *likelihood = hg_xml_prop (node, "likelihood");

  threat->key = hg_xml_prop (node, "key");
  threat->likelihood = (guint) g_ascii_strtoull (likelihood ? likelihood : "2", NULL, 10);
  threat->name = hg_xml_loader_text (xml, node, "name", &threat->own_name);
  threat->description = hg_xml_loader_text (xml, node, "description", &threat->own_description);
  threat->medium = medium;
  threat->line = hg_xml_line (node);
  return threat;
}

static void
read_medium (HgXmlLoader     *xml,
             HgRiskCatalogue *catalogue,
             xmlNode         *node)
{
  HgRiskMediumKind *medium = g_new0 (HgRiskMediumKind, 1);
  g_autofree char *match = hg_xml_prop (node, "match");
  g_auto(GStrv) names = g_strsplit (match ? match : "", "|", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  medium->key = hg_xml_prop (node, "key");
  medium->name = hg_xml_loader_text (xml, node, "name", &medium->own_name);
  medium->threats = g_ptr_array_new_with_free_func ((GDestroyNotify) threat_free);
  medium->line = hg_xml_line (node);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      char *folded;
      HgRiskMediumKind *other;

      if (name[0] == '\0')
        continue;
      folded = fold_medium_name (name);
      other = g_hash_table_lookup (catalogue->matches, folded);
      if (other != NULL)
        {
          hg_xml_loader_problem (xml, medium->line,
                                 _("the medium name “%s” is matched by “%s” already"),
                                 name, other->key);
          g_free (folded);
        }
      else
        g_hash_table_insert (catalogue->matches, folded, medium);
      g_ptr_array_add (kept, g_steal_pointer (&name));
    }
  g_ptr_array_add (kept, NULL);
  medium->match = (GStrv) g_ptr_array_free (g_steal_pointer (&kept), FALSE);

  for (xmlNode *c = node->children; c; c = c->next)
    if (hg_xml_is_element (c, "threat"))
      {
        HgRiskThreatDef *threat = read_threat (xml, c, medium);

        if (g_hash_table_contains (catalogue->threats, threat->key))
          hg_xml_loader_problem (xml, threat->line, _("the threat key “%s” is used twice"),
                                 threat->key);
        else
          g_hash_table_insert (catalogue->threats, threat->key, threat);
        g_ptr_array_add (medium->threats, threat);
      }
  g_ptr_array_add (catalogue->media, medium);
}

static HgRiskControl *
read_control (HgXmlLoader        *xml,
              HgRiskCatalogue    *catalogue,
              xmlNode            *node,
              HgRiskControlGroup *group)
{
  HgRiskControl *control = g_new0 (HgRiskControl, 1);
  g_autofree char *counters = hg_xml_prop (node, "counters");
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) words = NULL;

  control->key = hg_xml_prop (node, "key");
  control->text = hg_xml_loader_text (xml, node, "text", &control->own_text);
  control->suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) suggestion_free);
  control->group = group;
  control->line = hg_xml_line (node);

  /* The schema made it a list of names; white space of any kind divides. */
  g_strdelimit (counters, "\t\r\n", ' ');
  words = g_strsplit (counters ? counters : "", " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (!g_hash_table_contains (catalogue->threats, words[i]))
        hg_xml_loader_problem (xml, control->line,
                               _("the control “%s” counters “%s”, which is not a threat of "
                                 "this catalogue"), control->key, words[i]);
      else if (!g_hash_table_add (seen, words[i]))
        hg_xml_loader_problem (xml, control->line,
                               _("the control “%s” names the threat “%s” twice"),
                               control->key, words[i]);
      else
        g_strv_builder_add (keys, words[i]);
    }
  control->counters = g_strv_builder_end (keys);

  for (xmlNode *c = node->children; c; c = c->next)
    if (hg_xml_is_element (c, "suggest"))
      {
        HgRiskSuggestion *suggestion = g_new0 (HgRiskSuggestion, 1);

        suggestion->question = hg_xml_prop (c, "question");
        suggestion->value = hg_xml_prop (c, "value");
        g_ptr_array_add (control->suggestions, suggestion);
      }
  return control;
}

static void
read_groups (HgXmlLoader     *xml,
             HgRiskCatalogue *catalogue,
             xmlNode         *controls)
{
  for (xmlNode *g = controls->children; g; g = g->next)
    {
      HgRiskControlGroup *group;

      if (!hg_xml_is_element (g, "group"))
        continue;
      group = g_new0 (HgRiskControlGroup, 1);
      group->chapter = hg_xml_prop (g, "chapter");
      group->step = hg_xml_prop (g, "step");
      group->title = hg_xml_loader_text (xml, g, "title", &group->own_title);
      group->controls = g_ptr_array_new ();
      group->index = catalogue->groups->len;
      group->line = hg_xml_line (g);
      if (hg_risk_catalogue_find_group (catalogue, group->chapter) != NULL)
        hg_xml_loader_problem (xml, group->line, _("the chapter “%s” has two groups"),
                               group->chapter);
      g_ptr_array_add (catalogue->groups, group);

      for (xmlNode *c = g->children; c; c = c->next)
        if (hg_xml_is_element (c, "control"))
          {
            HgRiskControl *control = read_control (xml, catalogue, c, group);

            if (g_hash_table_contains (catalogue->by_key, control->key))
              hg_xml_loader_problem (xml, control->line, _("the control key “%s” is used twice"),
                                     control->key);
            else
              g_hash_table_insert (catalogue->by_key, control->key, control);
            control->index = catalogue->controls->len;
            g_ptr_array_add (catalogue->controls, control);
            g_ptr_array_add (group->controls, control);
          }
    }
}

/* ---- Loading -------------------------------------------------------------- */

HgRiskCatalogue *
hg_risk_catalogue_load_memory (const char          *data,
                               gsize                length,
                               const char          *name,
                               const char * const  *languages,
                               GPtrArray          **problems_out,
                               GError             **error)
{
  g_autoptr(HgXmlLoader) xml = hg_xml_loader_new (name, languages);
  g_autoptr(HgRiskCatalogue) catalogue = g_new0 (HgRiskCatalogue, 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  catalogue->media = g_ptr_array_new_with_free_func ((GDestroyNotify) medium_free);
  catalogue->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  catalogue->controls = g_ptr_array_new_with_free_func ((GDestroyNotify) control_free);
  catalogue->threats = g_hash_table_new (g_str_hash, g_str_equal);
  catalogue->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  catalogue->matches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  doc = hg_xml_loader_parse (xml, data, length, MAX_CATALOGUE_SIZE,
                             _("the file is larger than a risk catalogue can be (16 MB)"),
                             _("a DOCTYPE or ENTITY declaration is not allowed in a risk "
                               "catalogue"));
  if (doc != NULL && hg_xml_loader_validate (xml, doc, SCHEMA_PATH))
    {
      xmlNode *root = xmlDocGetRootElement (doc);
      g_autofree char *version = hg_xml_prop (root, "version");

      hg_xml_loader_set_own_language (xml, root);
      catalogue->language = g_strdup (hg_xml_loader_get_own_language (xml));
      catalogue->version = (guint) g_ascii_strtoull (version ? version : "1", NULL, 10);

      /* Every threat first: a control may counter a threat of any medium. */
      for (xmlNode *c = root->children; c; c = c->next)
        if (hg_xml_is_element (c, "medium"))
          {
            const char *key = NULL;

            read_medium (xml, catalogue, c);
            key = ((HgRiskMediumKind *) g_ptr_array_index (catalogue->media,
                                                           catalogue->media->len - 1))->key;
            for (guint i = 0; i + 1 < catalogue->media->len; i++)
              if (g_str_equal (((HgRiskMediumKind *) g_ptr_array_index (catalogue->media, i))->key,
                               key))
                hg_xml_loader_problem (xml, hg_xml_line (c),
                                       _("the medium key “%s” is used twice"), key);
          }
      for (xmlNode *c = root->children; c; c = c->next)
        if (hg_xml_is_element (c, "controls"))
          read_groups (xml, catalogue, c);
    }

  problems = hg_xml_loader_steal_problems (xml);
  if (problems->len > 0)
    {
      g_set_error (error, HG_RISK_CATALOGUE_ERROR,
                   length > MAX_CATALOGUE_SIZE ? HG_RISK_CATALOGUE_ERROR_TOO_LARGE
                                               : HG_RISK_CATALOGUE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The risk catalogue “%s” has %u problem",
                                "The risk catalogue “%s” has %u problems", problems->len),
                   name, problems->len);
      if (problems_out != NULL)
        *problems_out = g_steal_pointer (&problems);
      return NULL;
    }
  return g_steal_pointer (&catalogue);
}

HgRiskCatalogue *
hg_risk_catalogue_load_file (const char          *path,
                             const char * const  *languages,
                             GPtrArray          **problems,
                             GError             **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return hg_risk_catalogue_load_memory (contents, length, path, languages, problems, error);
}

HgRiskCatalogue *
hg_risk_catalogue_load_builtin (const char * const  *languages,
                                GError             **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (hg_core_get_resource (), BUILTIN_PATH,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return hg_risk_catalogue_load_memory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                        "risk-catalogue-ja.xml", languages, NULL, error);
}

/* ---- Reading the catalogue ---------------------------------------------- */

guint
hg_risk_catalogue_get_version (HgRiskCatalogue *catalogue)
{
  return catalogue->version;
}

const char *
hg_risk_catalogue_get_language (HgRiskCatalogue *catalogue)
{
  return catalogue->language;
}

GPtrArray *
hg_risk_catalogue_get_media (HgRiskCatalogue *catalogue)
{
  return catalogue->media;
}

GPtrArray *
hg_risk_catalogue_get_groups (HgRiskCatalogue *catalogue)
{
  return catalogue->groups;
}

GPtrArray *
hg_risk_catalogue_get_controls (HgRiskCatalogue *catalogue)
{
  return catalogue->controls;
}

const HgRiskThreatDef *
hg_risk_catalogue_find_threat (HgRiskCatalogue *catalogue,
                               const char      *key)
{
  return key ? g_hash_table_lookup (catalogue->threats, key) : NULL;
}

const HgRiskControl *
hg_risk_catalogue_find_control (HgRiskCatalogue *catalogue,
                                const char      *key)
{
  return key ? g_hash_table_lookup (catalogue->by_key, key) : NULL;
}

const HgRiskControlGroup *
hg_risk_catalogue_find_group (HgRiskCatalogue *catalogue,
                              const char      *chapter)
{
  for (guint i = 0; i < catalogue->groups->len; i++)
    {
      HgRiskControlGroup *group = g_ptr_array_index (catalogue->groups, i);

      if (g_strcmp0 (group->chapter, chapter) == 0)
        return group;
    }
  return NULL;
}

const HgRiskMediumKind *
hg_risk_catalogue_match_medium (HgRiskCatalogue *catalogue,
                                const char      *medium_name)
{
  g_autofree char *folded = fold_medium_name (medium_name);

  return g_hash_table_lookup (catalogue->matches, folded);
}

GPtrArray *
hg_risk_catalogue_controls_for (HgRiskCatalogue *catalogue,
                                const char      *threat_key)
{
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; i < catalogue->controls->len; i++)
    {
      HgRiskControl *control = g_ptr_array_index (catalogue->controls, i);

      if (g_strv_contains ((const char * const *) control->counters, threat_key))
        g_ptr_array_add (list, control);
    }
  return list;
}

/* ---- Display names -------------------------------------------------------- */

const char *
hg_risk_catalogue_display_threat (HgRiskCatalogue *catalogue,
                                  const char      *key,
                                  const char      *name)
{
  const HgRiskThreatDef *def = catalogue ? hg_risk_catalogue_find_threat (catalogue, key) : NULL;

  if (def != NULL && def->name != NULL && g_strcmp0 (name, def->own_name ? def->own_name : def->name) == 0)
    return def->name;
  return name;
}

const char *
hg_risk_catalogue_display_description (HgRiskCatalogue *catalogue,
                                       const char      *key,
                                       const char      *description)
{
  const HgRiskThreatDef *def = catalogue ? hg_risk_catalogue_find_threat (catalogue, key) : NULL;

  if (def != NULL && def->description != NULL
      && g_strcmp0 (description, def->own_description ? def->own_description
                                                                  : def->description) == 0)
    return def->description;
  return description;
}

const char *
hg_risk_catalogue_display_medium (HgRiskCatalogue *catalogue,
                                  const char      *name)
{
  const HgRiskMediumKind *kind = catalogue && name ? hg_risk_catalogue_match_medium (catalogue, name)
                                                   : NULL;

  /* Matched, but written otherwise (another width of the same letters): the
   * company's spelling, as for a renamed threat. */
  if (kind != NULL && kind->name != NULL && g_strcmp0 (name, kind->own_name ? kind->own_name : kind->name) == 0)
    return kind->name;
  return name;
}

const char *
hg_risk_catalogue_display_builtin_medium (const char *name)
{
  /* Loaded once, in the interface's language, and kept: it is data compiled
   * into the program, and the language does not change while it runs. */
  static gsize loaded;
  static HgRiskCatalogue *builtin;

  if (g_once_init_enter (&loaded))
    {
      builtin = hg_risk_catalogue_load_builtin (NULL, NULL);
      g_once_init_leave (&loaded, 1);
    }
  return hg_risk_catalogue_display_medium (builtin, name);
}

const char *
hg_risk_catalogue_own_threat (HgRiskCatalogue *catalogue,
                              const char      *key,
                              const char      *name)
{
  const HgRiskThreatDef *def = catalogue ? hg_risk_catalogue_find_threat (catalogue, key) : NULL;

  if (def != NULL && def->own_name != NULL && g_strcmp0 (name, def->name) == 0)
    return def->own_name;
  return name;
}

const char *
hg_risk_catalogue_own_description (HgRiskCatalogue *catalogue,
                                   const char      *key,
                                   const char      *description)
{
  const HgRiskThreatDef *def = catalogue ? hg_risk_catalogue_find_threat (catalogue, key) : NULL;

  if (def != NULL && def->own_description != NULL && g_strcmp0 (description, def->description) == 0)
    return def->own_description;
  return description;
}

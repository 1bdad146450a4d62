/* hg-framework.c
 *
 * Loading follows the template packs (hg-pack.c) in three passes, each
 * reporting every problem with its line: a safe parse that refuses a
 * DOCTYPE, RELAX NG against resources/frameworks/framework.rng, then what a
 * schema cannot check: unique references, a scale whose values differ, bands
 * a total can reach and that do not overlap, levels that are declared, and
 * texts that say something.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-framework"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-core-resources.h"
#include "hg-framework.h"
#include "hg-xml-loader.h"

G_DEFINE_QUARK (hg-framework-error-quark, hg_framework_error)

#define SCHEMA_PATH RESOURCE_BASE "/frameworks/framework.rng"
/* A customer's sheet of a few hundred items is well under 1 MB. */
#define MAX_FRAMEWORK_SIZE (4 * 1024 * 1024)

struct _HgFramework
{
  char          *id;
  char          *version;
  char          *title;
  char          *own_title;  /* in the framework's own language */
  char          *publisher;
  GPtrArray     *sections;   /* of HgFrameworkSection */
  GPtrArray     *scale;      /* of HgFrameworkAnswer */
  HgScoringKind  scoring;
  GPtrArray     *bands;      /* of HgFrameworkBand */
  GPtrArray     *levels;     /* of char *, NULL-terminated */
  GHashTable    *items;      /* ref → HgFrameworkItem, borrowed */
};

static const char * const builtin_ids[] = { "ipa-self-check", "five-measures", NULL };

#define problem(xml, ...) hg_xml_loader_problem ((xml), __VA_ARGS__)

static void
answer_free (HgFrameworkAnswer *answer)
{
  g_free (answer->value);
  g_free (answer->label);
  g_free (answer);
}

static void
band_free (HgFrameworkBand *band)
{
  g_free (band->label);
  g_free (band);
}

static void
item_free (HgFrameworkItem *item)
{
  g_free (item->ref);
  g_free (item->level);
  g_strfreev (item->tags);
  g_free (item->text);
  g_free (item->advice);
  g_free (item);
}

static void
section_free (HgFrameworkSection *section)
{
  g_free (section->id);
  g_free (section->title);
  g_ptr_array_unref (section->items);
  g_free (section);
}

void
hg_framework_free (HgFramework *framework)
{
  if (framework == NULL)
    return;
  g_free (framework->id);
  g_free (framework->version);
  g_free (framework->title);
  g_free (framework->own_title);
  g_free (framework->publisher);
  g_clear_pointer (&framework->sections, g_ptr_array_unref);
  g_clear_pointer (&framework->scale, g_ptr_array_unref);
  g_clear_pointer (&framework->bands, g_ptr_array_unref);
  g_clear_pointer (&framework->levels, g_ptr_array_unref);
  g_clear_pointer (&framework->items, g_hash_table_unref);
  g_free (framework);
}

/* The text of @parent's @name children in the best language; a child that
 * holds only white space is a problem at its own line, since a blank
 * question or label would show as an empty row. */
static char *
text_own (HgXmlLoader *xml,
          xmlNode     *parent,
          const char  *name,
          char       **own)
{
  for (xmlNode *c = parent->children; c; c = c->next)
    if (hg_xml_is_element (c, name))
      {
        g_autofree char *t = hg_xml_text_of (c);

        if (*g_strstrip (t) == '\0')
          problem (xml, hg_xml_line (c), _("<%s> is empty"), name);
      }
  return hg_xml_loader_text (xml, parent, name, own);
}

static char *
text (HgXmlLoader *xml,
      xmlNode     *parent,
      const char  *name)
{
  return text_own (xml, parent, name, NULL);
}

/* Scores and band limits stay far from int's limits, so that a total of
 * every item of a 4 MB file at the highest score still fits an int. */
#define SCORE_LIMIT 10000

static gboolean
parse_int (const char *s,
           gint64      limit,
           int        *out)
{
  gint64 v;

  if (!g_ascii_string_to_signed (s, 10, -limit, limit, &v, NULL))
    return FALSE;
  *out = (int) v;
  return TRUE;
}

static const char *status_names[] = { "met", "partly", "not", "na", "unknown" };

static HgAnswerStatus
status_of (const char *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (s, status_names[i]) == 0)
      return (HgAnswerStatus) i;
  return HG_ANSWER_UNKNOWN;
}

static void
read_scale (HgXmlLoader *xml,
            HgFramework *fw,
            xmlNode     *node)
{
  gboolean any_met = FALSE;

  for (xmlNode *c = node->children; c; c = c->next)
    if (hg_xml_is_element (c, "answer"))
      {
        HgFrameworkAnswer *answer = g_new0 (HgFrameworkAnswer, 1);
        g_autofree char *score = hg_xml_prop (c, "score");
        g_autofree char *status = hg_xml_prop (c, "status");

        answer->value = hg_xml_prop (c, "value");
        answer->line = hg_xml_line (c);
        answer->label = text (xml, c, "label");
        answer->status = status_of (status);
        any_met |= answer->status == HG_ANSWER_MET;
        if (!parse_int (score, SCORE_LIMIT, &answer->score))
          problem (xml, answer->line, _("the score “%s” is not a whole number from -%d to %d"),
                   score, SCORE_LIMIT, SCORE_LIMIT);
        if (hg_framework_find_answer (fw, answer->value) != NULL)
          problem (xml, answer->line, _("the answer value “%s” is used twice in the scale"),
                   answer->value);
        g_ptr_array_add (fw->scale, answer);
      }
  if (!any_met)
    problem (xml, hg_xml_line (node), _("no answer of the scale counts as met"));
}

static void
read_scoring (HgXmlLoader *xml,
              HgFramework *fw,
              xmlNode     *node)
{
  g_autofree char *kind = hg_xml_prop (node, "kind");

  fw->scoring = g_strcmp0 (kind, "rates") == 0 ? HG_SCORING_RATES : HG_SCORING_SUM;
  for (xmlNode *c = node->children; c; c = c->next)
    if (hg_xml_is_element (c, "band"))
      {
        HgFrameworkBand *band = g_new0 (HgFrameworkBand, 1);
        g_autofree char *min = hg_xml_prop (c, "min");
        g_autofree char *max = hg_xml_prop (c, "max");

        band->line = hg_xml_line (c);
        band->label = text (xml, c, "label");
        if (!parse_int (min, G_MAXINT, &band->min) || !parse_int (max, G_MAXINT, &band->max))
          problem (xml, band->line, _("the band’s limits are not whole numbers in range"));
        else if (band->min > band->max)
          problem (xml, band->line, _("the band starts at %d, above its end %d"),
                   band->min, band->max);
        g_ptr_array_add (fw->bands, band);
      }
    else if (hg_xml_is_element (c, "level"))
      {
        char *id = hg_xml_prop (c, "id");

        for (guint i = 0; i + 1 < fw->levels->len; i++)
          if (g_str_equal (g_ptr_array_index (fw->levels, i), id))
            problem (xml, hg_xml_line (c), _("the level “%s” is declared twice"), id);
        g_ptr_array_insert (fw->levels, fw->levels->len - 1, id);
      }
}

static gboolean
has_level (HgFramework *fw,
           const char  *level)
{
  for (guint i = 0; i + 1 < fw->levels->len; i++)
    if (g_str_equal (g_ptr_array_index (fw->levels, i), level))
      return TRUE;
  return FALSE;
}

static HgFrameworkItem *
read_item (HgXmlLoader        *xml,
           HgFramework        *fw,
           HgFrameworkSection *section,
           xmlNode            *node)
{
  HgFrameworkItem *item = g_new0 (HgFrameworkItem, 1);
  g_autofree char *tags = hg_xml_prop (node, "tags");

  item->ref = hg_xml_prop (node, "ref");
  item->level = hg_xml_prop (node, "level");
  item->tags = tags ? g_strsplit (tags, " ", -1) : g_new0 (char *, 1);
  item->text = text (xml, node, "text");
  item->advice = text (xml, node, "advice");
  item->section = section;
  item->line = hg_xml_line (node);

  if (g_hash_table_contains (fw->items, item->ref))
    problem (xml, item->line, _("the reference “%s” is used twice (first on line %u)"),
             item->ref, ((HgFrameworkItem *) g_hash_table_lookup (fw->items, item->ref))->line);
  else
    g_hash_table_insert (fw->items, item->ref, item);

  if (fw->scoring == HG_SCORING_RATES && item->level == NULL)
    problem (xml, item->line, _("the item “%s” has no level, which rates per level need"),
             item->ref);
  else if (item->level != NULL && !has_level (fw, item->level))
    problem (xml, item->line, _("the item “%s” has the level “%s”, which the scoring does not declare"),
             item->ref, item->level);
  return item;
}

/* A sum can only reach totals between every item at the lowest score and
 * every item at the highest: a band reaching past them is a typing error. */
static void
check_bands (HgXmlLoader *xml,
             HgFramework *fw)
{
  gint64 low = G_MAXINT, high = G_MININT, n = g_hash_table_size (fw->items);

  for (guint i = 0; i < fw->scale->len; i++)
    {
      HgFrameworkAnswer *a = g_ptr_array_index (fw->scale, i);

      low = MIN (low, a->score);
      high = MAX (high, a->score);
    }
  /* Unanswered items count as 0. */
  low = MIN (low, 0) * n;
  high = MAX (high, 0) * n;

  for (guint i = 0; i < fw->bands->len; i++)
    {
      HgFrameworkBand *band = g_ptr_array_index (fw->bands, i);

      if (band->min < low || band->max > high)
        problem (xml, band->line,
                 _("the band %d to %d lies outside the totals the scale allows (%d to %d)"),
                 band->min, band->max, (int) low, (int) high);
      for (guint j = 0; j < i; j++)
        {
          HgFrameworkBand *other = g_ptr_array_index (fw->bands, j);

          if (band->min <= other->max && other->min <= band->max)
            problem (xml, band->line, _("the band %d to %d overlaps the band on line %u"),
                     band->min, band->max, other->line);
        }
    }
}

HgFramework *
hg_framework_load_memory (const char          *data,
                          gsize                length,
                          const char          *name,
                          const char * const  *languages,
                          GPtrArray          **problems_out,
                          GError             **error)
{
  g_autoptr(HgXmlLoader) xml = hg_xml_loader_new (name, languages);
  g_autoptr(HgFramework) fw = g_new0 (HgFramework, 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  fw->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  fw->scale = g_ptr_array_new_with_free_func ((GDestroyNotify) answer_free);
  fw->bands = g_ptr_array_new_with_free_func ((GDestroyNotify) band_free);
  fw->levels = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (fw->levels, NULL);
  fw->items = g_hash_table_new (g_str_hash, g_str_equal);

  doc = hg_xml_loader_parse (xml, data, length, MAX_FRAMEWORK_SIZE,
                             _("the file is larger than a framework can be (4 MB)"),
                             _("a DOCTYPE or ENTITY declaration is not allowed in a framework"));
  if (doc != NULL && hg_xml_loader_validate (xml, doc, SCHEMA_PATH))
    {
      xmlNode *root = xmlDocGetRootElement (doc);
      GHashTable *section_ids = g_hash_table_new (g_str_hash, g_str_equal);

      hg_xml_loader_set_own_language (xml, root);
      fw->id = hg_xml_prop (root, "id");
      fw->version = hg_xml_prop (root, "version");
      fw->title = text_own (xml, root, "title", &fw->own_title);
      fw->publisher = text (xml, root, "publisher");
      for (xmlNode *c = root->children; c; c = c->next)
        if (hg_xml_is_element (c, "scale"))
          read_scale (xml, fw, c);
        else if (hg_xml_is_element (c, "scoring"))
          read_scoring (xml, fw, c);
        else if (hg_xml_is_element (c, "section"))
          {
            HgFrameworkSection *section = g_new0 (HgFrameworkSection, 1);

            section->id = hg_xml_prop (c, "id");
            section->title = text (xml, c, "title");
            section->line = hg_xml_line (c);
            section->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
            if (!g_hash_table_add (section_ids, section->id))
              problem (xml, section->line, _("the section id “%s” is used twice"), section->id);
            for (xmlNode *i = c->children; i; i = i->next)
              if (hg_xml_is_element (i, "item"))
                g_ptr_array_add (section->items, read_item (xml, fw, section, i));
            g_ptr_array_add (fw->sections, section);
          }
      g_hash_table_unref (section_ids);
      check_bands (xml, fw);
    }

  problems = hg_xml_loader_steal_problems (xml);
  if (problems->len > 0)
    {
      g_set_error (error, HG_FRAMEWORK_ERROR,
                   length > MAX_FRAMEWORK_SIZE ? HG_FRAMEWORK_ERROR_TOO_LARGE : HG_FRAMEWORK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The framework “%s” has %u problem",
                                "The framework “%s” has %u problems", problems->len),
                   name, problems->len);
      if (problems_out != NULL)
        *problems_out = g_steal_pointer (&problems);
      return NULL;
    }
  return g_steal_pointer (&fw);
}

HgFramework *
hg_framework_load_file (const char          *path,
                        const char * const  *languages,
                        GPtrArray          **problems,
                        GError             **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return hg_framework_load_memory (contents, length, path, languages, problems, error);
}

const char * const *
hg_framework_builtin_ids (void)
{
  return builtin_ids;
}

HgFramework *
hg_framework_load_builtin (const char          *id,
                           const char * const  *languages,
                           GError             **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (id == NULL || !g_strv_contains (builtin_ids, id))
    {
      g_set_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_NOT_FOUND,
                   _("There is no built-in framework “%s” (known: %s)"),
                   id ? id : "", "ipa-self-check, five-measures");
      return NULL;
    }
  name = g_strconcat (id, ".xml", NULL);
  path = g_strconcat (RESOURCE_BASE "/frameworks/", name, NULL);
  bytes = g_resource_lookup_data (hg_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return hg_framework_load_memory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   name, languages, NULL, error);
}

const char *
hg_framework_get_id (HgFramework *framework)
{
  return framework->id;
}

const char *
hg_framework_get_version (HgFramework *framework)
{
  return framework->version;
}

const char *
hg_framework_get_title (HgFramework *framework)
{
  return framework->title;
}

const char *
hg_framework_get_own_title (HgFramework *framework)
{
  return framework->own_title;
}

const char *
hg_framework_get_publisher (HgFramework *framework)
{
  return framework->publisher;
}

GPtrArray *
hg_framework_get_sections (HgFramework *framework)
{
  return framework->sections;
}

GPtrArray *
hg_framework_get_scale (HgFramework *framework)
{
  return framework->scale;
}

HgScoringKind
hg_framework_get_scoring (HgFramework *framework)
{
  return framework->scoring;
}

GPtrArray *
hg_framework_get_bands (HgFramework *framework)
{
  return framework->bands;
}

const char * const *
hg_framework_get_levels (HgFramework *framework)
{
  return (const char * const *) framework->levels->pdata;
}

guint
hg_framework_count_items (HgFramework *framework)
{
  return g_hash_table_size (framework->items);
}

HgFrameworkItem *
hg_framework_find_item (HgFramework *framework,
                        const char  *ref)
{
  return ref ? g_hash_table_lookup (framework->items, ref) : NULL;
}

HgFrameworkAnswer *
hg_framework_find_answer (HgFramework *framework,
                          const char  *value)
{
  for (guint i = 0; value && i < framework->scale->len; i++)
    {
      HgFrameworkAnswer *answer = g_ptr_array_index (framework->scale, i);

      if (g_str_equal (answer->value, value))
        return answer;
    }
  return NULL;
}

HgFrameworkAnswer *
hg_framework_parse_answer (HgFramework *framework,
                           const char  *text)
{
  HgFrameworkAnswer *answer = hg_framework_find_answer (framework, text);

  for (guint i = 0; answer == NULL && text && i < framework->scale->len; i++)
    {
      HgFrameworkAnswer *a = g_ptr_array_index (framework->scale, i);

      if (g_str_equal (status_names[a->status], text))
        answer = a;
    }
  return answer;
}

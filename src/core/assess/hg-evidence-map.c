/* hg-evidence-map.c
 *
 * Loaded as every XML format of ours is (hg-xml-loader.h): no DOCTYPE,
 * RELAX NG first, then what the schema cannot say — a key twice, a METI
 * criterion twice — each with its line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-evidence-map"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-core-resources.h"
#include "hg-evidence-map.h"
#include "hg-framework.h"
#include "hg-xml-loader.h"

#define SCHEMA_PATH RESOURCE_BASE "/frameworks/evidence-map.rng"
#define MAP_PATH RESOURCE_BASE "/frameworks/evidence-map.xml"
#define MAX_MAP_SIZE (1024 * 1024)

struct _HgEvidenceMap
{
  GHashTable *items;      /* key → HgEvidenceItem */
  GPtrArray  *order;      /* the items, in the file's order */
  GHashTable *meti;       /* criterion → GStrv of JAMA numbers */
  GPtrArray  *criteria;   /* of char *, the table's order (owned by meti's keys) */
};

static const struct { const char *name; HgCheckKind kind; } check_names[] = {
  { "policy-approved", HG_CHECK_POLICY_APPROVED }, { "reviewed", HG_CHECK_REVIEWED },
  { "rule", HG_CHECK_RULE }, { "assets", HG_CHECK_ASSETS }, { "risks", HG_CHECK_RISKS },
  { "training", HG_CHECK_TRAINING }, { "receipts", HG_CHECK_RECEIPTS },
  { "role", HG_CHECK_ROLE }, { "contacts", HG_CHECK_CONTACTS },
};

static void
check_free (HgCheck *check)
{
  g_strfreev (check->ids);
  g_free (check);
}

static void
item_free (HgEvidenceItem *item)
{
  g_free (item->key);
  g_ptr_array_unref (item->checks);
  g_free (item);
}

void
hg_evidence_map_free (HgEvidenceMap *map)
{
  if (map == NULL)
    return;
  g_ptr_array_unref (map->order);
  g_hash_table_unref (map->items);
  g_hash_table_unref (map->meti);
  g_ptr_array_unref (map->criteria);
  g_free (map);
}

static GStrv
split_words (xmlNode    *node,
             const char *attribute)
{
  g_autofree char *value = hg_xml_prop (node, attribute);

  if (value == NULL)
    return g_new0 (char *, 1);
  return g_strsplit_set (g_strstrip (value), " ", -1);
}

static HgCheck *
read_check (xmlNode *node)
{
  HgCheck *check = g_new0 (HgCheck, 1);

  for (guint k = 0; k < G_N_ELEMENTS (check_names); k++)
    if (hg_xml_is_element (node, check_names[k].name))
      check->kind = check_names[k].kind;
  check->ids = split_words (node, check->kind == HG_CHECK_TRAINING ? "topics"
                                  : check->kind == HG_CHECK_ROLE ? "id" : "ids");
  if (check->kind == HG_CHECK_REVIEWED)
    {
      g_autofree char *months = hg_xml_prop (node, "months");

      check->months = (guint) g_ascii_strtoull (months ? months : "12", NULL, 10);
    }
  return check;
}

static void
read_item (HgXmlLoader   *xml,
           HgEvidenceMap *map,
           xmlNode       *node)
{
  HgEvidenceItem *item = g_new0 (HgEvidenceItem, 1);
  g_autofree char *cap = hg_xml_prop (node, "cap");

  item->key = hg_xml_prop (node, "key");
  item->cap_partly = g_strcmp0 (cap, "partly") == 0;
  item->line = hg_xml_line (node);
  item->checks = g_ptr_array_new_with_free_func ((GDestroyNotify) check_free);
  for (xmlNode *c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      g_ptr_array_add (item->checks, read_check (c));
  if (g_hash_table_contains (map->items, item->key))
    {
      hg_xml_loader_problem (xml, item->line, _("the item “%s” is mapped twice"), item->key);
      item_free (item);
      return;
    }
  g_hash_table_insert (map->items, item->key, item);
  g_ptr_array_add (map->order, item);
}

static void
read_meti (HgXmlLoader   *xml,
           HgEvidenceMap *map,
           xmlNode       *node)
{
  char *criterion = hg_xml_prop (node, "criterion");
  g_autofree char *jama = hg_xml_prop (node, "jama");

  if (g_hash_table_contains (map->meti, criterion))
    {
      hg_xml_loader_problem (xml, hg_xml_line (node), _("the criterion “%s” is listed twice"),
                             criterion);
      g_free (criterion);
      return;
    }
  g_hash_table_insert (map->meti, criterion,
                       jama[0] ? g_strsplit (jama, " ", -1) : g_new0 (char *, 1));
  g_ptr_array_add (map->criteria, criterion);
}

HgEvidenceMap *
hg_evidence_map_load_memory (const char  *data,
                             gsize        length,
                             const char  *name,
                             GPtrArray  **problems_out,
                             GError     **error)
{
  g_autoptr(HgXmlLoader) xml = hg_xml_loader_new (name, NULL);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  HgEvidenceMap *map = g_new0 (HgEvidenceMap, 1);

  map->items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) item_free);
  map->order = g_ptr_array_new ();
  map->meti = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  map->criteria = g_ptr_array_new ();
  doc = hg_xml_loader_parse (xml, data, length, MAX_MAP_SIZE,
                             _("the evidence map is larger than 1 MB"),
                             _("a DOCTYPE is not allowed in an evidence map"));
  if (doc != NULL && hg_xml_loader_validate (xml, doc, SCHEMA_PATH))
    {
      for (xmlNode *c = xmlDocGetRootElement (doc)->children; c; c = c->next)
        if (hg_xml_is_element (c, "item"))
          read_item (xml, map, c);
        else if (hg_xml_is_element (c, "meti"))
          read_meti (xml, map, c);
    }

  problems = hg_xml_loader_steal_problems (xml);
  if (problems->len > 0)
    {
      g_set_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The evidence map “%s” has %u problem",
                                "The evidence map “%s” has %u problems", problems->len),
                   name, problems->len);
      if (problems_out != NULL)
        *problems_out = g_steal_pointer (&problems);
      hg_evidence_map_free (map);
      return NULL;
    }
  return map;
}

HgEvidenceMap *
hg_evidence_map_get_builtin (GError **error)
{
  static GMutex lock;
  static HgEvidenceMap *builtin;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (builtin == NULL)
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (hg_core_get_resource (), MAP_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      if (bytes == NULL)
        return NULL;
      builtin = hg_evidence_map_load_memory (g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), "evidence-map.xml",
                                             NULL, error);
    }
  return builtin;
}

char *
hg_evidence_map_key (const char *framework_id,
                     const char *ref)
{
  /* An imported sheet's id is the user's ("jama-2025", "meti-star3"); its
   * refs are the guideline's own numbers, which is what the map knows. */
  if (g_str_has_prefix (framework_id, "jama"))
    return g_strconcat ("jama:", ref, NULL);
  if (g_str_has_prefix (framework_id, "meti"))
    return g_strconcat ("meti:", ref, NULL);
  return g_strconcat (framework_id, ":", ref, NULL);
}

GPtrArray *
hg_evidence_map_get_items (HgEvidenceMap *map)
{
  return map->order;
}

HgEvidenceItem *
hg_evidence_map_lookup (HgEvidenceMap *map,
                        const char    *key)
{
  return g_hash_table_lookup (map->items, key);
}

const char * const *
hg_evidence_map_meti_cites (HgEvidenceMap *map,
                            const char    *criterion)
{
  return g_hash_table_lookup (map->meti, criterion);
}

GPtrArray *
hg_evidence_map_meti_citing (HgEvidenceMap *map,
                             const char    *jama)
{
  GPtrArray *citing = g_ptr_array_new ();

  for (guint i = 0; i < map->criteria->len; i++)
    {
      const char *criterion = g_ptr_array_index (map->criteria, i);

      if (g_strv_contains (g_hash_table_lookup (map->meti, criterion), jama))
        g_ptr_array_add (citing, (gpointer) criterion);
    }
  return citing;
}

/* hg-rules-model.c
 *
 * The rule review lists every rule the answers keep, chapter by chapter:
 * 432 lines for the built-in pack with every option on. It had been a box
 * of preference groups rebuilt at every edit — a few thousand widgets, made
 * anew in 3 to 6 seconds for one restored rule. Here the lines are items of
 * a list model under a list view that makes rows only for the lines on
 * screen, and an edit changes only the items it touched:
 *
 * - update() builds the lines from the answers again (a walk over the
 *   pack's outline: cheap), but expands the text of a rule only if its
 *   wording or the values it reads changed since the last update (the
 *   context's digest of its values says which);
 * - it keeps every item whose key (the rule, the added rule, the chapter) is
 *   the same at the same place from the start and from the end, updating
 *   its content in place, so a row is redrawn only if its line changed;
 * - only the lines between those are replaced, in one items-changed: a rule
 *   added or removed, or a chapter the answers took in or out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-rules-model"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-rules-model.h"

struct _HgRulesModel
{
  GObject     parent_instance;

  HgPack     *pack;        /* borrowed: the editor's owner keeps it alive */
  GPtrArray  *items;       /* of HgRuleItem */
  guint       n_rules;
  char       *digest;      /* of the values the expanded texts below read */
  GHashTable *expanded;    /* template or company text → its expansion */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HgRulesModel, hg_rules_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return HG_TYPE_RULE_ITEM;
}

static guint
get_n_items (GListModel *model)
{
  return HG_RULES_MODEL (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HgRulesModel *self = HG_RULES_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static const char *
role_name (const char *key)
{
  static const struct { const char *key; const char *name; } names[] = {
    { "ciso", N_("Information security officer") }, { "department_head", N_("Department security lead") },
    { "system_admin", N_("System administrator") }, { "education", N_("Training lead") },
    { "auditor", N_("Auditor") }, { "incident_contact", N_("Incident contact") },
    { "management", N_("Management") }, { "employees", N_("Employees") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (key, names[i].key) == 0)
      return _(names[i].name);
  return NULL;
}

typedef struct
{
  HgRulesModel  *self;
  HgPackContext *context;
  GPtrArray     *lines;    /* the new items */
  guint          n_rules;
} Walk;

/* The text as the company reads it: expanded once for a given set of
 * values, however many updates ask for it. */
static char *
expand (Walk       *w,
        const char *text)
{
  const char *done = g_hash_table_lookup (w->self->expanded, text);

  if (done == NULL)
    {
      done = hg_pack_context_expand (w->context, text);
      g_hash_table_insert (w->self->expanded, g_strdup (text), (char *) done);
    }
  return g_strdup (done);
}

static void
add_rule (Walk          *w,
          const HgBlock *rule,
          guint          number)
{
  const char *reworded = hg_pack_context_get_reworded (w->context, rule->id);
  const char *reason = hg_pack_context_get_exclusion (w->context, rule->id);
  gboolean outdated = hg_pack_context_is_outdated (w->context, rule);
  const char *source = reworded ? reworded : rule->text;
  g_autofree char *key = g_strconcat ("rule:", rule->id, NULL);
  HgRuleItem *item = hg_rule_item_new (HG_RULE_ITEM_RULE, key, rule->id, 0);
  GString *subtitle = g_string_new (NULL);
  const char *role = role_name (rule->role);

  if (reason != NULL)
    g_string_append_printf (subtitle, _("Left out: %s"), reason);
  else
    g_string_append_printf (subtitle, "(%u)", number);
  if (role != NULL)
    g_string_append_printf (subtitle, " · %s", role);
  if (reworded != NULL)
    g_string_append_printf (subtitle, " · %s", outdated ? _("Reworded; the template has changed since — "
                                                          "please review")
                                                        : _("Reworded"));
  hg_rule_item_set_content (item, expand (w, source), g_string_free (subtitle, FALSE), source,
                            reason != NULL, reworded != NULL, outdated);
  g_ptr_array_add (w->lines, item);
  w->n_rules++;
}

static void
add_added (Walk       *w,
           const char *rule_id,
           const char *text,
           gint64      id,
           guint       number)
{
  g_autofree char *key = g_strdup_printf ("added:%" G_GINT64_FORMAT, id);
  HgRuleItem *item = hg_rule_item_new (HG_RULE_ITEM_ADDED, key, rule_id, id);

  hg_rule_item_set_content (item, expand (w, text),
                            g_strdup_printf (_("(%u) · Added by the company"), number),
                            text, FALSE, FALSE, FALSE);
  g_ptr_array_add (w->lines, item);
}

/* The numbering is the document's: it starts again at each section, and a
 * rule left out gives its number to the next. */
static void
add_rules (Walk          *w,
           const HgBlock *block,
           guint         *number)
{
  for (guint i = 0; i < block->children->len; i++)
    {
      const HgBlock *child = g_ptr_array_index (block->children, i);

      if (!hg_pack_context_test (w->context, child->condition, NULL))
        continue;
      if (child->kind == HG_BLOCK_SECTION)
        {
          *number = 0;
          add_rules (w, child, number);
        }
      else if (child->kind == HG_BLOCK_RULE && child->id != NULL)
        {
          GPtrArray *added = hg_pack_context_get_added (w->context, child->id);
          GArray *added_ids = hg_pack_context_get_added_ids (w->context, child->id);
          gboolean excluded = hg_pack_context_get_exclusion (w->context, child->id) != NULL;

          add_rule (w, child, excluded ? *number : ++*number);
          for (guint a = 0; added != NULL && a < added->len; a++)
            add_added (w, child->id, g_ptr_array_index (added, a),
                       g_array_index (added_ids, gint64, a), ++*number);
        }
    }
}

static void
walk (Walk *w)
{
  GPtrArray *documents = hg_pack_get_documents (w->self->pack);

  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);
      guint chapter = 0;

      if (!hg_pack_context_test (w->context, document->condition, NULL))
        continue;
      for (guint c = 0; c < document->children->len; c++)
        {
          const HgBlock *ch = g_ptr_array_index (document->children, c);
          g_autofree char *key = NULL;
          g_autofree char *expanded = NULL;
          HgRuleItem *heading;
          guint number = 0;
          guint before;

          if (ch->kind != HG_BLOCK_CHAPTER || !hg_pack_context_test (w->context, ch->condition, NULL))
            continue;
          key = g_strdup_printf ("chapter:%s:%u", document->id, c);
          heading = hg_rule_item_new (HG_RULE_ITEM_HEADING, key, NULL, 0);
          expanded = expand (w, ch->display_title);
          hg_rule_item_set_content (heading,
                                    /* Translators: a document, the chapter's number in it
                                     * and its title */
                                    g_strdup_printf (_("%s — Chapter %u: %s"),
                                                     document->display_title, ++chapter,
                                                     expanded),
                                    NULL, NULL, FALSE, FALSE, FALSE);
          g_ptr_array_add (w->lines, heading);
          before = w->lines->len;
          add_rules (w, ch, &number);
          /* A chapter of prose alone (the basic policy) has nothing to
           * edit here. */
          if (w->lines->len == before)
            g_ptr_array_remove_index (w->lines, w->lines->len - 1);
        }
    }
}

static gboolean
same_line (HgRuleItem *a,
           HgRuleItem *b)
{
  return g_str_equal (hg_rule_item_get_key (a), hg_rule_item_get_key (b));
}

/* Brings the lines up to @context; returns how many of the items kept
 * changed what they show (the replaced ones not counted). */
guint
hg_rules_model_update (HgRulesModel  *self,
                       HgPackContext *context)
{
  g_autofree char *digest = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  Walk w = { self, context, lines, 0 };
  guint old_len = self->items->len, new_len, prefix = 0, suffix = 0, changed = 0;

  g_return_val_if_fail (HG_IS_RULES_MODEL (self), 0);

  digest = hg_pack_context_values_digest (context);
  if (g_strcmp0 (digest, self->digest) != 0)
    {
      g_hash_table_remove_all (self->expanded);
      g_free (self->digest);
      self->digest = g_steal_pointer (&digest);
    }
  walk (&w);
  self->n_rules = w.n_rules;
  new_len = lines->len;

  while (prefix < old_len && prefix < new_len
         && same_line (g_ptr_array_index (self->items, prefix), g_ptr_array_index (lines, prefix)))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && same_line (g_ptr_array_index (self->items, old_len - 1 - suffix),
                       g_ptr_array_index (lines, new_len - 1 - suffix)))
    suffix++;

  for (guint i = 0; i < prefix; i++)
    changed += hg_rule_item_update (g_ptr_array_index (self->items, i),
                                    g_ptr_array_index (lines, i));
  for (guint i = 0; i < suffix; i++)
    changed += hg_rule_item_update (g_ptr_array_index (self->items, old_len - 1 - i),
                                    g_ptr_array_index (lines, new_len - 1 - i));

  if (old_len - prefix - suffix > 0 || new_len - prefix - suffix > 0)
    {
      guint removed = old_len - prefix - suffix;
      guint added = new_len - prefix - suffix;

      g_ptr_array_remove_range (self->items, prefix, removed);
      for (guint i = 0; i < added; i++)
        g_ptr_array_insert (self->items, prefix + i,
                            g_object_ref (g_ptr_array_index (lines, prefix + i)));
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
    }
  return changed;
}

/* No lines, as when there is no workbook. */
void
hg_rules_model_clear (HgRulesModel *self)
{
  guint n = self->items->len;

  self->n_rules = 0;
  if (n == 0)
    return;
  g_ptr_array_set_size (self->items, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
}

guint
hg_rules_model_get_n_rules (HgRulesModel *self)
{
  return self->n_rules;
}

/* The line with @key ("rule:ID", "added:ROWID", …), NULL if none. */
HgRuleItem *
hg_rules_model_find (HgRulesModel *self,
                     const char   *key,
                     guint        *position)
{
  for (guint i = 0; i < self->items->len; i++)
    if (g_str_equal (hg_rule_item_get_key (g_ptr_array_index (self->items, i)), key))
      {
        if (position != NULL)
          *position = i;
        return g_ptr_array_index (self->items, i);
      }
  return NULL;
}

static void
hg_rules_model_finalize (GObject *object)
{
  HgRulesModel *self = (HgRulesModel *) object;

  g_ptr_array_unref (self->items);
  g_hash_table_unref (self->expanded);
  g_free (self->digest);

  G_OBJECT_CLASS (hg_rules_model_parent_class)->finalize (object);
}

static void
hg_rules_model_class_init (HgRulesModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hg_rules_model_finalize;
}

static void
hg_rules_model_init (HgRulesModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

HgRulesModel *
hg_rules_model_new (HgPack *pack)
{
  HgRulesModel *self = g_object_new (HG_TYPE_RULES_MODEL, NULL);

  self->pack = pack;
  return self;
}

/* hg-rule-item.c
 *
 * The rule review's model keeps one item a line for as long as the line
 * exists: an edit updates the items it touched in place, and each says
 * which of its properties changed, so only the rows of those items are
 * redrawn and every other row keeps its widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-rule-item"

#include "config.h"

#include "hg-rule-item.h"

struct _HgRuleItem
{
  GObject         parent_instance;

  HgRuleItemKind  kind;
  char           *key;       /* unique in the list: what stays the same line */
  char           *rule_id;   /* the pack's rule, or the one an added rule follows */
  gint64          added_id;  /* the workbook's row of an added rule, else 0 */
  char           *title;
  char           *subtitle;
  char           *source;
  gboolean        excluded;
  gboolean        reworded;
  gboolean        outdated;
};

G_DEFINE_FINAL_TYPE (HgRuleItem, hg_rule_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_EXCLUDED,
  PROP_REWORDED,
  PROP_OUTDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hg_rule_item_finalize (GObject *object)
{
  HgRuleItem *self = (HgRuleItem *) object;

  g_free (self->key);
  g_free (self->rule_id);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->source);

  G_OBJECT_CLASS (hg_rule_item_parent_class)->finalize (object);
}

static void
hg_rule_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HgRuleItem *self = HG_RULE_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_EXCLUDED:
      g_value_set_boolean (value, self->excluded);
      break;
    case PROP_REWORDED:
      g_value_set_boolean (value, self->reworded);
      break;
    case PROP_OUTDATED:
      g_value_set_boolean (value, self->outdated);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_rule_item_class_init (HgRuleItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hg_rule_item_finalize;
  object_class->get_property = hg_rule_item_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXCLUDED] =
    g_param_spec_boolean ("excluded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REWORDED] =
    g_param_spec_boolean ("reworded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTDATED] =
    g_param_spec_boolean ("outdated", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hg_rule_item_init (HgRuleItem *self)
{
}

HgRuleItem *
hg_rule_item_new (HgRuleItemKind  kind,
                  const char     *key,
                  const char     *rule_id,
                  gint64          added_id)
{
  HgRuleItem *self = g_object_new (HG_TYPE_RULE_ITEM, NULL);

  self->kind = kind;
  self->key = g_strdup (key);
  self->rule_id = g_strdup (rule_id);
  self->added_id = added_id;
  return self;
}

HgRuleItemKind
hg_rule_item_get_kind (HgRuleItem *self)
{
  return self->kind;
}

const char *
hg_rule_item_get_key (HgRuleItem *self)
{
  return self->key;
}

const char *
hg_rule_item_get_rule_id (HgRuleItem *self)
{
  return self->rule_id;
}

gint64
hg_rule_item_get_added_id (HgRuleItem *self)
{
  return self->added_id;
}

const char *
hg_rule_item_get_title (HgRuleItem *self)
{
  return self->title;
}

const char *
hg_rule_item_get_subtitle (HgRuleItem *self)
{
  return self->subtitle;
}

const char *
hg_rule_item_get_source (HgRuleItem *self)
{
  return self->source;
}

gboolean
hg_rule_item_get_excluded (HgRuleItem *self)
{
  return self->excluded;
}

gboolean
hg_rule_item_get_reworded (HgRuleItem *self)
{
  return self->reworded;
}

gboolean
hg_rule_item_get_outdated (HgRuleItem *self)
{
  return self->outdated;
}

static gboolean
set_string (HgRuleItem *self,
            char      **field,
            char       *value,
            guint       prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return FALSE;
    }
  g_free (*field);
  *field = value;
  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

static gboolean
set_flag (HgRuleItem *self,
          gboolean   *field,
          gboolean    value,
          guint       prop)
{
  if (*field == !!value)
    return FALSE;
  *field = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

void
hg_rule_item_set_content (HgRuleItem *self,
                          char       *title,
                          char       *subtitle,
                          const char *source,
                          gboolean    excluded,
                          gboolean    reworded,
                          gboolean    outdated)
{
  g_return_if_fail (HG_IS_RULE_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, &self->title, title, PROP_TITLE);
  set_string (self, &self->subtitle, subtitle, PROP_SUBTITLE);
  set_string (self, &self->source, g_strdup (source), PROP_0);
  set_flag (self, &self->excluded, excluded, PROP_EXCLUDED);
  set_flag (self, &self->reworded, reworded, PROP_REWORDED);
  set_flag (self, &self->outdated, outdated, PROP_OUTDATED);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Gives @self the content of @from (the same line, built afresh); TRUE if
 * anything a row shows changed. */
gboolean
hg_rule_item_update (HgRuleItem *self,
                     HgRuleItem *from)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (g_strcmp0 (self->key, from->key) == 0, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  changed |= set_string (self, &self->title, g_strdup (from->title), PROP_TITLE);
  changed |= set_string (self, &self->subtitle, g_strdup (from->subtitle), PROP_SUBTITLE);
  set_string (self, &self->source, g_strdup (from->source), PROP_0);
  changed |= set_flag (self, &self->excluded, from->excluded, PROP_EXCLUDED);
  changed |= set_flag (self, &self->reworded, from->reworded, PROP_REWORDED);
  changed |= set_flag (self, &self->outdated, from->outdated, PROP_OUTDATED);
  g_object_thaw_notify (G_OBJECT (self));
  return changed;
}

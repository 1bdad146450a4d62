/* hg-asset.c
 *
 * An HgAsset is what the register's list holds, 100,000 of them in a large
 * register, so it keeps its data packed: the struct, its ten strings and the
 * search key in one allocation instead of twelve. Malloc's per-block
 * overhead and rounding had cost more than the text itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset"

#include "config.h"

#include <string.h>

#include "hg-text.h"
#include "hg-asset.h"
#include "hg-asset-rules.h"

struct _HgAsset
{
  GObject      parent_instance;

  HgAssetData *data;        /* packed: freed with g_free() alone */
  const char  *search_key;  /* inside the same block */
};

static const gsize string_fields[] = {
  G_STRUCT_OFFSET (HgAssetData, business_category),
  G_STRUCT_OFFSET (HgAssetData, name),
  G_STRUCT_OFFSET (HgAssetData, notes),
  G_STRUCT_OFFSET (HgAssetData, users),
  G_STRUCT_OFFSET (HgAssetData, importance_reason),
  G_STRUCT_OFFSET (HgAssetData, retention),
  G_STRUCT_OFFSET (HgAssetData, registered_on),
  G_STRUCT_OFFSET (HgAssetData, updated_on),
  G_STRUCT_OFFSET (HgAssetData, disposed_on),
  G_STRUCT_OFFSET (HgAssetData, disposal_method),
};

#define FIELD(data, offset) G_STRUCT_MEMBER (char *, data, offset)

G_DEFINE_FINAL_TYPE (HgAsset, hg_asset, G_TYPE_OBJECT)

HgAssetData *
hg_asset_data_new (void)
{
  HgAssetData *data = g_new0 (HgAssetData, 1);

  data->business_category = g_strdup ("");
  data->name = g_strdup ("");
  data->notes = g_strdup ("");
  data->users = g_strdup ("");
  data->confidentiality = 1;
  data->integrity = 1;
  data->availability = 1;
  data->importance_reason = g_strdup ("");
  data->retention = g_strdup ("");
  data->registered_on = g_strdup ("");
  data->updated_on = g_strdup ("");
  data->disposed_on = g_strdup ("");
  data->disposal_method = g_strdup ("");
  return data;
}

HgAssetData *
hg_asset_data_copy (const HgAssetData *data)
{
  HgAssetData *copy = g_memdup2 (data, sizeof *data);

  copy->business_category = g_strdup (data->business_category);
  copy->name = g_strdup (data->name);
  copy->notes = g_strdup (data->notes);
  copy->users = g_strdup (data->users);
  copy->importance_reason = g_strdup (data->importance_reason);
  copy->retention = g_strdup (data->retention);
  copy->registered_on = g_strdup (data->registered_on);
  copy->updated_on = g_strdup (data->updated_on);
  copy->disposed_on = g_strdup (data->disposed_on);
  copy->disposal_method = g_strdup (data->disposal_method);
  return copy;
}

void
hg_asset_data_free (HgAssetData *data)
{
  if (data == NULL)
    return;
  g_free (data->business_category);
  g_free (data->name);
  g_free (data->notes);
  g_free (data->users);
  g_free (data->importance_reason);
  g_free (data->retention);
  g_free (data->registered_on);
  g_free (data->updated_on);
  g_free (data->disposed_on);
  g_free (data->disposal_method);
  g_free (data);
}

guint
hg_asset_data_get_importance (const HgAssetData *data)
{
  return MAX (hg_asset_rule_importance (data->confidentiality, data->integrity,
                                        data->availability, data->flags),
              data->importance_raised);
}

static void
hg_asset_finalize (GObject *object)
{
  HgAsset *self = (HgAsset *) object;

  g_clear_pointer (&self->data, g_free);

  G_OBJECT_CLASS (hg_asset_parent_class)->finalize (object);
}

static void
hg_asset_class_init (HgAssetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hg_asset_finalize;
}

static void
hg_asset_init (HgAsset *self)
{
}

/* Takes ownership of @data (and frees it: the asset keeps a packed copy). */
HgAsset *
hg_asset_new (HgAssetData *data)
{
  HgAsset *self = g_object_new (HG_TYPE_ASSET, NULL);
  g_autofree char *joined = NULL;
  g_autofree char *key = NULL;
  gsize lengths[G_N_ELEMENTS (string_fields)];
  gsize key_length, size = sizeof (HgAssetData);
  char *cursor;

  /* Searched with every keystroke of the filter, so prepared once: name,
   * notes and category, folded so that width and case do not matter. */
  joined = g_strjoin ("\n", data->name, data->notes, data->business_category, NULL);
  key = hg_text_fold (joined);
  key_length = strlen (key) + 1;

  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    size += lengths[i] = strlen (FIELD (data, string_fields[i])) + 1;
  size += key_length;

  self->data = g_malloc (size);
  *self->data = *data;
  cursor = (char *) (self->data + 1);
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    {
      memcpy (cursor, FIELD (data, string_fields[i]), lengths[i]);
      FIELD (self->data, string_fields[i]) = cursor;
      cursor += lengths[i];
    }
  memcpy (cursor, key, key_length);
  self->search_key = cursor;

  hg_asset_data_free (data);
  return self;
}

const HgAssetData *
hg_asset_get_data (HgAsset *self)
{
  g_return_val_if_fail (HG_IS_ASSET (self), NULL);
  return self->data;
}

gint64
hg_asset_get_id (HgAsset *self)
{
  g_return_val_if_fail (HG_IS_ASSET (self), 0);
  return self->data->id;
}

guint
hg_asset_get_importance (HgAsset *self)
{
  g_return_val_if_fail (HG_IS_ASSET (self), 0);
  return hg_asset_data_get_importance (self->data);
}

const char *
hg_asset_get_search_key (HgAsset *self)
{
  g_return_val_if_fail (HG_IS_ASSET (self), "");
  return self->search_key;
}

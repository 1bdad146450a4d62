/* hg-asset-store.c
 *
 * Every change goes through hg_workbook_edit(): one transaction, one undo
 * step, however many rows it touches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-text.h"

/* The writable columns, in the order of the ?N parameters below. */
#define WRITABLE_COLUMNS \
  "business_category, name, notes, users, department_id, owner_id, medium_id, " \
  "personal, sensitive, my_number, confidentiality, integrity, availability, " \
  "importance_raised, importance_reason, retention, status, disposed_on, disposal_method"
#define N_WRITABLE 19

#define SELECT_COLUMNS \
  "id, " WRITABLE_COLUMNS ", registered_on, updated_on"

static const char *writable[N_WRITABLE] = {
  "business_category", "name", "notes", "users", "department_id", "owner_id", "medium_id",
  "personal", "sensitive", "my_number", "confidentiality", "integrity", "availability",
  "importance_raised", "importance_reason", "retention", "status", "disposed_on",
  "disposal_method",
};

static void
bind_data (sqlite3_stmt      *stmt,
           const HgAssetData *d)
{
  sqlite3_bind_text (stmt, 1, d->business_category, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, d->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, d->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, d->users, -1, SQLITE_STATIC);
  hg_db_bind_id_or_null (stmt, 5, d->department_id);
  hg_db_bind_id_or_null (stmt, 6, d->owner_id);
  hg_db_bind_id_or_null (stmt, 7, d->medium_id);
  sqlite3_bind_int (stmt, 8, (hg_asset_rule_flags (d->flags) & HG_ASSET_PERSONAL) != 0);
  sqlite3_bind_int (stmt, 9, (d->flags & HG_ASSET_SENSITIVE) != 0);
  sqlite3_bind_int (stmt, 10, (d->flags & HG_ASSET_MY_NUMBER) != 0);
  sqlite3_bind_int (stmt, 11, d->confidentiality);
  sqlite3_bind_int (stmt, 12, d->integrity);
  sqlite3_bind_int (stmt, 13, d->availability);
  if (d->importance_raised > 0)
    sqlite3_bind_int (stmt, 14, d->importance_raised);
  else
    sqlite3_bind_null (stmt, 14);
  sqlite3_bind_text (stmt, 15, d->importance_raised > 0 ? d->importance_reason : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 16, d->retention, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, d->disposed ? "disposed" : "in_use", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 18, d->disposed ? d->disposed_on : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 19, d->disposed ? d->disposal_method : "", -1, SQLITE_STATIC);
}

static HgAssetData *
data_from_row (sqlite3_stmt *stmt)
{
  HgAssetData *d = g_new0 (HgAssetData, 1);

  d->id = sqlite3_column_int64 (stmt, 0);
  d->business_category = hg_db_column_dup (stmt, 1);
  d->name = hg_db_column_dup (stmt, 2);
  d->notes = hg_db_column_dup (stmt, 3);
  d->users = hg_db_column_dup (stmt, 4);
  d->department_id = sqlite3_column_int64 (stmt, 5);
  d->owner_id = sqlite3_column_int64 (stmt, 6);
  d->medium_id = sqlite3_column_int64 (stmt, 7);
  d->flags = (sqlite3_column_int (stmt, 8) ? HG_ASSET_PERSONAL : 0)
           | (sqlite3_column_int (stmt, 9) ? HG_ASSET_SENSITIVE : 0)
           | (sqlite3_column_int (stmt, 10) ? HG_ASSET_MY_NUMBER : 0);
  d->confidentiality = (guint8) sqlite3_column_int (stmt, 11);
  d->integrity = (guint8) sqlite3_column_int (stmt, 12);
  d->availability = (guint8) sqlite3_column_int (stmt, 13);
  d->importance_raised = (guint8) sqlite3_column_int (stmt, 14);
  d->importance_reason = hg_db_column_dup (stmt, 15);
  d->retention = hg_db_column_dup (stmt, 16);
  d->disposed = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 17), "disposed") == 0;
  d->disposed_on = hg_db_column_dup (stmt, 18);
  d->disposal_method = hg_db_column_dup (stmt, 19);
  d->registered_on = hg_db_column_dup (stmt, 20);
  d->updated_on = hg_db_column_dup (stmt, 21);
  return d;
}

GPtrArray *
hg_asset_store_load (HgWorkbook *workbook)
{
  return hg_asset_store_load_after (workbook, 0, -1);
}

/* A page of the register in id order, found through the primary key: the
 * window reads a screenful first and the rest a part at a time, each part
 * starting where the last one ended, so no part costs more than its own
 * rows however far into the register it is. */
GPtrArray *
hg_asset_store_load_after (HgWorkbook *workbook,
                           gint64      after_id,
                           int         limit)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *assets = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), assets);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT " SELECT_COLUMNS " FROM asset WHERE id > ?1 ORDER BY id "
                        "LIMIT ?2", NULL);
  if (stmt == NULL)
    return assets;
  sqlite3_bind_int64 (stmt, 1, after_id);
  sqlite3_bind_int (stmt, 2, limit);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (assets, hg_asset_new (data_from_row (stmt)));
  return assets;
}

HgAssetData *
hg_asset_store_get (HgWorkbook *workbook,
                    gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT " SELECT_COLUMNS " FROM asset WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? data_from_row (stmt) : NULL;
}

char *
hg_asset_store_get_name (HgWorkbook *workbook,
                         gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook), "SELECT name FROM asset WHERE id = ?1",
                        NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? hg_db_column_dup (stmt, 0) : NULL;
}

static gboolean
validate (const HgAssetData  *data,
          GError            **error)
{
  g_autoptr(GPtrArray) problems = hg_asset_validate (data);
  g_autofree char *joined = NULL;

  if (problems->len == 0)
    return TRUE;
  g_ptr_array_add (problems, NULL);
  joined = g_strjoinv ("\n", (char **) problems->pdata);
  g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, joined);
  return FALSE;
}

sqlite3_stmt *
_hg_asset_store_prepare_insert (sqlite3  *db,
                                GError  **error)
{
  return hg_db_prepare (db,
                        "INSERT INTO asset (" WRITABLE_COLUMNS ", registered_on, updated_on) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                        "?15, ?16, ?17, ?18, ?19, "
                        "coalesce (nullif (?20, ''), date ('now', 'localtime')), "
                        "coalesce (nullif (?21, ''), date ('now', 'localtime')))",
                        error);
}

/* With a statement from _hg_asset_store_prepare_insert(), reused for every
 * row of a large import. */
gboolean
_hg_asset_store_insert_with (sqlite3_stmt       *stmt,
                             const HgAssetData  *data,
                             gint64             *id,
                             GError            **error)
{
  sqlite3_reset (stmt);
  bind_data (stmt, data);
  sqlite3_bind_text (stmt, 20, data->registered_on ? data->registered_on : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 21, data->updated_on ? data->updated_on : "", -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  if (id != NULL)
    *id = sqlite3_last_insert_rowid (sqlite3_db_handle (stmt));
  return TRUE;
}

gboolean
_hg_asset_store_insert (sqlite3            *db,
                        const HgAssetData  *data,
                        gint64             *id,
                        GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hg_asset_store_prepare_insert (db, error);

  return stmt != NULL && _hg_asset_store_insert_with (stmt, data, id, error);
}

static char *
update_sql (void)
{
  g_autoptr(GString) sql = g_string_new ("UPDATE asset SET ");
  g_autoptr(GString) changed = g_string_new (NULL);

  for (guint i = 0; i < N_WRITABLE; i++)
    {
      g_autofree char *column = hg_db_quote_identifier (writable[i]);

      g_string_append_printf (sql, "%s = ?%u, ", column, i + 1);
      g_string_append_printf (changed, "%s%s IS NOT ?%u", i ? " OR " : "", column, i + 1);
    }
  /* Only a real change touches the row, so saving an unchanged editor adds
   * no undo step and keeps the date of the last change. */
  g_string_append_printf (sql, "updated_on = date ('now', 'localtime') WHERE id = ?%u AND (%s)",
                          N_WRITABLE + 1, changed->str);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* The statement of _hg_asset_store_write(), prepared once for the rows of
 * a large import. */
sqlite3_stmt *
_hg_asset_store_prepare_write (sqlite3  *db,
                               GError  **error)
{
  g_autofree char *sql = update_sql ();

  return hg_db_prepare (db, sql, error);
}

gboolean
_hg_asset_store_write_with (sqlite3_stmt       *stmt,
                            const HgAssetData  *data,
                            GError            **error)
{
  sqlite3_reset (stmt);
  bind_data (stmt, data);
  sqlite3_bind_int64 (stmt, N_WRITABLE + 1, data->id);
  return hg_db_step_done (stmt, error);
}

gboolean
_hg_asset_store_write (sqlite3            *db,
                       const HgAssetData  *data,
                       GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hg_asset_store_prepare_write (db, error);

  return stmt != NULL && _hg_asset_store_write_with (stmt, data, error);
}

typedef struct
{
  const HgAssetData *data;
  gint64             id;
} OneAsset;

static gboolean
add_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  OneAsset *one = user_data;

  return _hg_asset_store_insert (db, one->data, &one->id, error);
}

gint64
hg_asset_store_add (HgWorkbook         *workbook,
                    const HgAssetData  *data,
                    GError            **error)
{
  OneAsset one = { data, 0 };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  if (!validate (data, error)
      || !hg_workbook_edit (workbook, _("Add Asset"), add_cb, &one, error))
    return 0;
  return one.id;
}

static gboolean
update_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  return _hg_asset_store_write (db, ((OneAsset *) user_data)->data, error);
}

gboolean
hg_asset_store_update (HgWorkbook         *workbook,
                       const HgAssetData  *data,
                       GError            **error)
{
  OneAsset one = { data, data->id };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return validate (data, error)
         && hg_workbook_edit (workbook, _("Edit Asset"), update_cb, &one, error);
}

gint64
hg_asset_store_duplicate (HgWorkbook  *workbook,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(HgAssetData) data = hg_asset_store_get (workbook, id);
  OneAsset one = { NULL, 0 };
  g_autofree char *name = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  if (data == NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                   _("The asset to duplicate no longer exists"));
      return 0;
    }

  /* Translators: name of a duplicated asset */
  name = g_strdup_printf (_("%s (copy)"), data->name);
  if (g_utf8_strlen (name, -1) <= HG_ASSET_NAME_MAX)
    hg_text_set (&data->name, name);
  hg_text_set (&data->registered_on, "");
  hg_text_set (&data->updated_on, "");
  one.data = data;

  if (!hg_workbook_edit (workbook, _("Duplicate Asset"), add_cb, &one, error))
    return 0;
  return one.id;
}

typedef struct
{
  const gint64          *ids;
  guint                  n_ids;
  const HgAssetBulkEdit *edit;
} ManyAssets;

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  ManyAssets *many = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM asset WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < many->n_ids; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, many->ids[i]);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hg_asset_store_remove (HgWorkbook    *workbook,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  ManyAssets many = { ids, n_ids, NULL };
  const char *label;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  label = n_ids == 1 ? _("Remove Asset") : _("Remove Assets");
  return hg_workbook_edit (workbook, label, remove_cb, &many, error);
}

static gboolean
bulk_cb (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  ManyAssets *many = user_data;
  const HgAssetBulkEdit *e = many->edit;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* ?N < 0 keeps a column; for ids, 0 clears it. */
  stmt = hg_db_prepare (db,
    "UPDATE asset SET "
    "department_id = CASE WHEN ?1 < 0 THEN department_id ELSE nullif (?1, 0) END, "
    "medium_id = CASE WHEN ?2 < 0 THEN medium_id ELSE nullif (?2, 0) END, "
    "confidentiality = CASE WHEN ?3 < 0 THEN confidentiality ELSE ?3 END, "
    "integrity = CASE WHEN ?4 < 0 THEN integrity ELSE ?4 END, "
    "availability = CASE WHEN ?5 < 0 THEN availability ELSE ?5 END, "
    "owner_id = CASE WHEN ?7 < 0 THEN owner_id ELSE nullif (?7, 0) END, "
    "updated_on = date ('now', 'localtime') "
    "WHERE id = ?6 AND ("
    " (?1 >= 0 AND department_id IS NOT nullif (?1, 0)) OR"
    " (?2 >= 0 AND medium_id IS NOT nullif (?2, 0)) OR"
    " (?3 >= 0 AND confidentiality != ?3) OR (?4 >= 0 AND integrity != ?4) OR"
    " (?5 >= 0 AND availability != ?5) OR"
    " (?7 >= 0 AND owner_id IS NOT nullif (?7, 0)))", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < many->n_ids; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, e->department_id);
      sqlite3_bind_int64 (stmt, 2, e->medium_id);
      sqlite3_bind_int (stmt, 3, e->confidentiality);
      sqlite3_bind_int (stmt, 4, e->integrity);
      sqlite3_bind_int (stmt, 5, e->availability);
      sqlite3_bind_int64 (stmt, 6, many->ids[i]);
      sqlite3_bind_int64 (stmt, 7, e->owner_id);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hg_asset_store_bulk_edit (HgWorkbook             *workbook,
                          const gint64           *ids,
                          guint                   n_ids,
                          const HgAssetBulkEdit  *edit,
                          GError                **error)
{
  ManyAssets many = { ids, n_ids, edit };
  g_autofree char *label = NULL;
  int levels[] = { edit->confidentiality, edit->integrity, edit->availability };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (levels[i] == 0 || levels[i] > 3)
      {
        g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                     "%s: %s", hg_asset_axis_label (i), _("Choose 1, 2 or 3"));
        return FALSE;
      }

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Edit %u Asset", "Edit %u Assets",
                                        n_ids), n_ids);
  return hg_workbook_edit (workbook, label, bulk_cb, &many, error);
}

/* ---- Media and labels --------------------------------------------------- */

void
hg_named_item_free (HgNamedItem *item)
{
  if (item == NULL)
    return;
  g_free (item->name);
  g_free (item);
}

GPtrArray *
hg_asset_store_list_media (HgWorkbook *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_named_item_free);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT id, name FROM medium ORDER BY position, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      HgNamedItem *item = g_new0 (HgNamedItem, 1);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->name = hg_db_column_dup (stmt, 1);
      g_ptr_array_add (list, item);
    }
  return list;
}

typedef struct
{
  gint64      id;
  const char *name;
  guint       level;
} NameEdit;

static gboolean
validate_medium (HgWorkbook  *workbook,
                 const char  *name,
                 gint64       except,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *problem = hg_text_check (name, HG_MEDIUM_NAME_MAX, HG_TEXT_REQUIRED);

  if (problem == NULL)
    {
      stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                            "SELECT 1 FROM medium WHERE name = ?1 AND id != ?2", NULL);
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, except);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        problem = _("This medium is already in the list");
    }

  if (problem == NULL)
    return TRUE;
  g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
               "%s: %s", _("Medium or storage place"), problem);
  return FALSE;
}

static gboolean
add_medium_cb (sqlite3   *db,
               gpointer   user_data,
               GError   **error)
{
  NameEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO medium (name, position) SELECT ?1, ifnull (max (position), 0) + 1 FROM medium",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, e->name, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  e->id = sqlite3_last_insert_rowid (db);
  return TRUE;
}

gint64
hg_asset_store_add_medium (HgWorkbook  *workbook,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (name);
  NameEdit e = { 0, normalized, 0 };

  if (!validate_medium (workbook, normalized, 0, error)
      || !hg_workbook_edit (workbook, _("Add Medium"), add_medium_cb, &e, error))
    return 0;
  return e.id;
}

static gboolean
rename_medium_cb (sqlite3   *db,
                  gpointer   user_data,
                  GError   **error)
{
  NameEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "UPDATE medium SET name = ?1 WHERE id = ?2 AND name != ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, e->name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, e->id);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_asset_store_rename_medium (HgWorkbook  *workbook,
                              gint64       id,
                              const char  *name,
                              GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (name);
  NameEdit e = { id, normalized, 0 };

  return validate_medium (workbook, normalized, id, error)
         && hg_workbook_edit (workbook, _("Rename Medium"), rename_medium_cb, &e, error);
}

static gboolean
remove_medium_cb (sqlite3   *db,
                  gpointer   user_data,
                  GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM medium WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ((NameEdit *) user_data)->id);
  return hg_db_step_done (stmt, error);
}

/* Assets kept on a removed medium keep their place in the register with no
 * medium; undo restores both. */
gboolean
hg_asset_store_remove_medium (HgWorkbook  *workbook,
                              gint64       id,
                              GError     **error)
{
  NameEdit e = { id, NULL, 0 };

  return hg_workbook_edit (workbook, _("Remove Medium"), remove_medium_cb, &e, error);
}

char *
hg_asset_store_get_label (HgWorkbook *workbook,
                          guint       level)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
    "SELECT label FROM confidentiality_label WHERE level = ?1", NULL);

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int (stmt, 1, (int) level);
  return sqlite3_step (stmt) == SQLITE_ROW ? hg_db_column_dup (stmt, 0) : g_strdup ("");
}

static gboolean
set_label_cb (sqlite3   *db,
              gpointer   user_data,
              GError   **error)
{
  NameEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "UPDATE confidentiality_label SET label = ?1 WHERE level = ?2 AND label != ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, e->name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) e->level);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_asset_store_set_label (HgWorkbook  *workbook,
                          guint        level,
                          const char  *label,
                          GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (label);
  NameEdit e = { 0, normalized, level };
  const char *problem;

  g_return_val_if_fail (level >= 1 && level <= 3, FALSE);

  problem = hg_text_check (normalized, HG_CLASSIFICATION_LABEL_MAX, HG_TEXT_REQUIRED);
  if (problem != NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, "%s: %s",
                   _("Classification label"), problem);
      return FALSE;
    }
  return hg_workbook_edit (workbook, _("Rename Classification"), set_label_cb, &e, error);
}

void
hg_asset_store_count (HgWorkbook *workbook,
                      guint       by_importance[4],
                      guint       by_level[4],
                      guint      *personal,
                      guint      *total)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  memset (by_importance, 0, 4 * sizeof (guint));
  memset (by_level, 0, 4 * sizeof (guint));

  /* Disposed assets are history, not something to protect. */
  stmt = hg_db_prepare (db,
                        "SELECT importance, confidentiality, count(*) FROM asset "
                        "WHERE status = 'in_use' GROUP BY 1, 2", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      int imp = sqlite3_column_int (stmt, 0);
      int conf = sqlite3_column_int (stmt, 1);
      guint n = (guint) sqlite3_column_int (stmt, 2);

      if (imp >= 1 && imp <= 3)
        by_importance[imp] += n;
      if (conf >= 1 && conf <= 3)
        by_level[conf] += n;
    }
  *personal = (guint) hg_db_query_int (db,
                                       "SELECT count(*) FROM asset WHERE status = 'in_use' "
                                       "AND (personal OR sensitive OR my_number)", 0);
  *total = (guint) hg_db_query_int (db, "SELECT count(*) FROM asset WHERE status = 'in_use'", 0);
}

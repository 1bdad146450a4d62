/* hg-asset-import.c
 *
 * Preparing reads and checks everything and writes nothing; the user sees
 * the rows to add and update and every problem. Applying writes all rows
 * in one transaction — one undo step — and refuses while any problem is
 * left, so a register is never half imported.
 *
 * Departments and media named in the file but missing from the workbook are
 * created with the import (the preview lists them); a manager must already
 * be one of the company's people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-asset-columns.h"
#include "hg-asset-import.h"
#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-db.h"
#include "hg-text.h"

typedef struct
{
  HgAssetData *data;
  guint        line;
  char        *department;  /* name, resolved to an id when applied */
  char        *medium;
} Row;

struct _HgAssetImport
{
  GArray     *rows;           /* of Row */
  GPtrArray  *problems;       /* of HgImportProblem */
  GStrvBuilder *unknown;
  GHashTable *departments;    /* folded name → id, 0 for new */
  GHashTable *media;
  GHashTable *new_departments; /* set of names, in first-seen order below */
  GPtrArray  *new_department_list;
  GHashTable *new_media;
  GPtrArray  *new_medium_list;
  guint       n_add;
  guint       n_update;
};

static void
problem_free (HgImportProblem *p)
{
  g_free (p->column);
  g_free (p->value);
  g_free (p->reason);
  g_free (p);
}

static void
row_clear (gpointer data)
{
  Row *row = data;

  hg_asset_data_free (row->data);
  g_free (row->department);
  g_free (row->medium);
}

void
hg_asset_import_free (HgAssetImport *import)
{
  if (import == NULL)
    return;
  g_array_unref (import->rows);
  g_ptr_array_unref (import->problems);
  g_strv_builder_unref (import->unknown);
  g_hash_table_unref (import->departments);
  g_hash_table_unref (import->media);
  g_hash_table_unref (import->new_departments);
  g_ptr_array_unref (import->new_department_list);
  g_hash_table_unref (import->new_media);
  g_ptr_array_unref (import->new_medium_list);
  g_free (import);
}

static void
add_problem (HgAssetImport *import,
             guint          line,
             const char    *column,
             const char    *value,
             const char    *reason)
{
  HgImportProblem *p = g_new0 (HgImportProblem, 1);

  p->line = line;
  p->column = g_strdup (column);
  p->value = g_strdup (value);
  p->reason = g_strdup (reason);
  g_ptr_array_add (import->problems, p);
}

char *
hg_import_problem_to_string (const HgImportProblem *p)
{
  /* Translators: an import problem: line, column, value and reason, e.g.
   * Line 12, 機密性 “5”: Choose 1, 2 or 3 */
  return g_strdup_printf (_("Line %u, %s “%s”: %s"), p->line, p->column, p->value, p->reason);
}

static GHashTable *
load_names (HgWorkbook *workbook,
            const char *sql)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook), sql, NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (names, hg_text_normalize ((const char *) sqlite3_column_text (stmt, 1)),
                         GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0)));
  return names;
}

/* Returns the id of a known name, or 0 after noting a new one. */
static gint64
resolve_name (GHashTable *known,
              GHashTable *new_set,
              GPtrArray  *new_list,
              const char *name)
{
  gpointer id;

  if (g_hash_table_lookup_extended (known, name, NULL, &id))
    return (gint64) GPOINTER_TO_SIZE (id);
  if (!g_hash_table_contains (new_set, name))
    {
      char *copy = g_strdup (name);

      g_hash_table_add (new_set, copy);
      g_ptr_array_add (new_list, g_strdup (name));
    }
  return 0;
}

static gboolean
parse_level_cell (HgAssetImport *import,
                  guint          line,
                  const char    *header,
                  const char    *text,
                  guint8        *level)
{
  guint value = 0;

  if (!hg_asset_parse_level (text, &value))
    {
      add_problem (import, line, header, text,
                   text[0] ? _("Write 1, 2 or 3") : _("Required: write 1, 2 or 3"));
      return FALSE;
    }
  *level = (guint8) value;
  return TRUE;
}

static void
parse_flag_cell (HgAssetImport *import,
                 guint          line,
                 const char    *header,
                 const char    *text,
                 HgAssetFlags   flag,
                 HgAssetData   *d)
{
  gboolean set = FALSE;

  if (!hg_asset_parse_flag (text, &set))
    add_problem (import, line, header, text, _("Write ○ for yes, or leave it empty"));
  else if (set)
    d->flags |= flag;
}

static void
parse_date_cell (HgAssetImport  *import,
                 guint           line,
                 const char     *header,
                 const char     *text,
                 char          **dest)
{
  g_autofree char *iso = NULL;

  if (!hg_asset_parse_date (text, &iso))
    add_problem (import, line, header, text, _("Write a date such as 2026-04-01"));
  else
    hg_text_set (dest, iso);
}

static void
set_text (HgAssetImport *import,
          guint          line,
          const char    *header,
          const char    *text,
          guint          max,
          char         **dest)
{
  if (g_utf8_strlen (text, -1) > (glong) max)
    {
      g_autofree char *shown = g_utf8_substring (text, 0, 20);
      g_autofree char *value = g_strconcat (shown, "…", NULL);

      add_problem (import, line, header, value, hg_text_too_long_message (max));
    }
  else
    hg_text_set (dest, text);
}

static void
parse_row (HgAssetImport  *import,
           HgWorkbook     *workbook,
           HgTable        *table,
           guint           r,
           const int      *where,     /* column → cell index, -1 if absent */
           char * const   *headers,
           GHashTable     *people,
           GHashTable     *existing_ids)
{
  guint line = hg_table_get_source_line (table, r);
  Row row = { hg_asset_data_new (), line, NULL, NULL };
  HgAssetData *d = row.data;
  guint problems_before = import->problems->len;
  char *cell[HG_ASSET_N_COLS];
  guint rule;

#define HEADER(col) (headers[where[col]])
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    cell[c] = hg_text_normalize (where[c] >= 0 ? hg_table_get_cell (table, r, where[c]) : "");

  if (cell[HG_ASSET_COL_ID][0] != '\0')
    {
      guint64 id = 0;
      g_autofree char *id_text = g_strdup (cell[HG_ASSET_COL_ID]);

      if (g_str_has_suffix (id_text, ".0"))
        id_text[strlen (id_text) - 2] = '\0';
      if (!g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXINT64, &id, NULL))
        add_problem (import, line, HEADER (HG_ASSET_COL_ID), cell[HG_ASSET_COL_ID],
                     _("Write the number Hinagata gave the asset, or leave it empty"));
      else if (g_hash_table_contains (existing_ids, &id))
        d->id = (gint64) id;
    }

  if (cell[HG_ASSET_COL_NAME][0] == '\0')
    add_problem (import, line, headers[where[HG_ASSET_COL_NAME]], "", _("Required"));
  set_text (import, line, headers[where[HG_ASSET_COL_NAME]], cell[HG_ASSET_COL_NAME],
            HG_ASSET_NAME_MAX, &d->name);
  if (where[HG_ASSET_COL_CATEGORY] >= 0)
    set_text (import, line, HEADER (HG_ASSET_COL_CATEGORY), cell[HG_ASSET_COL_CATEGORY], 100,
              &d->business_category);
  if (where[HG_ASSET_COL_NOTES] >= 0)
    set_text (import, line, HEADER (HG_ASSET_COL_NOTES), cell[HG_ASSET_COL_NOTES],
              HG_ASSET_TEXT_MAX, &d->notes);
  if (where[HG_ASSET_COL_USERS] >= 0)
    set_text (import, line, HEADER (HG_ASSET_COL_USERS), cell[HG_ASSET_COL_USERS], 200,
              &d->users);
  if (where[HG_ASSET_COL_RETENTION] >= 0)
    set_text (import, line, HEADER (HG_ASSET_COL_RETENTION), cell[HG_ASSET_COL_RETENTION], 50,
              &d->retention);

  if (cell[HG_ASSET_COL_DEPARTMENT][0] != '\0')
    {
      if (g_utf8_strlen (cell[HG_ASSET_COL_DEPARTMENT], -1) > 50)
        add_problem (import, line, HEADER (HG_ASSET_COL_DEPARTMENT),
                     cell[HG_ASSET_COL_DEPARTMENT], hg_text_too_long_message (50));
      else
        {
          row.department = g_strdup (cell[HG_ASSET_COL_DEPARTMENT]);
          d->department_id = resolve_name (import->departments, import->new_departments,
                                           import->new_department_list, row.department);
        }
    }
  if (cell[HG_ASSET_COL_MEDIUM][0] != '\0')
    {
      if (g_utf8_strlen (cell[HG_ASSET_COL_MEDIUM], -1) > 50)
        add_problem (import, line, HEADER (HG_ASSET_COL_MEDIUM), cell[HG_ASSET_COL_MEDIUM],
                     hg_text_too_long_message (50));
      else
        {
          row.medium = g_strdup (cell[HG_ASSET_COL_MEDIUM]);
          d->medium_id = resolve_name (import->media, import->new_media,
                                       import->new_medium_list, row.medium);
        }
    }
  if (cell[HG_ASSET_COL_OWNER][0] != '\0')
    {
      gpointer id;

      if (g_hash_table_lookup_extended (people, cell[HG_ASSET_COL_OWNER], NULL, &id))
        d->owner_id = (gint64) GPOINTER_TO_SIZE (id);
      else
        add_problem (import, line, HEADER (HG_ASSET_COL_OWNER), cell[HG_ASSET_COL_OWNER],
                     _("No one of this name is among the company’s people; add them on the "
                       "Company page first"));
    }

  if (where[HG_ASSET_COL_PERSONAL] >= 0)
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_PERSONAL), cell[HG_ASSET_COL_PERSONAL],
                     HG_ASSET_PERSONAL, d);
  if (where[HG_ASSET_COL_SENSITIVE] >= 0)
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_SENSITIVE),
                     cell[HG_ASSET_COL_SENSITIVE], HG_ASSET_SENSITIVE, d);
  if (where[HG_ASSET_COL_MY_NUMBER] >= 0)
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_MY_NUMBER),
                     cell[HG_ASSET_COL_MY_NUMBER], HG_ASSET_MY_NUMBER, d);

  parse_level_cell (import, line, HEADER (HG_ASSET_COL_CONFIDENTIALITY),
                    cell[HG_ASSET_COL_CONFIDENTIALITY], &d->confidentiality);
  parse_level_cell (import, line, HEADER (HG_ASSET_COL_INTEGRITY),
                    cell[HG_ASSET_COL_INTEGRITY], &d->integrity);
  parse_level_cell (import, line, HEADER (HG_ASSET_COL_AVAILABILITY),
                    cell[HG_ASSET_COL_AVAILABILITY], &d->availability);

  rule = hg_asset_rule_importance (d->confidentiality, d->integrity, d->availability, d->flags);
  if (cell[HG_ASSET_COL_IMPORTANCE][0] != '\0')
    {
      guint importance = 0;

      if (!hg_asset_parse_level (cell[HG_ASSET_COL_IMPORTANCE], &importance))
        add_problem (import, line, HEADER (HG_ASSET_COL_IMPORTANCE),
                     cell[HG_ASSET_COL_IMPORTANCE], _("Write 1, 2 or 3"));
      else if (importance < rule)
        {
          g_autofree char *reason =
            g_strdup_printf (_("The ratings give importance %u; it cannot be lower"), rule);
          add_problem (import, line, HEADER (HG_ASSET_COL_IMPORTANCE),
                       cell[HG_ASSET_COL_IMPORTANCE], reason);
        }
      else if (importance > rule)
        {
          if (cell[HG_ASSET_COL_IMPORTANCE_REASON][0] == '\0')
            add_problem (import, line, HEADER (HG_ASSET_COL_IMPORTANCE),
                         cell[HG_ASSET_COL_IMPORTANCE],
                         _("Importance above the ratings needs a reason in its own column"));
          d->importance_raised = (guint8) importance;
          hg_text_set (&d->importance_reason, cell[HG_ASSET_COL_IMPORTANCE_REASON]);
        }
    }

  if (where[HG_ASSET_COL_REGISTERED] >= 0)
    parse_date_cell (import, line, HEADER (HG_ASSET_COL_REGISTERED),
                     cell[HG_ASSET_COL_REGISTERED], &d->registered_on);

  if (cell[HG_ASSET_COL_STATUS][0] != '\0')
    {
      static const char *in_use[] = { "使用中", "利用中", "in use", "in_use", "active", NULL };
      static const char *disposed[] = { "廃棄", "廃棄済み", "廃棄済", "disposed", NULL };
      g_autofree char *folded = g_utf8_casefold (cell[HG_ASSET_COL_STATUS], -1);

      if (g_strv_contains (disposed, folded))
        d->disposed = TRUE;
      else if (!g_strv_contains (in_use, folded))
        add_problem (import, line, HEADER (HG_ASSET_COL_STATUS), cell[HG_ASSET_COL_STATUS],
                     _("Write 使用中 or 廃棄"));
    }
  if (d->disposed)
    {
      if (cell[HG_ASSET_COL_DISPOSED_ON][0] == '\0')
        add_problem (import, line,
                     where[HG_ASSET_COL_DISPOSED_ON] >= 0 ? HEADER (HG_ASSET_COL_DISPOSED_ON)
                                                          : hg_asset_column_header (HG_ASSET_COL_DISPOSED_ON),
                     "", _("A disposed asset needs its disposal date"));
      else
        parse_date_cell (import, line, HEADER (HG_ASSET_COL_DISPOSED_ON),
                         cell[HG_ASSET_COL_DISPOSED_ON], &d->disposed_on);
      if (where[HG_ASSET_COL_DISPOSAL_METHOD] >= 0)
        set_text (import, line, HEADER (HG_ASSET_COL_DISPOSAL_METHOD),
                  cell[HG_ASSET_COL_DISPOSAL_METHOD], 200, &d->disposal_method);
    }
#undef HEADER

  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    g_free (cell[c]);

  if (import->problems->len == problems_before)
    {
      if (d->id > 0)
        import->n_update++;
      else
        import->n_add++;
    }
  g_array_append_val (import->rows, row);
}

static GHashTable *
load_ids (HgWorkbook *workbook)
{
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT id FROM asset", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (ids, id);
    }
  return ids;
}

/* Returns NULL only when the sheet cannot be a register at all (no rows, no
 * name column); every problem of a single row goes into the problem list. */
HgAssetImport *
hg_asset_import_prepare (HgWorkbook  *workbook,
                         HgTable     *table,
                         GError     **error)
{
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(GHashTable) people = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_auto(GStrv) headers = NULL;
  int where[HG_ASSET_N_COLS];
  guint n_headers;
  guint header_row = 0;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  if (hg_table_get_n_rows (table) == 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("The file is empty: there is no header row and no asset."));
      return NULL;
    }

  import = g_new0 (HgAssetImport, 1);
  import->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (import->rows, row_clear);
  import->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  import->unknown = g_strv_builder_new ();
  import->departments = load_names (workbook, "SELECT id, name FROM department");
  import->media = load_names (workbook, "SELECT id, name FROM medium");
  import->new_departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->new_department_list = g_ptr_array_new_with_free_func (g_free);
  import->new_media = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->new_medium_list = g_ptr_array_new_with_free_func (g_free);
  people = load_names (workbook, "SELECT id, name FROM person");
  ids = load_ids (workbook);

  /* IPA's sheet and many home-made ones have a title or a note above the
   * header: the header is the first of the first ten rows that names the
   * asset-name column. */
  for (guint r = 0; r < MIN (10, hg_table_get_n_rows (table)); r++)
    {
      HgAssetColumn col;
      gboolean found = FALSE;

      for (guint c = 0; c < hg_table_get_row_length (table, r) && !found; c++)
        found = hg_asset_column_match (hg_table_get_cell (table, r, c), &col)
                && col == HG_ASSET_COL_NAME;
      if (found)
        {
          header_row = r;
          break;
        }
    }

  n_headers = hg_table_get_row_length (table, header_row);
  headers = g_new0 (char *, n_headers + 1);
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    where[c] = -1;
  for (guint c = 0; c < n_headers; c++)
    {
      const char *header = hg_table_get_cell (table, header_row, c);
      HgAssetColumn col;

      headers[c] = hg_text_normalize (header);
      if (headers[c][0] == '\0')
        continue;
      if (!hg_asset_column_match (header, &col))
        g_strv_builder_add (import->unknown, headers[c]);
      else if (where[col] < 0)
        where[col] = (int) c;
    }

  if (where[HG_ASSET_COL_NAME] < 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("No column for the asset name was found in the first ten rows. Name a "
                     "column “%s” (or “Asset name”)."),
                   hg_asset_column_header (HG_ASSET_COL_NAME));
      return NULL;
    }

  for (guint c = HG_ASSET_COL_CONFIDENTIALITY; c <= HG_ASSET_COL_AVAILABILITY; c++)
    if (where[c] < 0)
      {
        /* Without the column every row would fail the same way: say it once. */
        g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                     _("The file has no column “%s”. Every asset needs its confidentiality, "
                       "integrity and availability rated 1 to 3."),
                     hg_asset_column_header (c));
        return NULL;
      }

  for (guint r = header_row + 1; r < hg_table_get_n_rows (table); r++)
    parse_row (import, workbook, table, r, where, headers, people, ids);

  if (import->rows->len == 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("The file has a header row but no asset below it."));
      return NULL;
    }

  return g_steal_pointer (&import);
}

guint hg_asset_import_get_n_add (HgAssetImport *import) { return import->n_add; }
guint hg_asset_import_get_n_update (HgAssetImport *import) { return import->n_update; }
guint hg_asset_import_get_n_rows (HgAssetImport *import) { return import->rows->len; }
GPtrArray *hg_asset_import_get_problems (HgAssetImport *import) { return import->problems; }

const HgAssetData *
hg_asset_import_get_row (HgAssetImport *import,
                         guint          index,
                         guint         *line)
{
  Row *row = &g_array_index (import->rows, Row, index);

  if (line != NULL)
    *line = row->line;
  return row->data;
}

GStrv
hg_asset_import_get_unknown_columns (HgAssetImport *import)
{
  g_autoptr(GStrvBuilder) copy = g_strv_builder_new ();
  g_auto(GStrv) current = g_strv_builder_end (import->unknown);

  /* GStrvBuilder cannot be peeked at: rebuild it after taking a look. */
  g_strv_builder_addv (import->unknown, (const char **) current);
  g_strv_builder_addv (copy, (const char **) current);
  return g_strv_builder_end (copy);
}

static GStrv
list_to_strv (GPtrArray *list)
{
  GStrv strv = g_new0 (char *, list->len + 1);

  for (guint i = 0; i < list->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (list, i));
  return strv;
}

GStrv
hg_asset_import_get_new_departments (HgAssetImport *import)
{
  return list_to_strv (import->new_department_list);
}

GStrv
hg_asset_import_get_new_media (HgAssetImport *import)
{
  return list_to_strv (import->new_medium_list);
}

static gboolean
create_named (sqlite3     *db,
              const char  *table,
              GPtrArray   *names,
              GHashTable  *ids,
              GError     **error)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO %1$s (name, position) SELECT ?1, ifnull (max (position), 0) + 1 FROM %1$s",
    table);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < names->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, g_ptr_array_index (names, i), -1, SQLITE_STATIC);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
      g_hash_table_insert (ids, g_strdup (g_ptr_array_index (names, i)),
                           GSIZE_TO_POINTER ((gsize) sqlite3_last_insert_rowid (db)));
    }
  return TRUE;
}

static gboolean
apply_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  HgAssetImport *import = user_data;
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (!create_named (db, "department", import->new_department_list, import->departments, error)
      || !create_named (db, "medium", import->new_medium_list, import->media, error))
    return FALSE;

  insert = _hg_asset_store_prepare_insert (db, error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = &g_array_index (import->rows, Row, i);

      if (row->department != NULL)
        row->data->department_id =
          (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (import->departments, row->department));
      if (row->medium != NULL)
        row->data->medium_id =
          (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (import->media, row->medium));

      if (row->data->id > 0 ? !_hg_asset_store_write (db, row->data, error)
                            : !_hg_asset_store_insert_with (insert, row->data, NULL, error))
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
hg_asset_import_apply (HgWorkbook     *workbook,
                       HgAssetImport  *import,
                       GError        **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (import->problems->len > 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The file has %u problem; nothing was imported.",
                                "The file has %u problems; nothing was imported.",
                                import->problems->len),
                   import->problems->len);
      return FALSE;
    }

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Asset", "Import %u Assets",
                                        import->rows->len), import->rows->len);
  return hg_workbook_edit (workbook, label, apply_cb, import, error);
}

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
 * A register of 100,000 rows takes most of a second to check, so the
 * window checks it in a thread: hg_asset_import_new() reads the names and
 * ids the check needs where the workbook is edited, and
 * hg_asset_import_check() reads only those and the file's table.
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
#include "hg-import-names.h"
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
  GArray        *rows;           /* of Row */
  HgImportSheet *sheet;          /* NULL until checked */
  HgImportNames *departments;
  HgImportNames *media;
  HgImportNames *people;
  GHashTable    *ids;            /* of the register's assets */
  guint          n_add;
  guint          n_update;
};

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
  g_clear_pointer (&import->sheet, hg_import_sheet_free);
  hg_import_names_free (import->departments);
  hg_import_names_free (import->media);
  hg_import_names_free (import->people);
  g_hash_table_unref (import->ids);
  g_free (import);
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
      hg_import_sheet_add_problem (import->sheet, line, header, text,
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
    hg_import_sheet_add_problem (import->sheet, line, header, text,
                                 _("Write ○ for yes, or leave it empty"));
  else if (set)
    d->flags |= flag;
}

static void
parse_row (HgAssetImport  *import,
           HgTable        *table,
           guint           r)
{
  HgImportSheet *sheet = import->sheet;
  guint line = hg_table_get_source_line (table, r);
  Row row = { hg_asset_data_new (), line, NULL, NULL };
  HgAssetData *d = row.data;
  guint problems_before = hg_import_sheet_get_problems (sheet)->len;
  char *cell[HG_ASSET_N_COLS];
  guint rule;

#define HEADER(col) (hg_import_sheet_get_header (sheet, col))
#define HAS(col) (hg_import_sheet_has_column (sheet, col))
#define PROBLEM(col, value, reason) \
  hg_import_sheet_add_problem (sheet, line, HEADER (col), value, reason)
#define TEXT(col, max, flags, dest) \
  hg_import_sheet_take_text (sheet, line, col, cell[col], max, flags, dest)
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    cell[c] = hg_import_sheet_get_cell (sheet, table, r, c);

  if (cell[HG_ASSET_COL_ID][0] != '\0')
    {
      guint64 id = 0;
      g_autofree char *id_text = g_strdup (cell[HG_ASSET_COL_ID]);

      if (g_str_has_suffix (id_text, ".0"))
        id_text[strlen (id_text) - 2] = '\0';
      if (!g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXINT64, &id, NULL))
        PROBLEM (HG_ASSET_COL_ID, cell[HG_ASSET_COL_ID],
                 _("Write the number Hinagata gave the asset, or leave it empty"));
      else if (g_hash_table_contains (import->ids, &id))
        d->id = (gint64) id;
    }

  if (cell[HG_ASSET_COL_NAME][0] == '\0')
    PROBLEM (HG_ASSET_COL_NAME, "", _("Required"));
  TEXT (HG_ASSET_COL_NAME, HG_ASSET_NAME_MAX, HG_TEXT_ONE_LINE, &d->name);
  if (HAS (HG_ASSET_COL_CATEGORY))
    TEXT (HG_ASSET_COL_CATEGORY, HG_ASSET_CATEGORY_MAX, HG_TEXT_ONE_LINE, &d->business_category);
  if (HAS (HG_ASSET_COL_NOTES))
    TEXT (HG_ASSET_COL_NOTES, HG_ASSET_TEXT_MAX, HG_TEXT_MULTILINE, &d->notes);
  if (HAS (HG_ASSET_COL_USERS))
    TEXT (HG_ASSET_COL_USERS, HG_ASSET_USERS_MAX, HG_TEXT_ONE_LINE, &d->users);
  if (HAS (HG_ASSET_COL_RETENTION))
    TEXT (HG_ASSET_COL_RETENTION, HG_ASSET_RETENTION_MAX, HG_TEXT_ONE_LINE, &d->retention);

  if (cell[HG_ASSET_COL_DEPARTMENT][0] != '\0')
    {
      if (hg_import_sheet_check_text (sheet, line, HG_ASSET_COL_DEPARTMENT,
                                      cell[HG_ASSET_COL_DEPARTMENT], HG_DEPARTMENT_NAME_MAX,
                                      HG_TEXT_ONE_LINE))
        {
          row.department = g_strdup (cell[HG_ASSET_COL_DEPARTMENT]);
          d->department_id = hg_import_names_resolve (import->departments, row.department);
        }
    }
  if (cell[HG_ASSET_COL_MEDIUM][0] != '\0')
    {
      if (hg_import_sheet_check_text (sheet, line, HG_ASSET_COL_MEDIUM, cell[HG_ASSET_COL_MEDIUM],
                                      HG_MEDIUM_NAME_MAX, HG_TEXT_ONE_LINE))
        {
          row.medium = g_strdup (cell[HG_ASSET_COL_MEDIUM]);
          d->medium_id = hg_import_names_resolve (import->media, row.medium);
        }
    }
  if (cell[HG_ASSET_COL_OWNER][0] != '\0')
    {
      d->owner_id = hg_import_names_lookup (import->people, cell[HG_ASSET_COL_OWNER]);
      if (d->owner_id == 0)
        PROBLEM (HG_ASSET_COL_OWNER, cell[HG_ASSET_COL_OWNER],
                 _("No one of this name is among the company’s people; add them on the "
                   "Company page first"));
    }

  if (HAS (HG_ASSET_COL_PERSONAL))
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_PERSONAL), cell[HG_ASSET_COL_PERSONAL],
                     HG_ASSET_PERSONAL, d);
  if (HAS (HG_ASSET_COL_SENSITIVE))
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_SENSITIVE),
                     cell[HG_ASSET_COL_SENSITIVE], HG_ASSET_SENSITIVE, d);
  if (HAS (HG_ASSET_COL_MY_NUMBER))
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
        PROBLEM (HG_ASSET_COL_IMPORTANCE, cell[HG_ASSET_COL_IMPORTANCE], _("Write 1, 2 or 3"));
      else if (importance < rule)
        {
          g_autofree char *reason =
            g_strdup_printf (_("The ratings give importance %u; it cannot be lower"), rule);
          PROBLEM (HG_ASSET_COL_IMPORTANCE, cell[HG_ASSET_COL_IMPORTANCE], reason);
        }
      else if (importance > rule)
        {
          if (cell[HG_ASSET_COL_IMPORTANCE_REASON][0] == '\0')
            PROBLEM (HG_ASSET_COL_IMPORTANCE, cell[HG_ASSET_COL_IMPORTANCE],
                     _("Importance above the ratings needs a reason in its own column"));
          d->importance_raised = (guint8) importance;
          TEXT (HG_ASSET_COL_IMPORTANCE_REASON, HG_ASSET_REASON_MAX, HG_TEXT_ONE_LINE,
                &d->importance_reason);
        }
    }

  if (HAS (HG_ASSET_COL_REGISTERED))
    hg_import_sheet_take_date (sheet, line, HG_ASSET_COL_REGISTERED,
                               cell[HG_ASSET_COL_REGISTERED], &d->registered_on);

  if (cell[HG_ASSET_COL_STATUS][0] != '\0')
    {
      static const char *in_use[] = { "使用中", "利用中", "in use", "in_use", "active", NULL };
      static const char *disposed[] = { "廃棄", "廃棄済み", "廃棄済", "disposed", NULL };
      g_autofree char *folded = g_utf8_casefold (cell[HG_ASSET_COL_STATUS], -1);

      if (g_strv_contains (disposed, folded))
        d->disposed = TRUE;
      else if (!g_strv_contains (in_use, folded))
        PROBLEM (HG_ASSET_COL_STATUS, cell[HG_ASSET_COL_STATUS], _("Write 使用中 or 廃棄"));
    }
  if (d->disposed)
    {
      if (cell[HG_ASSET_COL_DISPOSED_ON][0] == '\0')
        hg_import_sheet_add_problem (sheet, line,
                                     HAS (HG_ASSET_COL_DISPOSED_ON)
                                       ? HEADER (HG_ASSET_COL_DISPOSED_ON)
                                       : hg_asset_column_header (HG_ASSET_COL_DISPOSED_ON),
                                     "", _("A disposed asset needs its disposal date"));
      else
        hg_import_sheet_take_date (sheet, line, HG_ASSET_COL_DISPOSED_ON,
                                   cell[HG_ASSET_COL_DISPOSED_ON], &d->disposed_on);
      if (HAS (HG_ASSET_COL_DISPOSAL_METHOD))
        TEXT (HG_ASSET_COL_DISPOSAL_METHOD, HG_ASSET_DISPOSAL_METHOD_MAX, HG_TEXT_ONE_LINE,
              &d->disposal_method);
    }
#undef HEADER
#undef HAS
#undef PROBLEM
#undef TEXT

  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    g_free (cell[c]);

  if (hg_import_sheet_get_problems (sheet)->len == problems_before)
    {
      if (d->id > 0)
        import->n_update++;
      else
        import->n_add++;
    }
  g_array_append_val (import->rows, row);
}

static gboolean
match_column (const char *header,
              guint      *column)
{
  HgAssetColumn c;

  if (!hg_asset_column_match (header, &c))
    return FALSE;
  *column = c;
  return TRUE;
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

/* What the check needs of the workbook, read where it is edited. */
HgAssetImport *
hg_asset_import_new (HgWorkbook *workbook)
{
  HgAssetImport *import;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  import = g_new0 (HgAssetImport, 1);
  import->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (import->rows, row_clear);
  import->departments = hg_import_names_new (workbook, "department");
  import->media = hg_import_names_new (workbook, "medium");
  import->people = hg_import_names_new (workbook, "person");
  import->ids = load_ids (workbook);
  return import;
}

/**
 * hg_asset_import_check:
 * @import: from hg_asset_import_new(), not checked yet
 * @table: the file's rows
 * @job: (nullable): counts the rows; cancelling it stops the check
 * @error: return location for an error
 *
 * Reads every row of @table into the import, noting each problem of a
 * single row in the problem list. Touches no workbook, so it may run in
 * another thread.
 *
 * Returns: %FALSE only when the sheet cannot be a register at all (no
 *   rows, no name column) or @job was cancelled
 */
gboolean
hg_asset_import_check (HgAssetImport  *import,
                       HgTable        *table,
                       HgJob          *job,
                       GError        **error)
{
  guint n_rows;

  g_return_val_if_fail (import != NULL && import->sheet == NULL, FALSE);

  n_rows = hg_table_get_n_rows (table);
  if (n_rows == 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("The file is empty: there is no header row and no asset."));
      return FALSE;
    }

  /* IPA's sheet and many home-made ones have a title or a note above the
   * header: the header is the row that names the asset-name column. */
  import->sheet = hg_import_sheet_new (table, HG_ASSET_N_COLS, match_column, HG_ASSET_COL_NAME);
  if (!hg_import_sheet_has_column (import->sheet, HG_ASSET_COL_NAME))
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("No column for the asset name was found in the first ten rows. Name a "
                     "column “%s” (or “Asset name”)."),
                   hg_asset_column_header (HG_ASSET_COL_NAME));
      return FALSE;
    }

  for (guint c = HG_ASSET_COL_CONFIDENTIALITY; c <= HG_ASSET_COL_AVAILABILITY; c++)
    if (!hg_import_sheet_has_column (import->sheet, c))
      {
        /* Without the column every row would fail the same way: say it once. */
        g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                     _("The file has no column “%s”. Every asset needs its confidentiality, "
                       "integrity and availability rated 1 to 3."),
                     hg_asset_column_header (c));
        return FALSE;
      }

  hg_job_set_total (job, n_rows);
  for (guint r = hg_import_sheet_get_first_row (import->sheet); r < n_rows; r++)
    {
      if (!hg_job_report (job, r, error))
        return FALSE;
      parse_row (import, table, r);
    }

  if (import->rows->len == 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("The file has a header row but no asset below it."));
      return FALSE;
    }
  return hg_job_report (job, n_rows, error);
}

/* Both steps at once, for hinagata-cli and the tests. Returns NULL only
 * when the sheet cannot be a register at all (no rows, no name column);
 * every problem of a single row goes into the problem list. */
HgAssetImport *
hg_asset_import_prepare (HgWorkbook  *workbook,
                         HgTable     *table,
                         GError     **error)
{
  g_autoptr(HgAssetImport) import = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  import = hg_asset_import_new (workbook);
  if (!hg_asset_import_check (import, table, NULL, error))
    return NULL;
  return g_steal_pointer (&import);
}

guint hg_asset_import_get_n_add (HgAssetImport *import) { return import->n_add; }
guint hg_asset_import_get_n_update (HgAssetImport *import) { return import->n_update; }
guint hg_asset_import_get_n_rows (HgAssetImport *import) { return import->rows->len; }
GPtrArray *
hg_asset_import_get_problems (HgAssetImport *import)
{
  return hg_import_sheet_get_problems (import->sheet);
}

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
  return hg_import_sheet_get_unknown_columns (import->sheet);
}

GStrv
hg_asset_import_get_new_departments (HgAssetImport *import)
{
  return hg_import_names_get_new (import->departments);
}

GStrv
hg_asset_import_get_new_media (HgAssetImport *import)
{
  return hg_import_names_get_new (import->media);
}

static gboolean
apply_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  HgAssetImport *import = user_data;
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (!hg_import_names_create (import->departments, db, error)
      || !hg_import_names_create (import->media, db, error))
    return FALSE;

  insert = _hg_asset_store_prepare_insert (db, error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = &g_array_index (import->rows, Row, i);

      if (row->department != NULL)
        row->data->department_id = hg_import_names_lookup (import->departments, row->department);
      if (row->medium != NULL)
        row->data->medium_id = hg_import_names_lookup (import->media, row->medium);

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
  g_return_val_if_fail (import->sheet != NULL, FALSE);

  if (!hg_import_sheet_check (import->sheet, error))
    return FALSE;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Asset", "Import %u Assets",
                                        import->rows->len), import->rows->len);
  return hg_workbook_edit (workbook, label, apply_cb, import, error);
}

/* hg-asset-files.c
 *
 * Files are written with Japanese headers in IPA's register order, ratings
 * and importance as numbers and flags as ○, so the export reads like the
 * sheet users know and imports back into the same register.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-files"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-asset-columns.h"
#include "hg-asset-files.h"
#include "hg-asset-store.h"
#include "hg-csv.h"
#include "hg-db.h"
#include "hg-sheet-reader.h"
#include "hg-xlsx.h"

gboolean
hg_asset_file_format_from_name (const char        *name,
                                HgAssetFileFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".csv"))
    *format = HG_ASSET_FILE_CSV;
  else if (g_str_has_suffix (lower, ".xlsx"))
    *format = HG_ASSET_FILE_XLSX;
  else
    return FALSE;
  return TRUE;
}

char *
hg_asset_file_with_extension (const char        *path,
                              HgAssetFileFormat  format)
{
  const char *ext = format == HG_ASSET_FILE_CSV ? ".csv" : ".xlsx";
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ext) ? g_strdup (path) : g_strconcat (path, ext, NULL);
}

/* The content decides, not the name: see hg_sheet_reader_open(). The whole
 * file is read into memory; an import reads it a row at a time with
 * hg_asset_import_prepare_file() instead. */
HgTable *
hg_asset_read_file (const char  *path,
                    GError     **error)
{
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (path, error);

  return reader != NULL ? hg_sheet_reader_read_all (reader, error) : NULL;
}

/* What an export writes, read where the workbook is edited; see
 * hg-asset-files.h. */
struct _HgAssetExport
{
  HgAssetFileFormat  format;
  GPtrArray         *assets;       /* of HgAsset, which never change once made */
  GHashTable        *departments;  /* id → name */
  GHashTable        *people;
  GHashTable        *media;
  char              *labels[4];    /* by confidentiality */
  char               numbers[5][24];  /* the row being made's numbers */
};

void
hg_asset_export_free (HgAssetExport *e)
{
  if (e == NULL)
    return;
  g_ptr_array_unref (e->assets);
  g_hash_table_unref (e->departments);
  g_hash_table_unref (e->people);
  g_hash_table_unref (e->media);
  for (guint level = 1; level <= 3; level++)
    g_free (e->labels[level]);
  g_free (e);
}

/**
 * hg_asset_export_new:
 * @workbook: the workbook
 * @assets: (nullable): the register as a list of HgAsset in id order, as
 *   the window already holds it; %NULL reads it from @workbook
 * @format: what will be written
 *
 * Reads the names the rows refer to, on the thread that edits @workbook;
 * the result uses neither @workbook nor @assets after.
 *
 * Returns: (transfer full): the export, for hg_asset_export_write()
 */
HgAssetExport *
hg_asset_export_new (HgWorkbook        *workbook,
                     GListModel        *assets,
                     HgAssetFileFormat  format)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  HgAssetExport *e;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (assets == NULL || G_IS_LIST_MODEL (assets), NULL);

  e = g_new0 (HgAssetExport, 1);
  e->format = format;
  e->departments = hg_db_load_names (db, "SELECT id, name FROM department");
  e->people = hg_db_load_names (db, "SELECT id, name FROM person");
  e->media = hg_db_load_names (db, "SELECT id, name FROM medium");
  for (guint level = 1; level <= 3; level++)
    e->labels[level] = hg_asset_store_get_label (workbook, level);
  if (assets == NULL)
    e->assets = hg_asset_store_load (workbook);
  else
    {
      guint n = g_list_model_get_n_items (assets);

      e->assets = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (e->assets, g_list_model_get_item (assets, i));
    }
  return e;
}

static const char *
name_for (GHashTable *map,
          gint64      id)
{
  const char *name = id > 0 ? g_hash_table_lookup (map, &id) : NULL;

  return name ? name : "";
}

/* The cells of one asset; the numbers' texts live in @e until the next
 * row. */
static void
asset_cells (HgAssetExport      *e,
             const HgAssetData  *d,
             const char        **row)
{
  g_snprintf (e->numbers[0], sizeof e->numbers[0], "%" G_GINT64_FORMAT, d->id);
  g_snprintf (e->numbers[1], sizeof e->numbers[1], "%u", d->confidentiality);
  g_snprintf (e->numbers[2], sizeof e->numbers[2], "%u", d->integrity);
  g_snprintf (e->numbers[3], sizeof e->numbers[3], "%u", d->availability);
  g_snprintf (e->numbers[4], sizeof e->numbers[4], "%u", hg_asset_data_get_importance (d));

  row[HG_ASSET_COL_ID] = e->numbers[0];
  row[HG_ASSET_COL_CATEGORY] = d->business_category;
  row[HG_ASSET_COL_NAME] = d->name;
  row[HG_ASSET_COL_NOTES] = d->notes;
  row[HG_ASSET_COL_USERS] = d->users;
  row[HG_ASSET_COL_DEPARTMENT] = name_for (e->departments, d->department_id);
  row[HG_ASSET_COL_OWNER] = name_for (e->people, d->owner_id);
  row[HG_ASSET_COL_MEDIUM] = name_for (e->media, d->medium_id);
  row[HG_ASSET_COL_PERSONAL] = d->flags & HG_ASSET_PERSONAL ? "○" : "";
  row[HG_ASSET_COL_SENSITIVE] = d->flags & HG_ASSET_SENSITIVE ? "○" : "";
  row[HG_ASSET_COL_MY_NUMBER] = d->flags & HG_ASSET_MY_NUMBER ? "○" : "";
  row[HG_ASSET_COL_CONFIDENTIALITY] = e->numbers[1];
  row[HG_ASSET_COL_INTEGRITY] = e->numbers[2];
  row[HG_ASSET_COL_AVAILABILITY] = e->numbers[3];
  row[HG_ASSET_COL_IMPORTANCE] = e->numbers[4];
  row[HG_ASSET_COL_IMPORTANCE_REASON] = d->importance_reason;
  row[HG_ASSET_COL_LABEL] = e->labels[CLAMP (d->confidentiality, 1, 3)];
  row[HG_ASSET_COL_RETENTION] = d->retention;
  row[HG_ASSET_COL_REGISTERED] = d->registered_on;
  row[HG_ASSET_COL_UPDATED] = d->updated_on;
  row[HG_ASSET_COL_STATUS] = d->disposed ? "廃棄" : "使用中";
  row[HG_ASSET_COL_DISPOSED_ON] = d->disposed_on;
  row[HG_ASSET_COL_DISPOSAL_METHOD] = d->disposal_method;
}

static void
register_row (guint      index,
              GPtrArray *cells,
              gpointer   user_data)
{
  HgAssetExport *e = user_data;
  const char *row[HG_ASSET_N_COLS] = { NULL };

  asset_cells (e, hg_asset_get_data (g_ptr_array_index (e->assets, index)), row);
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    g_ptr_array_add (cells, (gpointer) (row[c] ? row[c] : ""));
}

/* The CSV's first line is its header; the register follows. */
static void
csv_row (guint      index,
         GPtrArray *cells,
         gpointer   user_data)
{
  if (index > 0)
    {
      register_row (index - 1, cells, user_data);
      return;
    }
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    g_ptr_array_add (cells, (gpointer) hg_asset_column_header (c));
}

/* Rows only; the header comes from hg_asset_column_header(). */
HgTable *
hg_asset_export_table (HgWorkbook *workbook)
{
  g_autoptr(HgAssetExport) e = hg_asset_export_new (workbook, NULL, HG_ASSET_FILE_CSV);
  HgTable *table = hg_table_new ();

  for (guint i = 0; i < e->assets->len; i++)
    {
      const char *cells[HG_ASSET_N_COLS] = { NULL };
      GStrv row = g_new0 (char *, HG_ASSET_N_COLS + 1);

      asset_cells (e, hg_asset_get_data (g_ptr_array_index (e->assets, i)), cells);
      for (guint c = 0; c < HG_ASSET_N_COLS; c++)
        row[c] = g_strdup (cells[c]);
      hg_table_add_row (table, row, i + 2);
    }
  return table;
}

/**
 * hg_asset_export_write:
 * @e: what hg_asset_export_new() read
 * @path: the file to write
 * @job: (nullable): counts the rows; cancelling it stops the export
 * @error: return location for an error
 *
 * Writes the register beside @path and renames it over @path when
 * complete (mode 0600). Reads nothing but @e, so it may run on any
 * thread, one at a time. A cancelled export fails with
 * G_IO_ERROR_CANCELLED and leaves no file and no temporary file.
 *
 * Returns: %TRUE if written
 */
gboolean
hg_asset_export_write (HgAssetExport  *e,
                       const char     *path,
                       HgJob          *job,
                       GError        **error)
{
  g_return_val_if_fail (e != NULL && path != NULL, FALSE);

  if (e->format == HG_ASSET_FILE_XLSX)
    {
      HgXlsxColumn columns[HG_ASSET_N_COLS];
      HgXlsxSheet sheet = { "情報資産管理台帳", columns, HG_ASSET_N_COLS, NULL, e->assets->len,
                            register_row, e };

      for (guint c = 0; c < HG_ASSET_N_COLS; c++)
        {
          HgAssetColumnKind kind = hg_asset_column_kind (c);

          columns[c].header = hg_asset_column_header (c);
          columns[c].type = kind == HG_ASSET_COL_KIND_NUMBER ? HG_XLSX_COLUMN_NUMBER
                          : kind == HG_ASSET_COL_KIND_DATE ? HG_XLSX_COLUMN_DATE
                          : HG_XLSX_COLUMN_TEXT;
          columns[c].width = hg_asset_column_width (c);
        }
      /* The sheet name is the one IPA's workbook uses for the register. */
      return hg_xlsx_write_sheets (path, &sheet, 1, job, error);
    }
  return hg_csv_write_rows (path, e->assets->len + 1, csv_row, e, job, error);
}

gboolean
hg_asset_export_file (HgWorkbook         *workbook,
                      const char         *path,
                      HgAssetFileFormat   format,
                      GError            **error)
{
  g_autoptr(HgAssetExport) e = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  e = hg_asset_export_new (workbook, NULL, format);
  return hg_asset_export_write (e, path, NULL, error);
}

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

static const char *
name_for (GHashTable *map,
          gint64      id)
{
  const char *name = id > 0 ? g_hash_table_lookup (map, &id) : NULL;

  return name ? name : "";
}

/* Rows only; the header comes from hg_asset_column_header(). */
HgTable *
hg_asset_export_table (HgWorkbook *workbook)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(GHashTable) departments = hg_db_load_names (db, "SELECT id, name FROM department");
  g_autoptr(GHashTable) people = hg_db_load_names (db, "SELECT id, name FROM person");
  g_autoptr(GHashTable) media = hg_db_load_names (db, "SELECT id, name FROM medium");
  g_autoptr(GPtrArray) assets = hg_asset_store_load (workbook);
  char *labels[4] = { NULL };
  HgTable *table = hg_table_new ();

  for (guint level = 1; level <= 3; level++)
    labels[level] = hg_asset_store_get_label (workbook, level);

  for (guint i = 0; i < assets->len; i++)
    {
      const HgAssetData *d = hg_asset_get_data (g_ptr_array_index (assets, i));
      GStrv row = g_new0 (char *, HG_ASSET_N_COLS + 1);

      row[HG_ASSET_COL_ID] = g_strdup_printf ("%" G_GINT64_FORMAT, d->id);
      row[HG_ASSET_COL_CATEGORY] = g_strdup (d->business_category);
      row[HG_ASSET_COL_NAME] = g_strdup (d->name);
      row[HG_ASSET_COL_NOTES] = g_strdup (d->notes);
      row[HG_ASSET_COL_USERS] = g_strdup (d->users);
      row[HG_ASSET_COL_DEPARTMENT] = g_strdup (name_for (departments, d->department_id));
      row[HG_ASSET_COL_OWNER] = g_strdup (name_for (people, d->owner_id));
      row[HG_ASSET_COL_MEDIUM] = g_strdup (name_for (media, d->medium_id));
      row[HG_ASSET_COL_PERSONAL] = g_strdup (d->flags & HG_ASSET_PERSONAL ? "○" : "");
      row[HG_ASSET_COL_SENSITIVE] = g_strdup (d->flags & HG_ASSET_SENSITIVE ? "○" : "");
      row[HG_ASSET_COL_MY_NUMBER] = g_strdup (d->flags & HG_ASSET_MY_NUMBER ? "○" : "");
      row[HG_ASSET_COL_CONFIDENTIALITY] = g_strdup_printf ("%u", d->confidentiality);
      row[HG_ASSET_COL_INTEGRITY] = g_strdup_printf ("%u", d->integrity);
      row[HG_ASSET_COL_AVAILABILITY] = g_strdup_printf ("%u", d->availability);
      row[HG_ASSET_COL_IMPORTANCE] = g_strdup_printf ("%u", hg_asset_data_get_importance (d));
      row[HG_ASSET_COL_IMPORTANCE_REASON] = g_strdup (d->importance_reason);
      row[HG_ASSET_COL_LABEL] = g_strdup (labels[CLAMP (d->confidentiality, 1, 3)]);
      row[HG_ASSET_COL_RETENTION] = g_strdup (d->retention);
      row[HG_ASSET_COL_REGISTERED] = g_strdup (d->registered_on);
      row[HG_ASSET_COL_UPDATED] = g_strdup (d->updated_on);
      row[HG_ASSET_COL_STATUS] = g_strdup (d->disposed ? "廃棄" : "使用中");
      row[HG_ASSET_COL_DISPOSED_ON] = g_strdup (d->disposed_on);
      row[HG_ASSET_COL_DISPOSAL_METHOD] = g_strdup (d->disposal_method);
      hg_table_add_row (table, row, i + 2);
    }

  for (guint level = 1; level <= 3; level++)
    g_free (labels[level]);
  return table;
}

gboolean
hg_asset_export_file (HgWorkbook         *workbook,
                      const char         *path,
                      HgAssetFileFormat   format,
                      GError            **error)
{
  g_autoptr(HgTable) rows = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  rows = hg_asset_export_table (workbook);

  if (format == HG_ASSET_FILE_XLSX)
    {
      HgXlsxColumn columns[HG_ASSET_N_COLS];

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
      return hg_xlsx_write_file (path, "情報資産管理台帳", columns, HG_ASSET_N_COLS, rows, error);
    }
  else
    {
      g_autoptr(HgTable) with_header = hg_table_new ();
      GStrv header = g_new0 (char *, HG_ASSET_N_COLS + 1);

      for (guint c = 0; c < HG_ASSET_N_COLS; c++)
        header[c] = g_strdup (hg_asset_column_header (c));
      hg_table_add_row (with_header, header, 1);
      for (guint r = 0; r < hg_table_get_n_rows (rows); r++)
        hg_table_add_row (with_header, g_strdupv (g_ptr_array_index (rows->rows, r)), r + 2);
      return hg_csv_write_file (path, with_header, error);
    }
}

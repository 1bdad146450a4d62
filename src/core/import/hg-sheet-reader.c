/* hg-sheet-reader.c
 *
 * What an import reads, one row at a time: a CSV file straight from the
 * disk, so that its size does not decide the memory an import takes, or the
 * rows of an Excel sheet (whose reader keeps the sheet, within its own
 * limits), or a table already in memory. The format is told by the content
 * (hg-sheet-format.c); workbooks that cannot be read get a message that
 * says how to save them so that they can.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-sheet-reader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-csv-reader.h"
#include "hg-sheet-format.h"
#include "hg-sheet-reader.h"
#include "hg-xlsx.h"

G_DEFINE_QUARK (hg-import-error-quark, hg_import_error)

/* The limit is spelled out in the message. */
G_STATIC_ASSERT (HG_SHEET_MAX_ROWS == 1000000);

struct _HgSheetReader
{
  char        *display_name;  /* NULL for a table */
  HgCsvReader *csv;
  HgTable     *table;         /* rows of a sheet, or the caller's */
  gboolean     owns_table;
  guint        next;          /* in @table */
  guint        n_rows;        /* handed out */
};

void
hg_sheet_reader_free (HgSheetReader *reader)
{
  if (reader == NULL)
    return;
  g_free (reader->display_name);
  hg_csv_reader_free (reader->csv);
  if (reader->owns_table)
    hg_table_free (reader->table);
  g_free (reader);
}

/**
 * hg_sheet_reader_new_for_table:
 * @table: rows, kept by the caller for as long as the reader lives
 *
 * Returns: (transfer full): a reader of the rows of @table
 */
HgSheetReader *
hg_sheet_reader_new_for_table (HgTable *table)
{
  HgSheetReader *reader = g_new0 (HgSheetReader, 1);

  g_return_val_if_fail (table != NULL, NULL);

  reader->table = table;
  return reader;
}

static void
set_format_error (GError        **error,
                  HgSheetFormat   format,
                  const char     *name)
{
  if (format == HG_SHEET_FORMAT_XLS)
    g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_WRONG_FORMAT,
                 _("“%s” is an Excel 97–2003 workbook (.xls): save it as .xlsx (Excel Workbook) "
                   "and import that"), name);
  else if (format == HG_SHEET_FORMAT_ENCRYPTED)
    g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_WRONG_FORMAT,
                 _("“%s” is password-protected: open it in Excel, remove the password (File → "
                   "Info → Protect Workbook) and save it as .xlsx"), name);
  else
    g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_WRONG_FORMAT,
                 _("“%s” is an OpenDocument spreadsheet (.ods): save it as .xlsx (Excel Workbook) "
                   "or as CSV and import that"), name);
}

/**
 * hg_sheet_reader_open:
 * @path: a file name in the GLib file name encoding
 * @error: return location for an error
 *
 * Opens a file to import, whatever its name says: an Excel workbook (.xlsx)
 * is read by its first sheet, anything that is not a spreadsheet as CSV.
 * Every error names the file.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL with @error set
 */
HgSheetReader *
hg_sheet_reader_open (const char  *path,
                      GError     **error)
{
  g_autoptr(HgSheetReader) reader = g_new0 (HgSheetReader, 1);
  HgSheetFormat format;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader->display_name = g_filename_display_name (path);
  format = hg_sheet_format_detect (path);
  switch (format)
    {
    case HG_SHEET_FORMAT_CSV:
      reader->csv = hg_csv_reader_open (path, error);
      if (reader->csv == NULL)
        return NULL;
      break;
    case HG_SHEET_FORMAT_XLSX:
      reader->table = hg_xlsx_read_file (path, NULL, error);
      if (reader->table == NULL)
        return NULL;
      reader->owns_table = TRUE;
      break;
    case HG_SHEET_FORMAT_ODS:
    case HG_SHEET_FORMAT_XLS:
    case HG_SHEET_FORMAT_ENCRYPTED:
    default:
      set_format_error (error, format, reader->display_name);
      return NULL;
    }
  return g_steal_pointer (&reader);
}

/**
 * hg_sheet_reader_next:
 * @reader: a reader
 * @row: (out caller-allocates): the next row; its cells belong to @reader
 *   and stay valid until the next call
 * @error: return location for an error
 *
 * Reads the next row, and refuses a file of more than %HG_SHEET_MAX_ROWS
 * rows at the first row past the limit. An error says the line, not the
 * file: see hg_sheet_reader_get_name().
 *
 * Returns: %TRUE with a row; %FALSE at the end, or with @error set
 */
gboolean
hg_sheet_reader_next (HgSheetReader  *reader,
                      HgTableRow     *row,
                      GError        **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  if (reader->csv != NULL)
    {
      if (!hg_csv_reader_next (reader->csv, row, error))
        return FALSE;
    }
  else
    {
      if (reader->next >= hg_table_get_n_rows (reader->table))
        return FALSE;
      hg_table_get_row (reader->table, reader->next++, row);
    }

  if (++reader->n_rows > HG_SHEET_MAX_ROWS)
    {
      g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_TOO_MANY_ROWS,
                   _("Line %u: the file has more than 1,000,000 rows, the most one import "
                     "takes; split it into smaller files"), row->line);
      return FALSE;
    }
  return TRUE;
}

/* The file's name as shown to the user; NULL for a table. */
const char *
hg_sheet_reader_get_name (HgSheetReader *reader)
{
  return reader->display_name;
}

/* Hands @problem to @error, prefixed with the file's name when there is
 * one: both imports end their check of the rows this way. */
void
hg_sheet_reader_propagate_error (HgSheetReader  *reader,
                                 GError        **error,
                                 GError         *problem)
{
  if (reader->display_name != NULL)
    g_prefix_error (&problem, _("“%s”: "), reader->display_name);
  g_propagate_error (error, problem);
}

/**
 * hg_sheet_reader_get_progress:
 * @reader: a reader
 * @done: (out): how far the rows handed out have got
 * @total: (out): of how much
 *
 * A CSV file counts in bytes, its rows being unknown until its end; a
 * sheet or a table in rows. @done never goes down, and is @total once
 * the last row was read.
 */
void
hg_sheet_reader_get_progress (HgSheetReader *reader,
                              guint64       *done,
                              guint64       *total)
{
  if (reader->csv != NULL)
    hg_csv_reader_get_position (reader->csv, done, total);
  else
    {
      *done = reader->next;
      *total = hg_table_get_n_rows (reader->table);
    }
}

/**
 * hg_sheet_reader_read_all:
 * @reader: a reader
 * @error: return location for an error
 *
 * Reads the remaining rows into a table, for files that are small by
 * nature. Errors name the file.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with @error set
 */
HgTable *
hg_sheet_reader_read_all (HgSheetReader  *reader,
                          GError        **error)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GError) local = NULL;
  HgTableRow row;

  while (hg_sheet_reader_next (reader, &row, &local))
    hg_table_add_copy (table, &row);
  if (local != NULL)
    {
      if (reader->display_name != NULL)
        g_prefix_error (&local, _("“%s”: "), reader->display_name);
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&table);
}

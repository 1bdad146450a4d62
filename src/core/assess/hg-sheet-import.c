/* hg-sheet-import.c
 *
 * The import is two steps so that nothing is written before the user has
 * seen what was found: open and convert (preview, mapping step, problems)
 * touch only memory; commit writes the framework, where each answer goes
 * back in the file, and the answers already there, as one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-sheet-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-assessment.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-sheet-import.h"
#include "hg-text.h"
#include "hg-xlsx.h"

struct _HgSheetImport
{
  GPtrArray         *book;         /* of HgXlsxBookSheet */
  char              *source_name;
  char              *sha256;
  HgSheetLayout     *layout;
  HgSheetConversion *conversion;
};

void
hg_sheet_import_free (HgSheetImport *import)
{
  if (import == NULL)
    return;
  g_clear_pointer (&import->book, g_ptr_array_unref);
  g_free (import->source_name);
  g_free (import->sha256);
  hg_sheet_layout_free (import->layout);
  hg_sheet_conversion_free (import->conversion);
  g_free (import);
}

HgSheetImport *
hg_sheet_import_open (const char  *path,
                      const char  *sheet_name,
                      GError     **error)
{
  g_autoptr(HgSheetImport) import = g_new0 (HgSheetImport, 1);
  g_autoptr(GMappedFile) file = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) local = NULL;

  file = g_mapped_file_new (path, FALSE, &local);
  if (file == NULL)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_IO, _("Could not open “%s”: %s"), display,
                   local->message);
      return NULL;
    }
  import->book = hg_xlsx_read_book_memory (g_mapped_file_get_contents (file),
                                           g_mapped_file_get_length (file), error);
  if (import->book == NULL)
    {
      /* Translators: before an error message about an imported file */
      g_prefix_error (error, _("“%s”: "), display);
      return NULL;
    }
  /* The digest of the file as imported: write-back refuses another. */
  import->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                (const guchar *) g_mapped_file_get_contents (file),
                                                g_mapped_file_get_length (file));
  import->source_name = g_filename_display_name (base);
  if (g_utf8_strlen (import->source_name, -1) > 255)
    g_utf8_offset_to_pointer (import->source_name, 255)[0] = '\0';
  if (!hg_sheet_import_set_sheet (import, sheet_name, error))
    return NULL;
  return g_steal_pointer (&import);
}

gboolean
hg_sheet_import_set_sheet (HgSheetImport  *import,
                           const char     *sheet_name,
                           GError        **error)
{
  HgSheetLayout *layout = hg_sheet_layout_detect (import->book, sheet_name, error);

  if (layout == NULL)
    return FALSE;
  hg_sheet_layout_free (import->layout);
  import->layout = layout;
  g_clear_pointer (&import->conversion, hg_sheet_conversion_free);
  return TRUE;
}

HgSheetLayout *
hg_sheet_import_get_layout (HgSheetImport *import)
{
  return import->layout;
}

GPtrArray *
hg_sheet_import_get_sheets (HgSheetImport *import)
{
  return import->book;
}

const char *
hg_sheet_import_get_source_name (HgSheetImport *import)
{
  return import->source_name;
}

const char *
hg_sheet_import_get_sha256 (HgSheetImport *import)
{
  return import->sha256;
}

HgSheetConversion *
hg_sheet_import_convert (HgSheetImport  *import,
                         const char     *id,
                         GError        **error)
{
  g_autofree char *today = hg_text_today ();

  g_clear_pointer (&import->conversion, hg_sheet_conversion_free);
  import->conversion = hg_sheet_framework_convert (import->layout, import->source_name, id, today,
                                                   error);
  return import->conversion;
}

static gboolean
exists (sqlite3     *db,
        const char  *id,
        gboolean    *found,
        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT 1 FROM framework_import "
                                                "WHERE framework = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the imported frameworks");
      return FALSE;
    }
  *found = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
hg_sheet_import_exists (HgSheetImport  *import,
                        HgWorkbook     *workbook,
                        GError        **error)
{
  gboolean found = FALSE;

  g_return_val_if_fail (import->conversion != NULL, FALSE);
  return exists (hg_workbook_get_db (workbook), import->conversion->id, &found, error) && found;
}

static gboolean
run (sqlite3     *db,
     const char  *sql,
     const char  *id,
     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

static gboolean
commit_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  HgSheetImport *import = user_data;
  HgSheetConversion *cv = import->conversion;
  const char *sheet = import->layout->sheet->name;
  g_autoptr(sqlite3_stmt) head = NULL;
  g_autoptr(sqlite3_stmt) cell = NULL;
  g_autoptr(sqlite3_stmt) answer = NULL;
  g_autofree char *today = hg_text_today ();
  gint64 assessment = 0;

  if (!run (db, "DELETE FROM framework_import_cell WHERE framework = ?1", cv->id, error)
      || !run (db, "DELETE FROM framework_import WHERE framework = ?1", cv->id, error))
    return FALSE;
  head = hg_db_prepare (db, "INSERT INTO framework_import (framework, xml, source_name, "
                        "source_sha256, imported) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  cell = hg_db_prepare (db, "INSERT INTO framework_import_cell (framework, ref, sheet, answer_cell, "
                        "note_cell) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  answer = hg_db_prepare (db, "INSERT INTO assessment_answer (assessment, ref, value, note) "
                          "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (assessment, ref) DO UPDATE "
                          "SET value = excluded.value, note = excluded.note", error);
  if (head == NULL || cell == NULL || answer == NULL)
    return FALSE;
  sqlite3_bind_text (head, 1, cv->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (head, 2, cv->xml, -1, SQLITE_STATIC);
  sqlite3_bind_text (head, 3, import->source_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (head, 4, import->sha256, -1, SQLITE_STATIC);
  sqlite3_bind_text (head, 5, today, -1, SQLITE_STATIC);
  if (!hg_db_step_done (head, error))
    return FALSE;

  for (guint i = 0; i < cv->items->len; i++)
    {
      HgSheetItem *item = g_ptr_array_index (cv->items, i);

      sqlite3_reset (cell);
      sqlite3_bind_text (cell, 1, cv->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (cell, 2, item->ref, -1, SQLITE_STATIC);
      sqlite3_bind_text (cell, 3, sheet, -1, SQLITE_STATIC);
      sqlite3_bind_text (cell, 4, item->answer_cell, -1, SQLITE_STATIC);
      sqlite3_bind_text (cell, 5, item->note_cell, -1, SQLITE_STATIC);
      if (!hg_db_step_done (cell, error))
        return FALSE;
      if (item->value == NULL)
        continue;
      /* Only a sheet with answers starts an assessment. */
      if (assessment == 0
          && (assessment = _hg_assessment_open_or_start (db, cv->framework, today, error)) == 0)
        return FALSE;
      sqlite3_reset (answer);
      sqlite3_bind_int64 (answer, 1, assessment);
      sqlite3_bind_text (answer, 2, item->ref, -1, SQLITE_STATIC);
      sqlite3_bind_text (answer, 3, item->value, -1, SQLITE_STATIC);
      sqlite3_bind_text (answer, 4, item->note ? item->note : "", -1, SQLITE_STATIC);
      if (!hg_db_step_done (answer, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hg_sheet_import_commit (HgSheetImport  *import,
                        HgWorkbook     *workbook,
                        gboolean        replace,
                        GError        **error)
{
  HgSheetConversion *cv = import->conversion;
  gboolean found = FALSE;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (cv != NULL, FALSE);

  if (cv->n_blocking > 0 || cv->framework == NULL)
    {
      g_autofree char *message = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "The sheet has %u problem; nothing was imported",
                     "The sheet has %u problems; nothing was imported", cv->n_blocking),
        cv->n_blocking);

      return hg_error_invalid (error, message);
    }
  if (g_utf8_strlen (import->layout->sheet->name, -1) > 31)
    return hg_error_invalid (error, _("The sheet’s name is longer than Excel allows (31 "
                                      "characters)"));
  if (!exists (hg_workbook_get_db (workbook), cv->id, &found, error))
    return FALSE;
  if (found && !replace)
    {
      g_autofree char *message = g_strdup_printf (_("The workbook already has a check sheet "
                                                    "imported as “%s”; confirm to replace it"),
                                                  cv->id);

      return hg_error_invalid (error, message);
    }
  return hg_workbook_edit (workbook, _("Import Check Sheet"), commit_cb, import, error);
}

/* hg-register-import.c
 *
 * Companies keep their contacts, their cloud services and contractors and
 * their carry-out log in Excel before they keep them here. The three
 * imports read a file the same way (hg-import-sheet.c finds the header and
 * notes each problem with its line and column) and differ only in their
 * columns and their rows, which each register's file gives in an
 * HgRegisterImportSpec.
 *
 * Checking writes nothing and touches no workbook, so the window runs it
 * in a thread; applying writes every row in one transaction — one undo
 * step — and refuses while any problem is left, so a file is imported
 * whole or not at all.
 *
 * Importing the same file twice must not double the register: a row that
 * is already there (the same record by the register's keys) is flagged
 * for the preview and skipped, and the rest go ahead; two rows of the file
 * that are the same record are a mistake of the file, refused by line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-register-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-register-import.h"
#include "hg-text.h"

struct _HgRegisterImport
{
  const HgRegisterImportSpec *spec;
  HgImportSheet              *sheet;  /* NULL until checked */
  GPtrArray                  *rows;   /* as spec->parse() makes them */
  GArray                     *lines;  /* guint, the file's line of each row */
  char                       *file;   /* the file's name, as messages give it */
  GHashTable                 *seen;   /* key → line of the first row with it */
  GArray                     *existing; /* gboolean a row: already registered */
  guint                       n_existing;
};

gboolean
hg_register_import_match (const char *const (*aliases)[HG_REGISTER_IMPORT_ALIASES],
                          guint              n_columns,
                          const char        *header,
                          guint             *column)
{
  for (guint c = 0; c < n_columns; c++)
    if (hg_import_header_matches (header, aliases[c], HG_REGISTER_IMPORT_ALIASES))
      {
        *column = c;
        return TRUE;
      }
  return FALSE;
}

HgRegisterImport *
hg_register_import_new (const HgRegisterImportSpec *spec)
{
  HgRegisterImport *import = g_new0 (HgRegisterImport, 1);

  import->spec = spec;
  import->rows = g_ptr_array_new_with_free_func (spec->free);
  import->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  import->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->existing = g_array_new (FALSE, TRUE, sizeof (gboolean));
  return import;
}

void
hg_register_import_free (HgRegisterImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->rows);
  g_array_unref (import->lines);
  g_hash_table_unref (import->seen);
  g_array_unref (import->existing);
  g_clear_pointer (&import->sheet, hg_import_sheet_free);
  g_free (import->file);
  g_free (import);
}

/* The column's name as a file would write it: its first (Japanese) alias
 * and its English title. */
static char *
column_names (const HgRegisterImportSpec *spec,
              guint                       column)
{
  return g_strdup_printf ("“%s” (“%s”)", spec->aliases[column][0], _(spec->labels[column]));
}

static gboolean
check_columns (HgRegisterImport  *import,
               GError           **error)
{
  const HgRegisterImportSpec *spec = import->spec;
  HgImportSheet *sheet = import->sheet;

  if (hg_import_sheet_is_empty (sheet))
    {
      g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_EMPTY,
                   _("The file is empty: there is no header row and no row."));
      return FALSE;
    }
  if (!hg_import_sheet_has_column (sheet, spec->key_column))
    {
      g_autofree char *names = column_names (spec, spec->key_column);

      g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_HEADER,
                   _("No header row was found in the first ten rows: name a column %s."), names);
      return FALSE;
    }
  for (guint c = 0; c < spec->n_columns; c++)
    if ((spec->required & (1u << c)) && !hg_import_sheet_has_column (sheet, c))
      {
        g_autofree char *names = column_names (spec, c);

        g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_MISSING_COLUMN,
                     _("The column %s is missing: every row needs it."), names);
        return FALSE;
      }
  return TRUE;
}

/* Each field trimmed, with full and half widths (ＡＢＣ, ｶﾅ) folded by
 * NFKC so that a record typed again in another width is still the same,
 * joined by U+001F, which no field holds. */
char *
hg_register_import_key (const char *field,
                        ...)
{
  GString *key = g_string_new (NULL);
  va_list args;

  va_start (args, field);
  for (const char *f = field; f != NULL; f = va_arg (args, const char *))
    {
      g_autofree char *trimmed = hg_text_normalize (f);
      g_autofree char *folded = g_utf8_normalize (trimmed, -1, G_NORMALIZE_NFKC);

      if (f != field)
        g_string_append_c (key, '\x1f');
      g_string_append (key, folded != NULL ? folded : trimmed);
    }
  va_end (args);
  return g_string_free (key, FALSE);
}

/* A row that is the same record as an earlier row of the file is a
 * mistake of the file (which of the two is meant?), named by its line. */
static void
check_same_as_before (HgRegisterImport *import,
                      gconstpointer     row,
                      guint             line,
                      const char       *key_cell)
{
  g_auto(GStrv) keys = import->spec->keys (row);
  gboolean told = FALSE;

  for (guint k = 0; keys[k] != NULL; k++)
    {
      gpointer first = g_hash_table_lookup (import->seen, keys[k]);

      if (first != NULL && !told)
        {
          g_autofree char *reason = g_strdup_printf (_("The same record as line %u of the file"),
                                                     GPOINTER_TO_UINT (first));

          hg_register_import_refuse (import->sheet, line, import->spec->key_column, key_cell,
                                     reason);
          told = TRUE;
        }
      else if (first == NULL)
        g_hash_table_insert (import->seen, g_strdup (keys[k]), GUINT_TO_POINTER (line));
    }
}

static void
parse_row (HgRegisterImport *import,
           const HgTableRow *file_row)
{
  const HgRegisterImportSpec *spec = import->spec;
  char **cells = g_new0 (char *, spec->n_columns + 1);
  gboolean blank = TRUE;

  for (guint c = 0; c < spec->n_columns; c++)
    {
      cells[c] = hg_import_sheet_get_cell (import->sheet, file_row, c);
      blank = blank && cells[c][0] == '\0';
    }
  /* A row left empty between the others is no record. */
  if (!blank)
    {
      gpointer row = spec->parse (import->sheet, file_row->line, cells);

      check_same_as_before (import, row, file_row->line, cells[spec->key_column]);
      g_ptr_array_add (import->rows, row);
      g_array_append_val (import->lines, file_row->line);
    }
  g_strfreev (cells);
}

/**
 * hg_register_import_check_rows:
 * @import: from hg_register_import_new(), not checked yet
 * @reader: the rows of the file
 * @job: (nullable): follows the reader through the file; cancelling it
 *   stops the check (G_IO_ERROR_CANCELLED)
 * @error: return location for an error
 *
 * Reads and checks every row. Fails only when the file cannot be read to
 * its end or cannot be this register at all (empty, no header, a required
 * column missing, no rows); every problem of a row goes into the problem
 * list. Errors name the file when @reader has a name.
 *
 * Returns: %TRUE when the import can be previewed
 */
gboolean
hg_register_import_check_rows (HgRegisterImport  *import,
                               HgSheetReader     *reader,
                               HgJob             *job,
                               GError           **error)
{
  const HgRegisterImportSpec *spec;
  g_autoptr(GError) local = NULL;
  HgTableRow row;
  guint64 done, total;

  g_return_val_if_fail (import != NULL && import->sheet == NULL, FALSE);
  g_return_val_if_fail (reader != NULL, FALSE);

  spec = import->spec;
  import->file = g_strdup (hg_sheet_reader_get_name (reader));
  import->sheet = hg_import_sheet_new (reader, spec->n_columns, spec->match, spec->key_column,
                                       &local);
  if (import->sheet == NULL || !check_columns (import, &local))
    goto failed;

  hg_sheet_reader_get_progress (reader, &done, &total);
  hg_job_set_total (job, total);
  while (hg_import_sheet_next_row (import->sheet, reader, &row, &local))
    {
      hg_sheet_reader_get_progress (reader, &done, &total);
      if (!hg_job_report (job, done, error))
        return FALSE;
      if (import->rows->len == HG_REGISTER_IMPORT_MAX_ROWS)
        {
          g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_TOO_MANY_ROWS,
                       _("The file has more than %u rows; a register takes at most that many "
                         "from one file."), HG_REGISTER_IMPORT_MAX_ROWS);
          goto failed;
        }
      parse_row (import, &row);
    }
  if (local != NULL)
    goto failed;
  if (import->rows->len == 0)
    {
      g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_ROWS,
                   _("The file has a header row but no rows below it."));
      goto failed;
    }
  return hg_job_report (job, total, error);

failed:
  hg_sheet_reader_propagate_error (reader, error, g_steal_pointer (&local));
  return FALSE;
}

/* Both steps at once, for hinagata-cli and the tests. */
HgRegisterImport *
hg_register_import_prepare_file (const HgRegisterImportSpec  *spec,
                                 const char                  *path,
                                 GError                     **error)
{
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (path, error);
  g_autoptr(HgRegisterImport) import = NULL;

  if (reader == NULL)
    return NULL;
  import = hg_register_import_new (spec);
  if (!hg_register_import_check_rows (import, reader, NULL, error))
    return NULL;
  return g_steal_pointer (&import);
}

/* The file's name as the reader gives it; NULL for rows from memory. */
const char *
hg_register_import_get_file (HgRegisterImport *import)
{
  return import->file;
}

guint
hg_register_import_get_n_rows (HgRegisterImport *import)
{
  return import->rows->len;
}

guint
hg_register_import_get_line (HgRegisterImport *import,
                             guint             index)
{
  g_return_val_if_fail (index < import->lines->len, 0);
  return g_array_index (import->lines, guint, index);
}

gconstpointer
hg_register_import_get_row (HgRegisterImport *import,
                            guint             index)
{
  g_return_val_if_fail (index < import->rows->len, NULL);
  return g_ptr_array_index (import->rows, index);
}

/* The preview's cells of row @index, one for each column. */
GStrv
hg_register_import_describe_row (HgRegisterImport *import,
                                 guint             index)
{
  return import->spec->describe (hg_register_import_get_row (import, index));
}

guint
hg_register_import_get_n_columns (HgRegisterImport *import)
{
  return import->spec->n_columns;
}

/* The column's title in the user's language. */
const char *
hg_register_import_get_title (HgRegisterImport *import,
                              guint             column)
{
  g_return_val_if_fail (column < import->spec->n_columns, NULL);
  return _(import->spec->labels[column]);
}

GPtrArray *
hg_register_import_get_problems (HgRegisterImport *import)
{
  return hg_import_sheet_get_problems (import->sheet);
}

guint
hg_register_import_get_n_problems (HgRegisterImport *import)
{
  return hg_import_sheet_get_n_problems (import->sheet);
}

GStrv
hg_register_import_get_unknown_columns (HgRegisterImport *import)
{
  return hg_import_sheet_get_unknown_columns (import->sheet);
}

void
hg_register_import_refuse (HgImportSheet *sheet,
                           guint          line,
                           guint          column,
                           const char    *value,
                           const char    *reason)
{
  hg_import_sheet_add_problem (sheet, line, hg_import_sheet_get_header (sheet, column), value,
                               reason);
}

/**
 * hg_register_import_mark_existing:
 *
 * Flags the rows that are already records of @workbook's register, for
 * the preview and for _apply(), which skips them. _apply() marks again
 * itself: the register may have changed since the preview.
 */
gboolean
hg_register_import_mark_existing (HgRegisterImport  *import,
                                  HgWorkbook        *workbook,
                                  GError           **error)
{
  g_autoptr(GPtrArray) records = import->spec->list (workbook, error);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (records == NULL)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      GStrv record_keys = import->spec->keys (g_ptr_array_index (records, i));

      for (guint k = 0; record_keys[k] != NULL; k++)
        g_hash_table_add (keys, record_keys[k]);
      g_free (record_keys);   /* the strings are the table's now */
    }

  g_array_set_size (import->existing, import->rows->len);
  import->n_existing = 0;
  for (guint i = 0; i < import->rows->len; i++)
    {
      g_auto(GStrv) row_keys = import->spec->keys (g_ptr_array_index (import->rows, i));
      gboolean found = FALSE;

      for (guint k = 0; row_keys[k] != NULL && !found; k++)
        found = g_hash_table_contains (keys, row_keys[k]);
      g_array_index (import->existing, gboolean, i) = found;
      import->n_existing += found;
    }
  return TRUE;
}

/* Whether row @index is already in the register (after _mark_existing()). */
gboolean
hg_register_import_is_existing (HgRegisterImport *import,
                                guint             index)
{
  return index < import->existing->len && g_array_index (import->existing, gboolean, index);
}

guint
hg_register_import_get_n_existing (HgRegisterImport *import)
{
  return import->n_existing;
}

/* Fails, naming how many, while the file has any problem. */
gboolean
hg_register_import_check (HgRegisterImport  *import,
                          GError           **error)
{
  g_return_val_if_fail (import->sheet != NULL, FALSE);
  return hg_import_sheet_check (import->sheet, error);
}

static gboolean
apply_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  HgRegisterImport *import = user_data;

  for (guint i = 0; i < import->rows->len; i++)
    if (!hg_register_import_is_existing (import, i)
        && !import->spec->write (db, g_ptr_array_index (import->rows, i), error))
      {
        g_prefix_error (error, _("Line %u: "), g_array_index (import->lines, guint, i));
        return FALSE;
      }
  return TRUE;
}

/* Writes every row not yet in the register in one transaction, one undo
 * step; refuses, writing nothing, while the file has any problem. When
 * every row is already there it writes nothing, makes no undo step, and
 * succeeds: the caller says so (get_n_existing() == get_n_rows()). */
gboolean
hg_register_import_apply (HgWorkbook        *workbook,
                          HgRegisterImport  *import,
                          GError           **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (import->sheet != NULL, FALSE);

  if (!hg_register_import_check (import, error)
      || !hg_register_import_mark_existing (import, workbook, error))
    return FALSE;
  if (import->n_existing == import->rows->len)
    return TRUE;
  label = import->spec->label (import->rows->len - import->n_existing);
  return hg_workbook_edit (workbook, label, apply_cb, import, error);
}

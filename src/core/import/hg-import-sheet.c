/* hg-import-sheet.c
 *
 * Users' sheets have a title or a note above the header, their own names
 * for the columns, in Japanese or English, in any order, and columns we do
 * not know. This finds the header, says which column is where, and keeps
 * every problem with its line, column, value and reason, so the asset
 * register's import and the employee import read files the same way.
 *
 * IPA's own register and many made from it have a two-row header: a cell
 * merged over several columns (評価値, 個人情報の種類) with the columns'
 * names in the row below. The header row is then read together with the
 * row below it; in a CSV file the merged cell's text is in its first
 * column only, the others are empty, and the XLSX reader has already
 * spread a merged cell's text over its whole range.
 *
 * Rows come from a reader one at a time and are not kept: only the first
 * few, among which the header is looked for, are held until they are
 * handed on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-import-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-date.h"
#include "hg-import-sheet.h"
#include "hg-text.h"

/* A header is looked for in this many rows from the top. */
#define HEADER_SEARCH_ROWS 10

struct _HgImportSheet
{
  HgTable   *ahead;       /* the first rows, read to find the header */
  guint      next_ahead;  /* the next of them to hand on */
  GStrv      headers;     /* the name of each column, normalized */
  int       *where;       /* column → cell index, -1 if absent */
  guint      n_columns;
  GPtrArray *problems;    /* of HgImportProblem, the first HG_IMPORT_MAX_PROBLEMS */
  guint      n_problems;  /* all of them */
  GPtrArray *unknown;     /* of char *: headers no column matched */
};

static void
problem_free (HgImportProblem *p)
{
  g_free (p->column);
  g_free (p->value);
  g_free (p->reason);
  g_free (p);
}

void
hg_import_sheet_free (HgImportSheet *sheet)
{
  if (sheet == NULL)
    return;
  hg_table_free (sheet->ahead);
  g_strfreev (sheet->headers);
  g_free (sheet->where);
  g_ptr_array_unref (sheet->problems);
  g_ptr_array_unref (sheet->unknown);
  g_free (sheet);
}

/* Folds a header so "情報資産 名称", "Asset Name" and "ＮＯ．" match their
 * aliases: NFKC, casefold, and no spaces or underscores. */
char *
hg_import_header_key (const char *header)
{
  g_autofree char *folded = hg_text_fold (header);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '_' && c != 0x3000)
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* @aliases: up to @n_aliases names, ending early at a NULL. */
gboolean
hg_import_header_matches (const char         *header,
                          const char * const *aliases,
                          guint               n_aliases)
{
  g_autofree char *key = hg_import_header_key (header);

  if (key[0] == '\0')
    return FALSE;
  for (guint a = 0; a < n_aliases && aliases[a] != NULL; a++)
    {
      g_autofree char *alias = hg_import_header_key (aliases[a]);

      if (g_str_equal (key, alias))
        return TRUE;
    }
  return FALSE;
}

static gboolean
matches_column (HgImportMatchFunc  match,
                const char        *header,
                guint              n_columns)
{
  guint column;

  return header[0] != '\0' && match (header, &column) && column < n_columns;
}

static gboolean
row_names_key (HgTable           *table,
               guint              row,
               HgImportMatchFunc  match,
               guint              key_column)
{
  for (guint c = 0; c < hg_table_get_row_length (table, row); c++)
    {
      guint column;

      if (match (hg_table_get_cell (table, row, c), &column) && column == key_column)
        return TRUE;
    }
  return FALSE;
}

/* Whether the row below the header holds the names of columns the header
 * groups, as 機密性 under 評価値. A row of data never does: it names its
 * asset (or person) under the key column, and has values, not names,
 * under the headers above it. A column under a merged cell may repeat the
 * merged text. */
static gboolean
is_sub_header (HgTable           *table,
               guint              upper,
               guint              lower,
               HgImportMatchFunc  match,
               guint              n_columns,
               guint              key_index)
{
  gboolean names_more = FALSE;

  if (!matches_column (match, hg_table_get_cell (table, lower, key_index), n_columns)
      && hg_table_get_cell (table, lower, key_index)[0] != '\0')
    return FALSE;

  for (guint c = 0; c < hg_table_get_row_length (table, lower); c++)
    {
      const char *below = hg_table_get_cell (table, lower, c);
      const char *above = hg_table_get_cell (table, upper, c);
      gboolean below_named = matches_column (match, below, n_columns);

      if (below[0] == '\0')
        continue;
      if (matches_column (match, above, n_columns))
        {
          if (!below_named && !g_str_equal (below, above))
            return FALSE;
        }
      else if (below_named)
        names_more = TRUE;
    }
  return names_more;
}

/* A column is named by the lower row where it names one of ours, else by
 * the upper one. */
static const char *
header_of (HgTable           *table,
           guint              upper,
           int                lower,
           guint              c,
           HgImportMatchFunc  match,
           guint              n_columns)
{
  const char *above = hg_table_get_cell (table, upper, c);
  const char *below = lower >= 0 ? hg_table_get_cell (table, lower, c) : "";

  if (matches_column (match, below, n_columns) || above[0] == '\0')
    return below;
  return above;
}

/* The header is the first of the first ten rows that names @key_column;
 * without one, the first row, and @key_column is absent. Returns NULL only
 * when the reader fails. */
HgImportSheet *
hg_import_sheet_new (HgSheetReader      *reader,
                     guint               n_columns,
                     HgImportMatchFunc   match,
                     guint               key_column,
                     GError            **error)
{
  g_autoptr(HgImportSheet) sheet = g_new0 (HgImportSheet, 1);
  g_autoptr(GError) local = NULL;
  HgTableRow row;
  HgTable *ahead;
  guint header_row = 0;
  int sub_header_row = -1;
  guint n_headers = 0;

  sheet->n_columns = n_columns;
  sheet->where = g_new (int, n_columns);
  sheet->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  sheet->unknown = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < n_columns; c++)
    sheet->where[c] = -1;

  /* The rows where the header may be, and the one below the last of them. */
  ahead = sheet->ahead = hg_table_new ();
  while (hg_table_get_n_rows (ahead) < HEADER_SEARCH_ROWS + 1
         && hg_sheet_reader_next (reader, &row, &local))
    hg_table_add_copy (ahead, &row);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }

  for (guint r = 0; r < MIN (HEADER_SEARCH_ROWS, hg_table_get_n_rows (ahead)); r++)
    if (row_names_key (ahead, r, match, key_column))
      {
        header_row = r;
        break;
      }

  if (hg_table_get_n_rows (ahead) > 0)
    {
      n_headers = hg_table_get_row_length (ahead, header_row);
      if (header_row + 1 < hg_table_get_n_rows (ahead))
        {
          int key_index = -1;

          for (guint c = 0; c < n_headers && key_index < 0; c++)
            {
              guint column;

              if (match (hg_table_get_cell (ahead, header_row, c), &column)
                  && column == key_column)
                key_index = (int) c;
            }
          if (key_index >= 0
              && is_sub_header (ahead, header_row, header_row + 1, match, n_columns,
                                (guint) key_index))
            {
              sub_header_row = (int) header_row + 1;
              n_headers = MAX (n_headers, hg_table_get_row_length (ahead, sub_header_row));
            }
        }
    }

  sheet->headers = g_new0 (char *, n_headers + 1);
  for (guint c = 0; c < n_headers; c++)
    {
      const char *header = header_of (ahead, header_row, sub_header_row, c, match, n_columns);
      guint column;

      sheet->headers[c] = hg_text_normalize (header);
      if (sheet->headers[c][0] == '\0')
        continue;
      if (!match (header, &column) || column >= n_columns)
        g_ptr_array_add (sheet->unknown, g_strdup (sheet->headers[c]));
      else if (sheet->where[column] < 0)
        sheet->where[column] = (int) c;
    }

  sheet->next_ahead = (sub_header_row >= 0 ? (guint) sub_header_row : header_row) + 1;
  return g_steal_pointer (&sheet);
}

/* Whether the file has no row at all, not even a header. */
gboolean
hg_import_sheet_is_empty (HgImportSheet *sheet)
{
  return hg_table_get_n_rows (sheet->ahead) == 0;
}

gboolean
hg_import_sheet_has_column (HgImportSheet *sheet,
                            guint          column)
{
  g_return_val_if_fail (column < sheet->n_columns, FALSE);
  return sheet->where[column] >= 0;
}

/* The header as the file writes it; NULL when the file has no such column. */
const char *
hg_import_sheet_get_header (HgImportSheet *sheet,
                            guint          column)
{
  return hg_import_sheet_has_column (sheet, column) ? sheet->headers[sheet->where[column]] : NULL;
}

/**
 * hg_import_sheet_next_row:
 * @sheet: a sheet
 * @reader: the reader @sheet was made with
 * @row: (out caller-allocates): the next row below the header; its cells
 *   stay valid until the next call
 * @error: return location for an error
 *
 * Returns: %TRUE with a row; %FALSE at the end, or with @error set
 */
gboolean
hg_import_sheet_next_row (HgImportSheet  *sheet,
                          HgSheetReader  *reader,
                          HgTableRow     *row,
                          GError        **error)
{
  if (sheet->next_ahead < hg_table_get_n_rows (sheet->ahead))
    {
      hg_table_get_row (sheet->ahead, sheet->next_ahead++, row);
      return TRUE;
    }
  return hg_sheet_reader_next (reader, row, error);
}

/* As hg_import_sheet_get_cell(), into @buffer, which the caller reuses
 * from row to row: checking a large file then allocates nothing a cell. */
const char *
hg_import_sheet_get_cell_into (HgImportSheet    *sheet,
                               const HgTableRow *row,
                               guint             column,
                               GString          *buffer)
{
  guint index;

  if (!hg_import_sheet_has_column (sheet, column))
    return hg_text_normalize_into (buffer, "");
  index = (guint) sheet->where[column];
  return hg_text_normalize_into (buffer, index < row->n_cells ? row->cells[index] : "");
}

/* The cell of @row under @column, normalized; "" when the file has no
 * such column or the row is short. */
char *
hg_import_sheet_get_cell (HgImportSheet    *sheet,
                          const HgTableRow *row,
                          guint             column)
{
  guint index;

  if (!hg_import_sheet_has_column (sheet, column))
    return g_strdup ("");
  index = (guint) sheet->where[column];
  return hg_text_normalize (index < row->n_cells ? row->cells[index] : "");
}

/* The start of @value, as the preview and the command line show it: a
 * cell of a hostile file may be megabytes long, or no UTF-8. */
static char *
shorten (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value ? value : "", -1);

  if (g_utf8_strlen (valid, -1) <= 20)
    return g_steal_pointer (&valid);
  {
    g_autofree char *start = g_utf8_substring (valid, 0, 20);

    return g_strconcat (start, "…", NULL);
  }
}

void
hg_import_sheet_add_problem (HgImportSheet *sheet,
                             guint          line,
                             const char    *column,
                             const char    *value,
                             const char    *reason)
{
  HgImportProblem *p;

  if (++sheet->n_problems > HG_IMPORT_MAX_PROBLEMS)
    return;
  p = g_new0 (HgImportProblem, 1);
  p->line = line;
  p->column = g_strdup (column);
  p->value = shorten (value);
  p->reason = g_strdup (reason);
  g_ptr_array_add (sheet->problems, p);
}

/* Notes a problem when @text cannot go into a field of at most @max
 * characters (hg_text_check(): not UTF-8, a control character, too long). */
gboolean
hg_import_sheet_check_text (HgImportSheet  *sheet,
                            guint           line,
                            guint           column,
                            const char     *text,
                            guint           max,
                            HgTextFlags     flags)
{
  const char *problem = hg_text_check (text, max, flags);

  if (problem == NULL)
    return TRUE;
  hg_import_sheet_add_problem (sheet, line, hg_import_sheet_get_header (sheet, column), text,
                               problem);
  return FALSE;
}

/* Sets *@dest to @text, or notes what keeps it out (see
 * hg_import_sheet_check_text()) and leaves *@dest alone. */
gboolean
hg_import_sheet_take_text (HgImportSheet  *sheet,
                           guint           line,
                           guint           column,
                           const char     *text,
                           guint           max,
                           HgTextFlags     flags,
                           char          **dest)
{
  if (!hg_import_sheet_check_text (sheet, line, column, text, max, flags))
    return FALSE;
  hg_text_set (dest, text);
  return TRUE;
}

/* If @text is a date and a time of day as the XLSX reader gives an Excel
 * date-and-time cell ("2026-04-01 09:30", maybe with ":SS"), the date in
 * *@iso and whether the time is midnight. */
static gboolean
split_date_time (const char  *text,
                 char       **iso,
                 gboolean    *midnight)
{
  const char *space = strrchr (text, ' ');
  const char *time;
  g_autofree char *date = NULL, *day = NULL;
  gsize length;

  if (space == NULL)
    return FALSE;
  time = space + 1;
  length = strlen (time);
  if ((length != 5 && length != 8) || !g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1])
      || time[2] != ':' || !g_ascii_isdigit (time[3]) || !g_ascii_isdigit (time[4])
      || (length == 8 && (time[5] != ':' || !g_ascii_isdigit (time[6])
                          || !g_ascii_isdigit (time[7]))))
    return FALSE;
  date = g_strndup (text, space - text);
  if (!hg_date_parse (date, &day) || day[0] == '\0')
    return FALSE;
  *iso = g_steal_pointer (&day);
  *midnight = strspn (time, "0:") == length;
  return TRUE;
}

/* Sets *@dest to @text as YYYY-MM-DD ("" for an empty cell), or notes
 * that it is no date.
 *
 * A date-only column and a cell that holds a date and a time (an Excel
 * cell under a format like yyyy/m/d h:mm): at midnight the cell is a date
 * as many systems export them and as Excel shows a date typed under such a
 * format, so its date is taken and nothing is lost. Any other time is
 * refused by name rather than cut off: the cell records a moment, and
 * which day the user meant for a date-only field is theirs to say. */
gboolean
hg_import_sheet_take_date (HgImportSheet  *sheet,
                           guint           line,
                           guint           column,
                           const char     *text,
                           char          **dest)
{
  g_autofree char *iso = NULL;

  if (!hg_date_parse (text, &iso))
    {
      gboolean midnight = FALSE;

      g_clear_pointer (&iso, g_free);
      if (split_date_time (text, &iso, &midnight) && midnight)
        {
          hg_text_set (dest, iso);
          return TRUE;
        }
      hg_import_sheet_add_problem (sheet, line, hg_import_sheet_get_header (sheet, column), text,
                                   iso != NULL
                                   ? _("This column takes a date without a time of day: "
                                       "write only the date, such as 2026-04-01")
                                   : _("Write a date such as 2026-04-01"));
      return FALSE;
    }
  hg_text_set (dest, iso);
  return TRUE;
}

/* The first HG_IMPORT_MAX_PROBLEMS problems, in the order of the file. */
GPtrArray *
hg_import_sheet_get_problems (HgImportSheet *sheet)
{
  return sheet->problems;
}

/* All problems, also those past the ones kept. */
guint
hg_import_sheet_get_n_problems (HgImportSheet *sheet)
{
  return sheet->n_problems;
}

GStrv
hg_import_list_to_strv (GPtrArray *list)
{
  GStrv strv = g_new0 (char *, list->len + 1);

  for (guint i = 0; i < list->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (list, i));
  return strv;
}

GStrv
hg_import_sheet_get_unknown_columns (HgImportSheet *sheet)
{
  return hg_import_list_to_strv (sheet->unknown);
}

/* An import is applied whole or not at all: refuses while any problem is
 * left. */
gboolean
hg_import_sheet_check (HgImportSheet  *sheet,
                       GError        **error)
{
  guint n = sheet->n_problems;

  if (n == 0)
    return TRUE;
  g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS,
               g_dngettext (GETTEXT_PACKAGE,
                            "The file has %u problem; nothing was imported.",
                            "The file has %u problems; nothing was imported.", n), n);
  return FALSE;
}

char *
hg_import_problem_to_string (const HgImportProblem *p)
{
  /* Translators: an import problem: line, column, value and reason, e.g.
   * Line 12, 機密性 “5”: Choose 1, 2 or 3 */
  return g_strdup_printf (_("Line %u, %s “%s”: %s"), p->line, p->column, p->value, p->reason);
}

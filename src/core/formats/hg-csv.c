/* hg-csv.c
 *
 * Writing produces what Excel opens without asking: UTF-8 with a byte order
 * mark and CR LF line ends. Reading is hg-csv-reader.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-csv"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hg-csv.h"
#include "hg-error.h"
#include "hg-save-file.h"

#define UTF8_BOM     "\xEF\xBB\xBF"
#define UTF8_BOM_LEN 3

/* Formula injection (OWASP's "CSV injection"): Excel and LibreOffice take a
 * cell that starts with = + - or @ for a formula, and some skip a leading
 * TAB or CR before looking, so a name such as =HYPERLINK(…) or +cmd|…
 * would run when the export is opened. Such a cell is written with an
 * apostrophe before it, which both show as text.
 *
 * Plain decimal numbers are left alone: "-1" or "-0.5" is read as that
 * number, with nothing after the sign that a spreadsheet could evaluate (no
 * operator, no function, no reference), and guarding it would turn a
 * number into text.
 *
 * So that reading gives back exactly what was written, the apostrophe is
 * taken off again on import, and only where it would have been put: a cell
 * that is apostrophes followed by a formula-like text. That is why a cell
 * that already starts with apostrophes before such a text ('=x) gets one
 * more, while an apostrophe before anything else ('abc, '-1) is the cell's
 * own and stays. */
static gboolean
is_plain_number (const char *s)
{
  static const char digits[] = "0123456789";
  gsize n;

  s += *s == '-';
  n = strspn (s, digits);
  if (n > 0 && s[n] == '.')
    {
      s += n + 1;
      n = strspn (s, digits);
    }
  return n > 0 && s[n] == '\0';
}

/* Called for every cell of an export (20 million for a large risk sheet):
 * the first byte decides almost always, without a library call. */
static gboolean
needs_guard (const char *field)
{
  const char *s = field;

  while (*s == '\'')
    s++;
  switch (*s)
    {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return !is_plain_number (s);
    default:
      return FALSE;
    }
}

/**
 * _hg_csv_is_guarded:
 * @cell: a cell as read
 *
 * Whether @cell starts with the apostrophe append_field() puts before a
 * formula-like text, which reading takes off again.
 *
 * Returns: %TRUE when the first byte of @cell is that apostrophe
 */
gboolean
_hg_csv_is_guarded (const char *cell)
{
  return cell[0] == '\'' && needs_guard (cell + 1);
}

/* Excel needs quotes around separators, quotes and line breaks, and drops
 * or trims unquoted leading and trailing spaces in some versions. A leading
 * byte order mark is quoted too, or a reader would take it for the file's. */
static gboolean
needs_quotes (const char *field,
              gsize       length)
{
  if (length == 0)
    return FALSE;
  if (field[0] == ' ' || field[0] == '\t' || field[length - 1] == ' ' || field[length - 1] == '\t')
    return TRUE;
  if (length >= UTF8_BOM_LEN && memcmp (field, UTF8_BOM, UTF8_BOM_LEN) == 0)
    return TRUE;
  return strpbrk (field, ",\"\r\n") != NULL;
}

static void
append_field (GString    *out,
              const char *field)
{
  g_autofree char *guarded = needs_guard (field) ? g_strconcat ("'", field, NULL) : NULL;
  const char *p = guarded != NULL ? guarded : field;
  gsize length = strlen (p);
  const char *end = p + length;

  if (!needs_quotes (p, length))
    {
      g_string_append_len (out, p, length);
      return;
    }

  g_string_append_c (out, '"');
  for (;;)
    {
      const char *quote = memchr (p, '"', end - p);

      if (quote == NULL)
        break;
      g_string_append_len (out, p, quote + 1 - p);
      g_string_append_c (out, '"');
      p = quote + 1;
    }
  g_string_append_len (out, p, end - p);
  g_string_append_c (out, '"');
}

/**
 * hg_csv_append_row:
 * @out: where to append
 * @fields: (array length=n_fields): the cells; a %NULL cell is written empty
 * @n_fields: the number of cells, or -1 if @fields is %NULL-terminated
 *
 * Appends one row as Excel writes it, ending in CR LF, with an apostrophe
 * before each cell a spreadsheet would take for a formula (see
 * needs_guard()); hg_csv_parse() takes it off again.
 */
void
hg_csv_append_row (GString            *out,
                   const char * const *fields,
                   gssize              n_fields)
{
  gsize n;

  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL || n_fields <= 0);

  if (n_fields < 0)
    n = fields != NULL ? g_strv_length ((GStrv) fields) : 0;
  else
    n = n_fields;

  /* A single empty cell would come out as an empty line, which reading
   * skips: written as "" the row survives a round trip. */
  if (n == 1 && (fields[0] == NULL || fields[0][0] == '\0'))
    {
      g_string_append (out, "\"\"\r\n");
      return;
    }

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i] != NULL ? fields[i] : "");
    }
  g_string_append_len (out, "\r\n", 2);
}

static void
table_row (guint      index,
           GPtrArray *cells,
           gpointer   user_data)
{
  HgTable *table = user_data;
  GStrv row = g_ptr_array_index (table->rows, index);

  for (guint i = 0; row[i] != NULL; i++)
    g_ptr_array_add (cells, row[i]);
}

/**
 * hg_csv_write_file:
 * @path: a file name in the GLib file name encoding
 * @table: the rows to write
 * @error: return location for an error
 *
 * Writes @table as UTF-8 with a byte order mark and CR LF line ends, which
 * Excel opens without asking for the encoding. The file is replaced
 * atomically, and it is readable by its owner only: an asset register lists
 * what a company has and where it is kept.
 *
 * Returns: %TRUE on success
 */
gboolean
hg_csv_write_file (const char  *path,
                   HgTable     *table,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  return hg_csv_write_rows (path, hg_table_get_n_rows (table), table_row, table, NULL, error);
}

/**
 * hg_csv_write_rows:
 * @path: a file name in the GLib file name encoding
 * @n_rows: how many rows to write
 * @row_func: makes each row
 * @user_data: for @row_func
 * @job: (nullable): told of each row; cancelling it stops the export
 * @error: return location for an error
 *
 * Writes what hg_csv_write_file() writes, a piece at a time, through a
 * file beside @path that is renamed over it at the end (mode 0600): a
 * failed or cancelled export leaves the earlier file as it was, and no
 * temporary file.
 *
 * Returns: %TRUE on success
 */
gboolean
hg_csv_write_rows (const char      *path,
                   guint            n_rows,
                   HgTableRowFunc   row_func,
                   gpointer         user_data,
                   HgJob           *job,
                   GError         **error)
{
  g_autoptr(HgSaveFile) file = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (row_func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = hg_save_file_new (path, error);
  if (file == NULL)
    return FALSE;
  hg_save_file_set_job (file, job);
  out = g_string_sized_new (128 * 1024);
  g_string_append_len (out, UTF8_BOM, UTF8_BOM_LEN);
  hg_job_set_total (job, n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      if (!hg_job_report (job, i, error))
        return FALSE;
      g_ptr_array_set_size (cells, 0);
      row_func (i, cells, user_data);
      hg_csv_append_row (out, (const char * const *) cells->pdata, cells->len);
      if (out->len >= 64 * 1024)
        {
          if (!hg_save_file_write (file, out->str, out->len, error))
            return FALSE;
          g_string_truncate (out, 0);
        }
    }
  return hg_save_file_write (file, out->str, out->len, error)
         && hg_job_report (job, n_rows, error)
         && hg_save_file_commit (file, error);
}

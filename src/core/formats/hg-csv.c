/* hg-csv.c
 *
 * Reading follows what Japanese Excel writes and what it accepts, not the
 * letter of RFC 4180: the encoding is guessed (a UTF-8 byte order mark, then
 * plain UTF-8, then CP932, Microsoft's Shift_JIS), any of CR LF, LF or a lone
 * CR ends a line, rows may have any length, and a quote in the middle of an
 * unquoted field is an ordinary character. Writing produces what Excel opens
 * without asking: UTF-8 with a byte order mark and CR LF line ends.
 *
 * Line numbers are those a text editor shows, so that an error message points
 * at something the user can find: a line break inside a quoted field starts a
 * new line, and a row is reported at the line where it starts.
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

/* The bytes that end an unquoted field. A lookup table keeps the inner loop
 * to one load and one test per byte. */
static const guint8 field_stop[256] = {
  [','] = 1,
  ['\r'] = 1,
  ['\n'] = 1,
};

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

static gboolean
needs_guard (const char *field)
{
  const char *s = field + strspn (field, "'");

  return *s != '\0' && strchr ("=+-@\t\r", *s) != NULL && !is_plain_number (s);
}

/* Takes off the apostrophe that append_field() put before @cell. */
static char *
unguard (char *cell)
{
  if (cell[0] == '\'' && needs_guard (cell + 1))
    memmove (cell, cell + 1, strlen (cell));
  return cell;
}

/* Counts the line ends in [p, stop) as a text editor does: CR LF, LF and a
 * lone CR each end one line. The byte after a CR is looked up in the whole
 * buffer, up to @end, so that a CR LF is never counted twice. */
static guint
count_line_ends (const char *p,
                 const char *stop,
                 const char *end)
{
  guint n = 0;

  for (; p < stop; p++)
    {
      if (*p == '\n')
        n++;
      else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
        n++;
    }

  return n;
}

static guint
line_at (const char *data,
         gsize       offset,
         gsize       length)
{
  return 1 + count_line_ends (data, data + offset, data + length);
}

static char *
format_size (guint64 size)
{
  return g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
}

static void
set_too_large_error (GError     **error,
                     const char  *display_name,
                     guint64      size)
{
  g_autofree char *size_text = format_size (size);
  g_autofree char *limit_text = format_size (HG_CSV_MAX_SIZE);

  if (display_name != NULL)
    g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                 /* Translators: a file name, its size, and the largest size allowed */
                 _("“%s” is too large to import (%s; the limit is %s)"),
                 display_name, size_text, limit_text);
  else
    g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                 /* Translators: the size of the file, then the largest size allowed */
                 _("The file is too large to import (%s; the limit is %s)"),
                 size_text, limit_text);
}

/* Reads a field that starts with a quote. On return *pp points at the byte
 * that ends the field: a comma, a line end or the end of the data. */
static char *
read_quoted_field (const char  **pp,
                   const char   *end,
                   guint        *line,
                   GError      **error)
{
  const char *p = *pp + 1;
  const char *quote;
  const char *after;
  const char *stop;
  guint start_line = *line;
  GString *value = NULL;

  for (;;)
    {
      quote = memchr (p, '"', end - p);
      if (quote == NULL)
        {
          if (value != NULL)
            g_string_free (value, TRUE);
          g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                       _("Line %u: a quoted field is not closed"), start_line);
          return NULL;
        }

      *line += count_line_ends (p, quote, end);

      if (quote + 1 == end || quote[1] != '"')
        break;

      /* A doubled quote stands for one: keep the first, skip the second.
       * Only fields that have one pay for a copy into a GString. */
      if (value == NULL)
        value = g_string_sized_new ((quote - p) * 2 + 16);
      g_string_append_len (value, p, quote + 1 - p);
      p = quote + 2;
    }

  /* Excel keeps whatever follows the closing quote up to the next separator,
   * quotes included, as plain text: "ab"cd reads as abcd. */
  after = quote + 1;
  stop = after;
  while (stop < end && !field_stop[(guchar) *stop])
    stop++;
  *pp = stop;

  if (value == NULL && stop == after)
    return g_strndup (p, quote - p);

  if (value == NULL)
    value = g_string_sized_new ((quote - p) + (stop - after) + 1);
  g_string_append_len (value, p, quote - p);
  g_string_append_len (value, after, stop - after);
  return g_string_free (value, FALSE);
}

static void
free_cells (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    g_free (g_ptr_array_index (cells, i));
  g_ptr_array_set_size (cells, 0);
}

/* Splits valid UTF-8 text, without a byte order mark, into rows. */
static HgTable *
parse_text (const char  *text,
            gsize        length,
            GError     **error)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  const char *p = text;
  const char *end = text + length;
  guint line = 1;

  while (p < end)
    {
      GStrv row;
      guint row_line;

      /* A line with nothing on it is no row: Excel leaves such lines at the
       * end of a sheet, and people leave them between blocks of rows. */
      if (*p == '\n' || *p == '\r')
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
          continue;
        }

      row_line = line;

      for (;;)
        {
          char *cell;

          if (p < end && *p == '"')
            {
              cell = read_quoted_field (&p, end, &line, error);
              if (cell == NULL)
                {
                  free_cells (cells);
                  return NULL;
                }
            }
          else
            {
              const char *start = p;

              while (p < end && !field_stop[(guchar) *p])
                p++;
              cell = g_strndup (start, p - start);
            }

          g_ptr_array_add (cells, unguard (cell));

          if (p < end && *p == ',')
            p++;
          else
            break;
        }

      /* Here p is at a line end or at the end of the data. */
      if (p < end)
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
        }

      /* An exact copy rather than stealing the array's storage, which would
       * keep up to twice the room each row needs. */
      row = g_new (char *, cells->len + 1);
      memcpy (row, cells->pdata, cells->len * sizeof (char *));
      row[cells->len] = NULL;
      g_ptr_array_set_size (cells, 0);
      hg_table_add_row (table, row, row_line);
    }

  return g_steal_pointer (&table);
}

/* Called when the data is not UTF-8 and not CP932: names the line where the
 * encoding that got further breaks down, since that is most likely the
 * encoding the file was meant to be in, and its first bad byte the damage. */
static void
set_encoding_error (GError      **error,
                    const char   *data,
                    gsize         length,
                    gsize         utf8_valid,
                    gsize         cp932_valid)
{
  const char *utf8 = "UTF-8";
  const char *cp932 = "Shift_JIS (CP932)";
  gboolean assume_cp932 = cp932_valid > utf8_valid;

  g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
               /* Translators: two encodings; the file seems to be in the first */
               _("Line %u: this line is not valid %s text, and the file is not valid %s either"),
               line_at (data, assume_cp932 ? cp932_valid : utf8_valid, length),
               assume_cp932 ? cp932 : utf8,
               assume_cp932 ? utf8 : cp932);
}

/**
 * hg_csv_parse:
 * @data: (array length=length): the bytes of a whole file
 * @length: the number of bytes in @data
 * @detected: (out) (optional): the encoding the file was read in
 * @error: return location for an error
 *
 * Reads a CSV file as Japanese Excel writes it; see the top of this file.
 * A line with nothing on it is skipped, but a row of empty fields (",,")
 * is kept. The apostrophe hg_csv_append_row() puts before a formula-like
 * cell is taken off.
 *
 * Returns: (transfer full) (nullable): the rows, each with the line where
 *   it starts, or %NULL with @error set
 */
HgTable *
hg_csv_parse (const char     *data,
              gsize           length,
              HgCsvEncoding  *detected,
              GError        **error)
{
  g_autofree char *converted = NULL;
  HgCsvEncoding encoding;
  const char *text = data;
  const char *utf8_end = NULL;
  const char *nul;
  gsize text_length = length;
  HgTable *table;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > HG_CSV_MAX_SIZE)
    {
      set_too_large_error (error, NULL, length);
      return NULL;
    }

  /* Excel's "Unicode Text" is UTF-16. It would fail below with a puzzling
   * message; neither 0xFE nor 0xFF can start a UTF-8 or CP932 file. */
  if (length >= 2
      && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("Line %u: the file is in UTF-16, which cannot be imported; save it as “CSV UTF-8” instead"),
                   1u);
      return NULL;
    }

  /* CP932 would decode a zero byte, and the cell would be cut short there
   * without a word. No spreadsheet writes one in a CSV file. */
  nul = length > 0 ? memchr (data, '\0', length) : NULL;
  if (nul != NULL)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("Line %u: the file contains a zero byte, so it is not a CSV text file"),
                   line_at (data, nul - data, length));
      return NULL;
    }

  if (length >= UTF8_BOM_LEN && memcmp (data, UTF8_BOM, UTF8_BOM_LEN) == 0)
    {
      encoding = HG_CSV_ENCODING_UTF8_BOM;
      text += UTF8_BOM_LEN;
      text_length -= UTF8_BOM_LEN;

      /* The mark settles the encoding: falling back to CP932 here would turn
       * a damaged UTF-8 file into garbage that looks like text. */
      if (!g_utf8_validate_len (text, text_length, &utf8_end))
        {
          g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                       _("Line %u: the file starts with a UTF-8 byte order mark, but this line is not valid UTF-8"),
                       line_at (text, utf8_end - text, text_length));
          return NULL;
        }
    }
  else if (g_utf8_validate_len (data, length, &utf8_end))
    {
      encoding = HG_CSV_ENCODING_UTF8;
    }
  else
    {
      g_autoptr(GError) local = NULL;
      gsize bytes_read = 0;

      converted = g_convert (data, length, "UTF-8", "CP932", &bytes_read, &text_length, &local);

      /* Given @bytes_read, g_convert() succeeds on a character cut off at
       * the end, and only says so through @bytes_read. */
      if (converted != NULL && bytes_read < length)
        {
          set_encoding_error (error, data, length, utf8_end - data, bytes_read);
          return NULL;
        }

      if (converted == NULL)
        {
          if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE)
              || g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT))
            set_encoding_error (error, data, length, utf8_end - data, bytes_read);
          else
            g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                         /* Translators: the %s is an explanation from the system */
                         _("Line %u: the file is not valid UTF-8, and it could not be read as Shift_JIS (CP932): %s"),
                         line_at (data, utf8_end - data, length), local->message);
          return NULL;
        }
      encoding = HG_CSV_ENCODING_CP932;
      text = converted;
    }

  table = parse_text (text, text_length, error);
  if (table != NULL && detected != NULL)
    *detected = encoding;
  return table;
}

/* Reads the whole file, refusing anything that is not a regular file (a FIFO
 * or a device could block or never end) and anything over the size limit,
 * before reading it. */
static gboolean
read_contents (const char  *path,
               const char  *display_name,
               char       **contents,
               gsize       *length,
               GError     **error)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize capacity;
  gsize total = 0;
  int saved_errno;
  int fd;

  /* O_NONBLOCK so that opening a FIFO with no writer does not wait. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not open “%s”: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not read “%s”: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not read “%s”: it is a folder or a device, not a file"),
                   display_name);
      return FALSE;
    }

  if ((guint64) st.st_size > HG_CSV_MAX_SIZE)
    {
      close (fd);
      set_too_large_error (error, display_name, st.st_size);
      return FALSE;
    }

  /* One byte more than the size, so that an unchanged file ends with a read
   * of zero bytes instead of a reallocation; a file that grows meanwhile is
   * still read to its end, up to the limit. */
  capacity = (gsize) st.st_size + 1;
  buffer = g_malloc (capacity);

  for (;;)
    {
      ssize_t n;

      if (total == capacity)
        {
          if (capacity > HG_CSV_MAX_SIZE)
            {
              close (fd);
              set_too_large_error (error, display_name, total);
              return FALSE;
            }
          capacity = MIN (capacity * 2, HG_CSV_MAX_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n = read (fd, buffer + total, capacity - total);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          saved_errno = errno;
          close (fd);
          g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                       _("Could not read “%s”: %s"), display_name, g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        break;
      total += n;
    }

  close (fd);
  *contents = g_steal_pointer (&buffer);
  *length = total;
  return TRUE;
}

/**
 * hg_csv_read_file:
 * @path: a file name in the GLib file name encoding
 * @detected: (out) (optional): the encoding the file was read in
 * @error: return location for an error
 *
 * Reads a CSV file with hg_csv_parse(). Every error message names the file.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with @error set
 */
HgTable *
hg_csv_read_file (const char     *path,
                  HgCsvEncoding  *detected,
                  GError        **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;
  HgTable *table;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_name (path);

  if (!read_contents (path, display_name, &contents, &length, error))
    return NULL;

  table = hg_csv_parse (contents, length, detected, &local);
  if (table == NULL)
    {
      g_set_error (error, local->domain, local->code,
                   /* Translators: a file name, then what is wrong in it */
                   _("“%s”: %s"), display_name, local->message);
      return NULL;
    }

  return table;
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

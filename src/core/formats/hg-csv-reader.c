/* hg-csv-reader.c
 *
 * Reading follows what Japanese Excel writes and what it accepts, not the
 * letter of RFC 4180: the encoding is guessed (a UTF-8 byte order mark, then
 * plain UTF-8, then CP932, Microsoft's Shift_JIS), any of CR LF, LF or a lone
 * CR ends a line, rows may have any length, and a quote in the middle of an
 * unquoted field is an ordinary character. The apostrophe hg_csv_append_row()
 * puts before a formula-like cell is taken off again.
 *
 * Line numbers are those a text editor shows, so that an error message points
 * at something the user can find: a line break inside a quoted field starts a
 * new line, and a row is reported at the line where it starts.
 *
 * A file is never held whole: an import of any size must not take the
 * machine down. It is read twice, 64 KiB at a time. The first pass decides
 * the encoding, which needs the whole file: a file is UTF-8 only if all of it
 * is, and a CP932 file may well start with bytes that happen to be valid
 * UTF-8. The second pass decodes and hands out one row at a time. What stays
 * in memory is one read, the row being parsed and its cells — a few times
 * the longest row, which HG_CSV_MAX_ROW_SIZE bounds.
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

#include "hg-csv-reader.h"

/* Declared in hg-csv.h: the reader is what fails. */
G_DEFINE_QUARK (hg-csv-error-quark, hg_csv_error)

#define UTF8_BOM     "\xEF\xBB\xBF"
#define UTF8_BOM_LEN 3

#define READ_SIZE    ((gsize) 64 * 1024)

/* Room for a character cut by a read, carried to the next one. */
#define CARRY_ROOM   8

/* One byte of CP932 (a half-width katakana) is three of UTF-8. */
#define MAX_GROWTH   3

/* The bytes that end an unquoted field. A lookup table keeps the inner loop
 * to one load and one test per byte. */
static const guint8 field_stop[256] = {
  [','] = 1,
  ['\r'] = 1,
  ['\n'] = 1,
};

typedef enum
{
  PARSE_ROW,
  PARSE_MORE,   /* the row goes on past what is decoded so far */
  PARSE_END,
  PARSE_ERROR,
} ParseResult;

struct _HgCsvReader
{
  /* The source: an open file, or bytes in memory. */
  int            fd;
  const char    *data;
  gsize          data_length;
  gsize          data_pos;
  char          *display_name;
  guint64        length;       /* what the first pass saw; the second reads no further */
  guint64        source_pos;   /* read so far by the second pass */
  gsize          read_size;

  HgCsvEncoding  encoding;
  GIConv         iconv;        /* CP932 to UTF-8, or (GIConv) -1 */
  guint64        utf8_valid;   /* where UTF-8 broke down, for a message */

  /* Bytes read but not yet decoded, which start at @raw_base in the
   * source: the part of a character that the read cut off. */
  char          *raw;
  gsize          raw_len;
  guint64        raw_base;

  /* Decoded text; [text_pos, text_len) is not parsed yet. */
  char          *text;
  gsize          text_pos;
  gsize          text_len;
  gsize          text_size;
  gboolean       eof;          /* everything is decoded */
  gboolean       done;

  guint          line;         /* of text[text_pos] */
  guint          row_line;
  GString       *cells_text;   /* the row's cells, each ending in a zero byte */
  gsize         *cell_starts;  /* offsets into @cells_text */
  guint          n_cells;
  guint          cell_starts_size;
  GPtrArray     *cells;
};

/* Counts the line ends in [p, stop) as a text editor does: CR LF, LF and a
 * lone CR each end one line. The byte after a CR is looked up up to @end,
 * so that a CR LF is never counted twice. */
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
    g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_TOO_LARGE,
                 /* Translators: a file name, its size, and the largest size allowed */
                 _("“%s” is too large to import (%s; the limit is %s)"),
                 display_name, size_text, limit_text);
  else
    g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_TOO_LARGE,
                 /* Translators: the size of the file, then the largest size allowed */
                 _("The file is too large to import (%s; the limit is %s)"),
                 size_text, limit_text);
}

static void
set_read_error (HgCsvReader  *r,
                int           saved_errno,
                GError      **error)
{
  g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_IO,
               _("Could not read “%s”: %s"), r->display_name, g_strerror (saved_errno));
}

/* Reads up to @size bytes from @offset of the source without moving its
 * position; fewer only at its end. */
static gssize
source_pread (HgCsvReader *r,
              char        *buf,
              gsize        size,
              guint64      offset)
{
  gsize total = 0;

  if (r->fd < 0)
    {
      gsize n = offset < r->data_length ? MIN (size, r->data_length - offset) : 0;

      memcpy (buf, r->data + offset, n);
      return n;
    }

  while (total < size)
    {
      ssize_t n = pread (r->fd, buf + total, size - total, (off_t) (offset + total));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      total += n;
    }
  return total;
}

/* Reads the next @size bytes of the source; fewer only at its end. */
static gssize
source_read (HgCsvReader  *r,
             char         *buf,
             gsize         size,
             GError      **error)
{
  gsize total = 0;

  if (r->fd < 0)
    {
      gsize n = MIN (size, r->data_length - r->data_pos);

      memcpy (buf, r->data + r->data_pos, n);
      r->data_pos += n;
      return n;
    }

  while (total < size)
    {
      ssize_t n = read (r->fd, buf + total, size - total);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_read_error (r, errno, error);
          return -1;
        }
      if (n == 0)
        break;
      total += n;
    }
  return total;
}

static void
source_rewind (HgCsvReader *r)
{
  if (r->fd < 0)
    r->data_pos = 0;
  else
    lseek (r->fd, 0, SEEK_SET);
}

/* The line of the byte at @offset of the source, counted afresh from the
 * start: only a message needs it, so the passes need not count. */
static guint
line_at (HgCsvReader *r,
         guint64      offset)
{
  char buf[4096];
  guint64 pos = 0;
  guint line = 1;
  gboolean after_cr = FALSE;

  while (pos < offset)
    {
      gssize n = source_pread (r, buf, MIN (sizeof buf, offset - pos), pos);

      if (n <= 0)
        break;
      for (gssize i = 0; i < n; i++)
        {
          if (after_cr && buf[i] != '\n')
            line++;
          after_cr = buf[i] == '\r';
          if (buf[i] == '\n')
            line++;
        }
      pos += n;
    }

  /* A CR just before @offset ends a line unless an LF follows it. */
  if (after_cr && (source_pread (r, buf, 1, offset) != 1 || buf[0] != '\n'))
    line++;
  return line;
}

/* Called when the text is neither UTF-8 nor CP932: names the line where the
 * encoding that got further breaks down, since that is most likely the
 * encoding the file was meant to be in, and its first bad byte the damage. */
static void
set_encoding_error (HgCsvReader  *r,
                    guint64       cp932_valid,
                    GError      **error)
{
  const char *utf8 = "UTF-8";
  const char *cp932 = "Shift_JIS (CP932)";
  gboolean assume_cp932 = cp932_valid > r->utf8_valid;

  g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_ENCODING,
               /* Translators: two encodings; the file seems to be in the first */
               _("Line %u: this line is not valid %s text, and the file is not valid %s either"),
               line_at (r, assume_cp932 ? cp932_valid : r->utf8_valid),
               assume_cp932 ? cp932 : utf8,
               assume_cp932 ? utf8 : cp932);
}

static void
set_bom_error (HgCsvReader  *r,
               guint64       offset,
               GError      **error)
{
  g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_ENCODING,
               _("Line %u: the file starts with a UTF-8 byte order mark, but this line is not valid UTF-8"),
               line_at (r, offset));
}

static void
set_zero_byte_error (HgCsvReader  *r,
                     guint64       offset,
                     GError      **error)
{
  /* CP932 would decode a zero byte, and the cell would be cut short there
   * without a word. No spreadsheet writes one in a CSV file. */
  g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_ENCODING,
               _("Line %u: the file contains a zero byte, so it is not a CSV text file"),
               line_at (r, offset));
}

/* The first pass: finds a zero byte, checks the size as read (a file may
 * grow after its size was asked), and decides the encoding. */
static gboolean
scan (HgCsvReader  *r,
      GError      **error)
{
  char head[UTF8_BOM_LEN];
  gssize head_len = source_pread (r, head, sizeof head, 0);
  char *buf = r->raw;
  guint64 base = 0;            /* the offset of buf[0] in the source */
  guint64 total = 0;
  gsize carry = 0;
  gboolean utf8 = TRUE;

  if (head_len < 0)
    {
      set_read_error (r, errno, error);
      return FALSE;
    }

  /* Excel's "Unicode Text" is UTF-16. It would fail below with a puzzling
   * message; neither 0xFE nor 0xFF can start a UTF-8 or CP932 file. */
  if (head_len >= 2 && (memcmp (head, "\xFF\xFE", 2) == 0 || memcmp (head, "\xFE\xFF", 2) == 0))
    {
      g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_ENCODING,
                   _("Line %u: the file is in UTF-16, which cannot be imported; save it as “CSV UTF-8” instead"),
                   1u);
      return FALSE;
    }
  r->encoding = head_len == UTF8_BOM_LEN && memcmp (head, UTF8_BOM, UTF8_BOM_LEN) == 0
                ? HG_CSV_ENCODING_UTF8_BOM : HG_CSV_ENCODING_UTF8;

  for (;;)
    {
      gssize n = source_read (r, buf + carry, r->read_size, error);
      const char *zero;
      gsize avail;

      if (n < 0)
        return FALSE;
      avail = carry + n;
      total += n;

      zero = n > 0 ? memchr (buf + carry, '\0', n) : NULL;
      if (zero != NULL)
        {
          set_zero_byte_error (r, base + (zero - buf), error);
          return FALSE;
        }

      if (total > HG_CSV_MAX_SIZE)
        {
          g_autofree char *limit_text = format_size (HG_CSV_MAX_SIZE);

          g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_TOO_LARGE,
                       /* Translators: the largest size of a file that is imported */
                       _("Line %u: the file goes on past %s, the most an import reads"),
                       line_at (r, HG_CSV_MAX_SIZE), limit_text);
          return FALSE;
        }

      if (utf8)
        {
          const char *end;

          carry = 0;
          if (!g_utf8_validate_len (buf, avail, &end))
            {
              gsize good = end - buf;

              /* A character cut by the read is checked again with the rest
               * of it; at the end of the file it is damage. */
              if (n > 0 && avail - good < 4)
                carry = avail - good;
              else
                {
                  utf8 = FALSE;
                  r->utf8_valid = base + good;
                }
            }
        }

      if (n == 0)
        break;
      memmove (buf, buf + avail - carry, carry);
      base += avail - carry;
    }

  r->length = total;

  if (!utf8 && r->encoding == HG_CSV_ENCODING_UTF8_BOM)
    {
      /* The mark settles the encoding: falling back to CP932 here would turn
       * a damaged UTF-8 file into garbage that looks like text. */
      set_bom_error (r, r->utf8_valid, error);
      return FALSE;
    }
  if (!utf8)
    {
      r->encoding = HG_CSV_ENCODING_CP932;
      r->iconv = g_iconv_open ("UTF-8", "CP932");
      if (r->iconv == (GIConv) -1)
        {
          int saved_errno = errno;

          g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_ENCODING,
                       /* Translators: the %s is an explanation from the system */
                       _("Line %u: the file is not valid UTF-8, and it could not be read as Shift_JIS (CP932): %s"),
                       line_at (r, r->utf8_valid), g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/* Gets the second pass going: back to the start, past the byte order mark. */
static gboolean
start_rows (HgCsvReader  *r,
            GError      **error)
{
  source_rewind (r);
  r->source_pos = 0;
  r->raw_base = 0;
  if (r->encoding == HG_CSV_ENCODING_UTF8_BOM)
    {
      /* Shorter only if the file shrank meanwhile: then it ends early. */
      gssize n = source_read (r, r->raw, UTF8_BOM_LEN, error);

      if (n < 0)
        return FALSE;
      r->source_pos = r->raw_base = n;
    }
  r->line = 1;
  return TRUE;
}

/* Moves the unparsed text to the front, then reads and decodes one more
 * piece of the source after it. */
static gboolean
refill (HgCsvReader  *r,
        GError      **error)
{
  gsize keep = r->text_len - r->text_pos;
  gsize room;
  gsize n_read;
  gsize avail;
  gssize n;
  const char *zero;

  /* A row is parsed again from its start after each read, so a long one
   * gets reads as long as what is already there, up to the usual size. */
  n_read = CLAMP (keep, r->read_size, READ_SIZE);
  n_read = (gsize) MIN ((guint64) n_read, r->length - r->source_pos);

  if (r->text_pos > 0)
    {
      memmove (r->text, r->text + r->text_pos, keep);
      r->text_len = keep;
      r->text_pos = 0;
    }
  room = keep + MAX_GROWTH * (n_read + CARRY_ROOM) + 1;
  if (room > r->text_size)
    {
      r->text_size = MAX (room, r->text_size * 2);
      r->text = g_realloc (r->text, r->text_size);
    }

  n = source_read (r, r->raw + r->raw_len, n_read, error);
  if (n < 0)
    return FALSE;
  r->source_pos += n;

  /* The file may have changed since the first pass. */
  zero = n > 0 ? memchr (r->raw + r->raw_len, '\0', n) : NULL;
  if (zero != NULL)
    {
      set_zero_byte_error (r, r->raw_base + (zero - r->raw), error);
      return FALSE;
    }
  avail = r->raw_len + n;

  if (r->encoding != HG_CSV_ENCODING_CP932)
    {
      const char *end;
      gsize good = avail;

      if (!g_utf8_validate_len (r->raw, avail, &end))
        {
          good = end - r->raw;
          if (n == 0 || avail - good >= 4)
            {
              if (r->encoding == HG_CSV_ENCODING_UTF8_BOM)
                set_bom_error (r, r->raw_base + good, error);
              else
                {
                  r->utf8_valid = r->raw_base + good;
                  set_encoding_error (r, 0, error);
                }
              return FALSE;
            }
        }
      memcpy (r->text + r->text_len, r->raw, good);
      r->text_len += good;
      r->raw_len = avail - good;
      memmove (r->raw, r->raw + good, r->raw_len);
      r->raw_base += good;
    }
  else
    {
      char *in = r->raw;
      gsize in_left = avail;
      char *out = r->text + r->text_len;
      gsize out_left = r->text_size - r->text_len;
      gsize result = g_iconv (r->iconv, &in, &in_left, &out, &out_left);

      /* A lead byte cut off by the read waits for the rest of its
       * character; anything else, at the end of the file too, is damage.
       * There is always room for the output. */
      if (result == (gsize) -1 && !(errno == EINVAL && n > 0))
        {
          set_encoding_error (r, r->raw_base + (in - r->raw), error);
          return FALSE;
        }
      r->text_len = out - r->text;
      r->raw_base += in - r->raw;
      memmove (r->raw, in, in_left);
      r->raw_len = in_left;
    }

  if (n == 0 && r->raw_len == 0)
    r->eof = TRUE;
  return TRUE;
}

/* Appends the text of a cell, or a piece of one, to the room parse_row()
 * made: a call a cell had been a tenth of an import's check. */
static inline void
append_cell_text (HgCsvReader *r,
                  const char  *start,
                  gsize        length)
{
  memcpy (r->cells_text->str + r->cells_text->len, start, length);
  r->cells_text->len += length;
}

/* Reads a field that starts with a quote at *@pp. On PARSE_ROW, *pp points at
 * the byte that ends the field: a comma, a line end or the end of the text,
 * and *@line is past the line breaks inside it. */
static ParseResult
read_quoted_field (HgCsvReader  *r,
                   const char  **pp,
                   const char   *end,
                   guint        *line,
                   GError      **error)
{
  const char *p = *pp + 1;
  const char *quote;
  const char *after;
  const char *stop;
  guint start_line = *line;

  for (;;)
    {
      quote = memchr (p, '"', end - p);
      if (quote == NULL)
        {
          if (!r->eof)
            return PARSE_MORE;
          g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_SYNTAX,
                       _("Line %u: a quoted field is not closed"), start_line);
          return PARSE_ERROR;
        }
      /* Whether the quote is doubled depends on the byte after it. */
      if (quote + 1 == end && !r->eof)
        return PARSE_MORE;

      *line += count_line_ends (p, quote, end);

      if (quote + 1 == end || quote[1] != '"')
        break;

      /* A doubled quote stands for one: keep the first, skip the second. */
      append_cell_text (r, p, quote + 1 - p);
      p = quote + 2;
    }

  /* Excel keeps whatever follows the closing quote up to the next separator,
   * quotes included, as plain text: "ab"cd reads as abcd. */
  after = quote + 1;
  stop = after;
  while (stop < end && !field_stop[(guchar) *stop])
    stop++;
  if (stop == end && !r->eof)
    return PARSE_MORE;

  append_cell_text (r, p, quote - p);
  append_cell_text (r, after, stop - after);
  *pp = stop;
  return PARSE_ROW;
}

static void
set_row_too_long_error (HgCsvReader  *r,
                        GError      **error)
{
  g_autofree char *limit_text = format_size (HG_CSV_MAX_ROW_SIZE);

  g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_TOO_LARGE,
               /* Translators: the %s is a size, such as 4.0 MiB */
               _("Line %u: this row goes on for more than %s; is a quote left open?"),
               r->line, limit_text);
}

/* Parses the next row out of the decoded text. Nothing of a row is kept
 * when it goes on past the text: it is parsed again, whole, after the
 * next read. */
static ParseResult
parse_row (HgCsvReader  *r,
           GError      **error)
{
  const char *text = r->text;
  const char *p = text + r->text_pos;
  const char *end = text + r->text_len;
  guint line = r->line;

  /* A line with nothing on it is no row: Excel leaves such lines at the
   * end of a sheet, and people leave them between blocks of rows. */
  while (p < end && (*p == '\n' || *p == '\r'))
    {
      if (*p == '\r' && p + 1 == end && !r->eof)
        break;
      if (*p == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      p++;
      line++;
    }
  r->text_pos = p - text;
  r->line = line;
  if (p == end || *p == '\r')
    return p == end && r->eof ? PARSE_END : PARSE_MORE;

  /* The cells take no more than the rest of the text and a zero byte: a
   * cell is never longer than its field, and the comma after it leaves
   * room for its zero byte, all but the last. Made once for the row, the
   * room needs no check a cell. */
  if (r->cells_text->allocated_len <= (gsize) (end - p) + 1)
    g_string_set_size (r->cells_text, (gsize) (end - p) + 1);
  g_string_truncate (r->cells_text, 0);
  r->n_cells = 0;

  for (;;)
    {
      gsize start_offset = r->cells_text->len;

      if (r->n_cells == r->cell_starts_size)
        {
          r->cell_starts_size = MAX (16, 2 * r->cell_starts_size);
          r->cell_starts = g_renew (gsize, r->cell_starts, r->cell_starts_size);
        }
      r->cell_starts[r->n_cells++] = start_offset;
      if (p < end && *p == '"')
        {
          ParseResult result = read_quoted_field (r, &p, end, &line, error);

          if (result != PARSE_ROW)
            return result;
        }
      else
        {
          const char *start = p;

          while (p < end && !field_stop[(guchar) *p])
            p++;
          if (p == end && !r->eof)
            return PARSE_MORE;
          append_cell_text (r, start, p - start);
        }
      r->cells_text->str[r->cells_text->len++] = '\0';

      /* The apostrophe the writer puts before a formula-like cell is not
       * part of it: the cell starts after it. */
      if (_hg_csv_is_guarded (r->cells_text->str + start_offset))
        r->cell_starts[r->n_cells - 1]++;

      if (p < end && *p == ',')
        p++;
      else
        break;
    }

  /* Here p is at a line end or at the end of the text. */
  if (p < end)
    {
      if (*p == '\r' && p + 1 == end && !r->eof)
        return PARSE_MORE;
      if (*p == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      p++;
      line++;
    }

  /* The same limit whether the row ends just past it or goes on. */
  if ((gsize) (p - text) - r->text_pos > HG_CSV_MAX_ROW_SIZE)
    {
      set_row_too_long_error (r, error);
      return PARSE_ERROR;
    }

  r->row_line = r->line;
  r->line = line;
  r->text_pos = p - text;
  return PARSE_ROW;
}

static HgCsvReader *
reader_new (void)
{
  HgCsvReader *r = g_new0 (HgCsvReader, 1);

  r->fd = -1;
  r->iconv = (GIConv) -1;
  r->read_size = READ_SIZE;
  r->raw = g_malloc (READ_SIZE + CARRY_ROOM);
  /* Never NULL, so that the first parse, before any read, has a text. */
  r->text_size = 1;
  r->text = g_malloc (r->text_size);
  r->cells_text = g_string_sized_new (1024);
  r->cells = g_ptr_array_new ();
  return r;
}

void
hg_csv_reader_free (HgCsvReader *r)
{
  if (r == NULL)
    return;
  if (r->fd >= 0)
    close (r->fd);
  if (r->iconv != (GIConv) -1)
    g_iconv_close (r->iconv);
  g_free (r->display_name);
  g_free (r->raw);
  g_free (r->text);
  g_string_free (r->cells_text, TRUE);
  g_free (r->cell_starts);
  g_ptr_array_unref (r->cells);
  g_free (r);
}

/**
 * hg_csv_reader_new:
 * @data: (array length=length): the bytes of a whole file, kept by the
 *   caller for as long as the reader lives
 * @length: the number of bytes in @data
 * @error: return location for an error
 *
 * Checks @data as hg_csv_reader_open() checks a file. Errors name the line,
 * not a file.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL with @error set
 */
HgCsvReader *
hg_csv_reader_new (const char  *data,
                   gsize        length,
                   GError     **error)
{
  return _hg_csv_reader_new_sized (data, length, READ_SIZE, error);
}

HgCsvReader *
_hg_csv_reader_new_sized (const char  *data,
                          gsize        length,
                          gsize        read_size,
                          GError     **error)
{
  g_autoptr(HgCsvReader) r = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (read_size > 0 && read_size <= READ_SIZE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > HG_CSV_MAX_SIZE)
    {
      set_too_large_error (error, NULL, length);
      return NULL;
    }

  r = reader_new ();
  r->read_size = read_size;
  r->data = data != NULL ? data : "";
  r->data_length = length;
  if (!scan (r, error) || !start_rows (r, error))
    return NULL;
  return g_steal_pointer (&r);
}

/**
 * hg_csv_reader_open:
 * @path: a file name in the GLib file name encoding
 * @error: return location for an error
 *
 * Opens a CSV file and reads it through once to settle its encoding; see
 * the top of this file. Anything that is not a regular file (a FIFO or a
 * device could block or never end) and anything over %HG_CSV_MAX_SIZE is
 * refused before it is read. Every error names the file.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL with @error set
 */
HgCsvReader *
hg_csv_reader_open (const char  *path,
                    GError     **error)
{
  g_autoptr(HgCsvReader) r = NULL;
  g_autoptr(GError) local = NULL;
  struct stat st;
  int saved_errno;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  r = reader_new ();
  r->display_name = g_filename_display_name (path);

  /* O_NONBLOCK so that opening a FIFO with no writer does not wait. */
  r->fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (r->fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_IO,
                   _("Could not open “%s”: %s"), r->display_name, g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (r->fd, &st) != 0)
    {
      set_read_error (r, errno, error);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, HG_CSV_ERROR, HG_CSV_ERROR_IO,
                   _("Could not read “%s”: it is a folder or a device, not a file"),
                   r->display_name);
      return NULL;
    }

  if ((guint64) st.st_size > HG_CSV_MAX_SIZE)
    {
      set_too_large_error (error, r->display_name, st.st_size);
      return NULL;
    }

  if (!scan (r, &local) || !start_rows (r, &local))
    {
      if (g_error_matches (local, HG_CSV_ERROR, HG_CSV_ERROR_IO))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, local->domain, local->code,
                     /* Translators: a file name, then what is wrong in it */
                     _("“%s”: %s"), r->display_name, local->message);
      return NULL;
    }
  return g_steal_pointer (&r);
}

/**
 * hg_csv_reader_next:
 * @reader: a reader
 * @row: (out caller-allocates): the next row; its cells belong to @reader
 *   and stay valid until the next call
 * @error: return location for an error
 *
 * Reads the next row. A line with nothing on it is skipped, but a row of
 * empty fields (",,") is a row. An error says the line, not the file.
 *
 * Returns: %TRUE with a row; %FALSE at the end of the file, or with @error
 *   set. Once it has returned %FALSE, it returns %FALSE without an error.
 */
gboolean
hg_csv_reader_next (HgCsvReader  *r,
                    HgTableRow   *row,
                    GError      **error)
{
  g_return_val_if_fail (r != NULL, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  while (!r->done)
    {
      switch (parse_row (r, error))
        {
        case PARSE_ROW:
          g_ptr_array_set_size (r->cells, r->n_cells);
          for (guint i = 0; i < r->n_cells; i++)
            r->cells->pdata[i] = r->cells_text->str + r->cell_starts[i];
          row->cells = (const char * const *) r->cells->pdata;
          row->n_cells = r->cells->len;
          row->line = r->row_line;
          return TRUE;

        case PARSE_MORE:
          if (r->text_len - r->text_pos > HG_CSV_MAX_ROW_SIZE)
            {
              set_row_too_long_error (r, error);
              r->done = TRUE;
              return FALSE;
            }
          if (!refill (r, error))
            r->done = TRUE;
          break;

        case PARSE_END:
        case PARSE_ERROR:
          r->done = TRUE;
          break;
        }
    }
  return FALSE;
}

HgCsvEncoding
hg_csv_reader_get_encoding (HgCsvReader *r)
{
  return r->encoding;
}

/* How far the rows have got through the file, in bytes of its length: an
 * import's progress, where the number of rows is not known until the end. */
void
hg_csv_reader_get_position (HgCsvReader *r,
                            guint64     *read,
                            guint64     *length)
{
  *read = r->source_pos;
  *length = r->length;
}

static HgTable *
read_table (HgCsvReader  *r,
            GError      **error)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GError) local = NULL;
  HgTableRow row;

  while (hg_csv_reader_next (r, &row, &local))
    hg_table_add_copy (table, &row);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&table);
}

/**
 * hg_csv_parse:
 * @data: (array length=length): the bytes of a whole file
 * @length: the number of bytes in @data
 * @detected: (out) (optional): the encoding the file was read in
 * @error: return location for an error
 *
 * Reads a CSV file as Japanese Excel writes it, all rows at once; see the
 * top of this file. An import reads through hg_csv_reader_next() instead.
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
  g_autoptr(HgCsvReader) r = hg_csv_reader_new (data, length, error);
  HgTable *table;

  if (r == NULL)
    return NULL;
  table = read_table (r, error);
  if (table != NULL && detected != NULL)
    *detected = r->encoding;
  return table;
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
  g_autoptr(HgCsvReader) r = hg_csv_reader_open (path, error);
  g_autoptr(GError) local = NULL;
  HgTable *table;

  if (r == NULL)
    return NULL;
  table = read_table (r, &local);
  if (table == NULL)
    {
      g_set_error (error, local->domain, local->code, _("“%s”: %s"), r->display_name,
                   local->message);
      return NULL;
    }
  if (detected != NULL)
    *detected = r->encoding;
  return table;
}

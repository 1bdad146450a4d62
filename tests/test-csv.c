/* test-csv.c: CSV import and export
 *
 * Needs nothing from the core library but hg-csv.c, hg-csv-reader.c,
 * hg-table.c and hg-error.c, so that it also builds outside meson with a
 * plain compiler command.
 *
 * Every input parsed here is parsed again a few bytes at a time, which must
 * give the same rows, lines and errors: the file is read in pieces, and a
 * row, a quote, a CR LF or a character may fall across two of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "hg-csv-reader.h"
#include "hg-save-file.h"

#define UTF8_BOM "\xEF\xBB\xBF"

/* Parses a string literal, which may contain zero bytes. */
#define PARSE_OK(literal, encoding) parse_ok ((literal), sizeof (literal) - 1, (encoding))
#define PARSE_ERROR(literal, code, message_part) \
  parse_error ((literal), sizeof (literal) - 1, (code), (message_part))

/* Small reads, and two that fall in the middle of characters of two and
 * three bytes, and of a CR LF, in most inputs. */
static const gsize read_sizes[] = { 1, 2, 3, 4, 5, 7, 64 };

/* Reads @data @read_size bytes at a time and checks that every row is the
 * one @expected has, or that the same error comes after the rows before
 * it. */
static void
assert_same_in_pieces (const char   *data,
                       gsize         length,
                       gsize         read_size,
                       HgTable      *expected,
                       const GError *expected_error)
{
  g_autoptr(HgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  HgTableRow row;
  guint n = 0;

  g_test_message ("read %" G_GSIZE_FORMAT " bytes at a time", read_size);
  reader = _hg_csv_reader_new_sized (data, length, read_size, &error);
  while (reader != NULL && hg_csv_reader_next (reader, &row, &error))
    {
      if (expected == NULL)
        continue;
      g_assert_cmpuint (n, <, hg_table_get_n_rows (expected));
      g_assert_cmpuint (row.line, ==, hg_table_get_source_line (expected, n));
      g_assert_cmpuint (row.n_cells, ==, hg_table_get_row_length (expected, n));
      for (guint i = 0; i < row.n_cells; i++)
        g_assert_cmpstr (row.cells[i], ==, hg_table_get_cell (expected, n, i));
      n++;
    }
  if (expected_error != NULL)
    {
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, expected_error->message);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, hg_table_get_n_rows (expected));
    }
}

static HgTable *
parse_ok (const char    *data,
          gsize          length,
          HgCsvEncoding  expected_encoding)
{
  g_autoptr(GError) error = NULL;
  HgCsvEncoding encoding = (HgCsvEncoding) -1;
  HgTable *table;

  table = hg_csv_parse (data, length, &encoding, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  g_assert_cmpint (encoding, ==, expected_encoding);
  for (guint i = 0; i < G_N_ELEMENTS (read_sizes); i++)
    assert_same_in_pieces (data, length, read_sizes[i], table, NULL);
  return table;
}

static void
parse_error (const char *data,
             gsize       length,
             HgCsvError  code,
             const char *message_part)
{
  g_autoptr(GError) error = NULL;
  HgCsvEncoding encoding = (HgCsvEncoding) 42;
  HgTable *table;

  table = hg_csv_parse (data, length, &encoding, &error);
  g_assert_null (table);
  g_assert_error (error, HG_CSV_ERROR, (int) code);
  if (strstr (error->message, message_part) == NULL)
    g_error ("expected “%s” in the message “%s”", message_part, error->message);
  /* A failed parse leaves the caller's variable alone. */
  g_assert_cmpint (encoding, ==, 42);
  for (guint i = 0; i < G_N_ELEMENTS (read_sizes); i++)
    assert_same_in_pieces (data, length, read_sizes[i], NULL, error);
}

static void
assert_message_has (const GError *error,
                    const char   *part)
{
  g_assert_nonnull (error);
  if (strstr (error->message, part) == NULL)
    g_error ("expected “%s” in the message “%s”", part, error->message);
}

/* Checks one row: the line where it starts and its exact cells, given as a
 * NULL-terminated list. */
static void
assert_row (HgTable *table,
            guint    row,
            guint    line,
            ...)
{
  const char *expected;
  va_list args;
  guint i = 0;

  g_assert_cmpuint (row, <, hg_table_get_n_rows (table));
  g_assert_cmpuint (hg_table_get_source_line (table, row), ==, line);

  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_cmpuint (i, <, hg_table_get_row_length (table, row));
      g_assert_cmpstr (hg_table_get_cell (table, row, i), ==, expected);
      i++;
    }
  va_end (args);

  g_assert_cmpuint (hg_table_get_row_length (table, row), ==, i);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hinagata-csv-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_dir_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
test_utf8_bom (void)
{
  g_autoptr(HgTable) table = NULL;

  table = PARSE_OK (UTF8_BOM "資産名,分類\r\n社用PC,ハードウェア\r\n", HG_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 2);
  /* The mark is not part of the first cell. */
  assert_row (table, 0, 1, "資産名", "分類", NULL);
  assert_row (table, 1, 2, "社用PC", "ハードウェア", NULL);
}

static void
test_utf8_plain (void)
{
  g_autoptr(HgTable) table = NULL;

  table = PARSE_OK ("資産名,分類\nNAS,記憶装置\n", HG_CSV_ENCODING_UTF8);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 2);
  assert_row (table, 0, 1, "資産名", "分類", NULL);
  assert_row (table, 1, 2, "NAS", "記憶装置", NULL);

  /* Plain ASCII is UTF-8 too, and a NULL @detected is allowed. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HgTable) ascii = hg_csv_parse ("a,b", 3, NULL, &error);

    g_assert_no_error (error);
    assert_row (ascii, 0, 1, "a", "b", NULL);
  }
}

static void
test_cp932 (void)
{
  g_autoptr(HgTable) table = NULL;
  /* 顧客名簿,表 / ソフト,"～,①" in CP932. 表 (95 5C) and ソ (83 5C) end in
   * the byte of a backslash; ～ (81 60) is U+FF5E in CP932, where plain
   * Shift_JIS has U+301C; ① (87 40) exists only in CP932. */
  static const char data[] =
    "\x8C\xDA" "\x8B\x71" "\x96\xBC" "\x95\xEB" "," "\x95\x5C" "\r\n"
    "\x83\x5C" "\x83\x74" "\x83\x67" ",\"" "\x81\x60" "," "\x87\x40" "\"\r\n";

  table = PARSE_OK (data, HG_CSV_ENCODING_CP932);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 2);
  assert_row (table, 0, 1, "顧客名簿", "表", NULL);
  g_assert_cmpstr (hg_table_get_cell (table, 0, 0), ==,
                   "\xE9\xA1\xA7\xE5\xAE\xA2\xE5\x90\x8D\xE7\xB0\xBF");
  assert_row (table, 1, 2, "ソフト", "\uFF5E,\u2460", NULL);
}

static void
test_quotes (void)
{
  g_autoptr(HgTable) table = NULL;

  table = PARSE_OK ("\"名前,カナ\",\"He said \"\"hi\"\"\",plain\r\n"
                    "\"line1\r\nline2\",\"a\nb\",x\r\n"
                    "next,row\r\n"
                    "\"\",\"\"\"\",\"\"\"\"\"\"\r\n"
                    "\",\",\"\r\",\"\r\n\r\n\"\r\n"
                    "after,all\r\n",
                    HG_CSV_ENCODING_UTF8);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 6);
  assert_row (table, 0, 1, "名前,カナ", "He said \"hi\"", "plain", NULL);
  /* Line breaks inside quotes are kept as they are, and counted. */
  assert_row (table, 1, 2, "line1\r\nline2", "a\nb", "x", NULL);
  assert_row (table, 2, 5, "next", "row", NULL);
  assert_row (table, 3, 6, "", "\"", "\"\"", NULL);
  /* The lone CR is a line end of its own; the two CR LF two more. */
  assert_row (table, 4, 7, ",", "\r", "\r\n\r\n", NULL);
  assert_row (table, 5, 11, "after", "all", NULL);
}

static void
test_stray_quotes (void)
{
  g_autoptr(HgTable) table = NULL;

  /* As in Excel: a quote inside an unquoted field is a character, and text
   * after a closing quote is kept up to the next separator. */
  table = PARSE_OK ("ab\"c,d\"e\",\"x\"y z\n"
                    "\"a\"b\"c\",5\"\n"
                    " \"lead\",\"\"\"\"tail\n",
                    HG_CSV_ENCODING_UTF8);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 3);
  assert_row (table, 0, 1, "ab\"c", "d\"e\"", "xy z", NULL);
  assert_row (table, 1, 2, "ab\"c\"", "5\"", NULL);
  assert_row (table, 2, 3, " \"lead\"", "\"tail", NULL);
}

static void
test_line_ends (void)
{
  static const char * const inputs[] = {
    "a,b\r\nc,d\r\ne,f\r\n",
    "a,b\nc,d\ne,f\n",
    "a,b\rc,d\re,f\r",
    "a,b\r\nc,d\ne,f\r",
    /* The last line needs no line end. */
    "a,b\r\nc,d\r\ne,f",
    "a,b\nc,d\ne,f",
    "a,b\rc,d\re,f",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(HgTable) table = parse_ok (inputs[i], strlen (inputs[i]), HG_CSV_ENCODING_UTF8);

      g_test_message ("input %u", i);
      g_assert_cmpuint (hg_table_get_n_rows (table), ==, 3);
      assert_row (table, 0, 1, "a", "b", NULL);
      assert_row (table, 1, 2, "c", "d", NULL);
      assert_row (table, 2, 3, "e", "f", NULL);
    }

  /* A trailing separator makes one more, empty, field. */
  {
    g_autoptr(HgTable) table = PARSE_OK ("a,", HG_CSV_ENCODING_UTF8);

    assert_row (table, 0, 1, "a", "", NULL);
  }
}

static void
test_ragged (void)
{
  g_autoptr(HgTable) table = NULL;

  table = PARSE_OK ("a,b,c\nd\ne,f\n,,,,\n", HG_CSV_ENCODING_UTF8);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 4);
  assert_row (table, 0, 1, "a", "b", "c", NULL);
  assert_row (table, 1, 2, "d", NULL);
  assert_row (table, 2, 3, "e", "f", NULL);
  assert_row (table, 3, 4, "", "", "", "", "", NULL);
  /* Cells past the end of a short row read as empty. */
  g_assert_cmpstr (hg_table_get_cell (table, 1, 2), ==, "");
}

static void
test_blank_lines (void)
{
  g_autoptr(HgTable) table = NULL;

  table = PARSE_OK ("\n\r\nhead,er\n\n\n,,,\n   \n\r\rlast\n"
                    "\"multi\n\nline\"\n\n"
                    "\"\"\n"
                    "end\n\n",
                    HG_CSV_ENCODING_UTF8);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 7);
  assert_row (table, 0, 3, "head", "er", NULL);
  /* Empty fields are a row; only a line with nothing at all is skipped. */
  assert_row (table, 1, 6, "", "", "", "", NULL);
  assert_row (table, 2, 7, "   ", NULL);
  assert_row (table, 3, 10, "last", NULL);
  /* Blank lines inside quotes are part of the cell, not skipped. */
  assert_row (table, 4, 11, "multi\n\nline", NULL);
  assert_row (table, 5, 15, "", NULL);
  assert_row (table, 6, 16, "end", NULL);

  {
    g_autoptr(HgTable) empty = PARSE_OK ("", HG_CSV_ENCODING_UTF8);
    g_autoptr(HgTable) bom_only = PARSE_OK (UTF8_BOM, HG_CSV_ENCODING_UTF8_BOM);
    g_autoptr(HgTable) blank = PARSE_OK ("\r\n\n\r", HG_CSV_ENCODING_UTF8);

    g_assert_cmpuint (hg_table_get_n_rows (empty), ==, 0);
    g_assert_cmpuint (hg_table_get_n_rows (bom_only), ==, 0);
    g_assert_cmpuint (hg_table_get_n_rows (blank), ==, 0);
  }
}

static void
test_big_field (void)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) quoted = g_string_new (NULL);
  g_autoptr(GString) data = g_string_new ("id,note,memo\r\n");
  g_autoptr(HgTable) table = NULL;
  guint n_breaks = 0;

  while (plain->len < 1024 * 1024)
    g_string_append (plain, "情報資産");
  while (quoted->len < 1024 * 1024)
    {
      g_string_append (quoted, "台帳, \"写し\"\r\n");
      n_breaks++;
    }

  g_string_append_printf (data, "1,%s,\"", plain->str);
  for (const char *p = quoted->str; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (data, '"');
      g_string_append_c (data, *p);
    }
  g_string_append (data, "\"\r\n2,short,x\r\n");

  table = parse_ok (data->str, data->len, HG_CSV_ENCODING_UTF8);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 3);
  assert_row (table, 1, 2, "1", plain->str, quoted->str, NULL);
  assert_row (table, 2, 2 + n_breaks + 1, "2", "short", "x", NULL);
}

static void
test_unterminated (void)
{
  PARSE_ERROR ("a,b\nc,\"never closed\nd,e\n", HG_CSV_ERROR_SYNTAX,
               "Line 2: a quoted field is not closed");
  /* Counted from the line where the quote opens, after a multi-line cell. */
  PARSE_ERROR ("\"x\ny\"\n\"open", HG_CSV_ERROR_SYNTAX, "Line 3: a quoted field is not closed");
  PARSE_ERROR ("\"", HG_CSV_ERROR_SYNTAX, "Line 1: a quoted field is not closed");
  PARSE_ERROR ("ok,\"\"\"", HG_CSV_ERROR_SYNTAX, "Line 1: a quoted field is not closed");
}

static void
test_bad_encoding (void)
{
  /* 0x81 needs a second byte in CP932, and is never a first byte in UTF-8. */
  PARSE_ERROR ("ok,1\nok,2\nbad,\x81\n", HG_CSV_ERROR_ENCODING, "Line 3:");

  /* A CP932 file damaged on line 2: CP932 gets further, so it is named. */
  PARSE_ERROR ("\x8C\xDA\x8B\x71\n\x8C\xDA\xFF\n", HG_CSV_ERROR_ENCODING,
               "Line 2: this line is not valid Shift_JIS (CP932) text, and the file is not valid UTF-8 either");

  /* A UTF-8 file damaged on line 3; À (C3 80) is not CP932 on line 1. */
  PARSE_ERROR ("À,b\nok\nbad\xFF\n", HG_CSV_ERROR_ENCODING,
               "Line 3: this line is not valid UTF-8 text, and the file is not valid Shift_JIS (CP932) either");

  /* A byte order mark settles the encoding: no guessing CP932 after it. */
  PARSE_ERROR (UTF8_BOM "a\n\x8C\xDA\n", HG_CSV_ERROR_ENCODING,
               "Line 2: the file starts with a UTF-8 byte order mark");

  /* A lead byte cut off at the end of the file. */
  PARSE_ERROR ("a\n\x8C\xDA\n\x8C", HG_CSV_ERROR_ENCODING,
               "Line 3: this line is not valid Shift_JIS (CP932)");

  PARSE_ERROR ("\xFF\xFE" "a\0,\0", HG_CSV_ERROR_ENCODING, "Line 1: the file is in UTF-16");
  PARSE_ERROR ("a\nb\0c\n", HG_CSV_ERROR_ENCODING, "Line 2: the file contains a zero byte");
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.csv", NULL);
  static const char byte[1] = "a";
  HgTable *table;
  int fd;

  /* The size is checked before a single byte is read, so a short buffer
   * with a long claimed length is safe here. */
  table = hg_csv_parse (byte, HG_CSV_MAX_SIZE + 1, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_TOO_LARGE);
  assert_message_has (error, "too large");
  g_clear_error (&error);

  /* A sparse file: refused from its size, without being read. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) HG_CSV_MAX_SIZE + 1), ==, 0);
  close (fd);

  table = hg_csv_read_file (path, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_TOO_LARGE);
  assert_message_has (error, "too large");
  assert_message_has (error, path);

  remove_dir (dir);
}

/* A row that goes on without end is refused at the row's line, and the
 * reader never holds more than about the longest row allowed. */
static void
test_row_too_long (void)
{
  g_autoptr(GString) data = g_string_new ("id,name\r\n");
  gsize field_start;

  g_string_append (data, "1,");
  field_start = data->len;
  while (data->len - field_start <= HG_CSV_MAX_ROW_SIZE)
    g_string_append (data, "情報資産");
  g_string_append (data, "\r\n");
  /* The size is written with a no-break space, as GLib writes sizes. */
  parse_error (data->str, data->len, HG_CSV_ERROR_TOO_LARGE,
               "Line 2: this row goes on for more than 4.0\u00A0MiB");

  /* A quote opened and never closed takes the rest of the file. */
  g_string_assign (data, "id,name\n2,\"");
  while (data->len <= HG_CSV_MAX_ROW_SIZE + 100)
    g_string_append (data, "閉じない\n");
  parse_error (data->str, data->len, HG_CSV_ERROR_TOO_LARGE,
               "Line 2: this row goes on for more than 4.0\u00A0MiB; is a quote left open?");
}

/* A file larger than one read, in UTF-8 and in CP932, with characters and
 * line ends cut by the reads. */
static void
test_file_in_pieces (void)
{
  static const struct
  {
    const char    *row;
    HgCsvEncoding  encoding;
  } cases[] = {
    { "a\xE9\xA1\xA7\xE5\xAE\xA2,\xE8\xA1\xA8\r\n", HG_CSV_ENCODING_UTF8 },
    { "\x8C\xDA\x8B\x71\x96\xBC\x95\xEB,\x95\x5C\r\n", HG_CSV_ENCODING_CP932 },
  };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pieces.csv", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) data = g_string_new (NULL);
      g_autoptr(HgTable) expected = NULL;
      g_autoptr(HgTable) table = NULL;
      g_autoptr(GError) error = NULL;
      HgCsvEncoding encoding = (HgCsvEncoding) -1;

      while (data->len < 200 * 1024)
        g_string_append (data, cases[i].row);
      g_assert_true (g_file_set_contents (path, data->str, data->len, NULL));

      expected = hg_csv_parse (cases[i].row, strlen (cases[i].row), NULL, &error);
      g_assert_no_error (error);
      table = hg_csv_read_file (path, &encoding, &error);
      g_assert_no_error (error);
      g_assert_cmpint (encoding, ==, cases[i].encoding);
      g_assert_cmpuint (hg_table_get_n_rows (table), ==, data->len / strlen (cases[i].row));
      for (guint r = 0; r < hg_table_get_n_rows (table); r++)
        {
          g_assert_cmpuint (hg_table_get_source_line (table, r), ==, r + 1);
          g_assert_cmpuint (hg_table_get_row_length (table, r), ==, 2);
          g_assert_cmpstr (hg_table_get_cell (table, r, 0), ==, hg_table_get_cell (expected, 0, 0));
          g_assert_cmpstr (hg_table_get_cell (table, r, 1), ==, hg_table_get_cell (expected, 0, 1));
        }
    }

  remove_dir (dir);
}

static void
test_append_row (void)
{
  static const char * const fields[] = {
    "plain", "with,comma", "with \"quote\"", "line\nbreak", "cr\rhere", "crlf\r\nhere",
    " lead", "trail ", "\ttab", "", "日本語", "mid\"dle", UTF8_BOM "mark", NULL,
  };
  static const char * const with_null[] = { NULL, "x" };
  static const char * const empty[] = { "" };
  g_autoptr(GString) out = g_string_new (NULL);

  /* A leading TAB is guarded against formulas; see test_formula_guard(). */
  hg_csv_append_row (out, fields, -1);
  g_assert_cmpstr (out->str, ==,
                   "plain,\"with,comma\",\"with \"\"quote\"\"\",\"line\nbreak\",\"cr\rhere\","
                   "\"crlf\r\nhere\",\" lead\",\"trail \",'\ttab,,日本語,\"mid\"\"dle\","
                   "\"" UTF8_BOM "mark\"\r\n");

  /* A lone empty cell must not become an empty line, which reads as none. */
  g_string_truncate (out, 0);
  hg_csv_append_row (out, empty, 1);
  g_assert_cmpstr (out->str, ==, "\"\"\r\n");

  g_string_truncate (out, 0);
  hg_csv_append_row (out, with_null, 2);
  hg_csv_append_row (out, fields, 2);
  hg_csv_append_row (out, NULL, 0);
  g_assert_cmpstr (out->str, ==, ",x\r\nplain,\"with,comma\"\r\n\r\n");
}

static HgTable *
make_tricky_table (void)
{
  static const char * const rows[][7] = {
    { "資産名", "分類", "保管場所", "備考", NULL },
    { "社用PC, 経理", "say \"hello\"", "line\nbreak", "crlf\r\nbreak", " lead", "trail ", NULL },
    { "lone\rcr", "", "日本語の, \"引用\"\n二行目", "\"", "\"\"", ",", NULL },
    { "", NULL },
    { "", "", "", NULL },
    { "   ", NULL },
    { UTF8_BOM "not a mark", "mid\"dle", NULL },
  };
  HgTable *table = hg_table_new ();

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    hg_table_add_row (table, g_strdupv ((GStrv) rows[i]), i + 1);
  return table;
}

static void
assert_same_cells (HgTable *a,
                   HgTable *b)
{
  g_assert_cmpuint (hg_table_get_n_rows (a), ==, hg_table_get_n_rows (b));
  for (guint i = 0; i < hg_table_get_n_rows (a); i++)
    {
      g_assert_cmpuint (hg_table_get_row_length (a, i), ==, hg_table_get_row_length (b, i));
      for (guint j = 0; j < hg_table_get_row_length (a, i); j++)
        g_assert_cmpstr (hg_table_get_cell (a, i, j), ==, hg_table_get_cell (b, i, j));
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "台帳.csv", NULL);
  g_autoptr(HgTable) table = make_tricky_table ();
  g_autoptr(HgTable) back = NULL;
  HgCsvEncoding encoding = HG_CSV_ENCODING_CP932;

  g_assert_true (hg_csv_write_file (path, table, &error));
  g_assert_no_error (error);

  back = hg_csv_read_file (path, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, HG_CSV_ENCODING_UTF8_BOM);
  assert_same_cells (table, back);
  g_assert_cmpstr (hg_table_get_cell (back, 2, 2), ==, "日本語の, \"引用\"\n二行目");

  /* Rows after cells with line breaks start further down the file. */
  g_assert_cmpuint (hg_table_get_source_line (back, 0), ==, 1);
  g_assert_cmpuint (hg_table_get_source_line (back, 1), ==, 2);
  g_assert_cmpuint (hg_table_get_source_line (back, 2), ==, 5);
  g_assert_cmpuint (hg_table_get_source_line (back, 3), ==, 8);

  remove_dir (dir);
}

static void
test_write_format (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(HgTable) table = hg_table_new ();
  static const char * const row1[] = { "名前", "b", NULL };
  static const char * const row2[] = { "c", "d\ne", NULL };
  static const char expected[] = UTF8_BOM "名前,b\r\nc,\"d\ne\"\r\n";
  gsize length = 0;

  hg_table_add_row (table, g_strdupv ((GStrv) row1), 1);
  hg_table_add_row (table, g_strdupv ((GStrv) row2), 2);
  g_assert_true (hg_csv_write_file (path, table, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, expected, sizeof expected - 1);
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);

  remove_dir (dir);
}

static void
test_write_mode (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autoptr(HgTable) table = make_tricky_table ();
  GStatBuf st;

  g_assert_true (hg_csv_write_file (path, table, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* Replacing a file others could read leaves one they cannot, and no
   * temporary file behind. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (hg_csv_write_file (path, table, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpuint (count_dir_entries (dir), ==, 1);

  remove_dir (dir);
}

/* Each cell, and how it is written: an apostrophe before what a spreadsheet
 * would take for a formula, nothing before a plain number or other text. */
static const char * const formula_cells[][2] = {
  { "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" },
  { "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0" },
  { "@SUM(1)", "'@SUM(1)" },
  { "-1+2", "'-1+2" },
  { "\t=2+2", "'\t=2+2" },
  { "\r=1+1", "\"'\r=1+1\"" },
  { "=", "'=" },
  { "-", "'-" },
  { "- 箇条書き", "'- 箇条書き" },
  { "-1.", "'-1." },
  { "+1", "'+1" },
  { "'=x", "''=x" },
  { "''@x", "'''@x" },
  { "'abc", "'abc" },
  { "'-1", "'-1" },
  { "-1", "-1" },
  { "-0.5", "-0.5" },
  { "3.5", "3.5" },
  { "3", "3" },
  { "a=b", "a=b" },
  { "普通の名前", "普通の名前" },
};

/* Formula injection: each cell alone, written and read back, then all of
 * them in one file. */
static void
test_formula_guard (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "guard.csv", NULL);
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(HgTable) back = NULL;
  g_autoptr(GString) expected = g_string_new (UTF8_BOM);
  g_autofree char *contents = NULL;
  GStrv row = g_new0 (char *, G_N_ELEMENTS (formula_cells) + 1);
  gsize length = 0;

  for (guint i = 0; i < G_N_ELEMENTS (formula_cells); i++)
    {
      const char *cells[] = { formula_cells[i][0], "x" };
      g_autoptr(GString) out = g_string_new (NULL);
      g_autofree char *written = g_strconcat (formula_cells[i][1], ",x\r\n", NULL);
      g_autoptr(HgTable) read = NULL;

      hg_csv_append_row (out, cells, 2);
      g_assert_cmpstr (out->str, ==, written);
      read = hg_csv_parse (out->str, out->len, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (hg_table_get_cell (read, 0, 0), ==, formula_cells[i][0]);

      row[i] = g_strdup (formula_cells[i][0]);
      g_string_append_printf (expected, "%s%s", i ? "," : "", formula_cells[i][1]);
    }
  g_string_append (expected, "\r\n");
  hg_table_add_row (table, row, 1);

  g_assert_true (hg_csv_write_file (path, table, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpmem (contents, length, expected->str, expected->len);

  back = hg_csv_read_file (path, NULL, &error);
  g_assert_no_error (error);
  assert_same_cells (table, back);

  remove_dir (dir);
}

/* A file from elsewhere: an apostrophe the writer would not have put there
 * is the cell's own and stays; one before a formula-like text goes, as a
 * spreadsheet shows it. A quoted cell reads as an unquoted one. */
static void
test_formula_guard_read (void)
{
  g_autoptr(HgTable) table =
    PARSE_OK ("'=1+1,\"'@x\",'abc,'-1,' =1,\"\t=2+2\",\"'\t=2+2\",''=x\n",
              HG_CSV_ENCODING_UTF8);
  static const char * const expected[] = {
    "=1+1", "@x", "'abc", "'-1", "' =1", "\t=2+2", "\t=2+2", "'=x", NULL,
  };

  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 1);
  g_assert_cmpstrv ((const char * const *) g_ptr_array_index (table->rows, 0), expected);
}

static void
test_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.csv", NULL);
  g_autofree char *no_dir = g_build_filename (dir, "no-such-dir", "out.csv", NULL);
  g_autoptr(HgTable) table = hg_table_new ();

  g_assert_null (hg_csv_read_file (missing, NULL, &error));
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_IO);
  assert_message_has (error, missing);
  g_clear_error (&error);

  g_assert_null (hg_csv_read_file (dir, NULL, &error));
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_IO);
  assert_message_has (error, dir);
  g_clear_error (&error);

  /* A FIFO with no writer would block a plain open() forever. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (hg_csv_read_file (fifo, NULL, &error));
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_IO);
  assert_message_has (error, fifo);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (broken, "a,b\n\"c\nd,e\n", -1, &error));
  g_assert_no_error (error);
  g_assert_null (hg_csv_read_file (broken, NULL, &error));
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_SYNTAX);
  assert_message_has (error, broken);
  assert_message_has (error, "Line 2: a quoted field is not closed");
  g_clear_error (&error);

  g_assert_false (hg_csv_write_file (no_dir, table, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_IO);
  assert_message_has (error, no_dir);
  g_clear_error (&error);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/parse/utf8-bom", test_utf8_bom);
  g_test_add_func ("/csv/parse/utf8-plain", test_utf8_plain);
  g_test_add_func ("/csv/parse/cp932", test_cp932);
  g_test_add_func ("/csv/parse/quotes", test_quotes);
  g_test_add_func ("/csv/parse/stray-quotes", test_stray_quotes);
  g_test_add_func ("/csv/parse/line-ends", test_line_ends);
  g_test_add_func ("/csv/parse/ragged", test_ragged);
  g_test_add_func ("/csv/parse/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/parse/big-field", test_big_field);
  g_test_add_func ("/csv/parse/unterminated", test_unterminated);
  g_test_add_func ("/csv/parse/bad-encoding", test_bad_encoding);
  g_test_add_func ("/csv/parse/too-large", test_too_large);
  g_test_add_func ("/csv/parse/row-too-long", test_row_too_long);
  g_test_add_func ("/csv/read/file-in-pieces", test_file_in_pieces);
  g_test_add_func ("/csv/write/append-row", test_append_row);
  g_test_add_func ("/csv/write/round-trip", test_round_trip);
  g_test_add_func ("/csv/write/format", test_write_format);
  g_test_add_func ("/csv/write/mode", test_write_mode);
  g_test_add_func ("/csv/write/formula-guard", test_formula_guard);
  g_test_add_func ("/csv/parse/formula-guard", test_formula_guard_read);
  g_test_add_func ("/csv/file-errors", test_file_errors);

  return g_test_run ();
}

/* hg-xlsx-writer.c
 *
 * Writes the smallest workbook that Excel and LibreOffice Calc open without
 * a repair prompt: content types, package and workbook relationships,
 * document properties, the workbook, styles, one worksheet and its shared
 * strings. Texts go into the shared string table as Excel itself writes
 * them, which keeps files with many repeated values (departments, asset
 * kinds) small.
 *
 * The XML is written by hand rather than through a DOM: the worksheet is
 * streamed into the ZIP in 64 KiB pieces, so 100,000 rows never exist as one
 * big string, and every text passes through append_text(), the only place
 * that escapes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hg-error.h"
#include "hg-markup.h"
#include "hg-xlsx.h"
#include "hg-zip-writer.h"

/* Excel's own limits: a bigger sheet or a longer cell makes it report the
 * file as damaged, so we refuse to write one. */
#define MAX_ROWS        1048576
#define MAX_COLUMNS     16384
#define MAX_CELL_UNITS  32767  /* UTF-16 code units */
#define MAX_SHEET_NAME  31     /* characters */

/* Indexes into <cellXfs> in styles.xml below. */
enum {
  STYLE_DEFAULT,
  STYLE_HEADER,
  STYLE_DATE,
  STYLE_TEXT,
  STYLE_TEXT_WRAPPED,
};

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL  "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG  "http://schemas.openxmlformats.org/package/2006/relationships"

typedef char ColumnName[4];  /* "A" to "XFD" */

typedef struct
{
  HgZipWriter    *zip;
  GString        *out;   /* the zip writer's buffer for the part being written */

  /* Shared strings: text → index. Keys point into the caller's table and
   * columns, or into @owned for texts that had to be repaired, so 1.6
   * million cells do not mean 1.6 million copies. */
  GHashTable     *sst_index;
  GPtrArray      *sst_texts;
  GPtrArray      *owned;
  guint64         sst_count;
} Writer;

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->zip, hg_zip_writer_free);
  g_clear_pointer (&w->sst_index, g_hash_table_unref);
  g_clear_pointer (&w->sst_texts, g_ptr_array_unref);
  g_clear_pointer (&w->owned, g_ptr_array_unref);
}

static gboolean
begin_part (Writer      *w,
            const char  *name,
            GError     **error)
{
  w->out = hg_zip_writer_begin_xml (w->zip, name, error);
  return w->out != NULL;
}

static gboolean
write_part (Writer      *w,
            const char  *name,
            const char  *body,
            GError     **error)
{
  return hg_zip_writer_write_xml (w->zip, name, body, error);
}

static void
append_uint (GString *out,
             guint64  value)
{
  char digits[24];
  int i = sizeof digits;

  do
    {
      digits[--i] = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);
  g_string_append_len (out, digits + i, sizeof digits - i);
}

/* 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
static void
column_name (guint  column,
             char   name[4])
{
  char letters[4];
  int n = 0, i;

  column++;
  while (column > 0 && n < 3)
    {
      letters[n++] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  for (i = 0; i < n; i++)
    name[i] = letters[n - 1 - i];
  name[n] = '\0';
}

static gboolean
is_hex_digit_run (const char *p,
                  int         n)
{
  for (int i = 0; i < n; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;
  return TRUE;
}

/* Escapes @text (valid UTF-8) for element content or a double-quoted
 * attribute. XML 1.0 cannot carry most C0 control characters at all, so
 * those become Excel's own "_xHHHH_" escape, which Excel, Calc and our
 * reader turn back into the character; a literal "_x0041_" in the text gets
 * its underscore escaped the same way so it is not mistaken for one. A
 * carriage return would be turned into a line feed by any XML parser, so it
 * is escaped too. The XML escaping is then the documents' own, which also
 * drops U+FFFE and U+FFFF: they are not characters. */
static void
append_text (GString    *out,
             const char *text)
{
  g_autoptr(GString) excel = NULL;
  const char *run = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar ch = (guchar) *p;
      char escape[8];

      if (ch < 0x20 && ch != '\t' && ch != '\n')
        g_snprintf (escape, sizeof escape, "_x%04X_", ch);
      else if (ch == '_' && p[1] == 'x' && is_hex_digit_run (p + 2, 4) && p[6] == '_')
        g_strlcpy (escape, "_x005F_", sizeof escape);
      else
        continue;

      if (excel == NULL)
        excel = g_string_new (NULL);
      g_string_append_len (excel, run, p - run);
      g_string_append (excel, escape);
      run = p + 1;
    }
  if (excel != NULL)
    {
      g_string_append (excel, run);
      text = excel->str;
    }
  hg_markup_append_text (out, text, NULL);
}

/* Excel counts a cell's length in UTF-16 code units. */
static gsize
utf16_length (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  return n;
}

/* Only plain decimal notation as a person or our database writes it
 * ("12", "-3.5", "1e6") becomes a number. Anything else ("0x1A", "inf",
 * "1,000", "007", or more digits than a double keeps) stays text, so the
 * export never changes what the user sees. */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text;
  const char *end;
  int significant = 0;
  int trailing_zeros = 0;
  gboolean leading = TRUE;
  double value;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p) || (p[0] == '0' && g_ascii_isdigit (p[1])))
    return FALSE;
  for (; g_ascii_isdigit (*p) || *p == '.'; p++)
    {
      if (*p == '.')
        {
          if (!g_ascii_isdigit (p[1]) || strchr (p + 1, '.') != NULL)
            return FALSE;
          continue;
        }
      if (leading && *p == '0')
        continue;
      leading = FALSE;
      significant++;
      trailing_zeros = *p == '0' ? trailing_zeros + 1 : 0;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0' || significant - trailing_zeros > 15)
    return FALSE;

  value = g_ascii_strtod (text, (char **) &end);
  return *end == '\0' && isfinite (value);
}

/* "YYYY-MM-DD" to Excel's serial day number in the 1900 date system: days
 * since 1899-12-30. Excel believes 1900 had a 29 February and LibreOffice
 * does not, so they show serials before 1900-03-01 as different dates;
 * such dates (and earlier ones, which have no serial) stay text. */
static gboolean
date_serial (const char *text,
             guint      *serial)
{
  GDateDay day;
  GDateMonth month;
  GDateYear year;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) epoch = NULL;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (GDateYear) g_ascii_strtoull (text, NULL, 10);
  month = (GDateMonth) g_ascii_strtoull (text + 5, NULL, 10);
  day = (GDateDay) g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1900 || (year == 1900 && month <= 2) || !g_date_valid_dmy (day, month, year))
    return FALSE;

  date = g_date_new_dmy (day, month, year);
  epoch = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  *serial = g_date_get_julian (date) - g_date_get_julian (epoch);
  return TRUE;
}

/* Excel refuses a workbook whose sheet name is empty, longer than 31
 * characters, contains : \ / ? * [ ] or starts or ends with an apostrophe.
 * The name comes from a translation, so rather than failing the export we
 * make it acceptable. */
static char *
make_sheet_name (const char *name)
{
  g_autofree char *valid = NULL;
  GString *out = g_string_new (NULL);
  guint n = 0;

  valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  for (const char *p = valid; *p != '\0' && n < MAX_SHEET_NAME; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0xFFFE || c == 0xFFFF
          || (c < 0x80 && strchr (":\\/?*[]", (int) c) != NULL)
          || (c == '\'' && (p == valid || p[1] == '\0' || n == MAX_SHEET_NAME - 1)))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
  if (out->len == 0 || g_ascii_strcasecmp (out->str, "History") == 0)
    g_string_assign (out, "Sheet1");
  return g_string_free (out, FALSE);
}

static guint
shared_string (Writer     *w,
               const char *text)
{
  gpointer index;

  if (g_hash_table_lookup_extended (w->sst_index, text, NULL, &index))
    {
      w->sst_count++;
      return GPOINTER_TO_UINT (index);
    }

  index = GUINT_TO_POINTER (w->sst_texts->len);
  g_hash_table_insert (w->sst_index, (gpointer) text, index);
  g_ptr_array_add (w->sst_texts, (gpointer) text);
  w->sst_count++;
  return GPOINTER_TO_UINT (index);
}

static gboolean
append_cell (Writer            *w,
             const char        *text,
             HgXlsxColumnType   type,
             int                style,
             const char        *column,
             const char        *row,
             const char        *sheet_name,
             GError           **error)
{
  guint serial;
  gsize units;

  g_string_append (w->out, "<c r=\"");
  g_string_append (w->out, column);
  g_string_append (w->out, row);

  if (type == HG_XLSX_COLUMN_NUMBER && is_plain_number (text))
    {
      g_string_append (w->out, "\"><v>");
      g_string_append (w->out, text);
      g_string_append (w->out, "</v></c>");
      return TRUE;
    }
  if (type == HG_XLSX_COLUMN_DATE && date_serial (text, &serial))
    {
      g_string_append (w->out, "\" s=\"");
      append_uint (w->out, STYLE_DATE);
      g_string_append (w->out, "\"><v>");
      append_uint (w->out, serial);
      g_string_append (w->out, "</v></c>");
      return TRUE;
    }

  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);

      g_ptr_array_add (w->owned, valid);
      text = valid;
    }
  units = utf16_length (text);
  if (units > MAX_CELL_UNITS)
    {
      g_autofree char *ref = g_strconcat (column, row, NULL);

      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("Cell %s of sheet “%s” would hold %u characters, "
                     "but a spreadsheet cell holds at most %u."),
                   ref, sheet_name, (guint) MIN (units, G_MAXUINT), MAX_CELL_UNITS);
      return FALSE;
    }

  /* Line breaks show only in cells that wrap, in Excel as in Calc. */
  if (style != STYLE_HEADER && strchr (text, '\n') != NULL)
    style = STYLE_TEXT_WRAPPED;
  if (style != STYLE_DEFAULT)
    {
      g_string_append (w->out, "\" s=\"");
      append_uint (w->out, style);
    }
  g_string_append (w->out, "\" t=\"s\"><v>");
  append_uint (w->out, shared_string (w, text));
  g_string_append (w->out, "</v></c>");
  return TRUE;
}

static gboolean
write_sheet (Writer              *w,
             const char          *sheet_name,
             const HgXlsxColumn  *columns,
             guint                n_columns,
             HgTable             *table,
             guint                width,
             const char          *range,
             GError             **error)
{
  guint n_rows = hg_table_get_n_rows (table);
  gboolean any_text = FALSE;
  ColumnName *names;
  char row_name[16];
  char last_column[4];

  if (!begin_part (w, "xl/worksheets/sheet1.xml", error))
    return FALSE;

  names = g_new (ColumnName, MAX (width, 1));
  for (guint c = 0; c < width; c++)
    column_name (c, names[c]);
  column_name (MAX (width, 1) - 1, last_column);

  g_string_append (w->out, "<worksheet xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">");
  g_string_append_printf (w->out, "<dimension ref=\"%s\"/>", range);
  /* The header stays in view while scrolling. */
  g_string_append (w->out,
                   "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                   "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                   "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
                   "</sheetView></sheetViews>");

  if (n_columns > 0)
    {
      g_string_append (w->out, "<cols>");
      for (guint c = 0; c < n_columns; c++)
        {
          /* Excel stores a width as characters plus a few pixels of
           * padding; adding them makes the width the user sees in Excel
           * the one we were asked for. Text columns get the text number
           * format, so a code like 007 typed into a new row stays 007. */
          g_string_append (w->out, "<col min=\"");
          append_uint (w->out, c + 1);
          g_string_append (w->out, "\" max=\"");
          append_uint (w->out, c + 1);
          if (columns[c].width > 0)
            {
              char number[G_ASCII_DTOSTR_BUF_SIZE];

              g_ascii_formatd (number, sizeof number, "%.4f",
                               MIN (columns[c].width + 0.7109375, 255.0));
              g_string_append_printf (w->out, "\" width=\"%s\" customWidth=\"1", number);
            }
          else
            g_string_append (w->out, "\" width=\"9.140625");
          if (columns[c].type == HG_XLSX_COLUMN_TEXT)
            {
              g_string_append_printf (w->out, "\" style=\"%d", STYLE_TEXT);
              any_text = TRUE;
            }
          g_string_append (w->out, "\"/>");
        }
      g_string_append (w->out, "</cols>");
    }

  g_string_append (w->out, "<sheetData><row r=\"1\">");
  for (guint c = 0; c < n_columns; c++)
    if (columns[c].header != NULL && columns[c].header[0] != '\0'
        && !append_cell (w, columns[c].header, HG_XLSX_COLUMN_TEXT, STYLE_HEADER,
                         names[c], "1", sheet_name, error))
      goto failed;
  g_string_append (w->out, "</row>");

  for (guint i = 0; i < n_rows; i++)
    {
      GStrv cells = g_ptr_array_index (table->rows, i);
      gboolean row_open = FALSE;

      g_snprintf (row_name, sizeof row_name, "%u", i + 2);
      for (guint c = 0; cells[c] != NULL; c++)
        {
          HgXlsxColumnType type = c < n_columns ? columns[c].type : HG_XLSX_COLUMN_TEXT;

          if (cells[c][0] == '\0')
            continue;
          if (!row_open)
            {
              g_string_append (w->out, "<row r=\"");
              g_string_append (w->out, row_name);
              g_string_append (w->out, "\">");
              row_open = TRUE;
            }
          if (!append_cell (w, cells[c], type,
                            type == HG_XLSX_COLUMN_TEXT ? STYLE_TEXT : STYLE_DEFAULT,
                            names[c], row_name, sheet_name, error))
            goto failed;
        }
      if (row_open)
        g_string_append (w->out, "</row>");
      if (!hg_zip_writer_flush (w->zip, error))
        goto failed;
    }
  g_string_append (w->out, "</sheetData>");

  g_string_append_printf (w->out, "<autoFilter ref=\"%s\"/>", range);
  g_string_append (w->out,
                   "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
                   "header=\"0.3\" footer=\"0.3\"/>");
  /* Codes such as 007 in text columns are meant as text: no green
   * "number stored as text" triangles on them. */
  if (any_text && n_rows > 0)
    g_string_append_printf (w->out,
                            "<ignoredErrors><ignoredError sqref=\"A2:%s%u\" "
                            "numberStoredAsText=\"1\"/></ignoredErrors>",
                            last_column, n_rows + 1);
  g_string_append (w->out, "</worksheet>");

  g_free (names);
  return hg_zip_writer_end_part (w->zip, error);

failed:
  g_free (names);
  return FALSE;
}

static gboolean
write_shared_strings (Writer  *w,
                      GError **error)
{
  if (!begin_part (w, "xl/sharedStrings.xml", error))
    return FALSE;

  g_string_append (w->out, "<sst xmlns=\"" NS_MAIN "\" count=\"");
  append_uint (w->out, w->sst_count);
  g_string_append (w->out, "\" uniqueCount=\"");
  append_uint (w->out, w->sst_texts->len);
  g_string_append (w->out, "\">");

  for (guint i = 0; i < w->sst_texts->len; i++)
    {
      const char *text = g_ptr_array_index (w->sst_texts, i);
      gsize len = strlen (text);

      /* Without xml:space Excel drops leading and trailing blanks. */
      if (strchr (" \t\n\r", text[0]) != NULL || strchr (" \t\n\r", text[len - 1]) != NULL)
        g_string_append (w->out, "<si><t xml:space=\"preserve\">");
      else
        g_string_append (w->out, "<si><t>");
      append_text (w->out, text);
      g_string_append (w->out, "</t></si>");
      if (!hg_zip_writer_flush (w->zip, error))
        return FALSE;
    }
  g_string_append (w->out, "</sst>");
  return hg_zip_writer_end_part (w->zip, error);
}

static gboolean
write_parts (Writer              *w,
             const char          *sheet_name,
             const HgXlsxColumn  *columns,
             guint                n_columns,
             HgTable             *table,
             guint                width,
             GError             **error)
{
  g_autofree char *timestamp = g_date_time_format (hg_zip_writer_get_time (w->zip), "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr(GString) quoted = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *range = NULL;
  g_autofree char *absolute_range = NULL;
  char last_column[4];
  guint last_row = hg_table_get_n_rows (table) + 1;

  column_name (MAX (width, 1) - 1, last_column);
  range = g_strdup_printf ("A1:%s%u", last_column, last_row);
  absolute_range = g_strdup_printf ("$A$1:$%s$%u", last_column, last_row);

  if (!write_part (w, "[Content_Types].xml",
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                   "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                   "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                   "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                   "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                   "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                   "</Types>", error))
    return FALSE;

  if (!write_part (w, "_rels/.rels",
                   "<Relationships xmlns=\"" NS_PKG "\">"
                   "<Relationship Id=\"rId1\" Type=\"" NS_REL "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                   "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                   "<Relationship Id=\"rId3\" Type=\"" NS_REL "/extended-properties\" Target=\"docProps/app.xml\"/>"
                   "</Relationships>", error))
    return FALSE;

  g_string_printf (body,
                   "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                   "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
                   "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
                   "</cp:coreProperties>", timestamp, timestamp);
  if (!write_part (w, "docProps/core.xml", body->str, error))
    return FALSE;

  if (!write_part (w, "docProps/app.xml",
                   "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                   "<Application>" PACKAGE_NAME "</Application></Properties>", error))
    return FALSE;

  /* A formula reference needs the sheet name quoted, with any apostrophe
   * doubled. The defined name is how Excel remembers the filter range. */
  g_string_append_c (quoted, '\'');
  for (const char *p = sheet_name; *p != '\0'; p++)
    {
      if (*p == '\'')
        g_string_append_c (quoted, '\'');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '\'');

  g_string_assign (body, "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
                         "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                         "<sheets><sheet name=\"");
  append_text (body, sheet_name);
  g_string_append (body, "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                         "<definedNames><definedName name=\"_xlnm._FilterDatabase\" "
                         "localSheetId=\"0\" hidden=\"1\">");
  append_text (body, quoted->str);
  g_string_append_printf (body, "!%s</definedName></definedNames></workbook>", absolute_range);
  if (!write_part (w, "xl/workbook.xml", body->str, error))
    return FALSE;

  if (!write_part (w, "xl/_rels/workbook.xml.rels",
                   "<Relationships xmlns=\"" NS_PKG "\">"
                   "<Relationship Id=\"rId1\" Type=\"" NS_REL "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                   "<Relationship Id=\"rId2\" Type=\"" NS_REL "/styles\" Target=\"styles.xml\"/>"
                   "<Relationship Id=\"rId3\" Type=\"" NS_REL "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                   "</Relationships>", error))
    return FALSE;

  /* 游ゴシック 11 is what a new workbook in Japanese Excel uses, so the
   * export looks like the user's other workbooks; elsewhere a Japanese
   * font is substituted. Number format 164 shows dates as in the app,
   * 49 is Excel's built-in text format "@". The order of <cellXfs> is
   * that of the STYLE_ values. */
  if (!write_part (w, "xl/styles.xml",
                   "<styleSheet xmlns=\"" NS_MAIN "\">"
                   "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                   "<fonts count=\"2\">"
                   "<font><sz val=\"11\"/><name val=\"游ゴシック\"/><family val=\"3\"/><charset val=\"128\"/></font>"
                   "<font><b/><sz val=\"11\"/><name val=\"游ゴシック\"/><family val=\"3\"/><charset val=\"128\"/></font>"
                   "</fonts>"
                   "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                   "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                   "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                   "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                   "<cellXfs count=\"5\">"
                   "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                   "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\"/>"
                   "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                   "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                   "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
                   "applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
                   "</cellXfs>"
                   "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                   "</styleSheet>", error))
    return FALSE;

  /* The sheet before its shared strings: the strings are collected while
   * the sheet is written. */
  if (!write_sheet (w, sheet_name, columns, n_columns, table, width, range, error))
    return FALSE;
  return write_shared_strings (w, error);
}

gboolean
hg_xlsx_write_file (const char          *path,
                    const char          *sheet_name,
                    const HgXlsxColumn  *columns,
                    guint                n_columns,
                    HgTable             *table,
                    GError             **error)
{
  Writer w = { 0 };
  g_autofree char *name = NULL;
  g_autofree char *display = NULL;
  guint n_rows;
  guint width = n_columns;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (columns != NULL || n_columns == 0, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  name = make_sheet_name (sheet_name);
  n_rows = hg_table_get_n_rows (table);
  if (n_rows >= MAX_ROWS)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("Could not write “%s”: %u rows do not fit in a spreadsheet, "
                     "which holds at most %u below the header."),
                   display, n_rows, MAX_ROWS - 1);
      return FALSE;
    }
  for (guint i = 0; i < n_rows; i++)
    width = MAX (width, hg_table_get_row_length (table, i));
  if (width > MAX_COLUMNS)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID,
                   _("Could not write “%s”: %u columns do not fit in a spreadsheet, "
                     "which holds at most %u."),
                   display, width, MAX_COLUMNS);
      return FALSE;
    }

  w.zip = hg_zip_writer_new (path, error);
  if (w.zip == NULL)
    return FALSE;
  w.sst_index = g_hash_table_new (g_str_hash, g_str_equal);
  w.sst_texts = g_ptr_array_new ();
  w.owned = g_ptr_array_new_with_free_func (g_free);

  ok = write_parts (&w, name, columns, n_columns, table, width, error)
       && hg_zip_writer_close (w.zip, error);
  writer_clear (&w);
  return ok;
}

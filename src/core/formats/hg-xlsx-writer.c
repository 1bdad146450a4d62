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
 * A cell or row carries its reference (r="C7") only where it does not
 * simply follow the one before it: both Excel and LibreOffice place such
 * cells one after the other, as the format says. The references made up
 * a third of a big sheet's XML, and being all different, most of what
 * deflate had to work on.
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
#include "hg-xlsx-format.h"
#include "hg-zip-writer.h"

/* Excel's own limits: a bigger sheet or a longer cell makes it report the
 * file as damaged, so we refuse to write one. */
#define MAX_ROWS        1048576
#define MAX_COLUMNS     16384
#define MAX_CELL_UNITS  32767  /* UTF-16 code units */

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

  /* While a sheet's rows come from a HgTableRowFunc, their texts live only
   * until the next row: new shared strings are copied into @owned. */
  gboolean        texts_are_fleeting;

  HgJob          *job;        /* counts the rows of every sheet; may be NULL */
  guint64         rows_done;
} Writer;

/* A sheet as it will be written. */
typedef struct
{
  const HgXlsxSheet *sheet;
  char              *name;            /* acceptable to Excel, unique in the file */
  guint              width;           /* columns, the widest row's */
  char              *range;           /* A1:Xn */
  char              *absolute_range;  /* $A$1:$X$n */
} Plan;

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


/* g_string_append_len() without its call and checks where the buffer has
 * room, as it mostly has: this runs several times for every cell. */
static inline void
append_len (GString    *out,
            const char *text,
            gsize       length)
{
  if (out->len + length >= out->allocated_len)
    {
      g_string_append_len (out, text, length);
      return;
    }
  memcpy (out->str + out->len, text, length);
  out->len += length;
  out->str[out->len] = '\0';
}

#define APPEND_LITERAL(out, literal) append_len ((out), "" literal, sizeof literal - 1)

/* A number in decimal, without printf: several times for every row. */
static gsize
format_uint (char    text[24],
             guint64 value)
{
  char digits[24];
  gsize i = sizeof digits;
  gsize n = 0;

  do
    {
      digits[--i] = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);
  while (i < sizeof digits)
    text[n++] = digits[i++];
  text[n] = '\0';
  return n;
}

static void
append_uint (GString *out,
             guint64  value)
{
  char text[24];

  append_len (out, text, format_uint (text, value));
}

/* A shared string's entry in @sst_index: its index, and whether it holds
 * a line break, so that a repeated text is neither checked nor searched
 * again. */
#define SST_ENTRY(index, wraps) GUINT_TO_POINTER ((index) << 1 | (wraps))
#define SST_INDEX(entry)        (GPOINTER_TO_UINT (entry) >> 1)
#define SST_WRAPS(entry)        (GPOINTER_TO_UINT (entry) & 1)

/* The entry of a text not seen before, checked against Excel's limit on
 * the cell at @column, @row. */
static gboolean
add_shared_string (Writer       *w,
                   const char   *text,
                   const char   *column,
                   const char   *row,
                   const char   *sheet_name,
                   const char  **key,
                   gpointer     *entry,
                   GError      **error)
{
  gsize units;

  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);

      g_ptr_array_add (w->owned, valid);
      text = valid;
      if (g_hash_table_lookup_extended (w->sst_index, text, (gpointer *) key, entry))
        return TRUE;
    }
  units = _hg_xlsx_utf16_length (text);
  if (units > MAX_CELL_UNITS)
    {
      g_autofree char *ref = g_strconcat (column, row, NULL);

      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                   _("Cell %s of sheet “%s” would hold %u characters, "
                     "but a spreadsheet cell holds at most %u."),
                   ref, sheet_name, (guint) MIN (units, G_MAXUINT), MAX_CELL_UNITS);
      return FALSE;
    }

  if (w->texts_are_fleeting)
    {
      char *copy = g_strdup (text);

      g_ptr_array_add (w->owned, copy);
      text = copy;
    }
  *key = text;
  *entry = SST_ENTRY (w->sst_texts->len, strchr (text, '\n') != NULL);
  g_hash_table_insert (w->sst_index, (gpointer) text, *entry);
  g_ptr_array_add (w->sst_texts, (gpointer) text);
  return TRUE;
}

/* Opens the cell, with its reference when @with_ref. */
static void
begin_cell (Writer     *w,
            gboolean    with_ref,
            const char *column,
            const char *row)
{
  if (!with_ref)
    {
      APPEND_LITERAL (w->out, "<c");
      return;
    }
  APPEND_LITERAL (w->out, "<c r=\"");
  g_string_append (w->out, column);
  g_string_append (w->out, row);
  g_string_append_c (w->out, '"');
}

/* A column's last text and its shared string: the next row often has the
 * same (an asset's name on each of its risks), and comparing is cheaper
 * than hashing. */
typedef struct
{
  const char *key;
  gpointer    entry;
} LastText;

static gboolean
append_cell (Writer            *w,
             const char        *text,
             HgXlsxColumnType   type,
             int                style,
             LastText          *last,
             gboolean           with_ref,
             const char        *column,
             const char        *row,
             const char        *sheet_name,
             GError           **error)
{
  guint serial;
  const char *key;
  gpointer entry;

  if (type == HG_XLSX_COLUMN_NUMBER && _hg_xlsx_is_plain_number (text))
    {
      begin_cell (w, with_ref, column, row);
      APPEND_LITERAL (w->out, "><v>");
      append_len (w->out, text, strlen (text));
      APPEND_LITERAL (w->out, "</v></c>");
      return TRUE;
    }
  if (type == HG_XLSX_COLUMN_DATE && _hg_xlsx_date_serial (text, &serial))
    {
      begin_cell (w, with_ref, column, row);
      APPEND_LITERAL (w->out, " s=\"");
      append_uint (w->out, STYLE_DATE);
      APPEND_LITERAL (w->out, "\"><v>");
      append_uint (w->out, serial);
      APPEND_LITERAL (w->out, "</v></c>");
      return TRUE;
    }

  if (last->key != NULL && strcmp (last->key, text) == 0)
    entry = last->entry;
  else if (g_hash_table_lookup_extended (w->sst_index, text, (gpointer *) &key, &entry)
           || add_shared_string (w, text, column, row, sheet_name, &key, &entry, error))
    {
      last->key = key;
      last->entry = entry;
    }
  else
    return FALSE;
  w->sst_count++;

  begin_cell (w, with_ref, column, row);
  /* Line breaks show only in cells that wrap, in Excel as in Calc. */
  if (style != STYLE_HEADER && SST_WRAPS (entry))
    style = STYLE_TEXT_WRAPPED;
  if (style != STYLE_DEFAULT)
    {
      APPEND_LITERAL (w->out, " s=\"");
      append_uint (w->out, style);
      g_string_append_c (w->out, '"');
    }
  APPEND_LITERAL (w->out, " t=\"s\"><v>");
  append_uint (w->out, SST_INDEX (entry));
  APPEND_LITERAL (w->out, "</v></c>");
  return TRUE;
}

static gboolean
write_sheet (Writer       *w,
             guint         index,
             const Plan   *plan,
             GError      **error)
{
  const char *sheet_name = plan->name;
  const HgXlsxColumn *columns = plan->sheet->columns;
  guint n_columns = plan->sheet->n_columns;
  HgTable *table = plan->sheet->table;
  guint width = plan->width;
  const char *range = plan->range;
  guint n_rows = table ? hg_table_get_n_rows (table) : plan->sheet->n_rows;
  g_autoptr(GPtrArray) fleeting = table ? NULL : g_ptr_array_new ();
  gboolean any_text = FALSE;
  ColumnName *names;
  LastText *last;
  char row_name[24];
  char last_column[4];
  g_autofree char *part = g_strdup_printf ("xl/worksheets/sheet%u.xml", index + 1);

  if (!begin_part (w, part, error))
    return FALSE;

  names = g_new (ColumnName, MAX (width, 1));
  last = g_new0 (LastText, MAX (width, 1));
  for (guint c = 0; c < width; c++)
    _hg_xlsx_column_name (c, names[c]);
  _hg_xlsx_column_name (MAX (width, 1) - 1, last_column);

  g_string_append (w->out, "<worksheet xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">");
  g_string_append_printf (w->out, "<dimension ref=\"%s\"/>", range);
  /* The header stays in view while scrolling. */
  /* The first sheet is the one shown when the file opens. */
  g_string_append (w->out, index == 0 ? "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                                      : "<sheetViews><sheetView workbookViewId=\"0\">");
  g_string_append (w->out,
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

  /* Row 1, the first, needs no number. */
  g_string_append (w->out, "<sheetData><row>");
  for (guint c = 0, next = 0; c < n_columns; c++)
    if (columns[c].header != NULL && columns[c].header[0] != '\0')
      {
        if (!append_cell (w, columns[c].header, HG_XLSX_COLUMN_TEXT, STYLE_HEADER, &last[c],
                          c != next, names[c], "1", sheet_name, error))
          goto failed;
        next = c + 1;
      }
  g_string_append (w->out, "</row>");

  w->texts_are_fleeting = table == NULL;
  for (guint i = 0, last_row = 1; i < n_rows; i++)
    {
      const char * const *cells;
      gboolean row_open = FALSE;
      guint next_column = 0;

      if (!hg_job_report (w->job, w->rows_done++, error))
        goto failed;
      if (table != NULL)
        cells = g_ptr_array_index (table->rows, i);
      else
        {
          g_ptr_array_set_size (fleeting, 0);
          plan->sheet->row_func (i, fleeting, plan->sheet->user_data);
          g_ptr_array_set_size (fleeting, MIN (fleeting->len, width));
          g_ptr_array_add (fleeting, NULL);
          cells = (const char * const *) fleeting->pdata;
        }

      format_uint (row_name, i + 2);
      for (guint c = 0; cells[c] != NULL; c++)
        {
          HgXlsxColumnType type = c < n_columns ? columns[c].type : HG_XLSX_COLUMN_TEXT;

          if (cells[c][0] == '\0')
            continue;
          if (!row_open)
            {
              /* Rows with no value are left out: the next one says
               * where it is. */
              if (i + 2 == last_row + 1)
                APPEND_LITERAL (w->out, "<row>");
              else
                {
                  APPEND_LITERAL (w->out, "<row r=\"");
                  g_string_append (w->out, row_name);
                  APPEND_LITERAL (w->out, "\">");
                }
              row_open = TRUE;
              last_row = i + 2;
            }
          if (!append_cell (w, cells[c], type,
                            type == HG_XLSX_COLUMN_TEXT ? STYLE_TEXT : STYLE_DEFAULT, &last[c],
                            c != next_column, names[c], row_name, sheet_name, error))
            goto failed;
          next_column = c + 1;
        }
      if (row_open)
        APPEND_LITERAL (w->out, "</row>");
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
  g_free (last);
  return hg_zip_writer_end_part (w->zip, error);

failed:
  g_free (names);
  g_free (last);
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
      _hg_xlsx_append_text (w->out, text);
      g_string_append (w->out, "</t></si>");
      if (!hg_zip_writer_flush (w->zip, error))
        return FALSE;
    }
  g_string_append (w->out, "</sst>");
  return hg_zip_writer_end_part (w->zip, error);
}

static gboolean
write_parts (Writer      *w,
             const Plan  *plans,
             guint        n_sheets,
             GError     **error)
{
  g_autofree char *timestamp = g_date_time_format (hg_zip_writer_get_time (w->zip), "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) rels = g_string_new (NULL);

  g_string_assign (body,
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
  for (guint i = 0; i < n_sheets; i++)
    g_string_append_printf (body,
                            "<Override PartName=\"/xl/worksheets/sheet%u.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
                            i + 1);
  g_string_append (body,
                   "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                   "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                   "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                   "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                   "</Types>");
  if (!write_part (w, "[Content_Types].xml", body->str, error))
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

  g_string_assign (body, "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
                         "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                         "<sheets>");
  g_string_assign (rels, "<Relationships xmlns=\"" NS_PKG "\">");
  for (guint i = 0; i < n_sheets; i++)
    {
      g_autoptr(GString) quoted = g_string_new ("'");

      g_string_append (body, "<sheet name=\"");
      _hg_xlsx_append_text (body, plans[i].name);
      g_string_append_printf (body, "\" sheetId=\"%u\" r:id=\"rId%u\"/>", i + 1, i + 1);
      g_string_append_printf (rels, "<Relationship Id=\"rId%u\" Type=\"" NS_REL "/worksheet\" "
                                    "Target=\"worksheets/sheet%u.xml\"/>", i + 1, i + 1);

      /* A formula reference needs the sheet name quoted, with any
       * apostrophe doubled. The defined name is how Excel remembers the
       * filter range. */
      for (const char *p = plans[i].name; *p != '\0'; p++)
        {
          if (*p == '\'')
            g_string_append_c (quoted, '\'');
          g_string_append_c (quoted, *p);
        }
      g_string_append_c (quoted, '\'');
      g_string_append_printf (names, "<definedName name=\"_xlnm._FilterDatabase\" "
                                     "localSheetId=\"%u\" hidden=\"1\">", i);
      _hg_xlsx_append_text (names, quoted->str);
      g_string_append_printf (names, "!%s</definedName>", plans[i].absolute_range);
    }
  g_string_append_printf (body, "</sheets><definedNames>%s</definedNames></workbook>", names->str);
  if (!write_part (w, "xl/workbook.xml", body->str, error))
    return FALSE;

  g_string_append_printf (rels,
                          "<Relationship Id=\"rId%u\" Type=\"" NS_REL "/styles\" Target=\"styles.xml\"/>"
                          "<Relationship Id=\"rId%u\" Type=\"" NS_REL "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                          "</Relationships>", n_sheets + 1, n_sheets + 2);
  if (!write_part (w, "xl/_rels/workbook.xml.rels", rels->str, error))
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

  /* The sheets before their shared strings: the strings are collected
   * while the sheets are written. */
  for (guint i = 0; i < n_sheets; i++)
    if (!write_sheet (w, i, &plans[i], error))
      return FALSE;
  return write_shared_strings (w, error);
}

static void
plan_clear (Plan *plan)
{
  g_free (plan->name);
  g_free (plan->range);
  g_free (plan->absolute_range);
}

static gboolean
name_used (GHashTable *used_names,
           const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_hash_table_contains (used_names, folded);
}

/* Checks a sheet against Excel's limits and works out its name, width and
 * range. Names are made acceptable and, compared as Excel does (ignoring
 * case), unique. */
static gboolean
plan_sheet (Plan               *plan,
            const HgXlsxSheet  *sheet,
            GHashTable         *used_names,
            const char         *display,
            GError            **error)
{
  guint n_rows = sheet->table ? hg_table_get_n_rows (sheet->table) : sheet->n_rows;
  g_autofree char *base = _hg_xlsx_make_sheet_name (sheet->name);
  char last_column[4];

  plan->sheet = sheet;
  plan->width = sheet->n_columns;
  if (n_rows >= MAX_ROWS)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                   _("Could not write “%s”: %u rows do not fit in a spreadsheet, "
                     "which holds at most %u below the header."),
                   display, n_rows, MAX_ROWS - 1);
      return FALSE;
    }
  for (guint i = 0; sheet->table != NULL && i < n_rows; i++)
    plan->width = MAX (plan->width, hg_table_get_row_length (sheet->table, i));
  if (plan->width > MAX_COLUMNS)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                   _("Could not write “%s”: %u columns do not fit in a spreadsheet, "
                     "which holds at most %u."),
                   display, plan->width, MAX_COLUMNS);
      return FALSE;
    }

  plan->name = g_strdup (base);
  for (guint n = 2; name_used (used_names, plan->name); n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *shorter = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1),
                                                                31 - (glong) strlen (suffix)));

      g_free (plan->name);
      plan->name = g_strconcat (shorter, suffix, NULL);
    }
  g_hash_table_add (used_names, g_utf8_casefold (plan->name, -1));

  _hg_xlsx_column_name (MAX (plan->width, 1) - 1, last_column);
  plan->range = g_strdup_printf ("A1:%s%u", last_column, n_rows + 1);
  plan->absolute_range = g_strdup_printf ("$A$1:$%s$%u", last_column, n_rows + 1);
  return TRUE;
}

gboolean
hg_xlsx_write_sheets (const char         *path,
                      const HgXlsxSheet  *sheets,
                      guint               n_sheets,
                      HgJob              *job,
                      GError            **error)
{
  Writer w = { 0 };
  g_autofree char *display = NULL;
  g_autoptr(GHashTable) used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Plan *plans;
  guint64 total = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (sheets != NULL && n_sheets > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  plans = g_new0 (Plan, n_sheets);
  for (guint i = 0; i < n_sheets && ok; i++)
    {
      g_return_val_if_fail (sheets[i].columns != NULL || sheets[i].n_columns == 0, FALSE);
      g_return_val_if_fail ((sheets[i].table != NULL) != (sheets[i].row_func != NULL), FALSE);
      ok = plan_sheet (&plans[i], &sheets[i], used_names, display, error);
      total += sheets[i].table ? hg_table_get_n_rows (sheets[i].table) : sheets[i].n_rows;
    }

  if (ok)
    {
      w.zip = hg_zip_writer_new (path, error);
      ok = w.zip != NULL;
    }
  if (ok)
    {
      w.sst_index = g_hash_table_new (g_str_hash, g_str_equal);
      w.sst_texts = g_ptr_array_new ();
      w.owned = g_ptr_array_new_with_free_func (g_free);
      w.job = job;
      hg_zip_writer_set_job (w.zip, job);
      hg_job_set_total (job, total);
      ok = write_parts (&w, plans, n_sheets, error)
           && hg_job_report (job, total, error)
           && hg_zip_writer_close (w.zip, error);
    }
  writer_clear (&w);
  for (guint i = 0; i < n_sheets; i++)
    plan_clear (&plans[i]);
  g_free (plans);
  return ok;
}

gboolean
hg_xlsx_write_file (const char          *path,
                    const char          *sheet_name,
                    const HgXlsxColumn  *columns,
                    guint                n_columns,
                    HgTable             *table,
                    GError             **error)
{
  HgXlsxSheet sheet = { sheet_name, columns, n_columns, table };

  return hg_xlsx_write_sheets (path, &sheet, 1, NULL, error);
}

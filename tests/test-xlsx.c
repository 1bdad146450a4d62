/* test-xlsx.c: writing and reading XLSX workbooks, and refusing hostile ones
 *
 * Workbooks that our writer would never produce (shared strings with rich
 * text, inline strings, dates in Japanese formats, ZIP bombs) are built
 * here part by part with libarchive, so every case says exactly what the
 * file holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "hg-save-file.h"
#include "hg-test-package.h"
#include "hg-xlsx.h"

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL  "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG  "http://schemas.openxmlformats.org/package/2006/relationships"

/* Helpers: a temporary folder, a ZIP built in memory */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hinagata-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "台帳.xlsx", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

typedef struct
{
  struct archive *archive;
  GByteArray     *bytes;
} ZipBuilder;

static la_ssize_t
zip_write_cb (struct archive *archive G_GNUC_UNUSED,
              void           *data,
              const void     *buffer,
              size_t          length)
{
  g_byte_array_append (data, buffer, length);
  return length;
}

static ZipBuilder *
zip_builder_new (const char *options,
                 gsize       reserve)
{
  ZipBuilder *zb = g_new0 (ZipBuilder, 1);

  zb->bytes = g_byte_array_sized_new (reserve);
  zb->archive = archive_write_new ();
  g_assert_cmpint (archive_write_set_format_zip (zb->archive), ==, ARCHIVE_OK);
  if (options != NULL)
    g_assert_cmpint (archive_write_set_options (zb->archive, options), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_set_bytes_in_last_block (zb->archive, 1), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (zb->archive, zb->bytes, NULL, zip_write_cb, NULL), ==,
                   ARCHIVE_OK);
  return zb;
}

/* An entry made of @head, @repeat times @chunk, and @tail. */
static void
zip_builder_add_repeated (ZipBuilder *zb,
                          const char *name,
                          const char *head,
                          const char *chunk,
                          gsize       chunk_length,
                          guint       repeat,
                          const char *tail)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, strlen (head) + chunk_length * repeat + strlen (tail));
  g_assert_cmpint (archive_write_header (zb->archive, entry), ==, ARCHIVE_OK);
  archive_entry_free (entry);

  g_assert_cmpint (archive_write_data (zb->archive, head, strlen (head)), ==, strlen (head));
  for (guint i = 0; i < repeat; i++)
    g_assert_cmpint (archive_write_data (zb->archive, chunk, chunk_length), ==, chunk_length);
  g_assert_cmpint (archive_write_data (zb->archive, tail, strlen (tail)), ==, strlen (tail));
  g_assert_cmpint (archive_write_finish_entry (zb->archive), ==, ARCHIVE_OK);
}

static void
zip_builder_add (ZipBuilder *zb,
                 const char *name,
                 const char *content)
{
  zip_builder_add_repeated (zb, name, content, "", 0, 0, "");
}

static GBytes *
zip_builder_finish (ZipBuilder *zb)
{
  GByteArray *bytes = zb->bytes;

  g_assert_cmpint (archive_write_close (zb->archive), ==, ARCHIVE_OK);
  archive_write_free (zb->archive);
  g_free (zb);
  return g_byte_array_free_to_bytes (bytes);
}

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

static const char root_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"" NS_PKG "\">"
  "<Relationship Id=\"rId1\" Type=\"" NS_REL "/officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

static const char one_sheet_workbook[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
  "<sheets><sheet name=\"台帳\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

static const char workbook_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"" NS_PKG "\">"
  "<Relationship Id=\"rId1\" Type=\"" NS_REL "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" NS_REL "/styles\" Target=\"styles.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" NS_REL "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
  "</Relationships>";

/* A workbook with one sheet "台帳"; the parts left NULL are not there.
 * @options are libarchive's for the ZIP, such as "zip:compression=store". */
static GBytes *
make_workbook_with (const char *options,
                    const char *workbook,
                    const char *sheet,
                    const char *shared_strings,
                    const char *styles)
{
  ZipBuilder *zb = zip_builder_new (options, 4096);

  zip_builder_add (zb, "[Content_Types].xml", content_types);
  zip_builder_add (zb, "_rels/.rels", root_rels);
  zip_builder_add (zb, "xl/workbook.xml", workbook != NULL ? workbook : one_sheet_workbook);
  zip_builder_add (zb, "xl/_rels/workbook.xml.rels", workbook_rels);
  if (sheet != NULL)
    zip_builder_add (zb, "xl/worksheets/sheet1.xml", sheet);
  if (shared_strings != NULL)
    zip_builder_add (zb, "xl/sharedStrings.xml", shared_strings);
  if (styles != NULL)
    zip_builder_add (zb, "xl/styles.xml", styles);
  return zip_builder_finish (zb);
}

static GBytes *
make_workbook (const char *workbook,
               const char *sheet,
               const char *shared_strings,
               const char *styles)
{
  return make_workbook_with (NULL, workbook, sheet, shared_strings, styles);
}

static char *
sheet_xml (const char *rows)
{
  return g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                      "<worksheet xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><sheetData>",
                      rows, "</sheetData></worksheet>", NULL);
}

static HgTable *
read_bytes (GBytes      *bytes,
            const char  *sheet_name,
            GError     **error)
{
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  return hg_xlsx_read_memory (data, length, sheet_name, error);
}

static HgTable *
read_rows (const char  *rows,
           const char  *shared_strings,
           const char  *styles,
           GError     **error)
{
  g_autofree char *sheet = sheet_xml (rows);
  g_autoptr(GBytes) bytes = make_workbook (NULL, sheet, shared_strings, styles);

  return read_bytes (bytes, NULL, error);
}

/* Asserts one row exactly: its sheet row number, its length, every cell. */
static void
assert_row (HgTable    *table,
            guint       row,
            guint       source_line,
            const char *first,
            ...)
{
  va_list args;
  guint n = 0;

  g_assert_cmpuint (row, <, hg_table_get_n_rows (table));
  g_assert_cmpuint (hg_table_get_source_line (table, row), ==, source_line);

  va_start (args, first);
  for (const char *expected = first; expected != NULL; expected = va_arg (args, const char *), n++)
    g_assert_cmpstr (hg_table_get_cell (table, row, n), ==, expected);
  va_end (args);
  g_assert_cmpuint (hg_table_get_row_length (table, row), ==, n);
}

static void
assert_refused (GError     *error,
                HgTable    *table,
                const char *expected_part)
{
  g_assert_null (table);
  /* What is wrong with the file, not a failure to read it. */
  g_assert_nonnull (error);
  g_assert_true (error->domain == HG_XLSX_ERROR);
  g_assert_cmpint (error->code, !=, HG_XLSX_ERROR_IO);
  g_test_message ("refused: %s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (expected_part != NULL && strstr (error->message, expected_part) == NULL)
    g_error ("“%s” not in the message: %s", expected_part, error->message);
}

/* Writing */

static const HgXlsxColumn register_columns[] = {
  { "管理番号", HG_XLSX_COLUMN_TEXT, 12 },
  { "資産名", HG_XLSX_COLUMN_TEXT, 30 },
  { "数量", HG_XLSX_COLUMN_NUMBER, 8 },
  { "導入日", HG_XLSX_COLUMN_DATE, 12 },
  { "備考", HG_XLSX_COLUMN_TEXT, 0 },
};

static void
add_row (HgTable    *table,
         const char *first,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  va_end (args);
  hg_table_add_row (table, g_strv_builder_end (builder), hg_table_get_n_rows (table) + 1);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);

  for (int i = 0; i < 2000; i++)
    g_string_append (long_text, i % 10 == 9 ? "。" : "情");
  g_assert_cmpuint (g_utf8_strlen (long_text->str, -1), ==, 2000);

  add_row (table, "A-001", "ノートPC（営業部）", "1", "2024-04-01", "持ち出しあり", NULL);
  add_row (table, "007", "サーバー", "2", "", "<&> \"quoted\" 'apos'", NULL);
  add_row (table, "A-003", "", "3", "1900-01-01", long_text->str, NULL);
  add_row (table, "", "", "", "", "", NULL);
  add_row (table, "A-005", "改行\nあり\tタブ\r復帰", "約3", "2024/04/01",
           "制御\001文字 _x0041_ そのまま", NULL);
  add_row (table, "A-006", "  前後の空白  ", "-2.5", "2024-02-29", "=SUM(A1:A2)", NULL);
  add_row (table, "A-007", "1e3", "12345678901234567890", "2024-02-30", "", "列外", NULL);

  g_assert_true (hg_xlsx_write_file (f->path, "情報資産管理台帳", register_columns,
                                     G_N_ELEMENTS (register_columns), table, &error));
  g_assert_no_error (error);

  read = hg_xlsx_read_file (f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, 7);

  assert_row (read, 0, 1, "管理番号", "資産名", "数量", "導入日", "備考", NULL);
  assert_row (read, 1, 2, "A-001", "ノートPC（営業部）", "1", "2024-04-01", "持ち出しあり", NULL);
  /* A code in a text column stays text, leading zeros and all. */
  assert_row (read, 2, 3, "007", "サーバー", "2", "", "<&> \"quoted\" 'apos'", NULL);
  /* Excel and LibreOffice disagree on days before 1900-03-01: text. */
  assert_row (read, 3, 4, "A-003", "", "3", "1900-01-01", long_text->str, NULL);
  /* The empty row 5 is skipped; what is no number or date stays text;
   * control characters survive as Excel's _xHHHH_ escapes. */
  assert_row (read, 4, 6, "A-005", "改行\nあり\tタブ\r復帰", "約3", "2024/04/01",
              "制御\001文字 _x0041_ そのまま", NULL);
  assert_row (read, 5, 7, "A-006", "  前後の空白  ", "-2.5", "2024-02-29", "=SUM(A1:A2)", NULL);
  /* 20 digits are more than a double keeps: text, as is a date that
   * never was. A cell past the last column is kept as text. */
  assert_row (read, 6, 8, "A-007", "1e3", "12345678901234567890", "2024-02-30", "", "列外", NULL);

  /* The sheet can be asked for by name too. */
  g_clear_pointer (&read, hg_table_free);
  read = hg_xlsx_read_file (f->path, "情報資産管理台帳", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, 7);
}

static void
test_write_parts (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  static const HgXlsxColumn columns[] = {
    { "名前", HG_XLSX_COLUMN_TEXT, 12 },
    { "数", HG_XLSX_COLUMN_NUMBER, 0 },
    { "日付", HG_XLSX_COLUMN_DATE, 10.5 },
  };
  static const char *const expected[] = {
    "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
    "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
  };
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GError) error = NULL;
  const char *sheet;

  add_row (table, "a&b", "42", "2024-04-01", NULL);
  add_row (table, "a&b", "x", "", NULL);
  add_row (table, "b", "", "1900-03-01", NULL);
  add_row (table, "c\nd", "", "1900-02-28", NULL);
  g_assert_true (hg_xlsx_write_file (f->path, "Sheet's [1]", columns, G_N_ELEMENTS (columns),
                                     table, &error));
  g_assert_no_error (error);

  entries = hg_test_read_zip (f->path);
  g_assert_cmpuint (g_hash_table_size (entries), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gsize length;
      const char *text = g_bytes_get_data (g_hash_table_lookup (entries, expected[i]), &length);
      xmlDocPtr doc;

      g_assert_nonnull (text);
      doc = xmlReadMemory (text, length, expected[i], NULL, XML_PARSE_NONET);
      if (doc == NULL)
        g_error ("%s is not well-formed XML", expected[i]);
      xmlFreeDoc (doc);
    }

  sheet = hg_test_zip_text (entries, "xl/worksheets/sheet1.xml");
  /* Frozen header, filter over the used range, widths, typed cells. */
  hg_test_assert_contains (sheet, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
  hg_test_assert_contains (sheet, "<dimension ref=\"A1:C5\"/>");
  hg_test_assert_contains (sheet, "<autoFilter ref=\"A1:C5\"/>");
  hg_test_assert_contains (sheet, "<col min=\"1\" max=\"1\" width=\"12.7109\" customWidth=\"1\" style=\"3\"/>");
  hg_test_assert_contains (sheet, "<col min=\"3\" max=\"3\" width=\"11.2109\" customWidth=\"1\"/>");
  /* Typed cells; a reference only where a cell does not follow the one
   * before it. Serial 61 is 1900-03-01 for Excel and LibreOffice alike;
   * the day before is not, and stays text. A text with a line break
   * wraps, or the break would not show. */
  hg_test_assert_contains (sheet,
                           "<sheetData><row><c s=\"1\" t=\"s\"><v>0</v></c><c s=\"1\" t=\"s\"><v>1</v></c>"
                           "<c s=\"1\" t=\"s\"><v>2</v></c></row>"
                           "<row><c s=\"3\" t=\"s\"><v>3</v></c><c><v>42</v></c><c s=\"2\"><v>45383</v></c></row>"
                           "<row><c s=\"3\" t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c></row>"
                           "<row><c s=\"3\" t=\"s\"><v>5</v></c><c r=\"C4\" s=\"2\"><v>61</v></c></row>"
                           "<row><c s=\"4\" t=\"s\"><v>6</v></c><c r=\"C5\" t=\"s\"><v>7</v></c></row>"
                           "</sheetData>");
  g_assert_null (strstr (sheet, "r=\"C3\""));

  /* Repeated texts are stored once. */
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/sharedStrings.xml"),
                   "count=\"9\" uniqueCount=\"8\"><si><t>名前</t></si>");
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/sharedStrings.xml"), "<si><t>a&amp;b</t></si>");
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/styles.xml"), "<font><b/>");
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/styles.xml"), "formatCode=\"yyyy-mm-dd\"");
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/styles.xml"), "<alignment wrapText=\"1\"/></xf></cellXfs>");
  /* The sheet name lost what Excel forbids; the filter range is quoted. */
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/workbook.xml"), "<sheet name=\"Sheet's _1_\"");
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/workbook.xml"),
                   "hidden=\"1\">'Sheet''s _1_'!$A$1:$C$5</definedName>");
}

static void
test_write_mode (Fixture       *f,
                 gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  GStatBuf st;

  /* Over an existing, world-readable file: replaced, and 0600. */
  g_assert_true (g_file_set_contents (f->path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);

  add_row (table, "新しい", NULL);
  g_assert_true (hg_xlsx_write_file (f->path, NULL, register_columns, 1, table, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* No temporary file left behind. */
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "台帳.xlsx");
  g_assert_null (g_dir_read_name (dir));

  read = hg_xlsx_read_file (f->path, "Sheet1", &error);
  g_assert_no_error (error);
  assert_row (read, 1, 2, "新しい", NULL);
}

static void
test_write_errors (Fixture       *f,
                   gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *too_long = g_strnfill (32768, 'x');
  g_autofree char *missing_dir = g_build_filename (f->dir, "no-such-folder", "out.xlsx", NULL);
  g_autoptr(GDir) dir = NULL;

  add_row (table, "ok", NULL);
  g_assert_false (hg_xlsx_write_file (missing_dir, "S", register_columns, 1, table, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_IO);
  g_clear_error (&error);

  /* Excel would call such a file damaged: refuse it, and name the cell. */
  add_row (table, "ok", too_long, NULL);
  g_assert_false (hg_xlsx_write_file (f->path, "S", register_columns, 2, table, &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE);
  hg_test_assert_contains (error->message, "B3");
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

/* Reading what other programs write */

static const char rich_shared_strings[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<sst xmlns=\"" NS_MAIN "\" count=\"6\" uniqueCount=\"5\">"
  "<si><t>情報資産</t></si>"
  "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>太字</t></r><r><t xml:space=\"preserve\"> と普通</t></r></si>"
  "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>カンジ</t></rPh><phoneticPr fontId=\"1\"/></si>"
  "<si><t>改行_x000D_あり_x005F_x0041_</t></si>"
  "<si/>"
  "</sst>";

static void
test_read_shared_strings (void)
{
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = read_rows ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                     "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                     "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c></row>"
                     "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>",
                     rich_shared_strings, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 2);
  /* Rich runs joined, the furigana left out, escapes decoded. */
  assert_row (table, 0, 1, "情報資産", "太字 と普通", "漢字", "改行\rあり_x0041_", NULL);
  assert_row (table, 1, 3, "情報資産", NULL);
}

static void
test_read_inline_strings (void)
{
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;

  /* No shared strings part at all, as some generators write. */
  table = read_rows ("<row r=\"1\">"
                     "<c r=\"A1\" t=\"inlineStr\"><is><t>インライン</t></is></c>"
                     "<c r=\"B1\" t=\"inlineStr\"><is><r><t>リッチ</t></r><r><t>テキスト</t></r></is></c>"
                     "<c r=\"C1\" t=\"str\"><f>A1&amp;B1</f><v>計算結果</v></c>"
                     "<c r=\"D1\" t=\"b\"><v>1</v></c>"
                     "<c r=\"E1\" t=\"b\"><v>0</v></c>"
                     "<c r=\"F1\"><v>3.0</v></c>"
                     "<c r=\"G1\"><v>0.30000000000000004</v></c>"
                     "<c r=\"H1\" t=\"e\"><v>#N/A</v></c>"
                     "<c r=\"I1\"><f>1+2</f><v>3</v></c>"
                     "<c r=\"J1\" t=\"n\"><v>-1.5E+3</v></c>"
                     "<c r=\"K1\" t=\"inlineStr\"><is><t><![CDATA[<そのまま>]]></t></is></c>"
                     "</row>",
                     NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 1);
  assert_row (table, 0, 1, "インライン", "リッチテキスト", "計算結果", "TRUE", "FALSE", "3", "0.3",
              "#N/A", "3", "-1500", "<そのまま>", NULL);
}

/* The sheet is read by SAX callbacks that must see the markup as the
 * reader of the other parts does: text split by comments and processing
 * instructions or inside other elements, phonetic runs, references,
 * elements of any namespace, an "&" in an attribute. */
static void
test_read_markup (void)
{
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = read_rows ("<row r=\"1\">"
                     "<c r=\"A1\"><v>1<!-- x -->2<?pi y?>3</v></c>"
                     "<c r=\"B1\" t=\"str\"><v><w>a</w>b</v></c>"
                     "<c r=\"C1\" t=\"inlineStr\"><is><t>漢字</t>"
                     "<rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></is></c>"
                     "<c r=\"D1\"><v/></c>"
                     "<c r=\"E1\" t=\"str\"><v>&lt;&amp;&#x41;<![CDATA[&]]></v></c>"
                     "<x:c xmlns:x=\"urn:other\" r=\"F1\"><v>9</v></x:c>"
                     "</row>"
                     "<row r=\"2\"/>"
                     "<row r=\"3\"><c r=\"A3\"><x:v xmlns:x=\"urn:other\">7</x:v></c></row>",
                     NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 2);
  assert_row (table, 0, 1, "123", "ab", "漢字", "", "<&A&", "9", NULL);
  assert_row (table, 1, 3, "7", NULL);
  g_clear_pointer (&table, hg_table_free);

  table = read_rows ("<row r=\"1\"><c r=\"A&amp;1\"><v>1</v></c></row>", NULL, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED);
  hg_test_assert_contains (error->message, "“A&1”");
}

static void
test_read_missing_cells (void)
{
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = read_rows ("<row r=\"2\"><c r=\"C2\"><v>1</v></c><c r=\"A2\"><v>2</v></c></row>"
                     "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                     "<row r=\"6\"><c r=\"A6\" s=\"0\"/><c r=\"B6\" t=\"s\"/></row>"
                     "<row r=\"7\"><c><v>10</v></c><c><v>11</v></c><c r=\"E7\"><v>12</v></c>"
                     "<c><v>13</v></c></row>"
                     "<row><c r=\"A8\"><v>8</v></c></row>"
                     "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>端</t></is></c></row>",
                     NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 5);
  /* Cells land where r says, in any order; cells without r follow the
   * one before; rows without values are skipped. */
  assert_row (table, 0, 2, "2", "", "1", NULL);
  assert_row (table, 1, 5, "", "x", NULL);
  assert_row (table, 2, 7, "10", "11", "", "", "12", "13", NULL);
  assert_row (table, 3, 8, "8", NULL);
  g_assert_cmpuint (hg_table_get_source_line (table, 4), ==, 1048576);
  g_assert_cmpuint (hg_table_get_row_length (table, 4), ==, 16384);
  g_assert_cmpstr (hg_table_get_cell (table, 4, 16383), ==, "端");
}

static const char date_styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<styleSheet xmlns=\"" NS_MAIN "\">"
  "<numFmts count=\"6\">"
  "<numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd\"/>"
  "<numFmt numFmtId=\"165\" formatCode=\"[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
  "<numFmt numFmtId=\"166\" formatCode=\"h:mm\"/>"
  "<numFmt numFmtId=\"167\" formatCode=\"0.00\"/>"
  "<numFmt numFmtId=\"168\" formatCode=\"&quot;Day&quot; 0\"/>"
  "<numFmt numFmtId=\"169\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
  "<numFmt numFmtId=\"170\" formatCode=\"yyyy/m/d h:mm:ss\"/>"
  "<numFmt numFmtId=\"171\" formatCode=\"mm:ss\"/>"
  "<numFmt numFmtId=\"172\" formatCode=\"m/d h&quot;時&quot;mm&quot;分&quot;\"/>"
  "<numFmt numFmtId=\"173\" formatCode=\"[h]:mm\"/>"
  "<numFmt numFmtId=\"174\" formatCode=\"yyyy/m/d h:mm AM/PM\"/>"
  "</numFmts>"
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
  "<cellXfs count=\"17\">"
  "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
  "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"31\"/><xf numFmtId=\"168\"/>"
  "<xf numFmtId=\"169\"/><xf numFmtId=\"20\"/><xf numFmtId=\"49\"/><xf numFmtId=\"22\"/>"
  "<xf numFmtId=\"170\"/><xf numFmtId=\"171\"/><xf numFmtId=\"172\"/><xf numFmtId=\"173\"/>"
  "<xf numFmtId=\"174\"/>"
  "</cellXfs>"
  "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"167\" formatCode=\"yyyy\"/></dxf></dxfs>"
  "</styleSheet>";

static void
test_read_dates (void)
{
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;
  static const char workbook_1904[] =
    "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><workbookPr date1904=\"1\"/>"
    "<sheets><sheet name=\"台帳\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  g_autoptr(GBytes) bytes = NULL;

  table = read_rows ("<row r=\"1\">"
                     "<c r=\"A1\" s=\"1\"><v>45383</v></c>"
                     "<c r=\"B1\" s=\"2\"><v>45383.75</v></c>"
                     "<c r=\"C1\" s=\"3\"><v>45383</v></c>"
                     "<c r=\"D1\" s=\"4\"><v>0.5</v></c>"
                     "<c r=\"E1\" s=\"5\"><v>3.14159</v></c>"
                     "<c r=\"F1\" s=\"6\"><v>45383</v></c>"
                     "<c r=\"G1\" s=\"7\"><v>5</v></c>"
                     "<c r=\"H1\" s=\"8\"><v>45383.99999999</v></c>"
                     "<c r=\"I1\" s=\"9\"><v>0.75</v></c>"
                     "<c r=\"J1\" s=\"10\"><v>12</v></c>"
                     "<c r=\"K1\" s=\"99\"><v>45383</v></c>"
                     "</row><row r=\"2\">"
                     "<c r=\"A2\" s=\"1\"><v>59</v></c>"
                     "<c r=\"B2\" s=\"1\"><v>60</v></c>"
                     "<c r=\"C2\" s=\"1\"><v>61</v></c>"
                     "<c r=\"D2\" s=\"1\"><v>1</v></c>"
                     "<c r=\"E2\" s=\"1\"><v>0</v></c>"
                     "<c r=\"F2\" s=\"1\"><v>-1</v></c>"
                     "<c r=\"G2\" s=\"1\" t=\"d\"><v>2024-04-01T00:00:00</v></c>"
                     "<c r=\"H2\" s=\"8\" t=\"d\"><v>2024-04-01T09:30:15</v></c>"
                     "</row><row r=\"3\">"
                     "<c r=\"A3\" s=\"11\"><v>46357.375</v></c>"
                     "<c r=\"B3\" s=\"12\"><v>46357.37517361111</v></c>"
                     "<c r=\"C3\" s=\"13\"><v>0.0021990740740740742</v></c>"
                     "<c r=\"D3\" s=\"14\"><v>46357.5625</v></c>"
                     "<c r=\"E3\" s=\"15\"><v>1.5</v></c>"
                     "<c r=\"F3\" s=\"16\"><v>46357.8125</v></c>"
                     "<c r=\"G3\" s=\"4\"><v>46357.375463</v></c>"
                     "</row>",
                     NULL, date_styles, &error);
  g_assert_no_error (error);
  /* Built-in 14, custom yyyy/mm/dd, Japanese era and Japanese built-in 31
   * give the date, also of a serial with a fraction (B1); a format with a
   * date and a time gives both, a time-only one the time, as "HH:MM"
   * unless it shows seconds. (The time of a date-and-time cell used to be
   * dropped on purpose; a carry-out logged in Excel at 2026/12/1 9:00 then
   * lost its time and was refused.) Other formats, and a style that does
   * not exist, leave the number. */
  assert_row (table, 0, 1, "2024-04-01", "2024-04-01", "2024-04-01", "12:00", "3.14159",
              "2024-04-01", "5", "2024-04-02 00:00", "18:00", "12", "45383", NULL);
  /* Excel's 1900-02-29; serials below 1 are no dates; an ISO date cell
   * shows its time only under a format with one. */
  assert_row (table, 1, 2, "1900-02-28", "1900-02-29", "1900-03-01", "1900-01-01", "0", "-1",
              "2024-04-01", "2024-04-01 09:30", NULL);
  /* Built-in 22 (m/d/yyyy h:mm), seconds, mm:ss (minutes, not a month;
   * hours still written, or 3 min 10 s would read as 03:10 o'clock),
   * 時分 after a month, elapsed hours past a day, AM/PM in 24 hours, and
   * seconds cut, not rounded into the minute, under h:mm. */
  assert_row (table, 2, 3, "2026-12-01 09:00", "2026-12-01 09:00:15", "00:03:10",
              "2026-12-01 13:30", "36:00", "2026-12-01 19:30", "09:00", NULL);

  /* The 1904 date system of old Mac workbooks. */
  g_clear_pointer (&table, hg_table_free);
  sheet = sheet_xml ("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c>"
                     "<c r=\"B1\" s=\"1\"><v>43921</v></c>"
                     "<c r=\"C1\" s=\"11\"><v>44895.375</v></c>"
                     "<c r=\"D1\" s=\"9\"><v>44895.375</v></c></row>");
  bytes = make_workbook (workbook_1904, sheet, NULL, date_styles);
  table = read_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  assert_row (table, 0, 1, "1904-01-01", "2024-04-01", "2026-12-01 09:00", "09:00", NULL);
}

/* Rows made on demand: "行0", "0" … with a text that lives only until the
 * next row. */
static void
fleeting_row (guint      row,
              GPtrArray *cells,
              gpointer   user_data)
{
  static char name[16], number[16];

  g_snprintf (name, sizeof name, "行%u", row % 2);
  g_snprintf (number, sizeof number, "%u", row);
  g_ptr_array_add (cells, name);
  g_ptr_array_add (cells, number);
}

/* Several sheets: each its own part, relationship and filter range, the
 * first one shown, names made unique, texts shared. */
static void
test_write_sheets (Fixture       *f,
                   gconstpointer  data G_GNUC_UNUSED)
{
  static const HgXlsxColumn first[] = { { "名称", HG_XLSX_COLUMN_TEXT, 20 },
                                        { "値", HG_XLSX_COLUMN_NUMBER, 6 } };
  static const HgXlsxColumn second[] = { { "対策", HG_XLSX_COLUMN_TEXT, 30 } };
  g_autoptr(HgTable) a = hg_table_new ();
  g_autoptr(HgTable) b = hg_table_new ();
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GError) error = NULL;
  HgXlsxSheet sheets[] = { { "台帳", first, 2, a }, { "対策", second, 1, b },
                           { "台帳", second, 1, b },
                           { "生成", first, 2, NULL, 3, fleeting_row, NULL } };
  const char *workbook;

  add_row (a, "共有", "3", NULL);
  add_row (b, "共有", NULL);
  add_row (b, "施錠", NULL);
  g_assert_true (hg_xlsx_write_sheets (f->path, sheets, G_N_ELEMENTS (sheets), NULL, &error));
  g_assert_no_error (error);

  entries = hg_test_read_zip (f->path);
  workbook = hg_test_zip_text (entries, "xl/workbook.xml");
  hg_test_assert_contains (workbook, "<sheet name=\"台帳\" sheetId=\"1\" r:id=\"rId1\"/>"
                                     "<sheet name=\"対策\" sheetId=\"2\" r:id=\"rId2\"/>"
                                     "<sheet name=\"台帳 (2)\" sheetId=\"3\" r:id=\"rId3\"/>");
  hg_test_assert_contains (workbook, "localSheetId=\"1\" hidden=\"1\">'対策'!$A$1:$A$3<");
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/_rels/workbook.xml.rels"),
                           "Id=\"rId6\" Type=\"" NS_REL "/sharedStrings\"");
  hg_test_assert_contains (hg_test_zip_text (entries, "[Content_Types].xml"),
                           "/xl/worksheets/sheet3.xml");
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/worksheets/sheet1.xml"),
                           "tabSelected=\"1\"");
  g_assert_null (strstr (hg_test_zip_text (entries, "xl/worksheets/sheet2.xml"), "tabSelected"));
  /* 共有 once in the shared strings, used by two sheets. */
  hg_test_assert_contains (hg_test_zip_text (entries, "xl/sharedStrings.xml"),
                           "count=\"14\" uniqueCount=\"7\"");

  read = hg_xlsx_read_file (f->path, "対策", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, 3);
  g_assert_cmpstr (hg_table_get_cell (read, 0, 0), ==, "対策");
  g_assert_cmpstr (hg_table_get_cell (read, 2, 0), ==, "施錠");
  g_clear_pointer (&read, hg_table_free);
  read = hg_xlsx_read_file (f->path, "台帳", &error);
  g_assert_cmpstr (hg_table_get_cell (read, 1, 1), ==, "3");
  g_clear_pointer (&read, hg_table_free);
  read = hg_xlsx_read_file (f->path, "生成", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, 4);
  g_assert_cmpstr (hg_table_get_cell (read, 1, 0), ==, "行0");
  g_assert_cmpstr (hg_table_get_cell (read, 2, 0), ==, "行1");
  g_assert_cmpstr (hg_table_get_cell (read, 3, 0), ==, "行0");
  g_assert_cmpstr (hg_table_get_cell (read, 3, 1), ==, "2");
}

/* What a reader sees of a written workbook, whatever the XML's spelling:
 * every part but the timestamps as is, and in each worksheet every cell
 * as "row,column style type value" (shared strings looked up), where its
 * position comes from its r or, without one, from the cell or row before
 * it, as Excel and LibreOffice place them. */
static void
add_key (gpointer key,
         gpointer value G_GNUC_UNUSED,
         gpointer user_data)
{
  g_ptr_array_add (user_data, key);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
describe_workbook (const char *path)
{
  g_autoptr(GHashTable) entries = hg_test_read_zip (path);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  xmlDocPtr sst = hg_test_parse_xml (entries, "xl/sharedStrings.xml");
  g_autoptr(GPtrArray) items = hg_test_xml_find (xmlDocGetRootElement (sst), NS_MAIN, "si");

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (strings, hg_test_xml_text (g_ptr_array_index (items, i)));
  xmlFreeDoc (sst);

  g_hash_table_foreach (entries, add_key, names);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(GPtrArray) data = NULL;
      xmlDocPtr doc;
      xmlChar *rest;
      int rest_length;
      guint row = 0;

      g_string_append_printf (out, "== %s\n", name);
      if (g_str_equal (name, "docProps/core.xml") || g_str_equal (name, "xl/sharedStrings.xml"))
        continue;
      if (!g_str_has_prefix (name, "xl/worksheets/"))
        {
          g_string_append_printf (out, "%s\n", hg_test_zip_text (entries, name));
          continue;
        }

      doc = hg_test_parse_xml (entries, name);
      data = hg_test_xml_find (xmlDocGetRootElement (doc), NS_MAIN, "row");
      for (guint r = 0; r < data->len; r++)
        {
          xmlNodePtr row_node = g_ptr_array_index (data, r);
          g_autofree char *row_ref = hg_test_xml_attr (row_node, NULL, "r");
          guint column = 0;

          row = row_ref ? (guint) g_ascii_strtoull (row_ref, NULL, 10) : row + 1;
          for (xmlNodePtr c = row_node->children; c != NULL; c = c->next, column++)
            {
              g_autofree char *ref = hg_test_xml_attr (c, NULL, "r");
              g_autofree char *style = hg_test_xml_attr (c, NULL, "s");
              g_autofree char *type = hg_test_xml_attr (c, NULL, "t");
              g_autofree char *value = hg_test_xml_text (c);

              if (ref != NULL)
                {
                  column = 0;
                  for (const char *p = ref; g_ascii_isupper (*p); p++)
                    column = column * 26 + (*p - 'A' + 1);
                  column--;
                  g_assert_cmpuint ((guint) g_ascii_strtoull (ref + strspn (ref, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                                                              NULL, 10), ==, row);
                }
              if (g_strcmp0 (type, "s") == 0)
                {
                  guint index = (guint) g_ascii_strtoull (value, NULL, 10);

                  g_assert_cmpuint (index, <, strings->len);
                  g_free (value);
                  value = g_strdup (g_ptr_array_index (strings, index));
                }
              g_string_append_printf (out, "%u,%u s=%s t=%s %s\n", row, column,
                                      style ? style : "0", type ? type : "n", value);
            }
        }
      /* The rest of the sheet: view, widths, filter, ignored errors. */
      for (guint r = 0; r < data->len; r++)
        {
          xmlNodePtr row_node = g_ptr_array_index (data, r);

          xmlUnlinkNode (row_node);
          xmlFreeNode (row_node);
        }
      xmlDocDumpMemoryEnc (doc, &rest, &rest_length, "UTF-8");
      g_string_append_len (out, (const char *) rest, rest_length);
      xmlFree (rest);
      xmlFreeDoc (doc);
    }
  return g_string_free (out, FALSE);
}

static void
gap_row (guint      row,
         GPtrArray *cells,
         gpointer   user_data G_GNUC_UNUSED)
{
  static char number[16];

  g_snprintf (number, sizeof number, "%u", row * 7);
  g_ptr_array_add (cells, row % 3 == 0 ? "" : "施錠");
  g_ptr_array_add (cells, number);
  g_ptr_array_add (cells, row % 2 ? "2024-02-29" : "");
  g_ptr_array_add (cells, row == 1 ? "" : "二行\nの備考");
}

/* A workbook written by the writer before its sheets lost their redundant
 * cell references (tests/data/xlsx-before.xlsx, made by that writer from
 * the tables below) reads cell for cell as one written today: the same
 * values, types and styles at the same places, and the same columns,
 * views, filters and sheets. Rows and cells with gaps, numbers and dates
 * that are not, texts past the columns, a row with nothing in it. */
static void
test_write_same_cells (Fixture       *f,
                       gconstpointer  data G_GNUC_UNUSED)
{
  static const HgXlsxColumn gaps[] = { { "錠", HG_XLSX_COLUMN_TEXT, 6 },
                                       { "", HG_XLSX_COLUMN_NUMBER, 0 },
                                       { "日", HG_XLSX_COLUMN_DATE, 11 },
                                       { "備考", HG_XLSX_COLUMN_TEXT, 30 } };
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_test_build_filename (G_TEST_DIST, "data", "xlsx-before.xlsx", NULL);
  g_autofree char *old_cells = NULL;
  g_autofree char *new_cells = NULL;
  HgXlsxSheet sheets[] = { { "台帳", register_columns, G_N_ELEMENTS (register_columns), table },
                           { "隙間", gaps, G_N_ELEMENTS (gaps), NULL, 7, gap_row, NULL } };
  const char *remake = g_getenv ("HG_TEST_REMAKE_XLSX_BEFORE");

  add_row (table, "A-001", "ノートPC", "3", "2024-04-01", " 持ち出しあり", NULL);
  add_row (table, "", "", "", "", "", NULL);
  add_row (table, "A-002", "", "x", "2024-13-01", "", "列の外", NULL);
  add_row (table, "", "サーバ", "", "", "", "", "", "さらに外", NULL);
  add_row (table, "007", "a&b<c>", "-1.5e3", "1900-03-01", "改行\nあり", NULL);
  add_row (table, "A-001", "ノートPC", "0012", "", "", NULL);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("B-%03u", i);
      g_autofree char *n = g_strdup_printf ("%u", i * 13);

      add_row (table, id, i % 2 ? "共有" : "施錠", n, "", NULL);
    }
  g_assert_true (hg_xlsx_write_sheets (remake ? remake : f->path, sheets, G_N_ELEMENTS (sheets),
                                       NULL, &error));
  g_assert_no_error (error);
  if (remake != NULL)
    {
      g_test_skip ("remade the workbook of before");
      return;
    }

  old_cells = describe_workbook (before);
  new_cells = describe_workbook (f->path);
  g_assert_cmpstr (new_cells, ==, old_cells);
  /* Not an empty comparison. */
  hg_test_assert_contains (new_cells, "6,4 s=4 t=s 改行\nあり\n");
  hg_test_assert_contains (new_cells, "6,1 s=3 t=s a&b<c>\n");
  hg_test_assert_contains (new_cells, "s=3 t=s ノートPC\n2,2 s=0 t=n 3\n2,3 s=2 t=n 45383\n");
  hg_test_assert_contains (new_cells, "\n4,0 s=3 t=s A-002\n4,2 s=0 t=s x\n");
  hg_test_assert_contains (new_cells, "\n5,1 s=3 t=s サーバ\n5,7 s=3 t=s さらに外\n");
}

#define BIG_ROWS 20000  /* a sheet of several MB of XML, so many buffers */

/* Rows that deflate poorly, so the file grows with each buffer; the job
 * in @user_data (if any) is cancelled at row 15,000. */
static void
big_row (guint      row,
         GPtrArray *cells,
         gpointer   user_data)
{
  static char number[16], text[32];

  if (row == 15000 && user_data != NULL)
    g_cancellable_cancel (hg_job_get_cancellable (user_data));
  g_snprintf (number, sizeof number, "%u", row * 7919u % 100003u);
  g_snprintf (text, sizeof text, "資産%08x", g_str_hash (number));
  g_ptr_array_add (cells, number);
  g_ptr_array_add (cells, text);
}

static const HgXlsxColumn big_columns[] = { { "番号", HG_XLSX_COLUMN_NUMBER, 8 },
                                            { "名前", HG_XLSX_COLUMN_TEXT, 14 } };

static gboolean
write_big (const char  *path,
           HgJob       *job,
           GError     **error)
{
  HgXlsxSheet sheet = { "大", big_columns, 2, NULL, BIG_ROWS, big_row, job };

  return hg_xlsx_write_sheets (path, &sheet, 1, job, error);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* A sheet far bigger than one buffer is deflated in a thread of its own:
 * it reads back whole, and when the job is cancelled in its middle,
 * nothing stays behind, not even the temporary file. */
static void
test_write_big (Fixture       *f,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(HgJob) job = hg_job_new (NULL);
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (write_big (f->path, NULL, &error));
  g_assert_no_error (error);
  read = hg_xlsx_read_file (f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, BIG_ROWS + 1);
  for (guint row = 0; row < BIG_ROWS; row += 997)
    {
      GPtrArray *cells = g_ptr_array_new ();

      big_row (row, cells, NULL);
      g_assert_cmpstr (hg_table_get_cell (read, row + 1, 0), ==, g_ptr_array_index (cells, 0));
      g_assert_cmpstr (hg_table_get_cell (read, row + 1, 1), ==, g_ptr_array_index (cells, 1));
      g_ptr_array_unref (cells);
    }
  /* Past the file size limit of the test below. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 128 * 1024);
  g_assert_cmpint (g_unlink (f->path), ==, 0);

  g_assert_false (write_big (f->path, job, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

/* A write that fails in the deflating thread ("File too large" from a
 * file size limit) fails the export with the reason, and leaves nothing. */
static void
test_write_big_fails (Fixture       *f,
                      gconstpointer  data G_GNUC_UNUSED)
{
  if (g_test_subprocess ())
    {
      struct rlimit limit = { 64 * 1024, 64 * 1024 };
      g_autoptr(GError) error = NULL;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (write_big (f->path, NULL, &error));
      g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_IO);
      hg_test_assert_contains (error->message, g_strerror (EFBIG));
      hg_test_assert_contains (error->message, "台帳.xlsx");
      g_assert_cmpuint (count_files (f->dir), ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_read_sheet_choice (void)
{
  static const char workbook[] =
    "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><sheets>"
    "<sheet name=\"グラフ\" sheetId=\"1\" r:id=\"rId9\"/>"
    "<sheet name=\"表紙\" sheetId=\"2\" r:id=\"rId1\"/>"
    "<sheet name=\"Data\" sheetId=\"3\" r:id=\"rId4\"/>"
    "</sheets></workbook>";
  static const char rels[] =
    "<Relationships xmlns=\"" NS_PKG "\">"
    "<Relationship Id=\"rId9\" Type=\"" NS_REL "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId1\" Type=\"" NS_REL "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"" NS_REL "/worksheet\" Target=\"./worksheets/../worksheets/data.xml\"/>"
    "</Relationships>";
  g_autofree char *cover = sheet_xml ("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>表紙</t></is></c></row>");
  g_autofree char *data = sheet_xml ("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>データ</t></is></c></row>");
  ZipBuilder *zb = zip_builder_new (NULL, 4096);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;

  zip_builder_add (zb, "_rels/.rels", root_rels);
  zip_builder_add (zb, "xl/workbook.xml", workbook);
  zip_builder_add (zb, "xl/_rels/workbook.xml.rels", rels);
  zip_builder_add (zb, "xl/chartsheets/sheet1.xml", "<chartsheet/>");
  zip_builder_add (zb, "xl/worksheets/sheet1.xml", cover);
  zip_builder_add (zb, "XL/Worksheets/Data.xml", data);  /* names ignore case */
  bytes = zip_builder_finish (zb);

  /* The first worksheet: chart sheets have no cells. */
  table = read_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  assert_row (table, 0, 1, "表紙", NULL);
  g_clear_pointer (&table, hg_table_free);

  table = read_bytes (bytes, "data", &error);
  g_assert_no_error (error);
  assert_row (table, 0, 3, "", "データ", NULL);

  g_assert_null (read_bytes (bytes, "台帳", &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NO_SHEET);
  hg_test_assert_contains (error->message, "“台帳”");
  hg_test_assert_contains (error->message, "“表紙”");
}

/* The XML of a sheet in the forms writers use, and some that are rare but
 * allowed: all read alike. */
static void
test_read_xml_forms (void)
{
  static const char *sheets[] = {
    /* A byte order mark, comments and processing instructions between
     * the elements, white space in tags, single quotes. */
    "\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?><!-- saved by a tool -->\n"
    "<worksheet xmlns='" NS_MAIN "'><sheetData><?pi x?><row r = '1' >"
    "<c r='A1' t='inlineStr' ><is><t>a&amp;b</t></is></c><!-- c -->"
    "<c\n r=\"B1\"\n t=\"s\"><v> 0 </v></c></row></sheetData></worksheet>\n<!-- end -->",
    /* Prefixed elements whose prefix is bound, a CDATA section, character
     * references in text and in attribute values. */
    "<x:worksheet xmlns:x=\"" NS_MAIN "\"><x:sheetData><x:row r=\"&#49;\">"
    "<x:c r=\"&#x41;1\" t=\"inlineStr\"><x:is><x:t><![CDATA[a&b]]></x:t></x:is></x:c>"
    "<x:c r=\"B1\" t=\"s\"><x:v>&#48;</x:v></x:c></x:row></x:sheetData></x:worksheet>",
    /* A line break in a cell as CR LF, which XML reads as LF, and an
     * unbound prefix: its element is no cell. */
    "<worksheet xmlns=\"" NS_MAIN "\"><sheetData><row r=\"1\">"
    "<c r=\"A1\" t=\"inlineStr\"><is><t>a&amp;b</t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
    "<y:c r=\"C1\" t=\"inlineStr\"><is><t>no</t></is></y:c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1\r\n2\r3</t></is></c></row>"
    "</sheetData></worksheet>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autoptr(GBytes) bytes = make_workbook (NULL, sheets[i], "<sst><si><t>共有</t></si></sst>",
                                               NULL);
      g_autoptr(HgTable) table = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("sheet %u", i);
      table = read_bytes (bytes, NULL, &error);
      g_assert_no_error (error);
      assert_row (table, 0, 1, "a&b", "共有", NULL);
      if (i == 2)
        assert_row (table, 1, 2, "1\n2\n3", NULL);
      else
        g_assert_cmpuint (hg_table_get_n_rows (table), ==, 1);
    }
}

/* Tags and texts cut by the end of a decompressed block (libarchive hands
 * a deflated part out 256 KiB at a time, a stored one at once) are read
 * whole: 30,000 rows, each with an entity, a long attribute and a line
 * break that fall anywhere. */
static void
test_read_across_blocks (void)
{
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(GString) sst = g_string_new ("<sst>");
  const char *options[] = { NULL, "zip:compression=store" };

  for (guint r = 1; r <= 30000; r++)
    {
      g_string_append_printf (rows, "<row r=\"%u\" x-long=\"%0*u\"><c r=\"A%u\" t=\"inlineStr\">"
                              "<is><t>行&amp;%u\r\nです</t></is></c><c r=\"B%u\" t=\"s\"><v>%u</v></c>"
                              "</row>\n", r, (int) (r % 97), r, r, r, r, (r - 1) % 7);
    }
  for (guint i = 0; i < 7; i++)
    g_string_append_printf (sst, "<si><t>共有%u</t></si>", i);
  g_string_append (sst, "</sst>");

  for (guint o = 0; o < G_N_ELEMENTS (options); o++)
    {
      g_autofree char *sheet = sheet_xml (rows->str);
      g_autoptr(GBytes) bytes = make_workbook_with (options[o], NULL, sheet, sst->str, NULL);
      g_autoptr(HgTable) table = NULL;
      g_autoptr(GError) error = NULL;

      table = read_bytes (bytes, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hg_table_get_n_rows (table), ==, 30000);
      for (guint r = 1; r <= 30000; r++)
        {
          g_autofree char *a = g_strdup_printf ("行&%u\nです", r);
          g_autofree char *b = g_strdup_printf ("共有%u", (r - 1) % 7);

          assert_row (table, r - 1, r, a, b, NULL);
        }
    }
}

/* Whatever is not well-formed is refused with its line, wherever in the
 * part it is, after the cells too. */
static void
test_refuse_malformed_xml (void)
{
  static const struct
  {
    const char *body;
    const char *expected;
  } cases[] = {
    { "<row r=\"1\">\n<c r=\"A1\"><v>1</v></c>\n</rows>", "line 3" },
    { "<row r=\"1\">\n\n<c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>", "line 3" },
    { "<row r=\"1\">\n\n<c r=\"A1\" t=\"inlineStr\"><is><t>\xC3\x28</t></is></c></row>", "line 3" },
    { "<row r=\"1\">\n\n<c r=\"A1\" t=\"inlineStr\"><is><t>\x01</t></is></c></row>", "line 3" },
    { "<row r=\"1\">\n\n<c r=\"A1\" r=\"A1\"><v>1</v></c></row>", "line 3" },
    { "<row r=1>\n\n<c r=\"A1\"><v>1</v></c></row>", "line 1" },
    { "<row r=\"1\">\n\n<c r=\"A1\" t=\"inlineStr\"><is><t>]]></t></is></c></row>", "line 3" },
    { "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n\n<!-- a -- b -->", "line 3" },
    { "<row r=\"1\"><c r=\"A1\"><v>&#0;</v></c></row>", "line 1" },
    { "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HgTable *table;

      g_test_message ("case %u", i);
      table = read_rows (cases[i].body, NULL, NULL, &error);
      assert_refused (error, table, "not well-formed XML");
      g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED);
      if (cases[i].expected != NULL)
        hg_test_assert_contains (error->message, cases[i].expected);
    }

  /* After the merged ranges, and after the root element. */
  {
    g_autoptr(GBytes) after_merges = make_workbook (
      NULL, "<worksheet xmlns=\"" NS_MAIN "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
            "</row></sheetData><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>"
            "<pageSetup orientation=\"landscape\"></worksheet>", NULL, NULL);
    g_autoptr(GBytes) after_root = make_workbook (
      NULL, "<worksheet xmlns=\"" NS_MAIN "\"><sheetData/></worksheet><worksheet/>", NULL, NULL);
    g_autoptr(GError) error = NULL;
    HgTable *table;

    table = read_bytes (after_merges, NULL, &error);
    assert_refused (error, table, "not well-formed XML");
    g_clear_error (&error);
    table = read_bytes (after_root, NULL, &error);
    assert_refused (error, table, "not well-formed XML");
  }

  /* Nested deeper than 256 elements. */
  {
    g_autoptr(GString) deep = g_string_new (NULL);
    g_autoptr(GError) error = NULL;
    HgTable *table;

    for (guint i = 0; i < 300; i++)
      g_string_append (deep, "<x>");
    for (guint i = 0; i < 300; i++)
      g_string_append (deep, "</x>");
    table = read_rows (deep->str, NULL, NULL, &error);
    assert_refused (error, table, "not well-formed XML");
  }

  /* The shared strings are checked alike. */
  {
    g_autoptr(GError) error = NULL;
    HgTable *table;

    table = read_rows ("", "<sst>\n<si><t>a</t></si>\n<si><t>&bogus;</t></si></sst>", NULL, &error);
    assert_refused (error, table, "xl/sharedStrings.xml");
    hg_test_assert_contains (error->message, "line 3");
  }
}

/* What would take the scanner quadratic time or unbounded memory is
 * refused or bounded: a tag of 200,000 attributes is checked for a
 * repeated one in linear time, no more than 256 namespace declarations
 * are in force at once, and no name is longer than 50,000 bytes. */
static void
test_refuse_xml_amplification (void)
{
  g_autoptr(GString) many = g_string_new ("<row r=\"1\"");
  g_autoptr(GString) prefixes = g_string_new ("<row r=\"1\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(HgTable) table = NULL;
  gint64 start = g_get_monotonic_time ();
  HgTable *refused;
  g_autofree char *repeated = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (many, " a%u=\"\"", i);
  g_string_append (many, "><c r=\"A1\"><v>1</v></c></row>");
  table = read_rows (many->str, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_row (table, 0, 1, "1", NULL);

  repeated = g_strconcat (many->str, NULL);
  *strstr (repeated, "><c") = '\0';
  g_string_assign (many, repeated);
  g_string_append (many, " a199999=\"x\"><c r=\"A1\"><v>1</v></c></row>");
  refused = read_rows (many->str, NULL, NULL, &error);
  assert_refused (error, refused, "given twice");
  g_clear_error (&error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (prefixes, " xmlns:p%u=\"urn:%u\"", i, i);
  g_string_append (prefixes, "><c r=\"A1\"><v>1</v></c></row>");
  refused = read_rows (prefixes->str, NULL, NULL, &error);
  assert_refused (error, refused, "256 namespace declarations");
  g_clear_error (&error);

  /* A name longer than libxml2 takes one (50,000 bytes). */
  {
    g_autofree char *name = g_strnfill (60000, 'n');
    g_autofree char *body = g_strdup_printf ("<%s/>", name);

    refused = read_rows (body, NULL, NULL, &error);
    assert_refused (error, refused, "a tag is malformed");
  }
}

/* Refusing damaged and hostile files */

static void
test_refuse_not_zip (void)
{
  static const guint8 ole[16] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  static const char text[] = "管理番号,資産名\nA-001,PC\n";
  g_autoptr(GError) error = NULL;
  HgTable *table;

  table = hg_xlsx_read_memory (text, sizeof text - 1, NULL, &error);
  assert_refused (error, table, "ZIP");
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX);
  g_clear_error (&error);

  table = hg_xlsx_read_memory (ole, sizeof ole, NULL, &error);
  assert_refused (error, table, ".xls");
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX);
  g_clear_error (&error);

  table = hg_xlsx_read_memory ("", 0, NULL, &error);
  assert_refused (error, table, "ZIP");
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  for (int i = 0; i < 200; i++)
    add_row (table, "A-001", "ノートPC", "1", "2024-04-01", NULL);
  g_assert_true (hg_xlsx_write_file (f->path, "S", register_columns, 4, table, &error));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));

  /* Cut anywhere, even in the closing directory: refused, never a crash. */
  for (gsize cut = 0; cut < length; cut += cut < length - 100 ? length / 37 + 1 : 1)
    {
      HgTable *read = hg_xlsx_read_memory (contents, cut, NULL, &error);

      g_test_message ("cut at %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT ": %s", cut, length,
                      error != NULL ? error->message : "read");
      assert_refused (error, read, NULL);
      g_clear_error (&error);
    }

  /* Damaged anywhere: either refused, or (where the damage is in bytes
   * no reader looks at, such as a timestamp) read as before. */
  for (gsize at = 0; at < length; at += 7)
    {
      g_autoptr(HgTable) read = NULL;

      contents[at] ^= 0x55;
      read = hg_xlsx_read_memory (contents, length, NULL, &error);
      contents[at] ^= 0x55;
      if (read == NULL)
        assert_refused (error, read, NULL);
      else
        {
          g_assert_no_error (error);
          g_assert_cmpuint (hg_table_get_n_rows (read), ==, 201);
        }
      g_clear_error (&error);
    }
}

static void
test_refuse_missing_parts (void)
{
  g_autofree char *sheet = sheet_xml ("");
  g_autoptr(GBytes) no_sheet = make_workbook (NULL, NULL, NULL, NULL);
  g_autoptr(GBytes) no_workbook = NULL;
  g_autoptr(GError) error = NULL;
  ZipBuilder *zb;
  HgTable *table;

  zb = zip_builder_new (NULL, 4096);
  zip_builder_add (zb, "[Content_Types].xml", content_types);
  zip_builder_add (zb, "_rels/.rels", root_rels);
  zip_builder_add (zb, "xl/worksheets/sheet1.xml", sheet);
  no_workbook = zip_builder_finish (zb);

  table = read_bytes (no_workbook, NULL, &error);
  assert_refused (error, table, "xl/workbook.xml");
  g_clear_error (&error);

  table = read_bytes (no_sheet, NULL, &error);
  assert_refused (error, table, "xl/worksheets/sheet1.xml");
  hg_test_assert_contains (error->message, "台帳");
}

static void
test_refuse_broken_xml (void)
{
  g_autofree char *sheet = sheet_xml ("");
  g_autoptr(GError) error = NULL;
  HgTable *table;

  table = read_rows ("<row r=\"1\"><c r=\"A1\"><v>1</v></row>", NULL, NULL, &error);
  assert_refused (error, table, "xl/worksheets/sheet1.xml");
  hg_test_assert_contains (error->message, "line 1");
  g_clear_error (&error);

  {
    g_autoptr(GBytes) bytes = make_workbook ("<workbook><sheets><sheet name=\"x\"", sheet, NULL, NULL);

    table = read_bytes (bytes, NULL, &error);
    assert_refused (error, table, "xl/workbook.xml");
    g_clear_error (&error);
  }

  table = read_rows ("", "<sst><si><t>ok</t></si><si>", NULL, &error);
  assert_refused (error, table, "xl/sharedStrings.xml");
}

static void
test_refuse_doctype (void)
{
  static const char laughs[] =
    "<?xml version=\"1.0\"?>"
    "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
    "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
    "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
    "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
    "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
    "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
    "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
    "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
    "<worksheet xmlns=\"" NS_MAIN "\"><sheetData><row r=\"1\">"
    "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
  static const char external[] =
    "<?xml version=\"1.0\"?>"
    "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
    "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
    "<sheets><sheet name=\"&xxe;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static const char external_dtd[] =
    "<?xml version=\"1.0\"?>"
    "<!DOCTYPE sst SYSTEM \"http://example.invalid/evil.dtd\">"
    "<sst xmlns=\"" NS_MAIN "\"><si><t>x</t></si></sst>";
  g_autofree char *sheet = sheet_xml ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
  g_autoptr(GBytes) bytes = make_workbook (NULL, laughs, NULL, NULL);
  g_autoptr(GBytes) bytes_external = make_workbook (external, sheet, NULL, NULL);
  g_autoptr(GBytes) bytes_dtd = make_workbook (NULL, sheet, external_dtd, NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  HgTable *table;

  table = read_bytes (bytes, NULL, &error);
  assert_refused (error, table, "xl/worksheets/sheet1.xml");
  hg_test_assert_contains (error->message, "DOCTYPE");
  g_clear_error (&error);

  table = read_bytes (bytes_external, NULL, &error);
  assert_refused (error, table, "xl/workbook.xml");
  hg_test_assert_contains (error->message, "DOCTYPE");
  g_assert_null (strstr (error->message, "root:"));
  g_clear_error (&error);

  table = read_bytes (bytes_dtd, NULL, &error);
  assert_refused (error, table, "xl/sharedStrings.xml");
  hg_test_assert_contains (error->message, "DOCTYPE");

  /* Refused before any expansion, not after a long one. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

#define SHEET_HEAD "<worksheet xmlns=\"" NS_MAIN "\"><sheetData>"
#define SHEET_TAIL "</sheetData></worksheet>"

/* Comments of 1 MiB: well-formed XML of any size that libxml2 reads
 * quickly and that no limit of its own stops. */
static char *
make_comment_chunk (gsize *length)
{
  gsize n = 1024 * 1024;
  char *chunk = g_malloc (n);

  memset (chunk, 'x', n);
  memcpy (chunk, "<!--", 4);
  memcpy (chunk + n - 3, "-->", 3);
  *length = n;
  return chunk;
}

static GBytes *
make_big_sheet_workbook (const char *options,
                         guint       megabytes,
                         gsize       reserve)
{
  ZipBuilder *zb = zip_builder_new (options, reserve);
  gsize chunk_length;
  g_autofree char *chunk = make_comment_chunk (&chunk_length);

  zip_builder_add (zb, "_rels/.rels", root_rels);
  zip_builder_add (zb, "xl/workbook.xml", one_sheet_workbook);
  zip_builder_add (zb, "xl/_rels/workbook.xml.rels", workbook_rels);
  zip_builder_add_repeated (zb, "xl/worksheets/sheet1.xml", SHEET_HEAD, chunk, chunk_length,
                            megabytes, SHEET_TAIL);
  return zip_builder_finish (zb);
}

static void
test_refuse_zip_bomb (void)
{
  g_autoptr(GBytes) bytes = make_big_sheet_workbook (NULL, 64, 1024 * 1024);
  g_autoptr(GError) error = NULL;
  HgTable *table;

  /* 64 MB of XML in well under 1 MB: stopped after the first megabyte. */
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 1024 * 1024);
  table = read_bytes (bytes, NULL, &error);
  assert_refused (error, table, "xl/worksheets/sheet1.xml");
  hg_test_assert_contains (error->message, "compressed more than 200 to 1");
}

/* The sizes in the ZIP headers are not what is checked: with the central
 * directory claiming 100 bytes, the bomb is still stopped. */
static void
test_refuse_lying_sizes (void)
{
  g_autoptr(GBytes) bytes = make_big_sheet_workbook (NULL, 64, 1024 * 1024);
  g_autoptr(GError) error = NULL;
  gsize length;
  guint8 *data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &length);
  const char *name = "xl/worksheets/sheet1.xml";
  gboolean patched = FALSE;
  HgTable *table;

  for (gsize i = 0; i + 46 + strlen (name) <= length; i++)
    if (memcmp (data + i, "PK\001\002", 4) == 0 && memcmp (data + i + 46, name, strlen (name)) == 0)
      {
        data[i + 24] = 100;
        data[i + 25] = data[i + 26] = data[i + 27] = 0;
        patched = TRUE;
      }
  g_assert_true (patched);

  table = hg_xlsx_read_memory (data, length, NULL, &error);
  assert_refused (error, table, NULL);
  g_free (data);
}

static void
test_refuse_entry_too_large (void)
{
  /* Stored, not deflated, so the ratio check cannot be what stops it:
   * only the 256 MB cap on one part does. */
  g_autoptr(GBytes) bytes = make_big_sheet_workbook ("zip:compression=store", 257,
                                                      258 * 1024 * 1024);
  g_autoptr(GError) error = NULL;
  HgTable *table;

  table = read_bytes (bytes, NULL, &error);
  assert_refused (error, table, "xl/worksheets/sheet1.xml");
  hg_test_assert_contains (error->message, "larger than 256 MB");
}

/* A sheet whose cells are @rows, followed by the ranges @merges. */
static HgTable *
read_merged (const char  *rows,
             const char  *merges,
             GError     **error)
{
  g_autofree char *sheet = g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                        "<worksheet xmlns=\"" NS_MAIN "\"><sheetData>", rows,
                                        "</sheetData><mergeCells>", merges,
                                        "</mergeCells></worksheet>", NULL);
  g_autoptr(GBytes) bytes = make_workbook (NULL, sheet, NULL, NULL);

  return read_bytes (bytes, NULL, error);
}

#define IS(ref, text) "<c r=\"" ref "\" t=\"inlineStr\"><is><t>" text "</t></is></c>"

static void
test_read_merged_cells (void)
{
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;

  /* A header of two rows as in IPA's register, a department merged down
   * over two rows of data, and ranges that give nothing: one whose first
   * cell is empty, one whose first row has no cells, one backwards, one
   * that is a single cell. */
  table = read_merged ("<row r=\"2\">" IS ("A2", "No.") IS ("B2", "評価値") "</row>"
                       "<row r=\"3\">" IS ("B3", "機密性") IS ("C3", "完全性") IS ("D3", "可用性")
                       "</row>"
                       "<row r=\"4\">" IS ("A4", "1") IS ("E4", "総務部") "</row>"
                       "<row r=\"5\">" IS ("A5", "2") "</row>"
                       "<row r=\"6\">" IS ("A6", "3") "</row>",
                       "<mergeCell ref=\"A2:A3\"/><mergeCell ref=\"B2:D2\"/>"
                       "<mergeCell ref=\"E4:E5\"/><mergeCell ref=\"C4:D6\"/>"
                       "<mergeCell ref=\"F1:G9\"/><mergeCell ref=\"B6:A5\"/>"
                       "<mergeCell ref=\"A6\"/><mergeCell ref=\"A1:ZZZZ1\"/>",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 5);
  assert_row (table, 0, 2, "No.", "評価値", "評価値", "評価値", NULL);
  assert_row (table, 1, 3, "No.", "機密性", "完全性", "可用性", NULL);
  assert_row (table, 2, 4, "1", "", "", "", "総務部", NULL);
  /* A5:B6 reversed: A5's text over both rows and columns. */
  assert_row (table, 3, 5, "2", "2", "", "", "総務部", NULL);
  assert_row (table, 4, 6, "2", "2", NULL);
}

static void
test_refuse_too_many_merges (void)
{
  g_autoptr(GString) merges = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HgTable *table;

  for (guint i = 1; i <= 100001; i++)
    g_string_append_printf (merges, "<mergeCell ref=\"A%u:B%u\"/>", i, i);
  table = read_merged ("<row r=\"1\">" IS ("A1", "x") "</row>", merges->str, &error);
  assert_refused (error, table, "more than 100000 merged ranges");
}

/* Each merged range fills its cells, all of which count against the
 * limits of a sheet: a range over every column of 400 rows is refused. */
static void
test_refuse_merge_amplification (void)
{
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HgTable *table;

  for (guint r = 1; r <= 400; r++)
    g_string_append_printf (rows, "<row r=\"%u\"><c r=\"A%u\"><v>%u</v></c></row>", r, r, r);
  table = read_merged (rows->str, "<mergeCell ref=\"A1:XFD400\"/>", &error);
  assert_refused (error, table, "too large to import");
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE);
}

#undef IS

static void
test_refuse_too_many_entries (void)
{
  g_autofree char *sheet = sheet_xml ("");
  ZipBuilder *zb = zip_builder_new (NULL, 2 * 1024 * 1024);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  HgTable *table;

  zip_builder_add (zb, "_rels/.rels", root_rels);
  zip_builder_add (zb, "xl/workbook.xml", one_sheet_workbook);
  zip_builder_add (zb, "xl/_rels/workbook.xml.rels", workbook_rels);
  zip_builder_add (zb, "xl/worksheets/sheet1.xml", sheet);
  for (int i = 0; i < 10000; i++)
    {
      char name[32];

      g_snprintf (name, sizeof name, "../x/%05d", i);
      zip_builder_add (zb, name, "");
    }
  bytes = zip_builder_finish (zb);

  table = read_bytes (bytes, NULL, &error);
  assert_refused (error, table, "10000");
}

static void
test_refuse_out_of_bounds (void)
{
  g_autoptr(GError) error = NULL;
  HgTable *table;

  table = read_rows ("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", NULL, NULL, &error);
  assert_refused (error, table, "XFE1");
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED);
  g_clear_error (&error);

  table = read_rows ("<row r=\"1\"><c r=\"AAAAAAAAAAAAAAAAAAAAA1\"><v>1</v></c></row>", NULL, NULL, &error);
  assert_refused (error, table, "XFD");
  g_clear_error (&error);

  table = read_rows ("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>", NULL, NULL, &error);
  assert_refused (error, table, "1048577");
  g_clear_error (&error);

  table = read_rows ("<row r=\"99999999999999999999\"/>", NULL, NULL, &error);
  assert_refused (error, table, "99999999999999999999");
  g_clear_error (&error);

  table = read_rows ("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>", NULL, NULL, &error);
  assert_refused (error, table, "“1A”");
  g_clear_error (&error);

  /* What the file says goes into the message shortened, and never cut
   * in the middle of a character. */
  table = read_rows ("<row r=\"1\"><c r=\"ああああああああああああああああああああ"
                     "ああああああああああ1\"><v>1</v></c></row>", NULL, NULL, &error);
  assert_refused (error, table, "“あああああああああああああああ…”");
  g_clear_error (&error);

  table = read_rows ("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>99</v></c></row>",
                     rich_shared_strings, NULL, &error);
  assert_refused (error, table, "B3");
  hg_test_assert_contains (error->message, "99");
}

static void
test_refuse_amplification (void)
{
  g_autoptr(GString) sst = g_string_new ("<sst xmlns=\"" NS_MAIN "\"><si><t>");
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HgTable *table;

  /* One 100 kB text referenced from 3,000 cells is 300 MB of result from
   * a file of a few kilobytes. */
  for (int i = 0; i < 100 * 1024; i++)
    g_string_append_c (sst, 'a');
  g_string_append (sst, "</t></si></sst>");
  for (int r = 1; r <= 300; r++)
    {
      g_string_append_printf (rows, "<row r=\"%d\">", r);
      for (int c = 0; c < 10; c++)
        g_string_append (rows, "<c t=\"s\"><v>0</v></c>");
      g_string_append (rows, "</row>");
    }
  table = read_rows (rows->str, sst->str, NULL, &error);
  assert_refused (error, table, "too large");
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE);
}

static void
test_read_file_errors (Fixture       *f,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  HgTable *table;

  table = hg_xlsx_read_file (f->path, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_IO);
  hg_test_assert_contains (error->message, "台帳.xlsx");
  g_clear_error (&error);

  /* A hostile file's message names the file first. */
  g_assert_true (g_file_set_contents (f->path, "not a zip", -1, NULL));
  table = hg_xlsx_read_file (f->path, NULL, &error);
  assert_refused (error, table, "台帳.xlsx");
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX);
  hg_test_assert_contains (error->message, "ZIP");
}

/* Run with -m perf: 100,000 rows of 16 columns each way. */
static void
test_perf (Fixture       *f,
           gconstpointer  data G_GNUC_UNUSED)
{
  HgXlsxColumn columns[16];
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  GStatBuf st;

  if (!g_test_perf ())
    {
      g_test_skip ("only with -m perf");
      return;
    }

  for (int c = 0; c < 16; c++)
    {
      columns[c].header = "列";
      columns[c].type = c % 4 == 1 ? HG_XLSX_COLUMN_NUMBER
                        : c % 4 == 2 ? HG_XLSX_COLUMN_DATE : HG_XLSX_COLUMN_TEXT;
      columns[c].width = 12;
    }
  for (int r = 0; r < 100000; r++)
    {
      GStrv cells = g_new0 (char *, 17);

      for (int c = 0; c < 16; c++)
        cells[c] = c % 4 == 1 ? g_strdup_printf ("%d", r * 16 + c)
                   : c % 4 == 2 ? g_strdup_printf ("2024-%02d-%02d", r % 12 + 1, r % 28 + 1)
                   : c % 4 == 3 ? g_strdup_printf ("部署%d", r % 40)
                   : g_strdup_printf ("資産 %d-%d ノートPC", r, c);
      hg_table_add_row (table, cells, r + 1);
    }

  start = g_get_monotonic_time ();
  g_assert_true (hg_xlsx_write_file (f->path, "台帳", columns, 16, table, &error));
  g_assert_no_error (error);
  g_test_minimized_result ((g_get_monotonic_time () - start) / 1e6, "write 100000×16: %.2f s",
                           (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_test_message ("file size: %.1f MB", st.st_size / 1e6);

  start = g_get_monotonic_time ();
  read = hg_xlsx_read_file (f->path, NULL, &error);
  g_assert_no_error (error);
  g_test_minimized_result ((g_get_monotonic_time () - start) / 1e6, "read 100000×16: %.2f s",
                           (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, 100001);
  g_assert_cmpstr (hg_table_get_cell (read, 100000, 0), ==, "資産 99999-0 ノートPC");
  g_assert_cmpstr (hg_table_get_cell (read, 100000, 1), ==, "1599985");
  g_assert_cmpstr (hg_table_get_cell (read, 100000, 2), ==, "2024-04-12");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/xlsx/write/round-trip", test_round_trip);
  ADD ("/xlsx/write/parts", test_write_parts);
  ADD ("/xlsx/write/sheets", test_write_sheets);
  ADD ("/xlsx/write/same-cells", test_write_same_cells);
  ADD ("/xlsx/write/big", test_write_big);
  ADD ("/xlsx/write/big-fails", test_write_big_fails);
  ADD ("/xlsx/write/mode-and-replace", test_write_mode);
  ADD ("/xlsx/write/errors", test_write_errors);
  ADD ("/xlsx/refuse/truncated-or-damaged", test_refuse_truncated);
  ADD ("/xlsx/read/file-errors", test_read_file_errors);
  ADD ("/xlsx/perf/100k-rows", test_perf);
#undef ADD
  g_test_add_func ("/xlsx/read/shared-strings", test_read_shared_strings);
  g_test_add_func ("/xlsx/read/inline-strings", test_read_inline_strings);
  g_test_add_func ("/xlsx/read/missing-cells", test_read_missing_cells);
  g_test_add_func ("/xlsx/read/markup", test_read_markup);
  g_test_add_func ("/xlsx/read/dates", test_read_dates);
  g_test_add_func ("/xlsx/read/sheet-choice", test_read_sheet_choice);
  g_test_add_func ("/xlsx/read/merged-cells", test_read_merged_cells);
  g_test_add_func ("/xlsx/read/xml-forms", test_read_xml_forms);
  g_test_add_func ("/xlsx/read/across-blocks", test_read_across_blocks);
  g_test_add_func ("/xlsx/refuse/malformed-xml", test_refuse_malformed_xml);
  g_test_add_func ("/xlsx/refuse/xml-amplification", test_refuse_xml_amplification);
  g_test_add_func ("/xlsx/refuse/not-zip", test_refuse_not_zip);
  g_test_add_func ("/xlsx/refuse/missing-parts", test_refuse_missing_parts);
  g_test_add_func ("/xlsx/refuse/broken-xml", test_refuse_broken_xml);
  g_test_add_func ("/xlsx/refuse/doctype", test_refuse_doctype);
  g_test_add_func ("/xlsx/refuse/zip-bomb", test_refuse_zip_bomb);
  g_test_add_func ("/xlsx/refuse/lying-sizes", test_refuse_lying_sizes);
  g_test_add_func ("/xlsx/refuse/entry-too-large", test_refuse_entry_too_large);
  g_test_add_func ("/xlsx/refuse/too-many-entries", test_refuse_too_many_entries);
  g_test_add_func ("/xlsx/refuse/out-of-bounds", test_refuse_out_of_bounds);
  g_test_add_func ("/xlsx/refuse/amplification", test_refuse_amplification);
  g_test_add_func ("/xlsx/refuse/too-many-merges", test_refuse_too_many_merges);
  g_test_add_func ("/xlsx/refuse/merge-amplification", test_refuse_merge_amplification);

  return g_test_run ();
}

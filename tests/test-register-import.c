/* test-register-import.c: the imports of the contacts, the external
 * services and the carry-out log from CSV and XLSX (issue 17, "imports
 * all-or-nothing with the usual preview"): good files in both formats,
 * refused files that name the line and column and write nothing, one
 * undo step for the whole import, hostile files, and hinagata-cli
 * "… import" with --dry-run leaving the workbook byte for byte as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-carryout.h"
#include "hg-contact.h"
#include "hg-csv.h"
#include "hg-register-imports.h"
#include "hg-service-export.h"
#include "hg-service.h"
#include "hg-test-util.h"
#include "hg-xlsx.h"
#include "hg-zip-writer.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "registers.hinagata", "株式会社テスト");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* A good file of each register, as a company keeps it: a title above the
 * header, Japanese and English column names, dates as people write them. */
static const char *const good[HG_REGISTER_N] = {
  [HG_REGISTER_CONTACTS] =
    "緊急連絡先一覧,,,,\n"
    "会社名,種別,Phone,夜間・休日,メール\n"
    "株式会社サンプル商事,取引先,03-1234-5678,090-1111-2222,security@example.jp\n"
    "ITサポート合同会社,保守会社,06-0000-1111,,\n",
  [HG_REGISTER_SERVICES] =
    "サービス名,種別,利用部門,承認者,承認日,次回見直し,Remarks\n"
    "Google Workspace,クラウド,総務部,山田 太郎,2026/4/1,R9.3.31,全社のメール\n"
    "経理代行サービス,委託,経理部,佐藤 花子,2026年5月10日,2027-05-10,\n",
  [HG_REGISTER_CARRYOUT] =
    "持出し品,区分,持出し者,承認者,持出し日時,返却予定,返却日時\n"
    "営業用ノートPC,機器,山田 太郎,佐藤 花子,2026-12-01 09:00,2026-12-01 18:00,"
    "2026-12-01 17:30\n"
    "見積書の控え,紙,田中 一郎,佐藤 花子,2026年12月2日 10時,2026-12-03 18:00,\n",
};

static guint
count (HgWorkbook *workbook,
       HgRegister  reg)
{
  g_autoptr(GPtrArray) list = NULL;

  switch (reg)
    {
    case HG_REGISTER_CONTACTS:
      list = hg_contact_list (workbook);
      break;
    case HG_REGISTER_SERVICES:
      list = hg_service_list (workbook, NULL);
      break;
    case HG_REGISTER_CARRYOUT:
    case HG_REGISTER_N:
    default:
      list = hg_carryout_list (workbook, NULL);
      break;
    }
  g_assert_nonnull (list);
  return list != NULL ? list->len : G_MAXUINT;
}

static HgTable *
parse_csv (const char *text)
{
  g_autoptr(GError) error = NULL;
  HgCsvEncoding encoding;
  HgTable *table = hg_csv_parse (text, strlen (text), &encoding, &error);

  g_assert_no_error (error);
  return table;
}

static char *
write_csv (Fixture    *f,
           const char *name,
           const char *text)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The same rows as an Excel workbook from the core's writer: the first
 * row of @text is the header (the title row, if any, is dropped). */
static char *
write_xlsx (Fixture    *f,
            const char *name,
            const char *text)
{
  g_autoptr(HgTable) table = parse_csv (text);
  g_autoptr(HgTable) rows = hg_table_new ();
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (HgXlsxColumn));
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  guint header = hg_table_get_cell (table, 0, 1)[0] == '\0' ? 1 : 0;

  for (guint c = 0; c < hg_table_get_row_length (table, header); c++)
    {
      HgXlsxColumn column = { hg_table_get_cell (table, header, c), HG_XLSX_COLUMN_TEXT, 0 };

      g_array_append_val (columns, column);
    }
  for (guint r = header + 1; r < hg_table_get_n_rows (table); r++)
    {
      GStrv cells = g_new0 (char *, columns->len + 1);

      for (guint c = 0; c < columns->len; c++)
        cells[c] = g_strdup (hg_table_get_cell (table, r, c));
      hg_table_add_row (rows, cells, r + 1);
    }
  g_assert_true (hg_xlsx_write_file (path, "Sheet1", (HgXlsxColumn *) columns->data,
                                     columns->len, rows, &error));
  g_assert_no_error (error);
  return path;
}

static HgRegisterImport *
prepare (HgRegister   reg,
         const char  *path,
         GError     **error)
{
  return hg_register_import_prepare_file (hg_register_get_import (reg), path, error);
}

/* Each register from a good CSV and the same as XLSX: every row, its
 * fields read as written, one undo step that takes the whole import back. */
static void
test_good (Fixture       *f,
           gconstpointer  data)
{
  for (guint reg = 0; reg < HG_REGISTER_N; reg++)
    for (guint xlsx = 0; xlsx < 2; xlsx++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", hg_register_get_id (reg),
                                                 xlsx ? "xlsx" : "csv");
        g_autofree char *path = xlsx ? write_xlsx (f, name, good[reg])
                                     : write_csv (f, name, good[reg]);
        g_autoptr(HgRegisterImport) import = NULL;
        g_autoptr(GError) error = NULL;
        guint before = count (f->workbook, reg);

        g_test_message ("%s", name);
        import = prepare (reg, path, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 0);
        g_assert_cmpuint (hg_register_import_get_n_rows (import), ==, 2);
        g_assert_true (hg_register_import_apply (f->workbook, import, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (count (f->workbook, reg), ==, before + 2);

        g_assert_true (hg_workbook_can_undo (f->workbook));
        g_assert_true (hg_workbook_undo (f->workbook, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (count (f->workbook, reg), ==, before);
        g_assert_true (hg_workbook_redo (f->workbook, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (count (f->workbook, reg), ==, before + 2);
        g_assert_true (hg_workbook_undo (f->workbook, &error));
      }
}

/* What the rows become: kinds from their Japanese names, dates and
 * moments in their stored forms, the empty return left out. */
static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) carryouts = NULL;

  for (guint reg = 0; reg < HG_REGISTER_N; reg++)
    {
      g_autofree char *path = write_csv (f, "in.csv", good[reg]);
      g_autoptr(HgRegisterImport) import = prepare (reg, path, &error);

      g_assert_no_error (error);
      g_assert_true (hg_register_import_apply (f->workbook, import, &error));
      g_assert_no_error (error);
    }

  contacts = hg_contact_list (f->workbook);
  {
    const HgContact *c = g_ptr_array_index (contacts, contacts->len - 2);

    g_assert_cmpstr (c->kind, ==, "customer");
    g_assert_cmpstr (c->fields[HG_CONTACT_FIELD_ORGANISATION], ==, "株式会社サンプル商事");
    g_assert_cmpstr (c->fields[HG_CONTACT_FIELD_PHONE_AFTER_HOURS], ==, "090-1111-2222");
    g_assert_cmpstr (c->fields[HG_CONTACT_FIELD_EMAIL], ==, "security@example.jp");
    c = g_ptr_array_index (contacts, contacts->len - 1);
    g_assert_cmpstr (c->kind, ==, "it_maintenance");
  }

  services = hg_service_list (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (services->len, ==, 2);
  {
    const HgService *s = g_ptr_array_index (services, 0);

    g_assert_cmpstr (s->name, ==, "Google Workspace");
    g_assert_cmpint (s->kind, ==, HG_SERVICE_CLOUD);
    g_assert_cmpstr (s->approved_on, ==, "2026-04-01");
    g_assert_cmpstr (s->next_review, ==, "2027-03-31");
    g_assert_cmpstr (s->note, ==, "全社のメール");
    s = g_ptr_array_index (services, 1);
    g_assert_cmpint (s->kind, ==, HG_SERVICE_CONTRACTOR);
    g_assert_cmpstr (s->approved_on, ==, "2026-05-10");
  }

  carryouts = hg_carryout_list (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (carryouts->len, ==, 2);
  {
    const HgCarryout *c = g_ptr_array_index (carryouts, 0);  /* newest out first */

    g_assert_cmpstr (c->item, ==, "見積書の控え");
    g_assert_cmpint (c->medium, ==, HG_CARRYOUT_PAPER);
    g_assert_cmpstr (c->out_at, ==, "2026-12-02T10:00:00+09:00");
    g_assert_null (c->back_at);
    c = g_ptr_array_index (carryouts, 1);
    g_assert_cmpint (c->medium, ==, HG_CARRYOUT_DEVICE);
    g_assert_cmpstr (c->back_at, ==, "2026-12-01T17:30:00+09:00");
  }
}

static void
assert_problem (HgRegisterImport *import,
                guint             index,
                guint             line,
                const char       *column,
                const char       *value)
{
  GPtrArray *problems = hg_register_import_get_problems (import);
  const HgImportProblem *p;

  g_assert_cmpuint (index, <, problems->len);
  p = g_ptr_array_index (problems, index);
  g_assert_cmpuint (p->line, ==, line);
  g_assert_cmpstr (p->column, ==, column);
  if (value != NULL)
    g_assert_cmpstr (p->value, ==, value);
}

/* A file with mistakes is refused whole: each problem names its line,
 * column and value, and nothing is written, not even an undo step. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const char *const bad[HG_REGISTER_N] = {
    [HG_REGISTER_CONTACTS] =
      "組織名,種別,電話\n"
      "株式会社サンプル商事,取引先,03-1234-5678\n"
      ",取引先,03-1234-5678\n"
      "某社,宇宙人,電話して\n",
    [HG_REGISTER_SERVICES] =
      "サービス名,種別,利用部門,承認者,承認日,次回見直し\n"
      "Google Workspace,クラウド,総務部,山田,2026-04-01,2027-03-31\n"
      "経理代行,委託,経理部,佐藤,2026-05-10,2026-05-01\n"
      "何か,SaaSのような,,佐藤,きのう,2027-01-01\n",
    [HG_REGISTER_CARRYOUT] =
      "持出し品,区分,持出し者,承認者,持出し日時,返却予定,返却日時\n"
      "ノートPC,機器,山田,佐藤,2026-12-01 09:00,2026-12-01 18:00,\n"
      "USBメモリ,媒体,山田,佐藤,2026-12-01 09:00,2026-12-01 08:00,\n"
      "書類,紙,山田,佐藤,2026-12-01,2026-12-02 09:00,\n",
  };
  static const struct { guint index, line; const char *column, *value; } expected[][3] = {
    [HG_REGISTER_CONTACTS] = { { 0, 3, "組織名", "" }, { 1, 4, "電話", "電話して" },
                               { 2, 4, "種別", "宇宙人" } },
    [HG_REGISTER_SERVICES] = { { 0, 3, "次回見直し", "2026-05-01" },
                               { 1, 4, "種別", "SaaSのような" }, { 2, 4, "利用部門", "" } },
    [HG_REGISTER_CARRYOUT] = { { 0, 3, "返却予定", "2026-12-01 08:00" },
                               { 1, 4, "持出し日時", "2026-12-01" } },
  };

  for (guint reg = 0; reg < HG_REGISTER_N; reg++)
    for (guint xlsx = 0; xlsx < 2; xlsx++)
      {
        g_autofree char *name = g_strdup_printf ("bad-%s.%s", hg_register_get_id (reg),
                                                 xlsx ? "xlsx" : "csv");
        g_autofree char *path = xlsx ? write_xlsx (f, name, bad[reg])
                                     : write_csv (f, name, bad[reg]);
        g_autoptr(HgRegisterImport) import = NULL;
        g_autoptr(GError) error = NULL;
        guint before = count (f->workbook, reg);

        g_test_message ("%s", name);
        import = prepare (reg, path, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (hg_register_import_get_file (import), ==, path);
        for (guint i = 0; i < G_N_ELEMENTS (expected[reg]) && expected[reg][i].line; i++)
          assert_problem (import, expected[reg][i].index, expected[reg][i].line,
                          expected[reg][i].column, expected[reg][i].value);
        g_assert_false (hg_register_import_apply (f->workbook, import, &error));
        g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS);
        g_assert_cmpuint (count (f->workbook, reg), ==, before);
        g_assert_false (hg_workbook_can_undo (f->workbook));
      }
}

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL  "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG  "http://schemas.openxmlformats.org/package/2006/relationships"

/* A workbook as Excel saves one typed by hand: its dates and times are
 * serial numbers (s="1" yyyy/m/d h:mm, s="2" with seconds, s="3" h:mm,
 * s="4" yyyy/m/d), in the 1904 date system if @date1904. Text cells are
 * inline; @rows is the <sheetData> content. The core's writer makes
 * date-only cells, so this is built part by part. */
static char *
write_dated_xlsx (Fixture    *f,
                  const char *name,
                  gboolean    date1904,
                  const char *rows)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(HgZipWriter) zip = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *workbook = g_strdup_printf (
    "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><workbookPr date1904=\"%d\"/>"
    "<sheets><sheet name=\"持出し簿\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
    date1904 ? 1 : 0);
  g_autofree char *sheet = g_strconcat ("<worksheet xmlns=\"" NS_MAIN "\"><sheetData>", rows,
                                        "</sheetData></worksheet>", NULL);

  zip = hg_zip_writer_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (hg_zip_writer_write_xml (zip, "[Content_Types].xml",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>", &error));
  g_assert_true (hg_zip_writer_write_xml (zip, "_rels/.rels",
    "<Relationships xmlns=\"" NS_PKG "\"><Relationship Id=\"rId1\" "
    "Type=\"" NS_REL "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>", &error));
  g_assert_true (hg_zip_writer_write_xml (zip, "xl/workbook.xml", workbook, &error));
  g_assert_true (hg_zip_writer_write_xml (zip, "xl/_rels/workbook.xml.rels",
    "<Relationships xmlns=\"" NS_PKG "\">"
    "<Relationship Id=\"rId1\" Type=\"" NS_REL "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" NS_REL "/styles\" Target=\"styles.xml\"/>"
    "</Relationships>", &error));
  g_assert_true (hg_zip_writer_write_xml (zip, "xl/styles.xml",
    "<styleSheet xmlns=\"" NS_MAIN "\"><numFmts count=\"3\">"
    "<numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d h:mm\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"yyyy/m/d h:mm:ss\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"yyyy/m/d\"/></numFmts>"
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
    "<xf numFmtId=\"20\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>", &error));
  g_assert_true (hg_zip_writer_write_xml (zip, "xl/worksheets/sheet1.xml", sheet, &error));
  g_assert_true (hg_zip_writer_close (zip, &error));
  g_assert_no_error (error);
  return path;
}

#define T(ref, text) "<c r=\"" ref "\" t=\"inlineStr\"><is><t>" text "</t></is></c>"
#define N(ref, style, serial) "<c r=\"" ref "\" s=\"" style "\"><v>" serial "</v></c>"
#define CARRYOUT_HEADER \
  "<row r=\"1\">" T ("A1", "持出し品") T ("B1", "区分") T ("C1", "持出し者") T ("D1", "承認者") \
  T ("E1", "持出し日時") T ("F1", "返却予定") T ("G1", "返却日時") "</row>"

/* A carry-out log typed in Excel: 2026/12/1 9:00 is a serial with a
 * fraction under a date-and-time format. Its time used to be dropped by
 * the XLSX reader and the row refused for want of one; now the moments
 * come in whole, seconds too, in both of Excel's date systems. */
static void
test_xlsx_date_times (Fixture       *f,
                      gconstpointer  data)
{
  for (guint date1904 = 0; date1904 < 2; date1904++)
    {
      /* 2026-12-01 is serial 46357 counted from 1899-12-30, 44895 from
       * 1904-01-01; .375 is 9:00, .75 18:00, .7293402777 17:30:15. */
      const char *day = date1904 ? "44895" : "46357";
      g_autofree char *rows = g_strdup_printf (
        CARRYOUT_HEADER
        "<row r=\"2\">" T ("A2", "営業用ノートPC") T ("B2", "機器") T ("C2", "山田 太郎")
        T ("D2", "佐藤 花子") N ("E2", "1", "%s.375") N ("F2", "1", "%s.75")
        N ("G2", "2", "%s.72934027777778") "</row>", day, day, day);
      g_autofree char *name = g_strdup_printf ("持出し簿-%u.xlsx", date1904 ? 1904 : 1900);
      g_autofree char *path = write_dated_xlsx (f, name, date1904, rows);
      g_autoptr(HgRegisterImport) import = NULL;
      g_autoptr(GPtrArray) carryouts = NULL;
      g_autoptr(GError) error = NULL;
      const HgCarryout *c;

      g_test_message ("%s", name);
      import = prepare (HG_REGISTER_CARRYOUT, path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 0);
      g_assert_true (hg_register_import_apply (f->workbook, import, &error));
      g_assert_no_error (error);
      carryouts = hg_carryout_list (f->workbook, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (carryouts->len, ==, 1);
      c = g_ptr_array_index (carryouts, 0);
      g_assert_cmpstr (c->out_at, ==, "2026-12-01T09:00:00+09:00");
      g_assert_cmpstr (c->due_at, ==, "2026-12-01T18:00:00+09:00");
      g_assert_cmpstr (c->back_at, ==, "2026-12-01T17:30:00+09:00");
      g_assert_true (hg_workbook_undo (f->workbook, &error));
      g_assert_no_error (error);
    }
}

/* A time without a date cannot be a carry-out's moment, and a moment in a
 * date-only column (a service's approval date) is refused rather than
 * cut to its day; at midnight it is just a date under a date-and-time
 * format (as systems export them) and is taken as the date. Each refusal
 * names line, column and the value as read. */
static void
test_xlsx_time_in_wrong_field (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *carryout = write_dated_xlsx (f, "time-only.xlsx", FALSE,
    CARRYOUT_HEADER
    "<row r=\"2\">" T ("A2", "USBメモリ") T ("B2", "媒体") T ("C2", "山田")
    T ("D2", "佐藤") N ("E2", "3", "0.375") N ("F2", "1", "46357.75") "</row>");
  g_autofree char *services = write_dated_xlsx (f, "services.xlsx", FALSE,
    "<row r=\"1\">" T ("A1", "サービス名") T ("B1", "種別") T ("C1", "利用部門")
    T ("D1", "承認者") T ("E1", "承認日") T ("F1", "次回見直し") "</row>"
    "<row r=\"2\">" T ("A2", "Google Workspace") T ("B2", "クラウド") T ("C2", "総務部")
    T ("D2", "山田") N ("E2", "1", "46357.5") N ("F2", "4", "46722") "</row>"
    "<row r=\"3\">" T ("A3", "経理代行") T ("B3", "委託") T ("C3", "経理部")
    T ("D3", "佐藤") N ("E3", "1", "46357") N ("F3", "4", "46722") "</row>");
  g_autoptr(HgRegisterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const HgImportProblem *p;

  import = prepare (HG_REGISTER_CARRYOUT, carryout, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 1);
  assert_problem (import, 0, 2, "持出し日時", "09:00");

  g_clear_pointer (&import, hg_register_import_free);
  import = prepare (HG_REGISTER_SERVICES, services, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 1);
  assert_problem (import, 0, 2, "承認日", "2026-12-01 12:00");
  p = g_ptr_array_index (hg_register_import_get_problems (import), 0);
  g_assert_nonnull (strstr (p->reason, "without a time"));
  g_assert_false (hg_register_import_apply (f->workbook, import, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS);
  g_assert_cmpuint (count (f->workbook, HG_REGISTER_SERVICES), ==, 0);
  g_assert_cmpuint (hg_register_import_get_n_rows (import), ==, 2);
  {
    const HgService *s = hg_register_import_get_row (import, 1);

    g_assert_cmpstr (s->approved_on, ==, "2026-12-01");
  }
}

/* Files that are no register at all are refused with what to do. */
static void
test_not_a_register (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *no_header = write_csv (f, "memo.csv", "a,b\nc,d\n");
  g_autofree char *no_column = write_csv (f, "short.csv", "サービス名,種別\nGoogle,クラウド\n");
  g_autofree char *no_rows = write_csv (f, "empty.csv", "持出し品,区分,持出し者,承認者,"
                                                         "持出し日時,返却予定\n");
  HgRegisterImport *import;

  import = prepare (HG_REGISTER_CONTACTS, no_header, &error);
  g_assert_null (import);
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_HEADER);
  g_assert_nonnull (strstr (error->message, "memo.csv"));
  g_assert_nonnull (strstr (error->message, "“組織名” (“Organisation”)"));
  g_clear_error (&error);

  import = prepare (HG_REGISTER_SERVICES, no_column, &error);
  g_assert_null (import);
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_MISSING_COLUMN);
  g_assert_nonnull (strstr (error->message, "“利用部門” (“Department using it”)"));
  g_clear_error (&error);

  import = prepare (HG_REGISTER_CARRYOUT, no_rows, &error);
  g_assert_null (import);
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_ROWS);
}

/* Hostile files: a huge cell is a problem of its row, a formula-looking
 * text is kept as text and exported so no spreadsheet runs it, and a file
 * of more rows than any register needs is refused before it fills the
 * memory. */
static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GString) huge = g_string_new ("組織名,電話\n");
  g_autoptr(GString) many = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRegisterImport) import = NULL;
  g_autofree char *path = NULL;
  g_autofree char *formula = NULL;
  g_autofree char *out = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  const HgImportProblem *p;

  for (guint i = 0; i < 100000; i++)
    g_string_append (huge, "長");
  g_string_append (huge, ",03-1234-5678\n");
  path = write_csv (f, "huge.csv", huge->str);
  import = prepare (HG_REGISTER_CONTACTS, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 1);
  p = g_ptr_array_index (hg_register_import_get_problems (import), 0);
  g_assert_cmpuint (p->line, ==, 2);
  g_assert_cmpstr (p->column, ==, "組織名");
  /* The preview shows the start of the cell, not 300 kB of it. */
  g_assert_cmpuint (g_utf8_strlen (p->value, -1), ==, 21);
  g_clear_pointer (&import, hg_register_import_free);

  formula = write_csv (f, "formula.csv",
                       "サービス名,種別,利用部門,承認者,承認日,次回見直し\n"
                       "\"=HYPERLINK(\"\"http://example.com\"\")\",クラウド,総務部,山田,"
                       "2026-04-01,2027-03-31\n");
  import = prepare (HG_REGISTER_SERVICES, formula, &error);
  g_assert_no_error (error);
  g_assert_true (hg_register_import_apply (f->workbook, import, &error));
  g_assert_no_error (error);
  out = g_build_filename (f->dir, "out.csv", NULL);
  g_assert_true (hg_service_export (f->workbook, out, today, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &exported, NULL, NULL));
  g_assert_nonnull (strstr (exported, "\"'=HYPERLINK("));
  g_clear_pointer (&import, hg_register_import_free);

  many = g_string_sized_new (HG_REGISTER_IMPORT_MAX_ROWS * 2 + 64);
  g_string_append (many, "組織名\n");
  for (guint i = 0; i <= HG_REGISTER_IMPORT_MAX_ROWS; i++)
    g_string_append (many, "x\n");
  g_clear_pointer (&path, g_free);
  path = write_csv (f, "many.csv", many->str);
  import = prepare (HG_REGISTER_CONTACTS, path, &error);
  g_assert_null (import);
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_TOO_MANY_ROWS);
  g_assert_nonnull (strstr (error->message, "more than 100000 rows"));
}

/* hinagata-cli: --dry-run prints the preview and the problems and leaves
 * the workbook byte for byte as it was; the import adds the rows. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  g_autofree char *in = write_csv (f, "services.csv", good[HG_REGISTER_SERVICES]);
  g_autofree char *bad = write_csv (f, "bad.csv",
                                    "持出し品,区分,持出し者,承認者,持出し日時,返却予定\n"
                                    "ノートPC,機器,山田,佐藤,2026-12-01 09:00,いつか\n");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HgTestRun run = { 0 };

  g_clear_object (&f->workbook);
  before = hg_test_file_hash (path);
  hg_test_run_cli (&run, (const char *[]) { "services", "import", path, in, "--dry-run", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2\tGoogle Workspace\tCloud service\t総務部\t山田 太郎\t"
                                     "2026-04-01\t2027-03-31\t全社のメール\n"));
  g_assert_nonnull (strstr (run.out, "Dry run: 2 rows would be imported; nothing was written.\n"));
  after = hg_test_file_hash (path);
  g_assert_cmpstr (after, ==, before);

  hg_test_run_cli (&run, (const char *[]) { "carryout", "import", path, bad, "--dry-run", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "bad.csv: Line 2, 返却予定 “いつか”: Write a date and time "
                                     "such as 2026-12-28 09:00\n"));
  g_free (after);
  after = hg_test_file_hash (path);
  g_assert_cmpstr (after, ==, before);
  hg_test_run_cli (&run, (const char *[]) { "carryout", "import", path, bad, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "nothing was imported"));
  g_free (after);
  after = hg_test_file_hash (path);
  g_assert_cmpstr (after, ==, before);

  hg_test_run_cli (&run, (const char *[]) { "services", "import", path, in, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Imported 2 rows into External Services and Contractors\n"));
  hg_test_run_cli (&run, (const char *[]) { "services", "list", path, "--today", "2026-12-01",
                                            NULL });
  g_assert_nonnull (strstr (run.out, "経理代行サービス"));

  hg_test_run_cli (&run, (const char *[]) { "contacts", "import", path, NULL });
  g_assert_cmpint (run.status, ==, 2);

  /* The same file again: the preview marks its rows, nothing is added. */
  g_free (before);
  before = hg_test_file_hash (path);
  hg_test_run_cli (&run, (const char *[]) { "services", "import", path, in, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\t全社のメール\talready in the register\n"));
  g_assert_nonnull (strstr (run.out, "All 2 rows of the file are already in the register; "
                                     "nothing was imported.\n"));
  g_free (after);
  after = hg_test_file_hash (path);
  g_assert_cmpstr (after, ==, before);
  hg_test_run_clear (&run);
}

/* Importing the same file twice must not double the register: rows
 * already there (contacts: organisation and phone or e-mail, compared
 * after trimming and width folding; services: name and kind; carry-out:
 * item, person and out time) are flagged and skipped, the rest imported
 * in one undo step; a file all of whose rows are there writes nothing and
 * makes no undo step. */
static void
test_already_registered (Fixture       *f,
                         gconstpointer  data)
{
  static const char *const again[HG_REGISTER_N] = {
    [HG_REGISTER_CONTACTS] =
      "会社名,種別,Phone,メール\n"
      "　株式会社サンプル商事 ,取引先,０３-１２３４-５６７８,\n"       /* same phone */
      "ＩＴサポート合同会社,保守会社,06-9999-9999,\n"                  /* new desk */
      "株式会社サンプル商事,取引先,03-0000-0000,security@example.jp\n", /* same mail */
    [HG_REGISTER_SERVICES] =
      "サービス名,種別,利用部門,承認者,承認日,次回見直し\n"
      "Ｇｏｏｇｌｅ Workspace,クラウド,総務部,山田,2026-04-01,2027-03-31\n"
      "経理代行サービス,クラウド,経理部,佐藤,2026-05-10,2027-05-10\n", /* other kind */
    [HG_REGISTER_CARRYOUT] =
      "持出し品,区分,持出し者,承認者,持出し日時,返却予定\n"
      "営業用ノートPC,機器,山田 太郎,佐藤 花子,2026/12/1 9時,2026-12-01 18:00\n"
      "営業用ノートPC,機器,山田 太郎,佐藤 花子,2026-12-02 09:00,2026-12-02 18:00\n",
  };
  static const guint expected_existing[HG_REGISTER_N][3] = {
    [HG_REGISTER_CONTACTS] = { TRUE, FALSE, TRUE },
    [HG_REGISTER_SERVICES] = { TRUE, FALSE },
    [HG_REGISTER_CARRYOUT] = { TRUE, FALSE },
  };

  for (guint reg = 0; reg < HG_REGISTER_N; reg++)
    {
      g_autofree char *first = write_csv (f, "first.csv", good[reg]);
      g_autofree char *xlsx = write_xlsx (f, "first.xlsx", good[reg]);
      g_autofree char *second = write_csv (f, "again.csv", again[reg]);
      g_autoptr(HgRegisterImport) import = NULL;
      g_autoptr(GError) error = NULL;
      guint before, n;

      g_test_message ("%s", hg_register_get_id (reg));
      import = prepare (reg, first, &error);
      g_assert_no_error (error);
      g_assert_true (hg_register_import_apply (f->workbook, import, &error));
      g_assert_no_error (error);
      before = count (f->workbook, reg);

      /* The same rows again, this time from Excel: nothing to do. */
      g_clear_pointer (&import, hg_register_import_free);
      import = prepare (reg, xlsx, &error);
      g_assert_no_error (error);
      g_assert_true (hg_register_import_mark_existing (import, f->workbook, &error));
      g_assert_cmpuint (hg_register_import_get_n_existing (import), ==, 2);
      g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 0);
      g_assert_true (hg_workbook_undo (f->workbook, &error));   /* the first import */
      g_assert_true (hg_workbook_redo (f->workbook, &error));
      g_assert_true (hg_register_import_apply (f->workbook, import, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count (f->workbook, reg), ==, before);
      g_assert_true (hg_workbook_undo (f->workbook, &error));   /* still the first import */
      g_assert_cmpuint (count (f->workbook, reg), ==, before - 2);
      g_assert_true (hg_workbook_redo (f->workbook, &error));

      /* Some rows there, in other widths and spaces; the others go in. */
      g_clear_pointer (&import, hg_register_import_free);
      import = prepare (reg, second, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 0);
      g_assert_true (hg_register_import_mark_existing (import, f->workbook, &error));
      n = hg_register_import_get_n_rows (import);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (hg_register_import_is_existing (import, i), ==,
                         expected_existing[reg][i]);
      g_assert_true (hg_register_import_apply (f->workbook, import, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count (f->workbook, reg), ==,
                        before + n - hg_register_import_get_n_existing (import));
      g_assert_true (hg_workbook_undo (f->workbook, &error));
      g_assert_cmpuint (count (f->workbook, reg), ==, before);
    }
}

/* Two rows of one file that are the same record are the file's mistake:
 * the later one is refused, naming its line, its key column and the line
 * it repeats. */
static void
test_same_record_twice_in_file (Fixture       *f,
                                gconstpointer  data)
{
  static const char *const twice[HG_REGISTER_N] = {
    [HG_REGISTER_CONTACTS] =
      "組織名,電話,メール\n"
      "株式会社サンプル商事,03-1234-5678,\n"
      "株式会社サンプル商事,03-1111-1111,a@example.jp\n"
      "株式会社ｻﾝﾌﾟﾙ商事,,a@example.jp\n",
    [HG_REGISTER_SERVICES] =
      "サービス名,種別,利用部門,承認者,承認日,次回見直し\n"
      "Google Workspace,クラウド,総務部,山田,2026-04-01,2027-03-31\n"
      "Google Workspace,クラウド,経理部,佐藤,2026-05-10,2027-05-10\n",
    [HG_REGISTER_CARRYOUT] =
      "持出し品,区分,持出し者,承認者,持出し日時,返却予定\n"
      "ノートPC,機器,山田,佐藤,2026-12-01 09:00,2026-12-01 18:00\n"
      "ノートPC,機器,山田,佐藤,2026年12月1日 9時,2026-12-01 17:00\n",
  };
  static const struct { guint line; const char *column, *value, *reason; } expected[] = {
    [HG_REGISTER_CONTACTS] = { 4, "組織名", "株式会社サンプル商事", "line 3" },
    [HG_REGISTER_SERVICES] = { 3, "サービス名", "Google Workspace", "line 2" },
    [HG_REGISTER_CARRYOUT] = { 3, "持出し品", "ノートPC", "line 2" },
  };

  for (guint reg = 0; reg < HG_REGISTER_N; reg++)
    {
      g_autofree char *path = write_csv (f, "twice.csv", twice[reg]);
      g_autoptr(HgRegisterImport) import = NULL;
      g_autoptr(GError) error = NULL;
      const HgImportProblem *p;

      g_test_message ("%s", hg_register_get_id (reg));
      import = prepare (reg, path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hg_register_import_get_n_problems (import), ==, 1);
      assert_problem (import, 0, expected[reg].line, expected[reg].column, NULL);
      p = g_ptr_array_index (hg_register_import_get_problems (import), 0);
      g_assert_nonnull (strstr (p->reason, expected[reg].reason));
      g_assert_false (hg_register_import_apply (f->workbook, import, &error));
      g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_PROBLEMS);
    }
}

int
main (int    argc,
      char **argv)
{
  /* Before GLib reads the local zone: the office's zone, not the
   * machine's. */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/register-import/good", test_good);
  ADD ("/register-import/fields", test_fields);
  ADD ("/register-import/refused", test_refused);
  ADD ("/register-import/not-a-register", test_not_a_register);
  ADD ("/register-import/hostile", test_hostile);
  ADD ("/register-import/cli", test_cli);
  ADD ("/register-import/xlsx-date-times", test_xlsx_date_times);
  ADD ("/register-import/xlsx-time-in-wrong-field", test_xlsx_time_in_wrong_field);
  ADD ("/register-import/already-registered", test_already_registered);
  ADD ("/register-import/same-record-twice-in-file", test_same_record_twice_in_file);
  return g_test_run ();
}

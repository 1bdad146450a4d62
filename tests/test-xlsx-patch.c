/* test-xlsx-patch.c: answers written back into the customer's own workbook
 *
 * The stand-ins of tests/data/ carry what a customer's intake checks: a
 * drop-down list on the answer column, styles, merged cells, a formula, a
 * hidden column, an instructions sheet, shared strings. The copy written
 * back must differ from them in the edited cells and nowhere else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hg-test-util.h"
#include "hg-xlsx.h"
#include "hg-xlsx-patch.h"
#include "hg-zip-writer.h"

#define SHEET "チェックシート"
#define SHEET_PART "xl/worksheets/sheet2.xml"

typedef struct
{
  char  *name;
  GBytes *data;
} Part;

static void
part_clear (gpointer data)
{
  Part *p = data;

  g_free (p->name);
  g_bytes_unref (p->data);
}

/* Every entry of a ZIP archive, in the order of its central directory. */
static GArray *
read_parts (const char *path)
{
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (Part));

  g_array_set_clear_func (parts, part_clear);
  archive_read_support_format_zip_seekable (a);
  g_assert_cmpint (archive_read_open_filename (a, path, 65536), ==, ARCHIVE_OK);
  while (archive_read_next_header (a, &entry) == ARCHIVE_OK)
    {
      GByteArray *bytes = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;
      Part p;

      while ((n = archive_read_data (a, buffer, sizeof buffer)) > 0)
        g_byte_array_append (bytes, (guint8 *) buffer, (guint) n);
      g_assert_cmpint (n, ==, 0);
      p.name = g_strdup (archive_entry_pathname (entry));
      p.data = g_byte_array_free_to_bytes (bytes);
      g_array_append_val (parts, p);
    }
  archive_read_free (a);
  return parts;
}

static char *
part_text (GArray     *parts,
           const char *name)
{
  for (guint i = 0; i < parts->len; i++)
    {
      Part *p = &g_array_index (parts, Part, i);

      if (strcmp (p->name, name) == 0)
        return g_strndup (g_bytes_get_data (p->data, NULL), g_bytes_get_size (p->data));
    }
  g_assert_not_reached ();
}

/* @xml without the <c> element of cell @ref (which must be there). */
static char *
remove_cell (const char *xml,
             const char *ref)
{
  g_autofree char *needle = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *start = strstr (xml, needle);
  const char *tag_end, *end;

  g_assert_nonnull (start);
  tag_end = strchr (start, '>');
  end = tag_end[-1] == '/' ? tag_end + 1 : strstr (start, "</c>") + 4;
  g_autofree char *head = g_strndup (xml, (gsize) (start - xml));

  return g_strconcat (head, end, NULL);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static char *
sha256_of (const char *path)
{
  return hg_test_file_hash (path);
}

static const HgXlsxEdit answers[] = {
  { SHEET, "H10", "○" },
  { SHEET, "I10", "規程は 2026-04-01 に承認 & <周知済み>\n掲示板にも" },
  { SHEET, "H9", "" },             /* clears an answer already there */
  { SHEET, "H11", "×" },
  { SHEET, "H28", "△" },           /* the last item; its note stays */
  { SHEET, "J12", "追記" },          /* a cell the row does not have */
};

/* Only the answered cells change: every other part byte for byte, the
 * sheet equal to the original once the edited cells are taken out. */
static void
test_only_cells (void)
{
  g_autofree char *original = data_path ("check-sheet-jama-style.xlsx");
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "回答済み.xlsx", NULL);
  g_autofree char *digest = sha256_of (original);
  g_autofree char *before_hash = sha256_of (original);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autofree char *sa = NULL, *sb = NULL;

  g_assert_true (hg_xlsx_patch_file (original, digest, out, answers, G_N_ELEMENTS (answers),
                                     NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *after_hash = sha256_of (original);

    g_assert_cmpstr (after_hash, ==, before_hash);
  }

  a = read_parts (original);
  b = read_parts (out);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      Part *pa = &g_array_index (a, Part, i), *pb = &g_array_index (b, Part, i);

      g_assert_cmpstr (pa->name, ==, pb->name);
      if (strcmp (pa->name, SHEET_PART) != 0)
        g_assert_true (g_bytes_equal (pa->data, pb->data));
    }

  sa = part_text (a, SHEET_PART);
  sb = part_text (b, SHEET_PART);
  g_assert_cmpstr (sa, !=, sb);
  /* The kept attributes and the inline string, exactly. */
  g_assert_nonnull (strstr (sb, "<c r=\"H10\" s=\"4\" t=\"inlineStr\"><is>"
                                "<t xml:space=\"preserve\">"
                                "○</t></is></c>"));
  g_assert_nonnull (strstr (sb, "規程は 2026-04-01 に承認 &amp; &lt;周知済み&gt;\n掲示板にも"));
  g_assert_nonnull (strstr (sb, "<c r=\"H9\" s=\"4\"/>"));
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      char *x = remove_cell (sb, answers[i].cell);

      g_free (sb);
      sb = x;
      if (strcmp (answers[i].cell, "J12") != 0)
        {
          x = remove_cell (sa, answers[i].cell);
          g_free (sa);
          sa = x;
        }
    }
  g_assert_cmpstr (sa, ==, sb);

  /* What the customer's intake looks at is still there. */
  g_free (sb);
  sb = part_text (b, SHEET_PART);
  g_assert_nonnull (strstr (sb, "<dataValidation type=\"list\""));
  g_assert_nonnull (strstr (sb, "sqref=\"H9:H28\"><formula1>\"○,△,×,－\"</formula1>"));
  g_assert_nonnull (strstr (sb, "<mergeCell ref=\"C9:C15\"/>"));
  g_assert_nonnull (strstr (sb, "<f>COUNTA(H9:H28)</f>"));
  g_assert_nonnull (strstr (sb, "hidden=\"1\""));

  /* And the importer reads the new values. */
  table = hg_xlsx_read_file (out, SHEET, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hg_test_table_cell_at (table, 10, 7), ==, "○");
  g_assert_cmpstr (hg_test_table_cell_at (table, 10, 8), ==, "規程は 2026-04-01 に承認 & <周知済み>\n掲示板にも");
  g_assert_cmpstr (hg_test_table_cell_at (table, 28, 7), ==, "△");
  g_assert_cmpstr (hg_test_table_cell_at (table, 12, 9), ==, "追記");
  g_assert_null (hg_test_table_cell_at (table, 9, 7));
  hg_test_remove_dir (dir);
}

/* The METI-style stand-in: the requirement merged down over its criteria,
 * the answers and notes of criteria beside it written. */
static void
test_meti (void)
{
  g_autofree char *original = data_path ("check-sheet-meti-style.xlsx");
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "meti.xlsx", NULL);
  const HgXlsxEdit edits[] = {
    { "要求事項", "G6", "達成" }, { "要求事項", "H6", "年1回の見直し記録あり" },
    { "要求事項", "G7", "未達成" }, { "要求事項", "A6", "x" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(HgTable) table = NULL;

  /* A6 is inside A5:A6, the requirement merged over its two criteria. */
  g_assert_false (hg_xlsx_patch_file (original, NULL, out, edits, G_N_ELEMENTS (edits), NULL,
                                      &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_MERGED);
  g_clear_error (&error);
  g_assert_true (hg_xlsx_patch_file (original, NULL, out, edits, 3, NULL, &error));
  g_assert_no_error (error);

  a = read_parts (original);
  b = read_parts (out);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      Part *pa = &g_array_index (a, Part, i), *pb = &g_array_index (b, Part, i);

      g_assert_cmpstr (pa->name, ==, pb->name);
      g_assert_true (strcmp (pa->name, SHEET_PART) == 0 || g_bytes_equal (pa->data, pb->data));
    }
  table = hg_xlsx_read_file (out, "要求事項", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hg_test_table_cell_at (table, 6, 6), ==, "達成");
  g_assert_cmpstr (hg_test_table_cell_at (table, 6, 7), ==, "年1回の見直し記録あり");
  g_assert_cmpstr (hg_test_table_cell_at (table, 7, 6), ==, "未達成");
  /* The merged requirement still reads on both its rows. */
  g_assert_cmpstr (hg_test_table_cell_at (table, 6, 0), ==, "1-1-1");
  hg_test_remove_dir (dir);
}

/* A file that changed since it was imported is refused, nothing written;
 * so is a cancelled write-back. */
static void
test_digest (void)
{
  g_autofree char *original = data_path ("check-sheet-jama-style.xlsx");
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  const char *other = "0000000000000000000000000000000000000000000000000000000000000000";

  g_assert_false (hg_xlsx_patch_file (original, other, out, answers, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "changed since it was imported"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Cancelled: nothing either. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(HgJob) job = hg_job_new (cancellable);
    g_autofree char *digest = sha256_of (original);

    g_cancellable_cancel (cancellable);
    g_assert_false (hg_xlsx_patch_file (original, digest, out, answers, 1, job, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  g_assert_true (g_rmdir (dir) == 0);  /* no temporary file left either */
}

/* Inside a merged range only its first cell may be written; a formula
 * cell not at all; the original itself never. */
static void
test_refused (void)
{
  g_autofree char *original = data_path ("check-sheet-jama-style.xlsx");
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  const HgXlsxEdit merged[] = { { SHEET, "C10", "x" } };
  const HgXlsxEdit first[] = { { SHEET, "C9", "組織" } };
  const HgXlsxEdit formula[] = { { SHEET, "H3", "1" } };
  const HgXlsxEdit bad[] = { { SHEET, "H0", "1" } };
  const HgXlsxEdit no_sheet[] = { { "ない", "A1", "1" } };

  g_assert_false (hg_xlsx_patch_file (original, NULL, out, merged, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_MERGED);
  g_assert_nonnull (strstr (error->message, "C10"));
  g_assert_nonnull (strstr (error->message, "C9"));
  g_clear_error (&error);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  g_assert_false (hg_xlsx_patch_file (original, NULL, out, formula, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_FORMULA);
  g_clear_error (&error);
  g_assert_false (hg_xlsx_patch_file (original, NULL, out, bad, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_BAD_CELL);
  g_clear_error (&error);
  g_assert_false (hg_xlsx_patch_file (original, NULL, out, no_sheet, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NO_SHEET);
  g_clear_error (&error);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  g_assert_true (hg_xlsx_patch_file (original, NULL, out, first, 1, NULL, &error));
  g_assert_no_error (error);

  /* Written into itself: refused, the file as it was. */
  g_assert_true (g_file_get_contents (original, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  g_assert_false (hg_xlsx_patch_file (copy, NULL, copy, answers, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_SAME_FILE);
  g_clear_error (&error);
  {
    g_autofree char *a = sha256_of (copy), *b = sha256_of (original);

    g_assert_cmpstr (a, ==, b);
  }

  /* Not a workbook at all: the importer's message. */
  g_assert_true (g_file_set_contents (copy, "not a zip", -1, NULL));
  g_assert_false (hg_xlsx_patch_file (copy, NULL, out, answers, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX);
  hg_test_remove_dir (dir);
}

/* A part the importer never reads — an image, say — that inflates 1000
 * to 1: refused as on import, nothing written. */
static void
test_bomb (void)
{
  g_autofree char *original = data_path ("check-sheet-jama-style.xlsx");
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *bomb = g_build_filename (dir, "bomb.xlsx", NULL);
  g_autofree char *out = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *zeros = g_malloc0 (8 * 1024 * 1024);
  g_autoptr(GArray) parts = read_parts (original);
  g_autoptr(HgZipWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  writer = hg_zip_writer_new (bomb, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < parts->len; i++)
    {
      Part *p = &g_array_index (parts, Part, i);
      gsize length = 0;
      const void *data = g_bytes_get_data (p->data, &length);

      g_assert_true (hg_zip_writer_write_bytes (writer, p->name, data, length, TRUE, &error));
    }
  g_assert_true (hg_zip_writer_write_bytes (writer, "xl/media/image1.png", zeros,
                                            8 * 1024 * 1024, TRUE, &error));
  g_assert_true (hg_zip_writer_close (writer, &error));
  g_assert_no_error (error);

  /* The sheet itself reads. */
  {
    g_autoptr(HgTable) table = hg_xlsx_read_file (bomb, SHEET, &error);

    g_assert_no_error (error);
  }
  g_assert_false (hg_xlsx_patch_file (bomb, NULL, out, answers, 1, NULL, &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE);
  g_assert_nonnull (strstr (error->message, "xl/media/image1.png"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  hg_test_remove_dir (dir);
}

static char *
splice (const char       *xml,
        const HgXlsxEdit *edits,
        guint             n,
        GError          **error)
{
  gsize length = 0;

  return hg_xlsx_patch_sheet_xml (xml, strlen (xml), edits, n, &length, error);
}

#define HEAD "<worksheet><cols><col min=\"3\" max=\"3\" width=\"9\" style=\"7\"/></cols>"
#define TAIL "<mergeCells><mergeCell ref=\"F1:G2\"/></mergeCells></worksheet>"

/* A cell or a row the sheet lacks is created in its place, in order. */
static void
test_create (void)
{
  const char *xml = HEAD "<sheetData><row r=\"2\" spans=\"1:4\"><c r=\"B2\" s=\"1\"><v>1</v></c>"
                    "<c r=\"D2\"/></row><row r=\"5\"/><row r=\"7\"><c r=\"A7\"/></row>"
                    "</sheetData>" TAIL;
  const HgXlsxEdit edits[] = {
    { NULL, "E7", "e" }, { NULL, "C2", "c" }, { NULL, "A2", "a" }, { NULL, "E2", "x" },
    { NULL, "A1", "1" }, { NULL, "B3", "3" }, { NULL, "A4", "4" }, { NULL, "B5", "5" },
    { NULL, "A9", "9" }, { NULL, "B9", "9b" }, { NULL, "A8", "" }, { NULL, "F1", "f" },
    { NULL, "E2", "e" },  /* the same cell again: the last one wins */
  };
  const HgXlsxEdit merged[] = { { NULL, "G2", "g" } };
  const HgXlsxEdit into_empty[] = { { NULL, "B2", "b" } };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = splice (xml, edits, G_N_ELEMENTS (edits), &error);
  g_autofree char *empty = NULL;
  g_autofree char *prefixed = NULL;

#define IS(ref, v) "<c r=\"" ref "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" v \
                   "</t></is></c>"
#define IS_C(ref, v) "<c r=\"" ref "\" s=\"7\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" v \
                     "</t></is></c>"
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==,
                   HEAD "<sheetData>"
                   "<row r=\"1\">" IS ("A1", "1") IS ("F1", "f") "</row>"
                   "<row r=\"2\" spans=\"1:4\">" IS ("A2", "a") "<c r=\"B2\" s=\"1\"><v>1</v></c>"
                   IS_C ("C2", "c") "<c r=\"D2\"/>" IS ("E2", "e") "</row>"
                   "<row r=\"3\">" IS ("B3", "3") "</row>"
                   "<row r=\"4\">" IS ("A4", "4") "</row>"
                   "<row r=\"5\">" IS ("B5", "5") "</row>"
                   "<row r=\"7\"><c r=\"A7\"/>" IS ("E7", "e") "</row>"
                   "<row r=\"9\">" IS ("A9", "9") IS ("B9", "9b") "</row>"
                   "</sheetData>" TAIL);

  g_assert_null (splice (xml, merged, 1, &error));
  g_assert_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_MERGED);
  g_clear_error (&error);

  empty = splice (HEAD "<sheetData/>" TAIL, into_empty, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (empty, ==, HEAD "<sheetData><row r=\"2\">" IS ("B2", "b") "</row></sheetData>"
                   TAIL);

  /* A prefixed sheet gets prefixed elements. */
  prefixed = splice ("<x:worksheet xmlns:x=\"s\"><x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"s\">"
                     "<x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>",
                     into_empty, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prefixed, ==,
                   "<x:worksheet xmlns:x=\"s\"><x:sheetData><x:row r=\"2\"><x:c r=\"B2\" "
                   "t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\">b</x:t></x:is></x:c>"
                   "</x:row></x:sheetData></x:worksheet>");
#undef IS
#undef IS_C
}

/* What cannot be read is refused with a message, never read past. */
static void
test_malformed (void)
{
  static const char *const bad[] = {
    "",
    "<worksheet>",
    "<worksheet><sheetData><row r=\"2\"><c r=\"B2\"",
    "<worksheet><sheetData><row r=\"x\"/></sheetData></worksheet>",
    "<worksheet><sheetData><row r=\"3\"/><row r=\"2\"/></sheetData></worksheet>",
    "<worksheet><sheetData><row r=\"2\"><c r=\"B3\"/></row></sheetData></worksheet>",
    "<worksheet><sheetData><row r=\"2\"><c r=\"C2\"/><c r=\"B2\"/></row></sheetData></worksheet>",
    "<!DOCTYPE x><worksheet><sheetData/></worksheet>",
    "<worksheet><sheetData/><mergeCells><mergeCell ref=\"A1:\"/></mergeCells></worksheet>",
    "<worksheet><sheetData></worksheet>",
    "</worksheet>",
    "<worksheet><!-- <sheetData/>",
    "<worksheet a=\"1><sheetData/></worksheet>",
  };
  const HgXlsxEdit edit[] = { { NULL, "B2", "b" } };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = splice (bad[i], edit, 1, &error);

      if (out != NULL)
        g_error ("accepted: %s", bad[i]);
      g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED);
    }
}

/* LibreOffice opens the copy and reads the new values. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *original = data_path ("check-sheet-jama-style.xlsx");
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *profile = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *stdout_text = NULL, *stderr_text = NULL;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice is not installed");
      return;
    }
  dir = hg_test_make_dir ();
  out = g_build_filename (dir, "answered.xlsx", NULL);
  g_assert_true (hg_xlsx_patch_file (original, NULL, out, answers, G_N_ELEMENTS (answers), NULL,
                                     &error));
  g_assert_no_error (error);

  profile = g_strconcat ("-env:UserInstallation=file://", dir, "/lo", NULL);
  {
    /* The check sheet is the second sheet: CSV filter options, token 12. */
    const char *argv[] = { soffice, "--headless", "--norestore", profile, "--convert-to",
                           "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
                           "false,false,2",
                           "--outdir", dir, out, NULL };

    /* LibreOffice uses GLib too: our fatal warnings are not for it. */
    env = g_environ_unsetenv (env, "G_DEBUG");
    env = g_environ_unsetenv (env, "MALLOC_CHECK_");
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                                 &stdout_text, &stderr_text, &status, &error));
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, &error))
      g_error ("soffice failed: %s\n%s", error->message, stderr_text);
  }
  csv = g_build_filename (dir, "answered-" SHEET ".csv", NULL);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  /* Row 10: the answer and the note as written; row 28's answer; the
   * new cell. The formula keeps its cached value: LibreOffice does not
   * recalculate an Excel file on loading, and the workbook's calculation
   * settings are the customer's, not ours to change. */
  g_assert_nonnull (strstr (text, ",○,\"規程は 2026-04-01 に承認 & <周知済み>\n掲示板にも\""));
  g_assert_nonnull (strstr (text, ",△,"));
  g_assert_nonnull (strstr (text, ",追記"));
  g_assert_nonnull (strstr (text, "回答済み,3"));
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/xlsx-patch/only-cells", test_only_cells);
  g_test_add_func ("/xlsx-patch/meti", test_meti);
  g_test_add_func ("/xlsx-patch/digest", test_digest);
  g_test_add_func ("/xlsx-patch/refused", test_refused);
  g_test_add_func ("/xlsx-patch/bomb", test_bomb);
  g_test_add_func ("/xlsx-patch/create", test_create);
  g_test_add_func ("/xlsx-patch/malformed", test_malformed);
  g_test_add_func ("/xlsx-patch/libreoffice", test_libreoffice);
  return g_test_run ();
}

/* test-errors.c: a typical failure of each subsystem carries its own error
 * domain and a code a caller can act on, so nobody has to read a message
 * to tell a locked workbook from a bad CSV cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hg-company.h"
#include "hg-csv.h"
#include "hg-doc-xml.h"
#include "hg-error.h"
#include "hg-expr.h"
#include "hg-pack.h"
#include "hg-risk-catalogue.h"
#include "hg-save-file.h"
#include "hg-sheet-reader.h"
#include "hg-test-util.h"
#include "hg-workbook.h"
#include "hg-xlsx.h"
#include "hg-zip-writer.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "test.hinagata", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A caller branching on g_error_matches() needs every domain apart. */
static void
test_domains_distinct (void)
{
  const GQuark domains[] = {
    HG_INPUT_ERROR, HG_WORKBOOK_ERROR, HG_SAVE_ERROR, HG_CSV_ERROR, HG_XLSX_ERROR,
    HG_ZIP_ERROR, HG_IMPORT_ERROR, HG_DOC_ERROR, HG_PACK_ERROR, HG_EXPR_ERROR,
    HG_RISK_CATALOGUE_ERROR,
  };

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    {
      g_assert_cmpuint (domains[i], !=, 0);
      for (guint j = i + 1; j < G_N_ELEMENTS (domains); j++)
        g_assert_cmpuint (domains[i], !=, domains[j]);
    }
}

static void
test_workbook_locked (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HgWorkbook) first = hg_workbook_create (f->path, "A", NULL);
  g_autoptr(HgWorkbook) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (first);
  second = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_LOCKED);
}

static void
test_input_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = hg_workbook_create (f->path, "A", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (hg_company_set (workbook, HG_COMPANY_FIELD_NAME, "　 ", &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
}

static void
test_save_onto_workbook (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = hg_workbook_create (f->path, "A", NULL);
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (hg_csv_write_file (f->path, table, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED);
}

static void
test_csv_open_quote (void)
{
  static const char text[] = "a,b\n\"never closed\n";
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_csv_parse (text, sizeof text - 1, NULL, &error));
  g_assert_error (error, HG_CSV_ERROR, HG_CSV_ERROR_SYNTAX);
}

static void
test_xlsx_not_zip (void)
{
  static const char text[] = "a,b\n";
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_xlsx_read_memory (text, sizeof text - 1, NULL, &error));
  g_assert_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX);
}

static void
test_import_xls (Fixture       *f,
                 gconstpointer  data)
{
  /* The start of every OLE compound file, as Excel 97–2003 writes them. */
  static const guint8 ole[512] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  g_autofree char *path = g_build_filename (f->dir, "old.xls", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, (const char *) ole, sizeof ole, NULL));
  g_assert_null (hg_sheet_reader_open (path, &error));
  g_assert_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_WRONG_FORMAT);
}

static gboolean
lookup_nothing (const char *name,
                HgValue    *value,
                gpointer    user_data)
{
  return FALSE;
}

static void
test_expr_unknown_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgExpr) expr = hg_expr_parse ("uses_fax", &error);
  gboolean result;

  g_assert_no_error (error);
  g_assert_false (hg_expr_evaluate (expr, lookup_nothing, NULL, &result, &error));
  g_assert_error (error, HG_EXPR_ERROR, HG_EXPR_ERROR_UNKNOWN_NAME);
}

static void
test_pack_invalid (void)
{
  static const char text[] = "<pack/>";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_pack_load_memory (text, strlen (text), "test.xml", &problems, &error));
  g_assert_error (error, HG_PACK_ERROR, HG_PACK_ERROR_INVALID);
  g_assert_cmpuint (problems->len, >, 0);
}

static void
test_risk_catalogue_invalid (void)
{
  static const char text[] = "<risk-catalogue version=\"1\" xml:lang=\"ja\">\n<medium>\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_risk_catalogue_load_memory (text, strlen (text), "broken.xml", NULL,
                                                &problems, &error));
  g_assert_error (error, HG_RISK_CATALOGUE_ERROR, HG_RISK_CATALOGUE_ERROR_INVALID);
}

static void
test_doc_damaged (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (hg_doc_from_xml ("<docu", &error));
  g_assert_error (error, HG_DOC_ERROR, HG_DOC_ERROR_DAMAGED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/errors/domains-distinct", test_domains_distinct);
  g_test_add ("/errors/workbook-locked", Fixture, NULL, fixture_setup, test_workbook_locked,
              fixture_teardown);
  g_test_add ("/errors/input-refused", Fixture, NULL, fixture_setup, test_input_refused,
              fixture_teardown);
  g_test_add ("/errors/save-onto-workbook", Fixture, NULL, fixture_setup,
              test_save_onto_workbook, fixture_teardown);
  g_test_add_func ("/errors/csv-open-quote", test_csv_open_quote);
  g_test_add_func ("/errors/xlsx-not-zip", test_xlsx_not_zip);
  g_test_add ("/errors/import-xls", Fixture, NULL, fixture_setup, test_import_xls,
              fixture_teardown);
  g_test_add_func ("/errors/expr-unknown-name", test_expr_unknown_name);
  g_test_add_func ("/errors/pack-invalid", test_pack_invalid);
  g_test_add_func ("/errors/risk-catalogue-invalid", test_risk_catalogue_invalid);
  g_test_add_func ("/errors/doc-damaged", test_doc_damaged);

  return g_test_run ();
}

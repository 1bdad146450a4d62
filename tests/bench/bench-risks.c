/* bench-risks.c: the risk analysis of a register of 100,000 assets
 *
 * Not a test: prints a table of timings and memory.
 * Usage: bench-risks [ASSETS [CATALOGUE.xml]]
 *
 * The workbook is the register of bench-assets (six departments, the six
 * default media) with the example company's ratings and answers; the
 * catalogue is the built-in one unless another is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>

#include "hg-db.h"
#include "hg-doc-writer.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-examples.h"
#include "hg-risk-files.h"
#include "hg-risk-rating.h"
#include "hg-risk-report.h"
#include "hg-risk-threat.h"

static const char *names[] = {
  "顧客名簿", "見積書", "受注データ", "加工図面", "検査記録", "給与計算データ", "会計データ",
  "取引先の口座情報", "生産計画表", "不具合報告書", "金型の加工条件", "従業員名簿",
};
static const char *categories[] = { "営業", "製造", "品質", "人事", "経理", "総務" };

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static void
generate_workbook (const char *path,
                   guint       rows)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  workbook = hg_workbook_create (path, "株式会社ベンチ", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "BEGIN; INSERT INTO department (name) VALUES ('総務部'),('製造部'),"
                    "('品質保証部'),('営業部'),('購買部'),('設計部');", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO asset (business_category, name, notes, users, "
                          "department_id, medium_id, personal, confidentiality, integrity, "
                          "availability, retention) VALUES (?1, ?2, '', '全従業員', ?3, ?4, ?5, "
                          "?6, ?7, ?8, '5年')", -1, &stmt, NULL);
  for (guint i = 0; i < rows; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s No.%06u", names[i % G_N_ELEMENTS (names)], i);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, categories[i % G_N_ELEMENTS (categories)], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, 1 + i % 6);
      sqlite3_bind_int (stmt, 4, 1 + (i / 7) % 6);
      sqlite3_bind_int (stmt, 5, i % 11 == 0);
      sqlite3_bind_int (stmt, 6, 1 + i % 3);
      sqlite3_bind_int (stmt, 7, 1 + (i / 3) % 3);
      sqlite3_bind_int (stmt, 8, 1 + (i / 9) % 3);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
row (const char *measure,
     double      ms,
     const char *note)
{
  glong width = g_utf8_strlen (measure, -1);

  g_print ("%s%*s %9.1f ms   %s\n", measure, (int) MAX (0, 52 - width), "", ms, note ? note : "");
}

int
main (int    argc,
      char **argv)
{
  guint n_assets = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hinagata-bench-risks-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bench.hinagata", NULL);
  g_autofree char *csv = g_build_filename (dir, "risks.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "risks.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "risks.pdf", NULL);
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgRiskCatalogue) catalogue = NULL;
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(GArray) changed = NULL;
  g_autoptr(GArray) recompute = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *note = NULL;
  double t0, ms;
  HgRiskSheetChange change;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  generate_workbook (path, n_assets);
  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  catalogue = argc > 2 ? hg_risk_catalogue_load_file (argv[2], NULL, NULL, &error)
                       : hg_risk_catalogue_load_builtin (NULL, &error);
  g_assert_no_error (error);

  g_print ("Risk analysis benchmark, %u assets\n", n_assets);
  g_print ("%-52s %12s\n", "measure", "result");

  t0 = now_ms ();
  g_assert_true (hg_risk_setup (workbook, catalogue, &error));
  g_assert_no_error (error);
  note = g_strdup_printf ("%" G_GINT64_FORMAT " threats",
                          hg_workbook_count_rows (workbook, "risk_threat"));
  row ("set up the threats of every medium (one edit)", now_ms () - t0, note);
  t0 = now_ms ();
  g_assert_true (hg_risk_load_examples (workbook, catalogue, &error));
  row ("load the example ratings and answers (one edit)", now_ms () - t0, NULL);

  t0 = now_ms ();
  sheet = hg_risk_sheet_new (workbook, catalogue);
  g_clear_pointer (&note, g_free);
  note = g_strdup_printf ("%u risks", hg_risk_sheet_get_n_rows (sheet));
  row ("read the register and compute every risk", now_ms () - t0, note);

  for (guint i = 0; i < 7; i++)
    {
      t0 = now_ms ();
      hg_risk_sheet_recompute (sheet);
      ms = now_ms () - t0;
      g_array_append_val (recompute, ms);
    }
  g_array_sort (recompute, compare_double);
  row ("full recompute (median of 7; target < 200 ms)", g_array_index (recompute, double, 3),
       NULL);

  t0 = now_ms ();
  change = hg_risk_sheet_refresh (sheet, NULL, NULL);
  g_assert_cmpint (change, ==, HG_RISK_SHEET_RELOADED);
  row ("full reload after an edit of the register", now_ms () - t0, NULL);

  t0 = now_ms ();
  g_assert_true (hg_risk_answer_set (workbook, catalogue, "backup", HG_RISK_COMPANY,
                                     HG_RISK_DONE, "", &error));
  g_assert_no_error (error);
  row ("one answer changed: the edit", now_ms () - t0, NULL);
  t0 = now_ms ();
  change = hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_control_answer", NULL },
                                  &changed);
  ms = now_ms () - t0;
  g_clear_pointer (&note, g_free);
  note = g_strdup_printf ("%u rows changed", changed ? changed->len : 0);
  g_assert_cmpint (change, ==, HG_RISK_SHEET_UPDATED);
  row ("… incremental update of the sheet", ms, note);
  g_clear_pointer (&changed, g_array_unref);
  t0 = now_ms ();
  g_assert_true (hg_risk_likelihood_set (workbook, hg_risk_sheet_get_threat (sheet, 0)->id, 1, 3,
                                         &error));
  change = hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_likelihood", NULL }, &changed);
  g_clear_pointer (&note, g_free);
  note = g_strdup_printf ("%u rows changed", changed ? changed->len : 0);
  row ("one department's likelihood: edit + update", now_ms () - t0, note);

  {
    guint counts[3][3];

    t0 = now_ms ();
    hg_risk_sheet_heat_map (sheet, counts);
    row ("heat map", now_ms () - t0, NULL);
  }
  {
    g_autoptr(HgRiskDiagnosis) diagnosis = NULL;

    t0 = now_ms ();
    diagnosis = hg_risk_diagnosis_new (sheet, NULL, 3);
    row ("diagnosis", now_ms () - t0, NULL);
  }

  t0 = now_ms ();
  g_assert_true (hg_risk_export_file (sheet, NULL, csv, HG_RISK_FILE_CSV, &error));
  g_assert_no_error (error);
  row ("export the risk sheet as CSV", now_ms () - t0, NULL);
  t0 = now_ms ();
  g_assert_true (hg_risk_export_file (sheet, NULL, xlsx, HG_RISK_FILE_XLSX, &error));
  g_assert_no_error (error);
  row ("export the XLSX workbook (four sheets)", now_ms () - t0, NULL);
  {
    g_autoptr(HgDoc) doc = NULL;

    t0 = now_ms ();
    doc = hg_risk_report_build (sheet, NULL);
    row ("build the report (HgDoc)", now_ms () - t0, NULL);
    t0 = now_ms ();
    g_assert_true (hg_doc_write (doc, HG_DOC_FORMAT_PDF, pdf, &error));
    g_assert_no_error (error);
    row ("… as PDF", now_ms () - t0, NULL);
  }
  g_print ("%-52s %9.0f MB\n", "peak resident memory", peak_rss_mb ());

  g_clear_pointer (&sheet, hg_risk_sheet_free);
  g_clear_object (&workbook);
  for (const char *const *f = (const char *const[]) { csv, xlsx, pdf, path, NULL }; *f; f++)
    g_unlink (*f);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}

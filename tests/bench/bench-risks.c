/* bench-risks.c: the risk analysis of a register of 100,000 assets
 *
 * Not a test: prints a table of timings and memory.
 * Usage: bench-risks [ASSETS [CATALOGUE.xml]]
 *
 * The workbook is the register of bench-assets (six departments, the six
 * default media) with the example company's ratings and answers, so most
 * departments' assets follow the company's answers; the
 * catalogue is the built-in one unless another is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "bench-util.h"
#include "hg-asset-store.h"
#include "hg-db.h"
#include "hg-doc-writer.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-examples.h"
#include "hg-risk-files.h"
#include "hg-risk-rating.h"
#include "hg-risk-report.h"
#include "hg-risk-threat.h"
#include "hg-session.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
count_rows (guint    *reported,
            GArray   *rows,
            gboolean  reset)
{
  *reported += rows ? rows->len : 0;
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
  bench_generate_register (path, n_assets);
  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  catalogue = argc > 2 ? hg_risk_catalogue_load_file (argv[2], NULL, NULL, &error)
                       : hg_risk_catalogue_load_builtin (NULL, &error);
  g_assert_no_error (error);

  g_print ("Risk analysis benchmark, %u assets\n", n_assets);
  g_print ("%-52s %12s\n", "measure", "result");

  t0 = bench_now_ms ();
  g_assert_true (hg_risk_setup (workbook, catalogue, &error));
  g_assert_no_error (error);
  note = g_strdup_printf ("%" G_GINT64_FORMAT " threats",
                          hg_workbook_count_rows (workbook, "risk_threat"));
  row ("set up the threats of every medium (one edit)", bench_now_ms () - t0, note);
  t0 = bench_now_ms ();
  g_assert_true (hg_risk_load_examples (workbook, catalogue, &error));
  row ("load the example ratings and answers (one edit)", bench_now_ms () - t0, NULL);

  t0 = bench_now_ms ();
  sheet = hg_risk_sheet_new (workbook, catalogue);
  g_clear_pointer (&note, g_free);
  note = g_strdup_printf ("%u risks", hg_risk_sheet_get_n_rows (sheet));
  row ("read the register and compute every risk", bench_now_ms () - t0, note);

  for (guint i = 0; i < 7; i++)
    {
      t0 = bench_now_ms ();
      hg_risk_sheet_recompute (sheet);
      ms = bench_now_ms () - t0;
      g_array_append_val (recompute, ms);
    }
  g_array_sort (recompute, compare_double);
  row ("full recompute (median of 7; target < 200 ms)", g_array_index (recompute, double, 3),
       NULL);

  t0 = bench_now_ms ();
  change = hg_risk_sheet_refresh (sheet, NULL, NULL);
  g_assert_cmpint (change, ==, HG_RISK_SHEET_RELOADED);
  row ("full reload after an edit of the register", bench_now_ms () - t0, NULL);

  t0 = bench_now_ms ();
  g_assert_true (hg_risk_answer_set (workbook, catalogue, "ops_backup", HG_RISK_COMPANY,
                                     HG_RISK_DONE, "", &error));
  g_assert_no_error (error);
  row ("one answer changed: the edit", bench_now_ms () - t0, NULL);
  t0 = bench_now_ms ();
  change = hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_control_answer", NULL },
                                  &changed);
  ms = bench_now_ms () - t0;
  g_clear_pointer (&note, g_free);
  note = g_strdup_printf ("%u rows changed", changed ? changed->len : 0);
  g_assert_cmpint (change, ==, HG_RISK_SHEET_UPDATED);
  row ("… incremental update of the sheet", ms, note);
  g_clear_pointer (&changed, g_array_unref);
  t0 = bench_now_ms ();
  g_assert_true (hg_risk_likelihood_set (workbook, hg_risk_sheet_get_threat (sheet, 0)->id, 1, 3,
                                         &error));
  change = hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_likelihood", NULL }, &changed);
  g_clear_pointer (&note, g_free);
  note = g_strdup_printf ("%u rows changed", changed ? changed->len : 0);
  row ("one department's likelihood: edit + update", bench_now_ms () - t0, note);

  {
    guint counts[3][3];

    t0 = bench_now_ms ();
    hg_risk_sheet_heat_map (sheet, counts);
    row ("heat map", bench_now_ms () - t0, NULL);
  }
  {
    g_autoptr(HgRiskDiagnosis) diagnosis = NULL;

    t0 = bench_now_ms ();
    diagnosis = hg_risk_diagnosis_new (sheet, NULL, 3);
    row ("diagnosis", bench_now_ms () - t0, NULL);
  }

  t0 = bench_now_ms ();
  g_assert_true (hg_risk_export_file (sheet, NULL, csv, HG_RISK_FILE_CSV, &error));
  g_assert_no_error (error);
  row ("export the risk sheet as CSV", bench_now_ms () - t0, NULL);
  t0 = bench_now_ms ();
  g_assert_true (hg_risk_export_file (sheet, NULL, xlsx, HG_RISK_FILE_XLSX, &error));
  g_assert_no_error (error);
  row ("export the XLSX workbook (four sheets)", bench_now_ms () - t0, NULL);
  {
    g_autoptr(HgDoc) doc = NULL;

    t0 = bench_now_ms ();
    doc = hg_risk_report_build (sheet, NULL);
    row ("build the report (HgDoc)", bench_now_ms () - t0, NULL);
    t0 = bench_now_ms ();
    g_assert_true (hg_doc_write (doc, HG_DOC_FORMAT_PDF, pdf, &error));
    g_assert_no_error (error);
    row ("… as PDF", bench_now_ms () - t0, NULL);
  }
  g_print ("%-52s %9.0f MB\n", "peak resident memory", bench_peak_rss_mb ());

  /* The same through the session, as the app and the CLI see it (after
   * the peak above: the session's sheet replaces the one measured). */
  g_clear_pointer (&sheet, hg_risk_sheet_free);
  {
    g_autoptr(HgSession) session = hg_session_new (workbook);
    guint reported = 0;

    g_signal_connect_swapped (session, "risks-changed", G_CALLBACK (count_rows), &reported);
    t0 = bench_now_ms ();
    hg_session_set_catalogue (session, g_steal_pointer (&catalogue));
    hg_session_get_risk_sheet (session);
    row ("session: the sheet, first asked for", bench_now_ms () - t0, NULL);
    t0 = bench_now_ms ();
    g_assert_true (hg_risk_answer_set (workbook, hg_session_get_catalogue (session, NULL),
                                       "ops_backup", HG_RISK_COMPANY, HG_RISK_NOT_DONE, "",
                                       &error));
    g_clear_pointer (&note, g_free);
    note = g_strdup_printf ("%u rows reported", reported);
    row ("session: one answer, edit + update + signal", bench_now_ms () - t0, note);
    t0 = bench_now_ms ();
    g_assert_true (hg_workbook_undo (workbook, &error));
    row ("session: its undo", bench_now_ms () - t0, NULL);
    t0 = bench_now_ms ();
    g_assert_true (hg_asset_store_remove (workbook, (gint64[]) { 1 }, 1, &error));
    g_assert_no_error (error);
    row ("session: an asset removed (the reload waits)", bench_now_ms () - t0, NULL);
    t0 = bench_now_ms ();
    hg_session_get_risk_sheet (session);
    row ("… the sheet asked for again (reload)", bench_now_ms () - t0, NULL);
  }
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

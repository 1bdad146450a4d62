/* bench-assets.c: the asset register with 100,000 rows
 *
 * Not a test: prints a table of timings and memory.
 * Usage (needs a display): bench-assets [ROWS] [--first-frame | --import]
 * --first-frame stops after the register's first frame, --import runs only
 * the CSV export and import (tests/bench/compare runs each part alone).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-util.h"
#include "hg-test-ui.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>
#include <unistd.h>

#include "hg-application.h"
#include "hg-asset-files.h"
#include "hg-asset-import.h"
#include "hg-assets-page.h"
#include "hg-db.h"
#include "hg-window.h"

static void
spin_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean painted;
static double frame_started, frame_work;

/* The frame clock paces frames to the display's refresh, so the time until
 * a frame is painted includes waiting for its turn; the work of a frame is
 * what lies between its first and its last phase. */
static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       data)
{
  frame_started = bench_now_ms ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
  frame_work = bench_now_ms () - frame_started;
}

static double
wait_for_frame (GtkWidget *widget)
{
  double start = bench_now_ms ();

  painted = FALSE;
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  return bench_now_ms () - start;
}

int
main (int    argc,
      char **argv)
{
  guint rows = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  const char *part = argc > 2 ? argv[2] : "";
  g_autofree char *dir = g_dir_make_tmp ("hinagata-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.hinagata", NULL);
  g_autofree char *csv = g_build_filename (dir, "bench.csv", NULL);
  g_autofree char *import_path = g_build_filename (dir, "import.hinagata", NULL);
  g_autoptr(HgApplication) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  HgAssetsPage *page;
  HgWindow *window;
  GdkFrameClock *clock;
  double rss_before, t0, cpu0, thread_cpu0, first_frame_thread_ms, open_ms, first_frame_ms, first_frame_cpu_ms, filter_ms[4], drawn_ms[4], sort_ms, read_rest_ms, scroll_ms = 0, scroll_max = 0;
  const char *keystrokes[4] = { "顧", "顧客", "顧客名", "" };
  GtkAdjustment *adj;
  GtkWidget *scroller;

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();
  app = hg_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  bench_generate_register (path, rows);
  if (g_str_equal (part, "--import"))
    goto import;

  /* Open: workbook, the whole register into the table, the first frame. */
  rss_before = bench_current_rss_mb ();
  t0 = bench_now_ms ();
  cpu0 = bench_cpu_ms ();
  thread_cpu0 = bench_thread_cpu_ms ();
  window = hg_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  file = g_file_new_for_path (path);
  hg_window_open_file (window, file);
  hg_window_show_page (window, "assets");
  open_ms = bench_now_ms () - t0;
  gtk_window_present (GTK_WINDOW (window));
  clock = NULL;
  while (clock == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
    }
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  painted = FALSE;
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  first_frame_ms = bench_now_ms () - t0;
  /* The same on a busy machine: the wall clock counts other processes too. */
  first_frame_cpu_ms = bench_cpu_ms () - cpu0;
  first_frame_thread_ms = bench_thread_cpu_ms () - thread_cpu0;
  if (g_str_equal (part, "--first-frame"))
    {
      g_print ("%-44s %8.0f ms\n", "... until the first frame is drawn", first_frame_ms);
      g_print ("%-44s %8.0f ms\n", "... CPU time of it (user + system)", first_frame_cpu_ms);
      g_print ("%-44s %8.0f ms\n", "... of which in the main thread", first_frame_thread_ms);
      goto done;
    }

  /* The register reads the rows past the first screenful after that
   * frame; the measures below are of the whole register. */
  page = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_ASSETS_PAGE, NULL));
  t0 = bench_now_ms ();
  while (hg_assets_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
  read_rest_ms = bench_now_ms () - t0;
  spin_until_idle ();
  g_assert_cmpuint (hg_assets_page_get_n_total (page), ==, rows);

  /* Filter keystrokes: the filter runs synchronously over the sorted list. */
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      t0 = bench_now_ms ();
      hg_assets_page_set_search (page, keystrokes[i]);
      filter_ms[i] = bench_now_ms () - t0;
      {
        double t1 = bench_now_ms ();

        /* What the user waits for: the filtered list drawn. */
        wait_for_frame (GTK_WIDGET (window));
        drawn_ms[i] = filter_ms[i] + bench_now_ms () - t1;
      }
    }
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, rows);

  /* Sort by the name column, then wait for the sorted list to be drawn. */
  t0 = bench_now_ms ();
  hg_assets_page_sort_by (page, 1, FALSE);
  wait_for_frame (GTK_WIDGET (window));
  sort_ms = bench_now_ms () - t0;

  /* Scrolling: jump through the list page by page, timing each frame. */
  scroller = GTK_WIDGET (hg_assets_page_get_scrolled_window (page));
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  for (guint i = 0; i < 60; i++)
    {
      gtk_adjustment_set_value (adj, (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj))
                                     * i / 59.0);
      wait_for_frame (GTK_WIDGET (window));
      scroll_ms += frame_work;
      scroll_max = MAX (scroll_max, frame_work);
    }

  g_print ("Asset register benchmark, %u assets\n", rows);
  g_print ("%-44s %10s\n", "measure", "result");
  g_print ("%-44s %8.0f ms\n", "open workbook + load register into table", open_ms);
  g_print ("%-44s %8.0f ms\n", "... until the first frame is drawn", first_frame_ms);
  g_print ("%-44s %8.0f ms\n", "... CPU time of it (user + system)", first_frame_cpu_ms);
  g_print ("%-44s %8.0f ms\n", "... of which in the main thread", first_frame_thread_ms);
  g_print ("%-44s %8.0f ms\n", "... then reading the rest of the register", read_rest_ms);
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      g_autofree char *label = g_strdup_printf ("filter keystroke \"%s\"", keystrokes[i]);
      /* The label mixes wide characters: pad by hand. */
      int pad = (int) (44 - g_utf8_strlen (label, -1) - g_utf8_strlen (keystrokes[i], -1));

      g_print ("%s%*s %8.1f ms   (drawn after %.0f ms)\n", label, pad, "", filter_ms[i],
               drawn_ms[i]);
    }
  g_print ("%-44s %8.0f ms\n", "sort by name, until drawn", sort_ms);
  g_print ("%-44s %8.1f ms\n", "scroll: mean frame work (60 jumps)", scroll_ms / 60);
  g_print ("%-44s %8.1f ms\n", "scroll: slowest frame's work", scroll_max);
  g_print ("%-44s %8.0f MB\n", "peak resident memory (with the window)", bench_peak_rss_mb ());
  g_print ("%-44s %8.0f MB\n", "... of which before the window opened", rss_before);

  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();

import:
  /* Import: export the register as CSV, then bring it into a new workbook. */
  {
    g_autoptr(HgWorkbook) source = hg_workbook_open (path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
    g_autoptr(HgWorkbook) target = NULL;
    g_autoptr(HgSheetReader) reader = NULL;
    g_autoptr(HgAssetImport) import = NULL;
    double read_ms, prepare_ms, prepare_cpu_ms, apply_ms, export_ms;

    g_assert_no_error (error);
    t0 = bench_now_ms ();
    g_assert_true (hg_asset_export_file (source, csv, HG_ASSET_FILE_CSV, &error));
    export_ms = bench_now_ms () - t0;

    target = hg_workbook_create (import_path, "取込先", &error);
    g_assert_no_error (error);
    t0 = bench_now_ms ();
    /* Opening reads the file through once for its encoding; the rows are
     * parsed as they are checked. */
    reader = hg_sheet_reader_open (csv, &error);
    g_assert_no_error (error);
    read_ms = bench_now_ms () - t0;
    t0 = bench_now_ms ();
    prepare_cpu_ms = bench_cpu_ms ();
    import = hg_asset_import_prepare_rows (target, reader, &error);
    g_assert_no_error (error);
    prepare_ms = bench_now_ms () - t0;
    prepare_cpu_ms = bench_cpu_ms () - prepare_cpu_ms;
    t0 = bench_now_ms ();
    g_assert_true (hg_asset_import_apply (target, import, &error));
    g_assert_no_error (error);
    apply_ms = bench_now_ms () - t0;

    g_print ("%-44s %8.0f ms\n", "export CSV", export_ms);
    g_print ("%-44s %8.0f ms\n", "import CSV: open (encoding pass)", read_ms);
    g_print ("%-44s %8.0f ms\n", "import CSV: parse and check every row", prepare_ms);
    /* Not "parse and check every row": tests/bench/compare looks for that. */
    g_print ("%-44s %8.0f ms\n", "import CSV: ... CPU time of the check", prepare_cpu_ms);
    g_print ("%-44s %8.0f ms\n", "import CSV: write (one transaction)", apply_ms);
    g_print ("%-44s %8.0f ms\n", "import CSV: total", read_ms + prepare_ms + apply_ms);
    g_print ("%-44s %8.0f MB\n", "peak resident memory (whole run)", bench_peak_rss_mb ());
  }

done:
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
    (void) system (cmd);
  }
  return 0;
}

/* bench-render.c: a typical company's documents to PDF
 *
 * Not a test: prints a table of timings and page counts for the built-in
 * pack's documents, answered with the defaults for a 20-person company.
 * The target: the full rules to PDF in under a second.
 * Usage: bench-render [OUT_DIR]   (keeps the PDFs in OUT_DIR)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "hg-company.h"
#include "hg-doc-layout.h"
#include "hg-pack-context.h"
#include "hg-pdf-writer.h"

#define RUNS 5

static const char *documents[] = { "rules", "basic_policy" };

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("hinagata-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.hinagata", NULL);
  const char *out_dir = argc > 1 ? argv[1] : dir;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgPack) pack = NULL;
  g_autoptr(HgPackContext) context = NULL;

  setlocale (LC_ALL, "");
  workbook = hg_workbook_create (path, "株式会社ベンチ精工", &error);
  g_assert_no_error (error);
  g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_EMPLOYEES, "20", &error));
  pack = hg_pack_load_builtin (&error);
  g_assert_no_error (error);
  context = hg_pack_context_new_for_workbook (pack, workbook);

  g_print ("Documents to PDF, built-in pack, default answers, 20 employees (median of %d)\n",
           RUNS);
  g_print ("%-14s %10s %10s %10s %8s %10s\n", "document", "build", "layout", "PDF", "pages",
           "size");
  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    {
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", out_dir, documents[d]);
      g_autoptr(HgDoc) doc = NULL;
      double build[RUNS], layout[RUNS], write[RUNS];
      guint pages = 0;
      GStatBuf st = { 0 };

      for (guint run = 0; run < RUNS; run++)
        {
          double t0 = now_ms ();
          PangoContext *pango = NULL;
          HgDocLayout *doc_layout;

          g_clear_pointer (&doc, hg_doc_free);
          doc = hg_pack_build_doc (pack, context, documents[d], &error);
          g_assert_no_error (error);
          build[run] = now_ms () - t0;

          /* Laying out alone: the part printing shares with the PDF. */
          t0 = now_ms ();
          pango = hg_doc_layout_create_context ();
          doc_layout = hg_doc_layout_new (doc, pango, HG_PAGE_A4_WIDTH, HG_PAGE_A4_HEIGHT, NULL);
          layout[run] = now_ms () - t0;
          pages = hg_doc_layout_get_n_pages (doc_layout);
          hg_doc_layout_free (doc_layout);
          g_object_unref (pango);

          /* The whole export: layout, drawing, fonts, file. */
          t0 = now_ms ();
          g_assert_true (hg_pdf_write (doc, pdf, &error));
          write[run] = now_ms () - t0;
        }
      g_stat (pdf, &st);
      g_print ("%-14s %7.1f ms %7.1f ms %7.1f ms %8u %7.0f kB\n", documents[d], median (build),
               median (layout), median (write), pages, st.st_size / 1024.0);
    }

  /* Comparison with LibreOffice (the same document as ODT converted with
   * `soffice --headless --convert-to pdf`) goes here, as further rows of
   * the table above. */

  if (argc > 1)
    g_print ("PDFs kept in %s\n", out_dir);
  g_clear_object (&workbook);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
    (void) system (cmd);
  }
  return 0;
}

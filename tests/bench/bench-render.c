/* bench-render.c: a typical company's documents to PDF
 *
 * Not a test: prints a table of timings and page counts for the built-in
 * pack's documents, answered with the defaults for a 20-person company.
 * The target: the full rules to PDF in under a second. Then, where
 * LibreOffice is installed, the same rules exported as DOCX and converted
 * to PDF by `soffice --headless --convert-to pdf`, for comparison.
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
#include "hg-docx-writer.h"
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

/* Milliseconds LibreOffice takes to turn @docx into a PDF in @dir, or a
 * negative number when it fails. */
static double
soffice_to_pdf (const char *soffice,
                const char *docx,
                const char *dir)
{
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", dir);
  const char *argv[] = { soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", dir,
                         docx, NULL };
  int status = 0;
  double t0 = now_ms ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                     | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    return -1;
  return now_ms () - t0;
}

static void
compare_with_libreoffice (HgPack        *pack,
                          HgPackContext *context,
                          const char    *dir,
                          double         ours)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *docx = g_build_filename (dir, "rules.docx", NULL);
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  double runs[RUNS], first;

  if (soffice == NULL)
    {
      g_print ("LibreOffice (soffice) is not installed: no comparison\n");
      return;
    }
  doc = hg_pack_build_doc (pack, context, "rules", &error);
  g_assert_no_error (error);
  g_assert_true (hg_docx_write (doc, docx, &error));

  /* The first run also creates LibreOffice's profile: shown apart. */
  first = soffice_to_pdf (soffice, docx, dir);
  for (guint run = 0; run < RUNS; run++)
    runs[run] = soffice_to_pdf (soffice, docx, dir);
  if (first < 0 || median (runs) < 0)
    {
      g_print ("LibreOffice could not convert %s\n", docx);
      return;
    }
  g_print ("\nrules: Hinagata's own PDF against LibreOffice converting Hinagata's DOCX\n");
  g_print ("%-44s %8.0f ms\n", "Hinagata, HgDoc to PDF (median)", ours);
  g_print ("%-44s %8.0f ms\n", "soffice --convert-to pdf, first run", first);
  g_print ("%-44s %8.0f ms\n", "soffice --convert-to pdf, median of the next", median (runs));
  g_print ("%-44s %8.1f x\n", "LibreOffice / Hinagata", median (runs) / ours);
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
  double rules_ms = 0;

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
      if (d == 0)
        rules_ms = median (write);
      g_print ("%-14s %7.1f ms %7.1f ms %7.1f ms %8u %7.0f kB\n", documents[d], median (build),
               median (layout), median (write), pages, st.st_size / 1024.0);
    }

  compare_with_libreoffice (pack, context, dir, rules_ms);

  if (argc > 1)
    g_print ("PDFs kept in %s\n", out_dir);
  g_clear_object (&workbook);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
    (void) system (cmd);
  }
  return 0;
}

/* test-print.c: printing through GtkPrintOperation
 *
 * Exports through GTK's own PDF path (GTK_PRINT_OPERATION_ACTION_EXPORT),
 * which lays the document out with the print context's Pango context, and
 * checks that it breaks on exactly the pages of hg_pdf_write()'s file.
 * Needs a display, like the other widget tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "hg-pdf-writer.h"
#include "hg-print-operation.h"
#include "hg-test-util.h"

/* The same pages whether printed or exported: the same count, and every
 * page with the same lines. */
static void
test_export_matches_pdf (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *written = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *written_pages = NULL;
  g_autofree char *printed_pages = NULL;
  g_autofree char *size = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("pdfinfo or pdftotext is not installed (poppler-utils)");
      return;
    }
  dir = hg_test_make_dir ();
  written = g_build_filename (dir, "written.pdf", NULL);
  printed = g_build_filename (dir, "printed.pdf", NULL);
  doc = hg_test_typical_doc (dir, "rules");
  hg_doc_add_revision (doc, 1, "2026-04-01", "制定", "総務部 佐藤", "代表取締役 山田",
                       "2026-04-01");

  g_assert_true (hg_pdf_write (doc, written, &error));
  g_assert_no_error (error);
  g_assert_true (hg_print_doc (NULL, doc, GTK_PRINT_OPERATION_ACTION_EXPORT, printed, &error));
  g_assert_no_error (error);

  written_pages = hg_test_pdf_info (pdfinfo, written, "Pages");
  printed_pages = hg_test_pdf_info (pdfinfo, printed, "Pages");
  size = hg_test_pdf_info (pdfinfo, printed, "Page size");
  g_assert_cmpint (atoi (printed_pages), >=, 25);
  g_assert_cmpstr (printed_pages, ==, written_pages);
  g_assert_nonnull (strstr (size, "(A4)"));

  for (int page = 1; page <= atoi (written_pages); page++)
    {
      g_autofree char *number = g_strdup_printf ("%d", page);
      const char *written_argv[] = { pdftotext, "-enc", "UTF-8", "-f", number, "-l", number,
                                     written, "-", NULL };
      const char *printed_argv[] = { pdftotext, "-enc", "UTF-8", "-f", number, "-l", number,
                                     printed, "-", NULL };
      g_autofree char *written_text = hg_test_run_tool (written_argv);
      g_autofree char *printed_text = hg_test_run_tool (printed_argv);

      g_assert_cmpstr (printed_text, ==, written_text);
    }

  g_unlink (written);
  g_unlink (printed);
  hg_test_remove_dir (dir);
}

/* The paper and the printer's options of the last print are there for
 * the next; before any print, A4. */
static void
test_settings_kept (void)
{
  g_autoptr(HgDoc) doc = hg_doc_new ("test", "規程", "株式会社みどり精機");
  g_autoptr(HgPrintOperation) first = hg_print_operation_new (doc);
  g_autoptr(HgPrintOperation) second = NULL;
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) b5 = gtk_paper_size_new (GTK_PAPER_NAME_B5);
  g_autofree char *saved = g_build_filename (g_get_user_config_dir (), "hinagata",
                                             "print-settings.ini", NULL);
  GtkPageSetup *restored;

  restored = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (first));
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (restored)), ==,
                   GTK_PAPER_NAME_A4);

  gtk_print_settings_set_n_copies (settings, 3);
  gtk_print_settings_set_printer (settings, "経理部のプリンター");
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (first), settings);
  gtk_page_setup_set_paper_size (setup, b5);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (first), setup);
  hg_print_operation_save_settings (first);
  g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));

  second = hg_print_operation_new (doc);
  g_assert_cmpint (gtk_print_settings_get_n_copies (
                     gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (second))),
                   ==, 3);
  g_assert_cmpstr (gtk_print_settings_get_printer (
                     gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (second))),
                   ==, "経理部のプリンター");
  restored = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (second));
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (restored)), ==,
                   GTK_PAPER_NAME_B5);
  g_assert_cmpint (gtk_page_setup_get_orientation (restored), ==,
                   GTK_PAGE_ORIENTATION_LANDSCAPE);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  hg_test_private_user_dirs ();
  gtk_init ();

  g_test_add_func ("/print/export-matches-pdf", test_export_matches_pdf);
  g_test_add_func ("/print/settings-kept", test_settings_kept);
  return g_test_run ();
}

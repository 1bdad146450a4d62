/* test-office.c: LibreOffice opens our DOCX and ODT files
 *
 * Each file is converted to PDF by LibreOffice, headless, with a profile
 * of its own, and the PDF is read back with Poppler's tools. LibreOffice
 * exits with 0 and writes a PDF even for a file it could only read as
 * plain text, so the checks go further: the PDF's title and author come
 * from the document properties, the text has the company, the chapters,
 * a rule and the review mark, and the contents got their page numbers.
 *
 * Skipped where LibreOffice Writer is not installed (the parts of a check
 * that need pdfinfo or pdftotext, where those are not). LibreOffice takes
 * a few seconds to start, hence a program of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hg-docx-writer.h"
#include "hg-odt-writer.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

#define HOSTILE "<&>\"'{}商事"

typedef struct
{
  const char   *file;
  HgTestWriter  write;
} Format;

static const Format docx = { "規程.docx", hg_docx_write };
static const Format odt = { "規程.odt", hg_odt_write };

/* LibreOffice with Writer, or NULL. soffice alone is not enough: a
 * Calc-only installation has it and cannot open a text document. */
static char *
find_writer (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = NULL;
  g_autofree char *library = NULL;
  char *real;

  if (soffice == NULL || (real = realpath (soffice, NULL)) == NULL)
    return NULL;
  dir = g_path_get_dirname (real);
  free (real);
  library = g_build_filename (dir, "libswlo.so", NULL);
  return g_file_test (library, G_FILE_TEST_EXISTS) ? g_steal_pointer (&soffice) : NULL;
}

/* Runs @argv and returns what it printed; the test fails unless it exits
 * with 0. The test environment's debugging settings are for our code:
 * with G_DEBUG=fatal-warnings, LibreOffice, which uses GLib too, stops
 * at its own first warning. */
static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = g_get_environ ();
  char *out = NULL;
  int status;

  env = g_environ_unsetenv (env, "G_DEBUG");
  env = g_environ_unsetenv (env, "MALLOC_CHECK_");
  env = g_environ_unsetenv (env, "GSETTINGS_BACKEND");
  env = g_environ_unsetenv (env, "GSETTINGS_SCHEMA_DIR");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

/* Without white space, which the PDF's line breaks put anywhere. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
test_convert (gconstpointer data)
{
  const Format *format = data;
  g_autofree char *soffice = find_writer ();
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *base = NULL;
  g_autofree char *output = NULL;
  g_autoptr(HgDoc) doc = NULL;
  gsize length = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice Writer is not installed");
      return;
    }

  dir = hg_test_make_dir ();
  path = g_build_filename (dir, format->file, NULL);
  doc = hg_test_doc_from_pack (dir, "rules", HOSTILE, TRUE);
  hg_test_write_ok (format->write, doc, path);

  /* In the isolated cache folder, which GLib removes after the test. */
  profile = g_strconcat ("-env:UserInstallation=file://", g_get_user_cache_dir (), "/lo", NULL);
  {
    const char *argv[] = { soffice, "--headless", "--norestore", profile,
                           "--convert-to", "pdf", "--outdir", dir, path, NULL };

    output = run (argv);
  }
  base = g_strndup (format->file, strrchr (format->file, '.') - format->file);
  pdf = g_strdup_printf ("%s/%s.pdf", dir, base);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 10000);
  }

  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, "-enc", "UTF-8", pdf, NULL };
      g_autofree char *info = run (argv);
      g_autofree char *title = g_strdup_printf ("Title:           %s\n", doc->title);
      g_autofree char *author = g_strdup_printf ("Author:          %s\n", HOSTILE);
      const char *pages = strstr (info, "Pages:");

      /* Read as a document, not as text: the properties came through. */
      hg_test_assert_contains (info, title);
      hg_test_assert_contains (info, author);
      g_assert_nonnull (pages);
      g_assert_cmpint (atoi (pages + strlen ("Pages:")), >=, 20);
    }
  else
    g_test_message ("pdfinfo is not installed: the PDF's properties are not checked");

  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };
      g_autofree char *raw = run (argv);
      g_autofree char *text = squeeze (raw);

      hg_test_assert_contains (text, HOSTILE);
      hg_test_assert_contains (text, HG_DOC_REVISIONS_TITLE);
      hg_test_assert_contains (text, HG_DOC_OUTDATED_MARK);
      for (guint i = 0; i < doc->blocks->len; i++)
        {
          const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);
          g_autofree char *rule = NULL;

          if (b->kind == HG_DOC_HEADING && b->level == 1)
            hg_test_assert_contains (text, b->text);
          if (g_strcmp0 (b->key, "org_roles_set") == 0)
            {
              rule = squeeze (b->text);
              hg_test_assert_contains (text, rule);
            }
        }
      /* The contents show page numbers that no one had to update: the
       * line of chapter 1 ends in one. */
      if (!g_regex_match_simple ("組織的対策\\.{3,} ?[0-9]+$", raw, G_REGEX_MULTILINE, 0))
        g_error ("no page number in the contents: %.600s", raw);
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's text is not checked");

  hg_test_remove_dir (dir);
}

/* The basic policy, a document of one chapter, is one page in Word and
 * Writer too: no cover, its signature on the page with its text, the
 * revision history after it. */
static void
test_one_page (gconstpointer data)
{
  const Format *format = data;
  g_autofree char *soffice = find_writer ();
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *base = NULL;
  g_autofree char *output = NULL;
  g_autoptr(HgDoc) doc = NULL;

  if (soffice == NULL || pdftotext == NULL)
    {
      g_test_skip ("LibreOffice Writer or pdftotext is not installed");
      return;
    }
  dir = hg_test_make_dir ();
  path = g_build_filename (dir, format->file, NULL);
  doc = hg_test_doc_from_pack (dir, "basic_policy", "株式会社テスト精機", TRUE);
  hg_test_write_ok (format->write, doc, path);
  profile = g_strconcat ("-env:UserInstallation=file://", g_get_user_cache_dir (), "/lo", NULL);
  {
    const char *argv[] = { soffice, "--headless", "--norestore", profile,
                           "--convert-to", "pdf", "--outdir", dir, path, NULL };

    output = run (argv);
  }
  base = g_strndup (format->file, strrchr (format->file, '.') - format->file);
  pdf = g_strdup_printf ("%s/%s.pdf", dir, base);
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", "-f", "1", "-l", "1", pdf, "-", NULL };
    g_autofree char *raw = run (argv);
    g_autofree char *first = squeeze (raw);

    hg_test_assert_contains (first, "情報セキュリティ基本方針");
    hg_test_assert_contains (first, "附則");
    hg_test_assert_contains (first, "株式会社テスト精機");
    hg_test_assert_contains (first, "代表取締役社長");
    g_assert_null (strstr (first, HG_DOC_REVISIONS_TITLE));
  }
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_data_func ("/office/docx-one-page", &docx, test_one_page);
  g_test_add_data_func ("/office/odt-one-page", &odt, test_one_page);
  g_test_add_data_func ("/office/docx-to-pdf", &docx, test_convert);
  g_test_add_data_func ("/office/odt-to-pdf", &odt, test_convert);
  return g_test_run ();
}

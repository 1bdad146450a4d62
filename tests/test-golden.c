/* test-golden.c: what Hinagata writes for three companies, read in full
 *
 * The basic policy, the rules, the handbook, the forms and the risk
 * report of the example company, of a 20-person company with every role
 * filled and of
 * an 8-person company whose representative is the CISO, as plain text,
 * against tests/golden/COMPANY-DOCUMENT.txt. A change to the pack or to
 * the code that changes a word shows here as a diff to read; once read,
 *   HG_UPDATE_GOLDEN=1 meson test -C _build golden
 * writes the new texts over the files, to be committed with the change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "hg-policy.h"
#include "hg-risk-report.h"
#include "hg-risk-sheet.h"
#include "hg-test-companies.h"
#include "hg-test-util.h"

#define DIFF_LINES 60

static const char *documents[] = { "basic_policy", "rules", "handbook", "forms",
                                    HG_RISK_REPORT_ID };

/* The first DIFF_LINES lines of `diff -u` from @golden to @text, on
 * stderr. */
static void
show_diff (const char *dir,
           const char *golden,
           const char *text)
{
  g_autofree char *actual = g_build_filename (dir, "actual.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { "diff", "-u", golden, actual, NULL };

  g_assert_true (g_file_set_contents (actual, text, -1, &error));
  g_assert_no_error (error);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                     NULL, &error))
    {
      fprintf (stderr, "(no diff: %s)\n", error->message);
      return;
    }
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && i < DIFF_LINES; i++)
    fprintf (stderr, "%s\n", lines[i]);
}

static void
compare (const char *dir,
         const char *name,
         const char *text)
{
  g_autofree char *file = g_strconcat (name, ".txt", NULL);
  g_autofree char *golden_path = g_build_filename (g_getenv ("G_TEST_SRCDIR")
                                                   ? g_getenv ("G_TEST_SRCDIR") : ".",
                                                   "golden", file, NULL);
  g_autofree char *golden = NULL;

  if (g_strcmp0 (g_getenv ("HG_UPDATE_GOLDEN"), "1") == 0)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (golden_path, text, -1, &error));
      g_assert_no_error (error);
      g_test_message ("wrote %s", golden_path);
      return;
    }
  if (!g_file_get_contents (golden_path, &golden, NULL, NULL) || !g_str_equal (golden, text))
    {
      /* On stderr, which meson test --print-errorlogs shows, as bytes:
       * g_printerr() would turn the Japanese into "?" in the C locale. */
      fprintf (stderr, "%s differs from what Hinagata writes now:\n", golden_path);
      show_diff (dir, golden_path, text);
      fprintf (stderr, "Read the difference; if it is right, accept it with\n"
                  "  HG_UPDATE_GOLDEN=1 meson test -C _build golden\n");
      g_test_fail ();
    }
}

static void
test_company (gconstpointer data)
{
  HgTestCompany company = GPOINTER_TO_UINT (data);
  static const char *languages[] = { "ja", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autoptr(HgRiskCatalogue) catalogue = hg_risk_catalogue_load_builtin (languages, &error);
  g_autofree char *dir = hg_test_make_dir ();
  g_autoptr(HgWorkbook) workbook = NULL;

  g_assert_no_error (error);
  workbook = hg_test_company_new (company, dir, pack, catalogue);
  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s", hg_test_company_name (company),
                                               documents[d]);
      g_autoptr(HgDoc) doc = NULL;
      g_autofree char *text = NULL;

      if (g_str_equal (documents[d], HG_RISK_REPORT_ID))
        {
          g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (workbook, catalogue);

          doc = hg_risk_report_build (sheet, pack);
        }
      else
        doc = hg_policy_build_document (workbook, pack, documents[d], &error);
      g_assert_no_error (error);
      text = hg_doc_to_text (doc);
      compare (dir, name, text);
    }
  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (HgTestCompany c = 0; c < HG_TEST_N_COMPANIES; c++)
    {
      g_autofree char *path = g_strdup_printf ("/golden/%s", hg_test_company_name (c));

      g_test_add_data_func (path, GUINT_TO_POINTER (c), test_company);
    }
  return g_test_run ();
}

/* fuzz-main.c: runs a fuzz target over files, without libFuzzer
 *
 * Linked with fuzz-csv.c or fuzz-xlsx.c, this turns the target into an
 * ordinary program that feeds it every file of the seed corpus: the corpora
 * run as tests in every build, and a crash found by libFuzzer can be
 * replayed under gdb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      exit (EXIT_FAILURE);
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

int
main (int   argc,
      char *argv[])
{
  guint n_files = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
          const char *name;

          if (dir == NULL)
            {
              fprintf (stderr, "%s\n", error->message);
              return EXIT_FAILURE;
            }
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *path = g_build_filename (argv[i], name, NULL);

              run_file (path);
              n_files++;
            }
        }
      else
        {
          run_file (argv[i]);
          n_files++;
        }
    }

  if (n_files == 0)
    {
      fprintf (stderr, "usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
      return EXIT_FAILURE;
    }

  printf ("%u inputs passed\n", n_files);
  return EXIT_SUCCESS;
}

/* fuzz-workbook.c: libFuzzer target for opening a workbook file
 *
 * The input is written to a file of its own in a private directory, which
 * is then checked, opened read-only and read the way `hinagata-cli info`
 * reads it, and opened for editing. Besides "no crash, no hang, no sanitizer
 * report", every input checks:
 *
 *  - a refusal is an HG_WORKBOOK_ERROR with a short message in valid UTF-8;
 *  - the file is byte for byte the input after every refusal, and after
 *    everything read-only (check, read-only open and its reads);
 *  - a file accepted for editing takes an edit and its undo, and is sound
 *    afterwards.
 *
 * Checks use abort() rather than g_assert(), which a release build removes.
 * Linked with fuzz-main.c it runs the seed corpus as an ordinary test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hg-asset-store.h"
#include "hg-company.h"
#include "hg-error.h"
#include "hg-migrations.h"
#include "hg-workbook.h"

#define fuzz_check(condition)                                                 \
  G_STMT_START {                                                              \
    if (!(condition))                                                         \
      {                                                                       \
        fprintf (stderr, "%s:%d: check failed: %s\n",                         \
                 __FILE__, __LINE__, #condition);                             \
        abort ();                                                             \
      }                                                                       \
  } G_STMT_END

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static char *scratch_dir;
static char *input_path;

/* Everything in the scratch directory: the input, SQLite's -wal and -shm,
 * and the backup an upgrade writes beside an older file. */
static void
empty_scratch (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch_dir, name, NULL);

      g_unlink (path);
    }
}

static void
remove_scratch (void)
{
  empty_scratch ();
  g_rmdir (scratch_dir);
}

static void
check_refusal (const GError *error)
{
  fuzz_check (error != NULL);
  fuzz_check (error->domain == HG_WORKBOOK_ERROR);
  fuzz_check (error->message != NULL && error->message[0] != '\0');
  fuzz_check (g_utf8_validate (error->message, -1, NULL));
  fuzz_check (strlen (error->message) < 4000);
}

static void
check_unchanged (const uint8_t *data,
                 size_t         size)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  fuzz_check (g_file_get_contents (input_path, &contents, &length, NULL));
  fuzz_check (length == size);
  fuzz_check (size == 0 || memcmp (contents, data, size) == 0);
}

/* What `hinagata-cli info`, `check` and `assets list` read. */
static void
read_like_info (HgWorkbook *workbook)
{
  static const char * const tables[] = { "department", "person", "org_role", "asset" };

  /* Its result does not matter here, only that it returns. */
  g_free (hg_workbook_check_integrity (workbook));
  if (hg_workbook_get_schema_version (workbook) < hg_migrations_get_latest ())
    return;

  for (guint f = 0; f < HG_COMPANY_N_FIELDS; f++)
    g_free (hg_company_get (workbook, f));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    hg_workbook_count_rows (workbook, tables[i]);
  g_ptr_array_unref (hg_asset_store_load (workbook));
}

static void
edit_and_undo (HgWorkbook *workbook)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;

  /* An edit may be refused (a constraint the fuzzer broke elsewhere in the
   * row), but only with a message; an undo after it restores the row. */
  if (hg_company_set (workbook, HG_COMPANY_FIELD_INDUSTRY, "製造業", &error))
    {
      if (hg_workbook_can_undo (workbook))
        fuzz_check (hg_workbook_undo (workbook, &error));
    }
  else
    check_refusal (error);

  problems = hg_workbook_check_integrity (workbook);
  if (problems != NULL)
    {
      fprintf (stderr, "accepted for editing, unsound after an edit:\n%s\n", problems);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (scratch_dir == NULL)
    {
      scratch_dir = g_dir_make_tmp ("hg-fuzz-workbook-XXXXXX", NULL);
      fuzz_check (scratch_dir != NULL);
      input_path = g_build_filename (scratch_dir, "input.hinagata", NULL);
      atexit (remove_scratch);
    }
  empty_scratch ();
  fuzz_check (g_file_set_contents (input_path, (const char *) data, size, NULL));

  problems = hg_workbook_check_file (input_path, &error);
  if (problems == NULL)
    check_refusal (error);
  g_clear_error (&error);
  check_unchanged (data, size);

  workbook = hg_workbook_open (input_path, HG_WORKBOOK_OPEN_READ_ONLY, &error);
  if (workbook != NULL)
    read_like_info (workbook);
  else
    check_refusal (error);
  g_clear_object (&workbook);
  g_clear_error (&error);
  check_unchanged (data, size);

  workbook = hg_workbook_open (input_path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    {
      check_refusal (error);
      check_unchanged (data, size);
      return 0;
    }
  edit_and_undo (workbook);
  return 0;
}

/* Without libFuzzer, fuzz-main.c runs this over the seed corpus as a test. */

/* fuzz-xlsx.c: libFuzzer target for XLSX import and export
 *
 * Besides "no crash, no hang, no memory blow-up, no sanitizer report",
 * every input checks:
 *
 *  - a refused input gets an HG_XLSX_ERROR (not IO) with a
 *    short message in valid UTF-8, never a table and an error, never
 *    neither;
 *  - an accepted one has rows numbered 1 to 1,048,576, at most 16,384
 *    cells each, all valid UTF-8;
 *  - writing those rows with hg_xlsx_write_file() and reading the file
 *    back gives the same cells, so whatever the reader returns, the
 *    writer's escaping carries it.
 *
 * Checks use abort() rather than g_assert(), which a release build removes.
 *
 * Linked with fuzz-main.c it is an ordinary program that runs the files,
 * or the files in the directories, named on its command line: the seed
 * corpus then runs as a regression test without libFuzzer.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I_build -Isrc/core \
 *     $(pkg-config --cflags glib-2.0 libxml-2.0 libarchive) \
 *     tests/fuzz/fuzz-xlsx.c src/core/formats/hg-xlsx-reader.c src/core/formats/hg-xml-scanner.c \
 *     src/core/formats/hg-xlsx-writer.c \
 *     src/core/base/hg-table.c src/core/base/hg-error.c \
 *     $(pkg-config --libs glib-2.0 libxml-2.0 libarchive) -o fuzz-xlsx
 *   mkdir -p /tmp/xlsx-corpus && ./fuzz-xlsx /tmp/xlsx-corpus tests/fuzz/corpus-xlsx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hg-xlsx.h"
#include "hg-xlsx-book.h"

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

/* All sheets at once (the check-sheet import): the same refusals, and
 * hidden columns, drop-down ranges and options within their bounds. */
static void
check_book (const uint8_t *data,
            size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) book = hg_xlsx_read_book_memory (data, size, &error);

  fuzz_check ((book == NULL) != (error == NULL));
  if (book == NULL)
    {
      fuzz_check (error->domain == HG_XLSX_ERROR && error->code != HG_XLSX_ERROR_IO);
      fuzz_check (g_utf8_validate (error->message, -1, NULL));
      return;
    }
  fuzz_check (book->len >= 1 && book->len <= HG_XLSX_BOOK_MAX_SHEETS);
  for (guint i = 0; i < book->len; i++)
    {
      HgXlsxBookSheet *sheet = g_ptr_array_index (book, i);

      fuzz_check (g_utf8_validate (sheet->name, -1, NULL));
      fuzz_check (sheet->validations->len <= HG_XLSX_BOOK_MAX_VALIDATIONS);
      for (guint h = 0; h + 1 < sheet->hidden->len; h += 2)
        fuzz_check (g_array_index (sheet->hidden, guint, h)
                    <= g_array_index (sheet->hidden, guint, h + 1));
      for (guint v = 0; v < sheet->validations->len; v++)
        {
          HgXlsxValidation *val = g_ptr_array_index (sheet->validations, v);

          fuzz_check (val->first_row >= 1 && val->first_row <= val->last_row);
          fuzz_check (val->first_column <= val->last_column && val->last_column < 16384);
          fuzz_check (g_strv_length (val->options) >= 1
                      && g_strv_length (val->options) <= HG_XLSX_BOOK_MAX_OPTIONS);
          for (guint o = 0; val->options[o] != NULL; o++)
            fuzz_check (g_utf8_validate (val->options[o], -1, NULL));
        }
    }
}

static char *scratch_path;

static void
remove_scratch (void)
{
  g_unlink (scratch_path);
}

static void
check_round_trip (HgTable *table)
{
  g_autoptr(HgTable) back = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = hg_table_get_n_rows (table);

  if (scratch_path == NULL)
    {
      g_autofree char *name = g_strdup_printf ("hg-fuzz-xlsx-%d.xlsx", (int) getpid ());

      scratch_path = g_build_filename (g_get_tmp_dir (), name, NULL);
      atexit (remove_scratch);
    }

  /* With no columns every cell is text. A cell longer than a spreadsheet
   * cell may be is refused by the writer, and that is all it may refuse. */
  if (!hg_xlsx_write_file (scratch_path, "S", NULL, 0, table, &error))
    {
      fuzz_check (g_error_matches (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE));
      return;
    }

  back = hg_xlsx_read_file (scratch_path, NULL, &error);
  if (back == NULL)
    {
      fprintf (stderr, "the written rows do not read back: %s\n", error->message);
      abort ();
    }

  /* Row 1 is the (empty, so absent) header: row i comes back as i + 2. */
  fuzz_check (hg_table_get_n_rows (back) == n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      guint length = hg_table_get_row_length (table, i);

      fuzz_check (hg_table_get_source_line (back, i) == i + 2);
      fuzz_check (hg_table_get_row_length (back, i) == length);
      for (guint c = 0; c < length; c++)
        if (g_strcmp0 (hg_table_get_cell (back, i, c), hg_table_get_cell (table, i, c)) != 0)
          {
            fprintf (stderr, "row %u column %u: wrote “%s”, read “%s”\n", i, c,
                     hg_table_get_cell (table, i, c), hg_table_get_cell (back, i, c));
            abort ();
          }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgTable) table = hg_xlsx_read_memory (data, size, NULL, &error);

  check_book (data, size);
  fuzz_check ((table == NULL) != (error == NULL));
  if (table == NULL)
    {
      fuzz_check (error->domain == HG_XLSX_ERROR && error->code != HG_XLSX_ERROR_IO);
      fuzz_check (error->message != NULL && error->message[0] != '\0');
      fuzz_check (g_utf8_validate (error->message, -1, NULL));
      fuzz_check (strlen (error->message) < 2000);
      return 0;
    }

  for (guint i = 0; i < hg_table_get_n_rows (table); i++)
    {
      guint line = hg_table_get_source_line (table, i);
      guint length = hg_table_get_row_length (table, i);
      gboolean any = FALSE;

      fuzz_check (line >= 1 && line <= 1048576);
      fuzz_check (length >= 1 && length <= 16384);
      for (guint c = 0; c < length; c++)
        {
          const char *cell = hg_table_get_cell (table, i, c);

          fuzz_check (g_utf8_validate (cell, -1, NULL));
          any |= cell[0] != '\0';
        }
      fuzz_check (any);  /* empty rows are skipped */
    }

  check_round_trip (table);
  return 0;
}

/* Without libFuzzer, fuzz-main.c runs this over the seed corpus as a test. */

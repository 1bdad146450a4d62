/* fuzz-csv.c: libFuzzer target for CSV import and export
 *
 * Besides "no crash, no hang, no sanitizer report", every input checks:
 *
 *  - a refused input gets an error that names a line of the input;
 *  - an accepted one has valid UTF-8 cells in rows that start on strictly
 *    increasing lines;
 *  - writing the rows back with hg_csv_append_row() and reading the result
 *    gives the same cells, both as hg_csv_write_file() writes it (after a
 *    byte order mark) and without the mark;
 *  - reading the input a few bytes at a time (1 to 8, chosen by the input),
 *    as the reader reads a file in pieces, gives the same rows, lines and
 *    error;
 *  - the rows read as each register's import (contacts, services, carry-out
 *    log) are refused as a whole with an HG_IMPORT_ERROR, or previewed with
 *    every problem on a line of the input and its value shown short, in
 *    valid UTF-8.
 *
 * Checks use abort() rather than g_assert(), which a release build removes.
 *
 * Linked with fuzz-main.c it is an ordinary program that runs the files,
 * or the files in the directories, named on its command line: the seed
 * corpus then runs as a regression test without libFuzzer.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I_build -Isrc/core \
 *     $(pkg-config --cflags glib-2.0) tests/fuzz/fuzz-csv.c src/core/formats/hg-csv.c \
 *     src/core/formats/hg-csv-reader.c src/core/base/hg-table.c src/core/base/hg-error.c \
 *     $(pkg-config --libs glib-2.0) -o fuzz-csv
 *   (the register imports need the whole core: tests/fuzz/meson.build links it)
 *   mkdir -p /tmp/csv-corpus && ./fuzz-csv /tmp/csv-corpus tests/fuzz/corpus-csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hg-csv-reader.h"
#include "hg-register-imports.h"

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

/* The number of lines a text editor shows: one more than the line ends. */
static guint
count_lines (const uint8_t *data,
             size_t         size)
{
  guint n = 1;

  for (size_t i = 0; i < size; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
      n++;
  return n;
}

static void
check_round_trip (HgTable  *table,
                  gboolean  with_bom)
{
  g_autoptr(GString) out = g_string_new (with_bom ? "\xEF\xBB\xBF" : "");
  g_autoptr(HgTable) back = NULL;
  g_autoptr(GError) error = NULL;
  HgCsvEncoding encoding = HG_CSV_ENCODING_CP932;
  guint n_rows = hg_table_get_n_rows (table);

  for (guint i = 0; i < n_rows; i++)
    hg_csv_append_row (out, (const char * const *) g_ptr_array_index (table->rows, i), -1);

  back = hg_csv_parse (out->str, out->len, &encoding, &error);
  if (back == NULL)
    {
      fprintf (stderr, "the written rows do not read back: %s\n", error->message);
      abort ();
    }

  fuzz_check (encoding == (with_bom ? HG_CSV_ENCODING_UTF8_BOM : HG_CSV_ENCODING_UTF8));
  fuzz_check (hg_table_get_n_rows (back) == n_rows);
  for (guint i = 0; i < n_rows; i++)
    fuzz_check (g_strv_equal ((const char * const *) g_ptr_array_index (table->rows, i),
                              (const char * const *) g_ptr_array_index (back->rows, i)));
}

/* The rows of @table (or the error @expected) again, from small reads. */
static void
check_in_pieces (const uint8_t *data,
                 size_t         size,
                 HgTable       *table,
                 const GError  *expected)
{
  g_autoptr(HgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  gsize read_size = 1 + (size > 0 ? data[size / 2] % 8 : 0);
  HgTableRow row;
  guint n = 0;

  reader = _hg_csv_reader_new_sized ((const char *) data, size, read_size, &error);
  while (reader != NULL && hg_csv_reader_next (reader, &row, &error))
    {
      if (table == NULL)
        continue;
      fuzz_check (n < hg_table_get_n_rows (table));
      fuzz_check (row.line == hg_table_get_source_line (table, n));
      fuzz_check (row.n_cells == hg_table_get_row_length (table, n));
      for (guint i = 0; i < row.n_cells; i++)
        fuzz_check (strcmp (row.cells[i], hg_table_get_cell (table, n, i)) == 0);
      n++;
    }
  if (expected != NULL)
    fuzz_check (error != NULL && strcmp (error->message, expected->message) == 0);
  else
    fuzz_check (error == NULL && n == hg_table_get_n_rows (table));
}

/* The rows as each register's import reads them. */
static void
check_registers (HgTable *table,
                 guint    n_lines)
{
  for (guint r = 0; r < HG_REGISTER_N; r++)
    {
      g_autoptr(HgSheetReader) reader = hg_sheet_reader_new_for_table (table);
      g_autoptr(HgRegisterImport) import = hg_register_import_new (hg_register_get_import (r));
      g_autoptr(GError) error = NULL;
      GPtrArray *problems;

      if (!hg_register_import_check_rows (import, reader, NULL, &error))
        {
          fuzz_check (error != NULL && error->domain == HG_IMPORT_ERROR);
          continue;
        }
      fuzz_check (hg_register_import_get_n_rows (import) > 0);
      problems = hg_register_import_get_problems (import);
      fuzz_check (problems->len <= hg_register_import_get_n_problems (import));
      for (guint i = 0; i < problems->len; i++)
        {
          const HgImportProblem *p = g_ptr_array_index (problems, i);

          fuzz_check (p->line >= 1 && p->line <= n_lines);
          fuzz_check (g_utf8_validate (p->value, -1, NULL));
          fuzz_check (g_utf8_strlen (p->value, -1) <= 21);
        }
      for (guint i = 0; i < hg_register_import_get_n_rows (import); i++)
        {
          g_auto(GStrv) cells = hg_register_import_describe_row (import, i);

          fuzz_check (g_strv_length (cells) == hg_register_import_get_n_columns (import));
          for (guint c = 0; cells[c] != NULL; c++)
            fuzz_check (g_utf8_validate (cells[c], -1, NULL));
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;
  guint n_lines = count_lines (data, size);
  guint previous_line = 0;

  table = hg_csv_parse ((const char *) data, size, NULL, &error);
  check_in_pieces (data, size, table, error);

  if (table == NULL)
    {
      guint line = 0;

      /* No setlocale(), so messages are untranslated here. */
      fuzz_check (error != NULL);
      fuzz_check (error->domain == HG_CSV_ERROR);
      fuzz_check (error->code != HG_CSV_ERROR_IO);
      fuzz_check (sscanf (error->message, "Line %u:", &line) == 1);
      fuzz_check (line >= 1 && line <= n_lines);
      return 0;
    }

  fuzz_check (error == NULL);
  fuzz_check (table->rows->len == table->source_lines->len);

  for (guint i = 0; i < hg_table_get_n_rows (table); i++)
    {
      GStrv row = g_ptr_array_index (table->rows, i);
      guint line = hg_table_get_source_line (table, i);

      fuzz_check (row != NULL && row[0] != NULL);
      fuzz_check (line > previous_line);
      fuzz_check (line <= n_lines);
      previous_line = line;

      for (guint j = 0; row[j] != NULL; j++)
        fuzz_check (g_utf8_validate (row[j], -1, NULL));
    }

  check_round_trip (table, TRUE);
  check_round_trip (table, FALSE);
  check_registers (table, n_lines);
  return 0;
}

/* Without libFuzzer, fuzz-main.c runs this over the seed corpus as a test. */

/* fuzz-xlsx-patch.c: libFuzzer target for the splice that writes answers
 * back into a customer's sheet (hg_xlsx_patch_sheet_xml())
 *
 * The input is taken as a sheet's XML and a fixed set of edits is spliced
 * into it: cells that are there, missing, in missing rows, at the sheet's
 * far corner, and one emptied. Besides "no crash, no hang, no sanitizer
 * report", every input checks:
 *
 *  - a refused input gets an error of HG_XLSX_ERROR or HG_XLSX_PATCH_ERROR
 *    with a message in valid UTF-8, never a result and an error;
 *  - an accepted one keeps every byte before the first change, and
 *    splicing the same edits into the result gives the result again: a
 *    second write-back of the same answers changes nothing.
 *
 * Built like fuzz-xlsx.c (see there), from src/core/formats/hg-xlsx-patch.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hg-xlsx.h"
#include "hg-xlsx-patch.h"

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

static const HgXlsxEdit edits[] = {
  { NULL, "B2", "回答 & <備考>\r\n二行目" },
  { NULL, "A1", "" },
  { NULL, "H12", "○" },
  { NULL, "C5", "\001制御文字" },
  { NULL, "XFD1048576", "end" },
};

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0, again_length = 0;
  g_autofree char *out = hg_xlsx_patch_sheet_xml ((const char *) data, size, edits,
                                                  G_N_ELEMENTS (edits), &length, &error);
  g_autofree char *again = NULL;

  if (out == NULL)
    {
      fuzz_check (error != NULL);
      fuzz_check (error->domain == HG_XLSX_ERROR || error->domain == HG_XLSX_PATCH_ERROR);
      fuzz_check (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  fuzz_check (error == NULL);
  fuzz_check (length >= 1);
  again = hg_xlsx_patch_sheet_xml (out, length, edits, G_N_ELEMENTS (edits), &again_length,
                                   &error);
  fuzz_check (again != NULL);
  fuzz_check (again_length == length && memcmp (again, out, length) == 0);
  return 0;
}

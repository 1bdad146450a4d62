/* hg-xlsx-patch.h: a few cells written into a copy of someone else's
 * Excel workbook, leaving every other byte of it as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-job.h"

G_BEGIN_DECLS

#define HG_XLSX_PATCH_ERROR (hg_xlsx_patch_error_quark ())

/* Damaged, hostile or too large files fail in HG_XLSX_ERROR (hg-xlsx.h),
 * as on import; the target's own failures in HG_SAVE_ERROR. */
typedef enum
{
  /* The file's SHA-256 is not the one expected: it changed since. */
  HG_XLSX_PATCH_ERROR_CHANGED,
  /* A cell reference that cannot be ("H0", "XFE1", "12"). */
  HG_XLSX_PATCH_ERROR_BAD_CELL,
  /* The cell lies inside a merged range, not at its top-left corner,
   * where Excel shows nothing written. */
  HG_XLSX_PATCH_ERROR_MERGED,
  /* The cell holds a formula, which writing a text would destroy. */
  HG_XLSX_PATCH_ERROR_FORMULA,
  /* The text is longer than a cell holds (32,767 characters). */
  HG_XLSX_PATCH_ERROR_TOO_LONG,
  /* The target is the original file itself. */
  HG_XLSX_PATCH_ERROR_SAME_FILE,
} HgXlsxPatchError;

GQuark    hg_xlsx_patch_error_quark (void);

/* One cell to write: @cell in A1 style ("H12"), @text its new text, or
 * NULL or "" to empty it (its style stays). */
typedef struct
{
  const char *sheet;
  const char *cell;
  const char *text;
} HgXlsxEdit;

/* Writes @path, a copy of the workbook @original in which only the cells
 * of @edits changed. Every other part of the package is copied with the
 * same name, in the same order and with the same content; in an edited
 * sheet only the edited <c> elements change (a missing cell or row is
 * inserted in order), each keeping its style and taking its text as an
 * inline string, so that the shared strings stay as they were. Refused,
 * with nothing written, when the SHA-256 of @original is not
 * @expected_sha256 (hex; NULL skips the check), when @path is @original,
 * when a cell is in a merged range but not its first cell or holds a
 * formula, and when the file fails the importer's checks. Written beside
 * @path and renamed over it (hg-save-file.h); @job (may be NULL) counts
 * the parts and can stop it. */
gboolean  hg_xlsx_patch_file        (const char        *original,
                                     const char        *expected_sha256,
                                     const char        *path,
                                     const HgXlsxEdit  *edits,
                                     guint              n_edits,
                                     HgJob             *job,
                                     GError           **error);

/* The splice on one sheet's XML (all of @edits are taken to be in it,
 * their sheet names not looked at): a new string of *@out_length bytes,
 * or NULL with @error set. @xml need not be well-formed: what cannot be
 * read is refused, never read past (the fuzz target calls this). */
char     *hg_xlsx_patch_sheet_xml   (const char        *xml,
                                     gsize              length,
                                     const HgXlsxEdit  *edits,
                                     guint              n_edits,
                                     gsize             *out_length,
                                     GError           **error);

G_END_DECLS

/* hg-sheet-format.h: what kind of spreadsheet a file is, told by its bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HG_SHEET_FORMAT_CSV,        /* anything else is read as text */
  HG_SHEET_FORMAT_XLSX,
  HG_SHEET_FORMAT_ODS,
  HG_SHEET_FORMAT_XLS,
  HG_SHEET_FORMAT_ENCRYPTED,  /* a password-protected Excel workbook */
} HgSheetFormat;

HgSheetFormat hg_sheet_format_detect (const char *path);

G_END_DECLS

/* hg-xlsx-limits.h: the limits every reader of an untrusted workbook
 * applies (the importer, hg-xlsx-reader.c, and the write-back,
 * hg-xlsx-patch.c), so that a file refused by one is refused by both
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Limits on the container. A real register is a few megabytes; these are
 * generous for it and stop a ZIP bomb long before memory runs out. */
#define HG_XLSX_MAX_ENTRIES      10000
#define HG_XLSX_MAX_PART_BYTES   (G_GUINT64_CONSTANT (256) * 1024 * 1024)
#define HG_XLSX_MAX_TOTAL_BYTES  (G_GUINT64_CONSTANT (512) * 1024 * 1024)
#define HG_XLSX_RATIO_MIN_BYTES  (G_GUINT64_CONSTANT (1) * 1024 * 1024)
#define HG_XLSX_MAX_RATIO        200

/* Excel's own limits on a sheet. */
#define HG_XLSX_MAX_ROWS         1048576
#define HG_XLSX_MAX_COLUMNS      16384
#define HG_XLSX_MAX_CELL_CHARS   32767

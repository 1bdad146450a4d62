/* hg-carryout-export.h: the carry-out log (持出し記録) as CSV or Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The log as rows of text, the header first, in the interface's language;
 * what is overdue as it stands at @now. */
HgTable  *hg_carryout_export_table (HgWorkbook  *workbook,
                                    GPtrArray   *carryouts,
                                    GDateTime   *now);
/* Writes every record to @path: Excel when it ends in ".xlsx", else CSV
 * (a text that Excel would read as a formula is kept as text). */
gboolean  hg_carryout_export       (HgWorkbook  *workbook,
                                    const char  *path,
                                    GDateTime   *now,
                                    GError     **error);

G_END_DECLS

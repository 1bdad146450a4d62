/* hg-law-export.h: the register of laws (法令一覧) as CSV or Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The laws as rows of text, the header first, in the interface's
 * language; the yearly check owed as it stands on @today. */
HgTable  *hg_law_export_table (GPtrArray   *laws,
                               const GDate *today);
/* Writes the laws of the rules under the current answers to @path: Excel
 * when it ends in ".xlsx", else CSV (a text that Excel would read as a
 * formula is kept as text). */
gboolean  hg_law_export       (HgWorkbook  *workbook,
                               HgPack      *pack,
                               const char  *path,
                               const GDate *today,
                               GError     **error);

G_END_DECLS

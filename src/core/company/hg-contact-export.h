/* hg-contact-export.h: the register of whom to call (連絡先) — the roles
 * inside the company and the contacts outside it — as CSV or Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The register as rows of text, the header first, in the interface's
 * language: the roles first, then the contacts. */
HgTable  *hg_contact_export_table (HgWorkbook  *workbook);
/* Writes the register to @path: Excel when it ends in ".xlsx", else CSV
 * (a text that Excel would read as a formula is kept as text). */
gboolean  hg_contact_export       (HgWorkbook  *workbook,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS

/* hg-service-export.h: the register of external services and contractors
 * as CSV or Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The register as rows of text, the header first, in the interface's
 * language; reviews overdue as they stand on @today. */
HgTable  *hg_service_export_table (GPtrArray   *services,
                                   const GDate *today);
/* Writes every service to @path: Excel when it ends in ".xlsx", else CSV
 * (a text that Excel would read as a formula is kept as text). */
gboolean  hg_service_export       (HgWorkbook  *workbook,
                                   const char  *path,
                                   const GDate *today,
                                   GError     **error);

G_END_DECLS

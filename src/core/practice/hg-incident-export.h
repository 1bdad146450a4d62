/* hg-incident-export.h: the incident register as CSV or Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The register as rows of text, the header first, in the interface's
 * language; deadlines as they stand at @now. */
HgTable  *hg_incident_export_table (GPtrArray   *incidents,
                                    GDateTime   *now);
/* Writes every incident to @path: Excel when it ends in ".xlsx", else CSV
 * (UTF-8 with a byte order mark; a text that Excel would read as a formula
 * is kept as text, as every CSV export does). */
gboolean  hg_incident_export       (HgWorkbook  *workbook,
                                    const char  *path,
                                    GDateTime   *now,
                                    GError     **error);

G_END_DECLS

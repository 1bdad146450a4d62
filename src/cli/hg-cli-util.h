/* hg-cli-util.h: what every hinagata-cli command shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-import-sheet.h"
#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

int         hg_cli_usage_error    (const char  *message);
int         hg_cli_fail           (GError      *error);
void        hg_cli_print_field    (const char  *label,
                                   const char  *value);
HgWorkbook *hg_cli_open_read_only (const char  *path,
                                   GError     **error);
HgWorkbook *hg_cli_open_current   (const char  *path,
                                   GError     **error);
void        hg_cli_print_table    (HgTable     *table);
void        hg_cli_print_import_problems (const char  *in,
                                          GPtrArray   *problems,
                                          char       **unknown,
                                          const char  *left_out);
int         hg_cli_policy_documents (int        argc,
                                     char     **argv);
int         hg_cli_employees      (int          argc,
                                   char       **argv);

G_END_DECLS

/* hg-test-util.h: helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-workbook.h"

G_BEGIN_DECLS

char *hg_test_make_dir   (void);
char *hg_test_file_hash  (const char *path);
void  hg_test_remove_dir (const char *path);
HgWorkbook *hg_test_workbook_new (const char *dir,
                                  const char *file_name,
                                  const char *company_name);
void  hg_test_write_old_workbook (const char *path,
                                  int         version,
                                  const char *company_name);

G_END_DECLS

/* hg-test-util.h: helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-doc.h"
#include "hg-pack.h"
#include "hg-table.h"
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
HgDoc *hg_test_typical_doc       (const char *dir,
                                  const char *document_id);
char  *hg_test_render_document   (HgWorkbook *workbook,
                                  HgPack     *pack,
                                  const char *document_id);
void   hg_test_answer            (HgWorkbook *workbook,
                                  HgPack     *pack,
                                  const char *question,
                                  const char *value);
void  hg_test_private_user_dirs  (void);
HgTable *hg_test_table_of        (const char * const *rows[]);
const char *hg_test_table_cell_at (HgTable    *table,
                                   guint       source_line,
                                   guint       column);
char *hg_test_run_tool           (const char *const *argv);

/* What one run of hinagata-cli ($HINAGATA_CLI) gave. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} HgTestRun;

/* Runs hinagata-cli with @args (NULL-terminated) into @run, freeing what
 * an earlier run left there; hg_test_run_clear() frees the last. */
void  hg_test_run_cli            (HgTestRun          *run,
                                  const char * const *args);
void  hg_test_run_clear          (HgTestRun          *run);
char *hg_test_device_node       (const char *dir,
                                  const char *name);
void  hg_test_complete_for_approval (HgWorkbook *workbook);
char *hg_test_pdf_info           (const char *pdfinfo,
                                  const char *pdf,
                                  const char *field);
char *hg_test_squash             (const char *text);
char *hg_test_pdf_text           (const char *pdftotext,
                                  const char *pdf,
                                  guint       first,
                                  guint       last);

G_END_DECLS

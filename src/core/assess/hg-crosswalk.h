/* hg-crosswalk.h: 対応表 — which JAMA/JAPIA items and METI criteria each
 * chapter of the rules serves, from the evidence map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_CROSSWALK_ID    "crosswalk"
#define HG_CROSSWALK_TITLE "情報セキュリティ関連規程 対応表"

typedef struct
{
  char  *chapter;   /* the pack's chapter id, "ch_contractors" */
  char  *number;    /* "第9章"; "" when unnumbered */
  char  *title;     /* as the rules print it */
  GStrv  jama;      /* item numbers, in numeric order */
  GStrv  meti;      /* criterion ids citing them, in the table's order */
} HgCrosswalkRow;

void       hg_crosswalk_row_free (HgCrosswalkRow *row);
/* One row a numbered chapter of today's rules, in their order. */
GPtrArray *hg_crosswalk_rows     (HgWorkbook  *workbook,
                                  GError     **error);
/* The same as a printable document, in the documents' language. */
HgDoc     *hg_crosswalk_doc      (HgWorkbook  *workbook,
                                  GError     **error);

G_END_DECLS

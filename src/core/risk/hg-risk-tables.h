/* hg-risk-tables.h: the damage table and the risk bands of a workbook
 *
 * Both are data (risk_damage_table, risk_band), seeded with the commonly
 * used values of domain.md §2.4 and editable per workbook, because a
 * company or a new version of the guideline may change them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct
{
  /* 被害発生可能性 (1..3) for [likelihood - 1][vulnerability - 1]. */
  guint8 damage[3][3];
  /* The risk values (1..9) of each band, inclusive, by HgRiskBand
   * (index 0 unused). */
  guint8 band_min[4];
  guint8 band_max[4];
} HgRiskTables;

/* The values every new workbook starts with:
 *
 *   likelihood \ vulnerability   3  2  1
 *   3                            3  2  1
 *   2                            2  1  1
 *   1                            1  1  1
 *
 * and 大 6–9, 中 4, 小 1–3. */
void        hg_risk_tables_init_default (HgRiskTables        *tables);
/* The workbook's tables; a missing cell keeps its default. */
void        hg_risk_tables_load         (HgWorkbook          *workbook,
                                         HgRiskTables        *tables);
/* 被害発生可能性 for a likelihood and a vulnerability, each 1..3. */
guint       hg_risk_tables_damage       (const HgRiskTables  *tables,
                                         guint                likelihood,
                                         guint                vulnerability);
/* What a likelihood of damage (被害発生可能性) of @level (1..3) means, for
 * the places the user chooses one. */
const char *hg_risk_tables_damage_meaning (guint              level);
/* The band of a risk value; HG_RISK_BAND_NONE outside every band. */
HgRiskBand  hg_risk_tables_band         (const HgRiskTables  *tables,
                                         guint                risk);
/* NULL when the bands are usable: every possible risk value (1, 2, 3, 4, 6
 * and 9 — the products of two values 1..3) lies in exactly one band, and 小
 * lies below 中 below 大. Else what is wrong, for the user. */
const char *hg_risk_tables_check_bands  (const HgRiskTables  *tables);

/* One undoable edit each, validated: a cell of the damage table (each
 * argument 1..3), the three bands together (checked as above), and back to
 * the defaults. */
gboolean    hg_risk_tables_set_damage   (HgWorkbook          *workbook,
                                         guint                likelihood,
                                         guint                vulnerability,
                                         guint                value,
                                         GError             **error);
gboolean    hg_risk_tables_set_bands    (HgWorkbook          *workbook,
                                         const HgRiskTables  *tables,
                                         GError             **error);
gboolean    hg_risk_tables_reset        (HgWorkbook          *workbook,
                                         GError             **error);

G_END_DECLS

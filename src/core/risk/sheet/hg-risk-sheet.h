/* hg-risk-sheet.h: every risk of the register, computed
 *
 * The sheet holds one row per asset in use and threat of its medium, with
 * the numbers of domain.md §2.4. It is computed in memory from the
 * workbook: per threat and department once, then multiplied by each asset's
 * importance, so the whole register of 100,000 assets takes milliseconds;
 * and after an edit only the rows the edit can change are computed again
 * (hg_risk_sheet_refresh()).
 *
 * The rules:
 *
 * - 脆弱性 (vulnerability) of a threat, from the status of the controls
 *   linked to it (risk_threat_control): every applicable control done → 1;
 *   some done or partly done → 2; none → 3. 該当しない (not applicable)
 *   controls are left out. An unanswered control counts as not done: a
 *   measure nobody has confirmed is no measure. A threat with no control
 *   linked, or with every linked control not applicable, is 3: nothing
 *   the workbook knows of stands against it, and a 1 would claim that
 *   every needed measure is in place. The explanation says so, and the
 *   company links a control, adds one, or treats the risk.
 * - 脅威の起こりやすさ (likelihood): the rating of the asset's department if
 *   it gave one, else the company's (every threat has one, seeded from the
 *   catalogue).
 * - Answers likewise: a department's own answer for a control, else the
 *   company's. Assets without a department use the company's ratings and
 *   answers.
 * - The company as a whole (HG_RISK_ALL_DEPARTMENTS, for the threat and
 *   control summaries): a threat's likelihood is the worst (highest) of the
 *   company's and every department's rating; a control's status combines
 *   every answer given, the company's and the departments' — done only if
 *   every one of them is done, not done if every one is not done, partly
 *   done otherwise; 該当しない answers count only when all are; unanswered
 *   when nobody answered.
 * - 被害発生可能性 (likelihood of damage) from the damage table; リスク値 =
 *   重要度 × that; the band from the risk bands (hg-risk-tables.h).
 * - Residual risk = 重要度 × the likelihood of damage expected after the
 *   treatment (its expected_damage), or the risk itself while the treatment
 *   sets none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk.h"
#include "hg-risk-catalogue.h"
#include "hg-risk-tables.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  /* The treatment has an approver, an approval date and a reason. */
  HG_RISK_ROW_APPROVED       = 1 << 0,
  /* Accepted while 大 without an approver, a date and a reason: the risk
   * grew after it was accepted. */
  HG_RISK_ROW_NEEDS_APPROVAL = 1 << 1,
} HgRiskRowFlags;

/* One risk: an asset and a threat of its medium. 32 bytes, so 600,000 rows
 * (100,000 assets, six threats each) take 19 MB. */
typedef struct
{
  gint64  asset_id;
  gint64  threat_id;
  guint16 threat;          /* index of the threat in the sheet */
  guint16 department;      /* index of the department whose ratings apply (0: the company) */
  guint8  importance;      /* 重要度 1..3 */
  guint8  likelihood;      /* 脅威の起こりやすさ 1..3 */
  guint8  vulnerability;   /* 脆弱性 1..3 */
  guint8  damage;          /* 被害発生可能性 1..3 */
  guint8  risk;            /* リスク値 1..9 */
  guint8  band;            /* HgRiskBand */
  guint8  treatment;       /* HgRiskTreatmentKind */
  guint8  plan;            /* HgRiskPlanStatus of the treatment */
  guint8  expected;        /* 被害発生可能性 expected after the treatment, 0: none set */
  guint8  residual;        /* residual risk 1..9 */
  guint8  flags;           /* HgRiskRowFlags */
} HgRiskRow;

/* A threat as the company as a whole meets it. */
typedef struct
{
  gint64      id;
  gint64      medium_id;
  const char *medium_name;
  const char *key;          /* the catalogue's key; NULL for the company's own */
  const char *name;
  const char *description;
  /* The same in the interface's language, for the interface; the fields
   * above are what the workbook stores, for documents and exports (see
   * hg_risk_catalogue_display_threat()). */
  const char *display_medium;
  const char *display_name;
  const char *display_description;
  guint       likelihood;   /* the worst rating of the company and its departments */
  guint       vulnerability;
  guint       damage;
  guint       n_controls;   /* controls linked to it */
  guint       n_rows;       /* assets meeting it */
  guint       n_by_band[4]; /* of those, by HgRiskBand */
} HgRiskThreatState;

/* A control as the sheet knows it: every control of the catalogue, in its
 * order, then any key the workbook uses that the catalogue lacks. */
typedef struct
{
  const char          *key;
  const HgRiskControl *control;   /* the catalogue's, or NULL */
  const char          *text;      /* its text in the interface's language, else the key */
  HgRiskStatus         company;   /* the company's own answer */
  HgRiskStatus         combined;  /* the company as a whole */
  guint                n_threats; /* threats it is linked to */
} HgRiskControlState;

typedef enum
{
  HG_RISK_SHEET_UNCHANGED,  /* nothing the sheet shows changed */
  HG_RISK_SHEET_UPDATED,    /* only the rows listed changed, in place */
  HG_RISK_SHEET_RELOADED,   /* rows may have come and gone: show them anew */
} HgRiskSheetChange;

typedef struct _HgRiskSheet HgRiskSheet;

/* Computes the whole register. @catalogue may be NULL (texts are then the
 * controls' keys); the sheet keeps no reference to the workbook's file,
 * only to @workbook and @catalogue, which must outlive it. A workbook
 * whose media are not set up (hg_risk_needs_setup()) has no rows for
 * them. */
HgRiskSheet       *hg_risk_sheet_new            (HgWorkbook          *workbook,
                                                 HgRiskCatalogue     *catalogue);
/* The same for one asset only: what the asset editor shows, and what the
 * acceptance rule checks. */
HgRiskSheet       *hg_risk_sheet_new_for_asset  (HgWorkbook          *workbook,
                                                 HgRiskCatalogue     *catalogue,
                                                 gint64               asset_id);
void               hg_risk_sheet_free           (HgRiskSheet         *sheet);

/* Reads the workbook again after an edit, undo or redo. @tables are the
 * names the workbook's "changed" signal gave (NULL: assume anything). When
 * only ratings, answers, links, tables or treatments changed, the sheet
 * reads those small tables, computes again only the threats they touch, and
 * @changed_rows (if not NULL) gets the indexes of the rows whose values
 * changed, ascending; edits of the register itself (assets, media,
 * departments, threats) reload everything. */
HgRiskSheetChange  hg_risk_sheet_refresh        (HgRiskSheet         *sheet,
                                                 const char * const  *tables,
                                                 GArray             **changed_rows);
/* Whether an edit of @tables makes hg_risk_sheet_refresh() read the whole
 * register again (rows may come and go), so a caller can put that off until
 * the sheet is next looked at. */
gboolean           hg_risk_sheet_reloads_for    (const char * const  *tables);
/* Computes every row again from what the sheet has read (no reading). */
void               hg_risk_sheet_recompute      (HgRiskSheet         *sheet);

/* ---- Rows ---------------------------------------------------------------- */

/* Ordered by asset id, then the threats' order; valid until the next
 * refresh. The array is the sheet's: do not change it. */
guint              hg_risk_sheet_get_n_rows     (HgRiskSheet         *sheet);
const HgRiskRow   *hg_risk_sheet_get_row        (HgRiskSheet         *sheet,
                                                 guint                index);
const HgRiskRow   *hg_risk_sheet_get_rows       (HgRiskSheet         *sheet);
/* The index of the row of @asset_id and @threat_id, or -1. */
gint               hg_risk_sheet_find_row       (HgRiskSheet         *sheet,
                                                 gint64               asset_id,
                                                 gint64               threat_id);
/* The first row of @asset_id and how many it has (0: none). */
guint              hg_risk_sheet_find_asset     (HgRiskSheet         *sheet,
                                                 gint64               asset_id,
                                                 guint               *n_rows);

/* The heat map: @counts[importance - 1][damage - 1] is the number of rows
 * with that 重要度 and 被害発生可能性. */
void               hg_risk_sheet_heat_map       (HgRiskSheet         *sheet,
                                                 guint                counts[3][3]);
/* The indexes of the rows in one cell of the heat map (0 for either
 * argument: any), or of one band (HG_RISK_BAND_NONE: any), ascending. */
GArray            *hg_risk_sheet_filter_cell    (HgRiskSheet         *sheet,
                                                 guint                importance,
                                                 guint                damage);
GArray            *hg_risk_sheet_filter_band    (HgRiskSheet         *sheet,
                                                 HgRiskBand           band);
/* The indexes of the rows of @band (HG_RISK_BAND_NONE: every row), the
 * largest risk first and equal risks in the register's order: what a list
 * of the top risks shows. */
GArray            *hg_risk_sheet_largest        (HgRiskSheet         *sheet,
                                                 HgRiskBand           band);
/* Rows by band, by HgRiskBand (index 0: rows without a band). */
void               hg_risk_sheet_count_bands    (HgRiskSheet         *sheet,
                                                 guint                counts[4]);

/* ---- Threats, controls and departments ------------------------------------ */

guint                     hg_risk_sheet_get_n_threats  (HgRiskSheet *sheet);
const HgRiskThreatState  *hg_risk_sheet_get_threat     (HgRiskSheet *sheet,
                                                        guint        index);
/* The index of a threat, or -1. */
gint                      hg_risk_sheet_find_threat    (HgRiskSheet *sheet,
                                                        gint64       threat_id);
/* The numbers of a threat for a department, HG_RISK_COMPANY or
 * HG_RISK_ALL_DEPARTMENTS; FALSE for an unknown threat or department. */
gboolean                  hg_risk_sheet_get_cell       (HgRiskSheet *sheet,
                                                        gint64       threat_id,
                                                        gint64       department_id,
                                                        guint       *likelihood,
                                                        guint       *vulnerability,
                                                        guint       *damage);

guint                     hg_risk_sheet_get_n_controls (HgRiskSheet *sheet);
const HgRiskControlState *hg_risk_sheet_get_control    (HgRiskSheet *sheet,
                                                        guint        index);
gint                      hg_risk_sheet_find_control   (HgRiskSheet *sheet,
                                                        const char  *key);
/* The status of a control as it counts for a department (its own answer,
 * else the company's), HG_RISK_COMPANY (the company's own) or
 * HG_RISK_ALL_DEPARTMENTS (combined). */
HgRiskStatus              hg_risk_sheet_get_status     (HgRiskSheet *sheet,
                                                        const char  *control_key,
                                                        gint64       department_id);
/* The indexes of the threats a control is linked to (free the array). */
GArray                   *hg_risk_sheet_get_countered  (HgRiskSheet *sheet,
                                                        const char  *control_key);

/* Departments by index: 0 is the company ("" as its name), then the
 * workbook's departments in their order. */
guint                     hg_risk_sheet_get_n_departments (HgRiskSheet *sheet);
gint64                    hg_risk_sheet_get_department_id (HgRiskSheet *sheet,
                                                           guint        index);
const char               *hg_risk_sheet_get_department_name (HgRiskSheet *sheet,
                                                             guint        index);

const HgRiskTables       *hg_risk_sheet_get_tables     (HgRiskSheet *sheet);
HgRiskCatalogue          *hg_risk_sheet_get_catalogue  (HgRiskSheet *sheet);
HgWorkbook               *hg_risk_sheet_get_workbook   (HgRiskSheet *sheet);

/* The sum of the risk values of the rows of a threat whose ratings come
 * from department index @department (what the diagnosis weighs). */
guint64                   hg_risk_sheet_get_risk_sum   (HgRiskSheet *sheet,
                                                        guint        threat,
                                                        guint        department);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskSheet, hg_risk_sheet_free)

G_END_DECLS

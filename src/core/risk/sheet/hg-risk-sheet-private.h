/* hg-risk-sheet-private.h: the sheet's insides, for the files that read it
 * closely (explanation, diagnosis)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk-sheet.h"

G_BEGIN_DECLS

/* Every per-department array has one element per department index: 0 the
 * company, then the departments. */
typedef struct
{
  HgRiskThreatState  state;          /* its strings point to the fields below */
  char              *medium_name;
  char              *key;
  char              *name;
  char              *description;
  char              *display_medium;  /* the state's display_ texts */
  char              *display_name;
  char              *display_description;
  guint8             fallback;       /* likelihood when the company rated none */
  guint8            *rated;          /* the likelihood given, 0: none */
  guint8            *likelihood;     /* as it counts: the department's, else the company's */
  guint8            *vulnerability;
  guint8            *damage;
  guint64           *risk_sum;       /* sum of the risk values of its rows, by department */
  GArray            *controls;       /* of guint: indexes of the linked controls */
  GArray            *rows;           /* of guint32: indexes of its rows */
} HgRiskSheetThreat;

typedef struct
{
  HgRiskControlState  state;
  char               *key;
  guint8             *status;        /* HgRiskStatus as answered, by department */
  GArray             *threats;       /* of guint: indexes of the threats it is linked to */
} HgRiskSheetControl;

struct _HgRiskSheet
{
  HgWorkbook       *workbook;
  HgRiskCatalogue  *catalogue;
  gint64            only_asset;        /* 0: the whole register */
  HgRiskTables      tables;
  guint             n_departments;     /* with the company */
  GArray           *department_ids;    /* of gint64; 0 for the company */
  GPtrArray        *department_names;
  GHashTable       *department_index;  /* id → index */
  GPtrArray        *threats;           /* of HgRiskSheetThreat */
  GHashTable       *threat_index;      /* id → index */
  GPtrArray        *controls;          /* of HgRiskSheetControl */
  GHashTable       *control_index;     /* key → index */
  GArray           *rows;              /* of HgRiskRow */
  GArray           *treated;           /* of guint32: rows with a treatment */
};

/* The status of control @c as it counts for department index @d: its own
 * answer, else the company's. */
HgRiskStatus  _hg_risk_sheet_effective_status (const HgRiskSheetControl *c,
                                               guint                     d);
/* The status for the company as a whole. */
HgRiskStatus  _hg_risk_sheet_combined_status  (HgRiskSheet              *sheet,
                                               const HgRiskSheetControl *c);
/* The department index of a department id, HG_RISK_COMPANY (0), or -1 for
 * HG_RISK_ALL_DEPARTMENTS and unknown ids. */
gint          _hg_risk_sheet_department_index (HgRiskSheet              *sheet,
                                               gint64                    department_id);

/* Reading (hg-risk-sheet-load.c). The partial loads return FALSE when the
 * workbook names a threat, control or department the sheet has not read:
 * then only a full reload will do. */
void          _hg_risk_sheet_load             (HgRiskSheet              *sheet);
void          _hg_risk_sheet_clear            (HgRiskSheet              *sheet);
gboolean      _hg_risk_sheet_load_likelihoods (HgRiskSheet              *sheet);
gboolean      _hg_risk_sheet_load_links       (HgRiskSheet              *sheet);
gboolean      _hg_risk_sheet_load_answers     (HgRiskSheet              *sheet);
void          _hg_risk_sheet_load_treatments  (HgRiskSheet              *sheet,
                                               GHashTable               *before);

G_END_DECLS

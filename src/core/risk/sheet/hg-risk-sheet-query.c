/* hg-risk-sheet-query.c: what the views ask of a computed sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-sheet"

#include "config.h"

#include <string.h>

#include "hg-risk-sheet-private.h"

#define ROWS(sheet) ((const HgRiskRow *) (const void *) (sheet)->rows->data)

guint
hg_risk_sheet_get_n_rows (HgRiskSheet *sheet)
{
  return sheet->rows->len;
}

const HgRiskRow *
hg_risk_sheet_get_row (HgRiskSheet *sheet,
                       guint        index)
{
  g_return_val_if_fail (index < sheet->rows->len, NULL);

  return &ROWS (sheet)[index];
}

const HgRiskRow *
hg_risk_sheet_get_rows (HgRiskSheet *sheet)
{
  return ROWS (sheet);
}

/* The first row of the asset, found by bisection: rows are in asset order. */
guint
hg_risk_sheet_find_asset (HgRiskSheet *sheet,
                          gint64       asset_id,
                          guint       *n_rows)
{
  const HgRiskRow *rows = ROWS (sheet);
  guint low = 0, high = sheet->rows->len, end;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (rows[middle].asset_id < asset_id)
        low = middle + 1;
      else
        high = middle;
    }
  for (end = low; end < sheet->rows->len && rows[end].asset_id == asset_id; end++)
    ;
  if (n_rows != NULL)
    *n_rows = end - low;
  return low;
}

gint
hg_risk_sheet_find_row (HgRiskSheet *sheet,
                        gint64       asset_id,
                        gint64       threat_id)
{
  guint n = 0;
  guint first = hg_risk_sheet_find_asset (sheet, asset_id, &n);

  for (guint i = first; i < first + n; i++)
    if (ROWS (sheet)[i].threat_id == threat_id)
      return (gint) i;
  return -1;
}

void
hg_risk_sheet_heat_map (HgRiskSheet *sheet,
                        guint        counts[3][3])
{
  const HgRiskRow *rows = ROWS (sheet);

  memset (counts, 0, 9 * sizeof (guint));
  for (guint i = 0; i < sheet->rows->len; i++)
    counts[rows[i].importance - 1][rows[i].damage - 1]++;
}

GArray *
hg_risk_sheet_filter_cell (HgRiskSheet *sheet,
                           guint        importance,
                           guint        damage)
{
  const HgRiskRow *rows = ROWS (sheet);
  GArray *list = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < sheet->rows->len; i++)
    if ((importance == 0 || rows[i].importance == importance)
        && (damage == 0 || rows[i].damage == damage))
      g_array_append_val (list, i);
  return list;
}

GArray *
hg_risk_sheet_filter_band (HgRiskSheet *sheet,
                           HgRiskBand   band)
{
  const HgRiskRow *rows = ROWS (sheet);
  GArray *list = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < sheet->rows->len; i++)
    if (band == HG_RISK_BAND_NONE || rows[i].band == band)
      g_array_append_val (list, i);
  return list;
}

static int
compare_risk (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const HgRiskRow *rows = user_data;

  return (int) rows[*(const guint *) b].risk - (int) rows[*(const guint *) a].risk;
}

GArray *
hg_risk_sheet_largest (HgRiskSheet *sheet,
                       HgRiskBand   band)
{
  GArray *list = hg_risk_sheet_filter_band (sheet, band);

  /* Stable: equal risks keep the register's order. */
  g_array_sort_with_data (list, compare_risk, (gpointer) ROWS (sheet));
  return list;
}

void
hg_risk_sheet_count_bands (HgRiskSheet *sheet,
                           guint        counts[4])
{
  const HgRiskRow *rows = ROWS (sheet);

  memset (counts, 0, 4 * sizeof (guint));
  for (guint i = 0; i < sheet->rows->len; i++)
    counts[rows[i].band < 4 ? rows[i].band : 0]++;
}

/* ---- Threats, controls and departments ------------------------------------- */

guint
hg_risk_sheet_get_n_threats (HgRiskSheet *sheet)
{
  return sheet->threats->len;
}

const HgRiskThreatState *
hg_risk_sheet_get_threat (HgRiskSheet *sheet,
                          guint        index)
{
  g_return_val_if_fail (index < sheet->threats->len, NULL);

  return &((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, index))->state;
}

gint
hg_risk_sheet_find_threat (HgRiskSheet *sheet,
                           gint64       threat_id)
{
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (sheet->threat_index, &threat_id)) - 1;
}

gint
_hg_risk_sheet_department_index (HgRiskSheet *sheet,
                                 gint64       department_id)
{
  if (department_id < 0)
    return -1;
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (sheet->department_index,
                                                       &department_id)) - 1;
}

gboolean
hg_risk_sheet_get_cell (HgRiskSheet *sheet,
                        gint64       threat_id,
                        gint64       department_id,
                        guint       *likelihood,
                        guint       *vulnerability,
                        guint       *damage)
{
  gint t = hg_risk_sheet_find_threat (sheet, threat_id);
  gint d = _hg_risk_sheet_department_index (sheet, department_id);
  HgRiskSheetThreat *threat;

  if (t < 0 || (d < 0 && department_id != HG_RISK_ALL_DEPARTMENTS))
    return FALSE;
  threat = g_ptr_array_index (sheet->threats, t);
  if (likelihood != NULL)
    *likelihood = d < 0 ? threat->state.likelihood : threat->likelihood[d];
  if (vulnerability != NULL)
    *vulnerability = d < 0 ? threat->state.vulnerability : threat->vulnerability[d];
  if (damage != NULL)
    *damage = d < 0 ? threat->state.damage : threat->damage[d];
  return TRUE;
}

guint
hg_risk_sheet_get_n_controls (HgRiskSheet *sheet)
{
  return sheet->controls->len;
}

const HgRiskControlState *
hg_risk_sheet_get_control (HgRiskSheet *sheet,
                           guint        index)
{
  g_return_val_if_fail (index < sheet->controls->len, NULL);

  return &((HgRiskSheetControl *) g_ptr_array_index (sheet->controls, index))->state;
}

gint
hg_risk_sheet_find_control (HgRiskSheet *sheet,
                            const char  *key)
{
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (sheet->control_index, key)) - 1;
}

HgRiskStatus
hg_risk_sheet_get_status (HgRiskSheet *sheet,
                          const char  *control_key,
                          gint64       department_id)
{
  gint c = hg_risk_sheet_find_control (sheet, control_key);
  gint d = _hg_risk_sheet_department_index (sheet, department_id);
  HgRiskSheetControl *control;

  if (c < 0)
    return HG_RISK_UNANSWERED;
  control = g_ptr_array_index (sheet->controls, c);
  if (d < 0)
    return department_id == HG_RISK_ALL_DEPARTMENTS ? control->state.combined
                                                    : HG_RISK_UNANSWERED;
  return _hg_risk_sheet_effective_status (control, (guint) d);
}

GArray *
hg_risk_sheet_get_countered (HgRiskSheet *sheet,
                             const char  *control_key)
{
  gint c = hg_risk_sheet_find_control (sheet, control_key);
  GArray *list = g_array_new (FALSE, FALSE, sizeof (guint));

  if (c >= 0)
    {
      GArray *threats = ((HgRiskSheetControl *) g_ptr_array_index (sheet->controls, c))->threats;

      g_array_append_vals (list, threats->data, threats->len);
    }
  return list;
}

guint
hg_risk_sheet_get_n_departments (HgRiskSheet *sheet)
{
  return sheet->n_departments;
}

gint64
hg_risk_sheet_get_department_id (HgRiskSheet *sheet,
                                 guint        index)
{
  g_return_val_if_fail (index < sheet->n_departments, 0);

  return g_array_index (sheet->department_ids, gint64, index);
}

const char *
hg_risk_sheet_get_department_name (HgRiskSheet *sheet,
                                   guint        index)
{
  g_return_val_if_fail (index < sheet->n_departments, "");

  return g_ptr_array_index (sheet->department_names, index);
}

const HgRiskTables *
hg_risk_sheet_get_tables (HgRiskSheet *sheet)
{
  return &sheet->tables;
}

HgRiskCatalogue *
hg_risk_sheet_get_catalogue (HgRiskSheet *sheet)
{
  return sheet->catalogue;
}

HgWorkbook *
hg_risk_sheet_get_workbook (HgRiskSheet *sheet)
{
  return sheet->workbook;
}

guint64
hg_risk_sheet_get_risk_sum (HgRiskSheet *sheet,
                            guint        threat,
                            guint        department)
{
  g_return_val_if_fail (threat < sheet->threats->len && department < sheet->n_departments, 0);

  return ((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, threat))->risk_sum[department];
}

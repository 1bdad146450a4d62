/* hg-risk-tables.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-tables"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-db.h"
#include "hg-error.h"
#include "hg-risk-tables.h"

static const guint8 default_damage[3][3] = {
  /* vulnerability 1, 2, 3 */
  { 1, 1, 1 },   /* likelihood 1 */
  { 1, 1, 2 },   /* likelihood 2 */
  { 1, 2, 3 },   /* likelihood 3 */
};

/* The products of two values 1..3: the only risk values there are. */
static const guint possible_risks[] = { 1, 2, 3, 4, 6, 9 };

/* Our own words for the scale, read together with the threat's likelihood
 * and the vulnerability it is derived from. */
static const char *damage_meanings[4] = {
  NULL,
  N_("Damage is unlikely: it would take unusual circumstances."),
  N_("Damage may happen now and then."),
  N_("Damage is likely: it could happen at any time."),
};

const char *
hg_risk_tables_damage_meaning (guint level)
{
  g_return_val_if_fail (level >= 1 && level <= 3, "");
  return _(damage_meanings[level]);
}

void
hg_risk_tables_init_default (HgRiskTables *tables)
{
  memcpy (tables->damage, default_damage, sizeof default_damage);
  tables->band_min[HG_RISK_BAND_NONE] = tables->band_max[HG_RISK_BAND_NONE] = 0;
  tables->band_min[HG_RISK_BAND_SMALL] = 1;
  tables->band_max[HG_RISK_BAND_SMALL] = 3;
  tables->band_min[HG_RISK_BAND_MEDIUM] = 4;
  tables->band_max[HG_RISK_BAND_MEDIUM] = 4;
  tables->band_min[HG_RISK_BAND_LARGE] = 6;
  tables->band_max[HG_RISK_BAND_LARGE] = 9;
}

void
hg_risk_tables_load (HgWorkbook   *workbook,
                     HgRiskTables *tables)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) damage = NULL;
  g_autoptr(sqlite3_stmt) bands = NULL;

  hg_risk_tables_init_default (tables);

  damage = hg_db_prepare (db, "SELECT threat, vulnerability, value FROM risk_damage_table", NULL);
  while (damage != NULL && sqlite3_step (damage) == SQLITE_ROW)
    {
      int t = sqlite3_column_int (damage, 0);
      int v = sqlite3_column_int (damage, 1);

      if (t >= 1 && t <= 3 && v >= 1 && v <= 3)
        tables->damage[t - 1][v - 1] = (guint8) CLAMP (sqlite3_column_int (damage, 2), 1, 3);
    }

  bands = hg_db_prepare (db, "SELECT band, min_value, max_value FROM risk_band", NULL);
  while (bands != NULL && sqlite3_step (bands) == SQLITE_ROW)
    {
      HgRiskBand band;

      if (hg_risk_band_from_string ((const char *) sqlite3_column_text (bands, 0), &band))
        {
          tables->band_min[band] = (guint8) sqlite3_column_int (bands, 1);
          tables->band_max[band] = (guint8) sqlite3_column_int (bands, 2);
        }
    }
}

guint
hg_risk_tables_damage (const HgRiskTables *tables,
                       guint               likelihood,
                       guint               vulnerability)
{
  g_return_val_if_fail (likelihood >= 1 && likelihood <= 3, 0);
  g_return_val_if_fail (vulnerability >= 1 && vulnerability <= 3, 0);

  return tables->damage[likelihood - 1][vulnerability - 1];
}

HgRiskBand
hg_risk_tables_band (const HgRiskTables *tables,
                     guint               risk)
{
  for (HgRiskBand band = HG_RISK_BAND_LARGE; band >= HG_RISK_BAND_SMALL; band--)
    if (risk >= tables->band_min[band] && risk <= tables->band_max[band])
      return band;
  return HG_RISK_BAND_NONE;
}

const char *
hg_risk_tables_check_bands (const HgRiskTables *tables)
{
  for (HgRiskBand band = HG_RISK_BAND_SMALL; band <= HG_RISK_BAND_LARGE; band++)
    if (tables->band_min[band] < 1 || tables->band_max[band] > 9
        || tables->band_min[band] > tables->band_max[band])
      return _("Each band needs a range of risk values from 1 to 9, its lowest value first");

  if (tables->band_max[HG_RISK_BAND_SMALL] >= tables->band_min[HG_RISK_BAND_MEDIUM]
      || tables->band_max[HG_RISK_BAND_MEDIUM] >= tables->band_min[HG_RISK_BAND_LARGE])
    return _("The bands must not overlap, and go from small through medium to large");

  for (guint i = 0; i < G_N_ELEMENTS (possible_risks); i++)
    if (hg_risk_tables_band (tables, possible_risks[i]) == HG_RISK_BAND_NONE)
      return _("Every risk value (1, 2, 3, 4, 6 and 9) must fall in a band");
  return NULL;
}

/* ---- Edits ---------------------------------------------------------------- */

typedef struct
{
  guint               likelihood;
  guint               vulnerability;
  guint               value;
  const HgRiskTables *tables;
} TableEdit;

static gboolean
set_damage_cb (sqlite3   *db,
               gpointer   user_data,
               GError   **error)
{
  TableEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO risk_damage_table (threat, vulnerability, value) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (threat, vulnerability) DO UPDATE SET value = excluded.value "
    "WHERE value != excluded.value", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) e->likelihood);
  sqlite3_bind_int (stmt, 2, (int) e->vulnerability);
  sqlite3_bind_int (stmt, 3, (int) e->value);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_tables_set_damage (HgWorkbook  *workbook,
                           guint        likelihood,
                           guint        vulnerability,
                           guint        value,
                           GError     **error)
{
  TableEdit e = { likelihood, vulnerability, value, NULL };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (likelihood < 1 || likelihood > 3 || vulnerability < 1 || vulnerability > 3
      || value < 1 || value > 3)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                   /* Translators: a cell of the damage table */
                   _("Likelihood of damage for threat likelihood %u and vulnerability %u: %s"),
                   likelihood, vulnerability, _("Choose 1, 2 or 3"));
      return FALSE;
    }
  return hg_workbook_edit (workbook, _("Change the Damage Table"), set_damage_cb, &e, error);
}

static gboolean
set_bands_cb (sqlite3   *db,
              gpointer   user_data,
              GError   **error)
{
  const HgRiskTables *t = ((TableEdit *) user_data)->tables;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO risk_band (band, min_value, max_value) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (band) DO UPDATE SET min_value = excluded.min_value, "
    "max_value = excluded.max_value "
    "WHERE min_value != excluded.min_value OR max_value != excluded.max_value", error);

  if (stmt == NULL)
    return FALSE;
  for (HgRiskBand band = HG_RISK_BAND_SMALL; band <= HG_RISK_BAND_LARGE; band++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, hg_risk_band_to_string (band), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, t->band_min[band]);
      sqlite3_bind_int (stmt, 3, t->band_max[band]);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hg_risk_tables_set_bands (HgWorkbook          *workbook,
                          const HgRiskTables  *tables,
                          GError             **error)
{
  TableEdit e = { 0, 0, 0, tables };
  const char *problem = hg_risk_tables_check_bands (tables);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (problem != NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, "%s: %s",
                   _("Risk bands"), problem);
      return FALSE;
    }
  return hg_workbook_edit (workbook, _("Change the Risk Bands"), set_bands_cb, &e, error);
}

static gboolean
reset_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  TableEdit *e = user_data;

  for (e->likelihood = 1; e->likelihood <= 3; e->likelihood++)
    for (e->vulnerability = 1; e->vulnerability <= 3; e->vulnerability++)
      {
        e->value = default_damage[e->likelihood - 1][e->vulnerability - 1];
        if (!set_damage_cb (db, e, error))
          return FALSE;
      }
  return set_bands_cb (db, e, error);
}

gboolean
hg_risk_tables_reset (HgWorkbook  *workbook,
                      GError     **error)
{
  HgRiskTables defaults;
  TableEdit e = { 0, 0, 0, &defaults };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  hg_risk_tables_init_default (&defaults);
  return hg_workbook_edit (workbook, _("Restore the Risk Tables"), reset_cb, &e, error);
}

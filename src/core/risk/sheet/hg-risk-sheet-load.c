/* hg-risk-sheet-load.c: reading what the sheet computes from
 *
 * The small tables (threats, ratings, links, answers, treatments) are read
 * whole each time one of them changes: a few hundred rows. The register is
 * read once per reload, four numbers an asset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-sheet"

#include "config.h"

#include <string.h>

#include "hg-db.h"
#include "hg-risk-sheet-private.h"

static sqlite3_stmt *
prepare (HgRiskSheet *sheet,
         const char  *sql)
{
  return hg_db_prepare (hg_workbook_get_db (sheet->workbook), sql, NULL);
}

static guint
index_of (GHashTable    *table,
          gconstpointer  key,
          gboolean      *found)
{
  gpointer value = g_hash_table_lookup (table, key);

  *found = value != NULL;
  return GPOINTER_TO_UINT (value) - 1;
}

/* ---- Freeing -------------------------------------------------------------- */

static void
threat_free (HgRiskSheetThreat *t)
{
  g_free (t->medium_name);
  g_free (t->key);
  g_free (t->name);
  g_free (t->display_medium);
  g_free (t->display_name);
  g_free (t->display_description);
  g_free (t->description);
  g_free (t->rated);
  g_free (t->likelihood);
  g_free (t->vulnerability);
  g_free (t->damage);
  g_free (t->risk_sum);
  g_array_unref (t->controls);
  g_array_unref (t->rows);
  g_free (t);
}

static void
control_free (HgRiskSheetControl *c)
{
  g_free (c->key);
  g_free ((char *) c->state.text);
  g_free (c->status);
  g_array_unref (c->threats);
  g_free (c);
}

void
_hg_risk_sheet_clear (HgRiskSheet *sheet)
{
  g_clear_pointer (&sheet->department_ids, g_array_unref);
  g_clear_pointer (&sheet->department_names, g_ptr_array_unref);
  g_clear_pointer (&sheet->department_index, g_hash_table_unref);
  g_clear_pointer (&sheet->threat_index, g_hash_table_unref);
  g_clear_pointer (&sheet->threats, g_ptr_array_unref);
  g_clear_pointer (&sheet->control_index, g_hash_table_unref);
  g_clear_pointer (&sheet->controls, g_ptr_array_unref);
  g_clear_pointer (&sheet->rows, g_array_unref);
  g_clear_pointer (&sheet->treated, g_array_unref);
}

/* ---- Departments, threats and controls ------------------------------------- */

static void
load_departments (HgRiskSheet *sheet)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (sheet, "SELECT id, name FROM department "
                                                 "ORDER BY position, id");
  gint64 company = HG_RISK_COMPANY;

  sheet->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sheet->department_names = g_ptr_array_new_with_free_func (g_free);
  g_array_append_val (sheet->department_ids, company);
  g_ptr_array_add (sheet->department_names, g_strdup (""));
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW
         && sheet->department_ids->len <= G_MAXUINT16)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (sheet->department_ids, id);
      g_ptr_array_add (sheet->department_names, hg_db_column_dup (stmt, 1));
    }
  sheet->n_departments = sheet->department_ids->len;

  /* Keys point into the array, which no longer grows. */
  sheet->department_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint d = 0; d < sheet->n_departments; d++)
    g_hash_table_insert (sheet->department_index,
                         &g_array_index (sheet->department_ids, gint64, d),
                         GUINT_TO_POINTER (d + 1));
}

static void
load_threats (HgRiskSheet *sheet)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (sheet,
    "SELECT t.id, t.medium_id, m.name, t.key, t.name, t.description FROM risk_threat t "
    "JOIN medium m ON m.id = t.medium_id ORDER BY m.position, m.id, t.position, t.id");
  guint n = sheet->n_departments;

  sheet->threats = g_ptr_array_new_with_free_func ((GDestroyNotify) threat_free);
  sheet->threat_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW
         && sheet->threats->len <= G_MAXUINT16)
    {
      HgRiskSheetThreat *t = g_new0 (HgRiskSheetThreat, 1);
      const HgRiskThreatDef *def;

      t->state.id = sqlite3_column_int64 (stmt, 0);
      t->state.medium_id = sqlite3_column_int64 (stmt, 1);
      t->state.medium_name = t->medium_name = hg_db_column_dup (stmt, 2);
      t->key = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? NULL : hg_db_column_dup (stmt, 3);
      t->state.key = t->key;
      t->state.name = t->name = hg_db_column_dup (stmt, 4);
      t->state.description = t->description = hg_db_column_dup (stmt, 5);
      def = sheet->catalogue ? hg_risk_catalogue_find_threat (sheet->catalogue, t->key) : NULL;
      t->state.display_medium = t->display_medium =
        g_strdup (hg_risk_catalogue_display_medium (sheet->catalogue, t->medium_name));
      t->state.display_name = t->display_name =
        g_strdup (hg_risk_catalogue_display_threat (sheet->catalogue, t->key, t->name));
      t->state.display_description = t->display_description =
        g_strdup (hg_risk_catalogue_display_description (sheet->catalogue, t->key, t->description));
      t->fallback = def ? (guint8) CLAMP (def->likelihood, 1, 3) : 2;
      t->rated = g_new0 (guint8, n);
      t->likelihood = g_new0 (guint8, n);
      t->vulnerability = g_new0 (guint8, n);
      t->damage = g_new0 (guint8, n);
      t->risk_sum = g_new0 (guint64, n);
      t->controls = g_array_new (FALSE, FALSE, sizeof (guint));
      t->rows = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (sheet->threat_index, &t->state.id,
                           GUINT_TO_POINTER (sheet->threats->len + 1));
      g_ptr_array_add (sheet->threats, t);
    }
}

static void
add_control (HgRiskSheet         *sheet,
             const char          *key,
             const HgRiskControl *control)
{
  HgRiskSheetControl *c = g_new0 (HgRiskSheetControl, 1);

  c->key = g_strdup (key);
  c->state.key = c->key;
  c->state.control = control;
  c->state.text = g_strdup (control && control->text ? control->text : key);
  c->status = g_new0 (guint8, sheet->n_departments);
  c->threats = g_array_new (FALSE, FALSE, sizeof (guint));
  g_hash_table_insert (sheet->control_index, c->key, GUINT_TO_POINTER (sheet->controls->len + 1));
  g_ptr_array_add (sheet->controls, c);
}

/* The catalogue's controls in its order, then the keys the workbook uses
 * that the catalogue lacks (a control of an older catalogue), sorted. */
static void
load_controls (HgRiskSheet *sheet)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (sheet,
    "SELECT control_key FROM risk_threat_control UNION "
    "SELECT control_key FROM risk_control_answer ORDER BY 1");

  sheet->controls = g_ptr_array_new_with_free_func ((GDestroyNotify) control_free);
  sheet->control_index = g_hash_table_new (g_str_hash, g_str_equal);
  if (sheet->catalogue != NULL)
    {
      GPtrArray *controls = hg_risk_catalogue_get_controls (sheet->catalogue);

      for (guint i = 0; i < controls->len; i++)
        {
          const HgRiskControl *control = g_ptr_array_index (controls, i);

          add_control (sheet, control->key, control);
        }
    }
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);

      if (!g_hash_table_contains (sheet->control_index, key))
        add_control (sheet, key, NULL);
    }
}

/* ---- Ratings, links and answers ------------------------------------------- */

gboolean
_hg_risk_sheet_load_likelihoods (HgRiskSheet *sheet)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (sheet, "SELECT threat_id, ifnull (department_id, 0), "
                                                 "likelihood FROM risk_likelihood");

  for (guint i = 0; i < sheet->threats->len; i++)
    {
      HgRiskSheetThreat *t = g_ptr_array_index (sheet->threats, i);

      memset (t->rated, 0, sheet->n_departments);
    }
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 threat_id = sqlite3_column_int64 (stmt, 0);
      gint64 department_id = sqlite3_column_int64 (stmt, 1);
      gboolean found_threat, found_department;
      guint t = index_of (sheet->threat_index, &threat_id, &found_threat);
      guint d = index_of (sheet->department_index, &department_id, &found_department);

      if (!found_threat || !found_department)
        return FALSE;
      ((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, t))->rated[d] =
        (guint8) CLAMP (sqlite3_column_int (stmt, 2), 1, 3);
    }
  return TRUE;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

gboolean
_hg_risk_sheet_load_links (HgRiskSheet *sheet)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (sheet, "SELECT threat_id, control_key "
                                                 "FROM risk_threat_control");

  for (guint i = 0; i < sheet->threats->len; i++)
    g_array_set_size (((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, i))->controls, 0);
  for (guint i = 0; i < sheet->controls->len; i++)
    g_array_set_size (((HgRiskSheetControl *) g_ptr_array_index (sheet->controls, i))->threats, 0);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 threat_id = sqlite3_column_int64 (stmt, 0);
      gboolean found_threat, found_control;
      guint t = index_of (sheet->threat_index, &threat_id, &found_threat);
      guint c = index_of (sheet->control_index, sqlite3_column_text (stmt, 1), &found_control);

      if (!found_threat || !found_control)
        return FALSE;
      g_array_append_val (((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, t))->controls, c);
      g_array_append_val (((HgRiskSheetControl *) g_ptr_array_index (sheet->controls, c))->threats, t);
    }

  /* In the catalogue's order, whatever order the rows came in. */
  for (guint i = 0; i < sheet->threats->len; i++)
    {
      HgRiskSheetThreat *t = g_ptr_array_index (sheet->threats, i);

      g_array_sort (t->controls, compare_uint);
      t->state.n_controls = t->controls->len;
    }
  for (guint i = 0; i < sheet->controls->len; i++)
    {
      HgRiskSheetControl *c = g_ptr_array_index (sheet->controls, i);

      g_array_sort (c->threats, compare_uint);
      c->state.n_threats = c->threats->len;
    }
  return TRUE;
}

gboolean
_hg_risk_sheet_load_answers (HgRiskSheet *sheet)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (sheet, "SELECT control_key, ifnull (department_id, 0), "
                                                 "status FROM risk_control_answer");

  for (guint i = 0; i < sheet->controls->len; i++)
    memset (((HgRiskSheetControl *) g_ptr_array_index (sheet->controls, i))->status,
            HG_RISK_UNANSWERED, sheet->n_departments);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 department_id = sqlite3_column_int64 (stmt, 1);
      gboolean found_control, found_department;
      guint c = index_of (sheet->control_index, sqlite3_column_text (stmt, 0), &found_control);
      guint d = index_of (sheet->department_index, &department_id, &found_department);
      HgRiskStatus status = HG_RISK_UNANSWERED;

      if (!found_control || !found_department)
        return FALSE;
      hg_risk_status_from_string ((const char *) sqlite3_column_text (stmt, 2), &status);
      ((HgRiskSheetControl *) g_ptr_array_index (sheet->controls, c))->status[d] = (guint8) status;
    }

  for (guint i = 0; i < sheet->controls->len; i++)
    {
      HgRiskSheetControl *c = g_ptr_array_index (sheet->controls, i);

      c->state.company = c->status[0];
      c->state.combined = _hg_risk_sheet_combined_status (sheet, c);
    }
  return TRUE;
}

/* ---- The register ------------------------------------------------------------- */

static void
load_rows (HgRiskSheet *sheet)
{
  g_autoptr(GHashTable) by_medium = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                           (GDestroyNotify) g_array_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *last_threats = NULL;
  gint64 last_medium = 0;

  for (guint i = 0; i < sheet->threats->len; i++)
    {
      HgRiskSheetThreat *t = g_ptr_array_index (sheet->threats, i);
      GArray *list = g_hash_table_lookup (by_medium, &t->state.medium_id);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint16));
          g_hash_table_insert (by_medium, &t->state.medium_id, list);
        }
      g_array_append_vals (list, &(guint16) { (guint16) i }, 1);
    }

  stmt = prepare (sheet, sheet->only_asset
    ? "SELECT id, importance, medium_id, ifnull (department_id, 0) FROM asset "
      "WHERE status = 'in_use' AND medium_id IS NOT NULL AND id = ?1"
    : "SELECT id, importance, medium_id, ifnull (department_id, 0) FROM asset "
      "WHERE status = 'in_use' AND medium_id IS NOT NULL ORDER BY id");
  sheet->rows = g_array_new (FALSE, TRUE, sizeof (HgRiskRow));
  sheet->treated = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, sheet->only_asset);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 medium_id = sqlite3_column_int64 (stmt, 2);
      gint64 department_id = sqlite3_column_int64 (stmt, 3);
      gboolean found;
      guint d = index_of (sheet->department_index, &department_id, &found);
      HgRiskRow row;

      /* Rows are compared as bytes: no stray padding. */
      memset (&row, 0, sizeof row);
      if (medium_id != last_medium)
        {
          last_medium = medium_id;
          last_threats = g_hash_table_lookup (by_medium, &medium_id);
        }
      if (last_threats == NULL)
        continue;

      row.asset_id = sqlite3_column_int64 (stmt, 0);
      row.department = found ? (guint16) d : 0;
      row.importance = (guint8) CLAMP (sqlite3_column_int (stmt, 1), 1, 3);
      for (guint i = 0; i < last_threats->len; i++)
        {
          guint16 t = g_array_index (last_threats, guint16, i);
          HgRiskSheetThreat *threat = g_ptr_array_index (sheet->threats, t);
          guint32 index = sheet->rows->len;

          row.threat = t;
          row.threat_id = threat->state.id;
          g_array_append_val (sheet->rows, row);
          g_array_append_val (threat->rows, index);
        }
    }
}

/* Keeps in @before (index → a copy of the row) what a row was before its
 * first change. */
static HgRiskRow *
changing (HgRiskSheet *sheet,
          GHashTable  *before,
          guint32      index)
{
  HgRiskRow *row = &g_array_index (sheet->rows, HgRiskRow, index);

  if (before != NULL && !g_hash_table_contains (before, GUINT_TO_POINTER (index)))
    g_hash_table_insert (before, GUINT_TO_POINTER (index), g_memdup2 (row, sizeof *row));
  return row;
}

/* Sets each treated row's treatment and forgets the old ones. Every row
 * whose treatment may have changed is kept in @before (if not NULL), as
 * changing() does; its residual risk must be computed again. */
void
_hg_risk_sheet_load_treatments (HgRiskSheet *sheet,
                                GHashTable  *before)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (sheet, sheet->only_asset
    ? "SELECT asset_id, threat_id, kind, status, ifnull (expected_damage, 0), "
      "approver != '' AND approved_on != '' AND reason != '' FROM risk_treatment "
      "WHERE asset_id = ?1"
    : "SELECT asset_id, threat_id, kind, status, ifnull (expected_damage, 0), "
      "approver != '' AND approved_on != '' AND reason != '' FROM risk_treatment");

  for (guint i = 0; i < sheet->treated->len; i++)
    {
      HgRiskRow *row = changing (sheet, before, g_array_index (sheet->treated, guint32, i));

      row->treatment = HG_RISK_TREATMENT_NONE;
      row->plan = HG_RISK_PLAN_NONE;
      row->expected = 0;
      row->flags &= ~HG_RISK_ROW_APPROVED;
    }
  g_array_set_size (sheet->treated, 0);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, sheet->only_asset);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint index = hg_risk_sheet_find_row (sheet, sqlite3_column_int64 (stmt, 0),
                                           sqlite3_column_int64 (stmt, 1));
      HgRiskTreatmentKind kind = HG_RISK_TREATMENT_NONE;
      HgRiskPlanStatus plan = HG_RISK_PLAN_NONE;
      guint32 at = (guint32) index;
      HgRiskRow *row;

      /* A treatment of a disposed asset stays in the workbook, unseen. */
      if (index < 0)
        continue;
      row = changing (sheet, before, at);
      hg_risk_treatment_from_string ((const char *) sqlite3_column_text (stmt, 2), &kind);
      hg_risk_plan_from_string ((const char *) sqlite3_column_text (stmt, 3), &plan);
      row->treatment = (guint8) kind;
      row->plan = (guint8) plan;
      row->expected = (guint8) CLAMP (sqlite3_column_int (stmt, 4), 0, 3);
      if (sqlite3_column_int (stmt, 5))
        row->flags |= HG_RISK_ROW_APPROVED;
      g_array_append_val (sheet->treated, at);
    }
}

/* Everything, from nothing. */
void
_hg_risk_sheet_load (HgRiskSheet *sheet)
{
  hg_risk_tables_load (sheet->workbook, &sheet->tables);
  load_departments (sheet);
  load_threats (sheet);
  load_controls (sheet);
  /* Nothing can be missing here: every key and id was read just above. */
  _hg_risk_sheet_load_likelihoods (sheet);
  _hg_risk_sheet_load_links (sheet);
  _hg_risk_sheet_load_answers (sheet);
  load_rows (sheet);
  _hg_risk_sheet_load_treatments (sheet, NULL);
}

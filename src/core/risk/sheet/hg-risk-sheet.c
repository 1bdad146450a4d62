/* hg-risk-sheet.c: computing the risks
 *
 * A risk's numbers depend on its asset only through the importance and the
 * department: everything else is a property of (threat, department). So
 * each threat computes one cell per department, and a row is a lookup and
 * a multiplication. An answer changes the cells of the threats its control
 * is linked to, and only their rows are visited again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-sheet"

#include "config.h"

#include <string.h>

#include "hg-risk-sheet-private.h"

/* ---- The rules -------------------------------------------------------------- */

HgRiskStatus
_hg_risk_sheet_effective_status (const HgRiskSheetControl *c,
                                 guint                     d)
{
  return d > 0 && c->status[d] != HG_RISK_UNANSWERED ? c->status[d] : c->status[0];
}

HgRiskStatus
_hg_risk_sheet_combined_status (HgRiskSheet              *sheet,
                                const HgRiskSheetControl *c)
{
  guint given = 0, not_applicable = 0, done = 0, not_done = 0;

  for (guint d = 0; d < sheet->n_departments; d++)
    switch ((HgRiskStatus) c->status[d])
      {
      case HG_RISK_DONE:
        given++, done++;
        break;
      case HG_RISK_NOT_DONE:
        given++, not_done++;
        break;
      case HG_RISK_PARTIAL:
        given++;
        break;
      case HG_RISK_NOT_APPLICABLE:
        not_applicable++;
        break;
      case HG_RISK_UNANSWERED:
      case HG_RISK_N_STATUSES:
      default:
        break;
      }

  if (given == 0)
    return not_applicable > 0 ? HG_RISK_NOT_APPLICABLE : HG_RISK_UNANSWERED;
  if (done == given)
    return HG_RISK_DONE;
  if (not_done == given)
    return HG_RISK_NOT_DONE;
  return HG_RISK_PARTIAL;
}

/* 3 when nothing applicable stands against the threat; see the header. */
static guint8
vulnerability_of (const guint counts[HG_RISK_N_STATUSES])
{
  guint applicable = counts[HG_RISK_DONE] + counts[HG_RISK_PARTIAL] + counts[HG_RISK_NOT_DONE]
                     + counts[HG_RISK_UNANSWERED];

  if (applicable == 0)
    return 3;
  if (counts[HG_RISK_DONE] == applicable)
    return 1;
  if (counts[HG_RISK_DONE] + counts[HG_RISK_PARTIAL] > 0)
    return 2;
  return 3;
}

/* d: a department index, or -1 for the company as a whole. */
static guint8
threat_vulnerability (HgRiskSheet       *sheet,
                      HgRiskSheetThreat *t,
                      gint               d)
{
  guint counts[HG_RISK_N_STATUSES] = { 0 };

  for (guint i = 0; i < t->controls->len; i++)
    {
      HgRiskSheetControl *c = g_ptr_array_index (sheet->controls,
                                                 g_array_index (t->controls, guint, i));

      counts[d < 0 ? c->state.combined : _hg_risk_sheet_effective_status (c, (guint) d)]++;
    }
  return vulnerability_of (counts);
}

static void
compute_threat (HgRiskSheet       *sheet,
                HgRiskSheetThreat *t)
{
  guint8 company = t->rated[0] ? t->rated[0] : t->fallback;
  guint8 worst = company;

  for (guint d = 0; d < sheet->n_departments; d++)
    {
      t->likelihood[d] = t->rated[d] ? t->rated[d] : company;
      t->vulnerability[d] = threat_vulnerability (sheet, t, (gint) d);
      t->damage[d] = (guint8) hg_risk_tables_damage (&sheet->tables, t->likelihood[d],
                                                     t->vulnerability[d]);
      worst = MAX (worst, t->rated[d]);
    }
  t->state.likelihood = worst;
  t->state.vulnerability = threat_vulnerability (sheet, t, -1);
  t->state.damage = hg_risk_tables_damage (&sheet->tables, worst, t->state.vulnerability);
}

static void
compute_row (HgRiskSheet       *sheet,
             HgRiskSheetThreat *t,
             HgRiskRow         *row)
{
  guint d = row->department;

  row->likelihood = t->likelihood[d];
  row->vulnerability = t->vulnerability[d];
  row->damage = t->damage[d];
  row->risk = (guint8) (row->importance * row->damage);
  row->band = (guint8) hg_risk_tables_band (&sheet->tables, row->risk);
  row->residual = (guint8) (row->importance * (row->expected ? row->expected : row->damage));
  if (row->treatment == HG_RISK_TREATMENT_ACCEPT && row->band == HG_RISK_BAND_LARGE
      && !(row->flags & HG_RISK_ROW_APPROVED))
    row->flags |= HG_RISK_ROW_NEEDS_APPROVAL;
  else
    row->flags &= ~HG_RISK_ROW_NEEDS_APPROVAL;
}

/* Marks a row in a bitmap of changed rows. */
static inline void
mark (guint8 *changed,
      guint32 index)
{
  changed[index >> 3] |= (guint8) (1u << (index & 7));
}

/* Computes a threat's cells and rows, and its counts; rows whose values
 * change are marked in @changed (if not NULL). */
static void
update_threat (HgRiskSheet       *sheet,
               HgRiskSheetThreat *t,
               guint8            *changed)
{
  HgRiskRow *rows = (HgRiskRow *) (void *) sheet->rows->data;

  compute_threat (sheet, t);
  memset (t->risk_sum, 0, sheet->n_departments * sizeof (guint64));
  memset (t->state.n_by_band, 0, sizeof t->state.n_by_band);
  t->state.n_rows = t->rows->len;

  for (guint i = 0; i < t->rows->len; i++)
    {
      guint32 index = g_array_index (t->rows, guint32, i);
      HgRiskRow *row = &rows[index];
      HgRiskRow before = *row;

      compute_row (sheet, t, row);
      if (changed != NULL && memcmp (&before, row, sizeof before) != 0)
        mark (changed, index);
      t->risk_sum[row->department] += row->risk;
      t->state.n_by_band[row->band]++;
    }
}

void
hg_risk_sheet_recompute (HgRiskSheet *sheet)
{
  for (guint i = 0; i < sheet->threats->len; i++)
    update_threat (sheet, g_ptr_array_index (sheet->threats, i), NULL);
}

/* ---- Life --------------------------------------------------------------------- */

static HgRiskSheet *
sheet_new (HgWorkbook      *workbook,
           HgRiskCatalogue *catalogue,
           gint64           only_asset)
{
  HgRiskSheet *sheet = g_new0 (HgRiskSheet, 1);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  sheet->workbook = g_object_ref (workbook);
  sheet->catalogue = catalogue;
  sheet->only_asset = only_asset;
  _hg_risk_sheet_load (sheet);
  hg_risk_sheet_recompute (sheet);
  return sheet;
}

HgRiskSheet *
hg_risk_sheet_new (HgWorkbook      *workbook,
                   HgRiskCatalogue *catalogue)
{
  return sheet_new (workbook, catalogue, 0);
}

HgRiskSheet *
hg_risk_sheet_new_for_asset (HgWorkbook      *workbook,
                             HgRiskCatalogue *catalogue,
                             gint64           asset_id)
{
  g_return_val_if_fail (asset_id > 0, NULL);

  return sheet_new (workbook, catalogue, asset_id);
}

void
hg_risk_sheet_free (HgRiskSheet *sheet)
{
  if (sheet == NULL)
    return;
  _hg_risk_sheet_clear (sheet);
  g_clear_object (&sheet->workbook);
  g_free (sheet);
}

/* ---- Refreshing after an edit ------------------------------------------------ */

static gboolean
touches (const char * const *tables,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_strv_contains (tables, names[i]))
      return TRUE;
  return FALSE;
}

/* A copy of what a partial load replaces, to see afterwards what changed. */
static guint8 *
snapshot_rated (HgRiskSheet *sheet)
{
  guint n = sheet->n_departments;
  guint8 *copy = g_new (guint8, (gsize) sheet->threats->len * n + 1);

  for (guint i = 0; i < sheet->threats->len; i++)
    memcpy (copy + (gsize) i * n, ((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, i))->rated, n);
  return copy;
}

static guint8 *
snapshot_status (HgRiskSheet *sheet)
{
  guint n = sheet->n_departments;
  guint8 *copy = g_new (guint8, (gsize) sheet->controls->len * n + 1);

  for (guint i = 0; i < sheet->controls->len; i++)
    memcpy (copy + (gsize) i * n,
            ((HgRiskSheetControl *) g_ptr_array_index (sheet->controls, i))->status, n);
  return copy;
}

static GPtrArray *
snapshot_links (HgRiskSheet *sheet)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < sheet->threats->len; i++)
    {
      GArray *controls = ((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, i))->controls;
      GArray *saved = g_array_sized_new (FALSE, FALSE, sizeof (guint), controls->len);

      g_array_append_vals (saved, controls->data, controls->len);
      g_ptr_array_add (copy, saved);
    }
  return copy;
}

static gboolean
same_links (GArray *a,
            GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint)) == 0;
}

/* Reads the small tables named in @tables again and marks in @dirty the
 * threats whose cells they change; FALSE when only a full reload will do. */
static gboolean
reload_inputs (HgRiskSheet        *sheet,
               const char * const *tables,
               gboolean           *dirty)
{
  guint n = sheet->n_departments;

  if (touches (tables, (const char *[]) { "risk_damage_table", "risk_band", NULL }))
    {
      hg_risk_tables_load (sheet->workbook, &sheet->tables);
      for (guint i = 0; i < sheet->threats->len; i++)
        dirty[i] = TRUE;
    }
  if (g_strv_contains (tables, "risk_likelihood"))
    {
      g_autofree guint8 *before = snapshot_rated (sheet);

      if (!_hg_risk_sheet_load_likelihoods (sheet))
        return FALSE;
      for (guint i = 0; i < sheet->threats->len; i++)
        if (memcmp (before + (gsize) i * n,
                    ((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, i))->rated, n) != 0)
          dirty[i] = TRUE;
    }
  if (g_strv_contains (tables, "risk_threat_control"))
    {
      g_autoptr(GPtrArray) before = snapshot_links (sheet);

      if (!_hg_risk_sheet_load_links (sheet))
        return FALSE;
      for (guint i = 0; i < sheet->threats->len; i++)
        if (!same_links (g_ptr_array_index (before, i),
                         ((HgRiskSheetThreat *) g_ptr_array_index (sheet->threats, i))->controls))
          dirty[i] = TRUE;
    }
  if (g_strv_contains (tables, "risk_control_answer"))
    {
      g_autofree guint8 *before = snapshot_status (sheet);

      if (!_hg_risk_sheet_load_answers (sheet))
        return FALSE;
      for (guint i = 0; i < sheet->controls->len; i++)
        {
          HgRiskSheetControl *c = g_ptr_array_index (sheet->controls, i);

          if (memcmp (before + (gsize) i * n, c->status, n) != 0)
            for (guint k = 0; k < c->threats->len; k++)
              dirty[g_array_index (c->threats, guint, k)] = TRUE;
        }
    }
  return TRUE;
}

static GArray *
changed_list (const guint8 *changed,
              guint         n_rows)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint byte = 0; byte < (n_rows + 7) / 8; byte++)
    if (changed[byte] != 0)
      for (guint bit = 0; bit < 8; bit++)
        if (changed[byte] & (1u << bit))
          {
            guint index = byte * 8 + bit;

            g_array_append_val (list, index);
          }
  return list;
}

/* The register itself: which rows the sheet has, and their departments. */
gboolean
hg_risk_sheet_reloads_for (const char * const *tables)
{
  static const char *structure[] = { "asset", "medium", "department", "risk_threat",
                                     "risk_medium", NULL };

  return tables == NULL || touches (tables, structure);
}

HgRiskSheetChange
hg_risk_sheet_refresh (HgRiskSheet         *sheet,
                       const char * const  *tables,
                       GArray             **changed_rows)
{
  g_autofree gboolean *dirty = NULL;
  g_autofree guint8 *changed = NULL;
  g_autoptr(GArray) list = NULL;
  HgRiskRow *rows;

  g_return_val_if_fail (sheet != NULL, HG_RISK_SHEET_UNCHANGED);

  if (changed_rows != NULL)
    *changed_rows = NULL;

  dirty = g_new0 (gboolean, sheet->threats->len + 1);
  if (hg_risk_sheet_reloads_for (tables) || !reload_inputs (sheet, tables, dirty))
    {
      _hg_risk_sheet_clear (sheet);
      _hg_risk_sheet_load (sheet);
      hg_risk_sheet_recompute (sheet);
      return HG_RISK_SHEET_RELOADED;
    }

  changed = g_new0 (guint8, sheet->rows->len / 8 + 1);
  rows = (HgRiskRow *) (void *) sheet->rows->data;
  if (g_strv_contains (tables, "risk_treatment"))
    {
      g_autoptr(GHashTable) before = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      GHashTableIter iter;
      gpointer key, value;

      _hg_risk_sheet_load_treatments (sheet, before);
      g_hash_table_iter_init (&iter, before);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint32 index = GPOINTER_TO_UINT (key);

          compute_row (sheet, g_ptr_array_index (sheet->threats, rows[index].threat), &rows[index]);
          if (memcmp (value, &rows[index], sizeof (HgRiskRow)) != 0)
            mark (changed, index);
        }
    }
  for (guint i = 0; i < sheet->threats->len; i++)
    if (dirty[i])
      update_threat (sheet, g_ptr_array_index (sheet->threats, i), changed);

  list = changed_list (changed, sheet->rows->len);
  if (list->len == 0)
    return HG_RISK_SHEET_UNCHANGED;
  if (changed_rows != NULL)
    *changed_rows = g_steal_pointer (&list);
  return HG_RISK_SHEET_UPDATED;
}

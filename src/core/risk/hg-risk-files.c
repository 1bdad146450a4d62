/* hg-risk-files.c
 *
 * The register's sheet has a row per risk: 600,000 for 100,000 assets. Its
 * rows are made one at a time as the file is written (HgTableRowFunc), from
 * the sheet's numbers and one reading of the register's names, so the
 * export never holds the whole sheet as text.
 *
 * Writing the Excel workbook takes seconds, so the window does it in a
 * thread while the user goes on editing. The workbook's connection is not
 * shared with that thread, and neither is the sheet, which the next edit
 * changes in place: hg_risk_export_new() reads everything the file needs
 * on the thread that owns the workbook — the register's names, the
 * treatments, the answers, the small sheets whole — and copies the sheet's
 * rows (32 bytes each, 25 MB for 783,332 risks, a few milliseconds).
 * hg_risk_export_write() reads only that copy: whatever the user edits
 * meanwhile, the file is the analysis as it stood when asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-files"

#include "config.h"

#include <string.h>

#include "hg-csv.h"
#include "hg-db.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-files.h"
#include "hg-risk-rating.h"
#include "hg-risk-treatment.h"
#include "hg-xlsx.h"

typedef struct
{
  const char        *header;
  HgXlsxColumnType   type;
  double             width;
} Column;

static const Column columns[HG_RISK_N_COLS] = {
  [HG_RISK_COL_ASSET_ID] = { "ID", HG_XLSX_COLUMN_NUMBER, 8 },
  [HG_RISK_COL_CATEGORY] = { "業務分類", HG_XLSX_COLUMN_TEXT, 10 },
  [HG_RISK_COL_ASSET] = { "情報資産名称", HG_XLSX_COLUMN_TEXT, 26 },
  [HG_RISK_COL_DEPARTMENT] = { "管理部署", HG_XLSX_COLUMN_TEXT, 12 },
  [HG_RISK_COL_MEDIUM] = { "媒体・保存先", HG_XLSX_COLUMN_TEXT, 16 },
  [HG_RISK_COL_CONFIDENTIALITY] = { "機密性", HG_XLSX_COLUMN_NUMBER, 7 },
  [HG_RISK_COL_INTEGRITY] = { "完全性", HG_XLSX_COLUMN_NUMBER, 7 },
  [HG_RISK_COL_AVAILABILITY] = { "可用性", HG_XLSX_COLUMN_NUMBER, 7 },
  [HG_RISK_COL_IMPORTANCE] = { "重要度", HG_XLSX_COLUMN_NUMBER, 7 },
  [HG_RISK_COL_THREAT] = { "脅威", HG_XLSX_COLUMN_TEXT, 22 },
  [HG_RISK_COL_LIKELIHOOD] = { "脅威の起こりやすさ", HG_XLSX_COLUMN_NUMBER, 9 },
  [HG_RISK_COL_VULNERABILITY] = { "脆弱性", HG_XLSX_COLUMN_NUMBER, 7 },
  [HG_RISK_COL_DAMAGE] = { "被害発生可能性", HG_XLSX_COLUMN_NUMBER, 9 },
  [HG_RISK_COL_RISK] = { "リスク値", HG_XLSX_COLUMN_NUMBER, 7 },
  [HG_RISK_COL_BAND] = { "評価", HG_XLSX_COLUMN_TEXT, 6 },
  [HG_RISK_COL_TREATMENT] = { "対応", HG_XLSX_COLUMN_TEXT, 8 },
  [HG_RISK_COL_MEASURES] = { "対策の内容", HG_XLSX_COLUMN_TEXT, 30 },
  [HG_RISK_COL_OWNER] = { "担当者", HG_XLSX_COLUMN_TEXT, 12 },
  [HG_RISK_COL_DUE] = { "期限", HG_XLSX_COLUMN_DATE, 11 },
  [HG_RISK_COL_PLAN] = { "対応状況", HG_XLSX_COLUMN_TEXT, 9 },
  [HG_RISK_COL_EXPECTED] = { "対応後の被害発生可能性", HG_XLSX_COLUMN_NUMBER, 9 },
  [HG_RISK_COL_RESIDUAL] = { "残留リスク", HG_XLSX_COLUMN_NUMBER, 8 },
  [HG_RISK_COL_APPROVER] = { "承認者", HG_XLSX_COLUMN_TEXT, 12 },
  [HG_RISK_COL_APPROVED_ON] = { "承認日", HG_XLSX_COLUMN_DATE, 11 },
  [HG_RISK_COL_REASON] = { "理由", HG_XLSX_COLUMN_TEXT, 30 },
};

/* Small numbers as text without formatting each one. */
static const char *digits[] = { "", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

const char *
hg_risk_column_header (HgRiskColumn column)
{
  g_return_val_if_fail (column < HG_RISK_N_COLS, "");

  return columns[column].header;
}

gboolean
hg_risk_file_format_from_name (const char       *name,
                               HgRiskFileFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_equal (lower, "csv") || g_str_has_suffix (lower, ".csv"))
    *format = HG_RISK_FILE_CSV;
  else if (g_str_equal (lower, "xlsx") || g_str_has_suffix (lower, ".xlsx"))
    *format = HG_RISK_FILE_XLSX;
  else
    return FALSE;
  return TRUE;
}

/* ---- The register with its risks ------------------------------------------------ */

typedef struct
{
  char   *category;
  char   *name;
  char   *department;
  char   *medium;
  guint8  c, i, a;
} Asset;

struct _HgRiskExport
{
  HgRiskFileFormat  format;
  const HgRiskRow  *rows;          /* the sheet's, copied unless @own_rows is NULL */
  HgRiskRow        *own_rows;
  guint             n_rows;
  GStrv             threat_names;  /* by the rows' threat index */
  Asset            *assets;
  guint             n_assets;
  guint32          *asset_of_row;
  GHashTable       *treatments;    /* row index → HgRiskTreatment */
  GHashTable       *people;        /* id → name */

  /* The Excel workbook's other sheets, small enough to make whole. */
  HgTable          *threats;
  HgTable          *controls;
  HgTable          *diagnosis;
  GArray           *control_columns;     /* of HgXlsxColumn */
  GPtrArray        *department_headers;  /* the texts of some of those */

  char              id[24];        /* the row being written's asset id */
};

void
hg_risk_export_free (HgRiskExport *e)
{
  if (e == NULL)
    return;
  for (guint i = 0; i < e->n_assets; i++)
    {
      g_free (e->assets[i].category);
      g_free (e->assets[i].name);
      g_free (e->assets[i].department);
      g_free (e->assets[i].medium);
    }
  g_free (e->assets);
  g_free (e->own_rows);
  g_strfreev (e->threat_names);
  g_free (e->asset_of_row);
  g_clear_pointer (&e->treatments, g_hash_table_unref);
  g_clear_pointer (&e->people, g_hash_table_unref);
  g_clear_pointer (&e->threats, hg_table_free);
  g_clear_pointer (&e->controls, hg_table_free);
  g_clear_pointer (&e->diagnosis, hg_table_free);
  g_clear_pointer (&e->control_columns, g_array_unref);
  g_clear_pointer (&e->department_headers, g_ptr_array_unref);
  g_free (e);
}

/* Copies the sheet's rows (unless @borrow_rows) and threat names, reads
 * the register's names once, in the sheet's order (asset id), and ties each
 * row to its asset. */
static void
read_register (HgRiskExport *e,
               HgRiskSheet  *sheet,
               gboolean      borrow_rows)
{
  HgWorkbook *workbook = hg_risk_sheet_get_workbook (sheet);
  sqlite3 *db = hg_workbook_get_db (workbook);
  guint n_rows = hg_risk_sheet_get_n_rows (sheet);
  const HgRiskRow *rows = hg_risk_sheet_get_rows (sheet);
  guint n_threats = hg_risk_sheet_get_n_threats (sheet);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) assets = g_array_new (FALSE, TRUE, sizeof (Asset));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) treatments = NULL;
  guint a = 0;

  e->n_rows = n_rows;
  if (borrow_rows)
    e->rows = rows;
  else
    e->rows = e->own_rows = g_memdup2 (rows, (gsize) n_rows * sizeof *rows);
  /* The stored names, not the display_ ones, in every interface language,
   * CSV included: the files are the Japanese risk-analysis sheet (Japanese
   * headers, read by Japanese spreadsheets and auditors), and a threat's
   * stored name is the catalogue's Japanese name or the company's own. */
  e->threat_names = g_new0 (char *, n_threats + 1);
  for (guint t = 0; t < n_threats; t++)
    e->threat_names[t] = g_strdup (hg_risk_sheet_get_threat (sheet, t)->name);

  stmt = hg_db_prepare (db,
    "SELECT a.id, a.business_category, a.name, ifnull (d.name, ''), m.name, "
    "a.confidentiality, a.integrity, a.availability FROM asset a "
    "LEFT JOIN department d ON d.id = a.department_id JOIN medium m ON m.id = a.medium_id "
    "WHERE a.status = 'in_use' ORDER BY a.id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Asset asset = { hg_db_column_dup (stmt, 1), hg_db_column_dup (stmt, 2),
                      hg_db_column_dup (stmt, 3), hg_db_column_dup (stmt, 4),
                      (guint8) sqlite3_column_int (stmt, 5), (guint8) sqlite3_column_int (stmt, 6),
                      (guint8) sqlite3_column_int (stmt, 7) };

      g_array_append_val (assets, asset);
      g_array_append_val (ids, id);
    }

  /* Both are in asset order: walk them together. */
  e->asset_of_row = g_new0 (guint32, n_rows + 1);
  for (guint r = 0; r < n_rows; r++)
    {
      while (a < ids->len && g_array_index (ids, gint64, a) < rows[r].asset_id)
        a++;
      e->asset_of_row[r] = a < ids->len ? a : 0;
    }

  e->treatments = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) hg_risk_treatment_free);
  treatments = hg_risk_treatment_list (workbook);
  for (guint i = 0; i < treatments->len; i++)
    {
      HgRiskTreatment *t = g_ptr_array_index (treatments, i);
      gint index = hg_risk_sheet_find_row (sheet, t->asset_id, t->threat_id);

      if (index >= 0)
        g_hash_table_insert (e->treatments, GINT_TO_POINTER (index), hg_risk_treatment_copy (t));
    }
  e->people = hg_db_load_names (db, "SELECT id, name FROM person");

  e->n_assets = ids->len;
  e->assets = (Asset *) (void *) g_array_steal (assets, NULL);
}

static void
register_row (guint      index,
              GPtrArray *cells,
              gpointer   user_data)
{
  HgRiskExport *e = user_data;
  const HgRiskRow *row = &e->rows[index];
  const Asset *asset = &e->assets[e->asset_of_row[index]];
  const HgRiskTreatment *t = row->treatment
    ? g_hash_table_lookup (e->treatments, GUINT_TO_POINTER (index)) : NULL;
  const char *owner = t && t->owner_id ? g_hash_table_lookup (e->people, &t->owner_id) : NULL;
  const char *cells_of_row[HG_RISK_N_COLS] = { 0 };

  g_snprintf (e->id, sizeof e->id, "%" G_GINT64_FORMAT, row->asset_id);
  cells_of_row[HG_RISK_COL_ASSET_ID] = e->id;
  cells_of_row[HG_RISK_COL_CATEGORY] = asset->category;
  cells_of_row[HG_RISK_COL_ASSET] = asset->name;
  cells_of_row[HG_RISK_COL_DEPARTMENT] = asset->department;
  cells_of_row[HG_RISK_COL_MEDIUM] = asset->medium;
  cells_of_row[HG_RISK_COL_CONFIDENTIALITY] = digits[asset->c % 10];
  cells_of_row[HG_RISK_COL_INTEGRITY] = digits[asset->i % 10];
  cells_of_row[HG_RISK_COL_AVAILABILITY] = digits[asset->a % 10];
  cells_of_row[HG_RISK_COL_IMPORTANCE] = digits[row->importance % 10];
  cells_of_row[HG_RISK_COL_THREAT] = e->threat_names[row->threat];
  cells_of_row[HG_RISK_COL_LIKELIHOOD] = digits[row->likelihood % 10];
  cells_of_row[HG_RISK_COL_VULNERABILITY] = digits[row->vulnerability % 10];
  cells_of_row[HG_RISK_COL_DAMAGE] = digits[row->damage % 10];
  cells_of_row[HG_RISK_COL_RISK] = digits[row->risk % 10];
  cells_of_row[HG_RISK_COL_BAND] = hg_risk_band_get_document_label (row->band);
  cells_of_row[HG_RISK_COL_TREATMENT] = hg_risk_treatment_get_document_label (row->treatment);
  cells_of_row[HG_RISK_COL_PLAN] = hg_risk_plan_get_document_label (row->plan);
  cells_of_row[HG_RISK_COL_EXPECTED] = digits[row->expected % 10];
  cells_of_row[HG_RISK_COL_RESIDUAL] = digits[row->residual % 10];
  if (t != NULL)
    {
      cells_of_row[HG_RISK_COL_MEASURES] = t->measures;
      cells_of_row[HG_RISK_COL_OWNER] = owner;
      cells_of_row[HG_RISK_COL_DUE] = t->due_on;
      cells_of_row[HG_RISK_COL_APPROVER] = t->approver;
      cells_of_row[HG_RISK_COL_APPROVED_ON] = t->approved_on;
      cells_of_row[HG_RISK_COL_REASON] = t->reason;
    }
  for (guint c = 0; c < HG_RISK_N_COLS; c++)
    g_ptr_array_add (cells, (gpointer) (cells_of_row[c] ? cells_of_row[c] : ""));
}

/* The CSV's first line is its header; the rows follow. */
static void
csv_row (guint      index,
         GPtrArray *cells,
         gpointer   user_data)
{
  if (index > 0)
    {
      register_row (index - 1, cells, user_data);
      return;
    }
  for (guint c = 0; c < HG_RISK_N_COLS; c++)
    g_ptr_array_add (cells, (gpointer) columns[c].header);
}

/* ---- The other sheets ---------------------------------------------------------- */

static GStrv
strv_take (GPtrArray *cells)
{
  g_ptr_array_add (cells, NULL);
  return (GStrv) g_ptr_array_free (cells, FALSE);
}

static HgTable *
threats_table (HgRiskSheet *sheet)
{
  HgTable *table = hg_table_new ();

  for (guint i = 0; i < hg_risk_sheet_get_n_threats (sheet); i++)
    {
      const HgRiskThreatState *t = hg_risk_sheet_get_threat (sheet, i);
      GPtrArray *cells = g_ptr_array_new ();
      g_autoptr(GString) controls = g_string_new (NULL);
      g_autoptr(GString) ratings = g_string_new (NULL);

      for (guint c = 0; c < hg_risk_sheet_get_n_controls (sheet); c++)
        {
          const HgRiskControlState *control = hg_risk_sheet_get_control (sheet, c);
          g_autoptr(GArray) countered = hg_risk_sheet_get_countered (sheet, control->key);

          for (guint k = 0; k < countered->len; k++)
            if (g_array_index (countered, guint, k) == i)
              g_string_append_printf (controls, "%s%s", controls->len ? "\n" : "",
                                      control->control && control->control->own_text
                                      ? control->control->own_text : control->key);
        }
      for (guint d = 1; d < hg_risk_sheet_get_n_departments (sheet); d++)
        {
          guint likelihood = 0;

          hg_risk_sheet_get_cell (sheet, t->id, hg_risk_sheet_get_department_id (sheet, d),
                                  &likelihood, NULL, NULL);
          g_string_append_printf (ratings, "%s%s: %u", ratings->len ? "\n" : "",
                                  hg_risk_sheet_get_department_name (sheet, d), likelihood);
        }

      g_ptr_array_add (cells, g_strdup (t->medium_name));
      g_ptr_array_add (cells, g_strdup (t->name));
      g_ptr_array_add (cells, g_strdup (t->description));
      g_ptr_array_add (cells, g_strdup_printf ("%u", t->likelihood));
      g_ptr_array_add (cells, g_strdup (ratings->str));
      g_ptr_array_add (cells, g_strdup_printf ("%u", t->vulnerability));
      g_ptr_array_add (cells, g_strdup_printf ("%u", t->damage));
      g_ptr_array_add (cells, g_strdup (controls->str));
      g_ptr_array_add (cells, g_strdup_printf ("%u", t->n_rows));
      for (HgRiskBand band = HG_RISK_BAND_LARGE; band >= HG_RISK_BAND_SMALL; band--)
        g_ptr_array_add (cells, g_strdup_printf ("%u", t->n_by_band[band]));
      hg_table_add_row (table, strv_take (cells), i + 2);
    }
  return table;
}

static const char *
group_title (const HgRiskControl *control)
{
  if (control == NULL)
    return "";
  return control->group->own_title ? control->group->own_title : control->group->title;
}

static HgTable *
controls_table (HgRiskSheet *sheet)
{
  HgWorkbook *workbook = hg_risk_sheet_get_workbook (sheet);
  HgTable *table = hg_table_new ();

  for (guint i = 0; i < hg_risk_sheet_get_n_controls (sheet); i++)
    {
      const HgRiskControlState *c = hg_risk_sheet_get_control (sheet, i);
      GPtrArray *cells = g_ptr_array_new ();
      g_autofree char *note = NULL;

      hg_risk_answer_get (workbook, c->key, HG_RISK_COMPANY, &note);
      g_ptr_array_add (cells, g_strdup (group_title (c->control)));
      g_ptr_array_add (cells, g_strdup (c->control && c->control->own_text ? c->control->own_text
                                                                            : c->key));
      g_ptr_array_add (cells, g_strdup (hg_risk_status_get_document_label (c->combined)));
      g_ptr_array_add (cells, g_strdup (hg_risk_status_get_document_label (c->company)));
      for (guint d = 1; d < hg_risk_sheet_get_n_departments (sheet); d++)
        g_ptr_array_add (cells, g_strdup (hg_risk_status_get_document_label (
          hg_risk_sheet_get_status (sheet, c->key, hg_risk_sheet_get_department_id (sheet, d)))));
      g_ptr_array_add (cells, g_strdup_printf ("%u", c->n_threats));
      g_ptr_array_add (cells, g_steal_pointer (&note));
      hg_table_add_row (table, strv_take (cells), i + 2);
    }
  return table;
}

static HgTable *
diagnosis_table (HgRiskSheet *sheet,
                 HgPack      *pack)
{
  g_autoptr(HgRiskDiagnosis) diagnosis = hg_risk_diagnosis_new (sheet, pack, 3);
  HgTable *table = hg_table_new ();

  for (guint i = 0; i < diagnosis->groups->len; i++)
    {
      const HgRiskDiagnosisGroup *g = g_ptr_array_index (diagnosis->groups, i);
      GPtrArray *cells = g_ptr_array_new ();
      g_autoptr(GString) weak = g_string_new (NULL);
      g_autoptr(GString) suggestions = g_string_new (NULL);
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      for (guint k = 0; k < g->weak->len; k++)
        {
          const HgRiskWeakControl *w = &g_array_index (g->weak, HgRiskWeakControl, k);

          g_string_append_printf (weak, "%s%s（%s）", weak->len ? "\n" : "", w->own_text,
                                  hg_risk_status_get_document_label (w->status));
        }
      for (guint k = 0; k < g->suggestions->len; k++)
        {
          const HgRiskSuggestionItem *s = &g_array_index (g->suggestions, HgRiskSuggestionItem, k);

          g_string_append_printf (suggestions, "%s%s → %s", suggestions->len ? "\n" : "",
                                  s->own_label ? s->own_label : s->question, s->own_value_label);
        }
      g_ptr_array_add (cells, g_strdup_printf ("%u", g->rank));
      g_ptr_array_add (cells, g_strdup (g->group->own_title ? g->group->own_title
                                                              : g->group->title));
      g_ptr_array_add (cells, g_strdup (g_ascii_formatd (number, sizeof number, "%.1f",
                                                         g->score)));
      g_ptr_array_add (cells, g_strdup (g_ascii_formatd (number, sizeof number, "%.1f",
                                                         g->potential)));
      g_ptr_array_add (cells, g_strdup_printf ("%u", g->potential > 0
                                               ? (guint) (100 * g->score / g->potential + 0.5) : 0));
      g_ptr_array_add (cells, g_strdup (weak->str));
      g_ptr_array_add (cells, g_strdup (suggestions->str));
      g_ptr_array_add (cells, g_strdup (g->group->chapter));
      hg_table_add_row (table, strv_take (cells), i + 2);
    }
  return table;
}

/* ---- Writing -------------------------------------------------------------------- */

/* The checklist's columns: one per department between the company's
 * answer and the count, named after the department. */
static void
read_control_columns (HgRiskExport *e,
                      HgRiskSheet  *sheet)
{
  e->control_columns = g_array_new (FALSE, FALSE, sizeof (HgXlsxColumn));
  e->department_headers = g_ptr_array_new_with_free_func (g_free);
  g_array_append_vals (e->control_columns, (HgXlsxColumn[]) {
    { "章", HG_XLSX_COLUMN_TEXT, 20 }, { "対策", HG_XLSX_COLUMN_TEXT, 50 },
    { "全社", HG_XLSX_COLUMN_TEXT, 14 }, { "会社の回答", HG_XLSX_COLUMN_TEXT, 14 } }, 4);
  for (guint d = 1; d < hg_risk_sheet_get_n_departments (sheet); d++)
    {
      char *header = g_strdup (hg_risk_sheet_get_department_name (sheet, d));

      g_ptr_array_add (e->department_headers, header);
      g_array_append_val (e->control_columns,
                          ((HgXlsxColumn) { header, HG_XLSX_COLUMN_TEXT, 14 }));
    }
  g_array_append_vals (e->control_columns, (HgXlsxColumn[]) {
    { "対応する脅威の数", HG_XLSX_COLUMN_NUMBER, 8 }, { "備考", HG_XLSX_COLUMN_TEXT, 30 } }, 2);
}

static gboolean
write_xlsx (HgRiskExport  *e,
            const char    *path,
            HgJob         *job,
            GError       **error)
{
  static const HgXlsxColumn threat_columns[] = {
    { "媒体・保存先", HG_XLSX_COLUMN_TEXT, 16 }, { "脅威", HG_XLSX_COLUMN_TEXT, 22 },
    { "内容", HG_XLSX_COLUMN_TEXT, 40 }, { "脅威の起こりやすさ", HG_XLSX_COLUMN_NUMBER, 9 },
    { "部署別の起こりやすさ", HG_XLSX_COLUMN_TEXT, 16 }, { "脆弱性", HG_XLSX_COLUMN_NUMBER, 7 },
    { "被害発生可能性", HG_XLSX_COLUMN_NUMBER, 9 }, { "対策", HG_XLSX_COLUMN_TEXT, 40 },
    { "対象の資産", HG_XLSX_COLUMN_NUMBER, 8 }, { "大", HG_XLSX_COLUMN_NUMBER, 6 },
    { "中", HG_XLSX_COLUMN_NUMBER, 6 }, { "小", HG_XLSX_COLUMN_NUMBER, 6 },
  };
  static const HgXlsxColumn diagnosis_columns[] = {
    { "順位", HG_XLSX_COLUMN_NUMBER, 6 }, { "章", HG_XLSX_COLUMN_TEXT, 24 },
    { "弱さの得点", HG_XLSX_COLUMN_NUMBER, 10 }, { "最大の得点", HG_XLSX_COLUMN_NUMBER, 10 },
    { "未対策の割合（％）", HG_XLSX_COLUMN_NUMBER, 10 }, { "弱い対策", HG_XLSX_COLUMN_TEXT, 50 },
    { "見直す設定", HG_XLSX_COLUMN_TEXT, 40 }, { "章のID", HG_XLSX_COLUMN_TEXT, 14 },
  };
  HgXlsxColumn register_columns[HG_RISK_N_COLS];

  for (guint c = 0; c < HG_RISK_N_COLS; c++)
    register_columns[c] = (HgXlsxColumn) { columns[c].header, columns[c].type, columns[c].width };

  {
    HgXlsxSheet sheets[] = {
      { HG_RISK_SHEET_REGISTER, register_columns, HG_RISK_N_COLS, NULL,
        e->n_rows, register_row, e },
      { HG_RISK_SHEET_THREATS, threat_columns, G_N_ELEMENTS (threat_columns), e->threats },
      { HG_RISK_SHEET_CONTROLS, (HgXlsxColumn *) (void *) e->control_columns->data,
        e->control_columns->len, e->controls },
      { HG_RISK_SHEET_DIAGNOSIS, diagnosis_columns, G_N_ELEMENTS (diagnosis_columns),
        e->diagnosis },
    };

    return hg_xlsx_write_sheets (path, sheets, G_N_ELEMENTS (sheets), job, error);
  }
}

static HgRiskExport *
export_new (HgRiskSheet      *sheet,
            HgPack           *pack,
            HgRiskFileFormat  format,
            gboolean          borrow_rows)
{
  HgRiskExport *e = g_new0 (HgRiskExport, 1);

  e->format = format;
  read_register (e, sheet, borrow_rows);
  if (format == HG_RISK_FILE_XLSX)
    {
      e->threats = threats_table (sheet);
      e->controls = controls_table (sheet);
      e->diagnosis = diagnosis_table (sheet, pack);
      read_control_columns (e, sheet);
    }
  return e;
}

/**
 * hg_risk_export_new:
 * @sheet: the risk sheet
 * @pack: (nullable): gives the diagnosis its wizard questions' labels
 * @format: what will be written
 *
 * Reads from the sheet and its workbook all that the file needs, on the
 * thread that edits the workbook. The result depends on neither after:
 * see the top of this file.
 *
 * Returns: (transfer full): the export, for hg_risk_export_write()
 */
HgRiskExport *
hg_risk_export_new (HgRiskSheet      *sheet,
                    HgPack           *pack,
                    HgRiskFileFormat  format)
{
  g_return_val_if_fail (sheet != NULL, NULL);

  return export_new (sheet, pack, format, FALSE);
}

/**
 * hg_risk_export_write:
 * @e: what hg_risk_export_new() read
 * @path: the file to write
 * @job: (nullable): counts the rows; cancelling it stops the export
 * @error: return location for an error
 *
 * Writes the file beside @path and renames it over @path when complete
 * (mode 0600). Reads nothing but @e, so it may run on any thread, one
 * thread at a time. A cancelled export fails with G_IO_ERROR_CANCELLED
 * and leaves @path as it was, with no temporary file beside it.
 *
 * Returns: %TRUE if written
 */
gboolean
hg_risk_export_write (HgRiskExport  *e,
                      const char    *path,
                      HgJob         *job,
                      GError       **error)
{
  g_return_val_if_fail (e != NULL && path != NULL, FALSE);

  if (e->format == HG_RISK_FILE_CSV)
    return hg_csv_write_rows (path, e->n_rows + 1, csv_row, e, job, error);
  return write_xlsx (e, path, job, error);
}

gboolean
hg_risk_export_file (HgRiskSheet       *sheet,
                     HgPack            *pack,
                     const char        *path,
                     HgRiskFileFormat   format,
                     GError           **error)
{
  g_autoptr(HgRiskExport) e = NULL;

  g_return_val_if_fail (sheet != NULL && path != NULL, FALSE);

  /* Written at once, while the sheet cannot change: its rows are read in
   * place, which spares the copy (25 MB for 783,332 risks). */
  e = export_new (sheet, pack, format, TRUE);
  return hg_risk_export_write (e, path, NULL, error);
}

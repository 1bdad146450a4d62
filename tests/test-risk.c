/* test-risk.c: the risk method — tables, vulnerability, departments,
 * treatments and the acceptance rule, incremental updates and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-asset-store.h"
#include "hg-department.h"
#include "hg-error.h"
#include "hg-risk-explanation.h"
#include "hg-risk-rating.h"
#include "hg-risk-sheet.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-test-risk.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

typedef struct
{
  char            *dir;
  HgWorkbook      *workbook;
  HgRiskCatalogue *catalogue;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "risk.hinagata", "株式会社リスク");
  f->catalogue = hg_test_risk_catalogue ();
  g_assert_true (hg_risk_needs_setup (f->workbook));
  g_assert_true (hg_risk_setup (f->workbook, f->catalogue, &error));
  g_assert_no_error (error);
  g_assert_false (hg_risk_needs_setup (f->workbook));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->catalogue, hg_risk_catalogue_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
answer (Fixture      *f,
        const char   *control,
        gint64        department_id,
        HgRiskStatus  status)
{
  hg_test_risk_answer (f->workbook, f->catalogue, control, department_id, status);
}

static void
rate (Fixture    *f,
      const char *threat_key,
      gint64      department_id,
      guint       likelihood)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_risk_likelihood_set (f->workbook, hg_test_risk_threat (f->workbook, threat_key),
                                         department_id, likelihood, &error));
  g_assert_no_error (error);
}

static const HgRiskRow *
row_of (HgRiskSheet *sheet,
        gint64       asset_id,
        gint64       threat_id)
{
  gint index = hg_risk_sheet_find_row (sheet, asset_id, threat_id);

  g_assert_cmpint (index, >=, 0);
  return hg_risk_sheet_get_row (sheet, (guint) index);
}

/* ---- Tables ------------------------------------------------------------------ */

static void
test_default_tables (void)
{
  /* domain.md §2.4: rows are likelihood 3, 2, 1; columns vulnerability 3, 2, 1. */
  static const guint expected[3][3] = { { 3, 2, 1 }, { 2, 1, 1 }, { 1, 1, 1 } };
  HgRiskTables tables;

  hg_risk_tables_init_default (&tables);
  for (guint t = 3; t >= 1; t--)
    for (guint v = 3; v >= 1; v--)
      g_assert_cmpuint (hg_risk_tables_damage (&tables, t, v), ==, expected[3 - t][3 - v]);

  for (guint risk = 1; risk <= 9; risk++)
    {
      HgRiskBand want = risk >= 6 ? HG_RISK_BAND_LARGE : risk == 4 ? HG_RISK_BAND_MEDIUM
                      : risk <= 3 ? HG_RISK_BAND_SMALL : HG_RISK_BAND_NONE;

      g_assert_cmpint (hg_risk_tables_band (&tables, risk), ==, want);
    }
  g_assert_null (hg_risk_tables_check_bands (&tables));
  g_assert_cmpstr (hg_risk_band_get_document_label (HG_RISK_BAND_LARGE), ==, "大");
}

/* Every cell of the damage table and every band, through the whole chain:
 * importance × likelihood × vulnerability for three assets on paper. */
static void
test_every_cell (Fixture       *f,
                 gconstpointer  data)
{
  static const guint damage[4][4] = {
    { 0 }, { 0, 1, 1, 1 }, { 0, 1, 1, 2 }, { 0, 1, 2, 3 } };  /* [likelihood][vulnerability] */
  gint64 assets[4];
  gint64 threat = hg_test_risk_threat (f->workbook, "paper_loss");
  guint checked = 0;

  for (guint imp = 1; imp <= 3; imp++)
    assets[imp] = hg_test_risk_add_asset (f->workbook, imp == 1 ? "案内" : imp == 2 ? "見積" : "名簿",
                                          "書類", 0, imp, 1, 1);

  for (guint likelihood = 1; likelihood <= 3; likelihood++)
    for (guint vulnerability = 1; vulnerability <= 3; vulnerability++)
      {
        g_autoptr(HgRiskSheet) sheet = NULL;

        /* paper_loss is countered by clean_desk and takeout_approval. */
        rate (f, "paper_loss", HG_RISK_COMPANY, likelihood);
        answer (f, "clean_desk", HG_RISK_COMPANY, vulnerability < 3 ? HG_RISK_DONE : HG_RISK_NOT_DONE);
        answer (f, "takeout_approval", HG_RISK_COMPANY,
                vulnerability == 1 ? HG_RISK_DONE : HG_RISK_NOT_DONE);
        sheet = hg_risk_sheet_new (f->workbook, f->catalogue);

        for (guint imp = 1; imp <= 3; imp++)
          {
            const HgRiskRow *row = row_of (sheet, assets[imp], threat);
            guint risk = imp * damage[likelihood][vulnerability];

            g_assert_cmpuint (row->importance, ==, imp);
            g_assert_cmpuint (row->likelihood, ==, likelihood);
            g_assert_cmpuint (row->vulnerability, ==, vulnerability);
            g_assert_cmpuint (row->damage, ==, damage[likelihood][vulnerability]);
            g_assert_cmpuint (row->risk, ==, risk);
            g_assert_cmpuint (row->band, ==, risk >= 6 ? HG_RISK_BAND_LARGE
                                             : risk == 4 ? HG_RISK_BAND_MEDIUM : HG_RISK_BAND_SMALL);
            g_assert_cmpuint (row->residual, ==, risk);
            checked++;
          }
      }
  g_assert_cmpuint (checked, ==, 27);
}

static void
test_edit_tables (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(GArray) changed = NULL;
  HgRiskTables tables;
  gint64 asset = hg_test_risk_add_asset (f->workbook, "見積書", "書類", 0, 2, 2, 1);
  gint64 threat = hg_test_risk_threat (f->workbook, "paper_loss");

  /* likelihood 2 (the catalogue's), one of two controls done: vulnerability 2. */
  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_DONE);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_assert_cmpuint (row_of (sheet, asset, threat)->damage, ==, 1);
  g_assert_cmpuint (row_of (sheet, asset, threat)->risk, ==, 2);

  g_assert_true (hg_risk_tables_set_damage (f->workbook, 2, 2, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_damage_table", NULL },
                                          &changed), ==, HG_RISK_SHEET_UPDATED);
  g_assert_cmpuint (row_of (sheet, asset, threat)->risk, ==, 4);
  g_assert_cmpuint (row_of (sheet, asset, threat)->band, ==, HG_RISK_BAND_MEDIUM);

  /* 中 may take 4 alone or reach up to 5; a value left without a band or
   * two bands overlapping are refused, naming the field. */
  hg_risk_tables_load (f->workbook, &tables);
  tables.band_max[HG_RISK_BAND_SMALL] = 4;
  g_assert_false (hg_risk_tables_set_bands (f->workbook, &tables, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Risk bands: "));
  g_clear_error (&error);
  hg_risk_tables_load (f->workbook, &tables);
  tables.band_min[HG_RISK_BAND_LARGE] = 7;
  g_assert_false (hg_risk_tables_set_bands (f->workbook, &tables, &error));
  g_clear_error (&error);
  g_assert_false (hg_risk_tables_set_damage (f->workbook, 2, 2, 4, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  /* 4 is 小 once 中 starts at 5. */
  hg_risk_tables_load (f->workbook, &tables);
  tables.band_max[HG_RISK_BAND_SMALL] = 4;
  tables.band_min[HG_RISK_BAND_MEDIUM] = 5;
  tables.band_max[HG_RISK_BAND_MEDIUM] = 5;
  g_assert_true (hg_risk_tables_set_bands (f->workbook, &tables, &error));
  g_assert_no_error (error);
  hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_band", NULL }, NULL);
  g_assert_cmpuint (row_of (sheet, asset, threat)->band, ==, HG_RISK_BAND_SMALL);

  g_assert_true (hg_risk_tables_reset (f->workbook, &error));
  hg_risk_sheet_refresh (sheet, NULL, NULL);
  g_assert_cmpuint (row_of (sheet, asset, threat)->risk, ==, 2);
}

/* ---- Vulnerability -------------------------------------------------------------- */

static guint
vulnerability_now (Fixture *f,
                   gint64   threat,
                   char   **why)
{
  g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_autoptr(HgRiskExplanation) e = hg_risk_sheet_explain (sheet, threat, HG_RISK_COMPANY);
  guint vulnerability = 0;

  g_assert_true (hg_risk_sheet_get_cell (sheet, threat, HG_RISK_COMPANY, NULL, &vulnerability,
                                         NULL));
  g_assert_cmpuint (e->vulnerability, ==, vulnerability);
  if (why != NULL)
    *why = g_strdup (e->summary);
  return vulnerability;
}

static void
test_vulnerability (Fixture       *f,
                    gconstpointer  data)
{
  gint64 threat = hg_test_risk_threat (f->workbook, "paper_loss");
  g_autofree char *why = NULL;
  g_autoptr(GError) error = NULL;
  gint64 own;

  /* Unanswered controls count as not done. */
  g_assert_cmpuint (vulnerability_now (f, threat, &why), ==, 3);
  hg_test_assert_contains (why, "None of its 2 applicable controls is done");
  hg_test_assert_contains (why, "Not answered yet (counts as not done): ");
  g_clear_pointer (&why, g_free);

  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_DONE);
  g_assert_cmpuint (vulnerability_now (f, threat, &why), ==, 2);
  hg_test_assert_contains (why, "1 of its 2 applicable controls are done or partly done");
  g_clear_pointer (&why, g_free);

  /* 該当しない is left out: the one that applies is done. */
  answer (f, "takeout_approval", HG_RISK_COMPANY, HG_RISK_NOT_APPLICABLE);
  g_assert_cmpuint (vulnerability_now (f, threat, &why), ==, 1);
  hg_test_assert_contains (why, "Its 1 applicable control is done");
  g_clear_pointer (&why, g_free);

  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_PARTIAL);
  answer (f, "takeout_approval", HG_RISK_COMPANY, HG_RISK_NOT_DONE);
  g_assert_cmpuint (vulnerability_now (f, threat, &why), ==, 2);
  hg_test_assert_contains (why, "Partly done: ");
  hg_test_assert_contains (why, "Not done: ");
  g_clear_pointer (&why, g_free);

  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_NOT_DONE);
  g_assert_cmpuint (vulnerability_now (f, threat, NULL), ==, 3);

  /* Nothing applicable stands against the threat: 3, and the text says why. */
  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_NOT_APPLICABLE);
  answer (f, "takeout_approval", HG_RISK_COMPANY, HG_RISK_NOT_APPLICABLE);
  g_assert_cmpuint (vulnerability_now (f, threat, &why), ==, 3);
  hg_test_assert_contains (why, "marked not applicable");
  g_clear_pointer (&why, g_free);

  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_DONE);
  answer (f, "takeout_approval", HG_RISK_COMPANY, HG_RISK_DONE);
  g_assert_cmpuint (vulnerability_now (f, threat, &why), ==, 1);
  hg_test_assert_contains (why, "All its 2 applicable controls are done");
  g_clear_pointer (&why, g_free);

  /* The company's own threat has no control until one is linked. */
  own = hg_risk_threat_add (f->workbook, hg_test_risk_medium (f->workbook, "書類"),
                            "社内便の誤配", "拠点間の社内便が別の部署に届く", 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vulnerability_now (f, own, &why), ==, 3);
  hg_test_assert_contains (why, "No control is linked");
  g_clear_pointer (&why, g_free);
  g_assert_true (hg_risk_threat_set_control (f->workbook, f->catalogue, own, "clean_desk", TRUE,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vulnerability_now (f, own, NULL), ==, 1);
}

/* The risk texts go through the one text check, multi-line or not. */
static void
test_text_checks (Fixture       *f,
                  gconstpointer  data)
{
  gint64 medium = hg_test_risk_medium (f->workbook, "書類");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hg_risk_threat_add (f->workbook, medium, "誤配\x1b[2K", "", 2, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "Threat: Contains a control character (U+001B) at "
                                       "position 3");
  g_clear_error (&error);
  g_assert_cmpint (hg_risk_threat_add (f->workbook, medium, "誤配", "説明\x7f", 2, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "Description of the threat: Contains a control "
                                       "character (U+007F) at position 3");
  g_clear_error (&error);
  g_assert_false (hg_risk_answer_set (f->workbook, f->catalogue, "clean_desk", 0, HG_RISK_DONE,
                                      "\xc2\x85", &error));
  g_assert_cmpstr (error->message, ==, "Note: Contains a control character (U+0085) at "
                                       "position 1");
  g_clear_error (&error);

  /* A description may hold line breaks. */
  g_assert_cmpint (hg_risk_threat_add (f->workbook, medium, "誤配", "一行目\n二行目", 2, &error),
                   >, 0);
  g_assert_no_error (error);
}

/* ---- Departments ----------------------------------------------------------------- */

static void
test_departments (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 factory = hg_department_add (f->workbook, "製造部", &error);
  gint64 sales = hg_department_add (f->workbook, "営業部", &error);
  gint64 threat = hg_test_risk_threat (f->workbook, "paper_loss");
  gint64 a_factory = hg_test_risk_add_asset (f->workbook, "図面", "書類", factory, 3, 3, 2);
  gint64 a_sales = hg_test_risk_add_asset (f->workbook, "見積書", "書類", sales, 2, 2, 1);
  gint64 a_none = hg_test_risk_add_asset (f->workbook, "会社案内", "書類", 0, 1, 1, 1);
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(HgRiskExplanation) why = NULL;
  guint likelihood, vulnerability;

  g_assert_no_error (error);
  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_DONE);
  answer (f, "takeout_approval", HG_RISK_COMPANY, HG_RISK_DONE);
  rate (f, "paper_loss", HG_RISK_COMPANY, 2);

  /* The factory does not approve taking papers out; sales sees loss as likely. */
  answer (f, "takeout_approval", factory, HG_RISK_NOT_DONE);
  rate (f, "paper_loss", sales, 3);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);

  g_assert_cmpuint (row_of (sheet, a_factory, threat)->vulnerability, ==, 2);
  g_assert_cmpuint (row_of (sheet, a_factory, threat)->likelihood, ==, 2);
  g_assert_cmpuint (row_of (sheet, a_sales, threat)->vulnerability, ==, 1);
  g_assert_cmpuint (row_of (sheet, a_sales, threat)->likelihood, ==, 3);
  g_assert_cmpuint (row_of (sheet, a_none, threat)->vulnerability, ==, 1);
  g_assert_cmpuint (row_of (sheet, a_none, threat)->likelihood, ==, 2);

  /* The company as a whole: worst likelihood, and a control done by the
   * company but not by the factory is partly done. */
  g_assert_true (hg_risk_sheet_get_cell (sheet, threat, HG_RISK_ALL_DEPARTMENTS, &likelihood,
                                         &vulnerability, NULL));
  g_assert_cmpuint (likelihood, ==, 3);
  g_assert_cmpuint (vulnerability, ==, 2);
  g_assert_cmpint (hg_risk_sheet_get_status (sheet, "takeout_approval", HG_RISK_ALL_DEPARTMENTS),
                   ==, HG_RISK_PARTIAL);
  g_assert_cmpint (hg_risk_sheet_get_status (sheet, "clean_desk", HG_RISK_ALL_DEPARTMENTS), ==,
                   HG_RISK_DONE);
  g_assert_cmpint (hg_risk_sheet_get_status (sheet, "takeout_approval", sales), ==, HG_RISK_DONE);
  g_assert_cmpint (hg_risk_sheet_get_status (sheet, "takeout_approval", factory), ==,
                   HG_RISK_NOT_DONE);

  why = hg_risk_sheet_explain (sheet, threat, factory);
  hg_test_assert_contains (why->summary, "Likelihood 2, as the company rated it.");
  g_assert_cmpint (g_array_index (why->controls, HgRiskExplainedControl, 1).source, ==,
                   HG_RISK_SOURCE_DEPARTMENT);
  g_clear_pointer (&why, hg_risk_explanation_free);
  why = hg_risk_sheet_explain (sheet, threat, sales);
  hg_test_assert_contains (why->summary, "Likelihood 3, as the department rated it.");

  /* Taking the factory's answer back: it follows the company again. */
  answer (f, "takeout_approval", factory, HG_RISK_UNANSWERED);
  hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_control_answer", NULL }, NULL);
  g_assert_cmpuint (row_of (sheet, a_factory, threat)->vulnerability, ==, 1);
  g_assert_cmpint (hg_risk_sheet_get_status (sheet, "takeout_approval", HG_RISK_ALL_DEPARTMENTS),
                   ==, HG_RISK_DONE);

  /* A department's answer with no company answer: the others stay unanswered. */
  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_UNANSWERED);
  answer (f, "clean_desk", sales, HG_RISK_DONE);
  hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_control_answer", NULL }, NULL);
  g_assert_cmpuint (row_of (sheet, a_sales, threat)->vulnerability, ==, 1);
  g_assert_cmpuint (row_of (sheet, a_none, threat)->vulnerability, ==, 2);
  g_assert_cmpuint (row_of (sheet, a_factory, threat)->vulnerability, ==, 2);
  g_assert_cmpint (hg_risk_sheet_get_status (sheet, "clean_desk", HG_RISK_ALL_DEPARTMENTS), ==,
                   HG_RISK_DONE);

  /* Removing a department removes its ratings and answers. */
  g_assert_true (hg_department_remove (f->workbook, sales, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hg_risk_likelihood_get (f->workbook, threat, sales), ==, 0);
  g_assert_cmpint (hg_risk_sheet_refresh (sheet, (const char *[]) { "department", NULL }, NULL),
                   ==, HG_RISK_SHEET_RELOADED);
  g_assert_cmpuint (row_of (sheet, a_sales, threat)->likelihood, ==, 2);
}

/* ---- Treatments --------------------------------------------------------------- */

static void
test_acceptance (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(HgRiskTreatment) t = NULL;
  gint64 loss = hg_test_risk_threat (f->workbook, "paper_loss");
  gint64 peek = hg_test_risk_threat (f->workbook, "paper_peek");
  gint64 pc = hg_test_risk_threat (f->workbook, "pc_malware");
  gint64 roster = hg_test_risk_add_asset (f->workbook, "従業員名簿", "書類", 0, 3, 2, 2);
  gint64 leaflet = hg_test_risk_add_asset (f->workbook, "会社案内", "書類", 0, 1, 1, 1);

  /* Likelihood 3, nothing done: 3 × 3 = 9, 大. */
  rate (f, "paper_loss", HG_RISK_COMPANY, 3);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_assert_cmpuint (row_of (sheet, roster, loss)->band, ==, HG_RISK_BAND_LARGE);

  t = hg_risk_treatment_new (roster, loss, HG_RISK_TREATMENT_ACCEPT);
  g_assert_false (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Approver: "));
  g_clear_error (&error);
  g_free (t->approver);
  t->approver = g_strdup ("代表取締役 山田");
  g_assert_false (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_true (g_str_has_prefix (error->message, "Date of approval: "));
  g_clear_error (&error);
  g_free (t->approved_on);
  t->approved_on = g_strdup ("2026/4/1");
  g_assert_false (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_true (g_str_has_prefix (error->message, "Reason: "));
  g_clear_error (&error);
  g_free (t->reason);
  t->reason = g_strdup ("施錠保管しており、残りは保険で備える");
  g_assert_true (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_no_error (error);
  g_clear_pointer (&t, hg_risk_treatment_free);
  t = hg_risk_treatment_get (f->workbook, roster, loss);
  g_assert_cmpstr (t->approved_on, ==, "2026-04-01");
  g_assert_cmpint (t->kind, ==, HG_RISK_TREATMENT_ACCEPT);

  hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_treatment", NULL }, NULL);
  g_assert_cmpuint (row_of (sheet, roster, loss)->treatment, ==, HG_RISK_TREATMENT_ACCEPT);
  g_assert_true (row_of (sheet, roster, loss)->flags & HG_RISK_ROW_APPROVED);
  g_assert_false (row_of (sheet, roster, loss)->flags & HG_RISK_ROW_NEEDS_APPROVAL);
  g_clear_pointer (&t, hg_risk_treatment_free);

  /* A small risk may be accepted without approval… */
  t = hg_risk_treatment_new (roster, peek, HG_RISK_TREATMENT_ACCEPT);
  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_DONE);
  answer (f, "visitor_control", HG_RISK_COMPANY, HG_RISK_DONE);
  answer (f, "privacy_filter", HG_RISK_COMPANY, HG_RISK_DONE);
  g_assert_true (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_no_error (error);
  hg_risk_sheet_refresh (sheet, NULL, NULL);
  g_assert_cmpuint (row_of (sheet, roster, peek)->band, ==, HG_RISK_BAND_SMALL);
  g_assert_false (row_of (sheet, roster, peek)->flags & HG_RISK_ROW_NEEDS_APPROVAL);

  /* …but once it grows to 大 the sheet says it needs approval. */
  rate (f, "paper_peek", HG_RISK_COMPANY, 3);
  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_NOT_DONE);
  answer (f, "visitor_control", HG_RISK_COMPANY, HG_RISK_NOT_DONE);
  answer (f, "privacy_filter", HG_RISK_COMPANY, HG_RISK_NOT_DONE);
  hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_likelihood", "risk_control_answer", NULL },
                         NULL);
  g_assert_cmpuint (row_of (sheet, roster, peek)->band, ==, HG_RISK_BAND_LARGE);
  g_assert_true (row_of (sheet, roster, peek)->flags & HG_RISK_ROW_NEEDS_APPROVAL);
  g_clear_pointer (&t, hg_risk_treatment_free);

  /* Residual risk: importance × the expected likelihood of damage. */
  t = hg_risk_treatment_new (leaflet, loss, HG_RISK_TREATMENT_REDUCE);
  t->expected_damage = 1;
  g_assert_true (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_clear_pointer (&t, hg_risk_treatment_free);
  t = hg_risk_treatment_new (roster, loss, HG_RISK_TREATMENT_REDUCE);
  t->expected_damage = 1;
  g_free (t->measures);
  t->measures = g_strdup ("持ち出し簿をつける");
  g_strfreev (t->control_keys);
  t->control_keys = g_strsplit ("takeout_approval", " ", -1);
  g_free (t->due_on);
  t->due_on = g_strdup ("2026/9/30");
  g_assert_true (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_no_error (error);
  hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_treatment", NULL }, NULL);
  g_assert_cmpuint (row_of (sheet, roster, loss)->risk, ==, 9);
  g_assert_cmpuint (row_of (sheet, roster, loss)->residual, ==, 3);
  g_assert_cmpuint (row_of (sheet, leaflet, loss)->residual, ==, 1);
  g_assert_false (row_of (sheet, roster, loss)->flags & HG_RISK_ROW_APPROVED);
  g_clear_pointer (&t, hg_risk_treatment_free);

  /* A threat of another medium, a bad date, an unknown control: refused. */
  t = hg_risk_treatment_new (roster, pc, HG_RISK_TREATMENT_REDUCE);
  g_assert_false (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_true (g_str_has_prefix (error->message, "Threat: "));
  g_clear_error (&error);
  t->threat_id = loss;
  g_free (t->due_on);
  t->due_on = g_strdup ("来月");
  g_assert_false (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_true (g_str_has_prefix (error->message, "Due date: "));
  g_clear_error (&error);
  g_free (t->due_on);
  t->due_on = g_strdup ("");
  g_strfreev (t->control_keys);
  t->control_keys = g_strsplit ("no_such_control", " ", -1);
  g_assert_false (hg_risk_treatment_set (f->workbook, f->catalogue, t, &error));
  g_assert_true (g_str_has_prefix (error->message, "Control: "));
  g_clear_error (&error);

  g_assert_true (hg_risk_treatment_remove (f->workbook, roster, loss, &error));
  g_assert_null (hg_risk_treatment_get (f->workbook, roster, loss));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "risk_treatment"), ==, 2);
}

/* ---- Undo and the incremental update ------------------------------------------ */

static void
test_undo_answer (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(GArray) changed = NULL;
  gint64 threat = hg_test_risk_threat (f->workbook, "paper_loss");
  gint64 other = hg_test_risk_threat (f->workbook, "paper_disaster");
  gint64 roster = hg_test_risk_add_asset (f->workbook, "従業員名簿", "書類", 0, 3, 2, 2);

  hg_test_risk_add_asset (f->workbook, "日報", "事務所PC", 0, 1, 1, 1);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_assert_cmpuint (row_of (sheet, roster, threat)->vulnerability, ==, 3);

  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_DONE);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Answer Control");
  g_assert_cmpint (hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_control_answer", NULL },
                                          &changed), ==, HG_RISK_SHEET_UPDATED);
  /* Only the rows of the threats clean_desk counters changed: on paper,
   * loss, overlooking and theft of the one asset on paper. */
  g_assert_cmpuint (changed->len, ==, 3);
  for (guint i = 0; i < changed->len; i++)
    {
      const HgRiskRow *row = hg_risk_sheet_get_row (sheet, g_array_index (changed, guint, i));

      g_assert_cmpint (row->asset_id, ==, roster);
      g_assert_cmpint (row->threat_id, !=, other);
    }
  g_assert_cmpuint (row_of (sheet, roster, threat)->vulnerability, ==, 2);
  g_clear_pointer (&changed, g_array_unref);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_risk_answer_get (f->workbook, "clean_desk", HG_RISK_COMPANY, NULL), ==,
                   HG_RISK_UNANSWERED);
  g_assert_cmpint (hg_risk_sheet_refresh (sheet, (const char *[]) { "risk_control_answer", NULL },
                                          &changed), ==, HG_RISK_SHEET_UPDATED);
  g_assert_cmpuint (row_of (sheet, roster, threat)->vulnerability, ==, 3);

  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_cmpint (hg_risk_answer_get (f->workbook, "clean_desk", HG_RISK_COMPANY, NULL), ==,
                   HG_RISK_DONE);

  /* An edit that changes nothing the sheet shows changes nothing. */
  g_assert_cmpint (hg_risk_sheet_refresh (sheet, (const char *[]) { "company", NULL }, NULL), ==,
                   HG_RISK_SHEET_UNCHANGED);
}

static void
assert_same_as_new (Fixture     *f,
                    HgRiskSheet *sheet)
{
  g_autoptr(HgRiskSheet) fresh = hg_risk_sheet_new (f->workbook, f->catalogue);
  guint n = hg_risk_sheet_get_n_rows (sheet);

  g_assert_cmpuint (n, ==, hg_risk_sheet_get_n_rows (fresh));
  g_assert_cmpmem (hg_risk_sheet_get_rows (sheet), n * sizeof (HgRiskRow),
                   hg_risk_sheet_get_rows (fresh), n * sizeof (HgRiskRow));
  g_assert_cmpuint (hg_risk_sheet_get_n_threats (sheet), ==, hg_risk_sheet_get_n_threats (fresh));
  for (guint i = 0; i < hg_risk_sheet_get_n_threats (sheet); i++)
    {
      const HgRiskThreatState *a = hg_risk_sheet_get_threat (sheet, i);
      const HgRiskThreatState *b = hg_risk_sheet_get_threat (fresh, i);

      g_assert_cmpuint (a->likelihood, ==, b->likelihood);
      g_assert_cmpuint (a->vulnerability, ==, b->vulnerability);
      g_assert_cmpuint (a->damage, ==, b->damage);
      g_assert_cmpuint (a->n_controls, ==, b->n_controls);
      g_assert_cmpmem (a->n_by_band, sizeof a->n_by_band, b->n_by_band, sizeof b->n_by_band);
      for (guint d = 0; d < hg_risk_sheet_get_n_departments (sheet); d++)
        g_assert_cmpuint (hg_risk_sheet_get_risk_sum (sheet, i, d), ==,
                          hg_risk_sheet_get_risk_sum (fresh, i, d));
    }
  for (guint i = 0; i < hg_risk_sheet_get_n_controls (sheet); i++)
    g_assert_cmpint (hg_risk_sheet_get_control (sheet, i)->combined, ==,
                     hg_risk_sheet_get_control (fresh, i)->combined);
}

/* What the workbook's "changed" signal says, as a view hears it. */
static void
remember_tables (HgWorkbook *workbook,
                 GStrv       tables,
                 GStrv      *out)
{
  g_strfreev (*out);
  *out = g_strdupv (tables);
}

/* Changes of every kind, undo and redo, each followed by the incremental
 * update with the tables the workbook named, give the same sheet as
 * computing it from nothing. */
static void
test_incremental (Fixture       *f,
                  gconstpointer  data)
{
  static const char *controls[] = { "clean_desk", "takeout_approval", "updates", "backup",
                                    "anti_malware", "mfa", "encrypt_media" };
  static const char *media[] = { "書類", "事務所PC", "社内サーバ", "可搬電子媒体" };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskSheet) sheet = NULL;
  g_autoptr(GPtrArray) threats = NULL;
  g_auto(GStrv) tables = NULL;
  gint64 department = hg_department_add (f->workbook, "品質保証部", &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260401);
  guint updated = 0;
  gint64 first = 0;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("資産%02u", i);
      gint64 id = hg_test_risk_add_asset (f->workbook, name, media[i % 4], i % 3 ? department : 0,
                                          1 + i % 3, 1 + i / 3 % 3, 1 + i / 9 % 3);

      first = first ? first : id;
    }
  threats = hg_risk_threat_list (f->workbook, 0);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (sheet), ==, 10 * 6 + 10 * 6 + 10 * 6 + 10 * 4);
  g_signal_connect (f->workbook, "changed", G_CALLBACK (remember_tables), &tables);

  for (guint round = 0; round < 80; round++)
    {
      gint64 who = g_rand_boolean (rand) ? department : HG_RISK_COMPANY;
      HgRiskThreat *threat = g_ptr_array_index (threats, g_rand_int_range (rand, 0,
                                                                           (gint32) threats->len));
      const char *control = controls[g_rand_int_range (rand, 0, G_N_ELEMENTS (controls))];
      g_autoptr(HgRiskTreatment) t = NULL;

      g_clear_pointer (&tables, g_strfreev);
      switch (g_rand_int_range (rand, 0, 7))
        {
        case 0:
          answer (f, control, who, (HgRiskStatus) g_rand_int_range (rand, 0, HG_RISK_N_STATUSES));
          break;
        case 1:
          g_assert_true (hg_risk_likelihood_set (f->workbook, threat->id, who,
                                                 (guint) g_rand_int_range (rand, who ? 0 : 1, 4),
                                                 &error));
          break;
        case 2:
          g_assert_true (hg_risk_threat_set_control (f->workbook, f->catalogue, threat->id,
                                                     control, g_rand_boolean (rand), &error));
          break;
        case 3:
          g_assert_true (hg_risk_tables_set_damage (f->workbook,
                                                    (guint) g_rand_int_range (rand, 1, 4),
                                                    (guint) g_rand_int_range (rand, 1, 4),
                                                    (guint) g_rand_int_range (rand, 1, 4), &error));
          break;
        case 4:
          t = hg_risk_treatment_new (first + g_rand_int_range (rand, 0, 4),
                                     hg_risk_sheet_get_row (sheet, 0)->threat_id,
                                     HG_RISK_TREATMENT_REDUCE);
          t->expected_damage = (guint) g_rand_int_range (rand, 0, 4);
          /* Refused when the threat is not of the asset's medium: fine. */
          if (!hg_risk_treatment_set (f->workbook, f->catalogue, t, &error))
            g_clear_error (&error);
          break;
        case 5:
          g_assert_true (hg_workbook_undo (f->workbook, &error));
          break;
        default:
          g_assert_true (hg_workbook_redo (f->workbook, &error));
          break;
        }
      g_assert_no_error (error);
      if (tables != NULL
          && hg_risk_sheet_refresh (sheet, (const char * const *) tables, NULL)
             == HG_RISK_SHEET_UPDATED)
        updated++;
      assert_same_as_new (f, sheet);
    }
  /* Most rounds went the incremental way. */
  g_assert_cmpuint (updated, >, 30);
}

static guint
count_threats (Fixture *f,
               gint64   medium_id)
{
  g_autoptr(GPtrArray) threats = hg_risk_threat_list (f->workbook, medium_id);

  return threats->len;
}

static void
test_threats (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paper = NULL;
  g_autoptr(GPtrArray) shelf_threats = NULL;
  g_autoptr(GPtrArray) usb_threats = NULL;
  gint64 paper_id = hg_test_risk_medium (f->workbook, "書類");
  gint64 loss = hg_test_risk_threat (f->workbook, "paper_loss");
  g_auto(GStrv) controls = hg_risk_threat_get_controls (f->workbook, loss);
  gint64 shelf, usb, own;

  /* Seeded from the catalogue: names, the default likelihood, counters. */
  paper = hg_risk_threat_list (f->workbook, paper_id);
  g_assert_cmpuint (paper->len, ==, 6);
  g_assert_cmpstr (((HgRiskThreat *) g_ptr_array_index (paper, 0))->name, ==, "紛失・置き忘れ");
  g_assert_cmpuint (hg_risk_likelihood_get (f->workbook, loss, HG_RISK_COMPANY), ==, 2);
  g_assert_cmpstrv (controls, ((const char *[]) { "clean_desk", "takeout_approval", NULL }));
  g_assert_cmpuint (count_threats (f, 0), ==, 30);

  /* Set up once: nothing to do is no undo step. */
  g_assert_true (hg_risk_setup (f->workbook, f->catalogue, &error));
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Set Up the Risk Analysis");

  /* A medium the user adds: matched by name, or starting empty. */
  shelf = hg_asset_store_add_medium (f->workbook, "倉庫の棚", &error);
  usb = hg_asset_store_add_medium (f->workbook, "USB メモリ", &error);
  g_assert_true (hg_risk_needs_setup (f->workbook));
  g_assert_true (hg_risk_setup (f->workbook, f->catalogue, &error));
  g_assert_no_error (error);
  shelf_threats = hg_risk_threat_list (f->workbook, shelf);
  usb_threats = hg_risk_threat_list (f->workbook, usb);
  g_assert_cmpuint (shelf_threats->len, ==, 0);
  g_assert_cmpuint (usb_threats->len, ==, 4);

  own = hg_risk_threat_add (f->workbook, shelf, "湿気による劣化", "", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (own, >, 0);
  g_assert_cmpint (hg_risk_threat_add (f->workbook, shelf, "湿気による劣化", "", 1, &error), ==, 0);
  g_assert_true (g_str_has_prefix (error->message, "Threat: "));
  g_clear_error (&error);
  g_assert_cmpint (hg_risk_threat_add (f->workbook, shelf, "  ", "", 1, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "Threat: Required");
  g_clear_error (&error);
  g_assert_cmpint (hg_risk_threat_add (f->workbook, shelf, "鼠害", "", 4, &error), ==, 0);
  g_assert_true (g_str_has_prefix (error->message, "Likelihood of the threat: "));
  g_clear_error (&error);

  g_assert_true (hg_risk_threat_update (f->workbook, f->catalogue, loss, "紛失", "持ち出した書類の置き忘れ", &error));
  g_assert_no_error (error);
  g_assert_false (hg_risk_threat_update (f->workbook, f->catalogue, loss, "盗難", "", &error));
  g_clear_error (&error);

  /* Removed threats stay removed until the catalogue's are restored. */
  g_assert_true (hg_risk_threat_remove (f->workbook, loss, &error));
  g_assert_cmpuint (hg_risk_likelihood_get (f->workbook, loss, HG_RISK_COMPANY), ==, 0);
  g_assert_true (hg_risk_setup (f->workbook, f->catalogue, &error));
  g_assert_cmpuint (count_threats (f, paper_id), ==, 5);
  g_assert_true (hg_risk_threat_restore_catalogue (f->workbook, f->catalogue, paper_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_threats (f, paper_id), ==, 6);

  /* Undo takes the restore back, then the removal. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpuint (count_threats (f, paper_id), ==, 5);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  {
    g_autoptr(HgRiskThreat) back = hg_risk_threat_get (f->workbook, loss);

    g_assert_nonnull (back);
  }
  g_assert_cmpuint (hg_risk_likelihood_get (f->workbook, loss, HG_RISK_COMPANY), ==, 2);
}

/* The sheet's state of threat @id. */
static const HgRiskThreatState *
sheet_threat (HgRiskSheet *sheet,
              gint64       id)
{
  gint index = hg_risk_sheet_find_threat (sheet, id);

  g_assert_cmpint (index, >=, 0);
  return hg_risk_sheet_get_threat (sheet, (guint) index);
}

static HgRiskCatalogue *
catalogue_in (const char *language)
{
  const char *languages[] = { language, NULL };
  g_autoptr(GError) error = NULL;
  HgRiskCatalogue *catalogue =
    hg_risk_catalogue_load_file (g_test_get_filename (G_TEST_DIST, "data", "risk-catalogue-test.xml",
                                                      NULL),
                                 languages, NULL, &error);

  g_assert_no_error (error);
  return catalogue;
}

static void
test_threat_names (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HgRiskCatalogue) en = catalogue_in ("en");
  g_autoptr(HgRiskCatalogue) ja = catalogue_in ("ja");
  g_autoptr(GError) error = NULL;
  gint64 loss = hg_test_risk_threat (f->workbook, "paper_loss");
  gint64 paper = hg_test_risk_medium (f->workbook, "書類");
  gint64 own = hg_risk_threat_add (f->workbook, paper, "湿気による劣化", "", 1, &error);

  g_assert_no_error (error);

  /* Seeded: the key and the catalogue's own (Japanese) name are stored; the
   * interface shows the name in its language, the medium too. */
  {
    g_autoptr(HgRiskThreat) stored = hg_risk_threat_get (f->workbook, loss);
    g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (f->workbook, en);
    const HgRiskThreatState *t = sheet_threat (sheet, loss);

    g_assert_cmpstr (stored->key, ==, "paper_loss");
    g_assert_cmpstr (stored->name, ==, "紛失・置き忘れ");
    g_assert_cmpstr (t->name, ==, "紛失・置き忘れ");
    g_assert_cmpstr (t->display_name, ==, "Loss");
    g_assert_cmpstr (t->medium_name, ==, "書類");
    g_assert_cmpstr (t->display_medium, ==, "Paper");
    /* No English description in this catalogue: the Japanese one. */
    g_assert_cmpstr (t->display_description, ==, t->description);
    /* The company's own threat reads as typed. */
    g_assert_cmpstr (sheet_threat (sheet, own)->display_name, ==, "湿気による劣化");
  }

  /* Saving the English name the dialog showed is no rename: the stored name
   * stays the catalogue's, in Japanese. */
  {
    g_autoptr(HgRiskThreat) before = hg_risk_threat_get (f->workbook, loss);
    g_autoptr(HgRiskThreat) stored = NULL;

    g_assert_true (hg_risk_threat_update (f->workbook, en, loss, "Loss", before->description,
                                          &error));
    g_assert_no_error (error);
    stored = hg_risk_threat_get (f->workbook, loss);
    g_assert_cmpstr (stored->name, ==, "紛失・置き忘れ");
  }

  /* Renamed: the company's text in both languages, the key kept. */
  g_assert_true (hg_risk_threat_update (f->workbook, en, loss, "図面の置き忘れ", "", &error));
  g_assert_no_error (error);
  {
    g_autoptr(HgRiskSheet) in_en = hg_risk_sheet_new (f->workbook, en);
    g_autoptr(HgRiskSheet) in_ja = hg_risk_sheet_new (f->workbook, ja);
    g_autoptr(HgRiskThreat) stored = hg_risk_threat_get (f->workbook, loss);

    g_assert_cmpstr (stored->key, ==, "paper_loss");
    g_assert_cmpstr (sheet_threat (in_en, loss)->display_name, ==, "図面の置き忘れ");
    g_assert_cmpstr (sheet_threat (in_ja, loss)->display_name, ==, "図面の置き忘れ");
  }

  /* Renamed back to the catalogue's name: translated again. */
  g_assert_true (hg_risk_threat_update (f->workbook, ja, loss, "紛失・置き忘れ", "", &error));
  g_assert_no_error (error);
  {
    g_autoptr(HgRiskSheet) sheet = hg_risk_sheet_new (f->workbook, en);

    g_assert_cmpstr (sheet_threat (sheet, loss)->display_name, ==, "Loss");
  }

  /* Without a catalogue, what is stored. */
  g_assert_cmpstr (hg_risk_catalogue_display_threat (NULL, "paper_loss", "紛失・置き忘れ"), ==,
                   "紛失・置き忘れ");
  g_assert_cmpstr (hg_risk_catalogue_display_medium (en, "倉庫の棚"), ==, "倉庫の棚");
  /* The asset register's lists go by the built-in catalogue, in the
   * interface's language: English in the C locale these tests run in. */
  g_assert_cmpstr (hg_risk_catalogue_display_builtin_medium ("社外サーバ（クラウド）"), ==,
                   "External servers (cloud)");
  g_assert_cmpstr (hg_risk_catalogue_display_builtin_medium ("倉庫の棚"), ==, "倉庫の棚");
}

static void
test_heat_map (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgRiskSheet) sheet = NULL;
  guint counts[3][3], bands[4], total = 0;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("資産%u", i);

      hg_test_risk_add_asset (f->workbook, name, i % 2 ? "書類" : "社外サーバ（クラウド）", 0,
                              1 + i % 3, 1, 1);
    }
  answer (f, "clean_desk", HG_RISK_COMPANY, HG_RISK_DONE);
  answer (f, "mfa", HG_RISK_COMPANY, HG_RISK_PARTIAL);
  sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  hg_risk_sheet_heat_map (sheet, counts);
  hg_risk_sheet_count_bands (sheet, bands);
  g_assert_cmpuint (bands[0], ==, 0);
  g_assert_cmpuint (bands[1] + bands[2] + bands[3], ==, hg_risk_sheet_get_n_rows (sheet));

  for (guint imp = 1; imp <= 3; imp++)
    for (guint damage = 1; damage <= 3; damage++)
      {
        g_autoptr(GArray) cell = hg_risk_sheet_filter_cell (sheet, imp, damage);

        g_assert_cmpuint (cell->len, ==, counts[imp - 1][damage - 1]);
        for (guint i = 0; i < cell->len; i++)
          {
            const HgRiskRow *row = hg_risk_sheet_get_row (sheet, g_array_index (cell, guint, i));

            g_assert_cmpuint (row->importance, ==, imp);
            g_assert_cmpuint (row->damage, ==, damage);
          }
        total += cell->len;
      }
  g_assert_cmpuint (total, ==, 6 * 6 + 6 * 4);
  /* Paper: likelihoods 1..2 and at most one of two controls done. */
  g_assert_cmpuint (counts[2][2], ==, 0);
  {
    g_autoptr(GArray) large = hg_risk_sheet_filter_band (sheet, HG_RISK_BAND_LARGE);

    g_assert_cmpuint (large->len, ==, bands[HG_RISK_BAND_LARGE]);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/risk/tables/default", test_default_tables);
  g_test_add ("/risk/tables/every-cell", Fixture, NULL, fixture_setup, test_every_cell,
              fixture_teardown);
  g_test_add ("/risk/tables/edit", Fixture, NULL, fixture_setup, test_edit_tables,
              fixture_teardown);
  g_test_add ("/risk/vulnerability", Fixture, NULL, fixture_setup, test_vulnerability,
              fixture_teardown);
  g_test_add ("/risk/departments", Fixture, NULL, fixture_setup, test_departments,
              fixture_teardown);
  g_test_add ("/risk/acceptance", Fixture, NULL, fixture_setup, test_acceptance,
              fixture_teardown);
  g_test_add ("/risk/undo-answer", Fixture, NULL, fixture_setup, test_undo_answer,
              fixture_teardown);
  g_test_add ("/risk/incremental", Fixture, NULL, fixture_setup, test_incremental,
              fixture_teardown);
  g_test_add ("/risk/threats", Fixture, NULL, fixture_setup, test_threats, fixture_teardown);
  g_test_add ("/risk/threats/names", Fixture, NULL, fixture_setup, test_threat_names,
              fixture_teardown);
  g_test_add ("/risk/text-checks", Fixture, NULL, fixture_setup, test_text_checks,
              fixture_teardown);
  g_test_add ("/risk/heat-map", Fixture, NULL, fixture_setup, test_heat_map, fixture_teardown);

  return g_test_run ();
}

/* test-assessment-evidence.c: evidence links of an assessment's items
 * (hg-assessment-evidence.h): a rule by its id, whose number follows the
 * rules; assets, training sessions and files, each link one undo step;
 * targets that do not exist refused; a file that changed shown so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "hg-asset-store.h"
#include "hg-assessment.h"
#include "hg-assessment-evidence.h"
#include "hg-education.h"
#include "hg-error.h"
#include "hg-pack.h"
#include "hg-policy.h"
#include "hg-handbook-receipt.h"
#include "hg-person.h"
#include "hg-revision.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-test-risk.h"
#include "hg-test-util.h"
#include "hg-workbook.h"

static const char * const c_only[] = { "C", NULL };

typedef struct
{
  char        *dir;
  HgWorkbook  *workbook;
  HgFramework *framework;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = hg_test_make_dir ();
  path = g_build_filename (f->dir, "evidence.hinagata", NULL);
  f->workbook = hg_workbook_create (path, "株式会社ひながた精工", &error);
  g_assert_no_error (error);
  f->framework = hg_framework_load_builtin ("ipa-self-check", c_only, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->framework, hg_framework_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GPtrArray *
list (Fixture    *f,
      const char *ref)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *evidence = hg_assessment_evidence_list (f->workbook, f->framework, ref, &error);

  g_assert_no_error (error);
  g_assert_nonnull (evidence);
  return evidence;
}

static HgAssessmentEvidence *
nth (GPtrArray *evidence,
     guint      i)
{
  g_assert_cmpuint (i, <, evidence->len);
  return g_ptr_array_index (evidence, i);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
}

/* The first two rules of one section of the built-in pack, by id. */
static void
two_rules (HgPack  *pack,
           char   **first,
           char   **second)
{
  GPtrArray *documents = hg_pack_get_documents (pack);
  GPtrArray *stack = g_ptr_array_new ();

  *first = *second = NULL;
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (stack, g_ptr_array_index (documents, i));
  while (stack->len > 0 && *second == NULL)
    {
      const HgBlock *block = g_ptr_array_steal_index (stack, 0);
      const HgBlock *previous = NULL;

      for (guint i = 0; block->children && i < block->children->len; i++)
        {
          const HgBlock *child = g_ptr_array_index (block->children, i);

          if (child->kind == HG_BLOCK_RULE && child->condition == NULL && previous != NULL)
            {
              *first = g_strdup (previous->id);
              *second = g_strdup (child->id);
              break;
            }
          previous = child->kind == HG_BLOCK_RULE && child->condition == NULL ? child : NULL;
          g_ptr_array_add (stack, (gpointer) child);
        }
    }
  g_ptr_array_unref (stack);
  g_assert_nonnull (*second);
}

/* A rule is linked by its id: when a rule is added before it, the link
 * stays and shows the rule's new number. */
static void
test_rule (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, &error);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) after = NULL;

  g_assert_no_error (error);
  two_rules (pack, &first, &second);
  g_assert_true (hg_assessment_evidence_add (f->workbook, f->framework, "1", HG_EVIDENCE_RULE,
                                             second, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Add Evidence to Item 1");
  evidence = list (f, "1");
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpint (nth (evidence, 0)->kind, ==, HG_EVIDENCE_RULE);
  g_assert_cmpstr (nth (evidence, 0)->target, ==, second);
  g_assert_cmpint (nth (evidence, 0)->state, ==, HG_EVIDENCE_FOUND);
  before = g_strdup (nth (evidence, 0)->title);
  /* The title is the rule's number, its text and the document. */
  g_assert_true (strchr (before, '(') != NULL);

  g_assert_true (hg_policy_add_rule (f->workbook, pack, first, "私物の端末を業務に使わない。",
                                     &error));
  g_assert_no_error (error);
  after = list (f, "1");
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (nth (after, 0)->target, ==, second);
  g_assert_cmpint (nth (after, 0)->state, ==, HG_EVIDENCE_FOUND);
  /* Same rule, new number. */
  g_assert_cmpstr (nth (after, 0)->title, !=, before);
  g_assert_cmpstr (strrchr (nth (after, 0)->title, '('), ==, strrchr (before, '('));

  /* The chooser offers every rule of the documents, by id, numbered. */
  {
    g_autoptr(GPtrArray) rules = hg_assessment_evidence_candidates (f->workbook, HG_EVIDENCE_RULE);
    gboolean found = FALSE;

    g_assert_cmpuint (rules->len, >, 20);
    for (guint i = 0; i < rules->len; i++)
      if (g_str_equal (nth (rules, i)->target, second))
        {
          g_assert_cmpstr (nth (rules, i)->title, ==, nth (after, 0)->title);
          found = TRUE;
        }
    g_assert_true (found);
  }

  /* A rule the pack lacks is refused, naming the id. */
  g_assert_false (hg_assessment_evidence_add (f->workbook, f->framework, "1", HG_EVIDENCE_RULE,
                                              "no-such-rule", &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no-such-rule"));
}

/* An asset and a training session by id; each link one undo step, the
 * first one starting the assessment in the same step. */
static void
test_asset_training (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(HgEducationSession) session = hg_education_session_new ("2026-05-10", "機密区分の教育", "");
  g_autofree char *asset_id = NULL;
  g_autofree char *session_id = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(HgAssessment) open = NULL;
  gint64 id;

  g_free (asset->name);
  asset->name = g_strdup ("顧客名簿");
  id = hg_asset_store_add (f->workbook, asset, &error);
  g_assert_no_error (error);
  asset_id = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  id = hg_education_add (f->workbook, session, &error);
  g_assert_no_error (error);
  session_id = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* The chooser offers them by id and title. */
  {
    g_autoptr(GPtrArray) assets = hg_assessment_evidence_candidates (f->workbook, HG_EVIDENCE_ASSET);
    g_autoptr(GPtrArray) sessions = hg_assessment_evidence_candidates (f->workbook,
                                                                       HG_EVIDENCE_TRAINING);

    g_assert_cmpuint (assets->len, ==, 1);
    g_assert_cmpstr (nth (assets, 0)->target, ==, asset_id);
    g_assert_cmpstr (nth (assets, 0)->title, ==, "顧客名簿");
    g_assert_cmpuint (sessions->len, ==, 1);
    g_assert_cmpstr (nth (sessions, 0)->target, ==, session_id);
  }
  g_assert_true (hg_assessment_evidence_add (f->workbook, f->framework, "3", HG_EVIDENCE_ASSET,
                                             asset_id, &error));
  g_assert_no_error (error);
  g_assert_true (hg_assessment_evidence_add (f->workbook, f->framework, "3", HG_EVIDENCE_TRAINING,
                                             session_id, &error));
  g_assert_no_error (error);
  evidence = list (f, "3");
  g_assert_cmpuint (evidence->len, ==, 2);
  g_assert_cmpstr (nth (evidence, 0)->title, ==, "顧客名簿");
  g_assert_cmpstr (nth (evidence, 1)->title, ==, "2026-05-10 機密区分の教育");
  g_clear_pointer (&evidence, g_ptr_array_unref);

  /* Linked twice: refused. */
  g_assert_false (hg_assessment_evidence_add (f->workbook, f->framework, "3", HG_EVIDENCE_ASSET,
                                              asset_id, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  /* Targets that are not there, or not ids. */
  for (guint k = HG_EVIDENCE_ASSET; k <= HG_EVIDENCE_RECEIPT; k++)
    {
      g_assert_false (hg_assessment_evidence_add (f->workbook, f->framework, "3", k, "999",
                                                  &error));
      g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "999"));
      g_clear_error (&error);
      g_assert_false (hg_assessment_evidence_add (f->workbook, f->framework, "3", k, "abc",
                                                  &error));
      g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
      g_clear_error (&error);
    }
  /* An item the framework lacks. */
  g_assert_false (hg_assessment_evidence_add (f->workbook, f->framework, "99", HG_EVIDENCE_ASSET,
                                              asset_id, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  /* Remove: one step; removing it again is refused. */
  g_assert_true (hg_assessment_evidence_remove (f->workbook, f->framework, "3", HG_EVIDENCE_ASSET,
                                                asset_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Remove Evidence from Item 3");
  evidence = list (f, "3");
  g_assert_cmpuint (evidence->len, ==, 1);
  g_clear_pointer (&evidence, g_ptr_array_unref);
  g_assert_false (hg_assessment_evidence_remove (f->workbook, f->framework, "3",
                                                 HG_EVIDENCE_ASSET, asset_id, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  undo (f);
  evidence = list (f, "3");
  g_assert_cmpuint (evidence->len, ==, 2);
  g_clear_pointer (&evidence, g_ptr_array_unref);
  undo (f);
  undo (f);
  /* The first link started the assessment: undone with it. */
  open = hg_assessment_get_open (f->workbook, "ipa-self-check", &error);
  g_assert_no_error (error);
  g_assert_null (open);
  evidence = list (f, "3");
  g_assert_cmpuint (evidence->len, ==, 0);

  /* A removed asset shows as gone, by its id. */
  g_assert_true (hg_assessment_evidence_add (f->workbook, f->framework, "4", HG_EVIDENCE_ASSET,
                                             asset_id, &error));
  g_assert_no_error (error);
  g_assert_true (hg_asset_store_remove (f->workbook, (gint64[]) { g_ascii_strtoll (asset_id, NULL, 10) },
                                        1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&evidence, g_ptr_array_unref);
  evidence = list (f, "4");
  g_assert_cmpint (nth (evidence, 0)->state, ==, HG_EVIDENCE_GONE);
  g_assert_cmpstr (nth (evidence, 0)->title, ==, asset_id);
}

/* A file: its SHA-256 when linked; changed or gone later shows so. */
static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "点検記録.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "none.txt", NULL);
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "2026-11 点検済み", -1);

  g_assert_true (g_file_set_contents (path, "2026-11 点検済み", -1, &error));
  g_assert_true (hg_assessment_evidence_add (f->workbook, f->framework, "5", HG_EVIDENCE_FILE,
                                             path, &error));
  g_assert_no_error (error);
  evidence = list (f, "5");
  g_assert_cmpstr (nth (evidence, 0)->target, ==, path);
  g_assert_cmpstr (nth (evidence, 0)->sha256, ==, expected);
  g_assert_cmpstr (nth (evidence, 0)->title, ==, "点検記録.txt");
  g_assert_cmpint (nth (evidence, 0)->state, ==, HG_EVIDENCE_FOUND);
  g_clear_pointer (&evidence, g_ptr_array_unref);

  g_assert_true (g_file_set_contents (path, "2026-12 未点検", -1, &error));
  evidence = list (f, "5");
  g_assert_cmpint (nth (evidence, 0)->state, ==, HG_EVIDENCE_CHANGED);
  g_clear_pointer (&evidence, g_ptr_array_unref);

  g_assert_cmpint (g_unlink (path), ==, 0);
  evidence = list (f, "5");
  g_assert_cmpint (nth (evidence, 0)->state, ==, HG_EVIDENCE_GONE);

  g_assert_false (hg_assessment_evidence_add (f->workbook, f->framework, "5", HG_EVIDENCE_FILE,
                                              missing, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "none.txt"));
}

/* A risk treatment by its id, titled by asset, threat and measures. */
static void
test_risk (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskCatalogue) catalogue = hg_test_risk_catalogue ();
  g_autoptr(HgRiskTreatment) t = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(HgRiskThreat) threat = NULL;
  g_autofree char *expected = NULL;
  gint64 roster;

  g_assert_true (hg_risk_setup (f->workbook, catalogue, &error));
  g_assert_no_error (error);
  roster = hg_test_risk_add_asset (f->workbook, "従業員名簿", "書類", 0, 3, 2, 2);
  t = hg_risk_treatment_new (roster, hg_test_risk_threat (f->workbook, "paper_loss"),
                             HG_RISK_TREATMENT_REDUCE);
  g_free (t->measures);
  t->measures = g_strdup ("退社時の点検");
  g_assert_true (hg_risk_treatment_set (f->workbook, catalogue, t, &error));
  g_assert_no_error (error);

  candidates = hg_assessment_evidence_candidates (f->workbook, HG_EVIDENCE_RISK);
  g_assert_cmpuint (candidates->len, ==, 1);
  threat = hg_risk_threat_get (f->workbook, hg_test_risk_threat (f->workbook, "paper_loss"));
  expected = g_strdup_printf ("従業員名簿, %s: 退社時の点検", threat->name);
  g_assert_cmpstr (nth (candidates, 0)->title, ==, expected);
  g_assert_true (hg_assessment_evidence_add (f->workbook, f->framework, "7", HG_EVIDENCE_RISK,
                                             nth (candidates, 0)->target, &error));
  g_assert_no_error (error);
  evidence = list (f, "7");
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpstr (nth (evidence, 0)->title, ==, expected);
  g_assert_cmpint (nth (evidence, 0)->state, ==, HG_EVIDENCE_FOUND);
}

/* The receipts of a handbook version: offered once someone received it. */
static void
test_receipt (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgHandbook) before = hg_handbook_get_for_workbook (f->workbook);
  g_autoptr(HgHandbook) handbook = NULL;
  g_autoptr(HgDoc) doc = hg_doc_new (before->document_id, "情報セキュリティハンドブック", "株式会社");
  g_autoptr(HgPerson) person = hg_person_new ("青木 一郎", 0, "", "");
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  gint64 id;

  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "パスワードは10文字以上にする。");
  g_assert_true (hg_revision_approve (f->workbook, before->pack_id, doc, "制定", "", "代表 太郎",
                                      "2026-04-01", NULL, &error));
  g_assert_no_error (error);
  handbook = hg_handbook_get_for_workbook (f->workbook);
  g_assert_cmpuint (handbook->version, ==, 1);
  /* Nobody has received it yet: nothing to link. */
  g_assert_false (hg_assessment_evidence_add (f->workbook, f->framework, "8", HG_EVIDENCE_RECEIPT,
                                              "1", &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  id = hg_person_add (f->workbook, person, &error);
  g_assert_no_error (error);
  g_assert_true (hg_handbook_receipt_record (f->workbook, handbook, &id, 1, 1, "2026-05-10", TRUE,
                                             &error));
  g_assert_no_error (error);
  candidates = hg_assessment_evidence_candidates (f->workbook, HG_EVIDENCE_RECEIPT);
  g_assert_cmpuint (candidates->len, ==, 1);
  g_assert_cmpstr (nth (candidates, 0)->target, ==, "1");
  g_assert_cmpstr (nth (candidates, 0)->title, ==, "Handbook version 1: 1 receipt");
  g_assert_true (hg_assessment_evidence_add (f->workbook, f->framework, "8", HG_EVIDENCE_RECEIPT,
                                             "1", &error));
  g_assert_no_error (error);
  evidence = list (f, "8");
  g_assert_cmpstr (nth (evidence, 0)->title, ==, "Handbook version 1: 1 receipt");
}

static void
test_kinds (void)
{
  HgEvidenceKind kind;

  for (guint k = 0; k < HG_EVIDENCE_N_KINDS; k++)
    {
      g_assert_true (hg_evidence_kind_from_string (hg_evidence_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_false (hg_evidence_kind_from_string ("audit", &kind));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evidence/kinds", test_kinds);
  g_test_add ("/evidence/rule", Fixture, NULL, fixture_setup, test_rule, fixture_teardown);
  g_test_add ("/evidence/asset-training", Fixture, NULL, fixture_setup, test_asset_training,
              fixture_teardown);
  g_test_add ("/evidence/file", Fixture, NULL, fixture_setup, test_file, fixture_teardown);
  g_test_add ("/evidence/risk", Fixture, NULL, fixture_setup, test_risk, fixture_teardown);
  g_test_add ("/evidence/receipt", Fixture, NULL, fixture_setup, test_receipt, fixture_teardown);
  return g_test_run ();
}

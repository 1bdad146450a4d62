/* test-assess-suggest.c: answers proposed from the workbook — the evidence
 * map, the checks, accepting as one undo step, and METI ↔ JAMA
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "hg-assess-suggest.h"
#include "hg-assessment.h"
#include "hg-crosswalk.h"
#include "hg-db.h"
#include "hg-education.h"
#include "hg-employee.h"
#include "hg-evidence-map.h"
#include "hg-framework-catalog.h"
#include "hg-handbook-receipt.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-policy.h"
#include "hg-risk-catalogue.h"
#include "hg-test-assess.h"
#include "hg-test-companies.h"
#include "hg-test-util.h"

#define TODAY "2026-12-06"

static const char * const c_only[] = { "C", NULL };

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static gint64
add_employee (HgWorkbook       *workbook,
              const char       *name,
              HgEmployeeStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPerson) person = hg_person_new (name, 0, "", "");
  g_autoptr(HgEmployment) employment = hg_employment_new ("2024-04-01", "", status, "");
  gint64 id = hg_person_add (workbook, person, &error);

  g_assert_no_error (error);
  g_assert_true (hg_employee_set_employment (workbook, id, employment, &error));
  g_assert_no_error (error);
  return id;
}

static void
add_training (HgWorkbook   *workbook,
              const char   *held_on,
              const char   *topic,
              const gint64 *people,
              guint         n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgEducationSession) session = hg_education_session_new (held_on, topic, "");

  for (guint i = 0; i < n; i++)
    hg_education_session_add_attendee (session, people[i]);
  g_assert_cmpint (hg_education_add (workbook, session, &error), >, 0);
  g_assert_no_error (error);
}

/* The example company (its register, risk analysis, outside contacts and
 * approved documents), with what a year of use adds: 12 employees and one
 * who left (with the representative, 13 are current), one of them CISO,
 * two training sessions (12 and 6 attending), the handbook received by
 * the 12. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char *languages[] = { "ja", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autoptr(HgRiskCatalogue) catalogue = hg_risk_catalogue_load_builtin (languages, &error);
  g_autoptr(HgHandbook) handbook = NULL;
  gint64 people[12];

  g_assert_no_error (error);
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_company_new (HG_TEST_COMPANY_EXAMPLE, f->dir, pack, catalogue);
  /* The bare example: what the golden texts are made of, nothing more. */
  if (data != NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *name = g_strdup_printf ("社員 %u", i + 1);

      people[i] = add_employee (f->workbook, name, HG_EMPLOYEE_ACTIVE);
    }
  add_employee (f->workbook, "退職 太郎", HG_EMPLOYEE_LEFT);
  g_assert_true (hg_org_role_assign (f->workbook, HG_ORG_ROLE_CISO, 0, people[0], &error));
  g_assert_no_error (error);
  add_training (f->workbook, "2026-05-10", "機密区分の教育", people, 12);
  add_training (f->workbook, "2026-06-01", "標的型メール訓練", people, 6);
  handbook = hg_handbook_get_for_pack (f->workbook, pack);
  g_assert_cmpuint (handbook->version, >, 0);
  g_assert_true (hg_handbook_receipt_record (f->workbook, handbook, people, G_N_ELEMENTS (people),
                                             handbook->version, "2026-10-05", TRUE, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
store_import (Fixture    *f,
              const char *id,
              const char *xml)
{
  hg_test_store_import (f->workbook, id, xml);
}

/* A stand-in of an imported JAMA/JAPIA sheet: its refs are the item
 * numbers; 999 is a number the map does not know. */
static const char jama_sheet[] =
  "<framework id=\"jama-2025\" version=\"2.3\" xml:lang=\"ja\">"
  "<title>自工会/部工会チェックシート</title><publisher>取引先</publisher>"
  "<scale><answer value=\"ok\" score=\"1\" status=\"met\"><label>達成</label></answer>"
  "<answer value=\"part\" score=\"0\" status=\"partly\"><label>一部達成</label></answer>"
  "<answer value=\"ng\" score=\"0\" status=\"not\"><label>未達成</label></answer>"
  "<answer value=\"na\" score=\"0\" status=\"na\"><label>対象外</label></answer></scale>"
  "<scoring kind=\"rates\"><level id=\"L1\"/><level id=\"L2\"/></scoring>"
  "<section id=\"gov\"><title>方針</title>"
  "<item ref=\"1\" level=\"L1\"><text>方針を定めている。</text></item>"
  "<item ref=\"2\" level=\"L1\"><text>年1回見直している。</text></item>"
  "<item ref=\"13\" level=\"L1\"><text>体制を定めている。</text></item>"
  "<item ref=\"28\" level=\"L1\"><text>メールの教育をしている。</text></item>"
  "<item ref=\"30\" level=\"L1\"><text>区分の教育をしている。</text></item>"
  "<item ref=\"44\" level=\"L1\"><text>取引先と取り決めている。</text></item>"
  "<item ref=\"76\" level=\"L1\"><text>外部サービスの規則がある。</text></item>"
  "<item ref=\"999\" level=\"L2\"><text>対応づけのない項目。</text></item>"
  "</section></framework>";

/* A stand-in of METI's ★3/★4 sheet: criteria by id; 9-9-9-9 is not in
 * the table but its reference column cites JAMA 13. */
static const char meti_sheet[] =
  "<framework id=\"meti-star3\" version=\"2026\" xml:lang=\"ja\">"
  "<title>★3 要求事項</title><publisher>取引先</publisher>"
  "<scale><answer value=\"yes\" score=\"1\" status=\"met\"><label>対応済み</label></answer>"
  "<answer value=\"part\" score=\"0\" status=\"partly\"><label>一部対応</label></answer>"
  "<answer value=\"no\" score=\"0\" status=\"not\"><label>未対応</label></answer></scale>"
  "<scoring kind=\"rates\"><level id=\"star3\"/></scoring>"
  "<section id=\"gv\"><title>統治</title>"
  "<item ref=\"1-3-1-1\" level=\"star3\"><text>方針。</text></item>"
  "<item ref=\"1-2-1-1\" level=\"star3\"><text>体制。</text></item>"
  "<item ref=\"3-1-3-1\" level=\"star3\"><text>外部サービス。</text></item>"
  "<item ref=\"9-9-9-9\" level=\"star3\" tags=\"jama:13\"><text>独自。</text></item>"
  "<item ref=\"3-1-2-1\" level=\"star3\"><text>ネットワーク。</text></item>"
  "</section></framework>";

/* The Level-1 numbers of jama-items-partial.csv: the ones whose summary we
 * know, and so could map. */
static const char *jama_level1[] = {
  "1", "2", "3", "4", "9", "11", "13", "15", "16", "18", "19", "20", "24", "28", "29", "30",
  "36", "38", "40", "44", "46", "49", "54", "56", "59", "60", "61", "62", "68", "69", "70",
  "76", "77", "78", "84", "85", "86", "113", "114", "115", "117", "124", "136", "137", "148",
  "149", "150",
};

/* A stand-in sheet holding every Level-1 item we know, texts our own. */
static char *
jama_level1_sheet (void)
{
  GString *xml = g_string_new ("<framework id=\"jama-level1\" version=\"2.3\" xml:lang=\"ja\">"
                               "<title>L1</title><publisher>取引先</publisher><scale>"
                               "<answer value=\"ok\" score=\"1\" status=\"met\"><label>達成</label></answer>"
                               "<answer value=\"part\" score=\"0\" status=\"partly\"><label>一部</label></answer>"
                               "<answer value=\"ng\" score=\"0\" status=\"not\"><label>未達成</label></answer>"
                               "</scale><scoring kind=\"rates\"><level id=\"L1\"/></scoring>"
                               "<section id=\"l1\"><title>L1</title>");

  for (guint i = 0; i < G_N_ELEMENTS (jama_level1); i++)
    g_string_append_printf (xml, "<item ref=\"%s\" level=\"L1\"><text>項目 %s</text></item>",
                            jama_level1[i], jama_level1[i]);
  g_string_append (xml, "</section></framework>");
  return g_string_free (xml, FALSE);
}

static HgFramework *
load (Fixture    *f,
      const char *id)
{
  g_autoptr(GError) error = NULL;
  HgFramework *framework = hg_framework_catalog_load (f->workbook, id, c_only, &error);

  g_assert_no_error (error);
  return framework;
}

static GPtrArray *
suggest (Fixture     *f,
         HgFramework *framework)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = hg_suggest_list (f->workbook, framework, TODAY, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      HgSuggestion *s = list->pdata[i];

      /* HG_TEST_DUMP=1 shows them, in UTF-8 whatever the locale. */
      if (g_getenv ("HG_TEST_DUMP") != NULL)
        fprintf (stderr, "%s %s: %s %s\n", hg_framework_get_id (framework), s->ref,
                 s->value ? s->value : "-", s->reason);
    }
  return list;
}

static HgSuggestion *
find (GPtrArray  *list,
      const char *ref)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((HgSuggestion *) list->pdata[i])->ref, ref))
      return list->pdata[i];
  g_assert_not_reached ();
}

static void
assert_suggestion (GPtrArray        *list,
                   const char       *ref,
                   HgSuggestionKind  kind,
                   const char       *value,
                   const char       *reason)
{
  HgSuggestion *s = find (list, ref);

  g_assert_cmpint (s->kind, ==, kind);
  g_assert_cmpstr (s->value, ==, value);
  g_assert_cmpstr (s->reason, ==, reason);
}

static gboolean
has_link (HgSuggestion *s,
          const char   *kind,
          const char   *target)
{
  for (guint i = 0; i < s->links->len; i++)
    {
      HgEvidenceLink *l = s->links->pdata[i];

      if (g_str_equal (l->kind, kind) && g_str_equal (l->target, target))
        return TRUE;
    }
  return FALSE;
}

/* The shipped map loads; every key names a framework we know; every
 * framework item of the built-in ones is mapped. */
static void
test_map (void)
{
  g_autoptr(GError) error = NULL;
  HgEvidenceMap *map = hg_evidence_map_get_builtin (&error);
  g_autoptr(GPtrArray) citing = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (map);
  for (guint i = 1; i <= 25; i++)
    {
      g_autofree char *key = g_strdup_printf ("ipa-self-check:%u", i);

      g_assert_nonnull (hg_evidence_map_lookup (map, key));
    }
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *key = g_strdup_printf ("five-measures:%u", i);

      g_assert_nonnull (hg_evidence_map_lookup (map, key));
    }
  g_assert_nonnull (hg_evidence_map_lookup (map, "jama:30"));
  g_assert_null (hg_evidence_map_lookup (map, "jama:999"));
  g_assert_cmpstr (hg_evidence_map_meti_cites (map, "1-1-1-1")[0], ==, "9");
  g_assert_cmpstr (hg_evidence_map_meti_cites (map, "1-1-1-1")[1], ==, "10");
  g_assert_null (hg_evidence_map_meti_cites (map, "9-9-9-9"));
  citing = hg_evidence_map_meti_citing (map, "13");
  g_assert_cmpuint (citing->len, ==, 2);
  g_assert_cmpstr (citing->pdata[0], ==, "1-2-1-1");
}

/* A broken map is refused with each problem at its line; a DOCTYPE is
 * refused before libxml2 sees it. */
static void
test_map_problems (void)
{
  static const char twice[] =
    "<evidence-map version=\"1\">\n"
    "  <item key=\"jama:1\"><policy-approved/></item>\n"
    "  <item key=\"jama:1\"><assets/></item>\n"
    "</evidence-map>\n";
  static const char doctype[] =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE evidence-map [<!ENTITY a \"b\">]>\n"
    "<evidence-map version=\"1\"/>\n";
  static const char unknown[] =
    "<evidence-map version=\"1\">\n  <item key=\"jama:1\"><magic/></item>\n</evidence-map>\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  HgEvidenceMap *map;

  map = hg_evidence_map_load_memory (twice, sizeof twice - 1, "map.xml", &problems, &error);
  g_assert_null (map);
  g_assert_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "map.xml:3: "));
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  map = hg_evidence_map_load_memory (doctype, sizeof doctype - 1, "map.xml", &problems, &error);
  g_assert_null (map);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "map.xml:2: "));
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  map = hg_evidence_map_load_memory (unknown, sizeof unknown - 1, "map.xml", &problems, &error);
  g_assert_null (map);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "map.xml:2: "));
}

static guint
count_rows (Fixture    *f,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (f->workbook), sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return (guint) sqlite3_column_int (stmt, 0);
}

static guint
count_proposed (GPtrArray *list)
{
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    n += ((HgSuggestion *) list->pdata[i])->kind == HG_SUGGESTION_PROPOSED;
  return n;
}

/* The example company's workbook proposes an answer to each of the 25
 * self-check items and to the JAMA items it has evidence for, each with
 * its reason: the approved documents, the register, training and receipts. */
static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HgFramework) ipa = load (f, "ipa-self-check");
  g_autoptr(HgFramework) five = load (f, "five-measures");
  g_autoptr(HgFramework) jama = NULL;
  g_autoptr(GPtrArray) list = suggest (f, ipa);
  g_autoptr(GPtrArray) measures = suggest (f, five);
  g_autoptr(GPtrArray) items = NULL;

  g_assert_cmpuint (list->len, ==, 25);
  g_assert_cmpuint (count_proposed (list), ==, 25);
  /* A rule alone says what was decided, not that it is done. */
  assert_suggestion (list, "1", HG_SUGGESTION_PROPOSED, "2",
                     "Rules: “脆弱性への対応と更新” (version 2, approved 2026-10-01); "
                     "the workbook does not record that it is done");
  assert_suggestion (list, "19", HG_SUGGESTION_PROPOSED, "4",
                     "Rules: “秘密保持” (version 2, approved 2026-10-01); "
                     "Handbook version 2 received by 92 % of current employees");
  assert_suggestion (list, "20", HG_SUGGESTION_PROPOSED, "2",
                     "標的型メール訓練 held on 2026-06-01, attended by 46 % of current employees");
  g_assert_true (has_link (find (list, "20"), "training", "2"));
  g_assert_true (has_link (find (list, "19"), "receipt", "handbook:2"));
  g_assert_true (has_link (find (list, "4"), "asset", "1"));
  g_assert_true (has_link (find (list, "4"), "risk", "1:1") || find (list, "4")->links->len > 20);

  /* The 5 measures are a commitment: an approved rule is one. */
  g_assert_cmpuint (count_proposed (measures), ==, 5);
  assert_suggestion (measures, "1", HG_SUGGESTION_PROPOSED, "yes",
                     "Rules: “脆弱性への対応と更新” (version 2, approved 2026-10-01)");

  store_import (f, "jama-2025", jama_sheet);
  jama = load (f, "jama-2025");
  items = suggest (f, jama);
  assert_suggestion (items, "1", HG_SUGGESTION_PROPOSED, "ok",
                     "Basic policy version 1 approved on 2025-04-01");
  g_assert_true (has_link (find (items, "1"), "rule", "basic_policy"));
  assert_suggestion (items, "2", HG_SUGGESTION_PROPOSED, "ok",
                     "Rules version 2 approved on 2026-10-01, within 12 months");
  /* A year later the review is overdue. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) later = hg_suggest_list (f->workbook, jama, "2027-10-02", &error);

    g_assert_no_error (error);
    assert_suggestion (later, "2", HG_SUGGESTION_PROPOSED, "ng",
                       "Rules last approved on 2026-10-01, more than 12 months ago");
  }
  assert_suggestion (items, "13", HG_SUGGESTION_PROPOSED, "ok",
                     "Information security officer: 社員 1; "
                     "Rules: “情報セキュリティの体制” (version 2, approved 2026-10-01)");
  assert_suggestion (items, "28", HG_SUGGESTION_PROPOSED, "part",
                     "標的型メール訓練 held on 2026-06-01, attended by 46 % of current employees");
  assert_suggestion (items, "30", HG_SUGGESTION_PROPOSED, "ok",
                     "機密区分の教育 held on 2026-05-10, attended by 92 % of current employees");
  g_assert_true (has_link (find (items, "30"), "training", "1"));
  assert_suggestion (items, "44", HG_SUGGESTION_PROPOSED, "part",
                     "Rules: “委託管理” (version 2, approved 2026-10-01); "
                     "the workbook does not record that it is done");
  assert_suggestion (items, "76", HG_SUGGESTION_PROPOSED, "ok",
                     "Rules: “クラウドサービス利用” (version 2, approved 2026-10-01)");
  assert_suggestion (items, "999", HG_SUGGESTION_NO_MAPPING, NULL,
                     "Hinagata maps no evidence to this item");
}

/* Where the workbook has nothing to tell — no training recorded, no
 * employees — an item gets no suggestion and says why; a chapter the
 * approved rules lack is a reason for "not met". */
static void
test_nothing_known (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HgFramework) ipa = load (f, "ipa-self-check");
  g_autoptr(GPtrArray) list = suggest (f, ipa);
  g_autoptr(HgFramework) jama = NULL;
  g_autoptr(GPtrArray) items = NULL;

  assert_suggestion (list, "20", HG_SUGGESTION_NOTHING_KNOWN, NULL,
                     "No training recorded in the workbook");
  g_assert_cmpuint (find (list, "20")->links->len, ==, 0);
  /* With the training unknown, a rule alone says no more than "partly". */
  assert_suggestion (list, "6", HG_SUGGESTION_PROPOSED, "2",
                     "Rules: “電子メール” (version 2, approved 2026-10-01); "
                     "the workbook does not record that it is done");
  /* The representative alone is employed, and holds no receipt. */
  assert_suggestion (list, "19", HG_SUGGESTION_PROPOSED, "2",
                     "Rules: “秘密保持” (version 2, approved 2026-10-01); "
                     "Handbook version 2 received by 0 % of current employees");

  store_import (f, "jama-2025", jama_sheet);
  jama = load (f, "jama-2025");
  items = suggest (f, jama);
  assert_suggestion (items, "30", HG_SUGGESTION_NOTHING_KNOWN, NULL,
                     "No training recorded in the workbook");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Without contractors, the rules lose their chapter: not met, and why. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);

    g_assert_no_error (error);
    g_assert_true (hg_policy_set_answer (f->workbook, pack, "uses_contractors", "false", &error));
    g_assert_no_error (error);
    hg_test_company_approve (f->workbook, pack, "委託をやめた", "2026-11-01");
  }
  items = suggest (f, jama);
  assert_suggestion (items, "44", HG_SUGGESTION_PROPOSED, "ng",
                     "No chapter “Contractors” in the approved rules");
}

static void
answered (Fixture     *f,
          HgFramework *framework,
          const char  *ref,
          const char  *value)
{
  g_autoptr(GError) error = NULL;
  HgAssessmentAnswer a = { (char *) ref, (char *) value, NULL, NULL, NULL };

  g_assert_true (hg_assessment_answer (f->workbook, framework, &a, &error));
  g_assert_no_error (error);
}

static char *
stored (Fixture    *f,
        const char *framework_id,
        const char *ref)
{
  return hg_test_stored_answer (f->workbook, framework_id, ref);
}

/* Accepting writes the proposed answers of the unanswered items and their
 * evidence in one undo step; an answer given before is shown as differing
 * and kept. */
static void
test_accept (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HgFramework) ipa = load (f, "ipa-self-check");
  g_autoptr(HgFramework) five = load (f, "five-measures");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *written_value = NULL;
  guint written = 0;

  answered (f, ipa, "19", "0");
  list = suggest (f, ipa);
  g_assert_cmpstr (find (list, "19")->current, ==, "0");
  g_assert_true (hg_suggestion_differs (find (list, "19")));
  g_assert_false (hg_suggestion_differs (find (list, "20")));

  g_assert_true (hg_suggest_accept (f->workbook, ipa, list, &written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written, ==, 24);
  kept = stored (f, "ipa-self-check", "19");
  g_assert_cmpstr (kept, ==, "0");
  written_value = stored (f, "ipa-self-check", "20");
  g_assert_cmpstr (written_value, ==, "2");
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM assessment_evidence "
                                   "WHERE ref = '20' AND kind = 'training' AND target = '2'"), ==, 1);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM assessment_evidence WHERE ref = '19'"),
                    ==, 0);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Accept Suggested Answers");

  /* One undo takes back every answer and link, and only them. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM assessment_answer"), ==, 1);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM assessment_evidence"), ==, 0);
  g_clear_pointer (&kept, g_free);
  kept = stored (f, "ipa-self-check", "19");
  g_assert_cmpstr (kept, ==, "0");

  /* With no assessment open, accepting starts one, in the same step. */
  measures = suggest (f, five);
  g_assert_true (hg_suggest_accept (f->workbook, five, measures, &written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written, ==, 5);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM assessment WHERE framework = 'five-measures'"),
                    ==, 1);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM assessment WHERE framework = 'five-measures'"),
                    ==, 0);
}

/* METI's criteria take the evidence of the JAMA items they cite (by the
 * table, or by the sheet's reference column); an answer to one sheet
 * suggests the other. */
static void
test_meti_jama (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HgFramework) jama = NULL;
  g_autoptr(HgFramework) meti = NULL;
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GPtrArray) items = NULL;

  store_import (f, "jama-2025", jama_sheet);
  store_import (f, "meti-star3", meti_sheet);
  jama = load (f, "jama-2025");
  meti = load (f, "meti-star3");

  criteria = suggest (f, meti);
  /* 1-3-1-1 cites JAMA 1. */
  assert_suggestion (criteria, "1-3-1-1", HG_SUGGESTION_PROPOSED, "yes",
                     "Basic policy version 1 approved on 2025-04-01");
  /* Not in the table, but its reference column cites JAMA 13. */
  g_assert_cmpint (find (criteria, "9-9-9-9")->kind, ==, HG_SUGGESTION_PROPOSED);
  g_assert_cmpstr (find (criteria, "9-9-9-9")->reason, ==, find (criteria, "1-2-1-1")->reason);
  /* 3-1-2-1 cites no JAMA item. */
  assert_suggestion (criteria, "3-1-2-1", HG_SUGGESTION_NO_MAPPING, NULL,
                     "Hinagata maps no evidence to this item");
  g_clear_pointer (&criteria, g_ptr_array_unref);

  /* Someone answered JAMA 13 "not met": the criteria citing it follow. */
  answered (f, jama, "13", "ng");
  criteria = suggest (f, meti);
  assert_suggestion (criteria, "1-2-1-1", HG_SUGGESTION_PROPOSED, "no",
                     "JAMA No.13 answered “未達成” in “自工会/部工会チェックシート”");
  assert_suggestion (criteria, "9-9-9-9", HG_SUGGESTION_PROPOSED, "no",
                     "JAMA No.13 answered “未達成” in “自工会/部工会チェックシート”");

  /* And the other way round. */
  answered (f, meti, "3-1-3-1", "part");
  items = suggest (f, jama);
  assert_suggestion (items, "76", HG_SUGGESTION_PROPOSED, "part",
                     "METI 3-1-3-1 answered “一部対応” in “★3 要求事項”");
}

static gboolean
crosswalk_has (GPtrArray  *rows,
               const char *chapter)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((HgCrosswalkRow *) rows->pdata[i])->chapter, chapter))
      return TRUE;
  return FALSE;
}

static HgCrosswalkRow *
crosswalk_row (GPtrArray  *rows,
               const char *chapter)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((HgCrosswalkRow *) rows->pdata[i])->chapter, chapter))
      return rows->pdata[i];
  g_assert_not_reached ();
}

/* 対応表: each chapter of the rules with the JAMA items its rules serve
 * (from the same map as the suggestions) and the METI criteria citing
 * them; a chapter the company does not have is not in it. */
static void
test_crosswalk (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = hg_crosswalk_rows (f->workbook, &error);
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *text = NULL;
  HgCrosswalkRow *row;

  g_assert_no_error (error);
  /* No chapter 8 on development for a company that develops nothing. */
  g_assert_false (crosswalk_has (rows, "ch_development"));
  row = crosswalk_row (rows, "ch_contractors");
  g_assert_cmpstr (row->number, ==, "第8章");
  g_assert_cmpstr (row->title, ==, "委託管理");
  g_assert_cmpstrv (row->jama, ((const char *[]) { "44", "46", NULL }));
  g_assert_true (g_strv_contains ((const char * const *) row->meti, "2-1-2-1"));
  g_assert_true (g_strv_contains ((const char * const *) row->meti, "2-1-4-1"));
  /* Training is asked for by the chapter on people. */
  row = crosswalk_row (rows, "ch_people");
  g_assert_true (g_strv_contains ((const char * const *) row->jama, "30"));

  doc = hg_crosswalk_doc (f->workbook, &error);
  g_assert_no_error (error);
  text = hg_doc_to_text (doc);
  g_assert_nonnull (strstr (text, "第8章 委託管理"));
  g_assert_nonnull (strstr (text, "44、46"));
}

/* Every Level-1 item we know is mapped. The example company with a year of
 * records gets a suggestion for each; the bare example (no training
 * recorded) none for the five whose only evidence is training, and says so. */
static void
test_jama_level1 (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *xml = jama_level1_sheet ();
  g_autoptr(HgFramework) sheet = NULL;
  g_autoptr(GPtrArray) list = NULL;
  const char *training_only[] = { "28", "29", "30", "36", "38", NULL };

  store_import (f, "jama-level1", xml);
  sheet = load (f, "jama-level1");
  list = suggest (f, sheet);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (jama_level1));
  for (guint i = 0; i < list->len; i++)
    {
      HgSuggestion *s = list->pdata[i];

      g_assert_cmpint (s->kind, !=, HG_SUGGESTION_NO_MAPPING);
      if (data != NULL && g_strv_contains (training_only, s->ref))
        {
          g_assert_cmpint (s->kind, ==, HG_SUGGESTION_NOTHING_KNOWN);
          g_assert_cmpstr (s->reason, ==, "No training recorded in the workbook");
        }
      else
        g_assert_cmpint (s->kind, ==, HG_SUGGESTION_PROPOSED);
    }
}

static char *
run_cli (int        *status,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("HINAGATA_CLI"));
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", err);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  return out;
}

/* "assess suggest" lists each suggestion with its reason, then the items
 * without one and why; --accept writes them and says how many. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "example.hinagata", NULL);
  g_autofree char *out = NULL;
  g_autofree char *again = NULL;
  g_autofree char *bad = NULL;
  int status = -1;

  /* The CLI opens the workbook itself. */
  g_clear_object (&f->workbook);
  out = run_cli (&status, "assess", "suggest", path, "ipa-self-check", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Answers the workbook suggests for “IPA 5-minute security "
                                 "self-check”:\n"));
  g_assert_nonnull (strstr (out, "     1  2 Partly done\n"
                                 "        Rules: “脆弱性への対応と更新” (version 2, approved "
                                 "2026-10-01); the workbook does not record that it is done\n"));
  g_assert_nonnull (strstr (out, "Items without a suggestion:\n"
                                 "    20  No training recorded in the workbook\n"));
  g_assert_null (strstr (out, "Wrote"));
  g_clear_pointer (&out, g_free);

  out = run_cli (&status, "assess", "suggest", path, "ipa-self-check", "--accept", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\nWrote 24 suggested answers with their evidence.\n"));
  again = run_cli (&status, "assess", "suggest", path, "ipa-self-check", "--accept", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (again, "\nWrote 0 suggested answers with their evidence.\n"));

  bad = run_cli (&status, "assess", "suggest", path, NULL);
  g_assert_cmpint (status, !=, 0);
}

/* "assess crosswalk" prints the table, or writes it in a document format. */
static void
test_cli_crosswalk (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "example.hinagata", NULL);
  g_autofree char *html = g_build_filename (f->dir, "対応表.html", NULL);
  g_autofree char *out = NULL;
  g_autofree char *written = NULL;
  g_autofree char *contents = NULL;
  int status = -1;

  g_clear_object (&f->workbook);
  out = run_cli (&status, "assess", "crosswalk", path, NULL);
  g_assert_cmpint (status, ==, 0);
  if (g_getenv ("HG_TEST_DUMP") != NULL)
    fprintf (stderr, "%s", out);
  g_assert_nonnull (strstr (out, "第8章 委託管理"));
  written = run_cli (&status, "assess", "crosswalk", path, "--format", "html", "-o", html, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (html, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "2-1-2-1"));
  g_assert_nonnull (strstr (contents, "情報セキュリティ関連規程 対応表"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/suggest/map", test_map);
  g_test_add_func ("/suggest/map-problems", test_map_problems);
  g_test_add ("/suggest/example", Fixture, NULL, fixture_setup, test_example, fixture_teardown);
  g_test_add ("/suggest/nothing-known", Fixture, "bare", fixture_setup, test_nothing_known,
              fixture_teardown);
  g_test_add ("/suggest/accept", Fixture, NULL, fixture_setup, test_accept, fixture_teardown);
  g_test_add ("/suggest/meti-jama", Fixture, NULL, fixture_setup, test_meti_jama,
              fixture_teardown);
  g_test_add ("/suggest/jama-level1", Fixture, NULL, fixture_setup, test_jama_level1,
              fixture_teardown);
  g_test_add ("/suggest/jama-level1-bare", Fixture, "bare", fixture_setup, test_jama_level1,
              fixture_teardown);
  g_test_add ("/suggest/crosswalk", Fixture, "bare", fixture_setup, test_crosswalk,
              fixture_teardown);
  g_test_add ("/suggest/cli", Fixture, "bare", fixture_setup, test_cli, fixture_teardown);
  g_test_add ("/suggest/cli-crosswalk", Fixture, "bare", fixture_setup, test_cli_crosswalk,
              fixture_teardown);
  return g_test_run ();
}

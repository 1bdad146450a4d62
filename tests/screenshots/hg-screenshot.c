/* hg-screenshot.c: renders a window of the real application into a PNG
 *
 * Used by take-screenshots.sh for the README and the AppStream metainfo, and
 * by developers to look at every screen in both languages. The workbook is
 * filled with a fictional 20-person parts maker.
 *
 * Usage: hg-screenshot PAGE OUT.png [WIDTH HEIGHT]
 *   PAGE: overview, company, company-bottom, company-roles, person-dialog, empty-overview, problem,
 *         assets, assets-empty, assets-filtered, assets-loading, assets-large, asset-dialog,
 *         asset-dialog-ratings,
 *         asset-import, risks, risks-scrolled, employees, employees-empty, employees-needs,
 *         employees-training, employment-dialog, employee-import, receipt-dialog, training-dialog,
 *         asset-labels, threat-links, policy-approval, policy-changed, policy-reword,
 *         policy-step-STEP (any wizard step by its id, e.g. policy-step-it_use),
 *         policy-level1, policy-gaps, policy-forms (the forms in the preview), contact-dialog,
 *         assess (IPA's self-check partly answered), assess-five (the 5 measures all answered),
 *         assess-rounds (last December's round frozen, this year's open), assess-freeze,
 *         assess-history, assess-compare (its dialog and windows over that),
 *         assess-suggest (the suggestions from the workbook for the self-check),
 *         assess-suggest-end (the same, scrolled to the items answered otherwise and without one),
 *         security-action (★ declarable, the basic policy approved but not published),
 *         publish-dialog (recording where it is published), overview-assess (the overview's
 *         self-check and customer's sheet steps, a sheet imported and partly answered),
 *         assess-export (the page's Export menu open),
 *         sheet-import, sheet-import-meti (the stand-ins in tests/data, read from the
 *         source tree: run from its top), sheet-import-mapping (a sheet whose headers say
 *         nothing: the mapping step), sheet-import-problems (its rows' problems),
 *         practice (the incident register, one deadline overdue), practice-empty,
 *         incident-dialog (an incident being edited, its time mistyped), incident-step-dialog,
 *         incident-notice-dialog (the overdue customer's notification being marked done),
 *         assess-sheet (a customer's 153-item sheet with levels, part answered, with rates),
 *         assess-item (an item's note, owner, due date and evidence),
 *         calendar (the 運用 page's calendar tab on 28 December, a weekly check overdue),
 *         services (the services tab, one review overdue, one contract ended),
 *         carryout (the carry-out tab on 29 December, a laptop overdue), carryout-dialog
 *         (a carry-out being recorded, due back before it went out), carryout-return
 *         (its return being recorded),
 *         laws (the laws tab on 28 December, most checked, two owed), law-check-dialog
 *         (recording a check on a day still to come: refused at the date),
 *         contacts (the contacts tab: the roles and the contacts, one with a night number),
 *         register-import (a carry-out log from Excel previewed, one return time mistyped),
 *         register-import-again (the same log, corrected, after two of its rows were imported:
 *         those two marked 登録済み and skipped),
 *         service-dialog (the overdue one edited, its department left empty and refused),
 *         service-checklist (the same dialog scrolled to its assets and checklist),
 *         service-review-dialog, service-end-dialog (its review and its contract's end)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-test-ui.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "hg-application.h"
#include "hg-assess-compare-window.h"
#include "hg-assess-freeze-dialog.h"
#include "hg-assess-history-window.h"
#include "hg-assess-page.h"
#include "hg-assess-item-dialog.h"
#include "hg-assessment.h"
#include "hg-assessment-history.h"
#include "hg-suggest-dialog.h"
#include "hg-assessment-evidence.h"
#include "hg-asset-dialog.h"
#include "hg-asset-files.h"
#include "hg-asset-store.h"
#include "hg-framework-catalog.h"
#include "hg-assets-page.h"
#include "hg-company.h"
#include "hg-db.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-import-dialog.h"
#include "hg-register-import-dialog.h"
#include "hg-register-imports.h"
#include "hg-incident-dialog.h"
#include "hg-incident-edit.h"
#include "hg-incident-notice-dialog.h"
#include "hg-incident-step-dialog.h"
#include "hg-incidents-view.h"
#include "hg-calendar-view.h"
#include "hg-carryout-dialog.h"
#include "hg-carryout-return-dialog.h"
#include "hg-carryout-view.h"
#include "hg-carryout.h"
#include "hg-service-edit.h"
#include "hg-services-view.h"
#include "hg-contact.h"
#include "hg-contacts-view.h"
#include "hg-date-row.h"
#include "hg-law.h"
#include "hg-law-dialog.h"
#include "hg-laws-view.h"

#include "hg-service-dialog.h"
#include "hg-service-end-dialog.h"
#include "hg-service-review-dialog.h"
#include "hg-list-dialog.h"
#include "hg-policy-page.h"
#include "hg-sheet-import-dialog.h"
#include "hg-xlsx.h"
#include "hg-policy.h"
#include "hg-pack-context.h"
#include "hg-publish-dialog.h"
#include "hg-rule-dialog.h"
#include "hg-company-page.h"
#include "hg-department-dialog.h"
#include "hg-department.h"
#include "hg-education.h"
#include "hg-employee.h"
#include "hg-employees-page.h"
#include "hg-employment-dialog.h"
#include "hg-framework-catalog.h"
#include "hg-handbook-receipt.h"
#include "hg-org-role.h"
#include "hg-overview-page.h"
#include "hg-person.h"
#include "hg-person-dialog.h"
#include "hg-contact-dialog.h"
#include "hg-receipt-dialog.h"
#include "hg-training-dialog.h"
#include "hg-approval-dialog.h"
#include "hg-task-bar.h"
#include "hg-revision.h"
#include "hg-versions-window.h"
#include "hg-risk-catalogue.h"
#include "hg-risk-rating.h"
#include "hg-risk-threat.h"
#include "hg-risk-tables-dialog.h"
#include "hg-risks-page.h"
#include "hg-threat-links-dialog.h"
#include "hg-treatment-dialog.h"
#include "hg-window.h"

/* A register of 100,000 assets behind the examples: enough that reading it
 * takes the window a moment after its first frame. */
static gboolean
fill_large_register_cb (sqlite3   *db,
                        gpointer   user_data,
                        GError   **error)
{
  static const char *names[] = { "見積書", "受注データ", "加工図面", "検査記録", "生産計画表" };
  g_autoptr(sqlite3_stmt) stmt = _hg_asset_store_prepare_insert (db, error);

  for (guint i = 0; stmt != NULL && i < 100000; i++)
    {
      g_autoptr(HgAssetData) d = hg_asset_data_new ();

      g_free (d->name);
      d->name = g_strdup_printf ("%s No.%06u", names[i % G_N_ELEMENTS (names)], i);
      d->confidentiality = 1 + i % 3;
      d->integrity = 1 + (i / 3) % 3;
      d->availability = 1 + (i / 9) % 3;
      if (!_hg_asset_store_insert_with (stmt, d, NULL, error))
        return FALSE;
    }
  return stmt != NULL;
}

static void
fill_example (HgWorkbook *wb)
{
  static const char *depts[] = { "総務部", "製造部", "品質保証部", "営業部" };
  static const struct { const char *name; int dept; const char *email; const char *phone; } people[] = {
    { "山本 健一", 0, "yamamoto@midori-seiki.example.jp", "0566-12-3401" },
    { "佐々木 美穂", 0, "sasaki@midori-seiki.example.jp", "0566-12-3402" },
    { "中村 隆", 1, "nakamura@midori-seiki.example.jp", "0566-12-3410" },
    { "小林 直樹", 2, "kobayashi@midori-seiki.example.jp", "0566-12-3420" },
    { "加藤 由紀", 3, "kato@midori-seiki.example.jp", "0566-12-3430" },
  };
  gint64 dept_ids[G_N_ELEMENTS (depts)];
  gint64 ids[G_N_ELEMENTS (people)];
  g_autoptr(GError) error = NULL;

  hg_company_set (wb, HG_COMPANY_FIELD_NAME, "株式会社みどり精機", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_NAME_KANA, "カブシキガイシャ ミドリセイキ", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_NAME_EN, "Midori Seiki Co., Ltd.", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE, "代表取締役", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "緑川 正男", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_POSTAL_CODE, "448-0000", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_ADDRESS, "愛知県刈谷市みどり町1-2-3", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_INDUSTRY, "自動車部品製造業（プレス加工）", &error);
  hg_company_set (wb, HG_COMPANY_FIELD_EMPLOYEES, "20", &error);

  for (guint i = 0; i < G_N_ELEMENTS (depts); i++)
    dept_ids[i] = hg_department_add (wb, depts[i], &error);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(HgPerson) p = hg_person_new (people[i].name, dept_ids[people[i].dept],
                                             people[i].email, people[i].phone);
      ids[i] = hg_person_add (wb, p, &error);
    }

  hg_org_role_assign (wb, HG_ORG_ROLE_CISO, 0, ids[0], &error);
  hg_org_role_assign (wb, HG_ORG_ROLE_SYSTEM_ADMIN, 0, ids[1], &error);
  hg_org_role_assign (wb, HG_ORG_ROLE_EDUCATION, 0, ids[1], &error);
  hg_org_role_assign (wb, HG_ORG_ROLE_INCIDENT_CONTACT, 0, ids[1], &error);
  /* The auditor doubles as a department lead: the page shows its warning. */
  hg_org_role_assign (wb, HG_ORG_ROLE_AUDITOR, 0, ids[3], &error);
  for (guint i = 0; i < 3; i++)
    hg_org_role_assign (wb, HG_ORG_ROLE_DEPARTMENT_HEAD, dept_ids[i], ids[i == 0 ? 0 : i + 1],
                        &error);
  if (error != NULL)
    g_error ("%s", error->message);
}

/* The handbook's document, or a stand-in while the pack has none. */
static void
approve_handbook (HgWorkbook *wb,
                  const char *text,
                  const char *date)
{
  g_autoptr(HgSession) session = hg_session_new (wb);
  HgPack *pack = hg_session_get_pack (session, NULL);
  g_autoptr(HgDoc) doc = hg_policy_build_document (wb, pack, HG_HANDBOOK_DOCUMENT, NULL);
  g_autoptr(GError) error = NULL;

  if (doc == NULL)
    doc = hg_doc_new (HG_HANDBOOK_DOCUMENT, "情報セキュリティハンドブック", "株式会社みどり精機");
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, text);
  hg_revision_approve (wb, hg_pack_get_id (pack), doc, "改訂", "佐々木 美穂", "緑川 正男", date,
                       NULL, &error);
  g_assert_no_error (error);
}

/* Answers as a company half-way through: IPA's first questions, or all
 * of the 5 measures with one not in place. */
static void
fill_assessment (HgWorkbook *wb,
                 const char *page)
{
  static const char *ipa[] = { "4", "4", "2", "0", "4", "-1", "2", "4", "0", "2" };
  static const char *five[] = { "yes", "yes", "no", "yes", "yes" };
  /* This year's changes on last year's answers: better, worse, new. */
  static const char *this_year[][2] = { { "1", "2" }, { "4", "4" }, { "6", "0" }, { "9", "4" }, { "3", "4" },
                                        { "11", "2" }, { "12", "4" } };
  gboolean all_five = g_str_equal (page, "assess-five");
  gboolean rounds = !all_five && !g_str_equal (page, "assess");
  const char **values = all_five ? five : ipa;
  guint n = all_five ? G_N_ELEMENTS (five) : G_N_ELEMENTS (ipa);
  g_autoptr(HgFramework) framework =
    hg_framework_load_builtin (all_five ? "five-measures" : "ipa-self-check", NULL, NULL);

  if (rounds)
    hg_assessment_start (wb, framework, "2025-12-01", NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i + 1);
      HgAssessmentAnswer answer = { ref, (char *) values[i], (char *) "", (char *) "",
                                    (char *) "" };
      g_autoptr(GError) error = NULL;

      hg_assessment_answer (wb, framework, &answer, &error);
      g_assert_no_error (error);
    }
  if (!rounds)
    return;
  hg_assessment_freeze (wb, "ipa-self-check", "2025-12-20", NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (this_year); i++)
    {
      HgAssessmentAnswer answer = { (char *) this_year[i][0], (char *) this_year[i][1],
                                    (char *) "", (char *) "", (char *) "" };

      hg_assessment_answer (wb, framework, &answer, NULL);
    }
}

/* A company on its way to SECURITY ACTION ★★: the 5 measures in place,
 * the self-check answered, the basic policy approved and not yet
 * published; for the overview also a customer's sheet imported (our own
 * stand-in texts) and partly answered. */
static void
fill_security_action (HgWorkbook *wb,
                      const char *page)
{
  static const char *ipa = "4424422404424244244220424";
  g_autoptr(HgSession) session = hg_session_new (wb);
  HgPack *pack = hg_session_get_pack (session, NULL);
  g_autoptr(HgDoc) doc = hg_policy_build_document (wb, pack, "basic_policy", NULL);
  g_autoptr(HgFramework) five = hg_framework_load_builtin ("five-measures", NULL, NULL);
  g_autoptr(HgFramework) check = hg_framework_load_builtin ("ipa-self-check", NULL, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i + 1);
      char value[2] = { ipa[i], 0 };
      HgAssessmentAnswer answer = { ref, value, (char *) "", (char *) "", (char *) "" };

      hg_assessment_answer (wb, check, &answer, &error);
      answer.value = (char *) "yes";
      if (i < 5)
        hg_assessment_answer (wb, five, &answer, &error);
    }
  hg_revision_approve (wb, hg_pack_get_id (pack), doc, "制定", "佐々木 美穂", "緑川 正男",
                       "2026-04-01", NULL, &error);
  g_assert_no_error (error);
  if (g_str_equal (page, "overview-assess"))
    {
      g_autoptr(GString) xml = g_string_new ("<framework id=\"customer-sheet\" version=\"2026\" "
                                             "xml:lang=\"ja\"><title>取引先チェックシート（見本）"
                                             "</title><publisher>取引先</publisher><scale>"
                                             "<answer value=\"yes\" score=\"1\" status=\"met\">"
                                             "<label>達成</label></answer><answer value=\"no\" "
                                             "score=\"0\" status=\"not\"><label>未達成</label>"
                                             "</answer></scale><scoring kind=\"rates\">"
                                             "<level id=\"1\"/><level id=\"2\"/></scoring>"
                                             "<section id=\"s\"><title>管理</title>");
      g_autoptr(HgFramework) sheet = NULL;
      char *sql;

      for (guint i = 1; i <= 12; i++)
        g_string_append_printf (xml, "<item ref=\"%u\" level=\"%u\"><text>項目 %u</text></item>",
                                i, i <= 8 ? 1 : 2, i);
      g_string_append (xml, "</section></framework>");
      sql = sqlite3_mprintf ("INSERT INTO framework_import VALUES ('customer-sheet', %Q, "
                             "'check-sheet.xlsx', '%064d', '2026-12-01')", xml->str, 0);
      hg_db_exec (hg_workbook_get_db (wb), sql, &error);
      sqlite3_free (sql);
      g_assert_no_error (error);
      sheet = hg_framework_catalog_load (wb, "customer-sheet", NULL, &error);
      g_assert_no_error (error);
      for (guint i = 1; i <= 10; i++)
        {
          g_autofree char *ref = g_strdup_printf ("%u", i);
          HgAssessmentAnswer answer = { ref, (char *) (i % 3 ? "yes" : "no"), (char *) "",
                                        (char *) "", (char *) "" };

          hg_assessment_answer (wb, sheet, &answer, &error);
        }
      g_assert_no_error (error);
    }
}

/* Four incidents of a year: a mail sent to the wrong customer (contained,
 * the PPC's reports counting down), a suspicious attachment opened (its
 * customer's 48 hours overdue on the fixed clock of 2026-12-06 12:00), a
 * stolen notebook and a login alert, both closed. */
static void
fill_incidents (HgWorkbook *wb)
{
  static const struct {
    const char *title; const char *detected; const char *by; HgIncidentKind kind;
    const char *category; HgIncidentLevel level; gboolean personal; const char *what;
    const char *steps[HG_INCIDENT_N_STEPS]; const char *customer; guint hours; const char *sent;
  } examples[] = {
    { "ノートパソコンの盗難（車上荒らし）", "2026-11-10 19:00", "中村 隆", HG_INCIDENT_KIND_INCIDENT,
      "loss", HG_INCIDENT_LEVEL_MAJOR, TRUE, "営業車から顧客訪問用のノートパソコンが盗まれた。",
      { NULL, "2026-11-10 19:20", "2026-11-10 21:00", "2026-11-12 10:00", "2026-11-20 17:00" },
      NULL, 0, NULL },
    { "身に覚えのないログインの通知", "2026-10-02 08:30", "加藤 由紀", HG_INCIDENT_KIND_ACCIDENT,
      "login", HG_INCIDENT_LEVEL_MINOR, FALSE, "クラウドのメールに海外からのログインの通知が届いた。",
      { NULL, "2026-10-02 08:45", "2026-10-02 09:30", NULL, "2026-10-02 12:00" }, NULL, 0, NULL },
    { "顧客名簿を添付したメールの誤送信", "2026-12-01 17:40", "佐々木 美穂", HG_INCIDENT_KIND_ACCIDENT,
      "misdelivery", HG_INCIDENT_LEVEL_MAJOR, TRUE,
      "顧客名簿（約120件）を添付したメールを別の取引先に送った。",
      { NULL, "2026-12-01 17:55", "2026-12-01 19:00", NULL, NULL },
      "株式会社みなと商事 品質保証部", 24, "2026-12-02 09:00" },
    { "不審なメールの添付ファイルを開いた", "2026-12-04 10:15", "小林 直樹", HG_INCIDENT_KIND_ACCIDENT,
      "malware", HG_INCIDENT_LEVEL_MODERATE, FALSE,
      "取引先を名乗るメールの添付ファイルを開き、ウイルス対策ソフトが警告を出した。",
      { NULL, "2026-12-04 10:30", NULL, NULL, NULL }, "ひながた自動車株式会社", 48, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(HgIncident) incident = hg_incident_new ();
      g_autoptr(GError) error = NULL;
      gint64 id = 0;

      incident->title = g_strdup (examples[i].title);
      incident->detected = g_strdup (examples[i].detected);
      incident->detected_by = g_strdup (examples[i].by);
      incident->kind = examples[i].kind;
      g_free (incident->category);
      incident->category = g_strdup (examples[i].category);
      incident->level = examples[i].level;
      incident->personal_data = examples[i].personal;
      incident->description = g_strdup (examples[i].what);
      hg_incident_save (wb, incident, &id, &error);
      g_assert_no_error (error);
      for (guint s = 1; s < HG_INCIDENT_N_STEPS; s++)
        if (examples[i].steps[s] != NULL)
          {
            hg_incident_advance (wb, id, s, examples[i].steps[s], "山本 健一", NULL, &error);
            g_assert_no_error (error);
          }
      if (examples[i].customer != NULL)
        {
          g_autoptr(HgIncidentNotice) notice = hg_incident_notice_new ();

          notice->recipient = g_strdup (examples[i].customer);
          notice->within = examples[i].hours;
          notice->sent = g_strdup (examples[i].sent);
          hg_incident_save_notice (wb, id, notice, NULL, &error);
          g_assert_no_error (error);
        }
      if (examples[i].personal && examples[i].steps[HG_INCIDENT_CLOSED] != NULL)
        {
          g_autoptr(HgIncidentNotice) prompt = hg_incident_notice_new ();
          g_autoptr(HgIncidentNotice) final = hg_incident_notice_new ();

          prompt->kind = HG_INCIDENT_NOTICE_PPC_PROMPT;
          prompt->sent = g_strdup ("2026-11-12 15:00");
          final->kind = HG_INCIDENT_NOTICE_PPC_FINAL;
          final->sent = g_strdup ("2026-11-30 15:00");
          hg_incident_save_notice (wb, id, prompt, NULL, &error);
          hg_incident_save_notice (wb, id, final, NULL, &error);
          g_assert_no_error (error);
        }
    }
}

/* A customer's check sheet as an import stores it: 153 items in three
 * cumulative levels, texts of our own; the first level part answered,
 * the gaps with an owner and a due date. */
static void
fill_customer_sheet (HgWorkbook *wb)
{
  static const char *topics[] = {
    "情報セキュリティの基本方針を定め、従業員に周知している",
    "情報資産の一覧を作り、管理責任者を決めている",
    "パソコンとサーバに最新の修正プログラムを適用している",
    "退職者のアカウントを速やかに削除している",
    "重要なデータのバックアップを定期的に取得し、復元を確認している",
    "取引先から預かった情報の取扱いルールを定めている",
    "ウイルス対策ソフトを導入し、定義ファイルを更新している",
    "従業員に年1回以上の情報セキュリティ教育を行っている",
  };
  static const char *answers[] = { "yes", "yes", "some", "yes", "no", "yes", "na", "yes", "no", "yes" };
  g_autoptr(GString) xml = g_string_new ("<framework id=\"customer-sheet\" version=\"2026\" xml:lang=\"ja\">"
                                         "<title>取引先セキュリティチェックシート</title><publisher>取引先</publisher><scale>"
                                         "<answer value=\"yes\" score=\"1\" status=\"met\"><label>達成</label></answer>"
                                         "<answer value=\"some\" score=\"0\" status=\"partly\"><label>一部達成</label></answer>"
                                         "<answer value=\"no\" score=\"0\" status=\"not\"><label>未達成</label></answer>"
                                         "<answer value=\"na\" score=\"0\" status=\"na\"><label>対象外</label></answer>"
                                         "</scale><scoring kind=\"rates\"><level id=\"L1\"/><level id=\"L2\"/>"
                                         "<level id=\"L3\"/></scoring>");
  static const char *sections[] = { "組織的対策", "人的対策", "技術的対策" };
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  char *sql;

  for (guint s = 0; s < 3; s++)
    {
      g_string_append_printf (xml, "<section id=\"s%u\"><title>%s</title>", s + 1, sections[s]);
      for (guint i = 1; i <= 153; i++)
        if ((i - 1) / 51 == s)
          g_string_append_printf (xml, "<item ref=\"%u\" level=\"L%u\"><text>%s</text></item>", i,
                                  i % 3 == 1 ? 1 : i % 3 == 2 ? 2 : 3, topics[i % G_N_ELEMENTS (topics)]);
      g_string_append (xml, "</section>");
    }
  g_string_append (xml, "</framework>");
  sql = sqlite3_mprintf ("INSERT INTO framework_import VALUES "
                         "('customer-sheet', %Q, 'チェックシート.xlsx', '%064d', '2026-12-06')",
                         xml->str, 0);
  hg_db_exec (hg_workbook_get_db (wb), sql, &error);
  sqlite3_free (sql);
  g_assert_no_error (error);
  framework = hg_framework_catalog_load (wb, "customer-sheet", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i);
      const char *value = answers[i % G_N_ELEMENTS (answers)];
      gboolean gap = g_str_equal (value, "no") || g_str_equal (value, "some");
      HgAssessmentAnswer answer = { ref, (char *) value, (char *) "",
                                    (char *) (gap ? "中村 隆" : ""),
                                    (char *) (gap ? "2027-03-31" : "") };

      hg_assessment_answer (wb, framework, &answer, &error);
      g_assert_no_error (error);
    }
}

/* Evidence of IPA's question 4 (not done yet): a rule, an asset and a file. */
static void
fill_evidence (HgWorkbook *wb,
               const char *dir)
{
  g_autoptr(HgFramework) framework = hg_framework_load_builtin ("ipa-self-check", NULL, NULL);
  g_autofree char *file = g_build_filename (dir, "点検記録_2026-11.pdf", NULL);
  HgAssessmentAnswer answer = { (char *) "4", (char *) "2", (char *) "修正プログラムの適用を月次で確認する",
                                (char *) "中村 隆", (char *) "2027-03-31" };
  g_autoptr(GError) error = NULL;

  hg_asset_store_load_examples (wb, &error);
  g_assert_no_error (error);
  hg_assessment_answer (wb, framework, &answer, &error);
  g_assert_no_error (error);
  g_file_set_contents (file, "%PDF-1.4 点検記録", -1, NULL);
  hg_assessment_evidence_add (wb, framework, "4", HG_EVIDENCE_RULE, "org_ciso_duties", &error);
  g_assert_no_error (error);
  hg_assessment_evidence_add (wb, framework, "4", HG_EVIDENCE_ASSET, "1", &error);
  g_assert_no_error (error);
  hg_assessment_evidence_add (wb, framework, "4", HG_EVIDENCE_FILE, file, &error);
  g_assert_no_error (error);
  /* Changed since it was linked. */
  g_file_set_contents (file, "%PDF-1.4 点検記録（追記）", -1, NULL);
}

/* The example people as employees: hire dates, positions, two handbook
 * versions, receipts, a promotion, a new hire, training sessions. */
static void
fill_employees (HgWorkbook *wb)
{
  static const struct {
    const char *name; gint64 dept; const char *hired; const char *position;
    HgEmployeeStatus status; const char *promoted; guint version; const char *received;
  } staff[] = {
    { "山本 健一", 1, "2008-04-01", "部長", HG_EMPLOYEE_ACTIVE, "", 2, "2026-04-10" },
    { "佐々木 美穂", 1, "2015-04-01", "主任", HG_EMPLOYEE_ACTIVE, "", 2, "2026-04-10" },
    { "中村 隆", 2, "2012-04-01", "課長", HG_EMPLOYEE_ACTIVE, "2026-06-01", 2, "2026-04-10" },
    { "小林 直樹", 3, "2016-10-01", "係長", HG_EMPLOYEE_ACTIVE, "", 2, "2026-04-10" },
    { "加藤 由紀", 4, "2019-04-01", "", HG_EMPLOYEE_ACTIVE, "", 1, "2025-04-15" },
    { "高橋 翔太", 2, "2026-06-15", "", HG_EMPLOYEE_ACTIVE, "", 0, "" },
    { "伊藤 さくら", 2, "2020-04-01", "", HG_EMPLOYEE_ON_LEAVE, "", 1, "2025-04-15" },
    { "渡辺 大輔", 4, "2014-04-01", "主任", HG_EMPLOYEE_ACTIVE, "", 2, "2026-04-12" },
    { "松本 恵", 3, "2021-04-01", "", HG_EMPLOYEE_ACTIVE, "", 1, "2025-04-15" },
    { "井上 拓也", 2, "2010-04-01", "班長", HG_EMPLOYEE_LEFT, "", 1, "2025-04-15" },
  };
  g_autoptr(HgEducationSession) first = hg_education_session_new ("2025-04-15",
                                                                  "情報セキュリティ基本研修",
                                                                  "ハンドブック第1版");
  g_autoptr(HgEducationSession) second = hg_education_session_new ("2026-04-10",
                                                                   "ハンドブック第2版の説明会",
                                                                   "ハンドブック第2版、誓約書");
  g_autoptr(GError) error = NULL;
  g_autoptr(HgHandbook) handbook = NULL;
  g_autoptr(HgSession) session = hg_session_new (wb);

  approve_handbook (wb, "パスワードは10文字以上にする。", "2025-04-01");
  handbook = hg_handbook_get_for_pack (wb, hg_session_get_pack (session, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autoptr(HgEmployment) e = hg_employment_new (staff[i].hired, staff[i].position,
                                                     staff[i].status, "");
      gint64 id = i + 1;

      if (i >= 5)
        {
          g_autoptr(HgPerson) p = hg_person_new (staff[i].name, staff[i].dept, "", "");
          id = hg_person_add (wb, p, &error);
        }
      hg_employee_set_employment (wb, id, e, &error);
      if (staff[i].version == 1)
        {
          hg_handbook_receipt_record (wb, handbook, &id, 1, 1, staff[i].received, TRUE, &error);
          hg_education_session_add_attendee (first, id);
        }
    }
  hg_education_add (wb, first, &error);
  approve_handbook (wb, "パスワードは12文字以上にする。", "2026-04-01");
  g_clear_pointer (&handbook, hg_handbook_free);
  handbook = hg_handbook_get_for_pack (wb, hg_session_get_pack (session, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      gint64 id = i + 1;
      g_autoptr(HgEmployment) e = hg_employment_new (staff[i].hired, staff[i].position,
                                                     staff[i].status, staff[i].promoted);

      if (staff[i].version == 2)
        {
          hg_handbook_receipt_record (wb, handbook, &id, 1, 2, staff[i].received, i != 7,
                                      &error);
          hg_education_session_add_attendee (second, id);
        }
      if (staff[i].promoted[0] != '\0')
        hg_employee_set_employment (wb, id, e, &error);
    }
  hg_education_add (wb, second, &error);
  if (error != NULL)
    g_error ("%s", error->message);
}

static void
save_png (GtkWidget  *widget,
          const char *out)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, out))
    g_error ("Could not write %s", out);
}

/* The first descendant of @root with @css_class. */
static GtkWidget *
find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gtk_widget_has_css_class (child, css_class)
                         ? child : find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
approve_screenshot_version (HgWorkbook *workbook,
                            HgPack     *pack,
                            const char *summary,
                            const char *date)
{
  g_autoptr(HgDoc) doc = hg_policy_build_document (workbook, pack, "rules", NULL);
  g_autoptr(GError) error = NULL;

  hg_revision_approve (workbook, hg_pack_get_id (pack), doc, summary, "鈴木 一郎", "山本 健二",
                       date, NULL, &error);
  g_assert_no_error (error);
}

/* What the suggestions read: the register, the staff with their training
 * and receipts, and the basic policy and rules approved. */
static void
fill_for_suggestions (HgWorkbook *wb)
{
  g_autoptr(HgSession) session = hg_session_new (wb);
  HgPack *pack = hg_session_get_pack (session, NULL);
  g_autoptr(HgDoc) policy = NULL;
  g_autoptr(GError) error = NULL;

  fill_employees (wb);
  hg_asset_store_load_examples (wb, &error);
  g_assert_no_error (error);
  policy = hg_policy_build_document (wb, pack, "basic_policy", NULL);
  hg_revision_approve (wb, hg_pack_get_id (pack), policy, "制定", "鈴木 一郎", "山本 健二",
                       "2026-04-01", NULL, &error);
  g_assert_no_error (error);
  approve_screenshot_version (wb, pack, "制定", "2026-04-01");
}

/* The policy page with the rules in its preview. */
static HgPolicyPage *
show_rules (HgWindow *window)
{
  HgPolicyPage *policy = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                               HG_TYPE_POLICY_PAGE, NULL));
  GtkWidget *drop = hg_test_find_widget (GTK_WIDGET (policy), GTK_TYPE_DROP_DOWN,
                                         "document-drop");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), 1);
  return policy;
}

/* A stand-in for a long export: it stops at 40 % and waits to be
 * cancelled, so the shot shows the task bar mid-way. */
static gboolean
slow_job (HgJob     *job,
          gpointer   task_data,
          GError   **error)
{
  hg_job_set_total (job, 100);
  for (guint i = 0;; i = MIN (i + 1, 40))
    {
      if (!hg_job_report (job, i, error))
        return FALSE;
      g_usleep (10 * 1000);
    }
}

static void
slow_job_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  hg_task_row_finish (result, NULL, NULL);
}

static gboolean
is_employee_shot (const char *page)
{
  return g_str_has_prefix (page, "employ") || g_str_equal (page, "receipt-dialog")
         || g_str_equal (page, "training-dialog");
}

static GtkWidget *
shoot_employees (HgWindow   *window,
                 const char *page,
                 const char *dir)
{
  HgWorkbook *workbook = hg_window_get_workbook (window);
  HgEmployeesPage *employees;
  GtkWidget *shot = NULL;

  hg_window_show_page (window, "employees");
  hg_test_spin (300);
  employees = HG_EMPLOYEES_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                      HG_TYPE_EMPLOYEES_PAGE, NULL));
  if (g_str_equal (page, "employees-needs") || g_str_equal (page, "receipt-dialog"))
    hg_employees_page_show_view (employees, "needs");
  else if (g_str_equal (page, "employees-training"))
    hg_employees_page_show_view (employees, "training");
  hg_test_spin (200);

  if (g_str_equal (page, "receipt-dialog"))
    {
      HgPack *pack = hg_session_get_pack (hg_window_get_session (window), NULL);
      g_autoptr(HgHandbook) handbook = hg_handbook_get_for_pack (workbook, pack);
      gint64 ids[] = { 3, 5, 6 };

      hg_employees_page_select_all (employees);
      shot = hg_receipt_dialog_new (workbook, handbook, ids, G_N_ELEMENTS (ids));
      hg_receipt_dialog_set_pledge (HG_RECEIPT_DIALOG (shot), TRUE);
    }
  else if (g_str_equal (page, "training-dialog"))
    {
      gint64 ids[] = { 3, 5, 6, 9 };

      shot = hg_training_dialog_new (workbook, 0, ids, G_N_ELEMENTS (ids));
    }
  else if (g_str_equal (page, "employment-dialog"))
    shot = hg_employment_dialog_new (workbook, 3);
  else if (g_str_equal (page, "employee-import"))
    {
      g_autofree char *csv = g_build_filename (dir, "社員名簿.csv", NULL);
      g_autoptr(GError) error = NULL;
      HgEmployeeImport *import;

      g_file_set_contents (csv,
                           "\xEF\xBB\xBF社員番号,氏名,所属,役職,入社日,在籍\r\n"
                           "101,山本 健一,総務部,部長,2008/4/1,在籍\r\n"
                           "118,木村 遥,購買部,,2026/7/1,在籍\r\n"
                           "119,斎藤 光,製造部,,来月,在籍\r\n"
                           "120,,製造部,,2026/7/1,在籍\r\n"
                           "121,森 浩二,製造部,,2026/7/1,出向中\r\n", -1, NULL);
      import = hg_employee_import_prepare_file (workbook, csv, &error);
      g_assert_no_error (error);
      shot = hg_import_dialog_new_for_employees (workbook, import, csv);
    }
  if (shot != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (shot));
    }
  return shot ? shot : GTK_WIDGET (window);
}

/* Shows the tab @name of the 運用 page and returns its view. */
static GtkWidget *
show_practice_tab (HgWindow   *window,
                   GType       type,
                   const char *name)
{
  GtkWidget *view;

  hg_window_show_page (window, "practice");
  view = hg_test_find_widget (GTK_WIDGET (window), type, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           view, ADW_TYPE_VIEW_STACK)), name);
  return view;
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");
  g_autoptr(HgApplication) app = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *page;
  const char *out;
  GtkWidget *shot;
  HgWindow *window;
  int width = 1000, height = 760;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 3)
    {
      g_printerr ("usage: %s PAGE OUT.png [WIDTH HEIGHT]\n", argv[0]);
      return 2;
    }
  page = argv[1];
  out = argv[2];
  if (argc >= 5)
    {
      width = atoi (argv[3]);
      height = atoi (argv[4]);
    }

  gtk_init ();
  adw_init ();
  app = hg_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  dir = g_dir_make_tmp ("hinagata-shot-XXXXXX", NULL);
  path = g_build_filename (dir, "みどり精機.hinagata", NULL);
  workbook = hg_workbook_create (path, "", &error);
  g_assert_no_error (error);
  if (!g_str_equal (page, "empty-overview") && !g_str_equal (page, "employees-empty"))
    fill_example (workbook);
  if ((g_str_has_prefix (page, "asset") && !g_str_equal (page, "assets-empty"))
      || g_str_equal (page, "read-only"))
    hg_asset_store_load_examples (workbook, &error);
  if (!g_str_equal (page, "empty-overview") && g_str_equal (page, "overview"))
    hg_asset_store_load_examples (workbook, &error);
  if (g_str_equal (page, "assets-loading") || g_str_equal (page, "assets-large"))
    hg_workbook_edit (workbook, "", fill_large_register_cb, NULL, &error);
  if (is_employee_shot (page) && !g_str_equal (page, "employees-empty"))
    fill_employees (workbook);
  if (g_str_has_prefix (page, "assess-suggest"))
    fill_for_suggestions (workbook);
  if (g_str_equal (page, "assess-sheet"))
    fill_customer_sheet (workbook);
  else if (g_str_has_prefix (page, "assess"))
    fill_assessment (workbook, page);
  if (g_str_equal (page, "assess-item"))
    fill_evidence (workbook, dir);
  if (g_str_equal (page, "security-action") || g_str_equal (page, "publish-dialog")
      || g_str_equal (page, "overview-assess"))
    fill_security_action (workbook, page);

  if ((g_str_has_prefix (page, "practice") && !g_str_equal (page, "practice-empty"))
      || g_str_has_prefix (page, "incident") || g_str_equal (page, "overview-practice"))
    fill_incidents (workbook);
  g_assert_no_error (error);
  g_clear_object (&workbook);

  if (g_str_equal (page, "read-only"))
    {
      /* The core's stand-in for a read-only share (see hg-workbook-files.c). */
      g_setenv ("HINAGATA_TEST_READ_ONLY_DIR", dir, TRUE);
    }
  else if (g_str_equal (page, "problem-foreign"))
    {
      sqlite3 *db = NULL;

      /* What a review found in a mailed workbook: a trigger that rewrites data. */
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER rewrite AFTER INSERT ON asset BEGIN "
                                         "UPDATE asset SET note = 'x'; END", NULL, NULL, NULL),
                       ==, SQLITE_OK);
      sqlite3_close (db);
    }

  window = hg_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (g_str_equal (page, "problem"))
    {
      g_autofree char *bad = g_build_filename (dir, "メモ.hinagata", NULL);
      g_file_set_contents (bad, "memo", -1, NULL);
      file = g_file_new_for_path (bad);
    }
  else
    file = g_file_new_for_path (path);
  hg_window_open_file (window, file);
  /* No crossfade: a screenshot must show the page, not the way to it. */
  gtk_stack_set_transition_type (GTK_STACK (hg_test_find_widget (GTK_WIDGET (window),
                                                                 GTK_TYPE_STACK, NULL)),
                                 GTK_STACK_TRANSITION_TYPE_NONE);
  gtk_window_present (GTK_WINDOW (window));
  hg_test_spin (400);

  shot = GTK_WIDGET (window);
  if (is_employee_shot (page))
    shot = shoot_employees (window, page, dir);
  else if (g_str_equal (page, "task"))
    {
      GtkWidget *risks;
      g_autofree char *title = g_strdup_printf (_("Exporting “%s”…"), "リスク分析.xlsx");

      hg_window_show_page (window, "risks");
      hg_test_spin (300);
      risks = hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_RISKS_PAGE, NULL);
      hg_task_bar_run (risks, title, slow_job, NULL, NULL, slow_job_done, NULL);
      hg_test_spin (900);
    }
  else if (g_str_has_prefix (page, "sheet-import"))
    {
      g_autofree char *own = g_build_filename (dir, "取引先チェック.xlsx", NULL);
      const char *sheet_path = g_str_equal (page, "sheet-import-meti")
                         ? "tests/data/check-sheet-meti-style.xlsx"
                         : "tests/data/check-sheet-jama-style.xlsx";
      HgSheetImport *import;

      if (g_str_has_prefix (page, "sheet-import-mapping") || g_str_equal (page, "sheet-import-problems"))
        {
          const char * const row1[] = { "A-1", "鍵の管理者を決めている", "○", NULL };
          const char * const row2[] = { "A-2", "入退室を記録している", "", NULL };
          const char * const row3[] = { "A-2", "", "×", NULL };
          const char * const *rows[] = { row1, row2, row3, NULL };
          const HgXlsxColumn columns[] = { { "項目ID" }, { "確認内容" }, { "チェック" } };
          g_autoptr(HgTable) table = hg_table_new ();

          for (guint r = 0; rows[r] != NULL; r++)
            hg_table_add_row (table, g_strdupv ((char **) rows[r]), r + 2);
          hg_xlsx_write_file (own, "点検表", columns, G_N_ELEMENTS (columns), table, &error);
          g_assert_no_error (error);
          sheet_path = own;
        }
      hg_window_show_page (window, "assess");
      hg_test_spin (100);
      import = hg_sheet_import_open (sheet_path, NULL, &error);
      g_assert_no_error (error);
      if (!g_str_equal (page, "sheet-import") && !g_str_equal (page, "sheet-import-meti"))
        {
          /* The user has named two of the three columns. */
          hg_sheet_layout_set_column (hg_sheet_import_get_layout (import), HG_SHEET_ROLE_REF, 0);
          hg_sheet_layout_set_column (hg_sheet_import_get_layout (import), HG_SHEET_ROLE_TEXT, 1);
        }
      shot = hg_sheet_import_dialog_new (hg_window_get_workbook (window), import);
      gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (shot));
      if (g_str_equal (page, "sheet-import-problems"))
        {
          GtkWidget *scroller;
          GtkAdjustment *adj;

          hg_sheet_layout_set_column (hg_sheet_import_get_layout (import), HG_SHEET_ROLE_ANSWER, 2);
          hg_test_spin (200);
          hg_sheet_import_dialog_apply (HG_SHEET_IMPORT_DIALOG (shot));
          hg_test_spin (200);
          scroller = hg_test_find_widget (shot, GTK_TYPE_SCROLLED_WINDOW, NULL);
          adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
        }
    }
  else if (g_str_has_prefix (page, "assess"))
    {
      GtkWidget *drop;

      hg_window_show_page (window, "assess");
      hg_test_spin (200);
      drop = hg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, "framework-drop");
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), g_str_equal (page, "assess-five") ? 1
                                                        : g_str_equal (page, "assess-sheet") ? 2 : 0);
      hg_test_spin (400);
      if (g_str_equal (page, "assess-freeze"))
        shot = hg_assess_freeze_dialog_new (hg_window_get_workbook (window), "ipa-self-check");
      else if (g_str_equal (page, "assess-history"))
        shot = hg_assess_history_window_new (hg_window_get_workbook (window), "ipa-self-check");
      else if (g_str_equal (page, "assess-compare"))
        shot = hg_assess_compare_window_new (hg_window_get_workbook (window), "ipa-self-check",
                                             0, 0);
      else if (g_str_equal (page, "assess-item"))
        shot = hg_assess_item_dialog_new (hg_window_get_workbook (window), "ipa-self-check", "4");
      if (shot != GTK_WIDGET (window))
        {
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
          hg_test_spin (400);
        }
      if (g_str_has_prefix (page, "assess-suggest"))
        {
          g_signal_emit_by_name (hg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON,
                                                      "suggest-button"), "clicked");
          hg_test_spin (400);
          shot = hg_test_find_toplevel (HG_TYPE_SUGGEST_DIALOG);
        }
      if (g_str_equal (page, "assess-suggest-end"))
        {
          GtkWidget *scroller = hg_test_find_widget (shot, GTK_TYPE_SCROLLED_WINDOW, NULL);
          GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          double x = 0, y = 0;

          gtk_widget_translate_coordinates (hg_test_find_widget (shot, ADW_TYPE_PREFERENCES_GROUP,
                                                                 "differ-group"),
                                            gtk_scrolled_window_get_child (
                                              GTK_SCROLLED_WINDOW (scroller)), 0, 0, &x, &y);
          gtk_adjustment_set_value (adj, y - 12);
          hg_test_spin (200);
        }
      if (g_str_equal (page, "assess-export"))
        {
          gtk_menu_button_popup (GTK_MENU_BUTTON (hg_test_find_widget (GTK_WIDGET (window),
                                                                       GTK_TYPE_MENU_BUTTON,
                                                                       "assess-export-button")));
          hg_test_spin (400);
        }
    }
  else if (g_str_equal (page, "security-action") || g_str_equal (page, "publish-dialog"))
    {
      hg_window_show_page (window, "assess");
      hg_test_spin (400);
      if (g_str_equal (page, "publish-dialog"))
        {
          GtkWidget *dialog = hg_publish_dialog_new (hg_window_get_session (window));

          gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
          hg_publish_dialog_fill (HG_PUBLISH_DIALOG (dialog),
                                  "自社サイト https://midori-seiki.example.jp/security",
                                  "2026-04-10");
          gtk_window_present (GTK_WINDOW (dialog));
          hg_test_spin (400);
          shot = dialog;
        }
    }
  else if (g_str_equal (page, "overview-assess"))
    {
      GtkWidget *overview, *scroller, *last;
      GtkAdjustment *adj;
      graphene_point_t point;

      /* At 360 px the window opens on its sidebar. */
      hg_window_show_page (window, "overview");
      hg_test_spin (300);
      overview = hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_OVERVIEW_PAGE, NULL);
      scroller = hg_test_find_widget (overview, GTK_TYPE_SCROLLED_WINDOW, NULL);
      adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      /* The last steps, the self-assessment's, at the top of the view. */
      last = hg_test_find_widget (overview, ADW_TYPE_ACTION_ROW, NULL);
      while (gtk_widget_get_next_sibling (last) != NULL)
        last = gtk_widget_get_next_sibling (last);
      for (guint i = 0; i < 2 && gtk_widget_get_prev_sibling (last) != NULL; i++)
        last = gtk_widget_get_prev_sibling (last);
      if (gtk_widget_compute_point (last, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                    &GRAPHENE_POINT_INIT (0, 0), &point))
        gtk_adjustment_set_value (adj, point.y - 12);
      hg_test_spin (300);
    }
  else if (g_str_equal (page, "overview-practice"))
    {
      GtkWidget *overview, *scroller, *heading;
      graphene_point_t point;

      /* The duties and incidents at the top of the view. */
      hg_window_show_page (window, "overview");
      hg_test_spin (300);
      overview = hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_OVERVIEW_PAGE, NULL);
      scroller = hg_test_find_widget (overview, GTK_TYPE_SCROLLED_WINDOW, NULL);
      heading = hg_test_find_widget (overview, ADW_TYPE_ACTION_ROW, "practice-overdue");
      if (heading == NULL)
        heading = hg_test_find_widget (overview, ADW_TYPE_ACTION_ROW, "practice-incident");
      if (heading != NULL
          && gtk_widget_compute_point (heading,
                                       gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                       &GRAPHENE_POINT_INIT (0, 0), &point))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                                  point.y - 48);
      hg_test_spin (300);
    }
  else if (g_str_equal (page, "read-only"))
    {
      hg_window_show_page (window, "assets");
      hg_test_spin (400);
    }
  else if (g_str_has_prefix (page, "company"))
    {
      hg_window_show_page (window, "company");
      hg_test_spin (400);
      if (g_str_equal (page, "company-roles"))
        {
          /* The representative chosen for a role as they are. */
          HgWorkbook *open_workbook = hg_window_get_workbook (window);
          GtkWidget *company = hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_COMPANY_PAGE, NULL);
          GtkWidget *scroller = hg_test_find_widget (company, GTK_TYPE_SCROLLED_WINDOW, NULL);
          GtkWidget *roles = GTK_WIDGET (gtk_widget_get_template_child (company, HG_TYPE_COMPANY_PAGE,
                                                                        "roles_group"));
          GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          double x = 0, y = 0;

          hg_org_role_assign (open_workbook, HG_ORG_ROLE_CISO, 0,
                              hg_person_get_representative (open_workbook), NULL);
          hg_test_spin (300);
          gtk_widget_translate_coordinates (roles, gtk_scrolled_window_get_child (
                                              GTK_SCROLLED_WINDOW (scroller)), 0, 0, &x, &y);
          gtk_adjustment_set_value (adj, y - 12);
        }
      else if (g_str_equal (page, "company-bottom"))
        {
          GtkWidget *company = hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_COMPANY_PAGE, NULL);
          GtkWidget *scroller = hg_test_find_widget (company, GTK_TYPE_SCROLLED_WINDOW, NULL);
          GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

          gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj)
                                         - gtk_adjustment_get_page_size (adj));
        }
    }
  else if (g_str_equal (page, "assets-loading") || g_str_equal (page, "assets-large"))
    {
      HgAssetsPage *assets;

      hg_window_show_page (window, "assets");
      assets = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_ASSETS_PAGE,
                                                    NULL));
      /* The first frames, while the rest of the register is read; or all of it read. */
      while (g_str_equal (page, "assets-large") && hg_assets_page_is_loading (assets))
        g_main_context_iteration (NULL, TRUE);
      hg_test_spin (g_str_equal (page, "assets-large") ? 300 : 40);
      save_png (shot, out);
      out = NULL;
    }
  else if (g_str_has_prefix (page, "asset"))
    {
      hg_window_show_page (window, "assets");
      hg_test_spin (300);
      if (g_str_equal (page, "asset-dialog"))
        {
          shot = hg_asset_dialog_new (hg_window_get_workbook (window), 4);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
      else if (g_str_equal (page, "asset-dialog-ratings"))
        {
          GtkWidget *scroller;
          GtkAdjustment *adj;

          shot = hg_asset_dialog_new (hg_window_get_workbook (window), 8);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
          hg_test_spin (300);
          scroller = hg_test_find_widget (shot, GTK_TYPE_SCROLLED_WINDOW, NULL);
          adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          gtk_adjustment_set_value (adj, 760);
        }
      else if (g_str_equal (page, "asset-import"))
        {
          g_autofree char *csv = g_build_filename (dir, "台帳.csv", NULL);
          HgAssetImport *import;

          g_file_set_contents (csv,
                               "\xEF\xBB\xBF情報資産名称,業務分類,管理部署,媒体・保存先,個人情報,機密性,完全性,可用性,担当メモ\r\n"
                               "仕入先リスト,購買,購買部,社内サーバ,,2,2,1,\r\n"
                               "従業員の緊急連絡先,人事,総務部,書類,○,3,2,2,\r\n"
                               "設計変更の記録,設計,製造部,社内サーバ,,5,3,2,要確認\r\n"
                               ",営業,営業部,書類,,1,1,1,\r\n", -1, NULL);
          import = hg_asset_import_prepare_file (hg_window_get_workbook (window), csv, &error);
          g_assert_no_error (error);
          shot = hg_import_dialog_new_for_assets (hg_window_get_workbook (window), import, csv);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
      else if (g_str_equal (page, "asset-bulk-edit"))
        {
          HgAssetsPage *assets = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                                       HG_TYPE_ASSETS_PAGE, NULL));
          gint64 ids[] = { 1, 2, 3 };

          (void) assets;
          shot = hg_bulk_edit_dialog_new (hg_window_get_workbook (window), ids, 3);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
          /* A level chosen shows what it means; the manager set for all. */
          adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (
                                        shot, HG_TYPE_BULK_EDIT_DIALOG, "level_row_0")), 1);
          adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (
                                        shot, HG_TYPE_BULK_EDIT_DIALOG, "owner_row")), 3);
        }
      else if (g_str_equal (page, "asset-media") || g_str_equal (page, "asset-labels"))
        {
          shot = hg_list_dialog_new (hg_window_get_workbook (window),
                                     g_str_equal (page, "asset-media") ? HG_LIST_DIALOG_MEDIA
                                                                       : HG_LIST_DIALOG_LABELS);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
      else if (g_str_equal (page, "assets-filters"))
        {
          GtkWidget *toggle = hg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, NULL);

          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
        }
      else if (g_str_equal (page, "assets-filtered"))
        {
          HgAssetsPage *assets = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                                       HG_TYPE_ASSETS_PAGE, NULL));
          hg_assets_page_set_search (assets, "顧客");
        }
    }
  else if (g_str_has_prefix (page, "policy"))
    {
      hg_window_show_page (window, "policy");
      hg_test_spin (1200);
      if (g_str_equal (page, "policy-rules"))
        {
          HgPolicyPage *policy = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                                       HG_TYPE_POLICY_PAGE, NULL));
          HgPack *pack = hg_policy_page_get_pack (policy);
          g_autoptr(GError) edit_error = NULL;

          hg_policy_reword (hg_window_get_workbook (window), pack, "access_pw_length",
                            "パスワードは{password_min_length}文字以上の、推測されにくい文字列とする。",
                            &edit_error);
          hg_policy_exclude (hg_window_get_workbook (window), pack, "access_lockout",
                             "アカウントのロック機能がないシステムだけを使っているため", &edit_error);
          hg_policy_page_show_step (policy, hg_pack_get_steps (pack)->len);
          hg_test_spin (600);
        }
      else if (g_str_equal (page, "policy-changed") || g_str_equal (page, "policy-reword"))
        {
          /* Telework on: the preview goes to the new chapter, marked. */
          HgPack *pack = hg_policy_page_get_pack (show_rules (window));
          HgWorkbook *open_workbook = hg_window_get_workbook (window);

          hg_test_spin (600);
          if (g_str_equal (page, "policy-changed"))
            {
              hg_policy_set_answer (open_workbook, pack, "telework", "true", NULL);
              hg_test_spin (900);
            }
          else
            {
              const char *text = hg_pack_find_rule (pack, "org_roles_set")->text;
              HgPackContext *context = hg_pack_context_new_for_workbook (pack, open_workbook);

              shot = g_object_new (HG_TYPE_RULE_DIALOG, "kind", HG_RULE_EDIT_REWORD,
                                   "rule", "org_roles_set", "text", text,
                                   "variables", hg_pack_context_describe_variables (context, text),
                                   NULL);
              hg_pack_context_free (context);
              gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
              gtk_window_present (GTK_WINDOW (shot));
            }
        }
      else if (g_str_equal (page, "policy-forms"))
        {
          /* The forms (様式集), the fourth document of the built-in pack. */
          GtkWidget *drop = hg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN,
                                                 "document-drop");

          gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), 3);
          hg_test_spin (900);
        }
      else if (g_str_has_prefix (page, "policy-step-"))
        {
          /* Any wizard step by its id, e.g. policy-step-it_use; the questions
           * that follow an earlier answer are shown answered. */
          HgPolicyPage *policy = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                                       HG_TYPE_POLICY_PAGE, NULL));
          HgPack *pack = hg_policy_page_get_pack (policy);
          HgWorkbook *open_workbook = hg_window_get_workbook (window);
          GPtrArray *steps = hg_pack_get_steps (pack);

          hg_policy_set_answer (open_workbook, pack, "it_support", "contractor", NULL);
          hg_policy_set_answer (open_workbook, pack, "it_contractor_name",
                                "株式会社あおばシステム", NULL);
          hg_policy_set_answer (open_workbook, pack, "overseas_technology", "true", NULL);
          hg_policy_set_answer (open_workbook, pack, "foreign_personal_data", "true", NULL);
          for (guint i = 0; i < steps->len; i++)
            if (g_str_equal (((HgStep *) g_ptr_array_index (steps, i))->id,
                             page + strlen ("policy-step-")))
              hg_policy_page_show_step (policy, i);
          hg_test_spin (600);
        }
      else if (g_str_equal (page, "policy-level1"))
        {
          /* Nothing outsourced: the wizard says which Level-1 items go. */
          HgPolicyPage *policy = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                                       HG_TYPE_POLICY_PAGE, NULL));
          HgPack *pack = hg_policy_page_get_pack (policy);
          GPtrArray *steps = hg_pack_get_steps (pack);

          hg_policy_set_answer (hg_window_get_workbook (window), pack, "uses_contractors",
                                "false", NULL);
          for (guint i = 0; i < steps->len; i++)
            if (g_str_equal (((HgStep *) g_ptr_array_index (steps, i))->id, "it_use"))
              hg_policy_page_show_step (policy, i);
          hg_test_spin (300);
          {
            GtkWidget *row = hg_policy_page_get_row (policy, "uses_contractors");
            GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
            double x = 0, y = 0;

            gtk_widget_translate_coordinates (row, gtk_scrolled_window_get_child (
                                                GTK_SCROLLED_WINDOW (scroller)), 0, 0, &x, &y);
            gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                                        GTK_SCROLLED_WINDOW (scroller)), y - 200);
          }
        }
      else if (g_str_equal (page, "policy-access"))
        {
          HgPolicyPage *policy = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                                       HG_TYPE_POLICY_PAGE, NULL));
          GtkWidget *drop = hg_test_find_widget (GTK_WIDGET (policy), GTK_TYPE_DROP_DOWN,
                                                 "document-drop");
          GPtrArray *steps = hg_pack_get_steps (hg_policy_page_get_pack (policy));

          for (guint i = 0; i < steps->len; i++)
            if (g_str_equal (((HgStep *) g_ptr_array_index (steps, i))->id, "access"))
              hg_policy_page_show_step (policy, i);
          gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), 1);
        }
      else if (g_str_equal (page, "policy-approval"))
        {
          /* The rules approved once and changed since; the basic policy
           * and the handbook never approved. */
          HgPolicyPage *policy = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (window),
                                                                       HG_TYPE_POLICY_PAGE, NULL));
          HgPack *pack = hg_policy_page_get_pack (policy);
          HgWorkbook *open_workbook = hg_window_get_workbook (window);

          approve_screenshot_version (open_workbook, pack, "制定", "2026-04-01");
          hg_policy_set_answer (open_workbook, pack, "password_min_length", "14", NULL);
          hg_test_spin (300);
          shot = hg_approval_dialog_new (hg_window_get_session (window));
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
      else if (g_str_equal (page, "policy-approve") || g_str_equal (page, "policy-versions")
               || g_str_equal (page, "policy-gaps"))
        {
          HgPack *pack = hg_policy_page_get_pack (show_rules (window));
          HgWorkbook *open_workbook = hg_window_get_workbook (window);
          g_autoptr(HgDoc) doc = NULL;

          if (g_str_equal (page, "policy-versions"))
            {
              approve_screenshot_version (open_workbook, pack, "制定", "2026-04-01");
              hg_policy_set_answer (open_workbook, pack, "password_min_length", "14", NULL);
              approve_screenshot_version (open_workbook, pack,
                                          "パスワードの最低文字数を14文字に変更", "2026-10-01");
              hg_policy_set_answer (open_workbook, pack, "review_interval_months", "6", NULL);
              hg_policy_set_answer (open_workbook, pack, "screen_lock_minutes", "5", NULL);
              shot = hg_versions_window_new (open_workbook, pack, "rules");
            }
          else
            {
              /* A small company: nobody looks after IT or audits yet. */
              if (g_str_equal (page, "policy-gaps"))
                {
                  hg_org_role_assign (open_workbook, HG_ORG_ROLE_SYSTEM_ADMIN, 0, 0, NULL);
                  hg_org_role_assign (open_workbook, HG_ORG_ROLE_AUDITOR, 0, 0, NULL);
                  hg_test_spin (200);
                }
              shot = hg_approval_dialog_new (hg_window_get_session (window));
            }
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
    }
  else if (g_str_has_prefix (page, "risks") || g_str_equal (page, "treatment-dialog")
           || g_str_equal (page, "risk-advice") || g_str_equal (page, "risk-tables")
           || g_str_equal (page, "threat-links"))
    {
      HgWorkbook *open_workbook = hg_window_get_workbook (window);
      HgRiskCatalogue *catalogue = hg_session_get_catalogue (hg_window_get_session (window), NULL);
      GPtrArray *controls = hg_risk_catalogue_get_controls (catalogue);
      g_autoptr(GError) risk_error = NULL;
      HgRisksPage *risks;

      hg_asset_store_load_examples (open_workbook, &risk_error);
      g_assert_true (hg_risk_setup (open_workbook, catalogue, &risk_error));
      /* A company halfway through its checklist. */
      for (guint i = 0; i < controls->len; i++)
        hg_risk_answer_set (open_workbook, catalogue,
                            ((HgRiskControl *) g_ptr_array_index (controls, i))->key,
                            HG_RISK_COMPANY, i % 3 == 0 ? HG_RISK_DONE
                                             : i % 3 == 1 ? HG_RISK_PARTIAL : HG_RISK_NOT_DONE,
                            NULL, NULL);
      hg_window_show_page (window, "risks");
      hg_test_spin (600);
      risks = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_RISKS_PAGE, NULL));
      if (g_str_equal (page, "risks-threats"))
        hg_risks_page_show_view (risks, "threats");
      else if (g_str_equal (page, "risks-scrolled"))
        {
          /* The risk table scrolled sideways to its end: the header
           * follows the rows. Most telling in a narrow window. */
          GtkWidget *list = find_with_class (GTK_WIDGET (risks), "risk-sheet");
          GtkAdjustment *adj = gtk_scrolled_window_get_hadjustment (
            GTK_SCROLLED_WINDOW (gtk_widget_get_parent (list)));

          hg_test_spin (300);
          gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj)
                                         - gtk_adjustment_get_page_size (adj));
        }
      else if (g_str_equal (page, "risks-controls"))
        hg_risks_page_show_view (risks, "controls");
      else if (g_str_equal (page, "risks-diagnosis"))
        hg_risks_page_show_view (risks, "diagnosis");
      else if (g_str_equal (page, "risk-tables"))
        {
          shot = hg_risk_tables_dialog_new (open_workbook);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
      else if (g_str_equal (page, "threat-links"))
        {
          HgRiskSheet *sheet = hg_risks_page_get_sheet (risks);

          shot = hg_threat_links_dialog_new (sheet, hg_risk_sheet_get_threat (sheet, 0)->id);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
      else if (g_str_equal (page, "risk-advice"))
        {
          gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.show-policy-step",
                                              g_variant_new_string ("operations"));
          hg_test_spin (600);
        }
      else if (g_str_equal (page, "treatment-dialog"))
        {
          HgRiskSheet *sheet = hg_risks_page_get_sheet (risks);
          g_autoptr(HgAssetData) first = hg_asset_store_get (open_workbook,
                                                             hg_risk_sheet_get_row (sheet, 0)->asset_id);

          shot = hg_treatment_dialog_new (sheet, 0, first->name);
          hg_treatment_dialog_set_kind (HG_TREATMENT_DIALOG (shot), HG_RISK_TREATMENT_REDUCE);
          hg_treatment_dialog_set_text (HG_TREATMENT_DIALOG (shot), HG_TREATMENT_FIELD_MEASURES,
                                        "ファイルサーバのアクセス権を営業部だけに絞る");
          hg_treatment_dialog_set_expected (HG_TREATMENT_DIALOG (shot), 1);
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
    }
  else if (g_str_equal (page, "about"))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL);
      hg_test_spin (300);
      shot = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
      if (shot == GTK_WIDGET (window))
        {
          GListModel *toplevels = gtk_window_get_toplevels ();
          for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
            {
              g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
              if (ADW_IS_ABOUT_WINDOW (w))
                shot = w;
            }
        }
    }
  else if (g_str_equal (page, "shortcuts"))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
      hg_test_spin (300);
      shot = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
    }
  else if (g_str_equal (page, "department-dialog"))
    {
      hg_window_show_page (window, "company");
      hg_test_spin (200);
      shot = hg_department_dialog_new (hg_window_get_workbook (window), 0);
      gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (shot));
    }
  else if (g_str_equal (page, "save-error"))
    {
      /* A save the database refuses: the report over the window. */
      HgWorkbook *open_workbook = hg_window_get_workbook (window);
      GtkWidget *dialog = hg_department_dialog_new (open_workbook, 0);
      GListModel *toplevels = gtk_window_get_toplevels ();

      hg_window_show_page (window, "company");
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (dialog));
      gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL)),
                             "海外調達課");
      hg_test_spin (100);
      sqlite3_exec (hg_workbook_get_db (open_workbook), "PRAGMA query_only = ON", NULL, NULL, NULL);
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
      hg_test_spin (200);
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
          if (ADW_IS_MESSAGE_DIALOG (w) && w != dialog)
            shot = w;
        }
    }
  else if (g_str_equal (page, "calendar"))
    {
      GtkWidget *view;

      hg_window_show_page (window, "practice");
      view = hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_CALENDAR_VIEW, NULL);
      hg_calendar_view_set_today (HG_CALENDAR_VIEW (view), "2026-12-28");
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                               view, ADW_TYPE_VIEW_STACK)), "calendar");
      hg_test_spin (300);
    }
  else if (g_str_equal (page, "services") || g_str_has_prefix (page, "service-"))
    {
      HgWorkbook *open_workbook = hg_window_get_workbook (window);
      static const struct { const char *name, *department, *review; HgServiceKind kind;
                            guint met; } services[] = {
        { "クラウド会計サービス", "経理部", "2027-03-31", HG_SERVICE_CLOUD, 8 },
        { "社内システム保守委託", "総務部", "2026-12-01", HG_SERVICE_CONTRACTOR, 5 },
        { "Web制作会社（旧サイト）", "営業部", "2026-10-01", HG_SERVICE_CONTRACTOR, 6 },
      };
      GtkWidget *view;

      for (guint i = 0; i < G_N_ELEMENTS (services); i++)
        {
          g_autoptr(HgService) s = hg_service_new ();

          s->name = g_strdup (services[i].name);
          s->kind = services[i].kind;
          s->department = g_strdup (services[i].department);
          s->approved_by = g_strdup ("情報システム担当 鈴木");
          s->approved_on = g_strdup ("2026-04-01");
          s->next_review = g_strdup (services[i].review);
          for (guint c = 0; c < services[i].met; c++)
            s->checks[c].ok = TRUE;
          if (!hg_service_save (open_workbook, s, &error))
            g_error ("%s", error->message);
          if (i == 2 && !hg_service_end (open_workbook, s->id, "2026-09-30", FALSE, TRUE, TRUE,
                                         "", &error))
            g_error ("%s", error->message);
        }
      view = show_practice_tab (window, HG_TYPE_SERVICES_VIEW, "services");
      hg_services_view_set_today (HG_SERVICES_VIEW (view), "2026-12-28");
      hg_test_spin (300);
      if (g_str_equal (page, "service-dialog"))
        {
          shot = hg_service_dialog_new (open_workbook, 2, "2026-12-28");
          gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (shot, ADW_TYPE_ENTRY_ROW,
                                                                     "department")), "");
          hg_service_dialog_save (HG_SERVICE_DIALOG (shot));
        }
      else if (g_str_equal (page, "service-checklist"))
        {
          GtkWidget *scrolled;
          GtkAdjustment *adjustment;

          shot = hg_service_dialog_new (open_workbook, 1, "2026-12-28");
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
          hg_test_spin (300);
          scrolled = hg_test_find_widget (shot, GTK_TYPE_SCROLLED_WINDOW, NULL);
          adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        }
      else if (g_str_equal (page, "service-review-dialog"))
        shot = hg_service_review_dialog_new (open_workbook, 2, "2026-12-28");
      else if (g_str_equal (page, "service-end-dialog"))
        shot = hg_service_end_dialog_new (open_workbook, 2, "2026-12-28");
      if (shot != GTK_WIDGET (window))
        {
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
    }
  else if (g_str_equal (page, "laws") || g_str_equal (page, "law-check-dialog"))
    {
      HgSession *session = hg_window_get_session (window);
      g_autoptr(GPtrArray) laws = hg_law_list (hg_session_get_workbook (session),
                                               hg_session_get_pack (session, NULL), &error);
      GtkWidget *view;
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, 28, G_DATE_DECEMBER, 2026);
      for (guint i = 0; laws != NULL && i + 2 < laws->len; i++)
        if (!hg_law_set_watcher (hg_session_get_workbook (session), laws->pdata[i], "鈴木 浩", &error)
            || !hg_law_record_check (hg_session_get_workbook (session), laws->pdata[i], "2026-04-10",
                                     "鈴木 浩", &today, &error))
          g_error ("%s", error->message);
      view = show_practice_tab (window, HG_TYPE_LAWS_VIEW, "laws");
      hg_laws_view_set_today (HG_LAWS_VIEW (view), "2026-12-28");
      hg_test_spin (300);
      if (g_str_equal (page, "law-check-dialog") && laws != NULL)
        {
          const HgLaw *last = g_ptr_array_index (laws, laws->len - 1);

          shot = hg_law_dialog_new (session, last->id, TRUE, "2026-12-28");
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
          hg_test_spin (100);
          gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (shot, HG_TYPE_DATE_ROW,
                                                                    "checked-on")), "2026-12-29");
          hg_law_dialog_save (HG_LAW_DIALOG (shot));
          hg_test_spin (300);
        }
    }
  else if (g_str_equal (page, "contacts"))
    {
      g_autoptr(HgContact) contact = hg_contact_new ("it_maintenance");

      hg_contact_set_field (contact, HG_CONTACT_FIELD_ORGANISATION, "株式会社ミドリ保守");
      hg_contact_set_field (contact, HG_CONTACT_FIELD_PURPOSE, "パソコン、サーバ及びネットワークの復旧");
      hg_contact_set_field (contact, HG_CONTACT_FIELD_PHONE, "052-111-2222");
      hg_contact_set_field (contact, HG_CONTACT_FIELD_PHONE_AFTER_HOURS, "090-1111-2222");
      if (hg_contact_add (hg_window_get_workbook (window), contact, &error) <= 0)
        g_error ("%s", error->message);
      show_practice_tab (window, HG_TYPE_CONTACTS_VIEW, "contacts");
      hg_test_spin (300);
    }
  else if (g_str_has_prefix (page, "register-import"))
    {
      g_autofree char *csv = g_build_filename (dir, "持出し簿_2026年12月.csv", NULL);
      gboolean again = g_str_equal (page, "register-import-again");
      g_autoptr(GString) text = g_string_new (
        "持出し管理簿（総務部）,,,,,,,\n"
        "持出し品,区分,持出し者,承認者,持出し日時,返却予定,返却日時,用途\n"
        "営業用ノートPC（NB-03）,機器,山田 太郎,総務部長,2026-12-01 09:00,"
        "2026-12-01 18:00,2026-12-01 17:40,ひながた自動車での打合せ\n"
        "USBメモリ（暗号化、U-02）,媒体,鈴木 花子,総務部長,2026/12/2 8:30,"
        "2026/12/2 17:00,2026/12/2 16:10,展示会のデモデータ\n");

      /* The first two rows already imported from last month's copy. */
      if (again)
        {
          g_autoptr(HgRegisterImport) earlier = NULL;

          if (!g_file_set_contents (csv, text->str, -1, &error)
              || (earlier = hg_register_import_prepare_file (
                    hg_register_get_import (HG_REGISTER_CARRYOUT), csv, &error)) == NULL
              || !hg_register_import_apply (hg_window_get_workbook (window), earlier, &error))
            g_error ("%s", error->message);
        }
      g_string_append (text, again ? "見積書の控え,紙,佐藤 次郎,総務部長,2026-12-03 10:00,"
                                   : "見積書の控え,紙,佐藤 次郎,総務部長,12月3日 10時,");
      g_string_append (text, "2026-12-03 18:00,,客先での説明\n"
                             "営業用ノートPC（NB-05）,機器,田中 一郎,総務部長,2026-12-04 09:00,"
                             "2026-12-05 18:00,,出張\n");
      if (!g_file_set_contents (csv, text->str, -1, &error))
        g_error ("%s", error->message);
      hg_window_show_page (window, "practice");
      hg_test_spin (200);
      shot = hg_register_import_dialog_open (GTK_WIDGET (window), hg_window_get_session (window),
                                             "carryout", csv);
      /* On a phone the dialog takes the screen. */
      if (width < 600)
        gtk_window_set_default_size (GTK_WINDOW (shot), width, height);
      for (guint i = 0; i < 250 && g_str_equal (hg_register_import_dialog_get_state (
                                                  HG_REGISTER_IMPORT_DIALOG (shot)), "reading");
           i++)
        hg_test_spin (20);
      hg_test_spin (200);
    }
  else if (g_str_has_prefix (page, "carryout"))
    {
      HgWorkbook *open_workbook = hg_window_get_workbook (window);
      static const struct { const char *item, *person, *out, *due, *back; HgCarryoutMedium medium;
                          } items[] = {
        { "営業用ノートPC（NB-03）", "山田 太郎", "2026-12-25 09:00", "2026-12-26 18:00", NULL,
          HG_CARRYOUT_DEVICE },
        { "USBメモリ（暗号化、U-02）", "鈴木 花子", "2026-12-29 08:30", "2026-12-29 17:00", NULL,
          HG_CARRYOUT_MEDIUM },
        { "見積書の控え", "佐藤 次郎", "2026-12-24 10:00", "2026-12-24 18:00", "2026-12-24 16:30",
          HG_CARRYOUT_PAPER },
      };
      GtkWidget *view;

      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        {
          HgCarryout c = { 0 };

          c.item = (char *) items[i].item;
          c.medium = items[i].medium;
          c.person = (char *) items[i].person;
          c.approved_by = (char *) "総務部長";
          c.out_at = (char *) items[i].out;
          c.due_at = (char *) items[i].due;
          c.back_at = (char *) items[i].back;
          c.note = (char *) "";
          if (!hg_carryout_add (open_workbook, &c, &error))
            g_error ("%s", error->message);
        }
      view = show_practice_tab (window, HG_TYPE_CARRYOUT_VIEW, "carryout");
      hg_carryout_view_set_now (HG_CARRYOUT_VIEW (view), "2026-12-29 10:00");
      hg_test_spin (300);
      if (g_str_equal (page, "carryout-dialog"))
        {
          shot = hg_carryout_dialog_new (open_workbook, 0, "2026-12-29 10:00");
          gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (shot, ADW_TYPE_ENTRY_ROW,
                                                                    "item")), "営業用タブレット");
          gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (shot, ADW_TYPE_ENTRY_ROW,
                                                                    "person")), "山田 太郎");
          gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (shot, ADW_TYPE_ENTRY_ROW,
                                                                    "due")), "2026-12-28 18:00");
        }
      else if (g_str_equal (page, "carryout-return"))
        shot = hg_carryout_return_dialog_new (open_workbook, 1, "2026-12-29 10:00");
      if (shot != GTK_WIDGET (window))
        {
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
    }
  else if (g_str_has_prefix (page, "practice") || g_str_has_prefix (page, "incident"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 6, 12, 0, 0);
      GtkWidget *view;

      hg_window_show_page (window, "practice");
      view = hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_INCIDENTS_VIEW, NULL);
      hg_incidents_view_set_now (HG_INCIDENTS_VIEW (view), now);
      hg_test_spin (300);
      if (g_str_equal (page, "incident-dialog"))
        {
          GtkWidget *row;

          shot = hg_incident_dialog_new (hg_window_get_workbook (window), 3);
          row = hg_test_find_widget (shot, ADW_TYPE_ENTRY_ROW, "detected");
          gtk_editable_set_text (GTK_EDITABLE (row), "12月1日の夕方");
        }
      else if (g_str_equal (page, "incident-step-dialog"))
        shot = hg_incident_step_dialog_new (hg_window_get_workbook (window), 4);
      else if (g_str_equal (page, "incident-notice-dialog"))
        shot = hg_incident_notice_dialog_new (hg_window_get_workbook (window), 4, 4,
                                              HG_INCIDENT_NOTICE_CUSTOMER, 24);
      if (shot != GTK_WIDGET (window))
        {
          gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (shot));
        }
    }
  else if (g_str_equal (page, "contact-dialog"))
    {
      /* The maintenance company, its night number mistyped: marked. */
      hg_window_show_page (window, "company");
      hg_test_spin (200);
      shot = hg_contact_dialog_new (hg_window_get_workbook (window), 2);
      hg_contact_dialog_set_text (HG_CONTACT_DIALOG (shot), HG_CONTACT_FIELD_ORGANISATION,
                                  "株式会社ミドリ情報サービス");
      hg_contact_dialog_set_text (HG_CONTACT_DIALOG (shot), HG_CONTACT_FIELD_PERSON, "保守 六郎");
      hg_contact_dialog_set_text (HG_CONTACT_DIALOG (shot), HG_CONTACT_FIELD_PHONE, "052-111-2222");
      hg_contact_dialog_set_text (HG_CONTACT_DIALOG (shot), HG_CONTACT_FIELD_PHONE_AFTER_HOURS,
                                  "090-1111-222x");
      gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (shot));
    }
  else if (g_str_equal (page, "person-dialog"))
    {
      hg_window_show_page (window, "company");
      hg_test_spin (200);
      shot = hg_person_dialog_new (hg_window_get_workbook (window), 3);
      gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (shot));
    }
  if (out != NULL)
    {
      hg_test_spin (600);
      save_png (shot, out);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  hg_test_spin (50);

  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  return 0;
}

/* hg-test-companies.c
 *
 * Everything is fixed, dates included, so that what the documents say
 * changes only when the pack or the code does: the golden texts compare
 * it line by line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-store.h"
#include "hg-company.h"
#include "hg-department.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-policy.h"
#include "hg-revision.h"
#include "hg-role-vacancy.h"
#include "hg-risk-examples.h"
#include "hg-test-companies.h"
#include "hg-test-util.h"

static const char *ids[] = { "example", "full20", "small8" };

/* The short name of @company: golden files are named after it. */
const char *
hg_test_company_name (HgTestCompany company)
{
  g_return_val_if_fail (company < HG_TEST_N_COMPANIES, NULL);
  return ids[company];
}

static void
set_field (HgWorkbook     *workbook,
           HgCompanyField  field,
           const char     *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_company_set (workbook, field, value, &error));
  g_assert_no_error (error);
}

static void
answer (HgWorkbook *workbook,
        HgPack     *pack,
        const char *question,
        const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_policy_set_answer (workbook, pack, question, value, &error));
  g_assert_no_error (error);
}

static gint64
add_person (HgWorkbook *workbook,
            const char *name,
            gint64      department_id,
            const char *phone)
{
  g_autoptr(HgPerson) person = hg_person_new (name, department_id, "", phone);
  g_autoptr(GError) error = NULL;
  gint64 id = hg_person_add (workbook, person, &error);

  g_assert_no_error (error);
  return id;
}

static void
assign (HgWorkbook *workbook,
        HgOrgRole   role,
        gint64      department_id,
        gint64      person_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_org_role_assign (workbook, role, department_id, person_id, &error));
  g_assert_no_error (error);
}

/* The register and the risk analysis every company's report is made of. */
static void
load_examples (HgWorkbook      *workbook,
               HgRiskCatalogue *catalogue)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_no_error (error);
  g_assert_true (hg_risk_load_examples (workbook, catalogue, &error));
  g_assert_no_error (error);
}

static void
setup_example (HgWorkbook *workbook,
               HgPack     *pack)
{
  set_field (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE, "代表取締役社長");
  set_field (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "緑川 一郎");
  set_field (workbook, HG_COMPANY_FIELD_EMPLOYEES, "20");
}

/* Every role held, by people with phone numbers, and a head for each of
 * the example register's departments. */
static void
setup_full (HgWorkbook *workbook,
            HgPack     *pack)
{
  g_autoptr(GPtrArray) departments = hg_department_list (workbook);
  gint64 general = departments->len > 0 ? ((HgDepartment *) departments->pdata[0])->id : 0;
  gint64 ciso, admin;

  set_field (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE, "代表取締役");
  set_field (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "青木 誠");
  set_field (workbook, HG_COMPANY_FIELD_EMPLOYEES, "20");
  ciso = add_person (workbook, "佐藤 健一", general, "03-1234-5601");
  admin = add_person (workbook, "鈴木 浩", general, "03-1234-5602");
  assign (workbook, HG_ORG_ROLE_CISO, 0, ciso);
  assign (workbook, HG_ORG_ROLE_SYSTEM_ADMIN, 0, admin);
  assign (workbook, HG_ORG_ROLE_EDUCATION, 0,
          add_person (workbook, "高橋 美咲", general, "03-1234-5603"));
  assign (workbook, HG_ORG_ROLE_AUDITOR, 0,
          add_person (workbook, "田中 亮", general, "03-1234-5604"));
  assign (workbook, HG_ORG_ROLE_INCIDENT_CONTACT, 0, admin);
  for (guint d = 0; d < departments->len; d++)
    {
      const HgDepartment *department = departments->pdata[d];
      g_autofree char *name = g_strdup_printf ("%s 部長", department->name);

      assign (workbook, HG_ORG_ROLE_DEPARTMENT_HEAD, department->id,
              add_person (workbook, name, department->id, ""));
    }
}

/* The very small company: the representative is the CISO and the
 * incident contact, one employee looks after education; there is no
 * system administrator and no auditor. An outside maintenance company
 * looks after the IT: where the pack asks who does, this is where it is
 * answered. */
static void
setup_small (HgWorkbook *workbook,
             HgPack     *pack)
{
  gint64 representative;

  set_field (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE, "代表取締役");
  set_field (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "小川 正");
  set_field (workbook, HG_COMPANY_FIELD_EMPLOYEES, "8");
  representative = hg_person_get_representative (workbook);
  g_assert_cmpint (representative, >, 0);
  assign (workbook, HG_ORG_ROLE_CISO, 0, representative);
  assign (workbook, HG_ORG_ROLE_INCIDENT_CONTACT, 0, representative);
  assign (workbook, HG_ORG_ROLE_EDUCATION, 0, add_person (workbook, "小川 幸子", 0, ""));
  answer (workbook, pack, "has_committee", "false");
  /* IT is looked after by a maintenance company; nobody audits (issue 15,
   * item 3), which the company records with its reason. */
  answer (workbook, pack, "it_support", "contractor");
  answer (workbook, pack, "it_contractor_name", "有限会社みなとITサービス");
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (hg_role_vacancy_set (workbook, HG_ORG_ROLE_AUDITOR,
                                        "社員8名のため。年1回、代表者が自ら点検する",
                                        &error));
    g_assert_no_error (error);
  }
}

/* A fresh workbook in @dir for @company, its documents approved as
 * version 1 on 2025-04-01 (and the example company's revised as version 2
 * on 2026-10-01). */
HgWorkbook *
hg_test_company_new (HgTestCompany    company,
                     const char      *dir,
                     HgPack          *pack,
                     HgRiskCatalogue *catalogue)
{
  static const char *names[] = { "株式会社みどり精機", "株式会社あおば工業", "有限会社おがわ製作所" };
  g_autofree char *file = g_strdup_printf ("%s.hinagata", ids[company]);
  HgWorkbook *workbook = hg_test_workbook_new (dir, file, names[company]);

  load_examples (workbook, catalogue);
  if (company == HG_TEST_COMPANY_EXAMPLE)
    setup_example (workbook, pack);
  else if (company == HG_TEST_COMPANY_FULL)
    setup_full (workbook, pack);
  else
    setup_small (workbook, pack);
  answer (workbook, pack, "adopted_on", "2025-04-01");
  hg_test_company_approve (workbook, pack, "制定", "2025-04-01");
  if (company == HG_TEST_COMPANY_EXAMPLE)
    {
      answer (workbook, pack, "lockout_minutes", "1440");
      hg_test_company_approve (workbook, pack, "アカウントのロック時間を24時間に変更", "2026-10-01");
    }
  return workbook;
}

/* Approves every document of @pack that changed since its latest version
 * as it stands today, dated @approved_on. */
void
hg_test_company_approve (HgWorkbook *workbook,
                         HgPack     *pack,
                         const char *summary,
                         const char *approved_on)
{
  GPtrArray *documents = hg_pack_get_documents (pack);
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_doc_free);
  g_autoptr(GError) error = NULL;
  g_autofree guint *numbers = g_new0 (guint, documents->len);

  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);
      HgDoc *doc = hg_policy_build_document (workbook, pack, document->id, &error);

      g_assert_no_error (error);
      /* A document the change left as it was keeps its version. */
      if (hg_revision_get_state (workbook, hg_pack_get_id (pack), doc) == HG_REVISION_UP_TO_DATE)
        hg_doc_free (doc);
      else
        g_ptr_array_add (docs, doc);
    }
  g_assert_true (hg_revision_approve_several (workbook, hg_pack_get_id (pack), docs, summary,
                                              "総務部", "代表取締役", approved_on, numbers,
                                              &error));
  g_assert_no_error (error);
}

void
hg_test_company_fixture_setup (HgTestCompanyFixture *f,
                               gconstpointer         data)
{
  static const char *languages[] = { "ja", NULL };
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->pack = hg_pack_load_builtin (&error);
  g_assert_no_error (error);
  f->catalogue = hg_risk_catalogue_load_builtin (languages, &error);
  g_assert_no_error (error);
  f->workbook = hg_test_company_new (GPOINTER_TO_INT (data), f->dir, f->pack, f->catalogue);
}

void
hg_test_company_fixture_teardown (HgTestCompanyFixture *f,
                                  gconstpointer         data)
{
  g_clear_object (&f->workbook);
  hg_risk_catalogue_free (f->catalogue);
  hg_pack_free (f->pack);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* test-contacts-export.c: the register of whom to call (issue 17, 連絡先):
 * the company's roles (holder or why nobody holds it) and the contacts
 * outside it, in one CSV or Excel sheet, through the core and through
 * hinagata-cli contacts export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-contact.h"
#include "hg-contact-export.h"
#include "hg-role-holder.h"
#include "hg-test-companies.h"
#include "hg-test-util.h"
#include "hg-xlsx.h"

typedef HgTestCompanyFixture Fixture;

/* The small company: the representative holds two roles, nobody is the
 * system administrator, and the auditor is left vacant with a reason. */
static void
test_role_holders (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) holders = hg_role_holder_list (f->workbook);
  const HgRoleHolder *h;
  g_autofree char *text = NULL;

  g_assert_cmpuint (holders->len, ==, HG_ORG_N_ROLES - 1);
  h = g_ptr_array_index (holders, 0);
  g_assert_cmpint (h->role, ==, HG_ORG_ROLE_CISO);
  g_assert_cmpstr (h->holder, ==, "小川 正");
  h = g_ptr_array_index (holders, 1);
  g_assert_cmpint (h->role, ==, HG_ORG_ROLE_SYSTEM_ADMIN);
  g_assert_null (h->holder);
  g_assert_null (h->vacancy);
  text = hg_role_holder_describe (h);
  g_assert_cmpstr (text, ==, "(nobody yet)");
  g_clear_pointer (&text, g_free);
  h = g_ptr_array_index (holders, 3);
  g_assert_cmpint (h->role, ==, HG_ORG_ROLE_AUDITOR);
  g_assert_null (h->holder);
  text = hg_role_holder_describe (h);
  g_assert_cmpstr (text, ==, "not filled: 社員8名のため。年1回、代表者が自ら点検する");
  h = g_ptr_array_index (holders, 4);
  g_assert_cmpint (h->role, ==, HG_ORG_ROLE_INCIDENT_CONTACT);
  g_assert_cmpstr (h->holder, ==, "小川 正");
}

static GStrv
find_row (HgTable    *table,
          const char *second)
{
  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    {
      GStrv row = g_ptr_array_index (table->rows, r);

      if (g_strcmp0 (row[1], second) == 0)
        return row;
    }
  g_assert_not_reached ();
}

/* Roles first, then the contacts with their night numbers; a text typed
 * as a formula stays text in the CSV; the Excel sheet holds the same. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  g_autofree char *csv = g_build_filename (f->dir, "contacts.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "contacts.xlsx", NULL);
  g_autoptr(HgContact) contact = hg_contact_new ("it_maintenance");
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_contacts = 0;
  HgTestRun run = { 0 };
  GStrv row;

  hg_contact_set_field (contact, HG_CONTACT_FIELD_ORGANISATION, "=HYPERLINK(\"http://x\")");
  hg_contact_set_field (contact, HG_CONTACT_FIELD_PHONE, "052-111-2222");
  hg_contact_set_field (contact, HG_CONTACT_FIELD_PHONE_AFTER_HOURS, "090-1111-2222");
  g_assert_cmpint (hg_contact_add (f->workbook, contact, &error), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) contacts = hg_contact_list (f->workbook);

    n_contacts = contacts->len;
  }

  table = hg_contact_export_table (f->workbook);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 1 + (HG_ORG_N_ROLES - 1) + n_contacts);
  row = g_ptr_array_index (table->rows, 0);
  g_assert_cmpstr (row[0], ==, "Kind");
  g_assert_cmpstr (row[5], ==, "Nights and holidays");
  row = g_ptr_array_index (table->rows, 1);
  g_assert_cmpstr (row[0], ==, "Role in the company");
  g_assert_cmpstr (row[2], ==, "小川 正");
  row = find_row (table, hg_org_role_label (HG_ORG_ROLE_AUDITOR));
  g_assert_cmpstr (row[2], ==, "");
  g_assert_cmpstr (row[7], ==, "Not filled: 社員8名のため。年1回、代表者が自ら点検する");
  row = g_ptr_array_index (table->rows, HG_ORG_N_ROLES);
  g_assert_cmpstr (row[0], ==, "Customer");
  row = find_row (table, "=HYPERLINK(\"http://x\")");
  g_assert_cmpstr (row[0], ==, "IT maintenance company");
  g_assert_cmpstr (row[4], ==, "052-111-2222");
  g_assert_cmpstr (row[5], ==, "090-1111-2222");

  g_clear_object (&f->workbook);
  hg_test_run_cli (&run, (const char *[]) { "contacts", "export", path, NULL });
  g_assert_cmpint (run.status, ==, 2);
  hg_test_run_cli (&run, (const char *[]) { "contacts", "export", path, "-o", csv, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf" "Kind,Role or organisation,Person,What for,Phone,"
                                         "Nights and holidays,E-mail,Note\r\n"
                                         "Role in the company,"));
  g_assert_nonnull (strstr (text, "\r\nIT maintenance company,\"'=HYPERLINK(\"\"http://x\"\")\",,,"
                                  "052-111-2222,090-1111-2222,,\r\n"));
  g_assert_nonnull (strstr (text, "IPA 情報セキュリティ安心相談窓口"));

  hg_test_run_cli (&run, (const char *[]) { "contacts", "export", path, "-o", xlsx, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&table, hg_table_free);
  table = hg_xlsx_read_file (xlsx, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 1 + (HG_ORG_N_ROLES - 1) + n_contacts);
  row = find_row (table, "=HYPERLINK(\"http://x\")");
  g_assert_cmpstr (row[5], ==, "090-1111-2222");
  row = g_ptr_array_index (table->rows, 1);
  g_assert_cmpstr (row[2], ==, "小川 正");
  hg_test_run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, company, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (company), hg_test_company_fixture_setup, func, \
              hg_test_company_fixture_teardown)
  ADD ("/contacts/role-holders", HG_TEST_COMPANY_SMALL, test_role_holders);
  ADD ("/contacts/export", HG_TEST_COMPANY_SMALL, test_export);
#undef ADD
  return g_test_run ();
}

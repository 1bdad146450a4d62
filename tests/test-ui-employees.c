/* test-ui-employees.c: the employees page, driven as a user would
 *
 * Who still needs the handbook, receipts recorded through the page's
 * dialog, and undo through the window. Needs a display (Xvfb in CI); meson
 * runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-employee.h"
#include "hg-employees-page.h"
#include "hg-handbook-receipt.h"
#include "hg-person.h"
#include "hg-policy.h"
#include "hg-receipt-dialog.h"
#include "hg-revision.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static gint64
add_employee (HgWorkbook *workbook,
              const char *name,
              const char *hired_on)
{
  g_autoptr(HgPerson) person = hg_person_new (name, 0, "", "");
  g_autoptr(HgEmployment) employment = hg_employment_new (hired_on, "", HG_EMPLOYEE_ACTIVE, "");
  g_autoptr(GError) error = NULL;
  gint64 id = hg_person_add (workbook, person, &error);

  g_assert_true (hg_employee_set_employment (workbook, id, employment, &error));
  g_assert_no_error (error);
  return id;
}

/* Three new people need the handbook; a receipt recorded through the
 * page's dialog for two of them leaves one, and Undo brings them back. */
static void
test_employees_through_ui (HgTestWindow  *f,
                           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(HgDoc) handbook = hg_doc_new (HG_HANDBOOK_DOCUMENT, "情報セキュリティハンドブック",
                                          "株式会社ウィンドウ");
  g_autoptr(HgPack) pack = hg_policy_load_pack (workbook, NULL);
  g_autoptr(GError) error = NULL;
  HgEmployeesPage *page;
  GtkWidget *stack;
  GListModel *shown;
  GtkWidget *dialog;

  hg_window_show_page (f->window, "employees");
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "employees");
  page = HG_EMPLOYEES_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_EMPLOYEES_PAGE,
                                                 NULL));
  /* Nobody yet: the page explains and offers an import. */
  stack = gtk_widget_get_first_child (GTK_WIDGET (page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  add_employee (workbook, "青木 一郎", "2026-04-01");
  add_employee (workbook, "馬場 二郎", "2026-04-01");
  add_employee (workbook, "千葉 三郎", "2026-04-01");
  hg_test_spin (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "list");
  hg_employees_page_show_view (page, "needs");
  hg_test_spin (50);
  /* Not approved yet: nobody can be taught it, nothing can be recorded. */
  g_assert_cmpuint (hg_employees_page_get_n_shown (page), ==, 0);
  hg_employees_page_select_all (page);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "employees.record-receipt",
                                              NULL) && hg_test_find_toplevel (HG_TYPE_RECEIPT_DIALOG));

  hg_doc_append (handbook, HG_DOC_PARAGRAPH, NULL, "パスワードは10文字以上にする。");
  g_assert_true (hg_revision_approve (workbook, hg_pack_get_id (pack), handbook, "制定", "",
                                      "代表 太郎", "2026-03-01", NULL, &error));
  g_assert_no_error (error);
  hg_test_spin (50);
  g_assert_cmpuint (hg_employees_page_get_n_shown (page), ==, 3);

  shown = hg_employees_page_get_shown (page);
  gtk_selection_model_select_range (GTK_SELECTION_MODEL (shown), 0, 2, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "employees.record-receipt",
                                             NULL));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_RECEIPT_DIALOG);
  g_assert_nonnull (dialog);
  hg_receipt_dialog_set_date (HG_RECEIPT_DIALOG (dialog), "来週");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));
  hg_receipt_dialog_set_date (HG_RECEIPT_DIALOG (dialog), "2026/4/2");
  hg_receipt_dialog_set_pledge (HG_RECEIPT_DIALOG (dialog), TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "record");
  hg_test_spin (50);
  g_assert_cmpuint (hg_employees_page_get_n_shown (page), ==, 1);
  {
    g_autoptr(HgEmployee) left = g_list_model_get_item (shown, 0);
    g_autoptr(HgHandbook) h = hg_handbook_get_for_workbook (workbook);
    guint acknowledged = 0, active = 0;

    g_assert_cmpuint (hg_handbook_reasons (h, hg_employee_get_data (left)), ==,
                      HG_EDUCATION_NEW_HIRE);
    hg_handbook_count_acknowledged (workbook, h, &acknowledged, &active);
    g_assert_cmpuint (acknowledged, ==, 2);
    g_assert_cmpuint (active, ==, 3);
  }

  /* One step back: both receipts at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_assert_cmpuint (hg_employees_page_get_n_shown (page), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/employees-through-ui", test_employees_through_ui);
  return hg_test_window_run ();
}

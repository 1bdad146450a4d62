/* test-ui-employees.c: the employees page, driven as a user would
 *
 * Who still needs the handbook, receipts recorded through the page's
 * dialog, and undo through the window. Needs a display (Xvfb in CI); meson
 * runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-date.h"
#include "hg-doc-export.h"
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

/* Every label's text under @widget, one a line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
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
  /* Not approved yet: nobody can be taught it, nothing can be recorded,
   * and there is no handbook to print. */
  g_assert_cmpuint (hg_employees_page_get_n_shown (page), ==, 0);
  g_assert_null (hg_employees_page_get_handbook (page, NULL));
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

  /* Issue 13: the table writes dates as the interface language does
   * (2026年4月1日, 1 April 2026), never as stored (2026-04-01). */
  hg_employees_page_show_view (page, "everyone");
  hg_test_spin (100);
  {
    g_autoptr(GString) texts = g_string_new (NULL);
    g_autofree char *hired = hg_date_format ("2026-04-01", HG_DATE_STYLE_LONG);
    g_autofree char *received = hg_date_format ("2026-04-02", HG_DATE_STYLE_LONG);

    collect_labels (GTK_WIDGET (page), texts);
    g_assert_nonnull (strstr (texts->str, hired));
    g_assert_nonnull (strstr (texts->str, received));
    g_assert_false (g_regex_match_simple ("[0-9]{4}-[0-9]{2}-[0-9]{2}", texts->str, 0, 0));
  }

  /* Issue 13: the handbook in force is printed and exported from here,
   * the A5 booklet too, from a visible button. */
  {
    GtkWidget *button = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON,
                                             "handbook-menu-button");
    GMenuModel *menu;
    g_autoptr(GString) actions = g_string_new (NULL);
    g_autoptr(HgDoc) doc = NULL;
    g_autofree char *dir = hg_test_make_dir ();
    g_autofree char *pdf = g_build_filename (dir, "handbook.pdf", NULL);
    g_autofree char *contents = NULL;
    g_autofree char *text = NULL;

    g_assert_nonnull (button);
    g_assert_true (gtk_widget_is_visible (button));
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
    for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
      {
        GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

        for (int k = 0; section != NULL && k < g_menu_model_get_n_items (section); k++)
          {
            g_autofree char *action = NULL;
            g_autofree char *target = NULL;

            g_menu_model_get_item_attribute (section, k, G_MENU_ATTRIBUTE_ACTION, "s", &action);
            g_menu_model_get_item_attribute (section, k, G_MENU_ATTRIBUTE_TARGET, "s", &target);
            g_string_append_printf (actions, "%s:%s\n", action, target ? target : "");
          }
        g_clear_object (&section);
      }
    g_assert_nonnull (strstr (actions->str, "employees.print-handbook:\n"));
    g_assert_nonnull (strstr (actions->str, "employees.export-handbook:pdf-a5\n"));
    g_assert_nonnull (strstr (actions->str, "employees.export-handbook:pdf-booklet\n"));

    /* What they print and export: the version in force, as approved. */
    doc = hg_employees_page_get_handbook (page, &error);
    g_assert_no_error (error);
    text = hg_doc_to_text (doc);
    g_assert_nonnull (strstr (text, "パスワードは10文字以上にする。"));
    g_assert_true (hg_doc_export_to_path (GTK_WIDGET (page), doc, HG_DOC_FORMAT_PDF_A5, pdf));
    g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    hg_test_remove_dir (dir);
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

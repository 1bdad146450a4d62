/* test-ui-services.c: the 運用 page's services tab and its dialogs, driven
 * as a user would
 *
 * Issue 17 item 2: a service added through the dialog with the company's
 * department and person picked, an asset and a checklist item; a missing
 * required field marked with the dialog open and the text kept; the
 * checklist edited; a review moving the next date (and one refused);
 * the end of a contract with its checklist (and the ends the core
 * refuses); removal; each undone through the window; the export.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-store.h"
#include "hg-date.h"
#include "hg-department.h"
#include "hg-person.h"
#include "hg-service-dialog.h"
#include "hg-service-edit.h"
#include "hg-service-end-dialog.h"
#include "hg-service-review-dialog.h"
#include "hg-services-view.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-text.h"

#define TODAY "2026-12-02"

static HgServicesView *
show_view (HgTestWindow *f)
{
  GtkWidget *view;

  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  view = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_SERVICES_VIEW, NULL);
  g_assert_nonnull (view);
  hg_services_view_set_today (HG_SERVICES_VIEW (view), TODAY);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           view, ADW_TYPE_VIEW_STACK)), "services");
  hg_test_spin (50);
  return HG_SERVICES_VIEW (view);
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *name)
{
  GtkWidget *row = hg_test_find_widget (root, type, name);

  g_assert_nonnull (row);
  return row;
}

static void
set_text (GtkWidget  *root,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, GTK_TYPE_EDITABLE, name)), text);
}

static const char *
text_of (GtkWidget  *root,
         const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (root, GTK_TYPE_EDITABLE, name)));
}

static HgService *
stored (HgWorkbook *workbook,
        guint       expected)
{
  g_autoptr(GPtrArray) list = hg_service_list (workbook, NULL);

  g_assert_nonnull (list);
  g_assert_cmpuint (list->len, ==, expected);
  return expected ? g_ptr_array_steal_index (list, 0) : NULL;
}

static gint64
add_service (HgWorkbook *workbook,
             const char *next_review)
{
  g_autoptr(HgService) s = hg_service_new ();
  g_autoptr(GError) error = NULL;

  s->name = g_strdup ("システム保守委託");
  s->kind = HG_SERVICE_CONTRACTOR;
  s->department = g_strdup ("総務部");
  s->approved_by = g_strdup ("鈴木");
  s->approved_on = g_strdup ("2026-04-01");
  s->next_review = g_strdup (next_review);
  s->checks[HG_SERVICE_CHECK_CONTRACT].ok = TRUE;
  s->checks[HG_SERVICE_CHECK_CONTRACT].note = g_strdup ("秘密保持条項あり");
  g_assert_true (hg_service_save (workbook, s, &error));
  g_assert_no_error (error);
  return s->id;
}

/* Clicks the dialog's Save (or Add) button as a user would: unlike
 * adw_message_dialog_response(), the click closes the dialog first. */
static void
click_save (GtkWidget *dialog)
{
  const char *label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "save");
  GtkWidget *root = dialog;
  GtkWidget *button = NULL;
  GtkWidget *child = gtk_widget_get_first_child (root);

  /* Depth first, the buttons' labels compared. */
  while (child != NULL && button == NULL)
    {
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        button = child;
      else if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != root && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child == root ? NULL : gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hg_test_spin (50);
}

static void
undo (HgTestWindow *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
}

/* Add opens the dialog, approved today and reviewed a year on by default;
 * the department left empty is refused, marked, with the dialog and every
 * text kept; picked from the company's departments, the save goes in with
 * the person, the asset and the checklist item, and one undo takes it
 * back. */
static void
test_add (HgTestWindow  *f,
          gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(HgPerson) person = hg_person_new ("情報 太郎", 0, "", "");
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HgService) back = NULL;
  g_autofree char *shown = NULL;
  HgServicesView *view;
  GtkWidget *dialog, *department, *problem, *drop;
  gint64 asset_id;

  g_assert_cmpint (hg_department_add (workbook, "経理部", &error), >, 0);
  g_assert_cmpint (hg_person_add (workbook, person, &error), >, 0);
  hg_text_set (&asset->name, "顧客名簿");
  asset->confidentiality = asset->integrity = asset->availability = 2;
  asset_id = hg_asset_store_add (workbook, asset, &error);
  g_assert_no_error (error);
  view = show_view (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "services.add", NULL));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_SERVICE_DIALOG);
  g_assert_nonnull (dialog);
  department = find_row (dialog, ADW_TYPE_ENTRY_ROW, "department");
  problem = find_row (dialog, GTK_TYPE_LABEL, "problem");
  shown = hg_date_format ("2027-12-02", HG_DATE_STYLE_LONG);
  g_assert_cmpstr (text_of (dialog, "next_review"), ==, shown);

  set_text (dialog, "name", "クラウド会計");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (dialog, ADW_TYPE_COMBO_ROW, "kind")), 0);
  g_assert_true (gtk_widget_activate_action (dialog, "service.approver", "s", "情報 太郎"));
  g_assert_cmpstr (text_of (dialog, "approver"), ==, "情報 太郎");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_row (dialog, GTK_TYPE_CHECK_BUTTON,
                                                           "met-intrusion")), TRUE);
  set_text (dialog, "check-intrusion", "多要素認証");
  drop = find_row (dialog, GTK_TYPE_DROP_DOWN, "asset-choice");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), 0);
  g_signal_emit_by_name (find_row (dialog, GTK_TYPE_BUTTON, "add-asset"), "clicked");
  g_assert_nonnull (hg_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, "asset-1"));

  /* Saved with its button: refused, the dialog shown still. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  click_save (dialog);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (gtk_widget_has_css_class (department, "error"));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (problem)),
                                   _("Department using it")));
  g_assert_cmpstr (text_of (dialog, "name"), ==, "クラウド会計");
  g_assert_cmpstr (text_of (dialog, "check-intrusion"), ==, "多要素認証");
  stored (workbook, 0);

  g_assert_true (gtk_widget_activate_action (dialog, "service.department", "s", "経理部"));
  g_assert_false (gtk_widget_has_css_class (department, "error"));
  click_save (dialog);
  g_assert_null (dialog);

  back = stored (workbook, 1);
  g_assert_cmpstr (back->name, ==, "クラウド会計");
  g_assert_cmpint (back->kind, ==, HG_SERVICE_CLOUD);
  g_assert_cmpstr (back->department, ==, "経理部");
  g_assert_cmpstr (back->approved_by, ==, "情報 太郎");
  g_assert_cmpstr (back->approved_on, ==, TODAY);
  g_assert_cmpstr (back->next_review, ==, "2027-12-02");
  g_assert_true (back->checks[HG_SERVICE_CHECK_INTRUSION].ok);
  g_assert_cmpstr (back->checks[HG_SERVICE_CHECK_INTRUSION].note, ==, "多要素認証");
  g_assert_cmpuint (hg_service_count_met (back), ==, 1);
  g_assert_cmpuint (back->assets->len, ==, 1);
  g_assert_cmpint (g_array_index (back->assets, gint64, 0), ==, asset_id);
  g_assert_nonnull (hg_test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1"));

  undo (f);
  stored (workbook, 0);
  g_assert_null (hg_test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1"));
}

/* The row opens the service filled in; the checklist edited and an asset
 * unchecked are saved together, one undo step. */
static void
test_checklist (HgTestWindow  *f,
                gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_service (workbook, "2027-03-31");
  g_autoptr(HgService) back = NULL;
  HgServicesView *view = show_view (f);
  GtkWidget *row = find_row (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1");
  GtkWidget *dialog;

  g_signal_emit_by_name (row, "activate");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_SERVICE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (text_of (dialog, "name"), ==, "システム保守委託");
  g_assert_cmpstr (text_of (dialog, "check-contract"), ==, "秘密保持条項あり");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (
    find_row (dialog, GTK_TYPE_CHECK_BUTTON, "met-contract"))));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_row (dialog, GTK_TYPE_CHECK_BUTTON,
                                                           "met-subcontract")), TRUE);
  set_text (dialog, "check-subcontract", "再委託は事前承認");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_row (dialog, GTK_TYPE_CHECK_BUTTON,
                                                           "met-contract")), FALSE);
  g_assert_true (hg_service_dialog_save (HG_SERVICE_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);

  back = stored (workbook, 1);
  g_assert_cmpint (back->id, ==, id);
  g_assert_true (back->checks[HG_SERVICE_CHECK_SUBCONTRACT].ok);
  g_assert_cmpstr (back->checks[HG_SERVICE_CHECK_SUBCONTRACT].note, ==, "再委託は事前承認");
  g_assert_false (back->checks[HG_SERVICE_CHECK_CONTRACT].ok);
  g_assert_cmpstr (back->checks[HG_SERVICE_CHECK_CONTRACT].note, ==, "秘密保持条項あり");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
    find_row (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1"))), "1/8"));
  g_clear_pointer (&back, hg_service_free);

  undo (f);
  back = stored (workbook, 1);
  g_assert_false (back->checks[HG_SERVICE_CHECK_SUBCONTRACT].ok);
  g_assert_true (back->checks[HG_SERVICE_CHECK_CONTRACT].ok);
}

/* The overdue service first; its review recorded today moves the next date
 * a year on (one before the review is refused at its row) and the row is
 * no longer overdue; undo brings the overdue date back. */
static void
test_review (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_service (workbook, "2026-12-01");
  g_autoptr(HgService) back = NULL;
  HgServicesView *view = show_view (f);
  GtkWidget *row = find_row (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1");
  GtkWidget *dialog, *next, *problem;

  g_assert_nonnull (hg_test_find_widget (row, GTK_TYPE_IMAGE, "overdue"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "services.review", "x", id));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_SERVICE_REVIEW_DIALOG);
  g_assert_nonnull (dialog);
  next = find_row (dialog, ADW_TYPE_ENTRY_ROW, "next_review");
  problem = find_row (dialog, GTK_TYPE_LABEL, "problem");

  gtk_editable_set_text (GTK_EDITABLE (next), "2026-11-30");
  g_assert_false (hg_service_review_dialog_save (HG_SERVICE_REVIEW_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (next, "error"));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (next)), ==, "2026-11-30");
  back = stored (workbook, 1);
  g_assert_cmpstr (back->next_review, ==, "2026-12-01");
  g_clear_pointer (&back, hg_service_free);

  gtk_editable_set_text (GTK_EDITABLE (next), "2027-12-02");
  g_assert_true (hg_service_review_dialog_save (HG_SERVICE_REVIEW_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  back = stored (workbook, 1);
  g_assert_cmpstr (back->next_review, ==, "2027-12-02");
  g_clear_pointer (&back, hg_service_free);
  row = find_row (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1");
  g_assert_null (hg_test_find_widget (row, GTK_TYPE_IMAGE, "overdue"));

  undo (f);
  back = stored (workbook, 1);
  g_assert_cmpstr (back->next_review, ==, "2026-12-01");
}

/* The end before the approval is refused at the date; neither returned
 * nor deleted marks both; deleted and certified is recorded, the row
 * dimmed and offering no review; undo lets the contract run again. */
static void
test_end (HgTestWindow  *f,
          gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_service (workbook, "2027-03-31");
  g_autoptr(HgService) back = NULL;
  HgServicesView *view = show_view (f);
  GtkWidget *dialog, *ended, *returned, *deleted, *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "services.end", "x", id));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_SERVICE_END_DIALOG);
  g_assert_nonnull (dialog);
  ended = find_row (dialog, ADW_TYPE_ENTRY_ROW, "ended");
  returned = gtk_widget_get_ancestor (find_row (dialog, GTK_TYPE_SWITCH, "returned"),
                                      ADW_TYPE_ACTION_ROW);
  deleted = gtk_widget_get_ancestor (find_row (dialog, GTK_TYPE_SWITCH, "deleted"),
                                     ADW_TYPE_ACTION_ROW);

  gtk_editable_set_text (GTK_EDITABLE (ended), "2026-03-01");
  gtk_switch_set_active (GTK_SWITCH (find_row (dialog, GTK_TYPE_SWITCH, "deleted")), TRUE);
  set_text (dialog, "note", "削除証明書を受領");
  g_assert_false (hg_service_end_dialog_save (HG_SERVICE_END_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (ended, "error"));

  gtk_editable_set_text (GTK_EDITABLE (ended), "2026-12-25");
  gtk_switch_set_active (GTK_SWITCH (find_row (dialog, GTK_TYPE_SWITCH, "deleted")), FALSE);
  g_assert_false (hg_service_end_dialog_save (HG_SERVICE_END_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (returned, "error"));
  g_assert_true (gtk_widget_has_css_class (deleted, "error"));
  g_assert_cmpstr (text_of (dialog, "note"), ==, "削除証明書を受領");
  back = stored (workbook, 1);
  g_assert_null (back->ended);
  g_clear_pointer (&back, hg_service_free);

  gtk_switch_set_active (GTK_SWITCH (find_row (dialog, GTK_TYPE_SWITCH, "deleted")), TRUE);
  g_assert_false (gtk_widget_has_css_class (deleted, "error"));
  gtk_switch_set_active (GTK_SWITCH (find_row (dialog, GTK_TYPE_SWITCH, "proof")), TRUE);
  g_assert_true (hg_service_end_dialog_save (HG_SERVICE_END_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  back = stored (workbook, 1);
  g_assert_cmpstr (back->ended, ==, "2026-12-25");
  g_assert_false (back->end_returned);
  g_assert_true (back->end_deleted);
  g_assert_true (back->end_proof);
  g_assert_cmpstr (back->end_note, ==, "削除証明書を受領");
  g_clear_pointer (&back, hg_service_free);
  row = find_row (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1");
  g_assert_true (gtk_widget_has_css_class (row, "dim-label"));

  undo (f);
  back = stored (workbook, 1);
  g_assert_null (back->ended);
  row = find_row (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1");
  g_assert_false (gtk_widget_has_css_class (row, "dim-label"));
}

/* Remove asks first; confirmed, the service goes, and the window's undo
 * brings it back with its checklist. */
static void
test_remove (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_service (workbook, "2027-03-31");
  g_autoptr(HgService) back = NULL;
  HgServicesView *view = show_view (f);
  GtkWidget *confirm;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "services.remove", "x", id));
  hg_test_spin (50);
  confirm = hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  stored (workbook, 1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "remove");
  hg_test_spin (50);
  stored (workbook, 0);
  g_assert_null (hg_test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1"));

  undo (f);
  back = stored (workbook, 1);
  g_assert_true (back->checks[HG_SERVICE_CHECK_CONTRACT].ok);
  g_assert_nonnull (hg_test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "service-1"));
}

static void
test_export (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *xlsx = g_build_filename (f->dir, "services.xlsx", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "services.csv", NULL);
  g_autofree char *text = NULL;
  HgServicesView *view;

  add_service (workbook, "2026-12-01");
  view = show_view (f);
  g_assert_true (hg_services_view_export (view, xlsx));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_true (hg_services_view_export (view, csv));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "システム保守委託"));
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/services/add", test_add);
  hg_test_window_add ("/window/services/checklist", test_checklist);
  hg_test_window_add ("/window/services/review", test_review);
  hg_test_window_add ("/window/services/end", test_end);
  hg_test_window_add ("/window/services/remove", test_remove);
  hg_test_window_add ("/window/services/export", test_export);
  return hg_test_window_run ();
}

/* test-window.c: the application window, driven as a user would
 *
 * Needs a display (Xvfb in CI). The language comes from the environment:
 * meson runs this program once in English and once in Japanese, and
 * HG_TEST_EXPECT_OVERVIEW names the title the Overview page must have.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-test-ui.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "hg-application.h"
#include "hg-approve-dialog.h"
#include "hg-asset-dialog.h"
#include "hg-asset-row.h"
#include "hg-asset-store.h"
#include "hg-assets-page.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-pack-chooser.h"
#include "hg-policy-page.h"
#include "hg-risk-controls-view.h"
#include "hg-risk-tables.h"
#include "hg-risk-tables-dialog.h"
#include "hg-risk-threat.h"
#include "hg-risk-threats-view.h"
#include "hg-threat-links-dialog.h"
#include "hg-risks-page.h"
#include "hg-treatment-dialog.h"
#include "hg-policy.h"
#include "hg-rules-editor.h"
#include "hg-company-page.h"
#include "hg-department.h"
#include "hg-department-dialog.h"
#include "hg-doc-export.h"
#include "hg-employee.h"
#include "hg-employees-page.h"
#include "hg-handbook-receipt.h"
#include "hg-person.h"
#include "hg-receipt-dialog.h"
#include "hg-revision.h"
#include "hg-test-util.h"
#include "hg-text.h"
#include "hg-versions-window.h"
#include "hg-window.h"

static HgApplication *app;

typedef struct
{
  char     *dir;
  char     *path;
  HgWindow *window;
} Fixture;

static void
open_window (Fixture *f)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);

  f->window = hg_window_new (GTK_APPLICATION (app));
  g_assert_true (hg_window_open_file (f->window, file));
  gtk_window_present (GTK_WINDOW (f->window));
  hg_test_spin (100);
}

static void
close_window (Fixture *f)
{
  gtk_window_close (GTK_WINDOW (f->window));
  hg_test_spin (50);
  f->window = NULL;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "window.hinagata", NULL);
  workbook = hg_workbook_create (f->path, "株式会社ウィンドウ", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);
  open_window (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    close_window (f);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static HgCompanyPage *
company_page (Fixture *f)
{
  return HG_COMPANY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_COMPANY_PAGE, NULL));
}

static void
test_opens_translated (Fixture       *f,
                       gconstpointer  data)
{
  const char *expected = g_getenv ("HG_TEST_EXPECT_OVERVIEW");
  GtkWidget *stack = hg_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_STACK, NULL);
  GtkStackPage *page;

  g_assert_nonnull (expected);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "overview");

  page = gtk_stack_get_page (GTK_STACK (stack), gtk_stack_get_visible_child (GTK_STACK (stack)));
  g_assert_cmpstr (gtk_stack_page_get_title (page), ==, expected);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "window.hinagata");
}

static void
test_navigate (Fixture       *f,
               gconstpointer  data)
{
  AdwEntryRow *name_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "company"));
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "company");

  name_row = hg_company_page_get_field_row (company_page (f), HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "株式会社ウィンドウ");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "overview"));
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "overview");
}

static void
test_typed_name_survives_reopen (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  AdwEntryRow *row;

  hg_window_show_page (f->window, "company");
  row = hg_company_page_get_field_row (company_page (f), HG_COMPANY_FIELD_NAME);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "株式会社新しい名前");

  /* Closed before the typing pause ran out: closing must commit it. */
  close_window (f);

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (name, ==, "株式会社新しい名前");
  g_clear_object (&workbook);

  /* And the form shows it again in a new window. */
  open_window (f);
  row = hg_company_page_get_field_row (company_page (f), HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "株式会社新しい名前");
}

static void
test_typing_pause_commits (Fixture       *f,
                           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *value = NULL;
  AdwEntryRow *row;

  row = hg_company_page_get_field_row (company_page (f), HG_COMPANY_FIELD_ADDRESS);
  gtk_editable_set_text (GTK_EDITABLE (row), "愛知県豊田市");
  hg_test_spin (900);
  value = hg_company_get (workbook, HG_COMPANY_FIELD_ADDRESS);
  g_assert_cmpstr (value, ==, "愛知県豊田市");
  g_assert_true (hg_workbook_can_undo (workbook));
}

static void
test_invalid_input_not_saved (Fixture       *f,
                              gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *value = NULL;
  AdwEntryRow *row;

  row = hg_company_page_get_field_row (company_page (f), HG_COMPANY_FIELD_POSTAL_CODE);
  gtk_editable_set_text (GTK_EDITABLE (row), "12-34");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  hg_window_flush (f->window);
  value = hg_company_get (workbook, HG_COMPANY_FIELD_POSTAL_CODE);
  g_assert_cmpstr (value, ==, "");
  g_assert_false (hg_workbook_can_undo (workbook));

  gtk_editable_set_text (GTK_EDITABLE (row), "471-0001");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
}

static void
test_undo_redo_through_ui (Fixture       *f,
                           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *value = NULL;
  AdwEntryRow *row;

  row = hg_company_page_get_field_row (company_page (f), HG_COMPANY_FIELD_NAME);
  gtk_editable_set_text (GTK_EDITABLE (row), "間違えた名前");

  /* Undo right after typing takes back the typing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (20);
  value = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (value, ==, "株式会社ウィンドウ");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "株式会社ウィンドウ");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  hg_test_spin (20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "間違えた名前");
}

static void
test_refuses_bad_file (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.hinagata", NULL);
  g_autoptr(GFile) file = NULL;
  HgWindow *window;
  AdwStatusPage *status;

  g_assert_true (g_file_set_contents (path, "メモ", -1, NULL));
  file = g_file_new_for_path (path);
  window = hg_window_new (GTK_APPLICATION (app));
  g_assert_false (hg_window_open_file (window, file));
  g_assert_cmpstr (hg_window_get_visible_page (window), ==, "problem");
  status = ADW_STATUS_PAGE (hg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                             "problem-page"));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "notes.hinagata"));
  gtk_window_destroy (GTK_WINDOW (window));
  hg_test_remove_dir (dir);
}

/* A save that passes validation but fails in the database (here a
 * read-only connection) is told to the user over the window. */
static void
test_failed_save_reported (Fixture       *f,
                           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GPtrArray) before = hg_department_list (workbook);
  g_autoptr(GPtrArray) after = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *dialog = hg_department_dialog_new (workbook, 0);
  GtkWidget *row = hg_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL);
  AdwMessageDialog *report = NULL;

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (row), "品質保証部");
  hg_test_spin (20);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_cmpint (sqlite3_exec (hg_workbook_get_db (workbook), "PRAGMA query_only = ON",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && w != (GObject *) dialog
          && gtk_window_get_transient_for (GTK_WINDOW (w)) == GTK_WINDOW (f->window))
        report = ADW_MESSAGE_DIALOG (w);
    }
  g_assert_nonnull (report);
  g_assert_cmpstr (adw_message_dialog_get_heading (report), ==, _("Could Not Save"));
  /* What went wrong in the user's words first, the SQLite detail after. */
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (report),
                                   _("The workbook cannot be written to: the file or its folder is read-only.")));
  gtk_window_destroy (GTK_WINDOW (report));

  sqlite3_exec (hg_workbook_get_db (workbook), "PRAGMA query_only = OFF", NULL, NULL, NULL);
  after = hg_department_list (workbook);
  g_assert_cmpuint (after->len, ==, before->len);
}

static void
check_buttons_named (GtkWidget *root,
                     guint     *checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      /* Hidden widgets, such as an entry row's unused apply button, are
       * not announced to anyone. */
      if (!gtk_widget_get_visible (child))
        continue;
      /* GTK's own composite widgets label their parts themselves (or not:
       * a spin button's +/- buttons in GTK 4.8); the spin button itself
       * carries our label. */
      if (GTK_IS_SPIN_BUTTON (child))
        continue;
      if (GTK_IS_BUTTON (child) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (child))))
        {
          if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL))
            g_error ("Icon button %s (%s) has no accessible name",
                     G_OBJECT_TYPE_NAME (child), gtk_button_get_icon_name (GTK_BUTTON (child)));
          (*checked)++;
        }
      check_buttons_named (child, checked);
    }
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  guint checked = 0;

  /* Rows with their own buttons exist only once there is data. */
  g_assert_cmpint (hg_department_add (workbook, "総務部", &error), >, 0);
  hg_window_show_page (f->window, "company");
  hg_test_spin (50);
  check_buttons_named (GTK_WIDGET (f->window), &checked);
  g_assert_cmpuint (checked, >=, 4); /* undo, redo, back, rename, remove */
}

static void
test_narrow_window (Fixture       *f,
                    gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (hg_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_LEAFLET,
                                                      NULL));

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 600);
  gtk_window_unmaximize (GTK_WINDOW (f->window));
  hg_test_spin (300);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  hg_window_show_page (f->window, "company");
  hg_test_spin (50);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) != gtk_widget_get_first_child (GTK_WIDGET (leaflet)));
}

/* At an ordinary laptop width every page fits beside the sidebar: no
 * page may ask for so much width that the window folds. */
static void
test_wide_window (Fixture       *f,
                  gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (hg_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_LEAFLET,
                                                      NULL));
  const char *pages[] = { "overview", "company", "assets", "risks", "policy", "employees" };

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  gtk_window_unmaximize (GTK_WINDOW (f->window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      hg_window_show_page (f->window, pages[i]);
      hg_test_spin (100);
      g_assert_false (adw_leaflet_get_folded (leaflet));
    }
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (w))
        return w;
    }
  return NULL;
}

static gint64
add_asset_through_dialog (HgAssetsPage *page,
                          const char   *name,
                          guint         confidentiality)
{
  HgAssetDialog *dialog;
  guint before = hg_assets_page_get_n_total (page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assets.add", NULL));
  hg_test_spin (50);
  dialog = HG_ASSET_DIALOG (find_toplevel (HG_TYPE_ASSET_DIALOG));
  g_assert_nonnull (dialog);
  /* Without a name the dialog refuses to save. */
  g_assert_false (hg_asset_dialog_save (dialog));
  hg_asset_dialog_set_name (dialog, name);
  hg_asset_dialog_set_level (dialog, 0, confidentiality);
  g_assert_true (hg_asset_dialog_save (dialog));
  hg_test_spin (50);
  g_assert_cmpuint (hg_assets_page_get_n_total (page), ==, before + 1);
  return 0;
}

static guint
count_rows_with_tooltip (GtkWidget *widget)
{
  guint n = HG_IS_ASSET_ROW (widget) && gtk_widget_get_has_tooltip (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows_with_tooltip (child);
  return n;
}

static void
test_assets_through_ui (Fixture       *f,
                        gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgAssetsPage *page;
  GListModel *shown;
  HgAssetDialog *dialog;
  g_autoptr(HgAsset) first = NULL;
  g_autoptr(HgAssetData) stored = NULL;

  hg_window_show_page (f->window, "assets");
  hg_test_spin (50);
  page = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSETS_PAGE, NULL));
  g_assert_cmpuint (hg_assets_page_get_n_total (page), ==, 0);

  add_asset_through_dialog (page, "主要顧客リスト", 3);
  add_asset_through_dialog (page, "会社案内", 1);

  /* A Japanese substring finds its asset. */
  hg_assets_page_set_search (page, "顧客");
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, 1);
  shown = hg_assets_page_get_shown (page);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (hg_asset_get_data (first)->name, ==, "主要顧客リスト");
  g_assert_cmpuint (hg_asset_get_importance (first), ==, 3);
  hg_assets_page_set_search (page, "");
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, 2);

  /* An asset's notes are its row's tooltip; rows without notes have none. */
  {
    g_autoptr(HgAssetData) edited = hg_asset_store_get (workbook, hg_asset_get_id (first));
    g_autoptr(GError) error = NULL;

    hg_text_set (&edited->notes, "営業部の共有フォルダ");
    g_assert_true (hg_asset_store_update (workbook, edited, &error));
    g_assert_no_error (error);
    hg_test_spin (50);
    g_assert_cmpuint (count_rows_with_tooltip (GTK_WIDGET (page)), ==, 1);
  }

  /* Edit the selected asset. */
  hg_assets_page_set_search (page, "会社");
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assets.edit", NULL));
  hg_test_spin (50);
  dialog = HG_ASSET_DIALOG (find_toplevel (HG_TYPE_ASSET_DIALOG));
  g_assert_nonnull (dialog);
  hg_asset_dialog_set_name (dialog, "会社案内パンフレット");
  hg_asset_dialog_set_level (dialog, 0, 2);
  g_assert_true (hg_asset_dialog_save (dialog));
  hg_test_spin (50);
  g_clear_object (&first);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (hg_asset_get_data (first)->name, ==, "会社案内パンフレット");
  g_assert_cmpuint (hg_asset_get_importance (first), ==, 2);

  /* Undo through the window takes the edit back, and the table follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_clear_object (&first);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (hg_asset_get_data (first)->name, ==, "会社案内");
  stored = hg_asset_store_get (workbook, hg_asset_get_id (first));
  g_assert_cmpuint (stored->confidentiality, ==, 1);

  /* Bulk edit: both assets to confidentiality 1 in one step, and back. */
  hg_assets_page_set_search (page, "");
  hg_assets_page_select_all (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assets.edit", NULL));
  hg_test_spin (50);
  {
    GtkWidget *bulk = find_toplevel (HG_TYPE_BULK_EDIT_DIALOG);
    AdwComboRow *level;
    guint n_steps = 0;

    g_assert_nonnull (bulk);
    level = ADW_COMBO_ROW (hg_test_find_widget (bulk, ADW_TYPE_COMBO_ROW, "level-row-0"));
    adw_combo_row_set_selected (level, 3); /* keep, 3, 2, 1 */
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (bulk), "apply");
    hg_test_spin (50);
    for (guint i = 0; i < 2; i++)
      {
        g_autoptr(HgAsset) asset = g_list_model_get_item (shown, i);

        g_assert_cmpuint (hg_asset_get_data (asset)->confidentiality, ==, 1);
      }
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
    hg_test_spin (50);
    for (guint i = 0; i < 2; i++)
      {
        g_autoptr(HgAsset) asset = g_list_model_get_item (shown, i);

        if (hg_asset_get_data (asset)->confidentiality == 3)
          n_steps++;
      }
    /* 主要顧客リスト is back at 3: the one undo took back both rows. */
    g_assert_cmpuint (n_steps, ==, 1);
  }

  /* Remove everything shown, then undo: one step each way. */
  hg_assets_page_set_search (page, "");
  hg_assets_page_select_all (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assets.remove", NULL));
  hg_test_spin (50);
  g_assert_cmpuint (hg_assets_page_get_n_total (page), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_assert_cmpuint (hg_assets_page_get_n_total (page), ==, 2);
}

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
test_employees_through_ui (Fixture       *f,
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
                                              NULL) && find_toplevel (HG_TYPE_RECEIPT_DIALOG));

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
  dialog = find_toplevel (HG_TYPE_RECEIPT_DIALOG);
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

static void
test_policy_wizard (Fixture       *f,
                    gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  HgPolicyPage *page;
  GtkWidget *next, *drop, *row, *control;
  g_autofree char *preview = NULL;
  guint n_steps;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  next = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "next-button");
  drop = hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, "document-drop");
  /* The pack's steps, then the review of the rules. */
  n_steps = hg_pack_get_steps (hg_policy_page_get_pack (page))->len + 1;
  g_assert_cmpuint (n_steps, >=, 10);

  /* The preview starts with the basic policy, signed with the company name. */
  preview = hg_policy_page_get_preview (page);
  g_assert_true (g_str_has_prefix (preview, "情報セキュリティ基本方針"));
  g_assert_nonnull (strstr (preview, "株式会社ウィンドウ"));
  g_clear_pointer (&preview, g_free);

  /* Walk the steps with the Next button. */
  g_assert_cmpuint (hg_policy_page_get_step (page), ==, 0);
  for (guint i = 1; i < n_steps; i++)
    {
      g_signal_emit_by_name (next, "clicked");
      g_assert_cmpuint (hg_policy_page_get_step (page), ==, i);
    }
  g_assert_false (gtk_widget_get_sensitive (next));

  /* The rules follow the answers as they are given. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), 1);
  preview = hg_policy_page_get_preview (page);
  g_assert_nonnull (strstr (preview, "クラウドサービス"));
  g_assert_null (strstr (preview, "テレワーク"));
  g_clear_pointer (&preview, g_free);

  row = hg_policy_page_get_row (page, "telework");
  control = g_object_get_data (G_OBJECT (row), "control");
  gtk_switch_set_active (GTK_SWITCH (control), TRUE);
  hg_test_spin (20);
  preview = hg_policy_page_get_preview (page);
  g_assert_nonnull (strstr (preview, "テレワーク"));
  g_clear_pointer (&preview, g_free);
  g_assert_cmpint (hg_workbook_count_rows (workbook, "policy_answer"), ==, 1);

  /* And Undo takes the answer back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (20);
  preview = hg_policy_page_get_preview (page);
  g_assert_null (strstr (preview, "テレワーク"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (control)));

  /* The last step lists the rules the answers keep, ready to edit. */
  {
    HgRulesEditor *editor = HG_RULES_EDITOR (hg_policy_page_get_rules_editor (page));
    g_autoptr(GError) error = NULL;
    guint before;

    hg_test_spin (50);
    before = hg_rules_editor_get_n_rules (editor);
    g_assert_cmpuint (before, >, 200);
    g_assert_true (hg_policy_exclude (workbook, hg_policy_page_get_pack (page), "access_pw_length",
                                      "パスフレーズを使うため", &error));
    g_assert_no_error (error);
    hg_test_spin (50);
    /* Left out, but still listed so it can be restored. */
    g_assert_cmpuint (hg_rules_editor_get_n_rules (editor), ==, before);
    g_clear_pointer (&preview, g_free);
    preview = hg_policy_page_get_preview (page);
    g_assert_null (strstr (preview, "英字の大文字と小文字、数字及び記号を組み合わせる"));
  }
}

/* Approve through the dialog, see the state, change an answer, compare
 * the version with today's text in the versions window, export. */
static void
test_policy_versions (Fixture       *f,
                      gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "rules.txt", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *expected_summary = NULL;
  HgPolicyPage *page;
  GtkLabel *state;
  GtkWidget *dialog, *versions;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  state = GTK_LABEL (hg_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "version-label"));
  /* The rules: the password answer below changes them. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hg_test_find_widget (GTK_WIDGET (page),
                                                                  GTK_TYPE_DROP_DOWN,
                                                                  "document-drop")), 1);
  hg_test_spin (50);
  g_assert_cmpstr (gtk_label_get_text (state), ==, _("Not approved yet"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.approve", NULL));
  hg_test_spin (50);
  dialog = find_toplevel (HG_TYPE_APPROVE_DIALOG);
  g_assert_nonnull (dialog);
  /* The approver comes from the profile; without one, Approve stays off. */
  hg_approve_dialog_set_text (HG_APPROVE_DIALOG (dialog), 2, "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "approve"));
  hg_approve_dialog_set_text (HG_APPROVE_DIALOG (dialog), 2, "代表 太郎");
  hg_approve_dialog_set_text (HG_APPROVE_DIALOG (dialog), 3, "2026-04-01");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "approve"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "approve");
  hg_test_spin (50);
  expected = g_strdup_printf (_("Version %u, approved on %s by %s"), 1, "2026-04-01", "代表 太郎");
  g_assert_cmpstr (gtk_label_get_text (state), ==, expected);

  /* A changed answer: the state says a revision is due, and the versions
   * window shows the changed number marked. */
  g_assert_true (hg_policy_set_answer (workbook, hg_policy_page_get_pack (page),
                                       "password_min_length", "14", &error));
  g_assert_no_error (error);
  hg_test_spin (50);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (state), "warning"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "policy.versions", NULL));
  hg_test_spin (50);
  versions = find_toplevel (HG_TYPE_VERSIONS_WINDOW);
  g_assert_nonnull (versions);
  /* Only the changed lines: both password rules, with the old and the new
   * length side by side. */
  text = hg_versions_window_get_text (HG_VERSIONS_WINDOW (versions));
  g_assert_nonnull (strstr (text, "パスワードは1014文字以上"));
  g_assert_null (strstr (text, "離席"));
  g_clear_pointer (&text, g_free);
  text = hg_versions_window_get_summary (HG_VERSIONS_WINDOW (versions));
  expected_summary = g_strdup_printf (_("%u changed, %u added, %u removed"), 2, 0, 0);
  g_assert_cmpstr (text, ==, expected_summary);
  gtk_window_destroy (GTK_WINDOW (versions));

  /* Export the document in the preview as text through the page's path. */
  doc = hg_policy_build_document (workbook, hg_policy_page_get_pack (page), "rules", &error);
  g_assert_no_error (error);
  g_assert_true (hg_doc_export_to_path (GTK_WIDGET (page), doc, HG_DOC_FORMAT_TEXT, out));
  g_assert_true (g_file_get_contents (out, &exported, NULL, NULL));
  g_assert_nonnull (strstr (exported, "パスワードは14文字以上"));
  g_clear_pointer (&exported, g_free);
  g_clear_pointer (&out, g_free);
  out = g_build_filename (dir, "rules.pdf", NULL);
  g_assert_true (hg_doc_export_to_path (GTK_WIDGET (page), doc, HG_DOC_FORMAT_PDF, out));
  g_assert_true (g_file_get_contents (out, &exported, NULL, NULL));
  g_assert_true (g_str_has_prefix (exported, "%PDF-"));
  hg_test_remove_dir (dir);
}

/* File → Open Template Pack…: a broken pack lists its problems and changes
 * nothing; a good one rebuilds the wizard; the built-in one comes back. */
static void
test_open_template_pack (Fixture       *f,
                         gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *broken = g_build_filename (dir, "broken.xml", NULL);
  const char *mini = g_test_get_filename (G_TEST_DIST, "data", "mini-pack.xml", NULL);
  g_autofree char *preview = NULL;
  HgPolicyPage *page;
  GtkWidget *dialog;
  AdwActionRow *row;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (50);
  page = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "hinagata_ja");

  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?>\n<pack id=\"x\" version=\"1\">\n"
                                              "  <title>壊れた例</title>\n  <step>\n</pack>\n", -1, NULL));
  g_assert_false (hg_pack_chooser_load_file (GTK_WINDOW (f->window), workbook, broken));
  hg_test_spin (50);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  row = ADW_ACTION_ROW (hg_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, NULL));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "broken.xml:"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "hinagata_ja");

  g_assert_true (hg_pack_chooser_load_file (GTK_WINDOW (f->window), workbook, mini));
  hg_test_spin (50);
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "mini");
  preview = hg_policy_page_get_preview (page);
  g_assert_nonnull (strstr (preview, "パスワードは10文字以上とする。"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.builtin-pack", NULL));
  hg_test_spin (50);
  g_assert_cmpstr (hg_pack_get_id (hg_policy_page_get_pack (page)), ==, "hinagata_ja");
  hg_test_remove_dir (dir);
}

/* The risk analysis through its page: set up, answer a measure in the
 * checklist and see the risks and the heat map change, filter by a cell,
 * treat a risk. */
static void
test_risks_through_ui (Fixture       *f,
                       gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  HgRisksPage *page;
  HgRiskSheet *sheet;
  GListModel *shown;
  GtkWidget *drop, *dialog;
  guint before[4] = { 0 }, after[4] = { 0 };
  guint high_before, high_after, cell;
  gint row_index;

  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_no_error (error);
  hg_window_show_page (f->window, "risks");
  hg_test_spin (50);
  page = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_RISKS_PAGE, NULL));
  g_assert_null (hg_risks_page_get_sheet (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "risks.setup", NULL));
  hg_test_spin (50);
  sheet = hg_risks_page_get_sheet (page);
  g_assert_nonnull (sheet);
  shown = hg_risks_page_get_shown (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, hg_risk_sheet_get_n_rows (sheet));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 50);
  hg_risk_sheet_count_bands (sheet, before);

  /* Removing a threat from its row, then undo. */
  {
    guint threats = hg_risk_sheet_get_n_threats (sheet);
    GtkWidget *view;

    hg_risks_page_show_view (page, "threats");
    hg_test_spin (50);
    view = hg_test_find_widget (GTK_WIDGET (page), HG_TYPE_RISK_THREATS_VIEW, NULL);
    g_assert_true (gtk_widget_activate_action (view, "threat.remove", "x",
                                               hg_risk_sheet_get_threat (sheet, 0)->id));
    hg_test_spin (50);
    sheet = hg_risks_page_get_sheet (page);
    g_assert_cmpuint (hg_risk_sheet_get_n_threats (sheet), ==, threats - 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
    hg_test_spin (50);
    sheet = hg_risks_page_get_sheet (page);
    g_assert_cmpuint (hg_risk_sheet_get_n_threats (sheet), ==, threats);
  }

  /* Renaming a threat through its row's dialog. */
  {
    GtkWidget *view = hg_test_find_widget (GTK_WIDGET (page), HG_TYPE_RISK_THREATS_VIEW, NULL);
    GtkWidget *rename_dialog;
    const HgRiskThreatState *first;

    g_assert_true (gtk_widget_activate_action (view, "threat.rename", "x",
                                               hg_risk_sheet_get_threat (sheet, 0)->id));
    hg_test_spin (50);
    rename_dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (rename_dialog);
    gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (rename_dialog, ADW_TYPE_ENTRY_ROW,
                                                              NULL)), "図面の置き忘れ");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (rename_dialog), "save");
    hg_test_spin (50);
    sheet = hg_risks_page_get_sheet (page);
    first = hg_risk_sheet_get_threat (sheet, 0);
    g_assert_cmpstr (first->name, ==, "図面の置き忘れ");
  }

  /* A measure linked to a threat through its dialog. */
  {
    const HgRiskThreatState *threat = hg_risk_sheet_get_threat (sheet, 0);
    GtkWidget *links = hg_threat_links_dialog_new (sheet, threat->id);
    g_auto(GStrv) before_links = hg_risk_threat_get_controls (workbook, threat->id);
    g_auto(GStrv) after_links = NULL;
    const char *extra = "inc_cyber_insurance";

    g_assert_false (g_strv_contains ((const char * const *) before_links, extra));
    gtk_window_set_transient_for (GTK_WINDOW (links), GTK_WINDOW (f->window));
    hg_threat_links_dialog_check (HG_THREAT_LINKS_DIALOG (links), extra, TRUE);
    g_assert_true (hg_threat_links_dialog_apply (HG_THREAT_LINKS_DIALOG (links)));
    gtk_window_destroy (GTK_WINDOW (links));
    after_links = hg_risk_threat_get_controls (workbook, threat->id);
    g_assert_true (g_strv_contains ((const char * const *) after_links, extra));
    g_assert_cmpuint (g_strv_length (after_links), ==, g_strv_length (before_links) + 1);
    hg_test_spin (50);
    sheet = hg_risks_page_get_sheet (page);
  }

  /* Every measure against the office PCs' malware done: their risks fall. */
  hg_risks_page_show_view (page, "controls");
  hg_test_spin (50);
  high_before = before[HG_RISK_BAND_LARGE] + before[HG_RISK_BAND_MEDIUM];
  {
    GArray *controls = NULL;
    HgRiskCatalogue *catalogue = hg_risk_sheet_get_catalogue (sheet);
    GPtrArray *all = hg_risk_catalogue_controls_for (catalogue, "pc_malware");

    g_assert_nonnull (all);
    g_assert_cmpuint (all->len, >, 0);
    for (guint i = 0; i < all->len; i++)
      {
        const HgRiskControl *control = g_ptr_array_index (all, i);

        drop = hg_risk_controls_view_get_status_drop (HG_RISK_CONTROLS_VIEW (hg_risks_page_get_controls_view (page)),
                                                      control->key);
        g_assert_nonnull (drop);
        gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), HG_RISK_DONE);
        hg_test_spin (5);
      }
    g_ptr_array_unref (all);
    (void) controls;
  }
  hg_test_spin (50);
  hg_risk_sheet_count_bands (hg_risks_page_get_sheet (page), after);
  high_after = after[HG_RISK_BAND_LARGE] + after[HG_RISK_BAND_MEDIUM];
  g_assert_cmpuint (high_after, <, high_before);

  /* The sheet out as Excel and the report as PDF, from the page. */
  {
    g_autofree char *dir = hg_test_make_dir ();
    g_autofree char *xlsx = g_build_filename (dir, "risks.xlsx", NULL);
    g_autofree char *pdf = g_build_filename (dir, "risks.pdf", NULL);
    g_autofree char *head = NULL;

    g_assert_true (hg_risks_page_export (page, "xlsx", xlsx, &error));
    g_assert_no_error (error);
    g_assert_true (hg_risks_page_export (page, "pdf", pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (pdf, &head, NULL, NULL));
    g_assert_true (g_str_has_prefix (head, "%PDF-"));
    g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
    hg_test_remove_dir (dir);
  }

  /* The damage table is the workbook's: likelihood 3 with vulnerability 2
   * made to give damage 3, and the sheet follows. */
  {
    GtkWidget *tables = hg_risk_tables_dialog_new (workbook);

    gtk_window_set_transient_for (GTK_WINDOW (tables), GTK_WINDOW (f->window));
    hg_risk_tables_dialog_set_cell (HG_RISK_TABLES_DIALOG (tables), 3, 2, 3);
    g_assert_true (hg_risk_tables_dialog_apply (HG_RISK_TABLES_DIALOG (tables)));
    gtk_window_destroy (GTK_WINDOW (tables));
    hg_test_spin (50);
    g_assert_cmpuint (hg_risk_tables_damage (hg_risk_sheet_get_tables (hg_risks_page_get_sheet (page)),
                                             3, 2), ==, 3);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
    hg_test_spin (50);
  }

  /* A heat-map cell filters the list to exactly its count. */
  sheet = hg_risks_page_get_sheet (page);
  cell = hg_risks_page_get_cell_count (page, 3, 1);
  g_assert_cmpuint (cell, >, 0);
  hg_risks_page_show_cell (page, 3, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, cell);

  /* Accepting a large risk needs an approver, a date and a reason. */
  row_index = -1;
  for (guint i = 0; i < hg_risk_sheet_get_n_rows (sheet); i++)
    if (hg_risk_sheet_get_row (sheet, i)->band == HG_RISK_BAND_LARGE)
      {
        row_index = (gint) i;
        break;
      }
  if (row_index >= 0)
    {
      dialog = hg_treatment_dialog_new (sheet, (guint) row_index, "資産");
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
      hg_treatment_dialog_set_kind (HG_TREATMENT_DIALOG (dialog), HG_RISK_TREATMENT_ACCEPT);
      g_assert_false (hg_treatment_dialog_save (HG_TREATMENT_DIALOG (dialog)));
      hg_test_spin (20);
      gtk_window_destroy (GTK_WINDOW (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
      hg_treatment_dialog_set_text (HG_TREATMENT_DIALOG (dialog), HG_TREATMENT_FIELD_APPROVER, "代表 太郎");
      hg_treatment_dialog_set_text (HG_TREATMENT_DIALOG (dialog), HG_TREATMENT_FIELD_APPROVED_ON,
                                    "2026-04-01");
      hg_treatment_dialog_set_text (HG_TREATMENT_DIALOG (dialog), HG_TREATMENT_FIELD_REASON,
                                    "対策の費用が見込まれる損害を上回るため");
      g_assert_true (hg_treatment_dialog_save (HG_TREATMENT_DIALOG (dialog)));
      gtk_window_destroy (GTK_WINDOW (dialog));
      hg_test_spin (50);
      {
        const HgRiskRow *row = hg_risk_sheet_get_row (hg_risks_page_get_sheet (page),
                                                      (guint) row_index);
        g_assert_cmpuint (row->treatment, ==, HG_RISK_TREATMENT_ACCEPT);
      }
    }
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");
  int ret;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  hg_test_private_user_dirs ();
  gtk_init ();
  adw_init ();

  app = hg_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/window/opens-translated", test_opens_translated);
  ADD ("/window/navigate", test_navigate);
  ADD ("/window/typed-name-survives-reopen", test_typed_name_survives_reopen);
  ADD ("/window/typing-pause-commits", test_typing_pause_commits);
  ADD ("/window/invalid-input-not-saved", test_invalid_input_not_saved);
  ADD ("/window/undo-redo", test_undo_redo_through_ui);
  ADD ("/window/accessible-names", test_accessible_names);
  ADD ("/window/narrow", test_narrow_window);
  ADD ("/window/wide", test_wide_window);
  ADD ("/window/assets-through-ui", test_assets_through_ui);
  ADD ("/window/employees-through-ui", test_employees_through_ui);
  ADD ("/window/policy-wizard", test_policy_wizard);
  ADD ("/window/policy-versions", test_policy_versions);
  ADD ("/window/open-template-pack", test_open_template_pack);
  ADD ("/window/risks-through-ui", test_risks_through_ui);
  ADD ("/window/failed-save-reported", test_failed_save_reported);
#undef ADD
  g_test_add_func ("/window/refuses-bad-file", test_refuses_bad_file);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}

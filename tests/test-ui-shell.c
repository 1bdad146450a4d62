/* test-ui-shell.c: the window itself, driven as a user would
 *
 * Opening (translated, or refusing a file that is not a workbook), moving
 * between pages, the company form's commit rules, undo and redo, the
 * narrow and the wide layout, accessible names, and a failed save told to
 * the user. Needs a display (Xvfb in CI); meson runs it in English and in
 * Japanese, and HG_TEST_EXPECT_OVERVIEW names the title the Overview page
 * must have.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-company-page.h"
#include "hg-contact-dialog.h"
#include "hg-contact.h"
#include "hg-department-dialog.h"
#include "hg-department.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static HgCompanyPage *
company_page (HgTestWindow *f)
{
  return HG_COMPANY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_COMPANY_PAGE, NULL));
}

static void
test_opens_translated (HgTestWindow  *f,
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
test_navigate (HgTestWindow  *f,
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
test_typed_name_survives_reopen (HgTestWindow  *f,
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
  hg_test_window_close (f);

  workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  name = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (name, ==, "株式会社新しい名前");
  g_clear_object (&workbook);

  /* And the form shows it again in a new window. */
  hg_test_window_open (f);
  row = hg_company_page_get_field_row (company_page (f), HG_COMPANY_FIELD_NAME);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "株式会社新しい名前");
}

static void
test_typing_pause_commits (HgTestWindow  *f,
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
test_invalid_input_not_saved (HgTestWindow  *f,
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
test_undo_redo_through_ui (HgTestWindow  *f,
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
  window = hg_window_new (GTK_APPLICATION (hg_test_window_app ()));
  g_assert_false (hg_window_open_file (window, file));
  g_assert_cmpstr (hg_window_get_visible_page (window), ==, "problem");
  status = ADW_STATUS_PAGE (hg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                             "problem-page"));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "notes.hinagata"));
  gtk_window_destroy (GTK_WINDOW (window));
  hg_test_remove_dir (dir);
}

/* The window opens without waiting for the full integrity check; a file
 * that fails it is then closed and refused the same way, untouched. */
static void
test_refuses_damaged_after_check (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "damaged.hinagata", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  HgWindow *window;
  AdwStatusPage *status;
  sqlite3 *db = NULL;
  gint64 end;

  workbook = hg_workbook_create (path, "壊れた会社", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);
  /* Every page reads well; only foreign_key_check finds the stray row. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF;"
                                     "INSERT INTO asset (name, department_id) VALUES ('迷子', 9999)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = hg_test_file_hash (path);

  file = g_file_new_for_path (path);
  window = hg_window_new (GTK_APPLICATION (hg_test_window_app ()));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hg_window_open_file (window, file));
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_strcmp0 (hg_window_get_visible_page (window), "problem") != 0
         && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (hg_window_get_visible_page (window), ==, "problem");
  g_assert_null (hg_window_get_workbook (window));
  status = ADW_STATUS_PAGE (hg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                                 "problem-page"));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "damaged.hinagata"));
  /* Not the workbook the next start opens. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *last = g_settings_get_string (settings, "last-workbook");

    g_assert_null (strstr (last, "damaged.hinagata"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  hg_test_spin (50);

  after = hg_test_file_hash (path);
  g_assert_cmpstr (before, ==, after);
  hg_test_remove_dir (dir);
}

/* A save that passes validation but fails in the database (here a
 * read-only connection) is told to the user over the window. */
static void
test_failed_save_reported (HgTestWindow  *f,
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
test_accessible_names (HgTestWindow  *f,
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

/* The combo row titled @title under @root, or NULL. */
static AdwComboRow *
find_combo_row (GtkWidget  *root,
                const char *title)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      AdwComboRow *found;

      if (ADW_IS_COMBO_ROW (c)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), title) == 0)
        return ADW_COMBO_ROW (c);
      if ((found = find_combo_row (c, title)) != NULL)
        return found;
    }
  return NULL;
}

/* The representative named on the profile can be chosen for a role at
 * once, listed once, without adding them as a person. */
static void
test_representative_in_roles (HgTestWindow  *f,
                              gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  AdwComboRow *ciso;
  GListModel *names;
  guint found = GTK_INVALID_LIST_POSITION, n_found = 0;

  hg_window_show_page (f->window, "company");
  g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "緑川 正男",
                                 &error));
  g_assert_no_error (error);
  hg_test_spin (100);
  ciso = find_combo_row (GTK_WIDGET (company_page (f)), hg_org_role_label (HG_ORG_ROLE_CISO));
  g_assert_nonnull (ciso);
  names = adw_combo_row_get_model (ciso);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "緑川 正男"))
      {
        found = i;
        n_found++;
      }
  g_assert_cmpuint (n_found, ==, 1);
  adw_combo_row_set_selected (ciso, found);
  hg_test_spin (100);
  g_assert_cmpint (hg_org_role_get_holder (workbook, HG_ORG_ROLE_CISO, 0), ==,
                   hg_person_get_representative (workbook));
  g_assert_cmpint (hg_person_get_representative (workbook), >, 0);
}

static void
test_narrow_window (HgTestWindow  *f,
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
test_wide_window (HgTestWindow  *f,
                  gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (hg_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_LEAFLET,
                                                      NULL));
  const char *pages[] = { "overview", "company", "assets", "risks", "policy", "employees",
                          "assess" };

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  gtk_window_unmaximize (GTK_WINDOW (f->window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      hg_window_show_page (f->window, pages[i]);
      hg_test_spin (100);
      g_assert_false (adw_leaflet_get_folded (leaflet));
    }
}

/* Issue 15, item 4: the company page lists the contacts outside the
 * company; one is added through its dialog, whose wrong phone number is
 * marked with Save off; the list follows, and Undo takes the add back. */
static void
test_contacts (HgTestWindow  *f,
               gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  GtkWidget *group, *dialog, *row, *phone;
  g_autoptr(GPtrArray) after = NULL;
  guint before;

  hg_window_show_page (f->window, "company");
  hg_test_spin (20);
  group = hg_test_find_widget (GTK_WIDGET (company_page (f)), ADW_TYPE_PREFERENCES_GROUP,
                               "contacts-group");
  g_assert_nonnull (group);
  {
    g_autoptr(GPtrArray) list = hg_contact_list (workbook);

    before = list->len;
    g_assert_cmpuint (before, ==, 7);
    for (guint i = 0; i < list->len; i++)
      {
        g_autofree char *name = g_strdup_printf ("contact-%" G_GINT64_FORMAT,
                                                 ((HgContact *) list->pdata[i])->id);
        g_assert_nonnull (hg_test_find_widget (group, ADW_TYPE_ACTION_ROW, name));
      }
  }

  g_signal_emit_by_name (hg_test_find_widget (group, GTK_TYPE_BUTTON, "add-contact"), "clicked");
  hg_test_spin (20);
  dialog = hg_test_find_toplevel (HG_TYPE_CONTACT_DIALOG);
  g_assert_nonnull (dialog);
  hg_contact_dialog_set_text (HG_CONTACT_DIALOG (dialog), HG_CONTACT_FIELD_ORGANISATION,
                              "株式会社ミドリ保守");
  hg_contact_dialog_set_text (HG_CONTACT_DIALOG (dialog), HG_CONTACT_FIELD_PHONE, "052-abc");
  phone = hg_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, "phone");
  g_assert_nonnull (phone);
  g_assert_true (gtk_widget_has_css_class (phone, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  hg_contact_dialog_set_text (HG_CONTACT_DIALOG (dialog), HG_CONTACT_FIELD_PHONE, "052-111-2222");
  g_assert_false (gtk_widget_has_css_class (phone, "error"));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (20);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_CONTACT_DIALOG));

  after = hg_contact_list (workbook);
  g_assert_cmpuint (after->len, ==, before + 1);
  {
    const HgContact *added = after->pdata[after->len - 1];
    g_autofree char *name = g_strdup_printf ("contact-%" G_GINT64_FORMAT, added->id);

    g_assert_cmpstr (added->fields[HG_CONTACT_FIELD_PHONE], ==, "052-111-2222");
    row = hg_test_find_widget (group, ADW_TYPE_ACTION_ROW, name);
    g_assert_nonnull (row);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                              "052-111-2222"));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (20);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = hg_contact_list (workbook);
  g_assert_cmpuint (after->len, ==, before);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/opens-translated", test_opens_translated);
  hg_test_window_add ("/window/navigate", test_navigate);
  hg_test_window_add ("/window/typed-name-survives-reopen", test_typed_name_survives_reopen);
  hg_test_window_add ("/window/typing-pause-commits", test_typing_pause_commits);
  hg_test_window_add ("/window/invalid-input-not-saved", test_invalid_input_not_saved);
  hg_test_window_add ("/window/undo-redo", test_undo_redo_through_ui);
  hg_test_window_add ("/window/accessible-names", test_accessible_names);
  hg_test_window_add ("/window/narrow", test_narrow_window);
  hg_test_window_add ("/window/representative-in-roles", test_representative_in_roles);
  hg_test_window_add ("/window/wide", test_wide_window);
  hg_test_window_add ("/window/failed-save-reported", test_failed_save_reported);
  hg_test_window_add ("/window/contacts", test_contacts);
  g_test_add_func ("/window/refuses-bad-file", test_refuses_bad_file);
  g_test_add_func ("/window/refuses-damaged-after-check", test_refuses_damaged_after_check);
  return hg_test_window_run ();
}

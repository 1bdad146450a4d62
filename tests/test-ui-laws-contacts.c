/* test-ui-laws-contacts.c: the 運用 page's 法令 and 連絡先 tabs, driven as
 * a user would
 *
 * Issue 17, item 2: the laws listed with the one whose yearly check is
 * owed first, marked in words and with an icon; the watcher named and a
 * check recorded through the tab's dialog, a day to come refused at the
 * date field with what was typed kept, undone through the window; the
 * export. The contacts tab shows who holds the company's roles (or why
 * nobody does) and the contacts outside it with their night numbers; a
 * contact added through the company page's own dialog appears in it; the
 * export holds both; its button opens the company page.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-contact.h"
#include "hg-contact-dialog.h"
#include "hg-contacts-group.h"
#include "hg-contacts-view.h"
#include "hg-date-row.h"
#include "hg-law.h"
#include "hg-law-dialog.h"
#include "hg-laws-view.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-role-vacancy.h"
#include "hg-session.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static GtkWidget *
find (GtkWidget  *root,
      GType       type,
      const char *name)
{
  GtkWidget *widget = hg_test_find_widget (root, type, name);

  g_assert_nonnull (widget);
  return widget;
}

/* The tab @name of the 運用 page, shown. */
static GtkWidget *
show_tab (HgTestWindow *f,
          GType         type,
          const char   *name)
{
  GtkWidget *view;

  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  view = find (GTK_WIDGET (f->window), type, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           view, ADW_TYPE_VIEW_STACK)), name);
  hg_test_spin (50);
  return view;
}

static GPtrArray *
laws_of (HgTestWindow *f)
{
  HgSession *session = hg_window_get_session (f->window);
  g_autoptr(GError) error = NULL;
  GPtrArray *laws = hg_law_list (hg_session_get_workbook (session),
                                 hg_session_get_pack (session, NULL), &error);

  g_assert_no_error (error);
  g_assert_nonnull (laws);
  g_assert_cmpuint (laws->len, >, 2);
  return laws;
}

static GtkWidget *
law_row (GtkWidget  *view,
         const char *id)
{
  g_autofree char *name = g_strdup_printf ("law-%s", id);

  return find (view, ADW_TYPE_ACTION_ROW, name);
}

static GtkWidget *
open_dialog (GtkWidget  *view,
             const char *action,
             const char *id)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (view, action, "s", id));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_LAW_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

/* Every law checked this month but the last one of the rules' list: that
 * one comes first, marked. Its watcher is named, its check refused on a
 * day to come, then recorded, then undone through the window. */
static void
test_laws (HgTestWindow  *f,
           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GPtrArray) laws = laws_of (f);
  g_autoptr(HgPerson) person = hg_person_new ("山田 太郎", 0, "", "");
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "laws.csv", NULL);
  g_autofree char *text = NULL;
  const HgLaw *last = g_ptr_array_index (laws, laws->len - 1);
  g_autofree char *last_id = g_strdup (last->id);
  GtkWidget *view, *list, *dialog, *combo, *date, *problem;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_DECEMBER, 2026);
  g_assert_cmpint (hg_person_add (workbook, person, &error), >, 0);
  for (guint i = 0; i + 1 < laws->len; i++)
    g_assert_true (hg_law_record_check (workbook, g_ptr_array_index (laws, i), "2026-12-01",
                                        "鈴木 浩", &today, &error));
  g_assert_no_error (error);

  view = show_tab (f, HG_TYPE_LAWS_VIEW, "laws");
  hg_laws_view_set_today (HG_LAWS_VIEW (view), "2026-12-28");
  hg_test_spin (50);
  list = find (view, GTK_TYPE_LIST_BOX, "law-list");
  g_assert_cmpuint (hg_test_count_widgets (list, ADW_TYPE_ACTION_ROW), ==, laws->len);
  g_assert_true (gtk_widget_get_first_child (list) == law_row (view, last_id));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (law_row (view, last_id))),
                            _("Yearly check owed")));
  g_assert_nonnull (hg_test_find_widget (law_row (view, last_id), GTK_TYPE_IMAGE, NULL));
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (law_row (view, "law_personal_information"))),
                         _("Yearly check owed")));

  /* The watcher, from the people of the company ("Nobody" comes first). */
  dialog = open_dialog (view, "laws.watch", last_id);
  combo = find (dialog, ADW_TYPE_COMBO_ROW, "person");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (combo))), 1),
                   ==, "山田 太郎");
  g_assert_false (gtk_widget_get_visible (find (dialog, HG_TYPE_DATE_ROW, "checked-on")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 1);
  g_assert_true (hg_law_dialog_save (HG_LAW_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  g_clear_pointer (&laws, g_ptr_array_unref);
  laws = laws_of (f);
  g_assert_cmpstr (hg_law_find (laws, last_id)->watcher, ==, "山田 太郎");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (law_row (view, last_id))),
                            "山田 太郎"));

  /* The check: the watcher offered, a day to come refused at the field. */
  dialog = open_dialog (view, "laws.check", last_id);
  combo = find (dialog, ADW_TYPE_COMBO_ROW, "person");
  date = find (dialog, HG_TYPE_DATE_ROW, "checked-on");
  problem = find (dialog, GTK_TYPE_LABEL, "problem");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (combo))),
                                               adw_combo_row_get_selected (ADW_COMBO_ROW (combo))),
                   ==, "山田 太郎");
  g_assert_cmpstr (hg_date_row_get_value (HG_DATE_ROW (date)), ==, "2026-12-28");
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-12-29");
  g_assert_false (hg_law_dialog_save (HG_LAW_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (problem)),
                            _("A check cannot be recorded on a day still to come")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2026-12-29");
  g_clear_pointer (&laws, g_ptr_array_unref);
  laws = laws_of (f);
  g_assert_null (hg_law_find (laws, last_id)->checked);

  gtk_editable_set_text (GTK_EDITABLE (date), "2026/12/27");
  g_assert_true (hg_law_dialog_save (HG_LAW_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  g_clear_pointer (&laws, g_ptr_array_unref);
  laws = laws_of (f);
  g_assert_cmpstr (hg_law_find (laws, last_id)->checked, ==, "2026-12-27");
  g_assert_cmpstr (hg_law_find (laws, last_id)->checked_by, ==, "山田 太郎");
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (law_row (view, last_id))),
                         _("Yearly check owed")));
  g_assert_true (gtk_widget_get_first_child (list) != law_row (view, last_id));

  /* One undo step: the check goes, the watcher stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_clear_pointer (&laws, g_ptr_array_unref);
  laws = laws_of (f);
  g_assert_null (hg_law_find (laws, last_id)->checked);
  g_assert_cmpstr (hg_law_find (laws, last_id)->watcher, ==, "山田 太郎");
  g_assert_true (gtk_widget_get_first_child (list) == law_row (view, last_id));

  g_assert_true (hg_laws_view_export (HG_LAWS_VIEW (view), csv));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, hg_law_find (laws, last_id)->name));
  g_assert_nonnull (strstr (text, "山田 太郎"));
}

static guint
n_contacts (HgWorkbook *workbook)
{
  g_autoptr(GPtrArray) list = hg_contact_list (workbook);

  return list->len;
}

/* The roles (holder, or the reason nobody holds it) and the contacts with
 * their night numbers; a contact added through the reused dialog shows;
 * the export holds both; the button opens the company page. */
static void
test_contacts (HgTestWindow  *f,
               gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(HgPerson) person = hg_person_new ("佐藤 健一", 0, "", "03-1234-5601");
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "contacts.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "contacts.xlsx", NULL);
  g_autofree char *ciso = g_strdup_printf ("role-%s", hg_org_role_key (HG_ORG_ROLE_CISO));
  g_autofree char *auditor = g_strdup_printf ("role-%s", hg_org_role_key (HG_ORG_ROLE_AUDITOR));
  g_autofree char *text = NULL;
  GtkWidget *view, *group, *dialog, *row;
  guint before = n_contacts (workbook);
  gint64 id;

  id = hg_person_add (workbook, person, &error);
  g_assert_no_error (error);
  g_assert_true (hg_org_role_assign (workbook, HG_ORG_ROLE_CISO, 0, id, &error));
  g_assert_true (hg_role_vacancy_set (workbook, HG_ORG_ROLE_AUDITOR, "社員が少ないため", &error));
  g_assert_no_error (error);

  view = show_tab (f, HG_TYPE_CONTACTS_VIEW, "contacts");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find (view, ADW_TYPE_ACTION_ROW, ciso))),
                            "佐藤 健一"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find (view, ADW_TYPE_ACTION_ROW, ciso))),
                            "03-1234-5601"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find (view, ADW_TYPE_ACTION_ROW, auditor))),
                            "社員が少ないため"));
  group = find (view, HG_TYPE_CONTACTS_GROUP, NULL);
  g_assert_cmpuint (before, >, 0);
  g_assert_cmpuint (hg_test_count_widgets (group, ADW_TYPE_ACTION_ROW), ==, before);

  /* The company page's own dialog, from the tab's Add button. */
  g_signal_emit_by_name (find (group, GTK_TYPE_BUTTON, "add-contact"), "clicked");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_CONTACT_DIALOG);
  g_assert_nonnull (dialog);
  hg_contact_dialog_set_text (HG_CONTACT_DIALOG (dialog), HG_CONTACT_FIELD_ORGANISATION,
                              "株式会社ミドリ保守");
  hg_contact_dialog_set_text (HG_CONTACT_DIALOG (dialog), HG_CONTACT_FIELD_PHONE_AFTER_HOURS,
                              "090-1111-2222");
  g_assert_true (hg_contact_dialog_save (HG_CONTACT_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
  g_assert_cmpuint (n_contacts (workbook), ==, before + 1);
  g_assert_cmpuint (hg_test_count_widgets (group, ADW_TYPE_ACTION_ROW), ==, before + 1);
  {
    g_autoptr(GPtrArray) contacts = hg_contact_list (workbook);
    const HgContact *added = g_ptr_array_index (contacts, contacts->len - 1);
    g_autofree char *name = g_strdup_printf ("contact-%" G_GINT64_FORMAT, added->id);

    row = find (group, ADW_TYPE_ACTION_ROW, name);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "株式会社ミドリ保守");
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "090-1111-2222"));
  }

  g_assert_true (hg_contacts_view_export (HG_CONTACTS_VIEW (view), csv));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "佐藤 健一"));
  g_assert_nonnull (strstr (text, "社員が少ないため"));
  g_assert_nonnull (strstr (text, "株式会社ミドリ保守"));
  g_assert_nonnull (strstr (text, "090-1111-2222"));
  g_assert_true (hg_contacts_view_export (HG_CONTACTS_VIEW (view), xlsx));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  g_signal_emit_by_name (find (view, GTK_TYPE_BUTTON, "open-company"), "clicked");
  hg_test_spin (50);
  g_assert_cmpstr (hg_window_get_visible_page (f->window), ==, "company");
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/practice/laws", test_laws);
  hg_test_window_add ("/window/practice/contacts", test_contacts);
  return hg_test_window_run ();
}

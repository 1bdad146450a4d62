/* test-dialogs.c: every dialog and view comes from its template
 *
 * Each dialog is made the way GtkBuilder makes it: from a .ui text that
 * names only its class and properties. It must come out filled from the
 * workbook, as its _new() function gives it, with the widgets of its
 * template. Needs a display (Xvfb in CI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-date.h"
#include "hg-test-ui.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hg-asset-dialog.h"
#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-list-dialog.h"
#include "hg-note-dialog.h"
#include "hg-pack-problems-dialog.h"
#include "hg-department.h"
#include "hg-department-dialog.h"
#include "hg-education.h"
#include "hg-employee.h"
#include "hg-employment-dialog.h"
#include "hg-handbook-receipt.h"
#include "hg-import-dialog.h"
#include "hg-policy.h"
#include "hg-receipt-dialog.h"
#include "hg-revision.h"
#include "hg-rule-dialog.h"
#include "hg-rule-item.h"
#include "hg-rules-editor.h"
#include "hg-risk-catalogue.h"
#include "hg-risk-controls-view.h"
#include "hg-risk-diagnosis-view.h"
#include "hg-risk-threats-view.h"
#include "hg-risk-sheet.h"
#include "hg-risk-tables.h"
#include "hg-risk-tables-dialog.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-test-risk.h"
#include "hg-threat-dialog.h"
#include "hg-threat-links-dialog.h"
#include "hg-treatment-dialog.h"
#include "hg-versions-window.h"
#include "hg-training-dialog.h"
#include "hg-person.h"
#include "hg-person-dialog.h"
#include "hg-test-util.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "dialogs.hinagata", "株式会社ダイアログ");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Builds "<object class=@class_name>@properties</object>" with the
 * fixture's workbook known as "workbook", as a .ui file would. */
static GtkWidget *
build (Fixture    *f,
       const char *class_name,
       const char *properties)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = g_strdup_printf ("<interface><object class=\"%s\" id=\"built\">%s"
                                          "</object></interface>", class_name, properties);
  GObject *built;

  gtk_builder_expose_object (builder, "workbook", G_OBJECT (f->workbook));
  gtk_builder_add_from_string (builder, xml, -1, &error);
  g_assert_no_error (error);
  built = gtk_builder_get_object (builder, "built");
  g_assert_true (GTK_IS_WIDGET (built));
  return GTK_WIDGET (g_object_ref (built));
}

static void
destroy (GtkWidget *widget)
{
  if (GTK_IS_WINDOW (widget))
    gtk_window_destroy (GTK_WINDOW (widget));
  g_object_unref (widget);
}

/* The template child @name of @widget, which must be there. */
static gpointer
child (GtkWidget  *widget,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (found);
  return found;
}

/* How many widgets of @type are under @root. */
static guint
count (GtkWidget *root,
       GType      type)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    n += G_TYPE_CHECK_INSTANCE_TYPE (c, type) + count (c, type);
  return n;
}

static const char *
text_of (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

/* ---- Company ------------------------------------------------------------- */

static void
test_department (Fixture       *f,
                 gconstpointer  data)
{
  gint64 id = hg_department_add (f->workbook, "営業部", NULL);
  g_autofree char *props = g_strdup_printf ("<property name=\"workbook\">workbook</property>"
                                            "<property name=\"department-id\">%" G_GINT64_FORMAT
                                            "</property>", id);
  GtkWidget *dialog;

  g_assert_cmpint (id, >, 0);
  dialog = build (f, "HgDepartmentDialog", props);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("Rename Department"));
  g_assert_cmpstr (text_of (child (dialog, "name_row")), ==, "営業部");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  destroy (dialog);

  /* Without an id it adds one; the empty name cannot be saved. */
  dialog = build (f, "HgDepartmentDialog", "<property name=\"workbook\">workbook</property>");
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("Add Department"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "save"),
                   ==, _("_Add"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "name_row")), "営業部");
  g_assert_true (gtk_widget_get_visible (child (dialog, "problem_label")));
  destroy (dialog);
}

static void
test_person (Fixture       *f,
             gconstpointer  data)
{
  gint64 department = hg_department_add (f->workbook, "総務部", NULL);
  g_autoptr(HgPerson) person = hg_person_new ("山田 花子", department, "hanako@example.jp",
                                              "03-1234-5678");
  gint64 id = hg_person_add (f->workbook, person, NULL);
  g_autofree char *props = g_strdup_printf ("<property name=\"workbook\">workbook</property>"
                                            "<property name=\"person-id\">%" G_GINT64_FORMAT
                                            "</property>", id);
  GtkWidget *dialog = build (f, "HgPersonDialog", props);
  AdwComboRow *department_row = child (dialog, "department_row");

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("Edit Person"));
  g_assert_cmpstr (text_of (child (dialog, "name_row")), ==, "山田 花子");
  g_assert_cmpstr (text_of (child (dialog, "email_row")), ==, "hanako@example.jp");
  g_assert_cmpstr (text_of (child (dialog, "phone_row")), ==, "03-1234-5678");
  /* "No department", then 総務部, chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (department_row)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (department_row), ==, 1);
  destroy (dialog);
}

/* ---- Assets -------------------------------------------------------------- */

static void
test_asset (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(HgPerson) person = hg_person_new ("鈴木 一郎", 0, "", "");
  g_autoptr(HgAssetData) saved = NULL;
  g_autofree char *props = NULL;
  GtkWidget *dialog;
  gint64 id;

  g_free (asset->name);
  asset->name = g_strdup ("顧客名簿");
  g_free (asset->business_category);
  asset->business_category = g_strdup ("営業");
  g_free (asset->notes);
  asset->notes = g_strdup ("取引先の担当者");
  g_free (asset->users);
  asset->users = g_strdup ("営業部");
  g_free (asset->retention);
  asset->retention = g_strdup ("5年");
  asset->department_id = hg_department_add (f->workbook, "営業部", NULL);
  asset->owner_id = hg_person_add (f->workbook, person, NULL);
  asset->flags = HG_ASSET_PERSONAL;
  asset->confidentiality = 3;
  asset->integrity = 2;
  asset->availability = 1;
  id = hg_asset_store_add (f->workbook, asset, NULL);
  g_assert_cmpint (id, >, 0);

  props = g_strdup_printf ("<property name=\"workbook\">workbook</property>"
                           "<property name=\"asset-id\">%" G_GINT64_FORMAT "</property>", id);
  dialog = build (f, "HgAssetDialog", props);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("Edit Asset"));
  /* Every field as stored: filling one field must not wipe the others. */
  g_assert_cmpstr (text_of (child (dialog, "name_row")), ==, "顧客名簿");
  g_assert_cmpstr (text_of (child (dialog, "category_row")), ==, "営業");
  g_assert_cmpstr (text_of (child (dialog, "notes_row")), ==, "取引先の担当者");
  g_assert_cmpstr (text_of (child (dialog, "users_row")), ==, "営業部");
  g_assert_cmpstr (text_of (child (dialog, "retention_row")), ==, "5年");
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "department_row")), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "owner_row")), ==, 1);
  g_assert_true (gtk_switch_get_active (child (dialog, "personal_switch")));
  g_assert_false (gtk_switch_get_active (child (dialog, "sensitive_switch")));
  g_assert_true (gtk_check_button_get_active (child (dialog, "confidentiality_3")));
  g_assert_true (gtk_check_button_get_active (child (dialog, "integrity_2")));
  g_assert_true (gtk_check_button_get_active (child (dialog, "availability_1")));

  /* Saving what was shown keeps what was stored. */
  hg_asset_dialog_set_name (HG_ASSET_DIALOG (dialog), "顧客名簿（2026年度）");
  g_assert_true (hg_asset_dialog_save (HG_ASSET_DIALOG (dialog)));
  saved = hg_asset_store_get (f->workbook, id);
  g_assert_cmpstr (saved->name, ==, "顧客名簿（2026年度）");
  g_assert_cmpstr (saved->business_category, ==, "営業");
  g_assert_cmpstr (saved->notes, ==, "取引先の担当者");
  g_assert_cmpstr (saved->retention, ==, "5年");
  g_assert_cmpint (saved->owner_id, ==, asset->owner_id);
  g_object_unref (dialog);

  dialog = build (f, "HgAssetDialog", "<property name=\"workbook\">workbook</property>");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("New Asset"));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "save_button")));
  destroy (dialog);
}

static gint64
add_asset (Fixture    *f,
           const char *name,
           gint64      medium_id)
{
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  gint64 id;

  g_free (asset->name);
  asset->name = g_strdup (name);
  asset->medium_id = medium_id;
  asset->confidentiality = asset->integrity = asset->availability = 1;
  id = hg_asset_store_add (f->workbook, asset, NULL);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_bulk_edit (Fixture       *f,
                gconstpointer  data)
{
  gint64 medium = hg_asset_store_add_medium (f->workbook, "倉庫の棚", NULL);
  gint64 first = add_asset (f, "見積書", 0);
  gint64 second = add_asset (f, "請求書", 0);
  g_autofree char *props = g_strdup_printf ("<property name=\"workbook\">workbook</property>"
                                            "<property name=\"asset-ids\">[%" G_GINT64_FORMAT
                                            ", %" G_GINT64_FORMAT "]</property>", first, second);
  g_autoptr(HgPerson) person = hg_person_new ("製造 部長", 0, "", "");
  gint64 manager = hg_person_add (f->workbook, person, NULL);
  GtkWidget *dialog = build (f, "HgBulkEditDialog", props);
  AdwComboRow *medium_row = child (dialog, "medium_row");
  AdwComboRow *owner_row = child (dialog, "owner_row");
  GListModel *owners = adw_combo_row_get_model (owner_row);
  GListModel *media = adw_combo_row_get_model (medium_row);
  g_autoptr(HgAssetData) edited = NULL;
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Edit %u Asset",
                                                           "Edit %u Assets", 2), 2);

  {
    g_autofree char *shown = NULL;

    /* Markup: the heading breaks only around the title (test-ui-narrow). */
    g_assert_true (pango_parse_markup (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                       -1, 0, NULL, &shown, NULL, NULL));
    g_assert_cmpstr (shown, ==, heading);
  }
  /* Keep, none, then the media of the workbook. */
  g_assert_cmpuint (g_list_model_get_n_items (media), >=, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (media), 0), ==, _("Keep as it is"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (media),
                                               g_list_model_get_n_items (media) - 1), ==,
                   "倉庫の棚");
  g_assert_cmpstr (adw_preferences_row_get_title (child (dialog, "level_row_0")), ==,
                   _("Confidentiality"));

  /* The manager can be set for all: keep, no one, then the people. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (owner_row)), ==,
                   _("Manager"));
  g_assert_cmpuint (g_list_model_get_n_items (owners), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (owners), 2), ==, "製造 部長");
  /* No bare 3/2/1: the list says what each level means, and the row what
   * the chosen one means; "Keep" says nothing more. */
  g_assert_nonnull (adw_combo_row_get_list_factory (child (dialog, "level_row_2")));
  g_assert_cmpstr (adw_action_row_get_subtitle (child (dialog, "level_row_2")), ==, "");
  adw_combo_row_set_selected (child (dialog, "level_row_2"), 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (child (dialog, "level_row_2")), ==,
                   hg_asset_level_criteria (HG_ASSET_AXIS_AVAILABILITY, 3));
  adw_combo_row_set_selected (child (dialog, "level_row_0"), 3);
  g_assert_cmpstr (adw_action_row_get_subtitle (child (dialog, "level_row_0")), ==,
                   hg_asset_level_criteria (HG_ASSET_AXIS_CONFIDENTIALITY, 1));
  adw_combo_row_set_selected (child (dialog, "level_row_0"), 0);

  /* Only the medium, the manager and the availability change, for both. */
  adw_combo_row_set_selected (medium_row, g_list_model_get_n_items (media) - 1);
  adw_combo_row_set_selected (owner_row, 2);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  edited = hg_asset_store_get (f->workbook, second);
  g_assert_cmpint (edited->medium_id, ==, medium);
  g_assert_cmpint (edited->owner_id, ==, manager);
  g_assert_cmpuint (edited->availability, ==, 3);
  g_assert_cmpuint (edited->confidentiality, ==, 1);
  g_clear_pointer (&edited, hg_asset_data_free);
  edited = hg_asset_store_get (f->workbook, first);
  g_assert_cmpint (edited->owner_id, ==, manager);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Edit 2 Assets");
  destroy (dialog);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *dialog = build (f, "HgListDialog", "<property name=\"workbook\">workbook</property>"
                                                "<property name=\"kind\">labels</property>");
  AdwPreferencesGroup *group = child (dialog, "group");
  g_autofree char *first = g_strdup_printf (_("Confidentiality %u"), 3);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("Classification Labels"));
  /* One row a confidentiality level, 3 first. */
  g_assert_nonnull (hg_test_find_widget (GTK_WIDGET (group), ADW_TYPE_ENTRY_ROW, NULL));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     hg_test_find_widget (GTK_WIDGET (group), ADW_TYPE_ENTRY_ROW, NULL))), ==,
                   first);
  destroy (dialog);

  dialog = build (f, "HgListDialog", "<property name=\"workbook\">workbook</property>");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("Media and Storage Places"));
  destroy (dialog);
}

/* ---- Employees ----------------------------------------------------------- */

static gint64
add_employee (Fixture    *f,
              const char *name,
              const char *hired_on)
{
  g_autoptr(HgPerson) person = hg_person_new (name, 0, "", "");
  g_autoptr(HgEmployment) employment = hg_employment_new (hired_on, "主任", HG_EMPLOYEE_ACTIVE, "");
  gint64 id = hg_person_add (f->workbook, person, NULL);

  g_assert_cmpint (id, >, 0);
  g_assert_true (hg_employee_set_employment (f->workbook, id, employment, NULL));
  return id;
}

static void
test_employment (Fixture       *f,
                 gconstpointer  data)
{
  gint64 id = add_employee (f, "青木 一郎", "2026-04-01");
  g_autoptr(HgEducationSession) session = hg_education_session_new ("2026-05-01", "標的型メール",
                                                                    "");
  g_autofree char *props = NULL;
  GtkWidget *dialog;

  hg_education_session_add_attendee (session, id);
  g_assert_cmpint (hg_education_add (f->workbook, session, NULL), >, 0);
  props = g_strdup_printf ("<property name=\"workbook\">workbook</property>"
                           "<property name=\"person-id\">%" G_GINT64_FORMAT "</property>", id);
  dialog = build (f, "HgEmploymentDialog", props);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, "青木 一郎");
  {
    g_autofree char *hired = hg_date_format ("2026-04-01", HG_DATE_STYLE_LONG);

    g_assert_cmpstr (text_of (child (dialog, "hired_row")), ==, hired);
  }
  g_assert_cmpstr (text_of (child (dialog, "position_row")), ==, "主任");
  /* The training attended is listed; "none yet" is not shown. */
  g_assert_true (gtk_widget_get_visible (child (dialog, "history_list")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "no_history_label")));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_widget_get_first_child (child (dialog, "history_list")))), ==,
                   "標的型メール");
  {
    /* Its date as the interface language writes it. */
    g_autofree char *held_on = hg_date_format ("2026-05-01", HG_DATE_STYLE_LONG);

    g_assert_cmpstr (held_on, !=, "2026-05-01");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                       gtk_widget_get_first_child (child (dialog, "history_list")))), ==,
                     held_on);
  }
  destroy (dialog);
}

static void
test_receipt (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, NULL);
  g_autoptr(HgDoc) doc = hg_doc_new (HG_HANDBOOK_DOCUMENT, "情報セキュリティハンドブック",
                                     "株式会社ダイアログ");
  gint64 first = add_employee (f, "青木 一郎", "2026-04-01");
  gint64 second = add_employee (f, "馬場 二郎", "2026-04-01");
  g_autoptr(HgHandbook) handbook = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *props = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "パスワードは10文字以上にする。");
  g_assert_true (hg_revision_approve (f->workbook, hg_pack_get_id (pack), doc, "制定", "",
                                      "代表 太郎", "2026-03-01", NULL, NULL));
  handbook = hg_handbook_get_for_workbook (f->workbook);
  props = g_strdup_printf ("<property name=\"workbook\">workbook</property>"
                           "<property name=\"pack-id\">%s</property>"
                           "<property name=\"document-id\">%s</property>"
                           "<property name=\"person-ids\">[%" G_GINT64_FORMAT ", %"
                           G_GINT64_FORMAT "]</property>", handbook->pack_id,
                           handbook->document_id, first, second);
  dialog = build (f, "HgReceiptDialog", props);
  body = g_strdup_printf (_("%s received the handbook."), "青木 一郎, 馬場 二郎");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, body);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (child (dialog,
                                                                             "version_row"))),
                    ==, 1);
  /* Enter in the date records, as the dialog's default response. */
  hg_receipt_dialog_set_date (HG_RECEIPT_DIALOG (dialog), "2026-04-02");
  g_signal_emit_by_name (child (dialog, "date_row"), "entry-activated");
  people = hg_employee_list (f->workbook, handbook->pack_id, handbook->document_id);
  for (guint i = 0; i < people->len; i++)
    g_assert_cmpuint (hg_employee_get_data (g_ptr_array_index (people, i))->received_version,
                      ==, 1);
  destroy (dialog);
}

static void
test_training (Fixture       *f,
               gconstpointer  data)
{
  gint64 first = add_employee (f, "青木 一郎", "2026-04-01");
  gint64 second = add_employee (f, "馬場 二郎", "2026-04-01");
  g_autofree char *props = g_strdup_printf ("<property name=\"workbook\">workbook</property>"
                                            "<property name=\"attendees\">[%" G_GINT64_FORMAT
                                            "]</property>", second);
  GtkWidget *dialog = build (f, "HgTrainingDialog", props);
  GtkWidget *list = child (dialog, "people_list");
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected",
                                                         "%u selected", 1), 1);

  (void) first;
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("Add Training Session"));
  /* Everyone is listed, the one chosen on the page ticked. */
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "count_label")), ==, count);
  g_assert_nonnull (hg_test_find_widget (list, GTK_TYPE_CHECK_BUTTON, NULL));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "topic_row")), "標的型メール");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  destroy (dialog);
}

/* ---- Import preview ------------------------------------------------------ */

static gboolean
count_apply (HgWorkbook  *workbook,
             gpointer     import,
             GError     **error)
{
  (*(guint *) import)++;
  return TRUE;
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  guint applied = 0;
  GtkWidget *dialog;

  dialog = g_object_ref_sink (g_object_new (HG_TYPE_IMPORT_DIALOG,
                                            "workbook", f->workbook,
                                            "title", "Import",
                                            "path", "/tmp/台帳.csv",
                                            "problems", problems,
                                            "summary", "2 assets will be added",
                                            "apply-func", count_apply,
                                            "import", &applied,
                                            NULL));
  g_assert_cmpstr (adw_window_title_get_subtitle (child (dialog, "window_title")), ==, "台帳.csv");
  g_assert_cmpstr (adw_window_title_get_title (child (dialog, "window_title")), ==, "Import");
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "summary_label")), ==,
                   "2 assets will be added");
  g_assert_false (gtk_widget_get_visible (child (dialog, "problems_list")));
  hg_import_dialog_add_row (HG_IMPORT_DIALOG (dialog), "見積書", "Line 2");
  g_assert_nonnull (gtk_widget_get_first_child (child (dialog, "rows_list")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "import_button")));
  g_signal_emit_by_name (child (dialog, "import_button"), "clicked");
  g_assert_cmpuint (applied, ==, 1);
  g_object_unref (dialog);
}

/* ---- Policy -------------------------------------------------------------- */

static void
test_pack_problems (Fixture       *f,
                    gconstpointer  data)
{
  const char *problems[] = { "3行目: <rule> に id がありません", "9行目: 閉じていない要素", NULL };
  /* Translators: %s is a file name */
  g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Used"), "壊れた.xml");
  GtkWidget *dialog = g_object_ref_sink (g_object_new (HG_TYPE_PACK_PROBLEMS_DIALOG,
                                                       "path", "/tmp/packs/壊れた.xml",
                                                       "problems", problems,
                                                       "message", "使われない",
                                                       NULL));
  GtkWidget *row;

  {
    g_autofree char *shown = NULL;

    /* Markup: the heading breaks only around the title (test-ui-narrow). */
    g_assert_true (pango_parse_markup (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                       -1, 0, NULL, &shown, NULL, NULL));
    g_assert_cmpstr (shown, ==, heading);
  }
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "close"));
  g_assert_cmpuint (count (child (dialog, "problem_list"), ADW_TYPE_ACTION_ROW), ==, 2);
  row = gtk_widget_get_first_child (child (dialog, "problem_list"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, problems[0]);
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  destroy (dialog);

  /* No lines to list: the one message stands in for them. */
  dialog = g_object_ref_sink (g_object_new (HG_TYPE_PACK_PROBLEMS_DIALOG,
                                            "path", "/tmp/packs/壊れた.xml",
                                            "message", "ファイルを開けません",
                                            NULL));
  row = gtk_widget_get_first_child (child (dialog, "problem_list"));
  g_assert_cmpuint (count (child (dialog, "problem_list"), ADW_TYPE_ACTION_ROW), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "ファイルを開けません");
  destroy (dialog);
}

/* The whole text of a text view's buffer, as shown (a chip is U+FFFC). */
static char *
shown_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_slice (buffer, &start, &end, TRUE);
}

static void
set_shown_text (GtkTextView *view,
                const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
test_rule (Fixture       *f,
           gconstpointer  data)
{
  const char *wording = "{company.representative_title}は、{{例}}を{role.ciso}に任せる。";
  GVariantBuilder values;
  GtkWidget *dialog;
  AdwMessageDialog *message;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  GtkWidget *chip;
  g_autofree char *shown = NULL;
  g_autofree char *appended = NULL;

  g_variant_builder_init (&values, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&values, "{ss}", "company.representative_title", "代表取締役社長");
  g_variant_builder_add (&values, "{ss}", "role.ciso", "情報セキュリティ責任者");
  dialog = g_object_ref_sink (g_object_new (HG_TYPE_RULE_DIALOG,
                                            "kind", HG_RULE_EDIT_REWORD,
                                            "rule", "org_roles_set",
                                            "text", wording,
                                            "variables", g_variant_builder_end (&values),
                                            NULL));
  message = ADW_MESSAGE_DIALOG (dialog);
  view = child (dialog, "text_view");
  buffer = gtk_text_view_get_buffer (view);

  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, _("Reword the Rule"));
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "title_label")), ==, _("Wording"));
  /* Several lines, wrapped; the variables shown as what they stand for,
   * never as raw names. */
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (view), ==, GTK_WRAP_WORD_CHAR);
  shown = shown_text (view);
  g_assert_null (strstr (shown, "{company"));
  g_assert_null (strstr (shown, "{role"));
  g_assert_true (g_str_has_prefix (shown, "\xef\xbf\xbcは、{{例}}を"));
  chip = hg_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, NULL);
  g_assert_nonnull (chip);
  g_assert_true (gtk_widget_has_css_class (chip, "rule-variable"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (chip)), ==, "代表取締役社長");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chip), ==, "{company.representative_title}");
  /* Stored as it came: the format is unchanged. */
  g_assert_cmpstr (hg_rule_dialog_get_text (HG_RULE_DIALOG (dialog)), ==, wording);
  g_assert_true (adw_message_dialog_get_response_enabled (message, "apply"));
  g_assert_false (gtk_widget_get_visible (child (dialog, "problem_label")));
  g_assert_cmpstr (adw_message_dialog_get_close_response (message), ==, "cancel");
  g_assert_cmpstr (hg_rule_dialog_get_rule (HG_RULE_DIALOG (dialog)), ==, "org_roles_set");
  g_assert_cmpint (hg_rule_dialog_get_kind (HG_RULE_DIALOG (dialog)), ==, HG_RULE_EDIT_REWORD);

  /* Typing keeps the variables; a name typed in braces is one. */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\n{company.name}も同じ。", -1);
  appended = g_strconcat (wording, "\n{company.name}も同じ。", NULL);
  g_assert_cmpstr (hg_rule_dialog_get_text (HG_RULE_DIALOG (dialog)), ==, appended);

  /* A chip deleted is a variable gone, and the dialog says which before
   * anything is applied. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 1);
  gtk_text_buffer_delete (buffer, &start, &end);
  g_assert_null (strstr (hg_rule_dialog_get_text (HG_RULE_DIALOG (dialog)),
                         "{company.representative_title}"));
  g_assert_true (gtk_widget_get_visible (child (dialog, "problem_label")));
  g_assert_nonnull (strstr (gtk_label_get_text (child (dialog, "problem_label")),
                            "代表取締役社長"));
  g_assert_nonnull (strstr (gtk_label_get_text (child (dialog, "problem_label")),
                            "{company.representative_title}"));

  /* Blank wording cannot be applied. */
  set_shown_text (view, "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (message, "apply"));
  destroy (dialog);

  dialog = g_object_ref_sink (g_object_new (HG_TYPE_RULE_DIALOG,
                                            "kind", HG_RULE_EDIT_EXCLUDE,
                                            "rule", "password-length",
                                            NULL));
  message = ADW_MESSAGE_DIALOG (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, _("Leave the Rule Out"));
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "title_label")), ==, _("Reason"));
  g_assert_cmpstr (hg_rule_dialog_get_text (HG_RULE_DIALOG (dialog)), ==, "");
  g_assert_false (adw_message_dialog_get_response_enabled (message, "apply"));
  destroy (dialog);

  dialog = g_object_ref_sink (g_object_new (HG_TYPE_RULE_DIALOG,
                                            "kind", HG_RULE_EDIT_ADD,
                                            "rule", "password-length",
                                            NULL));
  message = ADW_MESSAGE_DIALOG (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, _("Add a Rule After This One"));
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==,
                   _("Write the new rule as one sentence or a short paragraph."));
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "title_label")), ==, _("Rule"));
  set_shown_text (child (dialog, "text_view"), "私物の持ち込みは届け出る。");
  g_assert_true (adw_message_dialog_get_response_enabled (message, "apply"));
  g_assert_cmpstr (hg_rule_dialog_get_text (HG_RULE_DIALOG (dialog)), ==,
                   "私物の持ち込みは届け出る。");
  destroy (dialog);
}

static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, NULL);
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *window;

  /* Nothing approved: the window says so. */
  window = g_object_ref_sink (hg_versions_window_new (f->workbook, pack, "rules"));
  g_assert_true (gtk_widget_get_visible (child (window, "empty_page")));
  g_assert_false (gtk_widget_get_visible (child (window, "versions_page")));
  destroy (window);

  doc = hg_policy_build_document (f->workbook, pack, "rules", NULL);
  g_assert_true (hg_revision_approve (f->workbook, hg_pack_get_id (pack), doc, "制定", "",
                                      "代表 太郎", "2026-04-01", NULL, NULL));
  window = g_object_ref_sink (g_object_new (HG_TYPE_VERSIONS_WINDOW,
                                            "workbook", f->workbook,
                                            "pack", pack,
                                            "document-id", "rules",
                                            NULL));
  /* The document named in the interface's language. */
  summary = g_strdup_printf (_("Versions of %s"), doc->display_title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, summary);
  g_assert_true (gtk_widget_get_visible (child (window, "versions_page")));
  g_assert_nonnull (gtk_widget_get_first_child (child (window, "versions_list")));
  /* Version 1 against today's text, which has not changed. */
  g_clear_pointer (&summary, g_free);
  summary = hg_versions_window_get_summary (HG_VERSIONS_WINDOW (window));
  g_assert_cmpstr (summary, ==, _("The two texts are the same."));
  g_assert_true (gtk_switch_get_active (child (window, "changes_only")));
  g_assert_nonnull (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (
                      gtk_text_view_get_buffer (child (window, "view"))), "added"));
  destroy (window);
}

static guint
count_headings (GListModel *lines)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(HgRuleItem) item = g_list_model_get_item (lines, i);

      n += hg_rule_item_get_kind (item) == HG_RULE_ITEM_HEADING;
    }
  return n;
}

static void
test_rules_editor (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, NULL);
  GtkWidget *editor = g_object_ref_sink (g_object_new (HG_TYPE_RULES_EDITOR,
                                                       "pack", pack,
                                                       "workbook", f->workbook,
                                                       NULL));
  guint n_chapters;

  GListModel *lines = hg_rules_editor_get_model (HG_RULES_EDITOR (editor));

  hg_rules_editor_reload (HG_RULES_EDITOR (editor));
  g_assert_cmpuint (hg_rules_editor_get_n_rules (HG_RULES_EDITOR (editor)), >, 0);
  n_chapters = count_headings (lines);
  g_assert_cmpuint (n_chapters, >, 0);
  /* Again: the lines are kept, not added to. */
  hg_rules_editor_reload (HG_RULES_EDITOR (editor));
  g_assert_cmpuint (count_headings (lines), ==, n_chapters);
  g_object_set (editor, "workbook", NULL, NULL);
  g_assert_finalize_object (editor);
}

/* ---- Risks ---------------------------------------------------------------- */

static void
test_note (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *dialog = g_object_ref_sink (g_object_new (HG_TYPE_NOTE_DIALOG,
                                                       "control", "backup",
                                                       "body", "バックアップを取る",
                                                       "note", "週に一度",
                                                       NULL));
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (dialog);

  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, _("Note on the Measure"));
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==, "バックアップを取る");
  g_assert_cmpstr (adw_preferences_row_get_title (child (dialog, "note_row")), ==, _("Note"));
  g_assert_cmpstr (text_of (child (dialog, "note_row")), ==, "週に一度");
  g_assert_cmpstr (adw_message_dialog_get_default_response (message), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (message), ==, "cancel");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "note_row")), "毎日");
  g_assert_cmpstr (hg_note_dialog_get_control (HG_NOTE_DIALOG (dialog)), ==, "backup");
  g_assert_cmpstr (hg_note_dialog_get_note (HG_NOTE_DIALOG (dialog)), ==, "毎日");
  destroy (dialog);
}

static void
test_threat (Fixture       *f,
             gconstpointer  data)
{
  /* Translators: %s is a medium of the register, e.g. 事務所PC */
  g_autofree char *heading = g_strdup_printf (_("Add a Threat to %s"), "事務所PC");
  GtkWidget *dialog = g_object_ref_sink (g_object_new (HG_TYPE_THREAT_DIALOG,
                                                       "medium-id", (gint64) 4,
                                                       "medium-name", "事務所PC",
                                                       NULL));
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (dialog);

  /* Adding: the heading names the medium, Add waits for a name. */
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_body (message), !=, "");
  g_assert_cmpstr (adw_message_dialog_get_response_label (message, "save"), ==, _("_Add"));
  g_assert_false (adw_message_dialog_get_response_enabled (message, "save"));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "name_row")), "盗難");
  g_assert_true (adw_message_dialog_get_response_enabled (message, "save"));
  g_assert_cmpint (hg_threat_dialog_get_medium_id (HG_THREAT_DIALOG (dialog)), ==, 4);
  g_assert_cmpint (hg_threat_dialog_get_threat_id (HG_THREAT_DIALOG (dialog)), ==, 0);
  g_assert_cmpstr (hg_threat_dialog_get_name (HG_THREAT_DIALOG (dialog)), ==, "盗難");
  destroy (dialog);

  /* Renaming: the old name and description are there to edit. */
  dialog = g_object_ref_sink (g_object_new (HG_TYPE_THREAT_DIALOG,
                                            "medium-id", (gint64) 4,
                                            "threat-id", (gint64) 9,
                                            "name", "紛失",
                                            "description", "持ち出して失くす",
                                            NULL));
  message = ADW_MESSAGE_DIALOG (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, _("Rename the Threat"));
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==, "");
  g_assert_cmpstr (adw_message_dialog_get_response_label (message, "save"), ==, _("_Save"));
  g_assert_true (adw_message_dialog_get_response_enabled (message, "save"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (message), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (message), ==, "cancel");
  g_assert_cmpstr (text_of (child (dialog, "name_row")), ==, "紛失");
  g_assert_cmpstr (text_of (child (dialog, "description_row")), ==, "持ち出して失くす");
  g_assert_cmpint (hg_threat_dialog_get_threat_id (HG_THREAT_DIALOG (dialog)), ==, 9);
  destroy (dialog);
}

typedef struct
{
  HgRiskCatalogue *catalogue;
  HgRiskSheet     *sheet;
} Risks;

/* The test catalogue set up in the fixture's workbook, one asset on paper,
 * and the sheet of it. */
static void
risks_setup (Fixture *f,
             Risks   *r)
{
  r->catalogue = hg_test_risk_catalogue ();
  g_assert_true (hg_risk_setup (f->workbook, r->catalogue, NULL));
  hg_test_risk_add_asset (f->workbook, "見積書", "書類", 0, 3, 2, 1);
  r->sheet = hg_risk_sheet_new (f->workbook, r->catalogue);
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (r->sheet), >, 0);
}

static void
risks_teardown (Risks *r)
{
  g_clear_pointer (&r->sheet, hg_risk_sheet_free);
  g_clear_pointer (&r->catalogue, hg_risk_catalogue_free);
}

static void
test_risk_tables (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *dialog = build (f, "HgRiskTablesDialog",
                             "<property name=\"workbook\">workbook</property>");
  HgRiskTables tables;

  hg_risk_tables_load (f->workbook, &tables);
  g_assert_cmpuint (gtk_drop_down_get_selected (child (dialog, "damage_3_1")) + 1, ==,
                    hg_risk_tables_damage (&tables, 3, 1));
  /* Each cell's list, and its tooltip, say what the chosen level means. */
  {
    g_autofree char *meaning = g_strdup_printf (_("%u — %s"), hg_risk_tables_damage (&tables, 3, 3),
                                                hg_risk_tables_damage_meaning (
                                                  hg_risk_tables_damage (&tables, 3, 3)));

    g_assert_nonnull (gtk_drop_down_get_list_factory (child (dialog, "damage_3_3")));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (child (dialog, "damage_3_3")), ==, meaning);
  }
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (dialog, "large_from")), ==,
                   (int) tables.band_min[HG_RISK_BAND_LARGE]);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (dialog, "medium_from")), ==,
                   (int) tables.band_min[HG_RISK_BAND_MEDIUM]);
  destroy (dialog);
}

static void
test_threat_links (Fixture       *f,
                   gconstpointer  data)
{
  Risks r;
  const HgRiskThreatState *threat;
  g_autofree char *heading = NULL;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;
  GtkWidget *dialog;
  GtkWidget *check;

  risks_setup (f, &r);
  threat = hg_risk_sheet_get_threat (r.sheet, 0);
  dialog = g_object_ref_sink (g_object_new (HG_TYPE_THREAT_LINKS_DIALOG,
                                            "sheet", r.sheet,
                                            "threat-id", threat->id,
                                            NULL));
  /* Translators: %s is a threat */
  heading = g_strdup_printf (_("Measures against “%s”"), threat->name);
  {
    g_autofree char *shown = NULL;

    /* Markup: the heading breaks only around the title (test-ui-narrow). */
    g_assert_true (pango_parse_markup (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                       -1, 0, NULL, &shown, NULL, NULL));
    g_assert_cmpstr (shown, ==, heading);
  }
  /* One check a measure of the catalogue; ticking the first unticked one links it. */
  before = hg_risk_threat_get_controls (f->workbook, threat->id);
  check = hg_test_find_widget (child (dialog, "chapters_box"), GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (hg_threat_links_dialog_apply (HG_THREAT_LINKS_DIALOG (dialog)));
  after = hg_risk_threat_get_controls (f->workbook, threat->id);
  g_assert_cmpuint (g_strv_length (after), !=, g_strv_length (before));
  destroy (dialog);
  risks_teardown (&r);
}

static void
test_treatment (Fixture       *f,
                gconstpointer  data)
{
  Risks r;
  const HgRiskRow *row;
  g_autofree char *residual = NULL;
  g_autoptr(HgRiskTreatment) saved = NULL;
  GtkWidget *dialog;

  risks_setup (f, &r);
  row = hg_risk_sheet_get_row (r.sheet, 0);
  dialog = g_object_ref_sink (hg_treatment_dialog_new (r.sheet, 0, "見積書"));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "見積書"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (child (dialog,
                                                                             "kind_row"))),
                    ==, 4);
  /* The approval fields show for an accepted risk only. */
  g_assert_false (gtk_widget_get_visible (child (dialog, "approver_row")));
  hg_treatment_dialog_set_kind (HG_TREATMENT_DIALOG (dialog), HG_RISK_TREATMENT_ACCEPT);
  g_assert_true (gtk_widget_get_visible (child (dialog, "approver_row")));
  g_assert_true (gtk_widget_get_visible (child (dialog, "reason_row")));
  hg_treatment_dialog_set_kind (HG_TREATMENT_DIALOG (dialog), HG_RISK_TREATMENT_REDUCE);
  g_assert_false (gtk_widget_get_visible (child (dialog, "reason_row")));

  /* The residual risk follows the expected likelihood of damage. */
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "residual_label")), ==,
                   _("Choose how likely damage will be afterwards to see the residual risk."));
  hg_treatment_dialog_set_expected (HG_TREATMENT_DIALOG (dialog), 1);
  /* The level chosen says what it means. */
  g_assert_cmpstr (adw_action_row_get_subtitle (child (dialog, "expected_row")), ==,
                   hg_risk_tables_damage_meaning (1));
  /* Translators: %u is the residual risk value (1 to 9) */
  residual = g_strdup_printf (_("Residual risk after the treatment: %u"), row->importance);
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "residual_label")), ==, residual);

  hg_treatment_dialog_set_text (HG_TREATMENT_DIALOG (dialog), HG_TREATMENT_FIELD_MEASURES,
                                "施錠できる棚に移す");
  g_assert_true (hg_treatment_dialog_save (HG_TREATMENT_DIALOG (dialog)));
  saved = hg_risk_treatment_get (f->workbook, row->asset_id, row->threat_id);
  g_assert_nonnull (saved);
  g_assert_cmpstr (saved->measures, ==, "施錠できる棚に移す");
  g_assert_cmpuint (saved->expected_damage, ==, 1);
  destroy (dialog);
  risks_teardown (&r);
}

/* The views keep their template's page and make one group a medium or
 * chapter; showing the sheet again replaces them, it does not add more. */
static void
test_risk_views (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, NULL);
  Risks r;
  GtkWidget *threats, *controls, *diagnosis;
  guint n_threat_groups, n_control_groups, n_chapters;

  risks_setup (f, &r);
  threats = build (f, "HgRiskThreatsView", "");
  controls = build (f, "HgRiskControlsView", "");
  diagnosis = build (f, "HgRiskDiagnosisView", "");
  g_assert_cmpstr (adw_preferences_group_get_title (child (diagnosis, "group")), ==,
                   _("Weakest Chapters First"));

  hg_risk_threats_view_set (HG_RISK_THREATS_VIEW (threats), r.sheet, HG_RISK_COMPANY);
  hg_risk_controls_view_set (HG_RISK_CONTROLS_VIEW (controls), r.sheet, HG_RISK_COMPANY);
  hg_risk_diagnosis_view_set (HG_RISK_DIAGNOSIS_VIEW (diagnosis), r.sheet, pack);
  n_threat_groups = count (child (threats, "page"), ADW_TYPE_PREFERENCES_GROUP);
  n_control_groups = count (child (controls, "page"), ADW_TYPE_PREFERENCES_GROUP);
  n_chapters = count (child (diagnosis, "group"), ADW_TYPE_EXPANDER_ROW);
  /* One group a medium of the sheet's threats. */
  {
    guint media = 0;

    for (guint i = 0; i < hg_risk_sheet_get_n_threats (r.sheet); i++)
      media += i == 0 || hg_risk_sheet_get_threat (r.sheet, i)->medium_id
                         != hg_risk_sheet_get_threat (r.sheet, i - 1)->medium_id;
    g_assert_cmpuint (n_threat_groups, ==, media);
  }
  g_assert_cmpuint (n_control_groups, >, 1);
  g_assert_cmpuint (n_chapters, >, 0);
  g_assert_nonnull (hg_risk_controls_view_get_status_drop (
                      HG_RISK_CONTROLS_VIEW (controls),
                      hg_risk_sheet_get_control (r.sheet, 0)->key));

  hg_risk_threats_view_set (HG_RISK_THREATS_VIEW (threats), r.sheet, HG_RISK_COMPANY);
  hg_risk_controls_view_set (HG_RISK_CONTROLS_VIEW (controls), r.sheet, HG_RISK_COMPANY);
  hg_risk_diagnosis_view_set (HG_RISK_DIAGNOSIS_VIEW (diagnosis), r.sheet, pack);
  g_assert_cmpuint (count (child (threats, "page"), ADW_TYPE_PREFERENCES_GROUP), ==,
                    n_threat_groups);
  g_assert_cmpuint (count (child (controls, "page"), ADW_TYPE_PREFERENCES_GROUP), ==,
                    n_control_groups);
  g_assert_cmpuint (count (child (diagnosis, "group"), ADW_TYPE_EXPANDER_ROW), ==, n_chapters);

  /* Without a sheet they are empty. */
  hg_risk_threats_view_set (HG_RISK_THREATS_VIEW (threats), NULL, HG_RISK_COMPANY);
  g_assert_cmpuint (count (child (threats, "page"), ADW_TYPE_PREFERENCES_GROUP), ==, 0);

  g_assert_finalize_object (threats);
  g_assert_finalize_object (controls);
  g_assert_finalize_object (diagnosis);
  risks_teardown (&r);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  hg_test_private_user_dirs ();
  gtk_init ();
  adw_init ();
  /* GtkBuilder finds a class by name only once it is registered. */
  g_type_ensure (HG_TYPE_ASSET_DIALOG);
  g_type_ensure (HG_TYPE_BULK_EDIT_DIALOG);
  g_type_ensure (HG_TYPE_DEPARTMENT_DIALOG);
  g_type_ensure (HG_TYPE_EMPLOYMENT_DIALOG);
  g_type_ensure (HG_TYPE_LIST_DIALOG);
  g_type_ensure (HG_TYPE_RISK_CONTROLS_VIEW);
  g_type_ensure (HG_TYPE_RISK_DIAGNOSIS_VIEW);
  g_type_ensure (HG_TYPE_RISK_TABLES_DIALOG);
  g_type_ensure (HG_TYPE_RISK_THREATS_VIEW);
  g_type_ensure (HG_TYPE_RECEIPT_DIALOG);
  g_type_ensure (HG_TYPE_TRAINING_DIALOG);
  g_type_ensure (HG_TYPE_PERSON_DIALOG);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/dialogs/asset", test_asset);
  ADD ("/dialogs/bulk-edit", test_bulk_edit);
  ADD ("/dialogs/list", test_list);
  ADD ("/dialogs/department", test_department);
  ADD ("/dialogs/person", test_person);
  ADD ("/dialogs/employment", test_employment);
  ADD ("/dialogs/receipt", test_receipt);
  ADD ("/dialogs/training", test_training);
  ADD ("/dialogs/import", test_import);
  ADD ("/dialogs/pack-problems", test_pack_problems);
  ADD ("/dialogs/versions", test_versions);
  ADD ("/dialogs/rules-editor", test_rules_editor);
  ADD ("/dialogs/rule", test_rule);
  ADD ("/dialogs/risk-tables", test_risk_tables);
  ADD ("/dialogs/threat-links", test_threat_links);
  ADD ("/dialogs/treatment", test_treatment);
  ADD ("/dialogs/note", test_note);
  ADD ("/dialogs/threat", test_threat);
  ADD ("/dialogs/risk-views", test_risk_views);
#undef ADD

  return g_test_run ();
}

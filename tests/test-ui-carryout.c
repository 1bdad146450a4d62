/* test-ui-carryout.c: the 運用 page's carry-out log (持出し記録), driven as
 * a user would
 *
 * Issue 17 item 2: a carry-out recorded through its dialog on a fixed
 * clock (out now, due back at the end of the day), the asset picked from
 * the register and the person from the company's; a due-back before the
 * carry-out marked at its row with everything typed kept; the return
 * recorded through its dialog, never before it went out; the overdue first
 * in words and with an icon, "Out only"; an edit and a removal undone
 * through the window; the export.
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-store.h"
#include "hg-carryout-dialog.h"
#include "hg-carryout-return-dialog.h"
#include "hg-carryout-view.h"
#include "hg-carryout.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-text.h"

#define NOW "2026-12-29 09:00"

static gint64
add_carryout (HgWorkbook *workbook,
              const char *item,
              const char *out,
              const char *due)
{
  g_autoptr(GError) error = NULL;
  HgCarryout c = { 0 };

  c.item = (char *) item;
  c.person = (char *) "山田";
  c.approved_by = (char *) "佐藤";
  c.out_at = (char *) out;
  c.due_at = (char *) due;
  c.note = (char *) "";
  g_assert_true (hg_carryout_add (workbook, &c, &error));
  g_assert_no_error (error);
  return c.id;
}

/* The tab shown, its clock at NOW. */
static GtkWidget *
show_view (HgTestWindow *f)
{
  GtkWidget *view;

  hg_window_show_page (f->window, "practice");
  hg_test_spin (50);
  view = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_CARRYOUT_VIEW, NULL);
  g_assert_nonnull (view);
  hg_carryout_view_set_now (HG_CARRYOUT_VIEW (view), NOW);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           view, ADW_TYPE_VIEW_STACK)), "carryout");
  hg_test_spin (50);
  return view;
}

static GtkWidget *
row_of (GtkWidget *view,
        gint64     id)
{
  g_autofree char *name = g_strdup_printf ("carryout-%" G_GINT64_FORMAT, id);

  return hg_test_find_widget (view, ADW_TYPE_ACTION_ROW, name);
}

static GtkWidget *
field (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *widget = hg_test_find_widget (dialog, GTK_TYPE_WIDGET, name);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
text_of (GtkWidget  *dialog,
         const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (dialog, name)));
}

static void
set_text (GtkWidget  *dialog,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, name)), text);
}

static HgCarryout *
stored (HgWorkbook *workbook,
        gint64      id)
{
  g_autoptr(GError) error = NULL;
  HgCarryout *c = hg_carryout_get (workbook, id, &error);

  g_assert_no_error (error);
  return c;
}

static guint
n_records (HgWorkbook *workbook)
{
  g_autoptr(GPtrArray) list = hg_carryout_list (workbook, NULL);

  return list->len;
}

/* Record Carry-out… on a fixed clock: out now, due back at the end of the
 * day; the asset picked fills what is taken out, a person picked fills
 * the row; a due-back before the carry-out is marked at its row, refused
 * on Save with the dialog open and everything typed kept; then recorded,
 * one undo step. */
static void
test_add (HgTestWindow  *f,
          gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(HgCarryout) c = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view = show_view (f);
  GtkWidget *dialog, *due, *problem;
  gint64 asset_id;

  hg_text_set (&asset->name, "営業用ノートPC");
  asset->confidentiality = asset->integrity = asset->availability = 2;
  asset_id = hg_asset_store_add (workbook, asset, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (view, "carryout.add", NULL));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_CARRYOUT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (text_of (dialog, "out"), ==, "2026-12-29 09:00");
  g_assert_cmpstr (text_of (dialog, "due"), ==, "2026-12-29 18:00");
  /* Nothing typed yet: nothing marked, Record off. */
  g_assert_false (gtk_widget_has_css_class (field (dialog, "person"), "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (dialog, "asset")), 1);
  g_assert_cmpstr (text_of (dialog, "item"), ==, "営業用ノートPC");
  g_assert_true (gtk_widget_has_css_class (field (dialog, "person"), "error"));
  g_assert_true (gtk_widget_activate_action (dialog, "carryout-dialog.person", "s", "山田 太郎"));
  g_assert_cmpstr (text_of (dialog, "person"), ==, "山田 太郎");
  g_assert_false (gtk_widget_has_css_class (field (dialog, "person"), "error"));
  set_text (dialog, "approved", "佐藤部長");
  set_text (dialog, "note", "客先訪問");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));

  /* Due back before it went out: marked as typed, refused on Save. */
  due = field (dialog, "due");
  problem = field (dialog, "problem");
  set_text (dialog, "due", "2026-12-28 18:00");
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (problem)),
                            _("It cannot be due back before it was taken out")));
  g_assert_false (hg_carryout_dialog_save (HG_CARRYOUT_DIALOG (dialog)));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_true (hg_test_find_toplevel (HG_TYPE_CARRYOUT_DIALOG) == dialog);
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_cmpuint (n_records (workbook), ==, 0);
  g_assert_cmpstr (text_of (dialog, "item"), ==, "営業用ノートPC");
  g_assert_cmpstr (text_of (dialog, "person"), ==, "山田 太郎");
  g_assert_cmpstr (text_of (dialog, "approved"), ==, "佐藤部長");
  g_assert_cmpstr (text_of (dialog, "note"), ==, "客先訪問");
  g_assert_cmpstr (text_of (dialog, "due"), ==, "2026-12-28 18:00");

  /* An unreadable time is marked the same way. */
  set_text (dialog, "due", "明日の夕方");
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  set_text (dialog, "due", "2026年12月30日 12時");
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_CARRYOUT_DIALOG));

  g_assert_cmpuint (n_records (workbook), ==, 1);
  c = stored (workbook, 1);
  g_assert_cmpstr (c->item, ==, "営業用ノートPC");
  g_assert_cmpint (c->asset, ==, asset_id);
  g_assert_cmpstr (c->person, ==, "山田 太郎");
  g_assert_cmpstr (c->approved_by, ==, "佐藤部長");
  g_assert_cmpstr (c->out_at, ==, "2026-12-29T09:00:00+09:00");
  g_assert_cmpstr (c->due_at, ==, "2026-12-30T12:00:00+09:00");
  g_assert_cmpstr (c->note, ==, "客先訪問");
  g_assert_nonnull (row_of (view, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_assert_cmpuint (n_records (workbook), ==, 0);
}

/* The overdue first though it went out earlier, said in words and with an
 * icon; the summary counts it; "Out only" hides what came back. */
static void
test_overdue (HgTestWindow  *f,
              gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 late = add_carryout (workbook, "営業用ノートPC", "2026-12-27 09:00", "2026-12-28 18:00");
  gint64 back = add_carryout (workbook, "見積書", "2026-12-28 08:00", "2026-12-28 18:00");
  gint64 out = add_carryout (workbook, "USBメモリ", "2026-12-28 09:00", "2027-01-04 18:00");
  g_autoptr(GError) error = NULL;
  GtkWidget *view, *list, *row;
  g_autofree char *summary = NULL;

  g_assert_true (hg_carryout_return (workbook, back, "2026-12-28 17:00", &error));
  g_assert_no_error (error);
  view = show_view (f);
  list = hg_test_find_widget (view, GTK_TYPE_LIST_BOX, "carryout-list");
  row = gtk_widget_get_first_child (list);
  g_assert_true (row == row_of (view, late));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), _("Overdue")));
  g_assert_nonnull (hg_test_find_widget (row, GTK_TYPE_IMAGE, NULL));
  g_assert_true (gtk_widget_get_next_sibling (row) == row_of (view, out));
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_of (view, out))),
                         _("Overdue")));
  g_assert_true (gtk_widget_has_css_class (row_of (view, back), "dim-label"));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u out, %u overdue",
                                          "%u out, %u overdue", 2), 2, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hg_test_find_widget (view, GTK_TYPE_LABEL,
                                                                       "summary"))), ==, summary);

  gtk_switch_set_active (GTK_SWITCH (hg_test_find_widget (view, GTK_TYPE_SWITCH, "out-only")), TRUE);
  hg_test_spin (50);
  g_assert_null (row_of (view, back));
  g_assert_nonnull (row_of (view, late));
  g_assert_nonnull (row_of (view, out));
  g_assert_cmpuint (hg_test_count_widgets (list, ADW_TYPE_ACTION_ROW), ==, 2);
}

/* The check button of a record still out asks when it came back: now by
 * default, not before it went out; recorded, and undone through the
 * window. */
static void
test_return (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_carryout (workbook, "営業用ノートPC", "2026-12-28 09:00", "2026-12-28 18:00");
  GtkWidget *view = show_view (f);
  GtkWidget *dialog, *back;
  g_autoptr(HgCarryout) c = NULL;

  g_signal_emit_by_name (hg_test_find_widget (row_of (view, id), GTK_TYPE_BUTTON, "returned"),
                         "clicked");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_CARRYOUT_RETURN_DIALOG);
  g_assert_nonnull (dialog);
  back = field (dialog, "back");
  g_assert_cmpstr (text_of (dialog, "back"), ==, NOW);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  set_text (dialog, "back", "2026-12-28 08:30");
  g_assert_true (gtk_widget_has_css_class (back, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_true (hg_test_find_toplevel (HG_TYPE_CARRYOUT_RETURN_DIALOG) == dialog);
  g_assert_cmpstr (text_of (dialog, "back"), ==, "2026-12-28 08:30");
  c = stored (workbook, id);
  g_assert_null (c->back_at);
  g_clear_pointer (&c, hg_carryout_free);

  set_text (dialog, "back", "2026-12-28 17:45");
  g_assert_false (gtk_widget_has_css_class (back, "error"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_CARRYOUT_RETURN_DIALOG));
  c = stored (workbook, id);
  g_assert_cmpstr (c->back_at, ==, "2026-12-28T17:45:00+09:00");
  g_clear_pointer (&c, hg_carryout_free);
  g_assert_true (gtk_widget_has_css_class (row_of (view, id), "dim-label"));
  g_assert_null (hg_test_find_widget (row_of (view, id), GTK_TYPE_BUTTON, "returned"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  c = stored (workbook, id);
  g_assert_null (c->back_at);
}

/* Activating a row opens it to edit: saved as one undo step, undone
 * through the window; Remove takes it out of the log, undone too. */
static void
test_edit (HgTestWindow  *f,
           gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  gint64 id = add_carryout (workbook, "営業用ノートPC", "2026-12-28 09:00", "2026-12-28 18:00");
  GtkWidget *view = show_view (f);
  GtkWidget *dialog;
  g_autoptr(HgCarryout) c = NULL;

  g_signal_emit_by_name (row_of (view, id), "activate");
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_CARRYOUT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (text_of (dialog, "item"), ==, "営業用ノートPC");
  g_assert_cmpstr (text_of (dialog, "out"), ==, "2026-12-28 09:00");
  g_assert_cmpstr (text_of (dialog, "due"), ==, "2026-12-28 18:00");
  set_text (dialog, "due", "2026-12-30 18:00");
  set_text (dialog, "note", "年末まで延長(部長承認)");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hg_test_spin (50);
  g_assert_null (hg_test_find_toplevel (HG_TYPE_CARRYOUT_DIALOG));
  c = stored (workbook, id);
  g_assert_cmpstr (c->due_at, ==, "2026-12-30T18:00:00+09:00");
  g_assert_cmpstr (c->note, ==, "年末まで延長(部長承認)");
  g_clear_pointer (&c, hg_carryout_free);
  /* No longer overdue at NOW. */
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_of (view, id))),
                         _("Overdue")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  c = stored (workbook, id);
  g_assert_cmpstr (c->due_at, ==, "2026-12-28T18:00:00+09:00");
  g_clear_pointer (&c, hg_carryout_free);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_of (view, id))),
                            _("Overdue")));

  g_assert_true (gtk_widget_activate_action (view, "carryout.edit", "x", id));
  hg_test_spin (50);
  dialog = hg_test_find_toplevel (HG_TYPE_CARRYOUT_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "remove");
  hg_test_spin (50);
  g_assert_cmpuint (n_records (workbook), ==, 0);
  g_assert_null (row_of (view, id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  g_assert_cmpuint (n_records (workbook), ==, 1);
  g_assert_nonnull (row_of (view, id));
}

/* The export menu asks where, offering the log's name, and writes there;
 * the writing itself as the menu does it after the chooser. */
static void
test_export (HgTestWindow  *f,
             gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autofree char *csv = g_build_filename (f->dir, "carryout.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "carryout.xlsx", NULL);
  g_autofree char *chosen = g_build_filename (f->dir, "chosen.csv", NULL);
  g_autofree char *offered = g_strdup_printf ("%s.csv", _("Carry-out log"));
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autofree char *text = NULL;
  GtkWidget *view, *chooser;

  add_carryout (workbook, "営業用ノートPC", "2026-12-28 09:00", "2026-12-28 18:00");
  view = show_view (f);
  g_assert_true (hg_carryout_view_export (HG_CARRYOUT_VIEW (view), csv));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "営業用ノートPC"));
  g_assert_nonnull (strstr (text, _("Overdue")));
  g_clear_pointer (&text, g_free);
  g_assert_true (hg_carryout_view_export (HG_CARRYOUT_VIEW (view), xlsx));
  g_assert_true (g_file_get_contents (xlsx, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "PK"));

  g_assert_true (gtk_widget_activate_action (view, "carryout.export", "s", "csv"));
  hg_test_spin (100);
  chooser = hg_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==, offered);
  /* One chooser at a time. */
  g_assert_true (gtk_widget_activate_action (view, "carryout.export", "s", "csv"));
  hg_test_spin (50);
  g_assert_true (hg_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen.csv");
  hg_test_spin (200);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the folder in a thread before it answers. */
  for (guint i = 0; i < 40 && !g_file_test (chosen, G_FILE_TEST_EXISTS); i++)
    hg_test_spin (50);
  g_assert_true (g_file_test (chosen, G_FILE_TEST_EXISTS));
  g_assert_null (hg_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

int
main (int    argc,
      char **argv)
{
  /* The office's zone, whatever the machine's: the stored moments carry
   * +09:00. */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/carryout/add", test_add);
  hg_test_window_add ("/window/carryout/overdue", test_overdue);
  hg_test_window_add ("/window/carryout/return", test_return);
  hg_test_window_add ("/window/carryout/edit", test_edit);
  hg_test_window_add ("/window/carryout/export", test_export);
  return hg_test_window_run ();
}

/* test-ui-dates.c: the date field (HgDateRow) in the risk treatment dialog
 *
 * A date typed the Japanese way is stored; an impossible date keeps the
 * dialog open with the field marked and everything typed; the calendar sets
 * the date. Needs a display; meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-store.h"
#include "hg-date-row.h"
#include "hg-date.h"
#include "hg-risk-treatment.h"
#include "hg-risks-page.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-treatment-dialog.h"

/* The dialog's button for @response, found by its label as a user would. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
click_save (GtkWidget *dialog)
{
  const char *label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "save");
  GtkWidget *button = find_button (dialog, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hg_test_spin (50);
}

static GtkWidget *
open_dialog (HgTestWindow *f,
             HgRiskSheet  *sheet)
{
  GtkWidget *dialog = hg_treatment_dialog_new (sheet, 0, "資産");

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (50);
  return dialog;
}

static char *
stored_due (HgWorkbook  *workbook,
            HgRiskSheet *sheet)
{
  const HgRiskRow *row = hg_risk_sheet_get_row (sheet, 0);
  HgRiskTreatment *t = hg_risk_treatment_get (workbook, row->asset_id, row->threat_id);
  char *due;

  if (t == NULL)
    return NULL;
  due = g_strdup (t->due_on);
  hg_risk_treatment_free (t);
  return due;
}

static void
test_treatment_due_date (HgTestWindow  *f,
                         gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  g_autofree char *shown = NULL;
  HgRisksPage *page;
  HgRiskSheet *sheet;
  GtkWidget *dialog;
  GtkWidget *due_row, *measures_row;

  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_no_error (error);
  hg_window_show_page (f->window, "risks");
  hg_test_spin (50);
  page = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_RISKS_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "risks.setup", NULL));
  hg_test_spin (50);
  sheet = hg_risks_page_get_sheet (page);
  g_assert_nonnull (sheet);

  /* The date as people write it in Japanese is stored as 2027-03-31. */
  dialog = open_dialog (f, sheet);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  due_row = hg_test_find_widget (dialog, HG_TYPE_DATE_ROW, NULL);
  measures_row = hg_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL);
  g_assert_nonnull (due_row);
  g_assert_false (HG_IS_DATE_ROW (measures_row));
  gtk_editable_set_text (GTK_EDITABLE (measures_row), "サーバー室に鍵をかける");
  gtk_editable_set_text (GTK_EDITABLE (due_row), "2027年3月31日");
  g_assert_false (gtk_widget_has_css_class (due_row, "error"));
  click_save (dialog);
  g_assert_null (dialog);
  due = stored_due (workbook, hg_risks_page_get_sheet (page));
  g_assert_cmpstr (due, ==, "2027-03-31");

  /* Opened again, the row shows the date the interface language's way. */
  sheet = hg_risks_page_get_sheet (page);
  dialog = open_dialog (f, sheet);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  due_row = hg_test_find_widget (dialog, HG_TYPE_DATE_ROW, NULL);
  measures_row = hg_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL);
  shown = hg_date_format ("2027-03-31", HG_DATE_STYLE_LONG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, shown);
  if (g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "ja"))
    g_assert_cmpstr (shown, ==, "2027年3月31日");
  else
    g_assert_cmpstr (shown, ==, "31 March 2027");

  /* An impossible date: the dialog stays, the field is marked, nothing
   * typed is lost and nothing is stored. */
  gtk_editable_set_text (GTK_EDITABLE (measures_row), "入退室を記録する");
  gtk_editable_set_text (GTK_EDITABLE (due_row), "2027年2月30日");
  g_assert_true (gtk_widget_has_css_class (due_row, "error"));
  click_save (dialog);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (gtk_widget_has_css_class (due_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, "2027年2月30日");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (measures_row)), ==, "入退室を記録する");
  g_clear_pointer (&due, g_free);
  due = stored_due (workbook, hg_risks_page_get_sheet (page));
  g_assert_cmpstr (due, ==, "2027-03-31");

  /* A day picked in the calendar: the entry follows and the mark goes. */
  {
    GtkWidget *button = hg_test_find_widget (due_row, GTK_TYPE_MENU_BUTTON, NULL);
    GtkCalendar *calendar = hg_date_row_get_calendar (HG_DATE_ROW (due_row));
    g_autoptr(GDateTime) day = g_date_time_new_local (2027, 4, 15, 0, 0, 0);
    g_autofree char *expected = hg_date_format ("2027-04-15", HG_DATE_STYLE_LONG);

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    hg_test_spin (50);
    gtk_calendar_select_day (calendar, day);
    g_signal_emit_by_name (calendar, "day-selected");   /* what a click on the day does */
    hg_test_spin (50);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, expected);
    g_assert_false (gtk_widget_has_css_class (due_row, "error"));
  }
  click_save (dialog);
  g_assert_null (dialog);
  g_clear_pointer (&due, g_free);
  due = stored_due (workbook, hg_risks_page_get_sheet (page));
  g_assert_cmpstr (due, ==, "2027-04-15");

  /* Closing (Escape, the window's close button) still ends the dialog,
   * which only hides while a save is tried, and stores nothing. */
  dialog = open_dialog (f, hg_risks_page_get_sheet (page));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_editable_set_text (GTK_EDITABLE (hg_test_find_widget (dialog, HG_TYPE_DATE_ROW, NULL)),
                         "R9.5.1");
  gtk_window_close (GTK_WINDOW (dialog));
  hg_test_spin (50);
  g_assert_null (dialog);
  g_clear_pointer (&due, g_free);
  due = stored_due (workbook, hg_risks_page_get_sheet (page));
  g_assert_cmpstr (due, ==, "2027-04-15");
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/treatment-due-date", test_treatment_due_date);
  return hg_test_window_run ();
}

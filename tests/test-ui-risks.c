/* test-ui-risks.c: the risk analysis page, driven as a user would
 *
 * Set up, threats removed, renamed and linked, the checklist answered, the
 * sheet and report exported, the damage table edited, a heat-map cell
 * filtering the list, a large risk accepted. Needs a display (Xvfb in CI);
 * meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-store.h"
#include "hg-risk-controls-view.h"
#include "hg-risk-tables-dialog.h"
#include "hg-risk-tables.h"
#include "hg-risk-threat.h"
#include "hg-risk-threats-view.h"
#include "hg-risks-page.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-threat-links-dialog.h"
#include "hg-treatment-dialog.h"

/* The risk analysis through its page: set up, answer a measure in the
 * checklist and see the risks and the heat map change, filter by a cell,
 * treat a risk. */
static void
test_risks_through_ui (HgTestWindow  *f,
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
    rename_dialog = hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
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
      gtk_window_destroy (GTK_WINDOW (hg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
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
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/risks-through-ui", test_risks_through_ui);
  return hg_test_window_run ();
}

/* test-ui-assets.c: the asset register page, driven as a user would
 *
 * Adding through the editor, searching, notes as tooltips, editing one and
 * many, removing, and undo through the window. Needs a display (Xvfb in
 * CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-dialog.h"
#include "hg-asset-row.h"
#include "hg-asset-store.h"
#include "hg-assets-page.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-text.h"

static gint64
add_asset_through_dialog (HgAssetsPage *page,
                          const char   *name,
                          guint         confidentiality)
{
  HgAssetDialog *dialog;
  guint before = hg_assets_page_get_n_total (page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assets.add", NULL));
  hg_test_spin (50);
  dialog = HG_ASSET_DIALOG (hg_test_find_toplevel (HG_TYPE_ASSET_DIALOG));
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
test_assets_through_ui (HgTestWindow  *f,
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
  dialog = HG_ASSET_DIALOG (hg_test_find_toplevel (HG_TYPE_ASSET_DIALOG));
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
    GtkWidget *bulk = hg_test_find_toplevel (HG_TYPE_BULK_EDIT_DIALOG);
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

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/assets-through-ui", test_assets_through_ui);
  return hg_test_window_run ();
}

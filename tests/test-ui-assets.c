/* test-ui-assets.c: the asset register page, driven as a user would
 *
 * Adding through the editor, searching, notes as tooltips, editing one and
 * many, removing, and undo through the window; a large register read a
 * part at a time. Needs a display (Xvfb in CI); meson runs it in English
 * and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-dialog.h"
#include "hg-asset-row.h"
#include "hg-asset-store.h"
#include "hg-assets-page.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-db.h"
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

/* Selects the first row shown and opens its editor, as Ctrl+E does. */
static HgAssetDialog *
edit_first_shown (HgAssetsPage *page)
{
  HgAssetDialog *dialog;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (hg_assets_page_get_shown (page)), 0,
                                   TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assets.edit", NULL));
  hg_test_spin (50);
  dialog = HG_ASSET_DIALOG (hg_test_find_toplevel (HG_TYPE_ASSET_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
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
  dialog = edit_first_shown (page);
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

/* ---- A register read a part at a time ---------------------------------------- */

#define LARGE_N 12000
#define COL_NAME 1

static const char *large_words[] = { "顧客名簿", "見積書", "加工図面", "議事録" };

static gboolean
insert_large_cb (sqlite3   *db,
                 gpointer   user_data,
                 GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hg_asset_store_prepare_insert (db, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < LARGE_N; i++)
    {
      g_autoptr(HgAssetData) d = hg_asset_data_new ();

      /* Names run against the ids, so sorting by name reorders them. */
      g_free (d->name);
      d->name = g_strdup_printf ("%s %05u", large_words[i % G_N_ELEMENTS (large_words)],
                                 LARGE_N - i);
      d->confidentiality = 1 + i % 3;
      d->integrity = 1;
      d->availability = 1;
      if (!_hg_asset_store_insert_with (stmt, d, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static void
wait_until_read (HgAssetsPage *page)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (hg_assets_page_is_loading (page) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (hg_assets_page_is_loading (page));
  hg_test_spin (50);
}

/* How many assets of the workbook have @text in their name. */
static guint
count_named (HgWorkbook *workbook,
             const char *text)
{
  g_autoptr(GPtrArray) all = hg_asset_store_load (workbook);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    if (strstr (hg_asset_get_data (g_ptr_array_index (all, i))->name, text) != NULL)
      n++;
  return n;
}

static guint
count_id (GListModel *model,
          gint64      id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HgAsset) asset = g_list_model_get_item (model, i);

      n += hg_asset_get_id (asset) == id;
    }
  return n;
}

/* The first frame needs only a screenful: the rest is read after it, and
 * what is done meanwhile — edits to rows not read yet, an asset added, one
 * removed, a sort, a search, a selection — holds once all is read. */
static void
test_large_register_read_in_parts (HgTestWindow  *f,
                                   gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetData) late = NULL;
  g_autoptr(HgAssetData) added = hg_asset_data_new ();
  g_autoptr(HgAsset) chosen = NULL;
  g_autoptr(GtkBitset) selected = NULL;
  g_autofree char *reading = NULL;
  g_autofree char *all_read = NULL;
  HgAssetsPage *page;
  GListModel *shown;
  gint64 late_id = LARGE_N - 5, removed_id = LARGE_N - 1, added_id, chosen_id;
  guint n_customers;

  g_assert_true (hg_workbook_edit (workbook, "test", insert_large_cb, NULL, &error));
  g_assert_no_error (error);

  hg_window_show_page (f->window, "assets");
  page = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSETS_PAGE, NULL));
  shown = hg_assets_page_get_shown (page);

  /* Shown at once: a first part, and the status line says it reads on. */
  g_assert_true (hg_assets_page_is_loading (page));
  g_assert_cmpuint (hg_assets_page_get_n_total (page), >, 0);
  g_assert_cmpuint (hg_assets_page_get_n_total (page), <, LARGE_N);
  reading = g_strdup (hg_assets_page_get_status (page));
  g_assert_nonnull (strstr (reading, G_STRINGIFY (LARGE_N)));

  /* Meanwhile: a late row edited, another removed, one added. */
  late = hg_asset_store_get (workbook, late_id);
  g_assert_nonnull (late);
  g_assert_cmpuint (hg_assets_page_get_n_total (page), <, late_id);
  g_free (late->name);
  late->name = g_strdup ("遅れて読む資産");
  g_assert_true (hg_asset_store_update (workbook, late, &error));
  g_assert_true (hg_asset_store_remove (workbook, &removed_id, 1, &error));
  g_free (added->name);
  added->name = g_strdup ("読み込み中に足した顧客名簿");
  added->confidentiality = added->integrity = added->availability = 2;
  added_id = hg_asset_store_add (workbook, added, &error);
  g_assert_no_error (error);
  g_assert_true (hg_assets_page_is_loading (page));

  /* …and sorted by name, last first, searched, one row chosen. */
  hg_assets_page_sort_by (page, COL_NAME, TRUE);
  hg_assets_page_set_search (page, "顧客");
  g_assert_true (hg_assets_page_is_loading (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  chosen = g_list_model_get_item (shown, 0);
  chosen_id = hg_asset_get_id (chosen);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 0, TRUE);

  wait_until_read (page);

  /* All there, once each: the removed one gone, the added one in. */
  g_assert_cmpuint (hg_assets_page_get_n_total (page), ==, LARGE_N);
  n_customers = count_named (workbook, "顧客");
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, n_customers);
  g_assert_cmpuint (count_id (shown, added_id), ==, 1);
  g_assert_cmpuint (count_id (shown, removed_id), ==, 0);
  g_assert_cmpstr (hg_assets_page_get_status (page), !=, reading);
  g_assert_nonnull (strstr (hg_assets_page_get_status (page), G_STRINGIFY (LARGE_N)));

  /* In name order, last first, through every row. */
  for (guint i = 1; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(HgAsset) a = g_list_model_get_item (shown, i - 1);
      g_autoptr(HgAsset) b = g_list_model_get_item (shown, i);

      g_assert_cmpint (strcmp (hg_asset_get_data (a)->name, hg_asset_get_data (b)->name), >=, 0);
    }

  /* The row chosen while reading is still the one selected. */
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (shown));
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  {
    g_autoptr(HgAsset) still = g_list_model_get_item (shown, gtk_bitset_get_nth (selected, 0));

    g_assert_cmpint (hg_asset_get_id (still), ==, chosen_id);
  }

  /* Without the search, the count alone. */
  hg_assets_page_set_search (page, "");
  all_read = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u asset", "%u assets", LARGE_N),
                              LARGE_N);
  g_assert_cmpstr (hg_assets_page_get_status (page), ==, all_read);
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, LARGE_N);

  /* The late row holds its edit, and is edited through the page. */
  hg_assets_page_set_search (page, "遅れて読");
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, 1);
  {
    g_autoptr(HgAsset) row = g_list_model_get_item (shown, 0);
    g_autoptr(HgAsset) after = NULL;
    g_autoptr(HgAssetData) stored = NULL;
    HgAssetDialog *dialog;

    g_assert_cmpint (hg_asset_get_id (row), ==, late_id);
    dialog = edit_first_shown (page);
    hg_asset_dialog_set_name (dialog, "遅れて読んだ資産");
    g_assert_true (hg_asset_dialog_save (dialog));
    hg_test_spin (50);
    after = g_list_model_get_item (shown, 0);
    g_assert_cmpstr (hg_asset_get_data (after)->name, ==, "遅れて読んだ資産");
    stored = hg_asset_store_get (workbook, late_id);
    g_assert_cmpstr (stored->name, ==, "遅れて読んだ資産");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hg_test_spin (50);
  {
    g_autoptr(HgAsset) undone = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (hg_asset_get_data (undone)->name, ==, "遅れて読む資産");
  }
  g_assert_cmpuint (hg_assets_page_get_n_total (page), ==, LARGE_N);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/assets-through-ui", test_assets_through_ui);
  hg_test_window_add ("/window/large-register-read-in-parts", test_large_register_read_in_parts);
  return hg_test_window_run ();
}

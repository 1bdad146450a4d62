/* test-ui-tables.c: the register and the risk table as a user meets them
 *
 * Tooltips that read in Japanese and stay off open menus, the asset
 * register's filter bar that cannot filter unseen, the columns that stay in
 * view, the likelihood drop-down that keeps its width. Needs a display;
 * meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-store.h"
#include "hg-assets-page.h"
#include "hg-risk-threats-view.h"
#include "hg-risks-page.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

/* ---- Tooltips ------------------------------------------------------------ */

/* Widgets of the application in a window of their own: the override of
 * the tooltips holds for every widget once the application has started. */
static void
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  hg_test_spin (50);
}

/* Asks @widget for its tooltip as GTK does when the pointer rests on it.
 * Returns whether it would be shown; @label is set to the label the
 * tooltip shows (none if not shown). */
static gboolean
query_tooltip (GtkWidget  *widget,
               GtkTooltip *tooltip,
               GtkLabel  **label)
{
  GtkWidget *probe = gtk_label_new (NULL);
  GtkWidget *box;
  gboolean shown = FALSE;

  /* The tooltip's own box, found through a custom widget put in and taken
   * out again: GTK offers no other way to it. */
  gtk_tooltip_set_custom (tooltip, probe);
  box = gtk_widget_get_parent (probe);
  g_assert_nonnull (box);
  gtk_tooltip_set_custom (tooltip, NULL);

  g_signal_emit_by_name (widget, "query-tooltip", 4, 4, FALSE, tooltip, &shown);
  *label = NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
      *label = GTK_LABEL (child);
  return shown;
}

/* Whether @label, at the width it asks for, shows its text on one line. */
static void
assert_one_line (GtkLabel *label)
{
  g_autoptr(PangoLayout) line = gtk_widget_create_pango_layout (GTK_WIDGET (label),
                                                                gtk_label_get_text (label));
  int line_width = 0, line_height = 0, width = 0, height = 0;

  pango_layout_get_pixel_size (line, &line_width, &line_height);
  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL,
                      NULL);
  g_test_message ("tooltip 「%s」: %d×%d px, the text on one line %d×%d px",
                  gtk_label_get_text (label), width, height, line_width, line_height);
  g_assert_cmpint (width, >=, line_width);
  g_assert_cmpint (height, <, line_height * 3 / 2);
}

/* Issue 13, item 9: short Japanese tooltips stood one character per line
 * (GTK sizes a tooltip by its number of characters, each as wide as a
 * half-width letter), longer ones at half the width they need. */
static void
test_tooltip_width (HgTestWindow  *f,
                    gconstpointer  data)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  const char *texts[] = { "重要度", "機密性", "どの文書を表示するか",
                          "Which measures count for this threat" };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkLabel *label;

  /* Buttons of the window, as any page's. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *button = gtk_button_new_with_label ("x");

      gtk_widget_set_tooltip_text (button, texts[i]);
      gtk_box_append (GTK_BOX (box), button);
    }
  show_in_window (box);
  for (GtkWidget *button = gtk_widget_get_first_child (box); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      g_assert_true (query_tooltip (button, tooltip, &label));
      g_assert_nonnull (label);
      g_assert_cmpstr (gtk_label_get_text (label), ==, gtk_widget_get_tooltip_text (button));
      assert_one_line (label);
    }
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (box)));
}

/* Issue 13, item 9: the tooltip of a drop-down or a menu button covered the
 * choices it had just opened (重要度 filter, ⋮ menus, a threat's
 * likelihood). */
static void
test_tooltip_not_over_popover (HgTestWindow  *f,
                               gconstpointer  data)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *menu_button = gtk_menu_button_new ();
  const char *levels[] = { "3 — いつ起きてもおかしくない", "2", "1", NULL };
  GtkWidget *drop = gtk_drop_down_new_from_strings (levels);
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkLabel *label;

  g_menu_append (menu, "項目", "win.none");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (menu_button, "その他");
  gtk_widget_set_tooltip_text (drop, "社員や委託先が、誤ってファイルを消したり誤送信したりする");
  gtk_box_append (GTK_BOX (box), menu_button);
  gtk_box_append (GTK_BOX (box), drop);
  show_in_window (box);

  /* Closed, each has its tooltip. */
  g_assert_true (query_tooltip (menu_button, tooltip, &label));
  g_assert_true (query_tooltip (drop, tooltip, &label));

  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  hg_test_spin (50);
  g_assert_false (query_tooltip (menu_button, tooltip, &label));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  hg_test_spin (50);
  g_assert_true (query_tooltip (menu_button, tooltip, &label));

  /* A click on the drop-down's button opens its list. */
  g_signal_emit_by_name (gtk_widget_get_first_child (drop), "clicked");
  hg_test_spin (50);
  g_assert_false (query_tooltip (drop, tooltip, &label));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (box)));
}

/* ---- The register's filters ---------------------------------------------- */

static void
find_drop_downs (GtkWidget *widget,
                 GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_DROP_DOWN (child))
      g_ptr_array_add (found, child);
    else
      find_drop_downs (child, found);
}

static HgAssetsPage *
show_example_register (HgTestWindow *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_asset_store_load_examples (hg_window_get_workbook (f->window), &error));
  g_assert_no_error (error);
  hg_window_show_page (f->window, "assets");
  hg_test_spin (50);
  return HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSETS_PAGE,
                                              NULL));
}

/* Issue 13, item 5: with 重要度 2 chosen and the filter bar hidden, the
 * register showed 6 of 23 with nothing on screen saying why. */
static void
test_hidden_filter (HgTestWindow  *f,
                    gconstpointer  data)
{
  HgAssetsPage *page = show_example_register (f);
  GtkToggleButton *bar = GTK_TOGGLE_BUTTON (hg_test_find_widget (GTK_WIDGET (page),
                                                                 GTK_TYPE_TOGGLE_BUTTON, NULL));
  g_autoptr(GPtrArray) drops = g_ptr_array_new ();
  g_autofree char *importance_2 = g_strdup_printf (_("Importance %u"), 2);
  guint total = hg_assets_page_get_n_total (page);
  GtkDropDown *importance;

  find_drop_downs (GTK_WIDGET (page), drops);
  g_assert_cmpuint (drops->len, ==, 5);
  importance = g_ptr_array_index (drops, 2);   /* any, 3, 2, 1 */

  /* A filter chosen with the bar hidden (as the company page does for a
   * department) shows the bar, and the status says what filters. */
  g_assert_false (gtk_toggle_button_get_active (bar));
  gtk_drop_down_set_selected (importance, 2);
  hg_test_spin (20);
  g_assert_true (gtk_toggle_button_get_active (bar));
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), <, total);
  g_assert_nonnull (strstr (hg_assets_page_get_status (page), importance_2));

  /* Hiding the bar clears its filters: everything is shown again. */
  gtk_toggle_button_set_active (bar, FALSE);
  hg_test_spin (20);
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, total);
  g_assert_cmpuint (gtk_drop_down_get_selected (importance), ==, 0);
  g_assert_null (strstr (hg_assets_page_get_status (page), importance_2));

  /* One click clears them with the bar open. */
  gtk_drop_down_set_selected (importance, 2);
  hg_test_spin (20);
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), <, total);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assets.clear-filters", NULL));
  hg_test_spin (20);
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), ==, total);
  g_assert_true (gtk_toggle_button_get_active (bar));

  /* A search says so too. */
  hg_assets_page_set_search (page, "顧客");
  hg_test_spin (20);
  g_assert_cmpuint (hg_assets_page_get_n_shown (page), <, total);
  g_assert_nonnull (strstr (hg_assets_page_get_status (page), "顧客"));
}

/* ---- Risks --------------------------------------------------------------- */

static HgRisksPage *
set_up_risks (HgTestWindow *f)
{
  g_autoptr(GError) error = NULL;
  HgRisksPage *page;

  g_assert_true (hg_asset_store_load_examples (hg_window_get_workbook (f->window), &error));
  g_assert_no_error (error);
  hg_window_show_page (f->window, "risks");
  hg_test_spin (50);
  page = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_RISKS_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "risks.setup", NULL));
  hg_test_spin (50);
  g_assert_nonnull (hg_risks_page_get_sheet (page));
  return page;
}

/* Issue 13, item 12: the likelihood drop-down was as wide as the level
 * chosen, so the Why? button beside it moved with each choice. */
static void
test_likelihood_width (HgTestWindow  *f,
                       gconstpointer  data)
{
  HgRisksPage *page = set_up_risks (f);
  GtkWidget *view, *drop;
  int widths[3];

  hg_risks_page_show_view (page, "threats");
  hg_test_spin (50);
  view = hg_test_find_widget (GTK_WIDGET (page), HG_TYPE_RISK_THREATS_VIEW, NULL);
  drop = hg_test_find_widget (view, GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (drop);
  for (guint i = 0; i < 3; i++)
    {
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), i);
      hg_test_spin (20);
      gtk_widget_measure (drop, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &widths[i], NULL, NULL);
      g_test_message ("likelihood at position %u: %d px wide", i, widths[i]);
    }
  g_assert_cmpint (widths[0], ==, widths[1]);
  g_assert_cmpint (widths[1], ==, widths[2]);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/tables/tooltip-width", test_tooltip_width);
  hg_test_window_add ("/tables/tooltip-not-over-popover", test_tooltip_not_over_popover);
  hg_test_window_add ("/tables/likelihood-width", test_likelihood_width);
  hg_test_window_add ("/tables/hidden-filter", test_hidden_filter);
  return hg_test_window_run ();
}

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
#include <math.h>

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

/* ---- Columns ------------------------------------------------------------- */

static void
find_with_class (GtkWidget  *widget,
                 const char *css_class,
                 GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, css_class))
      g_ptr_array_add (found, child);
    else
      find_with_class (child, css_class, found);
}

static void
set_window_width (HgTestWindow *f,
                  int           width)
{
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 760);
  /* The X server answers in its own time on a busy machine. */
  for (guint i = 0; i < 60 && ABS (gtk_widget_get_width (GTK_WIDGET (f->window)) - width) > 20; i++)
    hg_test_spin (50);
  hg_test_spin (200);
  /* Less the frame the window draws around itself. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), >=, width - 20);
}

/* Whether @header is shown whole inside @view, the table's scrolled
 * window: on screen without scrolling, its title not cut. */
static void
assert_header_in_view (GtkWidget  *header,
                       GtkWidget  *view,
                       const char *what)
{
  GtkWidget *label = GTK_IS_LABEL (header) ? header
                                           : hg_test_find_widget (header, GTK_TYPE_LABEL, NULL);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_get_mapped (header));
  g_assert_true (gtk_widget_compute_bounds (header, view, &bounds));
  g_test_message ("%s 「%s」 at %.0f–%.0f of %d px", what, gtk_label_get_text (GTK_LABEL (label)),
                  bounds.origin.x, bounds.origin.x + bounds.size.width,
                  gtk_widget_get_width (view));
  g_assert_cmpfloat (bounds.size.width, >, 0);
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (view));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
}

/* Issue 13, item 7: at 990 px the rating columns of the register were off
 * screen; at 1280 they read 「機 完 可」 and 機密区分 was cut. */
static void
test_register_columns (HgTestWindow  *f,
                       gconstpointer  data)
{
  HgAssetsPage *page = show_example_register (f);
  GtkWidget *view = GTK_WIDGET (hg_assets_page_get_scrolled_window (page));
  const int widths[] = { 990, 1280 };
  /* C, I, A, importance; the classification. */
  const guint rated[] = { 6, 7, 8, 9 };
  const char *names[] = { N_("Confidentiality"), N_("Integrity"), N_("Availability"),
                          N_("Importance") };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(GPtrArray) headers = g_ptr_array_new ();

      set_window_width (f, widths[w]);
      find_with_class (GTK_WIDGET (page), "column-header", headers);
      g_assert_cmpuint (headers->len, ==, 14);
      for (guint i = 0; i < G_N_ELEMENTS (rated); i++)
        {
          GtkWidget *header = g_ptr_array_index (headers, rated[i]);

          assert_header_in_view (header, view, "rating column");
          /* A short title says in full what it is. */
          g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (header), _(names[i])));
        }
      if (widths[w] >= 1280)
        assert_header_in_view (g_ptr_array_index (headers, 10), view, "classification");
    }
}

/* Issue 13, item 7: the columns the user hides stay hidden, also in the
 * next window, and the rating columns cannot be hidden. */
static void
test_register_hidden_columns (HgTestWindow  *f,
                              gconstpointer  data)
{
  HgAssetsPage *page = show_example_register (f);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_auto(GStrv) hidden = NULL;

  set_window_width (f, 1280);
  find_with_class (GTK_WIDGET (page), "column-header", headers);
  g_assert_true (gtk_widget_get_child_visible (g_ptr_array_index (headers, 10)));
  /* Its check in ⋮ → Show Columns, unticked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "columns.classification", NULL));
  hg_test_spin (50);
  g_assert_false (gtk_widget_get_child_visible (g_ptr_array_index (headers, 10)));
  hidden = g_settings_get_strv (settings, "asset-columns-hidden");
  g_assert_true (g_strv_contains ((const char * const *) hidden, "classification"));
  /* Nothing in the menu hides a rating. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "columns.confidentiality",
                                              NULL));

  /* A new window shows the register the same way. */
  hg_test_window_close (f);
  hg_test_window_open (f);
  hg_window_show_page (f->window, "assets");
  set_window_width (f, 1280);
  page = HG_ASSETS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_ASSETS_PAGE, NULL));
  g_ptr_array_set_size (headers, 0);
  find_with_class (GTK_WIDGET (page), "column-header", headers);
  /* Laid out once at least. */
  for (guint i = 0; i < 40 && gtk_widget_get_width (g_ptr_array_index (headers, 1)) == 0; i++)
    hg_test_spin (50);
  g_assert_false (gtk_widget_get_child_visible (g_ptr_array_index (headers, 10)));
  g_settings_reset (settings, "asset-columns-hidden");
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

static GtkWidget *
risk_table_view (HgRisksPage *page)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_with_class (GTK_WIDGET (page), "risk-sheet", found);
  g_assert_cmpuint (found->len, ==, 1);
  return gtk_widget_get_parent (g_ptr_array_index (found, 0));
}

/* Issue 13, item 7: at 1280 px the risk table cut 評価 and left the
 * treatment off screen. */
static void
test_risk_columns (HgTestWindow  *f,
                   gconstpointer  data)
{
  HgRisksPage *page = set_up_risks (f);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  GtkWidget *view = risk_table_view (page);

  set_window_width (f, 1280);
  find_with_class (gtk_widget_get_parent (view), "caption-heading", headers);
  g_assert_cmpuint (headers->len, ==, 10);
  for (guint c = 7; c < 10; c++)   /* risk, level, treatment */
    assert_header_in_view (g_ptr_array_index (headers, c), view, "risk column");
}

/* Issue 13, item 7: scrolling the risk table sideways blanked its header
 * row. The header follows the rows: each title stays over its cells. */
static void
test_risk_header_scrolls (HgTestWindow  *f,
                          gconstpointer  data)
{
  HgRisksPage *page = set_up_risks (f);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  GtkWidget *view = risk_table_view (page);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (view));
  GtkWidget *list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (view));
  graphene_rect_t header, row;
  GtkWidget *first_row;

  /* Narrow enough that the rows are wider than the view. */
  set_window_width (f, 760);
  find_with_class (gtk_widget_get_parent (view), "caption-heading", headers);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >,
                     gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, 40);
  hg_test_spin (100);
  first_row = gtk_widget_get_first_child (list);
  while (first_row != NULL && gtk_widget_get_first_child (first_row) == NULL)
    first_row = gtk_widget_get_next_sibling (first_row);
  g_assert_nonnull (first_row);
  g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_first_child (first_row), view, &row));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (headers, 0), view, &header));
  g_test_message ("scrolled by 40 px: first header at %.0f, first cell at %.0f",
                  header.origin.x, row.origin.x);
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (headers, 0)));
  /* The header label sits 6 px into its column, as the row draws its text. */
  g_assert_cmpfloat (fabs (header.origin.x - 6 - row.origin.x), <, 1);
  g_assert_cmpfloat (row.origin.x, <, 0);

  /* Scrolled to the end, the last title ends where the rows do. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                        - gtk_adjustment_get_page_size (adjustment));
  hg_test_spin (100);
  g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_first_child (first_row), view, &row));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (headers, 9), view, &header));
  g_test_message ("scrolled to the end: last header ends at %.0f, the row at %.0f of %d",
                  header.origin.x + header.size.width, row.origin.x + row.size.width,
                  gtk_widget_get_width (view));
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (headers, 9)));
  g_assert_cmpfloat (fabs (header.origin.x + header.size.width + 6
                           - (row.origin.x + row.size.width)), <, 1);
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
  hg_test_window_add ("/tables/register-columns", test_register_columns);
  hg_test_window_add ("/tables/register-hidden-columns", test_register_hidden_columns);
  hg_test_window_add ("/tables/risk-columns", test_risk_columns);
  hg_test_window_add ("/tables/risk-header-scrolls", test_risk_header_scrolls);
  return hg_test_window_run ();
}

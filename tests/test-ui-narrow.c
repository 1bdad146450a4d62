/* test-ui-narrow.c: every page of the window at 360 × 640, a phone's width
 *
 * The window is set to 360 × 640 and each page (with the wizard's every step
 * and the risk page's every view) is shown in turn. Two things must hold:
 * the window's minimum width, measured with gtk_widget_measure (), is at
 * most 360, and every button outside a scrolled area lies inside the
 * window, so that 次へ and the page's tools can be reached. When the width
 * is too large, the widgets that force it are written to the test log, the
 *
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-approval-dialog.h"
#include "hg-asset-dialog.h"
#include "hg-asset-store.h"
#include "hg-employee.h"
#include "hg-person.h"
#include "hg-policy-page.h"
#include "hg-policy.h"
#include "hg-risks-page.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-table-header.h"

#define NARROW_WIDTH 360
#define NARROW_HEIGHT 640

static int
min_width (GtkWidget *widget)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

/* Writes the chain of widgets whose minimum width exceeds @limit, down to
 * the ones whose children all fit: those are the ones to make fold. */
static void
explain_width (GtkWidget *widget,
               int        limit,
               int        depth,
               GString   *out)
{
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    any |= gtk_widget_should_layout (child) && min_width (child) > limit;
  /* None too wide alone: together they are. Name them all. */
  if (!any && gtk_widget_get_first_child (widget) != NULL)
    {
      g_string_append_printf (out, "%*s=", depth * 2, "");
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
           child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_should_layout (child))
          g_string_append_printf (out, " %s %d", G_OBJECT_TYPE_NAME (child), min_width (child));
      g_string_append_c (out, '\n');
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      int min;

      if (!gtk_widget_should_layout (child))
        continue;
      min = min_width (child);
      if (min <= limit)
        continue;
      g_string_append_printf (out, "%*s%s%s%s min %d\n", depth * 2, "",
                              G_OBJECT_TYPE_NAME (child),
                              gtk_widget_get_name (child)[0] != 'G' ? " #" : "",
                              gtk_widget_get_name (child)[0] != 'G' ? gtk_widget_get_name (child) : "",
                              min);
      explain_width (child, limit, depth + 1, out);
    }
}

/* "GtkBox < AdwHeaderBar < …": where a widget sits, for the failure message. */
static char *
describe_path (GtkWidget *widget,
               GtkWidget *top)
{
  GString *out = g_string_new (NULL);

  for (GtkWidget *w = widget; w && w != top; w = gtk_widget_get_parent (w))
    g_string_append_printf (out, "%s%s[%d]", out->len ? " < " : "", G_OBJECT_TYPE_NAME (w),
                            gtk_widget_get_width (w));
  return g_string_free (out, FALSE);
}

static gboolean
inside_scroller (GtkWidget *widget,
                 GtkWidget *top)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w && w != top; w = gtk_widget_get_parent (w))
    /* A table's header follows its rows' sideways scrolling, clipped. */
    if (GTK_IS_SCROLLED_WINDOW (w) || GTK_IS_VIEWPORT (w) || GTK_IS_LIST_VIEW (w)
        || GTK_IS_COLUMN_VIEW (w) || HG_IS_TABLE_HEADER (w))
      return TRUE;
  return FALSE;
}

/* A drop-down's choice is drawn inside its button, cut if need be, not
 * past its end over the next control. */
static void
check_choice_inside (GtkWidget  *drop,
                     GtkWidget  *widget,
                     const char *where)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (child) || GTK_IS_POPOVER (child))
        continue;
      if (GTK_IS_LABEL (child))
        {
          g_assert_true (gtk_widget_compute_bounds (child, drop, &bounds));
          if (bounds.origin.x + bounds.size.width > gtk_widget_get_width (drop) + 0.5)
            g_error ("%s: the choice “%s” runs %.0f px past its drop-down", where,
                     gtk_label_get_text (GTK_LABEL (child)),
                     bounds.origin.x + bounds.size.width - gtk_widget_get_width (drop));
        }
      check_choice_inside (drop, child, where);
    }
}

static void
check_choices_inside (GtkWidget  *root,
                      const char *where)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_DROP_DOWN (child))
        check_choice_inside (child, child, where);
      else
        check_choices_inside (child, where);
    }
}

/* Every shown button, drop-down and menu button of @root that is not in a
 * scrolled area must lie inside the window's width. */
static void
check_buttons_inside (GtkWidget  *window,
                      GtkWidget  *root,
                      const char *where)
{
  int width = gtk_widget_get_width (window);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (child) || gtk_widget_get_width (child) == 0)
        continue;
      if ((GTK_IS_BUTTON (child) || GTK_IS_DROP_DOWN (child) || GTK_IS_MENU_BUTTON (child))
          && !inside_scroller (child, window))
        {
          g_assert_true (gtk_widget_compute_bounds (child, window, &bounds));
          if (bounds.origin.x < -0.5 || bounds.origin.x + bounds.size.width > width + 0.5)
            {
              g_autofree char *path = describe_path (child, window);

              g_error ("%s: “%s” lies at x %.0f–%.0f, outside the window's %d px: %s", where,
                       GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child))
                         ? gtk_button_get_label (GTK_BUTTON (child)) : gtk_widget_get_name (child),
                       bounds.origin.x, bounds.origin.x + bounds.size.width, width, path);
            }
          continue;
        }
      check_buttons_inside (window, child, where);
    }
}

static void
check_narrow (HgTestWindow *f,
              const char   *where)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  AdwLeaflet *leaflet = ADW_LEAFLET (hg_test_find_widget (window, ADW_TYPE_LEAFLET, NULL));
  int min;

  /* The window's leaflet slides to the page: measure where it stops. */
  hg_test_spin (50);
  for (guint i = 0; i < 100 && adw_leaflet_get_child_transition_running (leaflet); i++)
    hg_test_spin (20);
  hg_test_spin (50);
  min = min_width (window);
  if (min > NARROW_WIDTH)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      explain_width (window, NARROW_WIDTH - 10, 0, out);
      g_test_message ("%s: the window needs %d px:\n%s", where, min, out->str);
      g_error ("%s: the window cannot be narrower than %d px (see the log for why)", where, min);
    }
  g_assert_cmpint (gtk_widget_get_width (window), <=, NARROW_WIDTH);
  /* The window's own width-request (360) hides what its content needs:
   * that must fit in what the window was given. */
  g_assert_cmpint (min_width (GTK_WIDGET (leaflet)), <=, gtk_widget_get_width (window));
  check_buttons_inside (window, window, where);
  check_choices_inside (window, where);
}

static void
add_employee (HgWorkbook *workbook,
              const char *name)
{
  g_autoptr(HgPerson) person = hg_person_new (name, 0, "", "");
  g_autoptr(HgEmployment) employment = hg_employment_new ("2024-04-01", "", HG_EMPLOYEE_ACTIVE, "");
  g_autoptr(GError) error = NULL;
  gint64 id = hg_person_add (workbook, person, &error);

  g_assert_no_error (error);
  g_assert_true (hg_employee_set_employment (workbook, id, employment, &error));
}

static void
narrow_setup (HgTestWindow  *f,
              gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "window.hinagata", NULL);
  workbook = hg_workbook_create (f->path, "株式会社ウィンドウ", &error);
  g_assert_no_error (error);
  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  add_employee (workbook, "山本 健一");
  add_employee (workbook, "佐々木 美穂");
  g_clear_object (&workbook);

  file = g_file_new_for_path (f->path);
  f->window = hg_window_new (GTK_APPLICATION (hg_test_window_app ()));
  gtk_window_set_default_size (GTK_WINDOW (f->window), NARROW_WIDTH, NARROW_HEIGHT);
  g_assert_true (hg_window_open_file (f->window, file));
  gtk_window_present (GTK_WINDOW (f->window));
  hg_test_spin (100);
}

static void
test_narrow_simple_pages (HgTestWindow  *f,
                          gconstpointer  data)
{
  static const char *pages[] = { "overview", "company", "assets", "employees", "assess",
                                 "practice" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      hg_window_show_page (f->window, pages[i]);
      check_narrow (f, pages[i]);
    }
}

/* Every step of the wizard, the rule review at its end included. */
static void
test_narrow_policy (HgTestWindow  *f,
                    gconstpointer  data)
{
  HgPolicyPage *policy;
  GtkWidget *next;
  guint n_steps;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (300);
  policy = HG_POLICY_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL));
  n_steps = hg_pack_get_steps (hg_policy_page_get_pack (policy))->len;
  next = hg_test_find_widget (GTK_WIDGET (policy), GTK_TYPE_BUTTON, "next-button");
  g_assert_nonnull (next);
  for (guint i = 0; i <= n_steps; i++)
    {
      g_autofree char *where = g_strdup_printf ("policy step %u", i);

      hg_policy_page_show_step (policy, i);
      check_narrow (f, where);
      /* 次へ is shown and inside the window on every step but the last. */
      if (i < n_steps)
        g_assert_true (gtk_widget_get_mapped (next));
    }
}

static void
test_narrow_risks (HgTestWindow  *f,
                   gconstpointer  data)
{
  static const char *views[] = { "risks", "threats", "controls", "diagnosis" };
  HgRisksPage *risks;

  hg_window_show_page (f->window, "risks");
  check_narrow (f, "risks before setup");
  risks = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_RISKS_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risks), "risks.setup", NULL));
  hg_test_spin (100);
  g_assert_nonnull (hg_risks_page_get_sheet (risks));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      hg_risks_page_show_view (risks, views[i]);
      check_narrow (f, views[i]);
    }
}

static GtkWidget *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label_with_text (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* The approval dialog (three documents, what changed in each, who
 * approves and when) fits a phone: no wider than the window, its heading
 * whole on one line. */
static void
test_narrow_approval_dialog (HgTestWindow  *f,
                             gconstpointer  data)
{
  GtkWidget *dialog = hg_approval_dialog_new (hg_window_get_session (f->window));
  GtkWidget *label;
  GSList *lines;

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_set_default_size (GTK_WINDOW (dialog), NARROW_WIDTH, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (300);
  g_assert_cmpint (gtk_widget_get_width (dialog), <=, NARROW_WIDTH);
  label = find_label_with_text (dialog, _("Approve the Documents"));
  g_assert_nonnull (label);
  lines = pango_layout_get_lines_readonly (gtk_label_get_layout (GTK_LABEL (label)));
  g_assert_cmpuint (g_slist_length (lines), ==, 1);
  check_buttons_inside (dialog, dialog, "approval dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
}

/* The asset dialog opens no taller than the window it belongs to, at the
 * window's default size; its Save button stays in view. */
static void
test_asset_dialog_height (HgTestWindow  *f,
                          gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GtkWidget *header;
  graphene_rect_t bounds;

  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  dialog = hg_asset_dialog_new (workbook, 1);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (300);
  g_assert_cmpint (gtk_widget_get_height (dialog), <=, gtk_widget_get_height (GTK_WIDGET (f->window)));
  header = hg_test_find_widget (dialog, ADW_TYPE_HEADER_BAR, NULL);
  g_assert_true (gtk_widget_compute_bounds (header, dialog, &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
}

static GtkWidget *
find_with_class (GtkWidget  *root,
                 GType       type,
                 const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_has_css_class (child, css_class))
        return child;
      if ((found = find_with_class (child, type, css_class)) != NULL)
        return found;
    }
  return NULL;
}

/* The wizard's steps are named whole in their list, at the window's
 * default size: 「8. パソコン・スマートフ…」 did not say which step it was. */
static void
test_step_names_whole (HgTestWindow  *f,
                       gconstpointer  data)
{
  GtkWidget *policy;
  GtkWidget *steps;
  guint n = 0;

  hg_window_show_page (f->window, "policy");
  hg_test_spin (300);
  policy = hg_test_find_widget (GTK_WIDGET (f->window), HG_TYPE_POLICY_PAGE, NULL);
  steps = find_with_class (policy, GTK_TYPE_LIST_BOX, "navigation-sidebar");
  g_assert_nonnull (steps);
  g_assert_true (gtk_widget_get_mapped (steps));
  for (GtkWidget *row = gtk_widget_get_first_child (steps); row;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      PangoLayout *layout;

      g_assert_true (GTK_IS_LABEL (label));
      if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
        g_error ("the step “%s” is cut", gtk_label_get_text (GTK_LABEL (label)));
      /* At the narrowest the list can be (its 190 px, less the row's
       * padding), laid out as the label is. */
      layout = gtk_label_get_layout (GTK_LABEL (label));
      {
        g_autoptr(PangoLayout) narrow = pango_layout_copy (layout);

        pango_layout_set_width (narrow, 150 * PANGO_SCALE);
        if (pango_layout_is_ellipsized (narrow))
          g_error ("the step “%s” is cut at 150 px", gtk_label_get_text (GTK_LABEL (label)));
      }
      n++;
    }
  g_assert_cmpuint (n, >, 10);
}

int
main (int   argc,
      char *argv[])
{
  hg_test_window_init (&argc, &argv);
  g_test_add ("/ui/narrow/pages", HgTestWindow, NULL, narrow_setup, test_narrow_simple_pages,
              hg_test_window_teardown);
  g_test_add ("/ui/narrow/policy", HgTestWindow, NULL, narrow_setup, test_narrow_policy,
              hg_test_window_teardown);
  g_test_add ("/ui/narrow/risks", HgTestWindow, NULL, narrow_setup, test_narrow_risks,
              hg_test_window_teardown);
  hg_test_window_add ("/ui/narrow/approval-dialog", test_narrow_approval_dialog);
  hg_test_window_add ("/ui/narrow/asset-dialog-height", test_asset_dialog_height);
  hg_test_window_add ("/ui/narrow/step-names-whole", test_step_names_whole);
  return hg_test_window_run ();
}



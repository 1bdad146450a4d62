/* test-ui-a11y.c: every control of every page and dialog has a name
 *
 * A screen reader reads a control by its accessible name. GTK 4.8 has no
 * public getter for it (gtk_accessible_get_… came in 4.10 and later), so
 * this test computes it the way GTK 4.8's gtk_at_context_get_name () does:
 *
 *   name = the control's `label` accessible property, then the `label`
 *          property of each widget in its `labelled-by` relation (one
 *          level, not recursive), joined with spaces.
 *
 * Both are read through the public test API of the GtkTestATContext
 * (GTK_A11Y=test): gtk_test_accessible_check_property () returns the value
 * when it differs from the one asked for, and the labelled-by target is
 * found by asking gtk_test_accessible_check_relation () about each widget
 * that carries a label. When the name is empty, AT-SPI shows the class
 * name ("GtkSwitch", "GtkToggleButton"), which is what a user heard.
 *
 * A shown button, toggle, check, switch, entry, spin button or drop-down
 * fails when its name is empty, a class name, holds a mnemonic underscore
 * ("_Next") or is the same words twice ("Next Next").
 *
 * Needs a display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-a11y.h"
#include "hg-approval-dialog.h"
#include "hg-asset-dialog.h"
#include "hg-asset-store.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-department-dialog.h"
#include "hg-employee.h"
#include "hg-employment-dialog.h"
#include "hg-person.h"
#include "hg-person-dialog.h"
#include "hg-policy-page.h"
#include "hg-policy.h"
#include "hg-risks-page.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"
#include "hg-treatment-dialog.h"

static char *
label_property (GtkWidget *widget)
{
  char *value;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* Asked for a value no widget has, the test context answers with the
   * value it holds. */
  value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
  return value;
}

static void
collect_labelled (GtkWidget *root,
                  GPtrArray *out)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_ptr_array_add (out, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labelled (child, out);
}

static GtkWidget *
find_target (GtkWidget *widget,
             GtkWidget *root)
{
  g_autoptr(GPtrArray) labelled = g_ptr_array_new ();

  collect_labelled (root, labelled);
  for (guint i = 0; i < labelled->len; i++)
    {
      g_autofree char *differs =
        gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                            g_ptr_array_index (labelled, i), NULL);
      if (differs == NULL)
        return g_ptr_array_index (labelled, i);
    }
  return NULL;
}

/* The name as GTK 4.8 computes it. The labelled-by target is looked for
 * near the control: its label child, its row, up to six levels up. */
static char *
accessible_name (GtkWidget *widget)
{
  GString *name = g_string_new (NULL);
  g_autofree char *own = label_property (widget);

  if (own != NULL)
    g_string_append (name, own);
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      GtkWidget *target = NULL;
      GtkWidget *near = widget;

      /* Not the whole window: with the 432 rules of the review that took
       * minutes. A label is never far from what it names. */
      for (guint up = 0; up < 6 && target == NULL && near != NULL; up++)
        {
          target = find_target (widget, near);
          near = gtk_widget_get_parent (near);
        }
      if (target != NULL)
        {
          g_autofree char *text = label_property (target);

          if (text != NULL && text[0] != '\0')
            g_string_append_printf (name, "%s%s", name->len ? " " : "", text);
        }
    }
  return g_string_free (name, FALSE);
}

static gboolean
is_control (GtkWidget *widget)
{
  switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

/* What a screen reader would say wrongly, or NULL when the name is good. */
static const char *
name_problem (const char *name)
{
  gsize len = strlen (name);

  if (name[0] == '\0')
    return "no name";
  if (g_type_from_name (name) != 0)
    return "a class name";
  for (const char *p = strchr (name, '_'); p != NULL; p = strchr (p + 2, '_'))
    if (p[1] != '\0' && p[1] != '_' && !g_ascii_isspace (p[1]))
      return "a mnemonic underscore";
  if (len % 2 == 1 && name[len / 2] == ' ' && strncmp (name, name + len / 2 + 1, len / 2) == 0)
    return "the same words twice";
  return NULL;
}

/* The tooltip or action, to tell which control a message is about. */
static const char *
hint (GtkWidget *widget)
{
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    return gtk_widget_get_tooltip_text (widget);
  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)))
    return gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));
  return "";
}

static void
check_names_below (GtkWidget  *widget,
                   const char *where,
                   GString    *problems)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (is_control (child))
        {
          g_autofree char *name = accessible_name (child);
          const char *problem = name_problem (name);

          if (problem != NULL)
            {
              GtkWidget *parent = gtk_widget_get_parent (child);

              g_string_append_printf (problems, "%s: %s (%s) in %s in %s%s%s has %s (“%s”)\n", where,
                                      G_OBJECT_TYPE_NAME (child),
                                      hint (child),
                                      G_OBJECT_TYPE_NAME (parent),
                                      G_OBJECT_TYPE_NAME (gtk_widget_get_parent (parent)),
                                      GTK_IS_LABEL (gtk_widget_get_first_child (child)) ? " labelled " : "",
                                      GTK_IS_LABEL (gtk_widget_get_first_child (child))
                                        ? gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (child)))
                                        : "",
                                      problem, name);
            }
        }
      check_names_below (child, where, problems);
    }
}

static void
check_names (GtkWidget  *root,
             const char *where,
             GString    *problems)
{
  hg_test_spin (100);
  check_names_below (root, where, problems);
}

static void
check_dialog (GtkWidget  *window,
              GtkWidget  *dialog,
              const char *where,
              GString    *problems)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (200);
  check_names (dialog, where, problems);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hg_test_spin (50);
}

static void
a11y_setup (HgTestWindow  *f,
            gconstpointer  data)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPerson) person = hg_person_new ("山本 健一", 0, "", "");
  g_autoptr(HgEmployment) employment = hg_employment_new ("2024-04-01", "", HG_EMPLOYEE_ACTIVE, "");
  gint64 id;

  f->dir = hg_test_make_dir ();
  f->path = g_build_filename (f->dir, "window.hinagata", NULL);
  workbook = hg_workbook_create (f->path, "株式会社ウィンドウ", &error);
  g_assert_no_error (error);
  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  id = hg_person_add (workbook, person, &error);
  g_assert_no_error (error);
  g_assert_true (hg_employee_set_employment (workbook, id, employment, &error));
  g_clear_object (&workbook);
  hg_test_window_open (f);
}

static void
test_a11y_pages (HgTestWindow  *f,
                 gconstpointer  data)
{
  static const char *pages[] = { "overview", "company", "assets", "employees", "assess",
                                 "practice" };
  static const char *views[] = { "risks", "threats", "controls", "diagnosis" };
  GtkWidget *window = GTK_WIDGET (f->window);
  g_autoptr(GString) problems = g_string_new (NULL);
  HgPolicyPage *policy;
  HgRisksPage *risks;
  GtkWidget *filter_toggle;
  guint n_steps;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      hg_window_show_page (f->window, pages[i]);
      check_names (window, pages[i], problems);
    }

  /* The asset page's filter bar with its drop-downs. */
  hg_window_show_page (f->window, "assets");
  hg_test_spin (50);
  filter_toggle = hg_test_find_widget (window, GTK_TYPE_TOGGLE_BUTTON, NULL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (filter_toggle), TRUE);
  check_names (window, "assets with filters", problems);

  hg_window_show_page (f->window, "policy");
  hg_test_spin (300);
  policy = HG_POLICY_PAGE (hg_test_find_widget (window, HG_TYPE_POLICY_PAGE, NULL));
  n_steps = hg_pack_get_steps (hg_policy_page_get_pack (policy))->len;
  for (guint i = 0; i <= n_steps; i++)
    {
      g_autofree char *where = g_strdup_printf ("policy step %u", i + 1);

      hg_policy_page_show_step (policy, i);
      check_names (window, where, problems);
    }

  hg_window_show_page (f->window, "risks");
  check_names (window, "risks before setup", problems);
  risks = HG_RISKS_PAGE (hg_test_find_widget (window, HG_TYPE_RISKS_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risks), "risks.setup", NULL));
  hg_test_spin (100);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      hg_risks_page_show_view (risks, views[i]);
      check_names (window, views[i], problems);
    }

  if (problems->len > 0)
    g_error ("controls a screen reader cannot name:\n%s", problems->str);
}

static void
test_a11y_dialogs (HgTestWindow  *f,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GString) problems = g_string_new (NULL);
  gint64 ids[] = { 1, 2 };
  HgRisksPage *risks;

  check_dialog (window, hg_asset_dialog_new (workbook, 1), "asset dialog", problems);
  check_dialog (window, hg_asset_dialog_new (workbook, 0), "new asset dialog", problems);
  check_dialog (window, hg_bulk_edit_dialog_new (workbook, ids, 2), "bulk edit dialog", problems);
  check_dialog (window, hg_department_dialog_new (workbook, 0), "department dialog", problems);
  check_dialog (window, hg_person_dialog_new (workbook, 1), "person dialog", problems);
  check_dialog (window, hg_employment_dialog_new (workbook, 1), "employment dialog", problems);
  check_dialog (window, hg_approval_dialog_new (hg_window_get_session (f->window)),
                "approval dialog", problems);

  hg_window_show_page (f->window, "risks");
  hg_test_spin (100);
  risks = HG_RISKS_PAGE (hg_test_find_widget (window, HG_TYPE_RISKS_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risks), "risks.setup", NULL));
  hg_test_spin (100);
  check_dialog (window, hg_treatment_dialog_new (hg_risks_page_get_sheet (risks), 0, "見積書"),
                "treatment dialog", problems);

  if (problems->len > 0)
    g_error ("controls a screen reader cannot name:\n%s", problems->str);
}

/* The name a mnemonic label leaves, in both ways of writing one. */
static void
test_a11y_strip_mnemonic (void)
{
  static const struct { const char *label, *name; } cases[] = {
    { "_Next", "Next" }, { "Load the _Example Analysis", "Load the Example Analysis" },
    { "保存(_S)", "保存" }, { "キャンセル（_C）", "キャンセル" }, { "A__B", "A_B" },
    { "Plain", "Plain" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = hg_a11y_strip_mnemonic (cases[i].label);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  hg_test_window_init (&argc, &argv);
  g_test_add_func ("/ui/a11y/strip-mnemonic", test_a11y_strip_mnemonic);
  g_test_add ("/ui/a11y/pages", HgTestWindow, NULL, a11y_setup, test_a11y_pages,
              hg_test_window_teardown);
  g_test_add ("/ui/a11y/dialogs", HgTestWindow, NULL, a11y_setup, test_a11y_dialogs,
              hg_test_window_teardown);
  return hg_test_window_run ();
}

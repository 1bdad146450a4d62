/* test-ui-dialogs-everyday.c: the small dialogs of everyday use
 *
 * The asset editor's problems come and go with the form, and Save follows
 * them; Enter in the department dialog adds once and closes. Needs a
 * display (Xvfb in CI); meson runs it in English and in Japanese.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-dialog.h"
#include "hg-department-dialog.h"
#include "hg-department.h"
#include "hg-test-ui.h"
#include "hg-test-util.h"
#include "hg-test-window.h"

static GtkWidget *
child_of (GtkWidget  *dialog,
          GType       type,
          const char *id)
{
  GObject *child = gtk_widget_get_template_child (dialog, type, id);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* Is the problems label shown, and does Save allow saving? */
static void
assert_form (GtkWidget *dialog,
             gboolean   problem_shown,
             gboolean   can_save)
{
  GtkWidget *label = child_of (dialog, HG_TYPE_ASSET_DIALOG, "problems_label");

  g_assert_cmpint (gtk_widget_get_visible (label), ==, problem_shown);
  g_assert_cmpint (gtk_widget_get_sensitive (child_of (dialog, HG_TYPE_ASSET_DIALOG, "save_button")),
                   ==, can_save);
}

static void
test_asset_problems_follow_form (HgTestWindow  *f,
                                 gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  GtkWidget *dialog = hg_asset_dialog_new (workbook, 0);
  HgAssetDialog *asset = HG_ASSET_DIALOG (dialog);
  AdwExpanderRow *disposed;
  GtkEditable *date;
  GtkSwitch *personal;
  GtkLabel *label;

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  hg_test_spin (20);
  label = GTK_LABEL (child_of (dialog, HG_TYPE_ASSET_DIALOG, "problems_label"));

  hg_asset_dialog_set_name (asset, "顧客名簿");
  hg_asset_dialog_set_level (asset, 2, 3);
  assert_form (dialog, FALSE, TRUE);

  /* Disposed without a date is a problem, and Save waits for it. */
  disposed = ADW_EXPANDER_ROW (child_of (dialog, HG_TYPE_ASSET_DIALOG, "disposed_row"));
  date = GTK_EDITABLE (child_of (dialog, HG_TYPE_ASSET_DIALOG, "disposed_on_row"));
  adw_expander_row_set_enable_expansion (disposed, TRUE);
  assert_form (dialog, TRUE, FALSE);
  g_assert_nonnull (strstr (gtk_label_get_text (label), _("Disposal date")));

  /* The date mends it: the message goes and Save comes back. */
  gtk_editable_set_text (date, "2026/4/1");
  assert_form (dialog, FALSE, TRUE);
  gtk_editable_set_text (date, "");
  assert_form (dialog, TRUE, FALSE);

  /* Not disposed after all: nothing left to complain about. */
  adw_expander_row_set_enable_expansion (disposed, FALSE);
  assert_form (dialog, FALSE, TRUE);

  /* A My Number is personal information: its switch turns that one on. */
  personal = GTK_SWITCH (child_of (dialog, HG_TYPE_ASSET_DIALOG, "personal_switch"));
  g_assert_false (gtk_switch_get_active (personal));
  gtk_switch_set_active (GTK_SWITCH (child_of (dialog, HG_TYPE_ASSET_DIALOG, "my_number_switch")),
                         TRUE);
  g_assert_true (gtk_switch_get_active (personal));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (personal)));

  g_assert_true (hg_asset_dialog_save (asset));
  hg_test_spin (20);
}

/* Enter in the name field is one press of Add: one department, and the
 * dialog is gone, as after a click. */
static void
test_department_enter_adds_once (HgTestWindow  *f,
                                 gconstpointer  data)
{
  HgWorkbook *workbook = hg_window_get_workbook (f->window);
  g_autoptr(GPtrArray) before = hg_department_list (workbook);
  g_autoptr(GPtrArray) after = NULL;
  GtkWidget *dialog = hg_department_dialog_new (workbook, 0);
  GtkWidget *row = child_of (dialog, HG_TYPE_DEPARTMENT_DIALOG, "name_row");
  GtkWidget *text = hg_test_find_widget (row, GTK_TYPE_TEXT, NULL);
  guint n_added = 0;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (row), "品質保証部");
  hg_test_spin (20);
  g_assert_nonnull (text);
  /* What pressing Enter in the field does. */
  g_signal_emit_by_name (text, "activate");
  hg_test_spin (50);

  g_assert_null (dialog);
  after = hg_department_list (workbook);
  for (guint i = 0; i < after->len; i++)
    if (g_strcmp0 (((HgDepartment *) g_ptr_array_index (after, i))->name, "品質保証部") == 0)
      n_added++;
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (after->len, ==, before->len + 1);
}

int
main (int    argc,
      char **argv)
{
  hg_test_window_init (&argc, &argv);
  hg_test_window_add ("/window/asset-problems-follow-form", test_asset_problems_follow_form);
  hg_test_window_add ("/window/department-enter-adds-once", test_department_enter_adds_once);
  return hg_test_window_run ();
}

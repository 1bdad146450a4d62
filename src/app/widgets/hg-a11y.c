/* hg-a11y.c: accessible names GTK 4.8 gets wrong, mended for every widget
 *
 * A screen reader reads a control by its accessible name: in GTK 4.8, its
 * `label` property followed by the `label` of each widget it is
 * labelled-by. Some widgets come out wrong whoever builds them, from a
 * template or in C, so they are mended in one place, when each widget is
 * mapped, instead of in each of the 40 .ui files:
 *
 * - A button with a mnemonic has the label "_Next" and is also labelled by
 *   its label child "Next": it was read "_Next Next". Japanese mnemonics
 *   read "保存(_S) 保存(S)". The name becomes the label without its
 *   mnemonic, "Next", "保存".
 * - A check button with a mnemonic was read "_Check".
 * - A button whose child is a label (a toggle with an ellipsized label) had
 *   no name at all: it is labelled by that label.
 * - A drop-down's button, what the focus lands on, had no name and was read
 *   "GtkToggleButton": it is labelled by its drop-down.
 * - A menu button with a text label ("Why?") had no name.
 * - The enable switch of an AdwExpanderRow (libadwaita 1.2) had no name and
 *   was read "GtkSwitch": it takes the row's title.
 * - A switch or check that its AdwActionRow activates is labelled by the
 *   row's title; the label given to it as well made it read twice.
 *
 * tests/test-ui-a11y.c computes every control's name and fails on these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-a11y.h"

#include <string.h>

/* "_Next" → "Next", "保存(_S)" → "保存", "A__B" → "A_B". */
char *
hg_a11y_strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      /* A mnemonic added after a Japanese label, "(_S)" or "（_S）". */
      if ((p[0] == '(' && p[1] == '_' && p[2] != '\0' && p[3] == ')'))
        {
          p += 3;
          continue;
        }
      if (g_str_has_prefix (p, "（_") && p[strlen ("（_")] != '\0'
          && g_str_has_prefix (p + strlen ("（_") + 1, "）"))
        {
          p += strlen ("（_") + strlen ("）");
          continue;
        }
      if (p[0] == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (out, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

static void
name_by_text (GtkWidget  *widget,
              const char *text,
              gboolean    mnemonic)
{
  g_autofree char *name = mnemonic ? hg_a11y_strip_mnemonic (text) : g_strdup (text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* The label child said the same again. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
mend_button (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);
  const char *label = gtk_button_get_label (button);

  if (label != NULL && child != NULL && GTK_IS_LABEL (child))
    name_by_text (GTK_WIDGET (button), label, gtk_button_get_use_underline (button));
  else if (label == NULL && child != NULL && GTK_IS_LABEL (child))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    child, NULL, -1);
}

/* A switch or check that is its row's activatable widget is labelled by
 * the row's title; a label of its own made it read twice. The enable
 * switch of an expander row sits outside the rows it reveals and had no
 * name: it takes the expander row's title. */
static void
mend_row_control (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);
  GtkWidget *expander = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

  if (row != NULL && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == widget)
    {
      /* A drop-down keeps its own label: its button is labelled by it. */
      if (GTK_IS_DROP_DOWN (widget))
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
  else if (expander != NULL && GTK_IS_SWITCH (widget)
           && gtk_widget_get_ancestor (widget, GTK_TYPE_REVEALER) == NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)),
                                    -1);
}

void
hg_a11y_mend (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (GTK_IS_DROP_DOWN (parent) && GTK_IS_TOGGLE_BUTTON (widget))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    parent, NULL, -1);
  else if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)))
    name_by_text (widget, gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)),
                  gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget)));
  else if (GTK_IS_BUTTON (widget))
    mend_button (GTK_BUTTON (widget));
  else if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget))
           && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
    name_by_text (widget, gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), TRUE);
  else if (GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_DROP_DOWN (widget))
    mend_row_control (widget);
}

static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               data)
{
  hg_a11y_mend (g_value_get_object (&values[0]));
  return TRUE;
}

/* Once per process, before the first window. On "map", not "realize": a
 * label set again later ("Approve…" to "Approved") has GTK name the button
 * with its mnemonic again, and "notify" takes no emission hooks. */
void
hg_a11y_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      GTypeClass *widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&installed, 1);
    }
}

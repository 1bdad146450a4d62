/* hg-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-test-ui.h"

/* The first descendant of @type (and with widget name @name, unless NULL),
 * depth first in child order. */
GtkWidget *
hg_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && (name == NULL || g_strcmp0 (gtk_widget_get_name (child), name) == 0))
        return child;
      if ((found = hg_test_find_widget (child, type, name)) != NULL)
        return found;
    }
  return NULL;
}

/* Lets the main loop run for a while: layout, drawing, timeouts. */
void
hg_test_spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The first visible toplevel of @type: the dialog an action just opened. */
GtkWidget *
hg_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (w))
        return w;
    }
  return NULL;
}

/* How many widgets of @type there are under @root, @root included: the
 * rows a list view has made, say. */
guint
hg_test_count_widgets (GtkWidget *root,
                       GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    n += hg_test_count_widgets (child, type);
  return n;
}

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

/* The window notifies what is overdue when a workbook opens. The test's
 * session bus has no notification server, and GLib's freedesktop backend
 * warns (fatally, in a test) when nobody answers; this one answers on the
 * application's own connection and keeps what it was sent. */
static const char notifications_xml[] =
  "<node><interface name='org.freedesktop.Notifications'>"
  " <method name='Notify'>"
  "  <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "  <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "  <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "  <arg type='u' direction='out'/>"
  " </method>"
  " <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "</interface></node>";

static GPtrArray *notifications;  /* of char *: "summary\nbody" */

static void
notifications_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *path,
                    const char            *interface,
                    const char            *method,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  if (g_str_equal (method, "Notify"))
    {
      const char *summary = NULL, *body = NULL;

      g_variant_get_child (parameters, 3, "&s", &summary);
      g_variant_get_child (parameters, 4, "&s", &body);
      g_ptr_array_add (notifications, g_strconcat (summary, "\n", body, NULL));
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(u)", notifications->len));
    }
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

void
hg_test_serve_notifications (GApplication *application)
{
  GDBusConnection *connection = g_application_get_dbus_connection (application);
  static const GDBusInterfaceVTable vtable = { notifications_call, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (notifications_xml, NULL);
  g_autoptr(GVariant) reply = NULL;

  notifications = g_ptr_array_new_with_free_func (g_free);
  if (connection == NULL)
    return;
  g_dbus_connection_register_object (connection, "/org/freedesktop/Notifications",
                                     info->interfaces[0], &vtable, NULL, NULL, NULL);
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.freedesktop.Notifications", 0),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
}

GPtrArray *
hg_test_notifications (void)
{
  return notifications;
}

/* hg-test-ui.h: helpers for programs that drive the real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *hg_test_find_widget (GtkWidget  *root,
                                GType       type,
                                const char *name);
void       hg_test_spin        (guint       milliseconds);
guint      hg_test_count_widgets (GtkWidget *root,
                                  GType      type);
GtkWidget *hg_test_find_toplevel (GType     type);
/* Answers as the desktop's notification server on @application's session
 * bus (the test's has none, and GLib warns when nobody answers); call
 * after registering it. hg_test_notifications() lists what it was sent,
 * "summary\nbody" each. */
void       hg_test_serve_notifications (GApplication *application);
GPtrArray *hg_test_notifications (void);

G_END_DECLS

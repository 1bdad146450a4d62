/* hg-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-a11y.h"
#include "hg-about.h"
#include "hg-application.h"
#include "hg-tooltip.h"
#include "hg-window.h"

struct _HgApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (HgApplication, hg_application, ADW_TYPE_APPLICATION)

static HgWindow *
find_window_for (HgApplication *self,
                 GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (HG_IS_WINDOW (l->data) && hg_window_shows_file (l->data, file))
      return l->data;
  return NULL;
}

/* For tests/bench/startup.py: report when the first frame has been drawn,
 * on the same clock the benchmark reads, then quit. */
static void
first_frame_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  g_print ("first-frame-monotonic-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, app);
  g_application_quit (app);
}

static void
window_mapped_cb (GtkWidget    *window,
                  GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_cb), app);
}

static HgWindow *
new_window (HgApplication *self)
{
  HgWindow *window = hg_window_new (GTK_APPLICATION (self));

  if (g_getenv ("HINAGATA_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), self);
  return window;
}

static void
hg_application_activate (GApplication *app)
{
  HgApplication *self = HG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (new_window (self));
      hg_window_open_startup_workbook (HG_WINDOW (window));
    }
  gtk_window_present (window);
}

static void
hg_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  HgApplication *self = HG_APPLICATION (app);

  /* One window per workbook: a file that is already open is brought to the
   * front instead of failing on its own lock. */
  for (int i = 0; i < n_files; i++)
    {
      HgWindow *window = find_window_for (self, files[i]);

      if (window == NULL)
        {
          window = new_window (self);
          hg_window_open_file (window, files[i]);
        }
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_window_present (GTK_WINDOW (hg_about_window_new (gtk_application_get_active_window (app))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window flushes a field that is still being typed. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
hg_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.show-page::overview", { "<Alt>1", NULL } },
    { "win.show-page::company", { "<Alt>2", NULL } },
    { "win.show-page::assets", { "<Alt>3", NULL } },
    { "win.show-page::risks", { "<Alt>4", NULL } },
    { "win.show-page::policy", { "<Alt>5", NULL } },
    { "win.show-page::employees", { "<Alt>6", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (hg_application_parent_class)->startup (app);
  hg_tooltip_install ();
  hg_a11y_install ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
hg_application_finalize (GObject *object)
{
  HgApplication *self = (HgApplication *) object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hg_application_parent_class)->finalize (object);
}

static void
hg_application_class_init (HgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = hg_application_finalize;
  app_class->activate = hg_application_activate;
  app_class->open = hg_application_open;
  app_class->startup = hg_application_startup;
}

static void
hg_application_init (HgApplication *self)
{
  self->settings = g_settings_new (APP_ID);
}

HgApplication *
hg_application_new (void)
{
  return g_object_new (HG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
hg_application_get_settings (HgApplication *self)
{
  g_return_val_if_fail (HG_IS_APPLICATION (self), NULL);
  return self->settings;
}

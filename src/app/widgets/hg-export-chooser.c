/* hg-export-chooser.c
 *
 * Each register's tab exports through a native save chooser the same way;
 * the chooser is kept on its owner (object data) so that a second click
 * while it is shown opens no second one, and is dropped with the owner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-export-chooser.h"
#include "hg-form.h"

#define CHOOSER_KEY "hg-export-chooser"

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             GtkWidget       *owner)
{
  HgExportChosen chosen = g_object_get_data (G_OBJECT (chooser), "chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        chosen (owner, path);
    }
  g_object_set_data (G_OBJECT (owner), CHOOSER_KEY, NULL);
}

void
hg_export_chooser_run (GtkWidget      *owner,
                       const char     *title,
                       const char     *file_name,
                       const char     *extension,
                       HgExportChosen  chosen)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", extension);
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WIDGET (owner));

  if (g_object_get_data (G_OBJECT (owner), CHOOSER_KEY) != NULL)
    return;
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (owner)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  g_object_set_data_full (G_OBJECT (owner), CHOOSER_KEY, chooser, g_object_unref);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_object_set_data (G_OBJECT (chooser), "chosen", chosen);
  g_signal_connect_object (chooser, "response", G_CALLBACK (response_cb), owner, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
hg_export_chooser_report (GtkWidget    *owner,
                          const char   *path,
                          const GError *error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *message = NULL;

  if (error != NULL)
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (owner)), _("Could Not Export"),
                          error->message);
      return FALSE;
    }
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported to %s"), base);
  hg_form_toast (owner, adw_toast_new (message));
  return TRUE;
}

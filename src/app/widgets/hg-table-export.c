/* hg-table-export.c
 *
 * The registers of the 運用 page (and any page with an Export menu) ask
 * for a file, write it, and say how it went the same way: a native
 * chooser (a portal in a sandbox), a toast naming the file, the error in
 * a dialog. The chooser is kept on the widget while open, so a second
 * click does not stack a second one, and dropped when it answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-table-export"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-table-export.h"

#define CHOOSER_KEY "hg-table-export-chooser"

gboolean
hg_table_export_write (GtkWidget         *widget,
                       const char        *path,
                       HgTableExportFunc  func)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *message = NULL;

  if (!func (widget, path, &error))
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Export"),
                          error->message);
      return FALSE;
    }
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported to %s"), base);
  hg_form_toast (widget, adw_toast_new (message));
  return TRUE;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             GtkWidget       *widget)
{
  HgTableExportFunc func = (HgTableExportFunc) g_object_get_data (G_OBJECT (chooser), "func");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        hg_table_export_write (widget, path, func);
    }
  g_object_set_data (G_OBJECT (widget), CHOOSER_KEY, NULL);
}

void
hg_table_export_choose (GtkWidget         *widget,
                        const char        *title,
                        const char        *file_name,
                        HgTableExportFunc  func)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *extension = strrchr (file_name, '.');
  g_autofree char *pattern = g_strdup_printf ("*%s", extension ? extension : "");
  GtkFileChooserNative *chooser;

  if (g_object_get_data (G_OBJECT (widget), CHOOSER_KEY) != NULL)
    return;
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* The widget owns it from here; response_cb() drops it. */
  g_object_set_data_full (G_OBJECT (widget), CHOOSER_KEY, chooser, g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "func", (gpointer) func);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, extension ? extension + 1 : file_name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

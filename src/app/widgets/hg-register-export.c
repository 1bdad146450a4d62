/* hg-register-export.c
 *
 * The registers of the 運用 page all export the same way; the chooser is
 * kept alive by the request it belongs to, not by the view, so a view
 * needs no field for it and closing the window while it is open leaves
 * nothing behind but the request, freed at the chooser's response. While
 * it is open the widget points at it, so a second click brings no second
 * chooser.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-register-export"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-register-export.h"

#define CHOOSER_KEY "hg-register-export-chooser"

typedef struct
{
  GtkWidget            *widget;
  HgRegisterExportFunc  func;
  GtkFileChooserNative *chooser;
} Request;

gboolean
hg_register_export_run (GtkWidget            *widget,
                        const char           *path,
                        HgRegisterExportFunc  func)
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
             Request         *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        hg_register_export_run (request->widget, path, request->func);
    }
  g_object_set_data (G_OBJECT (request->widget), CHOOSER_KEY, NULL);
  g_object_unref (request->chooser);
  g_object_unref (request->widget);
  g_free (request);
}

void
hg_register_export_ask (GtkWidget            *widget,
                        const char           *title,
                        const char           *file_stem,
                        const char           *format,
                        HgRegisterExportFunc  func)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", format);
  g_autofree char *file_name = g_strdup_printf ("%s.%s", file_stem, format);
  Request *request;

  if (g_object_get_data (G_OBJECT (widget), CHOOSER_KEY) != NULL)
    return;
  request = g_new0 (Request, 1);
  request->widget = g_object_ref (widget);
  request->func = func;
  request->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                                  GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                                  _("_Cancel"));
  g_object_set_data (G_OBJECT (widget), CHOOSER_KEY, request->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (request->chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, format);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (request->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (request->chooser), file_name);
  g_signal_connect (request->chooser, "response", G_CALLBACK (response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (request->chooser));
}

/* hg-doc-export.c
 *
 * The chooser offers the document's title as the file name, so a folder
 * of exports reads 情報セキュリティ関連規程.pdf, 情報セキュリティ基本方針.docx.
 * The writers replace the file only once it is complete; a failure says
 * what went wrong and leaves any earlier file as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hg-doc-export.h"
#include "hg-form.h"

typedef struct
{
  GtkWidget   *widget;   /* weak: toasts and errors go to its window */
  HgDoc       *doc;
  HgDocFormat  format;
} Export;

static void
export_free (Export *e)
{
  g_clear_weak_pointer (&e->widget);
  hg_doc_free (e->doc);
  g_free (e);
}

gboolean
hg_doc_export_to_path (GtkWidget   *widget,
                       const HgDoc *doc,
                       HgDocFormat  format,
                       const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;

  if (!hg_doc_write (doc, format, path, &error))
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Export"),
                          error->message);
      return FALSE;
    }
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported to %s"), name);
  hg_form_toast (widget, adw_toast_new (message));
  return TRUE;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Export          *e)
{
  if (response == GTK_RESPONSE_ACCEPT && e->widget != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autofree char *with_extension = NULL;
      const char *extension = hg_doc_format_get_extension (e->format);

      /* A name typed without its extension gets it: a file manager needs it
       * to open the file with the right program. */
      if (path != NULL && !g_str_has_suffix (path, extension))
        with_extension = g_strdup_printf ("%s.%s", path, extension);
      if (path != NULL)
        hg_doc_export_to_path (e->widget, e->doc, e->format,
                               with_extension ? with_extension : path);
    }
  export_free (e);
  g_object_unref (chooser);
}

/* @doc is copied: what is exported is the text as it stood when asked. */
void
hg_doc_export_run (GtkWidget   *widget,
                   const HgDoc *doc,
                   HgDocFormat  format)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", hg_doc_format_get_extension (format));
  g_autofree char *name = g_strdup_printf ("%s.%s", doc->title,
                                          hg_doc_format_get_extension (format));
  /* Translators: %s is a format, e.g. "PDF" */
  g_autofree char *title = g_strdup_printf (_("Export as %s"), hg_doc_format_get_title (format));
  GtkFileChooserNative *chooser;
  Export *e = g_new0 (Export, 1);

  g_set_weak_pointer (&e->widget, widget);
  e->doc = hg_doc_copy (doc);
  e->format = format;

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, hg_doc_format_get_mime_type (format));
  gtk_file_filter_set_name (filter, hg_doc_format_get_title (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), e);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* hg-doc-export.c
 *
 * The chooser offers the document's title as the file name, so a folder
 * of exports reads 情報セキュリティ関連規程.pdf, 情報セキュリティ基本方針.docx.
 * The writers replace the file only once it is complete; a failure says
 * what went wrong and leaves any earlier file as it was.
 *
 * From the chooser the file is written in a thread, shown in the window's
 * task bar: the writer reads only its own copy of the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hg-doc-export.h"
#include "hg-form.h"
#include "hg-task-bar.h"

typedef struct
{
  GtkWidget   *widget;   /* weak: toasts and errors go to its window */
  HgDoc       *doc;
  HgDocFormat  format;
  char        *path;     /* once chosen */
  char        *action;   /* off while the file is written; may be NULL */
} Export;

static void
export_free (Export *e)
{
  g_clear_weak_pointer (&e->widget);
  hg_doc_free (e->doc);
  g_free (e->path);
  g_free (e->action);
  g_free (e);
}

/* Says how the export went: an error in a dialog, success in a toast. */
static gboolean
report (GtkWidget    *widget,
        const char   *path,
        const GError *error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;

  if (error != NULL)
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

/* Here and now, for the tests. */
gboolean
hg_doc_export_to_path (GtkWidget   *widget,
                       const HgDoc *doc,
                       HgDocFormat  format,
                       const char  *path)
{
  g_autoptr(GError) error = NULL;

  hg_doc_write (doc, format, path, &error);
  return report (widget, path, error);
}

/* In the task's thread: reads only @e's copy of the document. */
static gboolean
write_cb (HgJob     *job,
          gpointer   data,
          GError   **error)
{
  Export *e = data;

  return hg_doc_write_job (e->doc, e->format, e->path, job, error);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GtkWidget *widget = GTK_WIDGET (source);
  g_autoptr(GError) error = NULL;
  Export *e = NULL;

  hg_task_row_finish (result, (gpointer *) &e, &error);
  if (gtk_widget_get_root (widget) == NULL)
    return;
  if (e->action != NULL)
    gtk_widget_action_set_enabled (widget, e->action, TRUE);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    report (widget, e->path, error);
}

/* Takes @e: writes it in a thread for its widget. */
static void
start (Export *e)
{
  g_return_if_fail (e->widget != NULL && e->path != NULL);

  g_autofree char *base = g_path_get_basename (e->path);
  g_autofree char *title = g_strdup_printf (_("Exporting “%s”…"), base);

  if (e->action != NULL)
    gtk_widget_action_set_enabled (e->widget, e->action, FALSE);
  hg_task_bar_run (e->widget, title, write_cb, e, (GDestroyNotify) export_free, written_cb,
                   NULL);
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Export          *e)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  const char *extension = hg_doc_format_get_extension (e->format);

  if (response == GTK_RESPONSE_ACCEPT && e->widget != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
    }
  g_object_unref (chooser);
  if (path == NULL)
    {
      export_free (e);
      return;
    }
  /* A name typed without its extension gets it: a file manager needs it
   * to open the file with the right program. */
  e->path = g_str_has_suffix (path, extension) ? g_steal_pointer (&path)
                                               : g_strdup_printf ("%s.%s", path, extension);
  start (e);
}

static Export *
export_new (GtkWidget   *widget,
            const HgDoc *doc,
            HgDocFormat  format,
            const char  *action_name)
{
  Export *e = g_new0 (Export, 1);

  g_set_weak_pointer (&e->widget, widget);
  e->doc = hg_doc_copy (doc);
  e->format = format;
  e->action = g_strdup (action_name);
  return e;
}

/* What the chooser does once @path is chosen: writes @doc's copy in a
 * thread, shown in the window's task bar, and says how it went. */
void
hg_doc_export_start (GtkWidget   *widget,
                     const HgDoc *doc,
                     HgDocFormat  format,
                     const char  *path,
                     const char  *action_name)
{
  Export *e = export_new (widget, doc, format, action_name);

  e->path = g_strdup (path);
  start (e);
}

/* @doc is copied: what is exported is the text as it stood when asked.
 * @action_name (may be NULL), one of @widget's actions, is off until the
 * file is written. */
void
hg_doc_export_run (GtkWidget   *widget,
                   const HgDoc *doc,
                   HgDocFormat  format,
                   const char  *action_name)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", hg_doc_format_get_extension (format));
  g_autofree char *name = g_strdup_printf ("%s.%s", doc->title,
                                          hg_doc_format_get_extension (format));
  /* Translators: %s is a format, e.g. "PDF" */
  g_autofree char *title = g_strdup_printf (_("Export as %s"), hg_doc_format_get_title (format));
  GtkFileChooserNative *chooser;
  Export *e = export_new (widget, doc, format, action_name);

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

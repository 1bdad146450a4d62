/* hg-pack-chooser.c
 *
 * A pack is checked in full before the workbook takes it: a broken pack
 * is shown as a list of its problems, each with its line, and the workbook
 * keeps the pack it had. A good pack is copied into the workbook, so the
 * documents do not depend on where the file lives afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-pack-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-pack-chooser.h"
#include "hg-pack-problems-dialog.h"
#include "hg-policy.h"

/* Returns whether the workbook now uses the pack at @path. */
gboolean
hg_pack_chooser_load_file (GtkWindow  *parent,
                           HgWorkbook *workbook,
                           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(HgPack) pack = NULL;
  g_autofree char *source = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gsize length = 0;

  if (g_file_get_contents (path, &source, &length, &error))
    pack = hg_pack_load_memory (source, length, name, &problems, &error);
  if (pack == NULL)
    {
      GtkWidget *dialog = hg_pack_problems_dialog_new (path, problems, error->message);

      gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }
  if (!hg_policy_use_pack (workbook, source, length, name, &error))
    {
      hg_form_show_error (parent, _("Could Not Use the Template Pack"), error->message);
      return FALSE;
    }
  {
    /* Translators: %s is the pack's title */
    g_autofree char *message = g_strdup_printf (_("Documents now come from “%s”"),
                                                hg_pack_get_title (pack));
    hg_form_toast (GTK_WIDGET (parent), adw_toast_new (message));
  }
  return TRUE;
}

typedef struct
{
  GtkWindow  *parent;    /* weak */
  HgWorkbook *workbook;
} Choice;

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Choice          *c)
{
  if (response == GTK_RESPONSE_ACCEPT && c->parent != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        hg_pack_chooser_load_file (c->parent, c->workbook, path);
    }
  g_clear_weak_pointer (&c->parent);
  g_object_unref (c->workbook);
  g_free (c);
  g_object_unref (chooser);
}

void
hg_pack_chooser_run (GtkWindow  *parent,
                     HgWorkbook *workbook)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  Choice *c = g_new0 (Choice, 1);

  g_set_weak_pointer (&c->parent, parent);
  c->workbook = g_object_ref (workbook);
  chooser = gtk_file_chooser_native_new (_("Open Template Pack"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_set_name (filter, _("Template packs (XML)"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), c);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

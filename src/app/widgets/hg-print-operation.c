/* hg-print-operation.c
 *
 * Prints through the same page layout as the PDF export: begin-print lays
 * the document out with the print context's Pango context on the paper
 * the user chose, so a printout on A4 breaks on exactly the PDF's pages,
 * and draw-page replays one of them. The layout draws its own margins,
 * hence the full page and points as units.
 *
 * The print settings and the page setup of the last print are kept in
 * files under the user's configuration directory (as GTK saves them), not
 * in GSettings: they are GTK's own key files, and a printer's options are
 * open-ended.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-print"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "hg-doc-layout.h"
#include "hg-print-operation.h"
#include "hg-save-file.h"

#define SETTINGS_FILE   "print-settings.ini"
#define PAGE_SETUP_FILE "page-setup.ini"

struct _HgPrintOperation
{
  GtkPrintOperation  parent_instance;

  HgDoc             *doc;
  HgDocLayout       *layout;
};

G_DEFINE_FINAL_TYPE (HgPrintOperation, hg_print_operation, GTK_TYPE_PRINT_OPERATION)

static char *
config_path (const char *name)
{
  return g_build_filename (g_get_user_config_dir (), "hinagata", name, NULL);
}

static void
hg_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  HgPrintOperation *self = HG_PRINT_OPERATION (operation);
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  g_clear_pointer (&self->layout, hg_doc_layout_free);
  self->layout = hg_doc_layout_new (self->doc, pango, gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context), NULL);
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, hg_doc_layout_get_n_pages (self->layout));
}

static void
hg_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  HgPrintOperation *self = HG_PRINT_OPERATION (operation);

  hg_doc_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
hg_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  HgPrintOperation *self = HG_PRINT_OPERATION (operation);

  g_clear_pointer (&self->layout, hg_doc_layout_free);
}

static void
hg_print_operation_finalize (GObject *object)
{
  HgPrintOperation *self = HG_PRINT_OPERATION (object);

  g_clear_pointer (&self->layout, hg_doc_layout_free);
  g_clear_pointer (&self->doc, hg_doc_free);
  G_OBJECT_CLASS (hg_print_operation_parent_class)->finalize (object);
}

static void
hg_print_operation_class_init (HgPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = hg_print_operation_finalize;
  operation_class->begin_print = hg_print_operation_begin_print;
  operation_class->draw_page = hg_print_operation_draw_page;
  operation_class->end_print = hg_print_operation_end_print;
}

/* What the last print used, or A4 and the printer's defaults. */
static void
load_settings (HgPrintOperation *self)
{
  g_autofree char *settings_path = config_path (SETTINGS_FILE);
  g_autofree char *setup_path = config_path (PAGE_SETUP_FILE);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_file (settings_path, NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new_from_file (setup_path, NULL);

  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
  if (setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
    }
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
}

static void
hg_print_operation_init (HgPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  load_settings (self);
}

/* An operation that prints a copy of @doc. */
HgPrintOperation *
hg_print_operation_new (const HgDoc *doc)
{
  HgPrintOperation *self;

  g_return_val_if_fail (doc != NULL, NULL);

  self = g_object_new (HG_TYPE_PRINT_OPERATION, "job-name", doc->title, NULL);
  self->doc = hg_doc_copy (doc);
  return self;
}

/* Keeps the settings and page setup of this operation for the next one.
 * Losing them costs the user a few clicks, so a failure is only logged. */
void
hg_print_operation_save_settings (HgPrintOperation *self)
{
  g_autofree char *settings_path = config_path (SETTINGS_FILE);
  g_autofree char *setup_path = config_path (PAGE_SETUP_FILE);
  g_autofree char *dir = g_path_get_dirname (settings_path);
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings;
  GtkPageSetup *setup;

  g_return_if_fail (HG_IS_PRINT_OPERATION (self));

  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (self));
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_message ("Could not keep the print settings in %s: %s", dir, g_strerror (errno));
  else if ((settings != NULL && !gtk_print_settings_to_file (settings, settings_path, &error))
           || (setup != NULL && !gtk_page_setup_to_file (setup, setup_path, &error)))
    g_message ("Could not keep the print settings: %s", error->message);
}

/* Prints @doc: with the print dialog (and its preview), straight to the
 * printer, as a preview, or exported to the PDF file @export_path with
 * GTK_PRINT_OPERATION_ACTION_EXPORT. Returns FALSE with @error set when
 * printing failed; a dialog the user cancelled is not a failure. */
gboolean
hg_print_doc (GtkWindow                *parent,
              const HgDoc              *doc,
              GtkPrintOperationAction   action,
              const char               *export_path,
              GError                  **error)
{
  g_autoptr(HgPrintOperation) self = NULL;
  g_autoptr(HgSaveFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_path != NULL,
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* GTK writes the file by name: it gets the temporary file, so that the
   * target is checked and replaced as by every other export. */
  if (action == GTK_PRINT_OPERATION_ACTION_EXPORT)
    {
      file = hg_save_file_new (export_path, error);
      if (file == NULL)
        return FALSE;
    }
  self = hg_print_operation_new (doc);
  if (file != NULL)
    gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (self),
                                             hg_save_file_get_temp_path (file));
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), action, parent, &local_error);

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      if (action == GTK_PRINT_OPERATION_ACTION_EXPORT)
        {
          g_autofree char *display = g_filename_display_name (export_path);

          g_set_error (error, local_error->domain, local_error->code,
                       _("Could not write “%s”: %s"), display, local_error->message);
        }
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not print “%s”: %s"), doc->display_title, local_error->message);
      return FALSE;

    case GTK_PRINT_OPERATION_RESULT_APPLY:
      if (file != NULL)
        return hg_save_file_commit (file, error);
      /* Only the dialog changes the settings. */
      if (action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG)
        hg_print_operation_save_settings (self);
      return TRUE;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

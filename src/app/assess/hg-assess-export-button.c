/* hg-assess-export-button.c
 *
 * The export is read from the workbook here, on the main thread, when the
 * user asks for it (hg_assessment_export_new()), and written in a task's
 * thread with progress and Cancel (hg_task_bar_run()): a write-back copies
 * the whole of the customer's workbook, which can take a moment. Writing
 * back asks first for the file the sheet was imported from — Hinagata
 * keeps only its digest — then where the copy goes; the original itself
 * is never replaced (hg_xlsx_patch_file() refuses it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-assess-export-button.h"
#include "hg-form.h"
#include "hg-framework-catalog.h"
#include "hg-task-bar.h"

struct _HgAssessExportButton
{
  AdwBin       parent_instance;

  /* Weak, and the framework by its id, loaded again when exported: the
   * page may swap either while a file is written. */
  HgWorkbook  *workbook;
  char        *framework_id;
  char        *title;        /* the framework's, for file names */
  gboolean     busy;         /* an export of this button is being written */
};

G_DEFINE_FINAL_TYPE (HgAssessExportButton, hg_assess_export_button, ADW_TYPE_BIN)

static const char *const extensions[HG_ASSESSMENT_EXPORT_N_FORMATS] = {
  "xlsx", "csv", "pdf", "docx", "odt", "html",
};

typedef struct
{
  HgAssessmentExport *export;
  char               *path;
  char               *original;
} Task;

static void
task_free (Task *t)
{
  hg_assessment_export_free (t->export);
  g_free (t->path);
  g_free (t->original);
  g_free (t);
}

gboolean
hg_assess_export_button_can_write_back (HgAssessExportButton *self)
{
  return self->workbook != NULL && self->framework_id != NULL && !self->busy
         && hg_assessment_export_is_imported (self->workbook, self->framework_id, NULL);
}

static void
update_actions (HgAssessExportButton *self)
{
  gboolean ready = self->workbook != NULL && self->framework_id != NULL && !self->busy;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assess-export.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assess-export.write-back",
                                 hg_assess_export_button_can_write_back (self));
}

static void
show_error (HgAssessExportButton *self,
            const GError         *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  hg_form_show_error (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Could Not Export"),
                      error->message);
}

/* In the task's thread: touches only @data. */
static gboolean
write_cb (HgJob     *job,
          gpointer   data,
          GError   **error)
{
  Task *t = data;

  return hg_assessment_export_write (t->export, t->path, t->original, job, error);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  HgAssessExportButton *self = HG_ASSESS_EXPORT_BUTTON (source);
  g_autoptr(GError) error = NULL;
  Task *t = NULL;

  hg_task_row_finish (result, (gpointer *) &t, &error);
  self->busy = FALSE;
  update_actions (self);
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    show_error (self, error);
  else
    {
      g_autofree char *name = g_path_get_basename (t->path);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Exported to %s"), name);

      hg_form_toast (GTK_WIDGET (self), adw_toast_new (message));
    }
}

/* Takes @export. */
static void
start (HgAssessExportButton *self,
       HgAssessmentExport   *export,
       const char           *path,
       const char           *original)
{
  Task *t = g_new0 (Task, 1);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *title = g_strdup_printf (_("Exporting “%s”…"), base);

  t->export = export;
  t->path = g_strdup (path);
  t->original = g_strdup (original);
  self->busy = TRUE;
  update_actions (self);
  hg_task_bar_run (GTK_WIDGET (self), title, write_cb, t, (GDestroyNotify) task_free,
                   written_cb, NULL);
}

void
hg_assess_export_button_export_to (HgAssessExportButton     *self,
                                   HgAssessmentExportFormat  format,
                                   const char               *path,
                                   const char               *original)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) framework = NULL;
  HgAssessmentExport *export = NULL;

  g_return_if_fail (HG_IS_ASSESS_EXPORT_BUTTON (self));
  g_return_if_fail (self->workbook != NULL && self->framework_id != NULL && !self->busy);

  /* Read now, as the answers stand when asked. */
  framework = hg_framework_catalog_load (self->workbook, self->framework_id, NULL, &error);
  if (framework != NULL)
    export = hg_assessment_export_new (self->workbook, framework, format, &error);
  if (export == NULL)
    {
      show_error (self, error);
      return;
    }
  start (self, export, path, original);
}

/* ---- The file choosers ------------------------------------------------------------- */

typedef struct
{
  HgAssessExportButton     *self;       /* weak */
  HgAssessmentExportFormat  format;
  char                     *original;   /* write-back: once chosen */
} Choice;

static void
choice_free (Choice *c)
{
  g_clear_weak_pointer (&c->self);
  g_free (c->original);
  g_free (c);
}

static char *
chosen_path (GtkNativeDialog *chooser,
             int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  return file != NULL ? g_file_get_path (file) : NULL;
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  Choice          *c)
{
  g_autofree char *path = chosen_path (chooser, response);
  const char *extension = extensions[c->format];

  g_object_unref (chooser);
  if (path != NULL && c->self != NULL)
    {
      /* A name typed without its extension gets it, so that the file
       * opens in the right program. */
      g_autofree char *dotted = g_strconcat (".", extension, NULL);
      g_autofree char *full = g_str_has_suffix (path, dotted)
                              ? g_strdup (path) : g_strconcat (path, dotted, NULL);

      hg_assess_export_button_export_to (c->self, c->format, full, c->original);
    }
  choice_free (c);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *extension)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", extension);

  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, name);
  gtk_file_chooser_add_filter (chooser, filter);
}

static char *
suggested_name (HgAssessExportButton *self,
                Choice               *c)
{
  if (c->format == HG_ASSESSMENT_EXPORT_XLSX)
    {
      g_autofree char *base = g_path_get_basename (c->original);
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      /* Translators: the name of the copy written back; %s is the original's name */
      return g_strdup_printf (_("%s (answered).xlsx"), base);
    }
  if (c->format == HG_ASSESSMENT_EXPORT_CSV)
    return g_strdup_printf ("%s.csv", self->title);
  /* Translators: the file name of the report; %s is the framework's title */
  return g_strdup_printf (_("Self-Assessment Report %s.%s"),
                          self->title, extensions[c->format]);
}

static void
ask_where (HgAssessExportButton *self,
           Choice               *c)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = suggested_name (self, c);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (c->format == HG_ASSESSMENT_EXPORT_XLSX
                                         ? _("Save the Answered Copy As")
                                         : _("Export the Assessment"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), hg_assessment_export_format_get_name (c->format),
              extensions[c->format]);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), c);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
original_response_cb (GtkNativeDialog *chooser,
                      int              response,
                      Choice          *c)
{
  g_autofree char *path = chosen_path (chooser, response);

  g_object_unref (chooser);
  if (path == NULL || c->self == NULL)
    {
      choice_free (c);
      return;
    }
  c->original = g_steal_pointer (&path);
  ask_where (c->self, c);
}

static Choice *
choice_new (HgAssessExportButton     *self,
            HgAssessmentExportFormat  format)
{
  Choice *c = g_new0 (Choice, 1);

  g_set_weak_pointer (&c->self, self);
  c->format = format;
  return c;
}

static void
write_back_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HgAssessExportButton *self = HG_ASSESS_EXPORT_BUTTON (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;
  GtkFileChooserNative *chooser;

  hg_assessment_export_is_imported (self->workbook, self->framework_id, &source);
  /* Translators: %s is the file name the check sheet was imported from */
  title = g_strdup_printf (_("Choose the Check Sheet “%s”"), source != NULL ? source : "");
  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Excel Workbook"), "xlsx");
  g_signal_connect (chooser, "response", G_CALLBACK (original_response_cb),
                    choice_new (self, HG_ASSESSMENT_EXPORT_XLSX));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HgAssessExportButton *self = HG_ASSESS_EXPORT_BUTTON (widget);
  HgAssessmentExportFormat format;

  if (!hg_assessment_export_format_from_name (g_variant_get_string (parameter, NULL), &format)
      || format == HG_ASSESSMENT_EXPORT_XLSX)
    return;
  ask_where (self, choice_new (self, format));
}

/* ---- The object -------------------------------------------------------------------- */

void
hg_assess_export_button_set_framework (HgAssessExportButton *self,
                                       HgWorkbook           *workbook,
                                       HgFramework          *framework)
{
  g_return_if_fail (HG_IS_ASSESS_EXPORT_BUTTON (self));

  g_set_weak_pointer (&self->workbook, workbook);
  g_free (self->framework_id);
  self->framework_id = framework != NULL ? g_strdup (hg_framework_get_id (framework)) : NULL;
  g_free (self->title);
  self->title = framework != NULL ? g_strdup (hg_framework_get_title (framework)) : NULL;
  update_actions (self);
}

GtkWidget *
hg_assess_export_button_new (void)
{
  return g_object_new (HG_TYPE_ASSESS_EXPORT_BUTTON, NULL);
}

static void
hg_assess_export_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_EXPORT_BUTTON);
  G_OBJECT_CLASS (hg_assess_export_button_parent_class)->dispose (object);
}

static void
hg_assess_export_button_finalize (GObject *object)
{
  HgAssessExportButton *self = HG_ASSESS_EXPORT_BUTTON (object);

  g_clear_weak_pointer (&self->workbook);
  g_free (self->framework_id);
  g_free (self->title);
  G_OBJECT_CLASS (hg_assess_export_button_parent_class)->finalize (object);
}

static void
hg_assess_export_button_class_init (HgAssessExportButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_assess_export_button_dispose;
  object_class->finalize = hg_assess_export_button_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-export-button.ui");
  gtk_widget_class_install_action (widget_class, "assess-export.write-back", NULL,
                                   write_back_action);
  gtk_widget_class_install_action (widget_class, "assess-export.export", "s", export_action);
}

static void
hg_assess_export_button_init (HgAssessExportButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

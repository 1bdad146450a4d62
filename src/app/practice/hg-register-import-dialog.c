/* hg-register-import-dialog.c
 *
 * One dialog for the three registers a company brings from Excel:
 * contacts, external services and contractors, the carry-out log. It reads
 * and checks the file in a thread, with its progress and Cancel (an
 * HgTaskRow in the dialog itself: nothing else is shown until the file is
 * read), then previews the rows and every problem with its line, column
 * and value. Import stays off while a single problem is left, and writes
 * the whole file as one undo step (hg-register-import.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-register-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-register-import-dialog.h"
#include "hg-register-imports.h"
#include "hg-task-row.h"

/* A preview, not a second register: beyond this it says how many more. */
#define MAX_LISTED 200

struct _HgRegisterImportDialog
{
  AdwWindow         parent_instance;

  HgSession        *session;
  char             *register_id;
  char             *path;
  HgRegister        reg;
  HgRegisterImport *import;    /* once read */
  GtkWidget        *task_row;  /* while reading */

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkButton        *import_button;
  GtkStack         *stack;
  GtkBox           *reading_box;
  AdwStatusPage    *failed_page;
  GtkLabel         *summary_label;
  GtkWidget        *problems_heading;
  GtkListBox       *problems_list;
  GtkLabel         *unknown_label;
  GtkListBox       *rows_list;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (HgRegisterImportDialog, hg_register_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_REGISTER,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the thread reads: the file and the import it fills. */
typedef struct
{
  char             *path;
  HgRegisterImport *import;
} Task;

static void
task_free (Task *t)
{
  g_free (t->path);
  g_clear_pointer (&t->import, hg_register_import_free);
  g_free (t);
}

static gboolean
read_file (HgJob     *job,
           gpointer   data,
           GError   **error)
{
  Task *t = data;
  /* Opened here: telling the format and unpacking an Excel file take time. */
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (t->path, error);

  return reader != NULL && hg_job_check (job, error)
         && hg_register_import_check_rows (t->import, reader, job, error);
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_append (list, row);
  return row;
}

static void
add_more (GtkListBox *list,
          guint       more)
{
  g_autofree char *text = g_strdup_printf (_("…and %u more"), more);

  if (more > 0)
    add_row (list, text, NULL);
}

static void
fill_problems (HgRegisterImportDialog *self)
{
  GPtrArray *problems = hg_register_import_get_problems (self->import);
  guint n = hg_register_import_get_n_problems (self->import);

  for (guint i = 0; i < MIN (problems->len, MAX_LISTED); i++)
    {
      const HgImportProblem *p = g_ptr_array_index (problems, i);
      /* Translators: where an import problem is, e.g. "Line 12 · 機密性 · “5”" */
      g_autofree char *where = g_strdup_printf (_("Line %u · %s · “%s”"), p->line,
                                                p->column ? p->column : "", p->value);

      add_row (self->problems_list, p->reason, where);
    }
  add_more (self->problems_list, n - MIN (problems->len, MAX_LISTED));
  gtk_widget_set_visible (self->problems_heading, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), n > 0);
}

/* A row as the register shows it: its first column as the title, the
 * line and the other filled columns under it. */
static void
fill_rows (HgRegisterImportDialog *self)
{
  guint n = hg_register_import_get_n_rows (self->import);

  for (guint i = 0; i < MIN (n, MAX_LISTED); i++)
    {
      g_auto(GStrv) cells = hg_register_import_describe_row (self->import, i);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row;

      g_string_printf (subtitle, _("Line %u"), hg_register_import_get_line (self->import, i));
      if (hg_register_import_is_existing (self->import, i))
        g_string_append_printf (subtitle, " · %s", _("already in the register"));
      for (guint c = 1; cells[c] != NULL; c++)
        if (cells[c][0] != '\0')
          g_string_append_printf (subtitle, " · %s", cells[c]);
      row = add_row (self->rows_list, cells[0][0] ? cells[0] : "—", subtitle->str);
      /* Greyed as well as said: these rows will not be imported. */
      if (hg_register_import_is_existing (self->import, i))
        gtk_widget_add_css_class (row, "dim-label");
    }
  add_more (self->rows_list, n - MIN (n, MAX_LISTED));
}

static void
show_preview (HgRegisterImportDialog *self)
{
  guint n_problems = hg_register_import_get_n_problems (self->import);
  guint n_rows = hg_register_import_get_n_rows (self->import);
  guint n_existing = hg_register_import_get_n_existing (self->import);
  g_auto(GStrv) unknown = hg_register_import_get_unknown_columns (self->import);
  g_autofree char *summary = NULL;

  if (n_problems > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u problem must be fixed in the file before "
                                            "anything is imported.",
                                            "%u problems must be fixed in the file before "
                                            "anything is imported.", n_problems), n_problems);
  else if (n_existing == n_rows)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u row of the file is already in %s: there is "
                                            "nothing to import.",
                                            "All %u rows of the file are already in %s: there "
                                            "is nothing to import.", n_rows),
                               n_rows, hg_register_get_title (self->reg));
  else
    {
      g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u row will be added to %s, as one step that "
                                                "Undo can take back.",
                                                "%u rows will be added to %s, as one step that "
                                                "Undo can take back.", n_rows - n_existing),
                                                n_rows - n_existing,
                                                hg_register_get_title (self->reg));
      g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u row already in the register is skipped.",
                                                  "%u rows already in the register are skipped.",
                                                  n_existing), n_existing);

      /* Translators: two sentences of the import's summary, one after the
       * other (Japanese joins them without a space) */
      summary = n_existing > 0 ? g_strdup_printf (C_("sentences", "%s %s"), added, skipped)
                               : g_steal_pointer (&added);
    }
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), n_problems > 0 ? "error" : "title-4");
  if (unknown[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv ("、", unknown);
      g_autofree char *text = g_strdup_printf (_("Left out, as the register has no such column: "
                                                 "%s"), joined);

      gtk_label_set_text (self->unknown_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unknown_label), unknown[0] != NULL);
  fill_problems (self);
  fill_rows (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            n_problems == 0 && n_existing < n_rows);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  HgRegisterImportDialog *self = HG_REGISTER_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  Task *t = NULL;

  hg_task_row_finish (result, (gpointer *) &t, &error);
  /* Closed while reading: the dialog is gone but for this reference. */
  if (self->task_row == NULL)
    return;
  /* The row has left the box by itself. */
  self->task_row = NULL;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (error != NULL)
    {
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }
  self->import = g_steal_pointer (&t->import);
  /* Here, not in the thread: the register is the workbook's. */
  if (!hg_register_import_mark_existing (self->import,
                                         hg_session_get_workbook (self->session), &error))
    {
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }
  show_preview (self);
}

gboolean
hg_register_import_dialog_apply (HgRegisterImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  guint n;

  g_return_val_if_fail (HG_IS_REGISTER_IMPORT_DIALOG (self), FALSE);

  if (self->import == NULL)
    return FALSE;
  if (!hg_register_import_apply (hg_session_get_workbook (self->session), self->import, &error))
    {
      hg_form_show_problem (self->error_label, error->message);
      return FALSE;
    }
  n = hg_register_import_get_n_rows (self->import)
      - hg_register_import_get_n_existing (self->import);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row imported",
                                                            "%u rows imported", n), n);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      hg_form_toast (gtk_window_get_child (parent), toast);
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
hg_register_import_dialog_get_state (HgRegisterImportDialog *self)
{
  g_return_val_if_fail (HG_IS_REGISTER_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
hg_register_import_dialog_constructed (GObject *object)
{
  HgRegisterImportDialog *self = (HgRegisterImportDialog *) object;
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reading = NULL;
  Task *t;

  G_OBJECT_CLASS (hg_register_import_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_SESSION (self->session) && self->path != NULL);
  if (!hg_register_from_id (self->register_id, &self->reg))
    g_return_if_reached ();

  base = g_path_get_basename (self->path);
  /* Translators: the title of the import dialog, e.g. "Import Into Contacts" */
  title = g_strdup_printf (_("Import Into %s"), hg_register_get_title (self->reg));
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_subtitle (self->window_title, base);

  /* Translators: shown with a progress bar while a file is read and checked */
  reading = g_strdup_printf (_("Reading “%s”…"), base);
  self->task_row = hg_task_row_new (reading);
  gtk_box_append (self->reading_box, self->task_row);
  t = g_new0 (Task, 1);
  t->path = g_strdup (self->path);
  t->import = hg_register_import_new (hg_register_get_import (self->reg));
  hg_task_row_start (HG_TASK_ROW (self->task_row), self, read_file, t, (GDestroyNotify) task_free,
                     read_done_cb, NULL);
}

static void
hg_register_import_dialog_dispose (GObject *object)
{
  HgRegisterImportDialog *self = (HgRegisterImportDialog *) object;

  if (self->task_row != NULL)
    {
      hg_task_row_cancel (HG_TASK_ROW (self->task_row));
      self->task_row = NULL;
    }
  g_clear_object (&self->session);
  g_clear_pointer (&self->register_id, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->import, hg_register_import_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_REGISTER_IMPORT_DIALOG);

  G_OBJECT_CLASS (hg_register_import_dialog_parent_class)->dispose (object);
}

static void
hg_register_import_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HgRegisterImportDialog *self = HG_REGISTER_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_REGISTER:
      g_value_set_string (value, self->register_id);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_register_import_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HgRegisterImportDialog *self = HG_REGISTER_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_REGISTER:
      self->register_id = g_value_dup_string (value);
      break;
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_register_import_dialog_class_init (HgRegisterImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_register_import_dialog_constructed;
  object_class->dispose = hg_register_import_dialog_dispose;
  object_class->get_property = hg_register_import_dialog_get_property;
  object_class->set_property = hg_register_import_dialog_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HG_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* "contacts", "services" or "carryout" */
  properties[PROP_REGISTER] =
    g_param_spec_string ("register", NULL, NULL, "contacts",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The CSV or XLSX file, read as soon as the dialog is made. */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-register-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, reading_box);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, unknown_label);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, rows_list);
  gtk_widget_class_bind_template_child (widget_class, HgRegisterImportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, hg_register_import_dialog_apply);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);
}

static void
hg_register_import_dialog_init (HgRegisterImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_register_import_dialog_new (HgSession  *session,
                               const char *register_id,
                               const char *path)
{
  g_return_val_if_fail (HG_IS_SESSION (session), NULL);

  return g_object_new (HG_TYPE_REGISTER_IMPORT_DIALOG,
                       "session", session,
                       "register", register_id,
                       "path", path,
                       NULL);
}

/* The dialog for @path over @parent's window, shown. */
GtkWidget *
hg_register_import_dialog_open (GtkWidget  *parent,
                                HgSession  *session,
                                const char *register_id,
                                const char *path)
{
  GtkWidget *dialog = hg_register_import_dialog_new (session, register_id, path);
  GtkRoot *root = gtk_widget_get_root (parent);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GtkWidget       *parent)
{
  HgSession *session = g_object_get_data (G_OBJECT (chooser), "hg-session");
  const char *register_id = g_object_get_data (G_OBJECT (chooser), "hg-register");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
      if (path != NULL)
        hg_register_import_dialog_open (parent, session, register_id, path);
    }
  /* The parent held the chooser until now. */
  g_object_set_data (G_OBJECT (parent), "hg-register-import-chooser", NULL);
}

/* Asks for a CSV or Excel file, then opens the dialog on it. */
void
hg_register_import_dialog_choose (GtkWidget  *parent,
                                  HgSession  *session,
                                  const char *register_id)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  HgRegister reg;
  g_autofree char *title = NULL;

  g_return_if_fail (HG_IS_SESSION (session));
  if (!hg_register_from_id (register_id, &reg)
      || g_object_get_data (G_OBJECT (parent), "hg-register-import-chooser") != NULL)
    return;
  title = g_strdup_printf (_("Import Into %s"), hg_register_get_title (reg));
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (parent)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  for (const char *const *p = (const char *const[]) { "*.csv", "*.CSV", "*.xlsx", "*.XLSX", NULL };
       *p != NULL; p++)
    gtk_file_filter_add_pattern (filter, *p);
  gtk_file_filter_set_name (filter, _("CSV and Excel files"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "hg-session", g_object_ref (session),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "hg-register", g_strdup (register_id), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), parent);
  g_object_set_data_full (G_OBJECT (parent), "hg-register-import-chooser", chooser,
                          g_object_unref);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

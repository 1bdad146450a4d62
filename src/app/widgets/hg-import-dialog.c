/* hg-import-dialog.c
 *
 * Shows what an import would do — rows to add and update, names to create,
 * columns it does not know — and every problem with its line, column,
 * value and reason. The Import button stays off while a single problem is
 * left: nothing is half imported. What is imported (assets, employees) is
 * the caller's: it fills the notes and rows and says how to apply.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-import-dialog.h"

/* A preview, not a second register: beyond this the dialog says how many
 * more there are. */
#define MAX_LISTED 300

struct _HgImportDialog
{
  AdwWindow          parent_instance;

  HgWorkbook        *workbook;
  char              *path;
  GPtrArray         *problems;   /* of HgImportProblem, until listed */
  guint              n_problems; /* all of them: the import keeps only the first ones */
  char              *summary;
  HgImportApplyFunc  apply;
  gpointer           import;
  GDestroyNotify     free_import;
  GtkWidget         *more_row;
  guint              n_rows;

  /* Template widgets */
  GtkButton         *import_button;
  AdwWindowTitle    *window_title;
  GtkLabel          *summary_label;
  GtkWidget         *problems_heading;
  GtkListBox        *problems_list;
  GtkLabel          *error_label;
  GtkWidget         *notes_heading;
  GtkListBox        *notes_list;
  GtkListBox        *rows_list;
};

G_DEFINE_FINAL_TYPE (HgImportDialog, hg_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_PATH,
  PROP_PROBLEMS,
  PROP_N_PROBLEMS,
  PROP_SUMMARY,
  PROP_APPLY_FUNC,
  PROP_IMPORT,
  PROP_FREE_FUNC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
hg_import_dialog_apply (HgImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HG_IS_IMPORT_DIALOG (self), FALSE);

  if (!self->apply (self->workbook, self->import, &error))
    {
      hg_form_show_problem (self->error_label, error->message);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
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
  gtk_list_box_append (list, row);
  return row;
}

/* A note under "Also": names to be created, columns left out. Empty
 * @names add nothing. */
void
hg_import_dialog_add_note (HgImportDialog  *self,
                           const char      *title,
                           char           **names)
{
  g_autofree char *joined = NULL;

  g_return_if_fail (HG_IS_IMPORT_DIALOG (self));

  if (names == NULL || names[0] == NULL)
    return;
  joined = g_strjoinv ("、", names);
  add_row (self->notes_list, title, joined);
  gtk_widget_set_visible (self->notes_heading, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_list), TRUE);
}

void
hg_import_dialog_add_row (HgImportDialog *self,
                          const char     *title,
                          const char     *subtitle)
{
  g_return_if_fail (HG_IS_IMPORT_DIALOG (self));

  if (++self->n_rows <= MAX_LISTED)
    add_row (self->rows_list, title, subtitle);
  else
    {
      g_autofree char *more = g_strdup_printf (_("…and %u more"), self->n_rows - MAX_LISTED);

      if (self->more_row == NULL)
        self->more_row = add_row (self->rows_list, more, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->more_row), more);
    }
}

/* The problems of the file, each with its line, column and value. */
static void
fill_problems (HgImportDialog *self)
{
  for (guint i = 0; i < MIN (self->problems->len, MAX_LISTED); i++)
    {
      HgImportProblem *p = g_ptr_array_index (self->problems, i);
      /* Translators: where an import problem is, e.g. "Line 12 · 機密性 · “5”" */
      g_autofree char *where = g_strdup_printf (_("Line %u · %s · “%s”"), p->line, p->column,
                                                p->value);
      add_row (self->problems_list, p->reason, where);
    }
  if (self->n_problems > MIN (self->problems->len, MAX_LISTED))
    {
      g_autofree char *more = g_strdup_printf (_("…and %u more"),
                                               self->n_problems
                                               - MIN (self->problems->len, MAX_LISTED));
      add_row (self->problems_list, more, NULL);
    }
}

static void
hg_import_dialog_constructed (GObject *object)
{
  HgImportDialog *self = (HgImportDialog *) object;
  g_autofree char *base = NULL;
  g_autofree char *problem_summary = NULL;
  guint n_problems;

  G_OBJECT_CLASS (hg_import_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  if (self->problems == NULL)
    self->problems = g_ptr_array_new ();
  self->n_problems = MAX (self->n_problems, self->problems->len);
  n_problems = self->n_problems;
  base = g_path_get_basename (self->path ? self->path : "");
  adw_window_title_set_subtitle (self->window_title, base);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n_problems == 0);

  if (n_problems > 0)
    problem_summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u problem must be fixed in the file "
                                                    "before anything is imported.",
                                                    "%u problems must be fixed in the file "
                                                    "before anything is imported.", n_problems),
                                       n_problems);
  gtk_label_set_text (self->summary_label,
                      problem_summary ? problem_summary : self->summary ? self->summary : "");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label),
                            n_problems > 0 ? "error" : "title-4");
  gtk_widget_set_visible (self->problems_heading, n_problems > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), n_problems > 0);
  fill_problems (self);
  /* Listed: they belong to the import, which may change them. */
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

static void
hg_import_dialog_dispose (GObject *object)
{
  HgImportDialog *self = (HgImportDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);
  if (self->free_import != NULL)
    g_clear_pointer (&self->import, self->free_import);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (hg_import_dialog_parent_class)->dispose (object);
}

static void
hg_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HgImportDialog *self = HG_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_PROBLEMS:
      g_value_set_boxed (value, self->problems);
      break;
    case PROP_N_PROBLEMS:
      g_value_set_uint (value, self->n_problems);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_APPLY_FUNC:
      g_value_set_pointer (value, self->apply);
      break;
    case PROP_IMPORT:
      g_value_set_pointer (value, self->import);
      break;
    case PROP_FREE_FUNC:
      g_value_set_pointer (value, self->free_import);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HgImportDialog *self = HG_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_PROBLEMS:
      self->problems = g_value_dup_boxed (value);
      break;
    case PROP_N_PROBLEMS:
      self->n_problems = g_value_get_uint (value);
      break;
    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;
    case PROP_APPLY_FUNC:
      self->apply = (HgImportApplyFunc) g_value_get_pointer (value);
      break;
    case PROP_IMPORT:
      self->import = g_value_get_pointer (value);
      break;
    case PROP_FREE_FUNC:
      self->free_import = (GDestroyNotify) g_value_get_pointer (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_import_dialog_class_init (HgImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_import_dialog_constructed;
  object_class->dispose = hg_import_dialog_dispose;
  object_class->get_property = hg_import_dialog_get_property;
  object_class->set_property = hg_import_dialog_set_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The file: its name is shown under the title. */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Of HgImportProblem: listed at once; while any is left, nothing is imported. */
  properties[PROP_PROBLEMS] =
    g_param_spec_boxed ("problems", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* What the import will do when there is no problem. */
  /* The number of problems found, when @problems holds only the first. */
  properties[PROP_N_PROBLEMS] =
    g_param_spec_uint ("n-problems", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The import is the caller's kind of data (assets, employees): the
   * HgImportApplyFunc that writes it, the import, owned by the dialog, and
   * the function that frees it. */
  properties[PROP_APPLY_FUNC] =
    g_param_spec_pointer ("apply-func", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORT] =
    g_param_spec_pointer ("import", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FREE_FUNC] =
    g_param_spec_pointer ("free-func", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, notes_heading);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, notes_list);
  gtk_widget_class_bind_template_child (widget_class, HgImportDialog, rows_list);
  gtk_widget_class_bind_template_callback (widget_class, hg_import_dialog_apply);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);
}

static void
hg_import_dialog_init (HgImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @problems (of HgImportProblem) are listed at once and not kept, and
 * @n_problems says how many there were in all; @summary says what the import
 * will do when there is no problem. The dialog owns @import and frees it
 * with @free_import. */
GtkWidget *
hg_import_dialog_new (HgWorkbook        *workbook,
                      const char        *title,
                      const char        *path,
                      GPtrArray         *problems,
                      guint              n_problems,
                      const char        *summary,
                      HgImportApplyFunc  apply,
                      gpointer           import,
                      GDestroyNotify     free_import)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_IMPORT_DIALOG,
                       "workbook", workbook,
                       "title", title,
                       "path", path,
                       "problems", problems,
                       "n-problems", n_problems,
                       "summary", summary,
                       "apply-func", apply,
                       "import", import,
                       "free-func", free_import,
                       NULL);
}

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
  HgImportApplyFunc  apply;
  gpointer           import;
  GDestroyNotify     free_import;

  GtkButton         *import_button;
  GtkLabel          *error_label;
  GtkWidget         *notes_heading;
  GtkListBox        *notes_list;
  GtkListBox        *rows_list;
  GtkWidget         *more_row;
  guint              n_rows;
};

G_DEFINE_FINAL_TYPE (HgImportDialog, hg_import_dialog, ADW_TYPE_WINDOW)

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

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  return label;
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

static void
build (HgImportDialog *self,
       const char     *title,
       const char     *path,
       GPtrArray      *problems,
       guint           n_problems,
       const char     *summary)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *problem_summary = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *summary_label;

  self->import_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Import")));
  gtk_widget_add_css_class (GTK_WIDGET (self->import_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n_problems == 0);
  g_signal_connect_swapped (self->import_button, "clicked",
                            G_CALLBACK (hg_import_dialog_apply), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, base));
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  if (n_problems > 0)
    problem_summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u problem must be fixed in the file "
                                                    "before anything is imported.",
                                                    "%u problems must be fixed in the file "
                                                    "before anything is imported.", n_problems),
                                       n_problems);
  summary_label = gtk_label_new (problem_summary ? problem_summary : summary);
  gtk_label_set_wrap (GTK_LABEL (summary_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (summary_label), 0);
  gtk_widget_add_css_class (summary_label, n_problems > 0 ? "error" : "title-4");
  gtk_box_append (GTK_BOX (content), summary_label);

  if (n_problems > 0)
    {
      guint listed = MIN (problems->len, MAX_LISTED);

      GtkListBox *list = hg_form_boxed_list_new ();

      gtk_box_append (GTK_BOX (content), heading (_("Problems")));
      for (guint i = 0; i < listed; i++)
        {
          HgImportProblem *p = g_ptr_array_index (problems, i);
          /* Translators: where an import problem is, e.g. "Line 12 · 機密性 · “5”" */
          g_autofree char *where = g_strdup_printf (_("Line %u · %s · “%s”"), p->line, p->column,
                                                    p->value);
          add_row (list, p->reason, where);
        }
      if (n_problems > listed)
        {
          g_autofree char *more = g_strdup_printf (_("…and %u more"), n_problems - listed);
          add_row (list, more, NULL);
        }
      gtk_box_append (GTK_BOX (content), GTK_WIDGET (list));
    }

  self->notes_heading = heading (_("Also"));
  self->notes_list = hg_form_boxed_list_new ();
  gtk_widget_set_visible (self->notes_heading, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_list), FALSE);
  gtk_box_append (GTK_BOX (content), self->notes_heading);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->notes_list));

  self->rows_list = hg_form_boxed_list_new ();
  gtk_box_append (GTK_BOX (content), heading (_("Rows")));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->rows_list));

  self->error_label = hg_form_problem_label_new ();
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));

  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
hg_import_dialog_dispose (GObject *object)
{
  HgImportDialog *self = (HgImportDialog *) object;

  g_clear_object (&self->workbook);
  if (self->free_import != NULL)
    g_clear_pointer (&self->import, self->free_import);

  G_OBJECT_CLASS (hg_import_dialog_parent_class)->dispose (object);
}

static void
hg_import_dialog_class_init (HgImportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_import_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
hg_import_dialog_init (HgImportDialog *self)
{
}

/* @problems (of HgImportProblem) are listed at once and not kept; they may
 * be the first @n_problems only. @summary says what the import will do when
 * there is no problem. The dialog owns @import and frees it with
 * @free_import. */
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
  HgImportDialog *self = g_object_new (HG_TYPE_IMPORT_DIALOG,
                                       "modal", TRUE,
                                       "default-width", 620,
                                       "default-height", 640,
                                       "title", title,
                                       NULL);

  self->workbook = g_object_ref (workbook);
  self->apply = apply;
  self->import = import;
  self->free_import = free_import;
  build (self, title, path, problems, n_problems, summary);
  return GTK_WIDGET (self);
}

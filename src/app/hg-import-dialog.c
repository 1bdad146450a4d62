/* hg-import-dialog.c
 *
 * Shows what an import would do — rows to add, rows to update, departments
 * and media to create, columns it does not know — and every problem with
 * its line, column, value and reason. The Import button stays off while a
 * single problem is left: nothing is half imported.
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
  AdwWindow       parent_instance;

  HgWorkbook     *workbook;
  HgAssetImport  *import;
  GtkButton      *import_button;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (HgImportDialog, hg_import_dialog, ADW_TYPE_WINDOW)

gboolean
hg_import_dialog_apply (HgImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!hg_asset_import_apply (self->workbook, self->import, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (HgImportDialog *self)
{
  hg_import_dialog_apply (self);
}

static GtkWidget *
list_box (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static void
add_row (GtkWidget  *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
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

static void
build (HgImportDialog *self,
       const char     *path)
{
  GPtrArray *problems = hg_asset_import_get_problems (self->import);
  g_auto(GStrv) unknown = hg_asset_import_get_unknown_columns (self->import);
  g_auto(GStrv) new_departments = hg_asset_import_get_new_departments (self->import);
  g_auto(GStrv) new_media = hg_asset_import_get_new_media (self->import);
  guint n_add = hg_asset_import_get_n_add (self->import);
  guint n_update = hg_asset_import_get_n_update (self->import);
  guint n_rows = hg_asset_import_get_n_rows (self->import);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *summary = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *summary_label;
  GtkWidget *list;

  self->import_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Import")));
  gtk_widget_add_css_class (GTK_WIDGET (self->import_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), problems->len == 0);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (import_clicked_cb), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Import Assets"), base));
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  if (problems->len > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u problem must be fixed in the file before "
                                            "anything is imported.",
                                            "%u problems must be fixed in the file before "
                                            "anything is imported.", problems->len),
                               problems->len);
  else
    summary = g_strdup_printf (_("%u assets will be added and %u updated, as one step that "
                                 "Undo can take back."), n_add, n_update);
  summary_label = gtk_label_new (summary);
  gtk_label_set_wrap (GTK_LABEL (summary_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (summary_label), 0);
  gtk_widget_add_css_class (summary_label, problems->len > 0 ? "error" : "title-4");
  gtk_box_append (GTK_BOX (content), summary_label);

  if (problems->len > 0)
    {
      gtk_box_append (GTK_BOX (content), heading (_("Problems")));
      list = list_box ();
      for (guint i = 0; i < MIN (problems->len, MAX_LISTED); i++)
        {
          HgImportProblem *p = g_ptr_array_index (problems, i);
          /* Translators: where an import problem is, e.g. "Line 12 · 機密性 · “5”" */
          g_autofree char *where = g_strdup_printf (_("Line %u · %s · “%s”"), p->line, p->column,
                                                    p->value);
          add_row (list, p->reason, where);
        }
      if (problems->len > MAX_LISTED)
        {
          g_autofree char *more = g_strdup_printf (_("…and %u more"), problems->len - MAX_LISTED);
          add_row (list, more, NULL);
        }
      gtk_box_append (GTK_BOX (content), list);
    }

  if (new_departments[0] != NULL || new_media[0] != NULL || unknown[0] != NULL)
    {
      gtk_box_append (GTK_BOX (content), heading (_("Also")));
      list = list_box ();
      if (new_departments[0] != NULL)
        {
          g_autofree char *names = g_strjoinv ("、", new_departments);
          add_row (list, _("New departments will be added"), names);
        }
      if (new_media[0] != NULL)
        {
          g_autofree char *names = g_strjoinv ("、", new_media);
          add_row (list, _("New media will be added"), names);
        }
      if (unknown[0] != NULL)
        {
          g_autofree char *names = g_strjoinv ("、", unknown);
          add_row (list, _("These columns are not part of the register and are left out"), names);
        }
      gtk_box_append (GTK_BOX (content), list);
    }

  gtk_box_append (GTK_BOX (content), heading (_("Rows")));
  list = list_box ();
  for (guint i = 0; i < MIN (n_rows, MAX_LISTED); i++)
    {
      guint line = 0;
      const HgAssetData *d = hg_asset_import_get_row (self->import, i, &line);
      g_autofree char *title = g_strdup (d->name[0] ? d->name : _("(no name)"));
      /* Translators: a preview row: line, action, ratings and importance */
      g_autofree char *subtitle = g_strdup_printf (_("Line %u · %s · C%u I%u A%u · importance %u"),
                                                   line,
                                                   d->id > 0 ? _("update") : _("add"),
                                                   d->confidentiality, d->integrity,
                                                   d->availability,
                                                   hg_asset_data_get_importance (d));
      add_row (list, title, subtitle);
    }
  if (n_rows > MAX_LISTED)
    {
      g_autofree char *more = g_strdup_printf (_("…and %u more"), n_rows - MAX_LISTED);
      add_row (list, more, NULL);
    }
  gtk_box_append (GTK_BOX (content), list);

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
  g_clear_pointer (&self->import, hg_asset_import_free);

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

/* Takes ownership of @import. */
GtkWidget *
hg_import_dialog_new (HgWorkbook    *workbook,
                      HgAssetImport *import,
                      const char    *path)
{
  HgImportDialog *self = g_object_new (HG_TYPE_IMPORT_DIALOG,
                                       "modal", TRUE,
                                       "default-width", 620,
                                       "default-height", 640,
                                       "title", _("Import Assets"),
                                       NULL);

  self->workbook = g_object_ref (workbook);
  self->import = import;
  build (self, path);
  return GTK_WIDGET (self);
}

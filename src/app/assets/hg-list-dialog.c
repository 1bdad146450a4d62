/* hg-list-dialog.c
 *
 * Each row applies on Enter or with its apply button, as one undoable step;
 * a refused value (empty, too long, a duplicate) is shown under the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-list-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"

#include "hg-asset-store.h"
#include "hg-limits.h"
#include "hg-list-dialog.h"

struct _HgListDialog
{
  AdwWindow            parent_instance;

  HgWorkbook          *workbook;
  HgListDialogKind     kind;
  AdwPreferencesGroup *group;
  GPtrArray           *rows;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (HgListDialog, hg_list_dialog, ADW_TYPE_WINDOW)

static void rebuild (HgListDialog *self);

static void
show_result (HgListDialog *self,
             GError       *error)
{
  gtk_label_set_text (self->error_label, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static void
row_applied_cb (AdwEntryRow  *row,
                HgListDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->kind == HG_LIST_DIALOG_LABELS)
    ok = hg_asset_store_set_label (self->workbook, (guint) id, text, &error);
  else if (id == 0)
    ok = hg_asset_store_add_medium (self->workbook, text, &error) > 0;
  else
    ok = hg_asset_store_rename_medium (self->workbook, id, text, &error);

  show_result (self, ok ? NULL : error);
  if (ok)
    rebuild (self);
}

static void
remove_clicked_cb (GtkButton    *button,
                   HgListDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  g_autoptr(GError) error = NULL;

  show_result (self, hg_asset_store_remove_medium (self->workbook, id, &error) ? NULL : error);
  rebuild (self);
}

static AdwEntryRow *
add_entry (HgListDialog *self,
           const char   *title,
           const char   *text,
           gint64        id)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect (row, "apply", G_CALLBACK (row_applied_cb), self);
  adw_preferences_group_add (self->group, GTK_WIDGET (row));
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
rebuild (HgListDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->kind == HG_LIST_DIALOG_LABELS)
    {
      for (guint level = 3; level >= 1; level--)
        {
          g_autofree char *label = hg_asset_store_get_label (self->workbook, level);
          /* Translators: the label row for a confidentiality level */
          g_autofree char *title = g_strdup_printf (_("Confidentiality %u"), level);
          hg_form_set_max_length (add_entry (self, title, label, level),
                                  HG_CLASSIFICATION_LABEL_MAX);
        }
      return;
    }

  {
    g_autoptr(GPtrArray) media = hg_asset_store_list_media (self->workbook);

    for (guint i = 0; i < media->len; i++)
      {
        HgNamedItem *m = g_ptr_array_index (media, i);
        AdwEntryRow *row = add_entry (self, _("Medium or storage place"), m->name, m->id);
        GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
        g_autofree char *tip = g_strdup_printf (_("Remove “%s”"), m->name);

        hg_form_set_max_length (row, HG_MEDIUM_NAME_MAX);
        gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (remove, "flat");
        gtk_widget_set_tooltip_text (remove, tip);
        gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        tip, -1);
        g_object_set_data (G_OBJECT (remove), "id", GSIZE_TO_POINTER ((gsize) m->id));
        g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
        adw_entry_row_add_suffix (row, remove);
      }
    hg_form_set_max_length (add_entry (self, _("Add a medium or storage place"), "", 0),
                            HG_MEDIUM_NAME_MAX);
  }
}

static void
hg_list_dialog_dispose (GObject *object)
{
  HgListDialog *self = (HgListDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hg_list_dialog_parent_class)->dispose (object);
}

static void
hg_list_dialog_class_init (HgListDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_list_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
hg_list_dialog_init (HgListDialog *self)
{
  self->rows = g_ptr_array_new ();
}

GtkWidget *
hg_list_dialog_new (HgWorkbook       *workbook,
                    HgListDialogKind  kind)
{
  gboolean labels = kind == HG_LIST_DIALOG_LABELS;
  HgListDialog *self = g_object_new (HG_TYPE_LIST_DIALOG,
                                     "modal", TRUE,
                                     "default-width", 480,
                                     "default-height", labels ? 420 : 560,
                                     "title", labels ? _("Classification Labels")
                                                     : _("Media and Storage Places"),
                                     NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();

  self->workbook = g_object_ref (workbook);
  self->kind = kind;

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group,
    labels ? _("The name your company gives each confidentiality level. It is printed in the "
               "register’s classification column and on documents.")
           : _("Where information is kept. An asset whose medium is removed keeps its place "
               "in the register without one."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  self->error_label = hg_form_problem_label_new ();
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  adw_window_set_content (ADW_WINDOW (self), box);

  rebuild (self);
  return GTK_WIDGET (self);
}

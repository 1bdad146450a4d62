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
  GPtrArray           *rows;

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (HgListDialog, hg_list_dialog, ADW_TYPE_WINDOW)

G_DEFINE_ENUM_TYPE (HgListDialogKind, hg_list_dialog_kind,
                    G_DEFINE_ENUM_VALUE (HG_LIST_DIALOG_MEDIA, "media"),
                    G_DEFINE_ENUM_VALUE (HG_LIST_DIALOG_LABELS, "labels"))

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* The rows are the register's media or labels, built from the workbook:
 * one entry row each, so they are made here, not in the template. */
static void
hg_list_dialog_constructed (GObject *object)
{
  HgListDialog *self = (HgListDialog *) object;
  gboolean labels = self->kind == HG_LIST_DIALOG_LABELS;

  G_OBJECT_CLASS (hg_list_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  gtk_window_set_title (GTK_WINDOW (self), labels ? _("Classification Labels")
                                                  : _("Media and Storage Places"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, labels ? 420 : 560);
  adw_preferences_group_set_description (self->group,
    labels ? _("The name your company gives each confidentiality level. It is printed in the "
               "register’s classification column and on documents.")
           : _("Where information is kept. An asset whose medium is removed keeps its place "
               "in the register without one."));
  rebuild (self);
}

static void
hg_list_dialog_dispose (GObject *object)
{
  HgListDialog *self = (HgListDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_LIST_DIALOG);

  G_OBJECT_CLASS (hg_list_dialog_parent_class)->dispose (object);
}

static void
hg_list_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HgListDialog *self = HG_LIST_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_list_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HgListDialog *self = HG_LIST_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_list_dialog_class_init (HgListDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_list_dialog_constructed;
  object_class->dispose = hg_list_dialog_dispose;
  object_class->get_property = hg_list_dialog_get_property;
  object_class->set_property = hg_list_dialog_set_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HG_TYPE_LIST_DIALOG_KIND, HG_LIST_DIALOG_MEDIA,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-list-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgListDialog, group);
  gtk_widget_class_bind_template_child (widget_class, HgListDialog, error_label);
}

static void
hg_list_dialog_init (HgListDialog *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_list_dialog_new (HgWorkbook       *workbook,
                    HgListDialogKind  kind)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_LIST_DIALOG,
                       "workbook", workbook,
                       "kind", kind,
                       NULL);
}

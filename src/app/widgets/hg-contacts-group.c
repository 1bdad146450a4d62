/* hg-contacts-group.c
 *
 * The contacts outside the company (hg-contact.c), one row each: the
 * organisation, what it is called for and its numbers; a row opens the
 * edit dialog, its button removes it (one undo step). The list follows the
 * workbook, so Undo and the command line show here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-contacts-group"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-contact.h"
#include "hg-contact-dialog.h"
#include "hg-contacts-group.h"
#include "hg-form.h"

struct _HgContactsGroup
{
  AdwPreferencesGroup  parent_instance;

  HgWorkbook          *workbook;
  GPtrArray           *rows;      /* of the rows shown, to remove on reload */
  GtkButton           *add_button;
};

G_DEFINE_FINAL_TYPE (HgContactsGroup, hg_contacts_group, ADW_TYPE_PREFERENCES_GROUP)

static void
present (HgContactsGroup *self,
         GtkWidget       *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_activated_cb (AdwActionRow    *row,
                  HgContactsGroup *self)
{
  gint64 id = g_ascii_strtoll (gtk_widget_get_name (GTK_WIDGET (row)) + strlen ("contact-"),
                               NULL, 10);

  present (self, hg_contact_dialog_new (self->workbook, id));
}

static void
remove_clicked_cb (GtkButton       *button,
                   HgContactsGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  gint64 id = g_ascii_strtoll (gtk_widget_get_name (row) + strlen ("contact-"), NULL, 10);
  g_autoptr(GError) error = NULL;

  if (!hg_contact_remove (self->workbook, id, &error))
    hg_form_toast (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
add_clicked_cb (HgContactsGroup *self)
{
  present (self, hg_contact_dialog_new (self->workbook, 0));
}

/* "What for", then the numbers and the address: what a reader of the list
 * looks for. */
static char *
describe (const HgContact *c)
{
  const char *phone = c->fields[HG_CONTACT_FIELD_PHONE];
  const char *after = c->fields[HG_CONTACT_FIELD_PHONE_AFTER_HOURS];
  const char *email = c->fields[HG_CONTACT_FIELD_EMAIL];
  g_autoptr(GPtrArray) reach = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (phone[0] != '\0')
    /* Translators: a phone number follows */
    g_ptr_array_add (reach, g_strdup_printf (_("Phone %s"), phone));
  if (after[0] != '\0')
    /* Translators: a phone number for nights and holidays follows */
    g_ptr_array_add (reach, g_strdup_printf (_("Nights and holidays %s"), after));
  if (email[0] != '\0')
    g_ptr_array_add (reach, g_strdup (email));
  if (reach->len == 0)
    g_ptr_array_add (reach, g_strdup (_("No number yet")));
  g_ptr_array_add (reach, NULL);
  joined = g_strjoinv (" · ", (char **) reach->pdata);
  if (c->fields[HG_CONTACT_FIELD_PURPOSE][0] == '\0')
    return g_steal_pointer (&joined);
  return g_strconcat (c->fields[HG_CONTACT_FIELD_PURPOSE], "\n", joined, NULL);
}

static void
reload (HgContactsGroup *self)
{
  g_autoptr(GPtrArray) contacts = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (self->workbook == NULL)
    return;

  contacts = hg_contact_list (self->workbook);
  for (guint i = 0; i < contacts->len; i++)
    {
      const HgContact *c = g_ptr_array_index (contacts, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *name = g_strdup_printf ("contact-%" G_GINT64_FORMAT, c->id);
      g_autofree char *subtitle = describe (c);
      g_autofree char *remove_label = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     c->fields[HG_CONTACT_FIELD_ORGANISATION]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_name (row, name);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_name (remove, "remove-contact");
      /* Translators: the accessible name of a button; %s is an organisation */
      remove_label = g_strdup_printf (_("Remove %s"), c->fields[HG_CONTACT_FIELD_ORGANISATION]);
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
workbook_changed_cb (HgContactsGroup *self,
                     GStrv            tables)
{
  if (g_strv_contains ((const char * const *) tables, "contact"))
    reload (self);
}

void
hg_contacts_group_set_workbook (HgContactsGroup *self,
                                HgWorkbook      *workbook)
{
  g_return_if_fail (HG_IS_CONTACTS_GROUP (self));

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_set_object (&self->workbook, workbook);
  if (workbook != NULL)
    g_signal_connect_swapped (workbook, "changed", G_CALLBACK (workbook_changed_cb), self);
  gtk_widget_set_sensitive (GTK_WIDGET (self),
                            workbook == NULL || !hg_workbook_is_read_only (workbook));
  reload (self);
}

static void
hg_contacts_group_dispose (GObject *object)
{
  HgContactsGroup *self = HG_CONTACTS_GROUP (object);

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_clear_object (&self->workbook);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_CONTACTS_GROUP);
  G_OBJECT_CLASS (hg_contacts_group_parent_class)->dispose (object);
}

static void
hg_contacts_group_class_init (HgContactsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_contacts_group_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-contacts-group.ui");
  gtk_widget_class_bind_template_child (widget_class, HgContactsGroup, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
hg_contacts_group_init (HgContactsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

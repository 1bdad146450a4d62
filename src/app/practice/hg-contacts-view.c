/* hg-contacts-view.c: one list of whom to call. The roles inside the
 * company are shown, not edited: they are set on the company page (one
 * place for the organisation), which a button opens. The contacts outside
 * the company are the company page's own editor (HgContactsGroup), so an
 * edit in either place is the same edit and shows in both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-contacts-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-contacts-group.h"
#include "hg-contacts-view.h"
#include "hg-contact-export.h"
#include "hg-register-export.h"
#include "hg-role-holder.h"

struct _HgContactsView
{
  HgPage               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *roles_group;
  HgContactsGroup     *contacts_group;

  GPtrArray           *role_rows;  /* shown in roles_group, to remove on refresh */
};

G_DEFINE_FINAL_TYPE (HgContactsView, hg_contacts_view, HG_TYPE_PAGE)

static GtkWidget *
role_row_new (const HgRoleHolder *h)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("role-%s", hg_org_role_key (h->role));
  g_autofree char *state = hg_role_holder_describe (h);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;

  g_ptr_array_add (parts, g_steal_pointer (&state));
  if (h->phone[0] != '\0')
    /* Translators: a phone number follows */
    g_ptr_array_add (parts, g_strdup_printf (_("Phone %s"), h->phone));
  if (h->email[0] != '\0')
    g_ptr_array_add (parts, g_strdup (h->email));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hg_org_role_label (h->role));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (h->holder == NULL && h->vacancy == NULL)
    {
      /* Nobody to call and no reason given: say so, not by colour alone. */
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("Nobody holds this role"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Nobody holds this role"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  return row;
}

static void
refresh (HgPage *page)
{
  HgContactsView *self = HG_CONTACTS_VIEW (page);
  HgSession *session = hg_page_get_session (page);
  g_autoptr(GPtrArray) holders = NULL;

  for (guint i = 0; i < self->role_rows->len; i++)
    adw_preferences_group_remove (self->roles_group, g_ptr_array_index (self->role_rows, i));
  g_ptr_array_set_size (self->role_rows, 0);
  if (session == NULL)
    return;
  holders = hg_role_holder_list (hg_session_get_workbook (session));
  for (guint i = 0; i < holders->len; i++)
    {
      GtkWidget *row = role_row_new (g_ptr_array_index (holders, i));

      adw_preferences_group_add (self->roles_group, row);
      g_ptr_array_add (self->role_rows, row);
    }
}

static void
session_changed (HgPage *page)
{
  HgContactsView *self = HG_CONTACTS_VIEW (page);
  HgSession *session = hg_page_get_session (page);

  hg_contacts_group_set_workbook (self->contacts_group,
                                  session ? hg_session_get_workbook (session) : NULL);
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

static gboolean
write_cb (GtkWidget   *widget,
          const char  *path,
          GError     **error)
{
  HgSession *session = hg_page_get_session (HG_PAGE (widget));

  return session == NULL || hg_contact_export (hg_session_get_workbook (session), path, error);
}

gboolean
hg_contacts_view_export (HgContactsView *self,
                         const char     *path)
{
  g_return_val_if_fail (HG_IS_CONTACTS_VIEW (self), FALSE);

  return hg_register_export_run (GTK_WIDGET (self), path, write_cb);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  /* Translators: default file name of the exported contacts; keep it short */
  hg_register_export_ask (widget, _("Export the Contacts"), _("Contacts"),
                          g_variant_get_string (param, NULL), write_cb);
}

static void
hg_contacts_view_dispose (GObject *object)
{
  HgContactsView *self = HG_CONTACTS_VIEW (object);

  g_clear_pointer (&self->role_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_CONTACTS_VIEW);

  G_OBJECT_CLASS (hg_contacts_view_parent_class)->dispose (object);
}

static void
hg_contacts_view_class_init (HgContactsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_contacts_view_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-contacts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgContactsView, roles_group);
  gtk_widget_class_bind_template_child (widget_class, HgContactsView, contacts_group);

  gtk_widget_class_install_action (widget_class, "contacts.export", "s", export_action);
}

static void
hg_contacts_view_init (HgContactsView *self)
{
  g_type_ensure (HG_TYPE_CONTACTS_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->role_rows = g_ptr_array_new ();
}

/* hg-services-view.c: the services and contractors, those whose review is
 * overdue first; each row tells how much of the selection checklist is met
 * and when the next review is due, and a contract that ended says how the
 * information came back. Overdue is said in words and with an icon, not
 * by colour alone.
 *
 * Add and a row open the service's dialog; a row's menu records a review,
 * ends the contract or removes a service entered by mistake (after asking;
 * Undo brings it back). Every dialog counts from the tab's day, so a test
 * that fixes the day fixes their defaults too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-services-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date.h"
#include "hg-register-export.h"
#include "hg-form.h"
#include "hg-service-day.h"
#include "hg-service-dialog.h"
#include "hg-service-edit.h"
#include "hg-service-end-dialog.h"
#include "hg-service-export.h"
#include "hg-service-review-dialog.h"
#include "hg-service.h"
#include "hg-services-view.h"

struct _HgServicesView
{
  HgPage      parent_instance;

  /* Template widgets */
  GtkLabel   *summary_label;
  GtkListBox *list;

  HgWorkbook *workbook;  /* the session's */
  char       *today;     /* fixed day, or NULL */
};

G_DEFINE_FINAL_TYPE (HgServicesView, hg_services_view, HG_TYPE_PAGE)


static char *
state_text (const HgService *s,
            gboolean         overdue)
{
  g_autofree char *date = hg_date_format (s->ended ? s->ended : s->next_review,
                                          HG_DATE_STYLE_LONG);

  /* Translators: %s is the date the contract ended */
  if (s->ended != NULL && s->end_deleted && s->end_proof)
    return g_strdup_printf (_("Ended %s; information deleted, certified"), date);
  if (s->ended != NULL && s->end_deleted)
    return g_strdup_printf (_("Ended %s; information deleted"), date);
  if (s->ended != NULL)
    return g_strdup_printf (_("Ended %s; information returned"), date);
  return g_strdup_printf (overdue ? _("Review overdue since %s") : _("Next review %s"), date);
}

/* Edit opens as the row does; review and end only while the contract
 * runs. */
static GtkWidget *
row_menu (const HgService *s)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();
  GtkWidget *button;
  struct { const char *label; const char *action; GMenu *in; gboolean running; } items[] = {
    { N_("_Edit…"), "services.edit", menu, FALSE },
    { N_("Record _Review…"), "services.review", menu, TRUE },
    { N_("End _Contract…"), "services.end", menu, TRUE },
    { N_("_Remove…"), "services.remove", danger, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (items[i].running && s->ended != NULL)
        continue;
      item = g_menu_item_new (_(items[i].label), NULL);
      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_int64 (s->id));
      g_menu_append_item (items[i].in, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  button = hg_form_row_menu_button (G_MENU_MODEL (menu), _("Actions"));
  gtk_widget_set_name (button, "actions");
  return button;
}

static GtkWidget *
service_row_new (const HgService *s,
                 gboolean         overdue)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("service-%" G_GINT64_FORMAT, s->id);
  g_autofree char *state = state_text (s, overdue);
  /* Translators: a service's row: kind · department · checklist items
   * met of all · its review or end */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s · checklist %u/%u · %s"),
                                               hg_service_kind_get_label (s->kind), s->department,
                                               hg_service_count_met (s),
                                               (guint) HG_SERVICE_N_CHECKS, state);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (overdue)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("appointment-missed-symbolic");

      gtk_widget_set_name (icon, "overdue");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Review overdue"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Review overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (s->ended != NULL)
    gtk_widget_add_css_class (row, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_menu (s));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "services.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (s->id));
  return row;
}

static void
refresh (HgPage *page)
{
  HgServicesView *self = HG_SERVICES_VIEW (page);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  static const char * const edits[] = {
    "services.add", "services.edit", "services.review", "services.end", "services.remove",
  };
  GtkWidget *child;
  GDate today;
  gboolean editable;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->workbook == NULL)
    return;
  if ((list = hg_service_list (self->workbook, &error)) == NULL)
    {
      g_warning ("Could not read the services: %s", error->message);
      return;
    }
  hg_service_day (self->today, &today);
  overdue = hg_service_review_overdue (list, &today);
  for (guint i = 0; i < overdue->len; i++)
    gtk_list_box_append (self->list, service_row_new (overdue->pdata[i], TRUE));
  for (guint i = 0; i < list->len; i++)
    if (!hg_service_review_is_overdue (list->pdata[i], &today))
      gtk_list_box_append (self->list, service_row_new (list->pdata[i], FALSE));
  summary = list->len == 0
            ? g_strdup (_("No services are registered yet."))
            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service; reviews overdue: %u",
                                            "%u services; reviews overdue: %u", list->len),
                               list->len, overdue->len);
  gtk_label_set_text (self->summary_label, summary);

  /* A workbook opened read-only is shown, not changed (the window says why). */
  editable = !hg_workbook_is_read_only (self->workbook);
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edits[i], editable);
}

static void
session_changed (HgPage *page)
{
  HgSession *session = hg_page_get_session (page);

  HG_SERVICES_VIEW (page)->workbook = session ? hg_session_get_workbook (session) : NULL;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

void
hg_services_view_set_today (HgServicesView *self,
                            const char     *today)
{
  g_return_if_fail (HG_IS_SERVICES_VIEW (self));

  g_free (self->today);
  self->today = g_strdup (today);
  hg_page_queue_refresh (HG_PAGE (self));
}

static GtkWidget *
dialog_for (HgServicesView *self,
            const char     *action,
            gint64          id)
{
  if (g_str_equal (action, "services.review"))
    return hg_service_review_dialog_new (self->workbook, id, self->today);
  if (g_str_equal (action, "services.end"))
    return hg_service_end_dialog_new (self->workbook, id, self->today);
  return hg_service_dialog_new (self->workbook, id, self->today);
}

static void
open_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgServicesView *self = HG_SERVICES_VIEW (widget);
  GtkWidget *dialog;

  if (self->workbook == NULL)
    return;
  dialog = dialog_for (self, name, param ? g_variant_get_int64 (param) : 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
hg_services_view_remove (HgServicesView *self,
                         gint64          id)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_return_val_if_fail (HG_IS_SERVICES_VIEW (self), FALSE);

  if (self->workbook == NULL)
    return FALSE;
  if (!hg_service_remove (self->workbook, id, &error))
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          _("Could Not Remove"), error->message);
      return FALSE;
    }
  toast = adw_toast_new (_("Service removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  hg_form_toast (GTK_WIDGET (self), toast);
  return TRUE;
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HgServicesView   *self)
{
  if (g_str_equal (response, "remove"))
    hg_services_view_remove (self, *(gint64 *) g_object_get_data (G_OBJECT (dialog), "service-id"));
}

/* Asks first: the checklist and its notes go with the service. */
static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgServicesView *self = HG_SERVICES_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);
  GtkWidget *dialog;

  if (self->workbook == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Remove the Service?"),
                                   _("Its checklist and notes go with it. To keep the record of a "
                                     "contract that ended, record its end instead."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "service-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
write_cb (GtkWidget   *widget,
          const char  *path,
          GError     **error)
{
  HgServicesView *self = HG_SERVICES_VIEW (widget);
  GDate today;

  hg_service_day (self->today, &today);
  return hg_service_export (self->workbook, path, &today, error);
}

gboolean
hg_services_view_export (HgServicesView *self,
                         const char     *path)
{
  g_return_val_if_fail (HG_IS_SERVICES_VIEW (self), FALSE);

  return self->workbook != NULL && hg_register_export_run (GTK_WIDGET (self), path, write_cb);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  if (HG_SERVICES_VIEW (widget)->workbook != NULL)
    /* Translators: default file name of the exported services register; keep it short */
    hg_register_export_ask (widget, _("Export the Services Register"), _("Services"),
                            g_variant_get_string (param, NULL), write_cb);
}

static void
hg_services_view_dispose (GObject *object)
{
  HgServicesView *self = HG_SERVICES_VIEW (object);

  g_clear_pointer (&self->today, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_SERVICES_VIEW);

  G_OBJECT_CLASS (hg_services_view_parent_class)->dispose (object);
}

static void
hg_services_view_class_init (HgServicesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_services_view_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-services-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgServicesView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgServicesView, list);

  gtk_widget_class_install_action (widget_class, "services.add", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "services.edit", "x", open_action);
  gtk_widget_class_install_action (widget_class, "services.review", "x", open_action);
  gtk_widget_class_install_action (widget_class, "services.end", "x", open_action);
  gtk_widget_class_install_action (widget_class, "services.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "services.export", "s", export_action);
}

static void
hg_services_view_init (HgServicesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* hg-incidents-view.c: the incidents, open ones first, each with its next
 * deadline counting down; what is overdue is marked in words and with an
 * icon, not by colour alone
 *
 * The register is small (a few incidents a year), so a refresh rebuilds
 * the rows; a timer refreshes them once a minute while the view is shown,
 * so "due in 2 hours" does not stand still on a screen left open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incidents-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-company.h"
#include "hg-doc-export.h"
#include "hg-form.h"
#include "hg-incident-deadline.h"
#include "hg-incident-dialog.h"
#include "hg-incident-notice-dialog.h"
#include "hg-incident-export.h"
#include "hg-incident-report.h"
#include "hg-incident-rules.h"
#include "hg-incident-step-dialog.h"
#include "hg-incidents-view.h"
#include "hg-register-export.h"
#include "hg-local-time.h"

struct _HgIncidentsView
{
  HgPage              parent_instance;

  /* Template widgets */
  GtkLabel           *summary_label;
  GtkListBox         *list;
  GtkWidget          *empty_page;

  HgWorkbook         *workbook;      /* the session's */
  GDateTime          *now;           /* fixed clock, or NULL */
  guint               tick;
  guint               menus_open;    /* row menus shown now: the tick waits */
};

G_DEFINE_FINAL_TYPE (HgIncidentsView, hg_incidents_view, HG_TYPE_PAGE)

static GDateTime *
now_of (HgIncidentsView *self)
{
  return self->now ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static void
append_notify (GMenu                *menu,
               const char           *label,
               gint64                incident,
               gint64                notice,
               HgIncidentNoticeKind  kind)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "incidents.notify",
                                           g_variant_new ("(xxu)", incident, notice, (guint32) kind));
  g_menu_append_item (menu, item);
}

/* Edit and the next step; one item a deadline not met yet, to mark it
 * done, and one for a new notification; the two reports. */
static void
menu_shown_cb (HgIncidentsView *self)
{
  self->menus_open++;
}

static void
menu_closed_cb (HgIncidentsView *self)
{
  if (self->menus_open > 0)
    self->menus_open--;
}

static GtkWidget *
row_menu (HgIncidentsView  *self,
          gint64            id,
          const HgIncident *incident,
          GPtrArray        *deadlines)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) notices = g_menu_new ();
  g_autoptr(GMenu) reports = g_menu_new ();
  GtkWidget *button;
  struct { const char *label; const char *action; GMenu *in; } items[] = {
    { N_("_Edit…"), "incidents.edit", menu },
    { N_("Record Next _Step…"), "incidents.advance", menu },
    { N_("Print _First Report…"), "incidents.print-first", reports },
    { N_("Print Fi_nal Report…"), "incidents.print-final", reports },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (i == 1 && !hg_incident_is_open (incident))
        continue;
      item = g_menu_item_new (_(items[i].label), NULL);
      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_int64 (id));
      g_menu_append_item (items[i].in, item);
    }
  for (guint i = 0; i < deadlines->len; i++)
    {
      HgIncidentDeadline *deadline = g_ptr_array_index (deadlines, i);
      gboolean ppc = deadline->kind == HG_INCIDENT_NOTICE_PPC_PROMPT
                     || deadline->kind == HG_INCIDENT_NOTICE_PPC_FINAL;
      g_autofree char *label = NULL;

      if (deadline->state == HG_INCIDENT_DEADLINE_DONE)
        continue;
      /* Translators: a menu item; %s is whom to tell, e.g. a customer */
      label = g_strdup_printf (_("Mark “%s” Done…"), ppc ? hg_incident_notice_kind_get_label (deadline->kind)
                                                          : deadline->recipient);
      append_notify (notices, label, id, deadline->notice_id, deadline->kind);
    }
  append_notify (notices, _("Record _Notification…"), id, 0, HG_INCIDENT_NOTICE_CUSTOMER);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (notices));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (reports));
  button = hg_form_row_menu_button (G_MENU_MODEL (menu), _("Actions"));
  /* The minute's refresh rebuilds the rows: not under an open menu. */
  g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)), "show",
                           G_CALLBACK (menu_shown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)), "closed",
                           G_CALLBACK (menu_closed_cb), self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
incident_row_new (HgIncidentsView  *self,
                  const HgIncident *incident,
                  GDateTime        *now,
                  guint            *n_overdue)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GPtrArray) deadlines = hg_incident_deadlines (incident, now);
  HgIncidentDeadline *next = hg_incident_deadlines_next (deadlines);
  g_autofree char *detected = hg_local_time_format (incident->detected);
  g_autofree char *name = g_strdup_printf ("incident-%" G_GINT64_FORMAT, incident->id);
  g_autofree char *title = g_markup_escape_text (incident->title, -1);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *facts = NULL;

  /* Translators: under an incident's title: detected when, level, step */
  facts = g_strdup_printf (_("Detected %s · %s · %s"), detected,
                           hg_incident_level_get_label (incident->level),
                           hg_incident_step_get_label (hg_incident_get_status (incident)));
  g_string_append (subtitle, facts);
  if (next != NULL)
    {
      g_autofree char *state = hg_incident_deadline_describe (next, now);
      g_autofree char *line = NULL;
      gboolean ppc = next->kind == HG_INCIDENT_NOTICE_PPC_PROMPT
                     || next->kind == HG_INCIDENT_NOTICE_PPC_FINAL;

      /* Translators: an incident's next deadline: to whom, and how it stands */
      line = g_markup_printf_escaped (_("%s: %s"), ppc ? hg_incident_notice_kind_get_label (next->kind)
                                                       : next->recipient, state);
      g_string_append_c (subtitle, '\n');
      if (next->state == HG_INCIDENT_DEADLINE_OVERDUE)
        g_string_append_printf (subtitle, "<b>%s</b>", line);
      else
        g_string_append (subtitle, line);
    }

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (next != NULL && next->state == HG_INCIDENT_DEADLINE_OVERDUE)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("appointment-missed-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Overdue"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      (*n_overdue)++;
    }
  if (!hg_incident_is_open (incident))
    gtk_widget_add_css_class (row, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_menu (self, incident->id, incident, deadlines));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "incidents.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (incident->id));
  return row;
}

static void
refresh (HgPage *page)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (page);
  g_autoptr(GPtrArray) incidents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = now_of (self);
  g_autofree char *summary = NULL;
  GtkWidget *child;
  guint n_open = 0, n_overdue = 0;
  gboolean editable;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->menus_open = 0;
  if (self->workbook == NULL)
    return;
  incidents = hg_incident_list (self->workbook, &error);
  if (incidents == NULL)
    {
      g_warning ("Could not read the incidents: %s", error->message);
      return;
    }
  for (guint i = 0; i < incidents->len; i++)
    {
      HgIncident *incident = g_ptr_array_index (incidents, i);

      n_open += hg_incident_is_open (incident);
      gtk_list_box_append (self->list, incident_row_new (self, incident, now, &n_overdue));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), incidents->len > 0);
  gtk_widget_set_visible (self->empty_page, incidents->len == 0);
  if (n_overdue > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open, %u overdue",
                                            "%u open, %u overdue", n_open), n_open, n_overdue);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open incident", "%u open incidents",
                                            n_open), n_open);
  gtk_label_set_text (self->summary_label, summary);

  /* A workbook opened read-only is shown, not changed (the window says why). */
  editable = !hg_workbook_is_read_only (self->workbook);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incidents.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incidents.edit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incidents.advance", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incidents.notify", editable);
}

static void
session_changed (HgPage *page)
{
  HgSession *session = hg_page_get_session (page);

  HG_INCIDENTS_VIEW (page)->workbook = session ? hg_session_get_workbook (session) : NULL;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

void
hg_incidents_view_set_now (HgIncidentsView *self,
                           GDateTime       *now)
{
  g_return_if_fail (HG_IS_INCIDENTS_VIEW (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now ? g_date_time_ref (now) : NULL;
  hg_page_queue_refresh (HG_PAGE (self));
}

static void
present (HgIncidentsView *self,
         GtkWidget       *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);

  if (self->workbook != NULL)
    present (self, hg_incident_dialog_new (self->workbook, 0));
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);

  if (self->workbook != NULL)
    present (self, hg_incident_dialog_new (self->workbook, g_variant_get_int64 (param)));
}

static void
advance_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);

  if (self->workbook != NULL)
    present (self, hg_incident_step_dialog_new (self->workbook, g_variant_get_int64 (param)));
}

static void
notify_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);
  HgSession *session = hg_page_get_session (HG_PAGE (self));
  gint64 incident, notice;
  guint32 kind;
  guint hours;

  g_variant_get (param, "(xxu)", &incident, &notice, &kind);
  if (self->workbook == NULL || session == NULL || kind >= HG_INCIDENT_N_NOTICE_KINDS)
    return;
  hours = hg_incident_rules_customer_hours (self->workbook, hg_session_get_pack (session, NULL));
  present (self, hg_incident_notice_dialog_new (self->workbook, incident, notice, kind, hours));
}

static void
print_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);
  g_autoptr(HgIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = now_of (self);
  g_autofree char *company = NULL;
  g_autoptr(HgDoc) doc = NULL;

  if (self->workbook == NULL)
    return;
  incident = hg_incident_get (self->workbook, g_variant_get_int64 (param), &error);
  if (incident == NULL)
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Print"),
                          error->message);
      return;
    }
  company = hg_company_get (self->workbook, HG_COMPANY_FIELD_NAME);
  doc = hg_incident_report_build (incident, g_str_equal (name, "incidents.print-final")
                                            ? HG_INCIDENT_REPORT_FINAL : HG_INCIDENT_REPORT_FIRST,
                                  company, now);
  hg_doc_export_run (widget, doc, HG_DOC_FORMAT_PDF, NULL);
}

static gboolean
write_cb (GtkWidget   *widget,
          const char  *path,
          GError     **error)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);
  g_autoptr(GDateTime) now = now_of (self);

  return hg_incident_export (self->workbook, path, now, error);
}

gboolean
hg_incidents_view_export (HgIncidentsView *self,
                          const char      *path)
{
  g_return_val_if_fail (HG_IS_INCIDENTS_VIEW (self), FALSE);

  if (self->workbook == NULL)
    return FALSE;
  return hg_register_export_run (GTK_WIDGET (self), path, write_cb);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  if (HG_INCIDENTS_VIEW (widget)->workbook == NULL)
    return;
  /* Translators: default file name of the exported incident register; keep it short */
  hg_register_export_ask (widget, _("Export the Incident Register"), _("Incidents"),
                          g_variant_get_string (param, NULL), write_cb);
}

static gboolean
tick_cb (gpointer user_data)
{
  HgIncidentsView *self = user_data;

  if (self->menus_open == 0)
    hg_page_queue_refresh (HG_PAGE (self));
  return G_SOURCE_CONTINUE;
}

static void
hg_incidents_view_map (GtkWidget *widget)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);

  GTK_WIDGET_CLASS (hg_incidents_view_parent_class)->map (widget);
  if (self->tick == 0)
    self->tick = g_timeout_add_seconds (60, tick_cb, self);
}

static void
hg_incidents_view_unmap (GtkWidget *widget)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (widget);

  g_clear_handle_id (&self->tick, g_source_remove);
  GTK_WIDGET_CLASS (hg_incidents_view_parent_class)->unmap (widget);
}

static void
hg_incidents_view_dispose (GObject *object)
{
  HgIncidentsView *self = HG_INCIDENTS_VIEW (object);

  g_clear_handle_id (&self->tick, g_source_remove);
  g_clear_pointer (&self->now, g_date_time_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_INCIDENTS_VIEW);

  G_OBJECT_CLASS (hg_incidents_view_parent_class)->dispose (object);
}

static void
hg_incidents_view_class_init (HgIncidentsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_incidents_view_dispose;
  widget_class->map = hg_incidents_view_map;
  widget_class->unmap = hg_incidents_view_unmap;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-incidents-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgIncidentsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentsView, list);
  gtk_widget_class_bind_template_child (widget_class, HgIncidentsView, empty_page);

  gtk_widget_class_install_action (widget_class, "incidents.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "incidents.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "incidents.advance", "x", advance_action);
  gtk_widget_class_install_action (widget_class, "incidents.notify", "(xxu)", notify_action);
  gtk_widget_class_install_action (widget_class, "incidents.print-first", "x", print_action);
  gtk_widget_class_install_action (widget_class, "incidents.print-final", "x", print_action);
  gtk_widget_class_install_action (widget_class, "incidents.export", "s", export_action);
}

static void
hg_incidents_view_init (HgIncidentsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

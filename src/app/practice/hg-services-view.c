/* hg-services-view.c: the services and contractors, those whose review is
 * overdue first; each row tells how much of the selection checklist is met
 * and when the next review is due, and a contract that ended says how the
 * information came back. Overdue is said in words and with an icon, not
 * by colour alone.
 *
 * Services are registered and reviewed with hinagata-cli services until
 * the tab has its dialogs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-services-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date.h"
#include "hg-duty-calendar.h"
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

static void
today_of (HgServicesView *self,
          GDate          *today)
{
  if (self->today != NULL)
    {
      g_date_clear (today, 1);
      g_date_set_parse (today, self->today);
      if (g_date_valid (today))
        return;
    }
  hg_duty_calendar_today (today);
}

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

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Review overdue"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Review overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (s->ended != NULL)
    gtk_widget_add_css_class (row, "dim-label");
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
  GtkWidget *child;
  GDate today;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->workbook == NULL)
    return;
  if ((list = hg_service_list (self->workbook, &error)) == NULL)
    {
      g_warning ("Could not read the services: %s", error->message);
      return;
    }
  today_of (self, &today);
  overdue = hg_service_review_overdue (list, &today);
  for (guint i = 0; i < overdue->len; i++)
    gtk_list_box_append (self->list, service_row_new (overdue->pdata[i], TRUE));
  for (guint i = 0; i < list->len; i++)
    if (!hg_service_review_is_overdue (list->pdata[i], &today))
      gtk_list_box_append (self->list, service_row_new (list->pdata[i], FALSE));
  summary = list->len == 0
            ? g_strdup (_("No services are registered yet. Register one with hinagata-cli services add."))
            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service; reviews overdue: %u",
                                            "%u services; reviews overdue: %u", list->len),
                               list->len, overdue->len);
  gtk_label_set_text (self->summary_label, summary);
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
}

static void
hg_services_view_init (HgServicesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

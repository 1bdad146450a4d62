/* hg-practice-page.c
 *
 * The practice side has several registers (incidents, contacts, external
 * services, carry-out, laws) and a calendar: one page with a tab each keeps
 * the window's sidebar short. Each tab is an HgPage of its own, given the
 * page's session, so a tab not shown does not refresh at every edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-practice-page"

#include "config.h"

#include "hg-calendar-view.h"
#include "hg-carryout-view.h"
#include "hg-contacts-view.h"
#include "hg-incidents-view.h"
#include "hg-laws-view.h"
#include "hg-practice-page.h"
#include "hg-register-import-dialog.h"
#include "hg-services-view.h"

struct _HgPracticePage
{
  HgPage           parent_instance;

  /* Template widgets */
  HgIncidentsView *incidents_view;
  HgCalendarView  *calendar_view;
  HgServicesView  *services_view;
  HgCarryoutView  *carryout_view;
  HgContactsView  *contacts_view;
  HgLawsView      *laws_view;
};

G_DEFINE_FINAL_TYPE (HgPracticePage, hg_practice_page, HG_TYPE_PAGE)

static void
session_changed (HgPage *page)
{
  HgPracticePage *self = HG_PRACTICE_PAGE (page);

  hg_page_set_session (HG_PAGE (self->incidents_view), hg_page_get_session (page));
  hg_page_set_session (HG_PAGE (self->calendar_view), hg_page_get_session (page));
  hg_page_set_session (HG_PAGE (self->services_view), hg_page_get_session (page));
  hg_page_set_session (HG_PAGE (self->carryout_view), hg_page_get_session (page));
  hg_page_set_session (HG_PAGE (self->contacts_view), hg_page_get_session (page));
  hg_page_set_session (HG_PAGE (self->laws_view), hg_page_get_session (page));
}

static void
refresh (HgPage *page)
{
  /* The tabs refresh themselves when shown. */
}

/* The page's Import menu: a sheet into one of its registers. */
static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HgSession *session = hg_page_get_session (HG_PAGE (widget));

  if (session != NULL)
    hg_register_import_dialog_choose (widget, session, g_variant_get_string (parameter, NULL));
}

static void
hg_practice_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_PRACTICE_PAGE);

  G_OBJECT_CLASS (hg_practice_page_parent_class)->dispose (object);
}

static void
hg_practice_page_class_init (HgPracticePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_practice_page_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  gtk_widget_class_install_action (widget_class, "practice.import", "s", import_activated);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-practice-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, incidents_view);
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, calendar_view);
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, services_view);
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, carryout_view);
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, contacts_view);
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, laws_view);
}

static void
hg_practice_page_init (HgPracticePage *self)
{
  g_type_ensure (HG_TYPE_INCIDENTS_VIEW);
  g_type_ensure (HG_TYPE_CALENDAR_VIEW);
  g_type_ensure (HG_TYPE_SERVICES_VIEW);
  g_type_ensure (HG_TYPE_CARRYOUT_VIEW);
  g_type_ensure (HG_TYPE_CONTACTS_VIEW);
  g_type_ensure (HG_TYPE_LAWS_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
}

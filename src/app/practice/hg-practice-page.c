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
  AdwViewStack    *stack;
  GtkDropDown     *tab_drop;
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

/* The drop-down that stands for the tabs on a phone follows the stack, and
 * the stack follows it. Setting one from the other is a no-op the second
 * time round, as neither notifies when nothing changes. */
static void
tab_chosen (HgPracticePage *self)
{
  GListModel *pages = gtk_drop_down_get_model (self->tab_drop);
  g_autoptr(AdwViewStackPage) page = NULL;

  if (pages == NULL)
    return;
  page = g_list_model_get_item (pages, gtk_drop_down_get_selected (self->tab_drop));
  if (page != NULL)
    adw_view_stack_set_visible_child (self->stack, adw_view_stack_page_get_child (page));
}

static void
tab_shown (HgPracticePage *self)
{
  GListModel *pages = gtk_drop_down_get_model (self->tab_drop);
  GtkWidget *shown = adw_view_stack_get_visible_child (self->stack);

  for (guint i = 0; pages != NULL && i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      if (adw_view_stack_page_get_child (page) == shown)
        gtk_drop_down_set_selected (self->tab_drop, i);
    }
}

static void
hg_practice_page_dispose (GObject *object)
{
  HgPracticePage *self = HG_PRACTICE_PAGE (object);

  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_data (self->stack, self);
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
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, stack);
  gtk_widget_class_bind_template_child (widget_class, HgPracticePage, tab_drop);
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

  {
    g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);

    gtk_drop_down_set_expression (self->tab_drop,
                                  gtk_property_expression_new (ADW_TYPE_VIEW_STACK_PAGE, NULL,
                                                               "title"));
    gtk_drop_down_set_model (self->tab_drop, G_LIST_MODEL (pages));
  }
  tab_shown (self);
  g_signal_connect_swapped (self->tab_drop, "notify::selected", G_CALLBACK (tab_chosen), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (tab_shown), self);
}

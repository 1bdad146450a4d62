/* hg-calendar-view.c: this month's periodic duties by date with their
 * owner and state, and the earlier ones left undone; overdue is said in
 * words and with an icon, not by colour alone
 *
 * "Done" records the duty done today by the role's holder, one undo step
 * (undo is the window's); a duty whose role nobody holds is recorded from
 * the command line, which asks who did it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-calendar-view.h"
#include "hg-register-export.h"
#include "hg-date.h"
#include "hg-duty-calendar.h"
#include "hg-duty-done.h"
#include "hg-form.h"
#include "hg-ics-writer.h"

struct _HgCalendarView
{
  HgPage                parent_instance;

  /* Template widgets */
  GtkLabel             *summary_label;
  GtkListBox           *list;

  HgWorkbook           *workbook;      /* the session's */
  char                 *today;         /* fixed day, or NULL */
};

G_DEFINE_FINAL_TYPE (HgCalendarView, hg_calendar_view, HG_TYPE_PAGE)

static void
today_of (HgCalendarView *self,
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

static GPtrArray *
load_duties (HgCalendarView *self)
{
  HgSession *session = hg_page_get_session (HG_PAGE (self));
  HgPack *pack = session ? hg_session_get_pack (session, NULL) : NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *duties;

  if (pack == NULL)
    return NULL;
  duties = hg_duty_calendar_list (self->workbook, pack, &error);
  if (duties == NULL)
    g_warning ("Could not read the duties: %s", error->message);
  return duties;
}

static GtkWidget *
duty_row_new (const HgCalendarDuty *duty,
              const char           *due,
              HgDutyState           state,
              gboolean              editable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("duty-%s-%s", duty->id, due);
  g_autofree char *date = hg_date_format (due, HG_DATE_STYLE_LONG);
  g_autofree char *owner = duty->holder ? g_strdup_printf ("%s（%s）", duty->role, duty->holder)
                                        : g_strdup (duty->role);
  /* Translators: a duty's row: due date · owner · state */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s"), date, owner,
                                               hg_duty_state_get_label (state));

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duty->task);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (state == HG_DUTY_STATE_OVERDUE)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("appointment-missed-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Overdue"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (state == HG_DUTY_STATE_DONE)
    gtk_widget_add_css_class (row, "dim-label");
  else
    {
      /* An icon: a worded button took half a row at 360 px. */
      GtkWidget *button = gtk_button_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_name (button, "done");
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Mark Done"), -1);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "calendar.done");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new ("(ss)", duty->id, due));
      gtk_widget_set_sensitive (button, editable && duty->holder != NULL);
      gtk_widget_set_tooltip_text (button, duty->holder != NULL
                                           ? _("Record it done today by the role’s holder")
                                           : _("Nobody holds this role: record it with hinagata-cli calendar done --by NAME"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
refresh (HgPage *page)
{
  HgCalendarView *self = HG_CALENDAR_VIEW (page);
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GHashTable) records = NULL;
  g_autoptr(GHashTable) overdue = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;
  GDate today, first, last, since;
  guint n_due = 0, n_overdue = 0;
  gboolean editable;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->workbook == NULL || (duties = load_duties (self)) == NULL)
    return;
  records = hg_duty_done_load (self->workbook, NULL);
  if (records == NULL)
    return;
  editable = !hg_workbook_is_read_only (self->workbook);
  today_of (self, &today);
  first = today;
  g_date_set_day (&first, 1);
  last = first;
  g_date_set_day (&last, g_date_get_days_in_month (g_date_get_month (&first),
                                                   g_date_get_year (&first)));
  hg_duty_calendar_get_start (self->workbook, hg_session_get_pack (hg_page_get_session (page), NULL),
                              &since);
  overdue = hg_duty_done_overdue (duties, records, &today, g_date_valid (&since) ? &since : NULL);

  /* What an earlier month left undone first, then this month by date. */
  for (guint i = 0; i < duties->len; i++)
    {
      const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
      const char *due = g_hash_table_lookup (overdue, duty->id);
      GDate date;

      if (due == NULL)
        continue;
      g_date_clear (&date, 1);
      g_date_set_parse (&date, due);
      if (g_date_compare (&date, &first) >= 0)
        continue;
      gtk_list_box_append (self->list, duty_row_new (duty, due, HG_DUTY_STATE_OVERDUE, editable));
      n_overdue++;
    }
  for (GDate day = first; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
    for (guint i = 0; i < duties->len; i++)
      {
        const HgCalendarDuty *duty = g_ptr_array_index (duties, i);
        g_autoptr(GPtrArray) dates = hg_calendar_duty_dates (duty, &day, &day);
        HgDutyState state;

        if (dates->len == 0 || (g_date_valid (&since) && g_date_compare (&day, &since) < 0))
          continue;
        state = hg_duty_done_state (records, duty->id, dates->pdata[0], &today);
        gtk_list_box_append (self->list, duty_row_new (duty, dates->pdata[0], state, editable));
        n_due++;
        n_overdue += state == HG_DUTY_STATE_OVERDUE;
      }
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u due this month, %u overdue",
                                          "%u due this month, %u overdue", n_due),
                             n_due, n_overdue);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.done", editable);
}

static void
session_changed (HgPage *page)
{
  HgSession *session = hg_page_get_session (page);

  HG_CALENDAR_VIEW (page)->workbook = session ? hg_session_get_workbook (session) : NULL;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

void
hg_calendar_view_set_today (HgCalendarView *self,
                            const char     *today)
{
  g_return_if_fail (HG_IS_CALENDAR_VIEW (self));

  g_free (self->today);
  self->today = g_strdup (today);
  hg_page_queue_refresh (HG_PAGE (self));
}

static void
done_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgCalendarView *self = HG_CALENDAR_VIEW (widget);
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  const HgCalendarDuty *duty;
  const char *id, *due;
  GDate today;

  g_variant_get (param, "(&s&s)", &id, &due);
  if (self->workbook == NULL || (duties = load_duties (self)) == NULL
      || (duty = hg_duty_calendar_find (duties, id)) == NULL || duty->holder == NULL)
    return;
  today_of (self, &today);
  on = hg_duty_calendar_store_date (&today);
  if (!hg_duty_done_record (self->workbook, duty, due, on, duty->holder, NULL, &today, &error))
    hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Record"),
                        error->message);
}

static gboolean
write_cb (GtkWidget   *widget,
          const char  *path,
          GError     **error)
{
  HgCalendarView *self = HG_CALENDAR_VIEW (widget);
  HgPack *pack = hg_session_get_pack (hg_page_get_session (HG_PAGE (self)), error);
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GDateTime) stamp = g_date_time_new_now_utc ();
  GDate today;

  if (pack == NULL || (duties = hg_duty_calendar_list (self->workbook, pack, error)) == NULL)
    return FALSE;
  today_of (self, &today);
  return hg_ics_write_for_workbook (self->workbook, duties, &today, stamp, path, error);
}

gboolean
hg_calendar_view_export (HgCalendarView *self,
                         const char     *path)
{
  g_return_val_if_fail (HG_IS_CALENDAR_VIEW (self), FALSE);

  if (self->workbook == NULL)
    return FALSE;
  return hg_register_export_run (GTK_WIDGET (self), path, write_cb);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  if (HG_CALENDAR_VIEW (widget)->workbook == NULL)
    return;
  hg_register_export_ask (widget, _("Export the Calendar"), _("Calendar"), "ics", write_cb);
}

static void
hg_calendar_view_dispose (GObject *object)
{
  HgCalendarView *self = HG_CALENDAR_VIEW (object);

  g_clear_pointer (&self->today, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_CALENDAR_VIEW);

  G_OBJECT_CLASS (hg_calendar_view_parent_class)->dispose (object);
}

static void
hg_calendar_view_class_init (HgCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_calendar_view_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgCalendarView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgCalendarView, list);

  gtk_widget_class_install_action (widget_class, "calendar.done", "(ss)", done_action);
  gtk_widget_class_install_action (widget_class, "calendar.export", NULL, export_action);
}

static void
hg_calendar_view_init (HgCalendarView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

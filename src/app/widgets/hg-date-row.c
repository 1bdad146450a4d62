/* hg-date-row.c
 *
 * Every date field of the dialogs: the user types the date in any spelling
 * hg_date_parse() knows (2027/3/31, 2027年3月31日, 令和9年3月31日, R9.3.31)
 * or picks it in the calendar, and the row shows it the way the interface
 * language writes dates. Text the core cannot read marks the row (the
 * "error" style class) and stays as typed, so nothing is lost; the dialog
 * reads :valid to keep its save button off until the date makes sense.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-date-row"

#include "config.h"

#include <string.h>

#include "hg-date.h"
#include "hg-date-row.h"

struct _HgDateRow
{
  AdwEntryRow  parent_instance;

  gboolean     valid;
  /* The date last set and the text it was shown as: a month's name in the
   * shown text ("6 December 2026") is the language's, not something
   * hg_date_parse() reads, so that text is taken back as this date. */
  char        *iso;
  char        *shown;
  char        *value;   /* see hg_date_row_get_value() */

  /* Template widgets */
  GtkMenuButton *button;
  GtkCalendar   *calendar;
};

G_DEFINE_FINAL_TYPE (HgDateRow, hg_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_valid (HgDateRow *self)
{
  g_autofree char *iso = NULL;
  gboolean valid = hg_date_row_get_iso (self, &iso);

  g_free (self->value);
  self->value = valid ? g_steal_pointer (&iso)
                      : g_strdup (gtk_editable_get_text (GTK_EDITABLE (self)));
  hg_date_row_set_problem (self, !valid);
  if (valid == self->valid)
    return;
  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

/* A date typed in another spelling is shown the language's way once the
 * user leaves the field or presses Enter, not while typing. */
static void
tidy (HgDateRow *self)
{
  g_autofree char *iso = NULL;

  if (hg_date_row_get_iso (self, &iso))
    hg_date_row_set_iso (self, iso);
}

static void
on_day_selected (HgDateRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  hg_date_row_set_iso (self, iso);
  gtk_menu_button_popdown (self->button);
}

static void
on_today (HgDateRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

  hg_date_row_set_iso (self, iso);
  gtk_menu_button_popdown (self->button);
}

/* The calendar opens on the date in the field, or today. */
static void
on_popover_show (HgDateRow *self)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;

  if (hg_date_row_get_iso (self, &iso) && iso[0] != '\0')
    {
      g_autofree char *stamp = g_strconcat (iso, "T00:00:00", NULL);
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();

      date = g_date_time_new_from_iso8601 (stamp, local);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();
  g_signal_handlers_block_by_func (self->calendar, on_day_selected, self);
  gtk_calendar_select_day (self->calendar, date);
  g_signal_handlers_unblock_by_func (self->calendar, on_day_selected, self);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                HgDateRow               *self)
{
  tidy (self);
}

static void
hg_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HgDateRow *self = HG_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_date_row_dispose (GObject *object)
{
  HgDateRow *self = HG_DATE_ROW (object);

  g_clear_pointer (&self->iso, g_free);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->value, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_DATE_ROW);
  G_OBJECT_CLASS (hg_date_row_parent_class)->dispose (object);
}

static void
hg_date_row_class_init (HgDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hg_date_row_get_property;
  object_class->dispose = hg_date_row_dispose;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HgDateRow, button);
  gtk_widget_class_bind_template_child (widget_class, HgDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_today);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
}

static void
hg_date_row_init (HgDateRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->valid = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "changed", G_CALLBACK (update_valid), NULL);
  g_signal_connect (self, "entry-activated", G_CALLBACK (tidy), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
hg_date_row_new (void)
{
  return g_object_new (HG_TYPE_DATE_ROW, NULL);
}

/* The date as stored (YYYY-MM-DD, "" for none) in @iso; FALSE, and @iso
 * untouched, when the text is not a date. */
gboolean
hg_date_row_get_iso (HgDateRow  *self,
                     char      **iso)
{
  const char *text;

  g_return_val_if_fail (HG_IS_DATE_ROW (self), FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  if (self->shown != NULL && strcmp (text, self->shown) == 0)
    {
      *iso = g_strdup (self->iso);
      return TRUE;
    }
  return hg_date_parse (text, iso);
}

/* Shows the stored date @iso the language's way; a text that is not a
 * stored date is shown as it is, to be mended. */
void
hg_date_row_set_iso (HgDateRow  *self,
                     const char *iso)
{
  g_autofree char *text = hg_date_format (iso != NULL ? iso : "", HG_DATE_STYLE_LONG);
  g_autofree char *checked = NULL;

  g_return_if_fail (HG_IS_DATE_ROW (self));

  g_clear_pointer (&self->iso, g_free);
  g_clear_pointer (&self->shown, g_free);
  if (hg_date_parse (iso, &checked))
    {
      self->iso = g_steal_pointer (&checked);
      self->shown = g_strdup (text);
    }
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), text);
  update_valid (self);
}

/* What the core is to be given: the stored form of the date when the text
 * reads as one, else the text as typed, for the core to name the problem. */
const char *
hg_date_row_get_value (HgDateRow *self)
{
  g_return_val_if_fail (HG_IS_DATE_ROW (self), NULL);

  return self->value != NULL ? self->value : "";
}

gboolean
hg_date_row_get_valid (HgDateRow *self)
{
  g_return_val_if_fail (HG_IS_DATE_ROW (self), FALSE);

  return self->valid;
}

/* Marks the row; also for a problem the core found with a date it could
 * read (a due date before the approval, say). */
void
hg_date_row_set_problem (HgDateRow *self,
                         gboolean   problem)
{
  g_return_if_fail (HG_IS_DATE_ROW (self));

  if (problem)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

GtkCalendar *
hg_date_row_get_calendar (HgDateRow *self)
{
  g_return_val_if_fail (HG_IS_DATE_ROW (self), NULL);

  return self->calendar;
}

/* hg-carryout-view.c: what is out, the overdue first, then what came
 * back; overdue is said in words and with an icon, not by colour alone
 *
 * "Record Carry-out…" opens HgCarryoutDialog, and so does a row, to edit
 * (or remove) it; the check button of a record still out asks when it came
 * back (HgCarryoutReturnDialog). Each is one undo step, undone through the
 * window. "Out only" hides what came back, for the end-of-day look at what
 * is still outside; the export writes the whole log, CSV or Excel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-carryout-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-carryout-dialog.h"
#include "hg-carryout-export.h"
#include "hg-carryout-return-dialog.h"
#include "hg-carryout-view.h"
#include "hg-carryout.h"
#include "hg-local-time.h"
#include "hg-register-export.h"

struct _HgCarryoutView
{
  HgPage      parent_instance;

  /* Template widgets */
  GtkLabel   *summary_label;
  GtkListBox *list;
  GtkSwitch  *out_only_switch;

  HgWorkbook *workbook;  /* the session's */
  char       *now;       /* fixed moment, or NULL */
};

G_DEFINE_FINAL_TYPE (HgCarryoutView, hg_carryout_view, HG_TYPE_PAGE)

static GDateTime *
now_of (HgCarryoutView *self)
{
  GDateTime *now = self->now ? hg_local_time_parse (self->now) : NULL;

  return now ? now : g_date_time_new_now_local ();
}

static GtkWidget *
carryout_row_new (const HgCarryout *c,
                  gboolean          overdue,
                  gboolean          editable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("carryout-%" G_GINT64_FORMAT, c->id);
  g_autofree char *out = hg_local_time_format (c->out_at);
  g_autofree char *due = hg_local_time_format (c->due_at);
  g_autofree char *back = c->back_at ? hg_local_time_format (c->back_at) : NULL;
  g_autofree char *state = back ? g_strdup_printf (_("Returned %s"), back)
                                : g_strdup (overdue ? _("Overdue") : _("Out"));
  /* Translators: a carry-out's row: kind · who (approved by) · out → due back · state */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s (approved by %s) · %s → %s · %s"),
                                               hg_carryout_medium_get_label (c->medium),
                                               c->person, c->approved_by, out, due, state);

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), editable);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "carryout.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (c->id));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->item);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (overdue)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("appointment-missed-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Overdue"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (back != NULL)
    gtk_widget_add_css_class (row, "dim-label");
  else
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_name (button, "returned");
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Record Return"), -1);
      gtk_widget_set_tooltip_text (button, _("Record Return…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "carryout.returned");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (c->id));
      gtk_widget_set_sensitive (button, editable);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
refresh (HgPage *page)
{
  HgCarryoutView *self = HG_CARRYOUT_VIEW (page);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GDateTime) now = now_of (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;
  guint n_out = 0, n_rows = 0;
  gboolean editable;
  gboolean out_only = gtk_switch_get_active (self->out_only_switch);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->workbook == NULL)
    return;
  if ((list = hg_carryout_list (self->workbook, &error)) == NULL)
    {
      g_warning ("Could not read the carry-out log: %s", error->message);
      return;
    }
  editable = !hg_workbook_is_read_only (self->workbook);
  overdue = hg_carryout_overdue (list, now);
  /* The overdue first, longest overdue at the top; then the rest as the
   * log has them, newest out first. */
  for (guint i = 0; i < overdue->len; i++, n_rows++)
    gtk_list_box_append (self->list, carryout_row_new (overdue->pdata[i], TRUE, editable));
  for (guint i = 0; i < list->len; i++)
    {
      const HgCarryout *c = list->pdata[i];

      n_out += c->back_at == NULL;
      if (!hg_carryout_is_overdue (c, now) && (c->back_at == NULL || !out_only))
        {
          gtk_list_box_append (self->list, carryout_row_new (c, FALSE, editable));
          n_rows++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), n_rows > 0);
  summary = list->len == 0
            ? g_strdup (_("Nothing was taken out yet."))
            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u out, %u overdue",
                                            "%u out, %u overdue", n_out),
                               n_out, overdue->len);
  gtk_label_set_text (self->summary_label, summary);
  /* A workbook opened read-only is shown, not changed (the window says why). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "carryout.returned", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "carryout.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "carryout.edit", editable);
}

static void
session_changed (HgPage *page)
{
  HgSession *session = hg_page_get_session (page);

  HG_CARRYOUT_VIEW (page)->workbook = session ? hg_session_get_workbook (session) : NULL;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

void
hg_carryout_view_set_now (HgCarryoutView *self,
                          const char     *now)
{
  g_return_if_fail (HG_IS_CARRYOUT_VIEW (self));

  g_free (self->now);
  self->now = g_strdup (now);
  hg_page_queue_refresh (HG_PAGE (self));
}

static void
present (HgCarryoutView *self,
         GtkWidget      *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  HgCarryoutView *self = HG_CARRYOUT_VIEW (widget);

  if (self->workbook != NULL)
    present (self, hg_carryout_dialog_new (self->workbook, 0, self->now));
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgCarryoutView *self = HG_CARRYOUT_VIEW (widget);

  if (self->workbook != NULL)
    present (self, hg_carryout_dialog_new (self->workbook, g_variant_get_int64 (param), self->now));
}

static void
returned_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  HgCarryoutView *self = HG_CARRYOUT_VIEW (widget);

  if (self->workbook != NULL)
    present (self, hg_carryout_return_dialog_new (self->workbook, g_variant_get_int64 (param),
                                                  self->now));
}

static gboolean
write_log (GtkWidget   *widget,
           const char  *path,
           GError     **error)
{
  HgCarryoutView *self = HG_CARRYOUT_VIEW (widget);
  g_autoptr(GDateTime) now = now_of (self);

  return hg_carryout_export (self->workbook, path, now, error);
}

gboolean
hg_carryout_view_export (HgCarryoutView *self,
                         const char     *path)
{
  g_return_val_if_fail (HG_IS_CARRYOUT_VIEW (self), FALSE);

  return self->workbook != NULL && hg_register_export_run (GTK_WIDGET (self), path, write_log);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  if (HG_CARRYOUT_VIEW (widget)->workbook != NULL)
    /* Translators: default file name of the exported carry-out log; keep it short */
    hg_register_export_ask (widget, _("Export the Carry-out Log"), _("Carry-out log"),
                            g_variant_get_string (param, NULL), write_log);
}

static void
hg_carryout_view_dispose (GObject *object)
{
  HgCarryoutView *self = HG_CARRYOUT_VIEW (object);

  g_clear_pointer (&self->now, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_CARRYOUT_VIEW);

  G_OBJECT_CLASS (hg_carryout_view_parent_class)->dispose (object);
}

static void
hg_carryout_view_class_init (HgCarryoutViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_carryout_view_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-carryout-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutView, list);
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutView, out_only_switch);
  gtk_widget_class_bind_template_callback (widget_class, hg_page_queue_refresh);

  gtk_widget_class_install_action (widget_class, "carryout.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "carryout.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "carryout.returned", "x", returned_action);
  gtk_widget_class_install_action (widget_class, "carryout.export", "s", export_action);
}

static void
hg_carryout_view_init (HgCarryoutView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

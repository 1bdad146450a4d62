/* hg-laws-view.c: the laws the rules list, why each applies, who watches
 * it and when it was last checked; those whose yearly check is owed come
 * first and say so in words and with an icon, not by colour alone.
 *
 * The list is the rules' own under the current answers (hg-law.c): an
 * answer that adds a law adds its row here at the next refresh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-laws-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date.h"
#include "hg-duty-calendar.h"
#include "hg-law.h"
#include "hg-law-dialog.h"
#include "hg-law-export.h"
#include "hg-form.h"
#include "hg-laws-view.h"
#include "hg-register-export.h"

struct _HgLawsView
{
  HgPage      parent_instance;

  /* Template widgets */
  GtkLabel   *summary_label;
  GtkListBox *list;

  HgSession  *session;   /* the page's */
  char       *today;     /* fixed day, or NULL */
};

G_DEFINE_FINAL_TYPE (HgLawsView, hg_laws_view, HG_TYPE_PAGE)

static GtkWidget *
row_menu (const HgLaw *law)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  struct { const char *label; const char *action; } items[] = {
    { N_("Set _Watcher…"), "laws.watch" },
    { N_("Record _Check…"), "laws.check" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_string (law->id));
      g_menu_append_item (menu, item);
    }
  return hg_form_row_menu_button (G_MENU_MODEL (menu), _("Actions"));
}

static GtkWidget *
law_row_new (const HgLaw *law,
             gboolean     due)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("law-%s", law->id);
  g_autofree char *watcher = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *date = law->checked ? hg_date_format (law->checked, HG_DATE_STYLE_LONG) : NULL;
  g_autofree char *subtitle = NULL;

  watcher = law->watcher ? g_strdup_printf (_("Watched by %s"), law->watcher)
                         : g_strdup (_("Nobody watches it"));
  /* Translators: the day of a law's last check and who made it */
  checked = law->checked ? g_strdup_printf (_("checked %s by %s"), date, law->checked_by)
                         : g_strdup (_("never checked"));
  /* Translators: under a law: why it applies; who watches it · its last
   * check, then (when owed) a line saying the yearly check is owed */
  subtitle = g_strdup_printf ("%s\n%s · %s%s%s", law->reason, watcher, checked,
                              due ? "\n" : "", due ? _("Yearly check owed") : "");

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), law->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (due)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("appointment-missed-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Yearly check owed"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Yearly check owed"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_menu (law));
  return row;
}

static void
refresh (HgPage *page)
{
  HgLawsView *self = HG_LAWS_VIEW (page);
  g_autoptr(GPtrArray) laws = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  HgWorkbook *workbook;
  HgPack *pack;
  GtkWidget *child;
  guint n_due = 0;
  GDate today;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->session == NULL)
    return;
  workbook = hg_session_get_workbook (self->session);
  pack = hg_session_get_pack (self->session, &error);
  if (pack == NULL || (laws = hg_law_list (workbook, pack, &error)) == NULL)
    {
      gtk_label_set_text (self->summary_label, error ? error->message : "");
      return;
    }
  hg_duty_calendar_day_or_today (self->today, &today);
  /* Owed first, each group in the rules' order. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < laws->len; i++)
      {
        const HgLaw *law = g_ptr_array_index (laws, i);
        gboolean due = hg_law_check_is_due (law, &today);

        if (due != (pass == 0))
          continue;
        n_due += due;
        gtk_list_box_append (self->list, law_row_new (law, due));
      }
  summary = laws->len == 0
            ? g_strdup (_("The rules list no laws."))
            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u law; yearly checks owed: %u",
                                            "%u laws; yearly checks owed: %u", laws->len),
                               laws->len, n_due);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->list), laws->len > 0);

  /* A workbook opened read-only is shown, not changed (the window says why). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "laws.watch",
                                 !hg_workbook_is_read_only (workbook));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "laws.check",
                                 !hg_workbook_is_read_only (workbook));
}

static void
session_changed (HgPage *page)
{
  HgLawsView *self = HG_LAWS_VIEW (page);
  HgSession *session = hg_page_get_session (page);

  self->session = session;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

void
hg_laws_view_set_today (HgLawsView *self,
                        const char *today)
{
  g_return_if_fail (HG_IS_LAWS_VIEW (self));

  g_free (self->today);
  self->today = g_strdup (today);
  hg_page_queue_refresh (HG_PAGE (self));
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgLawsView *self = HG_LAWS_VIEW (widget);
  GtkWidget *dialog;

  if (self->session == NULL)
    return;
  dialog = hg_law_dialog_new (self->session, g_variant_get_string (param, NULL),
                              g_str_equal (name, "laws.check"), self->today);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
write_cb (GtkWidget   *widget,
          const char  *path,
          GError     **error)
{
  HgLawsView *self = HG_LAWS_VIEW (widget);
  HgPack *pack;
  GDate today;

  if (self->session == NULL)
    return TRUE;
  hg_duty_calendar_day_or_today (self->today, &today);
  pack = hg_session_get_pack (self->session, error);
  return pack != NULL
         && hg_law_export (hg_session_get_workbook (self->session), pack, path, &today, error);
}

gboolean
hg_laws_view_export (HgLawsView *self,
                     const char *path)
{
  g_return_val_if_fail (HG_IS_LAWS_VIEW (self), FALSE);

  return hg_register_export_run (GTK_WIDGET (self), path, write_cb);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  /* Translators: default file name of the exported register of laws; keep it short */
  hg_register_export_ask (widget, _("Export the Register of Laws"), _("List of Laws"),
                          g_variant_get_string (param, NULL), write_cb);
}

static void
hg_laws_view_dispose (GObject *object)
{
  HgLawsView *self = HG_LAWS_VIEW (object);

  g_clear_pointer (&self->today, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_LAWS_VIEW);

  G_OBJECT_CLASS (hg_laws_view_parent_class)->dispose (object);
}

static void
hg_laws_view_class_init (HgLawsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_laws_view_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = refresh;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/hg-laws-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HgLawsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgLawsView, list);

  gtk_widget_class_install_action (widget_class, "laws.watch", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "laws.check", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "laws.export", "s", export_action);
}

static void
hg_laws_view_init (HgLawsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* hg-overview-page.c: what the company has done so far, and what to do next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-store.h"
#include "hg-company.h"
#include "hg-handbook-receipt.h"
#include "hg-duty-calendar.h"
#include "hg-overview-page.h"
#include "hg-practice-status.h"
#include "hg-progress.h"

struct _HgOverviewPage
{
  HgPage       parent_instance;

  /* Template widgets */
  GtkLabel    *company_label;
  GtkLabel    *summary_label;
  GtkLevelBar *progress_bar;
  GtkListBox  *steps_list;
  GtkLabel    *practice_heading;
  GtkListBox  *practice_list;
  GtkListBox  *facts_list;
  GtkLabel    *assets_heading;
  GtkListBox  *assets_list;

  HgWorkbook  *workbook;        /* the session's */
};

G_DEFINE_FINAL_TYPE (HgOverviewPage, hg_overview_page, HG_TYPE_PAGE)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
step_row_new (const HgProgressStep *step,
              guint                 number,
              gboolean              is_next)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *prefix;
  /* A step of the self-assessment opens the page on its framework. */
  g_autofree char *action = step->framework
                            ? g_strdup_printf ("win.show-framework::%s", step->framework)
                            : g_strdup_printf ("win.show-page::%s", step->id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), step->detail);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (step->done)
    {
      prefix = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (prefix, "success");
      /* Translators: accessible description of a finished step */
      gtk_accessible_update_property (GTK_ACCESSIBLE (prefix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Done"), -1);
    }
  else
    {
      g_autofree char *text = g_strdup_printf ("%u", number);

      prefix = gtk_label_new (text);
      gtk_widget_add_css_class (prefix, "step-number");
      gtk_widget_add_css_class (prefix, "numeric");
    }
  gtk_widget_set_valign (prefix, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);

  if (step->approval && !step->done)
    {
      /* Approving is a decision, not a page: the step opens the dialog
       * that lists the documents and what changed in each. */
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Approve…"));

      gtk_widget_set_name (button, "approve-button");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      if (is_next)
        gtk_widget_add_css_class (button, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.approve-documents");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  else if (is_next)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Start"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (button), action);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  else
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
    }

  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (row), action);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
add_fact_text (GtkListBox *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (list, row);
}

static void
add_fact (GtkListBox *list,
          const char *title,
          gint64      value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  add_fact_text (list, title, text);
}

/* The share of active employees who received the handbook in force. */
static void
add_handbook_fact (HgOverviewPage *self)
{
  HgSession *session = hg_page_get_session (HG_PAGE (self));
  g_autoptr(HgHandbook) handbook =
    hg_handbook_get_for_pack (self->workbook, hg_session_get_pack (session, NULL));
  g_autofree char *text = NULL;
  guint acknowledged = 0, active = 0;

  hg_handbook_count_acknowledged (self->workbook, handbook, &acknowledged, &active);
  if (handbook->version == 0)
    text = g_strdup (_("Not approved yet"));
  else
    /* Translators: how many active employees received the handbook in
     * force, and the share, e.g. "12 of 20 (60%)" */
    text = g_strdup_printf (_("%u of %u (%u%%)"), acknowledged, active,
                            active ? acknowledged * 100 / active : 0);
  add_fact_text (self->facts_list, _("Received the current handbook"), text);
}

/* One row per duty or incident, each opening the 運用 page where it is
 * kept; overdue ones marked so that they are seen first. */
static GtkWidget *
practice_row_new (const HgPracticeEntry *entry)
{
  static const char *names[] = { "practice-due", "practice-overdue", "practice-incident" };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  const char *label = entry->kind == HG_PRACTICE_ENTRY_INCIDENT ? _("Incident")
                      : entry->overdue ? _("Overdue") : _("This month");
  GtkWidget *tag = gtk_label_new (label);

  gtk_widget_set_name (row, names[entry->kind]);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), entry->detail);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "caption");
  if (entry->overdue)
    gtk_widget_add_css_class (tag, "error");
  else
    gtk_widget_add_css_class (tag, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), tag);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (row), "win.show-page::practice");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* The row that stands for the duties left out, e.g. 「ほかに業務が 12 件あります」:
 * it opens the 運用 page, whose calendar lists them all. */
static GtkWidget *
practice_more_row_new (guint hidden)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf (ngettext ("%u more duty", "%u more duties", hidden),
                                            hidden);

  gtk_widget_set_name (row, "practice-more");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("The calendar on the Practice page lists them all"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (row), "win.show-page::practice");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
fill_practice (HgOverviewPage *self)
{
  HgSession *session = hg_page_get_session (HG_PAGE (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint shown[HG_PRACTICE_ENTRY_INCIDENT + 1] = { 0 };
  guint hidden = 0;
  gboolean more_shown = FALSE;
  GDate today;

  hg_duty_calendar_today (&today);
  entries = hg_practice_status_compute (self->workbook, hg_session_get_pack (session, NULL),
                                        &today, now, &error);
  if (entries == NULL)
    g_warning ("Cannot list the duties and incidents: %s", error->message);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      HgPracticeEntry *entry = g_ptr_array_index (entries, i);

      /* A company that has not kept its calendar for a year has dozens of
       * duties overdue: listed in full they push everything else off the
       * overview. A few of each kind say enough; every open incident is
       * shown, as each needs someone now. */
      if (entry->kind != HG_PRACTICE_ENTRY_INCIDENT
          && shown[entry->kind] >= HG_OVERVIEW_PRACTICE_ROWS)
        {
          hidden++;
          continue;
        }
      /* The row that counts the duties left out closes the duties, above
       * the incidents. */
      if (entry->kind == HG_PRACTICE_ENTRY_INCIDENT && hidden > 0 && !more_shown)
        {
          gtk_list_box_append (self->practice_list, practice_more_row_new (hidden));
          more_shown = TRUE;
        }
      shown[entry->kind]++;
      gtk_list_box_append (self->practice_list, practice_row_new (entry));
    }
  if (hidden > 0 && !more_shown)
    gtk_list_box_append (self->practice_list, practice_more_row_new (hidden));
  gtk_widget_set_visible (GTK_WIDGET (self->practice_heading), entries != NULL && entries->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->practice_list), entries != NULL && entries->len > 0);
}

static void
reload (HgPage *page)
{
  HgOverviewPage *self = HG_OVERVIEW_PAGE (page);
  g_autoptr(GPtrArray) steps = NULL;
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  guint done = 0;
  gboolean next_marked = FALSE;

  clear_list (self->steps_list);
  clear_list (self->practice_list);
  clear_list (self->facts_list);
  clear_list (self->assets_list);
  if (self->workbook == NULL)
    return;

  name = hg_company_get (self->workbook, HG_COMPANY_FIELD_NAME);
  gtk_label_set_text (self->company_label, name[0] ? name : _("Your Company"));

  steps = hg_progress_compute (hg_page_get_session (page));
  for (guint i = 0; i < steps->len; i++)
    {
      HgProgressStep *step = g_ptr_array_index (steps, i);
      gboolean is_next = !step->done && !next_marked;

      if (step->done)
        done++;
      next_marked |= is_next;
      gtk_list_box_append (self->steps_list, step_row_new (step, i + 1, is_next));
    }

  summary = done == steps->len
    ? g_strdup (_("Every step so far is done."))
    : g_strdup_printf (_("%u of %u steps done. The next one is highlighted below."),
                       done, steps->len);
  gtk_label_set_text (self->summary_label, summary);
  gtk_level_bar_set_max_value (self->progress_bar, MAX (steps->len, 1));
  gtk_level_bar_set_value (self->progress_bar, done);

  fill_practice (self);

  add_fact (self->facts_list, _("Departments"),
            hg_workbook_count_rows (self->workbook, "department"));
  add_fact (self->facts_list, _("People"), hg_workbook_count_rows (self->workbook, "person"));
  add_fact (self->facts_list, _("Security roles assigned"),
            hg_workbook_count_rows (self->workbook, "org_role"));
  add_handbook_fact (self);

  clear_list (self->assets_list);
  {
    guint by_importance[4], by_level[4], personal = 0, total = 0;

    hg_asset_store_count (self->workbook, by_importance, by_level, &personal, &total);
    gtk_widget_set_visible (GTK_WIDGET (self->assets_heading), total > 0);
    gtk_widget_set_visible (GTK_WIDGET (self->assets_list), total > 0);
    add_fact (self->assets_list, _("Assets in use"), total);
    for (guint level = 3; level >= 1; level--)
      {
        g_autofree char *title = g_strdup_printf (_("Importance %u"), level);
        add_fact (self->assets_list, title, by_importance[level]);
      }
    for (guint level = 3; level >= 1; level--)
      {
        g_autofree char *label = hg_asset_store_get_label (self->workbook, level);
        /* Translators: a classification count, e.g. "Classified 極秘 (confidentiality 3)" */
        g_autofree char *title = g_strdup_printf (_("Classified %s (confidentiality %u)"),
                                                  label, level);
        add_fact (self->assets_list, title, by_level[level]);
      }
    add_fact (self->assets_list, _("Holding personal information"), personal);
  }
}

/* Every edit anywhere changes some count here. */
static void
session_changed (HgPage *page)
{
  HgSession *session = hg_page_get_session (page);

  HG_OVERVIEW_PAGE (page)->workbook = session ? hg_session_get_workbook (session) : NULL;
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (hg_page_queue_refresh), page);
}

static void
hg_overview_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (hg_overview_page_parent_class)->dispose (object);
}

static void
hg_overview_page_class_init (HgOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_overview_page_dispose;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, company_label);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, practice_heading);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, practice_list);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, assets_heading);
  gtk_widget_class_bind_template_child (widget_class, HgOverviewPage, assets_list);
}

static void
hg_overview_page_init (HgOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* hg-assess-history-window.c
 *
 * A frozen round is the record of a submission, so it is shown, never
 * edited: its answers are labels, not the page's drop-downs. The newest
 * round is chosen to start with; choosing another shows its answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-history-window.h"
#include "hg-assess-round-text.h"
#include "hg-assessment-history.h"
#include "hg-framework-catalog.h"

struct _HgAssessHistoryWindow
{
  AdwWindow    parent_instance;

  HgWorkbook  *workbook;
  char        *framework_id;
  HgFramework *framework;
  GPtrArray   *rounds;         /* of HgAssessment, oldest first, as the rows */
  gint64       shown;

  /* Template widgets */
  GtkLabel    *title_label;
  GtkListBox  *rounds_list;
  GtkLabel    *round_label;
  GtkListBox  *items_list;
};

G_DEFINE_FINAL_TYPE (HgAssessHistoryWindow, hg_assess_history_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_FRAMEWORK_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
answer_text (HgFramework        *framework,
             HgAssessmentAnswer *answer)
{
  HgFrameworkAnswer *a = answer ? hg_framework_find_answer (framework, answer->value) : NULL;

  if (answer == NULL)
    return g_strdup (_("Unanswered"));
  if (answer->note[0] != '\0')
    /* Translators: an answer and its note */
    return g_strdup_printf (_("%s — %s"), a ? a->label : answer->value, answer->note);
  return g_strdup (a ? a->label : answer->value);
}

static void
show_answers (HgAssessHistoryWindow *self,
              HgAssessment          *round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = hg_assessment_get_answers (self->workbook, round->id, &error);
  g_autofree char *heading = hg_assess_round_title (round);
  GPtrArray *sections = hg_framework_get_sections (self->framework);

  remove_all (self->items_list);
  self->shown = round->id;
  gtk_label_set_text (self->round_label, heading);
  if (answers == NULL)
    {
      g_warning ("Could not read the assessment: %s", error->message);
      return;
    }
  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          HgFrameworkItem *item = g_ptr_array_index (section->items, i);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *number = hg_assess_item_number_new (item->ref);
          g_autofree char *text = answer_text (self->framework,
                                               g_hash_table_lookup (answers, item->ref));

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);
          gtk_list_box_append (self->items_list, row);
        }
    }
}

static void
round_selected_cb (HgAssessHistoryWindow *self,
                   GtkListBoxRow         *row)
{
  gint i = row ? gtk_list_box_row_get_index (row) : -1;

  if (i >= 0 && (guint) i < self->rounds->len)
    show_answers (self, g_ptr_array_index (self->rounds, i));
}

gboolean
hg_assess_history_window_show_round (HgAssessHistoryWindow *self,
                                     gint64                 id)
{
  g_return_val_if_fail (HG_IS_ASSESS_HISTORY_WINDOW (self), FALSE);

  for (guint i = 0; self->rounds != NULL && i < self->rounds->len; i++)
    if (((HgAssessment *) g_ptr_array_index (self->rounds, i))->id == id)
      {
        gtk_list_box_select_row (self->rounds_list,
                                 gtk_list_box_get_row_at_index (self->rounds_list, (int) i));
        return TRUE;
      }
  return FALSE;
}

gint64
hg_assess_history_window_get_shown (HgAssessHistoryWindow *self)
{
  g_return_val_if_fail (HG_IS_ASSESS_HISTORY_WINDOW (self), 0);
  return self->shown;
}

static GtkWidget *
round_row (HgAssessHistoryWindow *self,
           HgAssessment          *round)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(HgFrameworkScore) score = hg_assess_round_score (self->workbook, self->framework,
                                                             round->id);
  g_autofree char *title = hg_assess_round_title (round);
  g_autofree char *rates = score ? hg_assess_score_summary (self->framework, score) : g_strdup ("");
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer · %s",
                                                            "%u answers · %s", round->n_answers),
                                               round->n_answers, rates);
  g_autofree char *name = g_strdup_printf ("round-%" G_GINT64_FORMAT, round->id);
  GtkWidget *icon = gtk_image_new_from_icon_name (round->frozen ? "changes-prevent-symbolic"
                                                                : "document-edit-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, name);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
hg_assess_history_window_constructed (GObject *object)
{
  HgAssessHistoryWindow *self = HG_ASSESS_HISTORY_WINDOW (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (hg_assess_history_window_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook) && self->framework_id != NULL);

  self->framework = hg_framework_catalog_load (self->workbook, self->framework_id, NULL, &error);
  if (self->framework != NULL)
    self->rounds = hg_assessment_rounds (self->workbook, self->framework_id, &error);
  if (self->rounds == NULL)
    {
      gtk_label_set_text (self->title_label, error->message);
      return;
    }
  gtk_label_set_text (self->title_label, hg_framework_get_title (self->framework));
  for (guint i = 0; i < self->rounds->len; i++)
    gtk_list_box_append (self->rounds_list, round_row (self, g_ptr_array_index (self->rounds, i)));
  if (self->rounds->len > 0)
    hg_assess_history_window_show_round (self, ((HgAssessment *) g_ptr_array_index (
                                                  self->rounds, self->rounds->len - 1))->id);
}

static void
hg_assess_history_window_dispose (GObject *object)
{
  HgAssessHistoryWindow *self = HG_ASSESS_HISTORY_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_HISTORY_WINDOW);
  g_clear_object (&self->workbook);
  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->framework, hg_framework_free);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  G_OBJECT_CLASS (hg_assess_history_window_parent_class)->dispose (object);
}

static void
hg_assess_history_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HgAssessHistoryWindow *self = HG_ASSESS_HISTORY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_FRAMEWORK_ID:
      self->framework_id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_history_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HgAssessHistoryWindow *self = HG_ASSESS_HISTORY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_history_window_class_init (HgAssessHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_assess_history_window_constructed;
  object_class->dispose = hg_assess_history_window_dispose;
  object_class->set_property = hg_assess_history_window_set_property;
  object_class->get_property = hg_assess_history_window_get_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_string ("framework-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssessHistoryWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessHistoryWindow, rounds_list);
  gtk_widget_class_bind_template_child (widget_class, HgAssessHistoryWindow, round_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessHistoryWindow, items_list);
  gtk_widget_class_bind_template_callback (widget_class, round_selected_cb);
}

static void
hg_assess_history_window_init (HgAssessHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_assess_history_window_new (HgWorkbook *workbook,
                              const char *framework_id)
{
  return g_object_new (HG_TYPE_ASSESS_HISTORY_WINDOW, "workbook", workbook,
                       "framework-id", framework_id, NULL);
}

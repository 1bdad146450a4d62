/* hg-assess-rounds-bar.c
 *
 * The page shows the open round's answers; this bar says which round that
 * is and how much of it is still last year's, so a user reviewing the
 * carried answers in December sees how many are left. Freezing wants an
 * open round with answers and a writable workbook; comparing wants two
 * rounds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-compare-window.h"
#include "hg-assess-freeze-dialog.h"
#include "hg-assess-history-window.h"
#include "hg-assess-round-text.h"
#include "hg-assess-rounds-bar.h"
#include "hg-assessment-history.h"
#include "hg-date.h"

struct _HgAssessRoundsBar
{
  GtkBox      parent_instance;

  HgWorkbook *workbook;       /* borrowed from the page's session */
  char       *framework_id;

  /* Template widgets */
  GtkLabel   *state_label;
  GtkWidget  *freeze_button;
  GtkWidget  *history_button;
  GtkWidget  *compare_button;
};

G_DEFINE_FINAL_TYPE (HgAssessRoundsBar, hg_assess_rounds_bar, GTK_TYPE_BOX)

static void
present (HgAssessRoundsBar *self,
         GtkWidget         *window)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
}

static void
freeze_clicked_cb (HgAssessRoundsBar *self)
{
  present (self, hg_assess_freeze_dialog_new (self->workbook, self->framework_id));
}

static void
history_clicked_cb (HgAssessRoundsBar *self)
{
  present (self, hg_assess_history_window_new (self->workbook, self->framework_id));
}

static void
compare_clicked_cb (HgAssessRoundsBar *self)
{
  present (self, hg_assess_compare_window_new (self->workbook, self->framework_id, 0, 0));
}

static char *
describe (HgAssessRoundsBar *self,
          GPtrArray         *rounds)
{
  HgAssessment *last = rounds->len ? g_ptr_array_index (rounds, rounds->len - 1) : NULL;
  HgAssessment *before = rounds->len > 1 ? g_ptr_array_index (rounds, rounds->len - 2) : NULL;
  g_autofree char *state = last ? hg_assess_round_state (last) : NULL;
  g_autoptr(GHashTable) carried = NULL;
  g_autofree char *date = NULL;

  if (last == NULL)
    return g_strdup (_("No round yet: the first answer starts one."));
  if (last->frozen != NULL)
    /* Translators: %s is "Frozen on 20 December 2025" */
    return g_strdup_printf (_("%s. The next answer starts a new round from these answers."), state);
  if (before == NULL)
    /* Translators: a sentence of %s, the round's state, e.g. "Open since 6 December 2026" */
    return g_strdup_printf (_("%s."), state);
  carried = hg_assessment_carried (self->workbook, last->id, NULL);
  date = hg_date_format (before->frozen, HG_DATE_STYLE_LONG);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s, starting from the answers frozen on %s: %u answer "
                                       "is still as it was then.",
                                       "%s, starting from the answers frozen on %s: %u answers "
                                       "are still as they were then.",
                                       carried ? g_hash_table_size (carried) : 0),
                          state, date, carried ? g_hash_table_size (carried) : 0);
}

void
hg_assess_rounds_bar_update (HgAssessRoundsBar *self,
                             HgWorkbook        *workbook,
                             const char        *framework_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autofree char *text = NULL;
  HgAssessment *last;

  g_return_if_fail (HG_IS_ASSESS_ROUNDS_BAR (self));

  self->workbook = workbook;
  g_free (self->framework_id);
  self->framework_id = g_strdup (framework_id);
  if (workbook != NULL && framework_id != NULL)
    rounds = hg_assessment_rounds (workbook, framework_id, &error);
  if (rounds == NULL)
    {
      if (error != NULL)
        g_warning ("Could not read the assessment: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  text = describe (self, rounds);
  gtk_label_set_text (self->state_label, text);
  last = rounds->len ? g_ptr_array_index (rounds, rounds->len - 1) : NULL;
  gtk_widget_set_sensitive (self->freeze_button, last != NULL && last->frozen == NULL
                                                 && last->n_answers > 0
                                                 && !hg_workbook_is_read_only (workbook));
  gtk_widget_set_sensitive (self->history_button, rounds->len > 0);
  gtk_widget_set_sensitive (self->compare_button, rounds->len > 1);
}

static void
hg_assess_rounds_bar_dispose (GObject *object)
{
  HgAssessRoundsBar *self = HG_ASSESS_ROUNDS_BAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_ROUNDS_BAR);
  self->workbook = NULL;
  g_clear_pointer (&self->framework_id, g_free);
  G_OBJECT_CLASS (hg_assess_rounds_bar_parent_class)->dispose (object);
}

static void
hg_assess_rounds_bar_class_init (HgAssessRoundsBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_assess_rounds_bar_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-rounds-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssessRoundsBar, state_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessRoundsBar, freeze_button);
  gtk_widget_class_bind_template_child (widget_class, HgAssessRoundsBar, history_button);
  gtk_widget_class_bind_template_child (widget_class, HgAssessRoundsBar, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, freeze_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, history_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, compare_clicked_cb);
}

static void
hg_assess_rounds_bar_init (HgAssessRoundsBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

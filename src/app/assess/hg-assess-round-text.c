/* hg-assess-round-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-round-text.h"
#include "hg-date.h"

char *
hg_assess_round_state (HgAssessment *round)
{
  g_autofree char *date = hg_date_format (round->frozen ? round->frozen : round->created,
                                          HG_DATE_STYLE_LONG);

  /* Translators: %s is a date, e.g. 2025年12月20日 */
  return round->frozen ? g_strdup_printf (_("Frozen on %s"), date)
                       : g_strdup_printf (_("Open since %s"), date);
}

char *
hg_assess_round_title (HgAssessment *round)
{
  g_autofree char *state = hg_assess_round_state (round);

  return g_strdup_printf ("#%" G_GINT64_FORMAT " · %s", round->id, state);
}

GtkWidget *
hg_assess_item_number_new (const char *ref)
{
  GtkWidget *number = gtk_label_new (ref);

  gtk_label_set_width_chars (GTK_LABEL (number), 3);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  return number;
}

char *
hg_assess_rate_label (HgFrameworkRate *rate)
{
  /* Translators: the rate of the items up to a level, cumulative, e.g. "Up to L2" */
  return rate->level ? g_strdup_printf (_("Up to %s"), rate->level) : g_strdup (_("All items"));
}

char *
hg_assess_rate_value (HgFrameworkRate *rate)
{
  return g_strdup_printf ("%.0f %%", rate->rate * 100);
}

char *
hg_assess_score_summary (HgFramework      *framework,
                         HgFrameworkScore *score)
{
  GString *out = g_string_new (NULL);

  if (hg_framework_get_scoring (framework) == HG_SCORING_SUM)
    g_string_append_printf (out, _("%d of %d points"), score->total, score->maximum);
  /* Translators: before the rates met, e.g. "Met: Up to L1 40 % · All items 32 %" */
  g_string_append_printf (out, "%s%s", out->len ? " · " : "", _("Met:"));
  for (guint i = 0; i < score->rates->len; i++)
    if (!hg_framework_score_rate_repeats (score, i))
    {
      HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, i);
      g_autofree char *label = hg_assess_rate_label (rate);
      g_autofree char *value = hg_assess_rate_value (rate);

      g_string_append_printf (out, "%s%s %s", i ? " · " : " ", label, value);
    }
  return g_string_free (out, FALSE);
}

HgFrameworkScore *
hg_assess_round_score (HgWorkbook  *workbook,
                       HgFramework *framework,
                       gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = hg_assessment_get_answers (workbook, id, &error);
  g_autoptr(GHashTable) values = NULL;

  if (answers == NULL)
    {
      g_warning ("Could not read the assessment: %s", error->message);
      return NULL;
    }
  values = hg_assessment_values (answers);
  return hg_framework_score (framework, values);
}

/* hg-risk-explanation.c
 *
 * The explanation is computed from the same statuses as the sheet, by the
 * same rule, so the "why" can never disagree with the number beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-risk-explanation.h"
#include "hg-risk-sheet-private.h"

void
hg_risk_explanation_free (HgRiskExplanation *explanation)
{
  if (explanation == NULL)
    return;
  g_array_unref (explanation->controls);
  g_free (explanation->summary);
  g_free (explanation);
}

/* The order controls are listed in: what is done first, what is missing
 * after. */
static int
status_rank (HgRiskStatus status)
{
  static const int ranks[HG_RISK_N_STATUSES] = {
    [HG_RISK_DONE] = 0, [HG_RISK_PARTIAL] = 1, [HG_RISK_NOT_DONE] = 2,
    [HG_RISK_UNANSWERED] = 3, [HG_RISK_NOT_APPLICABLE] = 4,
  };

  return ranks[status < HG_RISK_N_STATUSES ? status : HG_RISK_UNANSWERED];
}

static int
compare_controls (gconstpointer a,
                  gconstpointer b)
{
  return status_rank (((const HgRiskExplainedControl *) a)->status)
         - status_rank (((const HgRiskExplainedControl *) b)->status);
}

/* " Not done: A; B." for the controls of one status, or nothing. */
static void
append_list (GString                 *out,
             const HgRiskExplanation *e,
             HgRiskStatus             status,
             const char              *label)
{
  gboolean first = TRUE;

  for (guint i = 0; i < e->controls->len; i++)
    {
      const HgRiskExplainedControl *c = &g_array_index (e->controls, HgRiskExplainedControl, i);

      if (c->status != status)
        continue;
      if (first)
        g_string_append_printf (out, " %s ", label);
      else
        /* Translators: between the controls of a list in the "why" text */
        g_string_append (out, _("; "));
      g_string_append (out, c->text);
      first = FALSE;
    }
  if (!first)
    /* Translators: ends a list of controls in the "why" text */
    g_string_append (out, _("."));
}

static char *
summarise (const HgRiskExplanation *e)
{
  GString *out = g_string_new (NULL);
  guint n = e->n_applicable;

  if (e->controls->len == 0)
    g_string_append (out, _("No control is linked to this threat, so nothing counters it: "
                            "vulnerability 3."));
  else if (n == 0)
    g_string_append (out, _("Every control linked to this threat is marked not applicable, "
                            "so nothing counters it: vulnerability 3."));
  else if (e->n_done == n)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "Its %u applicable control is done: "
                                              "vulnerability 1.",
                                              "All its %u applicable controls are done: "
                                              "vulnerability 1.", n), n);
  else if (e->n_done + e->n_partial > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "%u of its %u applicable control is done or "
                                              "partly done: vulnerability 2.",
                                              "%u of its %u applicable controls are done or "
                                              "partly done: vulnerability 2.", n),
                            e->n_done + e->n_partial, n);
  else
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "Its %u applicable control is not done: "
                                              "vulnerability 3.",
                                              "None of its %u applicable controls is done: "
                                              "vulnerability 3.", n), n);

  append_list (out, e, HG_RISK_PARTIAL, _("Partly done:"));
  append_list (out, e, HG_RISK_NOT_DONE, _("Not done:"));
  append_list (out, e, HG_RISK_UNANSWERED, _("Not answered yet (counts as not done):"));

  g_string_append_c (out, ' ');
  switch (e->likelihood_source)
    {
    case HG_RISK_SOURCE_DEPARTMENT:
      g_string_append_printf (out, _("Likelihood %u, as the department rated it."),
                              e->likelihood);
      break;
    case HG_RISK_SOURCE_COMPANY:
      g_string_append_printf (out, _("Likelihood %u, as the company rated it."), e->likelihood);
      break;
    case HG_RISK_SOURCE_COMBINED:
      g_string_append_printf (out, _("Likelihood %u, the highest any department rated."),
                              e->likelihood);
      break;
    case HG_RISK_SOURCE_NONE:
    default:
      g_string_append_printf (out, _("Likelihood %u, the catalogue’s default."), e->likelihood);
      break;
    }
  return g_string_free (out, FALSE);
}

/* d: a department index, or -1 for the company as a whole. */
static HgRiskExplanation *
explain (HgRiskSheet       *sheet,
         HgRiskSheetThreat *t,
         gint               d)
{
  HgRiskExplanation *e = g_new0 (HgRiskExplanation, 1);

  e->controls = g_array_new (FALSE, FALSE, sizeof (HgRiskExplainedControl));
  for (guint i = 0; i < t->controls->len; i++)
    {
      HgRiskSheetControl *c = g_ptr_array_index (sheet->controls,
                                                 g_array_index (t->controls, guint, i));
      HgRiskExplainedControl item = { c->key, c->state.text, HG_RISK_UNANSWERED,
                                      HG_RISK_SOURCE_NONE };

      if (d < 0)
        {
          item.status = c->state.combined;
          item.source = HG_RISK_SOURCE_COMBINED;
        }
      else
        {
          item.status = _hg_risk_sheet_effective_status (c, (guint) d);
          if (d > 0 && c->status[d] != HG_RISK_UNANSWERED)
            item.source = HG_RISK_SOURCE_DEPARTMENT;
          else if (c->status[0] != HG_RISK_UNANSWERED)
            item.source = HG_RISK_SOURCE_COMPANY;
        }
      e->n_applicable += item.status != HG_RISK_NOT_APPLICABLE;
      e->n_done += item.status == HG_RISK_DONE;
      e->n_partial += item.status == HG_RISK_PARTIAL;
      g_array_append_val (e->controls, item);
    }
  /* A stable sort keeps the catalogue's order within each status. */
  g_array_sort (e->controls, compare_controls);

  if (d < 0)
    {
      e->likelihood = t->state.likelihood;
      e->vulnerability = t->state.vulnerability;
      e->damage = t->state.damage;
      e->likelihood_source = HG_RISK_SOURCE_COMBINED;
    }
  else
    {
      e->likelihood = t->likelihood[d];
      e->vulnerability = t->vulnerability[d];
      e->damage = t->damage[d];
      e->likelihood_source = d > 0 && t->rated[d] ? HG_RISK_SOURCE_DEPARTMENT
                           : t->rated[0] ? HG_RISK_SOURCE_COMPANY : HG_RISK_SOURCE_NONE;
    }
  e->summary = summarise (e);
  return e;
}

HgRiskExplanation *
hg_risk_sheet_explain (HgRiskSheet *sheet,
                       gint64       threat_id,
                       gint64       department_id)
{
  gint t = hg_risk_sheet_find_threat (sheet, threat_id);
  gint d = _hg_risk_sheet_department_index (sheet, department_id);

  if (t < 0 || (d < 0 && department_id != HG_RISK_ALL_DEPARTMENTS))
    return NULL;
  return explain (sheet, g_ptr_array_index (sheet->threats, t), d);
}

HgRiskExplanation *
hg_risk_sheet_explain_row (HgRiskSheet *sheet,
                           guint        index)
{
  const HgRiskRow *row = hg_risk_sheet_get_row (sheet, index);

  if (row == NULL)
    return NULL;
  return explain (sheet, g_ptr_array_index (sheet->threats, row->threat), row->department);
}

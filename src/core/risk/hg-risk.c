/* hg-risk.c: the names of statuses, bands and treatments
 *
 * Each enum is one table: the value stored in the workbook, the Japanese
 * word of the documents, and the interface's label, so the three can never
 * disagree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-risk.h"

typedef struct
{
  const char *key;       /* stored */
  const char *document;  /* Japanese */
  const char *label;     /* NC_(): translated, in the table's context, when shown */
  const char *alias;     /* also read, or NULL */
} Word;

static const Word statuses[HG_RISK_N_STATUSES] = {
  [HG_RISK_UNANSWERED] = { "", "未回答", NC_("control status", "Not answered") },
  [HG_RISK_DONE] = { "done", "実施している", NC_("control status", "Done") },
  [HG_RISK_PARTIAL] = { "partial", "一部実施している", NC_("control status", "Partly done") },
  [HG_RISK_NOT_DONE] = { "not", "実施していない", NC_("control status", "Not done") },
  [HG_RISK_NOT_APPLICABLE] = { "n/a", "該当しない", NC_("control status", "Not applicable"), "na" },
};

static const Word bands[] = {
  [HG_RISK_BAND_NONE] = { "", "", "" },
  [HG_RISK_BAND_SMALL] = { "small", "小", NC_("risk band", "Small") },
  [HG_RISK_BAND_MEDIUM] = { "medium", "中", NC_("risk band", "Medium") },
  [HG_RISK_BAND_LARGE] = { "large", "大", NC_("risk band", "Large") },
};

static const Word treatments[] = {
  [HG_RISK_TREATMENT_NONE] = { "", "", NC_("risk treatment", "No treatment") },
  [HG_RISK_TREATMENT_REDUCE] = { "reduce", "低減", NC_("risk treatment", "Reduce") },
  [HG_RISK_TREATMENT_AVOID] = { "avoid", "回避", NC_("risk treatment", "Avoid") },
  [HG_RISK_TREATMENT_TRANSFER] = { "transfer", "移転", NC_("risk treatment", "Transfer") },
  [HG_RISK_TREATMENT_ACCEPT] = { "accept", "受容", NC_("risk treatment", "Accept") },
};

static const Word plans[] = {
  [HG_RISK_PLAN_NONE] = { "", "", "" },
  [HG_RISK_PLAN_PLANNED] = { "planned", "計画中", NC_("treatment status", "Planned") },
  [HG_RISK_PLAN_IN_PROGRESS] = { "in_progress", "実施中", NC_("treatment status", "In progress") },
  [HG_RISK_PLAN_DONE] = { "done", "完了", NC_("treatment status", "Done") },
};

static const Word *
word (const Word *words,
      guint       n,
      guint       value)
{
  return &words[value < n ? value : 0];
}

/* Index 0 is "none" and is never parsed from text. */
static gboolean
parse (const Word *words,
       guint       n,
       const char *text,
       guint      *value)
{
  if (text == NULL || text[0] == '\0')
    return FALSE;
  for (guint i = 1; i < n; i++)
    if (g_ascii_strcasecmp (text, words[i].key) == 0 || g_str_equal (text, words[i].document)
        || g_strcmp0 (text, words[i].alias) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

/* Every table's labels have a context of their own: "Done" is 実施している
 * for a control and 完了 for a treatment, "Medium" a band, not a medium. */
#define NAMES(prefix, Type, table, context)                                     \
  const char *                                                                  \
  prefix##_to_string (Type value)                                               \
  {                                                                             \
    return word (table, G_N_ELEMENTS (table), value)->key;                      \
  }                                                                             \
  const char *                                                                  \
  prefix##_get_document_label (Type value)                                      \
  {                                                                             \
    return word (table, G_N_ELEMENTS (table), value)->document;                 \
  }                                                                             \
  const char *                                                                  \
  prefix##_get_label (Type value)                                               \
  {                                                                             \
    const char *label = word (table, G_N_ELEMENTS (table), value)->label;       \
    return label[0] ? g_dpgettext2 (GETTEXT_PACKAGE, context, label) : label;  \
  }                                                                             \
  gboolean                                                                      \
  prefix##_from_string (const char *text,                                       \
                        Type       *value)                                      \
  {                                                                             \
    guint parsed;                                                               \
    if (!parse (table, G_N_ELEMENTS (table), text, &parsed))                    \
      return FALSE;                                                             \
    *value = (Type) parsed;                                                     \
    return TRUE;                                                                \
  }

NAMES (hg_risk_status, HgRiskStatus, statuses, "control status")
NAMES (hg_risk_band, HgRiskBand, bands, "risk band")
NAMES (hg_risk_treatment, HgRiskTreatmentKind, treatments, "risk treatment")
NAMES (hg_risk_plan, HgRiskPlanStatus, plans, "treatment status")

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
  const char *label;     /* N_(): translated when shown */
  const char *alias;     /* also read, or NULL */
} Word;

static const Word statuses[HG_RISK_N_STATUSES] = {
  [HG_RISK_UNANSWERED] = { "", "未回答", N_("Not answered") },
  [HG_RISK_DONE] = { "done", "実施している", N_("Done") },
  [HG_RISK_PARTIAL] = { "partial", "一部実施している", N_("Partly done") },
  [HG_RISK_NOT_DONE] = { "not", "実施していない", N_("Not done") },
  [HG_RISK_NOT_APPLICABLE] = { "n/a", "該当しない", N_("Not applicable"), "na" },
};

static const Word bands[] = {
  [HG_RISK_BAND_NONE] = { "", "", "" },
  [HG_RISK_BAND_SMALL] = { "small", "小", N_("Small") },
  [HG_RISK_BAND_MEDIUM] = { "medium", "中", N_("Medium") },
  [HG_RISK_BAND_LARGE] = { "large", "大", N_("Large") },
};

static const Word treatments[] = {
  [HG_RISK_TREATMENT_NONE] = { "", "", N_("No treatment") },
  [HG_RISK_TREATMENT_REDUCE] = { "reduce", "低減", N_("Reduce") },
  [HG_RISK_TREATMENT_AVOID] = { "avoid", "回避", N_("Avoid") },
  [HG_RISK_TREATMENT_TRANSFER] = { "transfer", "移転", N_("Transfer") },
  [HG_RISK_TREATMENT_ACCEPT] = { "accept", "受容", N_("Accept") },
};

static const Word plans[] = {
  [HG_RISK_PLAN_NONE] = { "", "", "" },
  [HG_RISK_PLAN_PLANNED] = { "planned", "計画中", N_("Planned") },
  [HG_RISK_PLAN_IN_PROGRESS] = { "in_progress", "実施中", N_("In progress") },
  [HG_RISK_PLAN_DONE] = { "done", "完了", N_("Done") },
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

#define NAMES(prefix, Type, table)                                              \
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
    return label[0] ? g_dgettext (GETTEXT_PACKAGE, label) : label;              \
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

NAMES (hg_risk_status, HgRiskStatus, statuses)
NAMES (hg_risk_band, HgRiskBand, bands)
NAMES (hg_risk_treatment, HgRiskTreatmentKind, treatments)
NAMES (hg_risk_plan, HgRiskPlanStatus, plans)

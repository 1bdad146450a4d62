/* hg-assess-suggest.h: answers the workbook can propose for a framework's
 * items, with the reason and the evidence — never written until accepted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-framework.h"
#include "hg-workbook.h"
#include "hg-workbook-check.h"

G_BEGIN_DECLS

typedef enum
{
  HG_SUGGESTION_PROPOSED,     /* an answer is proposed */
  HG_SUGGESTION_NO_MAPPING,   /* Hinagata maps no evidence to the item */
  HG_SUGGESTION_NOTHING_KNOWN,/* mapped, but the workbook holds nothing to tell */
} HgSuggestionKind;

typedef struct
{
  char             *ref;
  HgSuggestionKind  kind;
  HgAnswerStatus    status;   /* PROPOSED: MET, PARTLY or NOT */
  char             *value;    /* PROPOSED: the value of the scale; else NULL */
  char             *reason;   /* why, in the interface's language; never NULL */
  GPtrArray        *links;    /* of HgEvidenceLink */
  char             *current;  /* the open assessment's answer; NULL: unanswered */
} HgSuggestion;

void       hg_suggestion_free     (HgSuggestion *suggestion);
/* Whether @suggestion proposes something other than the answer given. */
gboolean   hg_suggestion_differs  (const HgSuggestion *suggestion);

/* One suggestion per item of @framework, in its order. @today
 * (YYYY-MM-DD, NULL: today) is what "within a year" is measured from. */
GPtrArray *hg_suggest_list        (HgWorkbook   *workbook,
                                   HgFramework  *framework,
                                   const char   *today,
                                   GError      **error);
/* Writes the proposed answers of @suggestions (of HgSuggestion) that are
 * still unanswered in the workbook, with their evidence links, into the
 * open assessment of @framework (started when none is open): one
 * transaction, one undo step. An item answered since, or answered
 * otherwise, keeps its answer. @written gets how many were written. */
gboolean   hg_suggest_accept      (HgWorkbook   *workbook,
                                   HgFramework  *framework,
                                   GPtrArray    *suggestions,
                                   guint        *written,
                                   GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSuggestion, hg_suggestion_free)

G_END_DECLS

/* hg-law.h: the register of laws (法令一覧): the laws the rules list under
 * the company's answers, why each applies, who watches it and when it was
 * last checked (resources/sql/0018-laws.sql)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-pack.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_LAW_PERSON_MAX 100

typedef struct
{
  char *id;          /* the id of the rules' list item */
  char *name;        /* as the rules name it, expanded with the answers */
  char *reason;      /* why it applies, in the user's language */
  char *watcher;     /* who watches it; NULL: nobody named */
  char *checked;     /* the day of the last check (stored date); NULL: never */
  char *checked_by;  /* who made that check; NULL: never checked */
} HgLaw;

/* The laws of the rules' list (the list after the rule org_law_identify)
 * whose conditions hold under the current answers, in the rules' order,
 * with what the workbook keeps about each. */
GPtrArray   *hg_law_list          (HgWorkbook   *workbook,
                                   HgPack       *pack,
                                   GError      **error);
void         hg_law_free          (HgLaw        *law);
const HgLaw *hg_law_find          (GPtrArray    *laws,
                                   const char   *id);

/* Names @person as the one who watches @law: one transaction, one undo
 * step. An empty name clears it. */
gboolean     hg_law_set_watcher   (HgWorkbook   *workbook,
                                   const HgLaw  *law,
                                   const char   *person,
                                   GError      **error);
/* Records the yearly check of @law on @date (stored) by @person: one
 * transaction, one undo step. Refused when @date is after @today or is
 * no date, or when nobody is named. */
gboolean     hg_law_record_check  (HgWorkbook   *workbook,
                                   const HgLaw  *law,
                                   const char   *date,
                                   const char   *person,
                                   const GDate  *today,
                                   GError      **error);
/* Whether the yearly check is owed on @today: never made, or made more
 * than a year before. */
gboolean     hg_law_check_is_due  (const HgLaw  *law,
                                   const GDate  *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgLaw, hg_law_free)

G_END_DECLS

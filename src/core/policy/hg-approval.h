/* hg-approval.h: the pack's documents as an approval sees them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-org-role.h"
#include "hg-pack.h"
#include "hg-pack-context.h"
#include "hg-revision.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct
{
  HgDoc           *doc;              /* today's text, with its revision table */
  HgRevisionState  state;
  guint            last;             /* the latest approved version; 0 when none */
  char            *last_approved_on; /* its approval date (YYYY-MM-DD); "" when none */
  guint            added;            /* lines since that version */
  guint            removed;
  guint            changed;
  char            *first_change;     /* the first changed line as it reads now (as it read,
                                      * when removed); NULL when none */
  guint            outdated;         /* reworded rules marked for review: no approval until
                                      * they are looked at */
} HgApprovalItem;

/* Something the documents print as a stand-in (「（未定）」, an empty
 * 制定日) that an approval waits for. */
typedef enum
{
  HG_APPROVAL_GAP_ENACTED_ON,     /* the 制定日 question is unanswered */
  HG_APPROVAL_GAP_REPRESENTATIVE, /* the representative's name is empty */
  HG_APPROVAL_GAP_ROLE,           /* a role with neither a holder nor a vacancy */
} HgApprovalGapKind;

typedef struct
{
  HgApprovalGapKind  kind;
  HgOrgRole          role;        /* for HG_APPROVAL_GAP_ROLE */
  char              *description; /* one sentence in the user's language */
} HgApprovalGap;

void       hg_approval_gap_free  (HgApprovalGap  *gap);
GPtrArray *hg_approval_list_gaps (HgPack         *pack,
                                  HgPackContext  *context,
                                  GError        **error);
gboolean   hg_approval_approve   (HgWorkbook     *workbook,
                                  HgPack         *pack,
                                  HgPackContext  *context,
                                  GPtrArray      *docs,
                                  const char     *summary,
                                  const char     *author,
                                  const char     *approver,
                                  const char     *approved_on,
                                  guint          *numbers,
                                  GError        **error);

void       hg_approval_item_free (HgApprovalItem *item);
GPtrArray *hg_approval_list      (HgWorkbook     *workbook,
                                  HgPack         *pack,
                                  HgPackContext  *context,
                                  GError        **error);
gboolean   hg_approval_item_can_approve (const HgApprovalItem *item);
char      *hg_approval_item_describe    (const HgApprovalItem *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgApprovalItem, hg_approval_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgApprovalGap, hg_approval_gap_free)

G_END_DECLS

/* hg-revision.h: approved versions of the policy documents (版管理)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_REVISION_NEVER_APPROVED,
  HG_REVISION_UP_TO_DATE,     /* today's text is the latest approved version */
  HG_REVISION_NEEDS_REVISION, /* answers, roles or company data changed the text since */
} HgRevisionState;

GPtrArray       *hg_revision_list      (HgWorkbook   *workbook,
                                        const char   *pack_id,
                                        const char   *document_id);
void             hg_revision_attach    (HgWorkbook   *workbook,
                                        const char   *pack_id,
                                        HgDoc        *doc);
gboolean         hg_revision_approve   (HgWorkbook   *workbook,
                                        const char   *pack_id,
                                        const HgDoc  *doc,
                                        const char   *summary,
                                        const char   *author,
                                        const char   *approver,
                                        const char   *approved_on,
                                        guint        *number,
                                        GError      **error);
gboolean         hg_revision_approve_several (HgWorkbook   *workbook,
                                              const char   *pack_id,
                                              GPtrArray    *docs,
                                              const char   *summary,
                                              const char   *author,
                                              const char   *approver,
                                              const char   *approved_on,
                                              guint        *numbers,
                                              GError      **error);
char            *hg_revision_describe_outdated (guint outdated);
HgDoc           *hg_revision_load      (HgWorkbook   *workbook,
                                        const char   *pack_id,
                                        const char   *document_id,
                                        guint         number,
                                        GError      **error);
HgRevisionState  hg_revision_get_state (HgWorkbook   *workbook,
                                        const char   *pack_id,
                                        const HgDoc  *current);

G_END_DECLS

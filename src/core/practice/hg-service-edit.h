/* hg-service-edit.h: writing the register of external services and
 * contractors — each write one transaction, one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-service.h"

G_BEGIN_DECLS

/* Adds @service (id 0; its id is set) or rewrites it (id > 0) with its
 * checklist and assets. Dates in any form hg_date_parse() reads. Refused,
 * writing nothing, with the field named, when the name, department,
 * approver, approval date or next review is missing or unreadable, the
 * next review comes before the approval, or an asset is not in the
 * register. */
gboolean hg_service_save   (HgWorkbook  *workbook,
                            HgService   *service,
                            GError     **error);
/* Records a review of service @id held on @reviewed_on: the next one is
 * due on @next_review, which must come after it. */
gboolean hg_service_review (HgWorkbook  *workbook,
                            gint64       id,
                            const char  *reviewed_on,
                            const char  *next_review,
                            GError     **error);
/* Ends the contract of service @id on @ended and records how the
 * information came back. Refused when neither returned nor deleted is
 * checked, when it ended already, or @ended is before the approval. */
gboolean hg_service_end    (HgWorkbook  *workbook,
                            gint64       id,
                            const char  *ended,
                            gboolean     returned,
                            gboolean     deleted,
                            gboolean     proof,
                            const char  *note,
                            GError     **error);
/* Adds @service (id 0), checked as hg_service_save() checks it, inside
 * the caller's transaction (an import's); sets its id. */
gboolean _hg_service_insert (sqlite3     *db,
                             HgService   *service,
                             GError     **error);

/* Removes service @id with its checklist and asset links, one undo step
 * (a service entered by mistake; an ended contract is kept with
 * hg_service_end(), as the record of how the information came back). */
gboolean hg_service_remove (HgWorkbook  *workbook,
                            gint64       id,
                            GError     **error);

G_END_DECLS

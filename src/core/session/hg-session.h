/* hg-session.h: one open workbook and what is derived from it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hg-pack.h"
#include "hg-pack-context.h"
#include "hg-risk-catalogue.h"
#include "hg-risk-sheet.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_TYPE_SESSION (hg_session_get_type ())

G_DECLARE_FINAL_TYPE (HgSession, hg_session, HG, SESSION, GObject)

HgSession       *hg_session_new              (HgWorkbook       *workbook);
HgWorkbook      *hg_session_get_workbook     (HgSession        *self);

/* The workbook's template pack, parsed on first use and kept until an edit
 * changes the pack (HgSession::pack-changed); NULL, with @error set, when
 * the workbook's own pack can no longer be read. The pointer stays valid
 * until pack-changed. */
HgPack          *hg_session_get_pack         (HgSession        *self,
                                              GError          **error);
/* The built-in pack, for a workbook whose own pack cannot be read. */
HgPack          *hg_session_get_builtin_pack (HgSession        *self,
                                              GError          **error);
/* The file name of the workbook's own pack, NULL for the built-in one. */
const char      *hg_session_get_pack_name    (HgSession        *self);
/* The answers and the company's data as the pack's texts read them; NULL
 * when there is no pack. Valid until the next documents-changed. */
HgPackContext   *hg_session_get_context      (HgSession        *self);

/* The built-in risk catalogue, read on first use (NULL, with @error set,
 * only if the compiled-in catalogue is broken: a bug). */
HgRiskCatalogue *hg_session_get_catalogue    (HgSession        *self,
                                              GError          **error);
/* Another catalogue instead (hinagata-cli risks --catalogue); takes
 * @catalogue. Only before the risk sheet is first asked for. */
void             hg_session_set_catalogue    (HgSession        *self,
                                              HgRiskCatalogue  *catalogue);
/* The one risk sheet of the session, computed on first use and kept up to
 * date: the pointer stays the same for the session's life, its rows are
 * valid until the next risks-changed. */
HgRiskSheet     *hg_session_get_risk_sheet   (HgSession        *self);

G_END_DECLS

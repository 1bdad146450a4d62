/* hg-risk-threat.h: the threats of each medium of the register, and the
 * controls that counter them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-risk-catalogue.h"
#include "hg-workbook.h"
#include "hg-limits.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  gint64  medium_id;
  char   *key;          /* the catalogue's threat key; NULL for the company's own */
  char   *name;
  char   *description;
  guint   position;
} HgRiskThreat;

void          hg_risk_threat_free      (HgRiskThreat      *threat);

/* The threats of @medium_id, or of every medium when it is 0, in the
 * register's order of media and then each medium's own order. */
GPtrArray    *hg_risk_threat_list      (HgWorkbook        *workbook,
                                        gint64             medium_id);
HgRiskThreat *hg_risk_threat_get       (HgWorkbook        *workbook,
                                        gint64             id);

/* TRUE when a medium of the register has not been set up yet (a new
 * workbook, or a medium added since): call hg_risk_setup(). */
gboolean      hg_risk_needs_setup      (HgWorkbook        *workbook);
/* Gives every medium not set up yet the threats of the catalogue's kind of
 * medium whose match list holds its name (a medium named otherwise starts
 * with none, for the company to add its own), with the catalogue's default
 * likelihood as the company's rating and the catalogue's counters as the
 * controls that counter them. Each medium is set up once: a threat the user
 * removed stays removed. One undoable edit; nothing at all (and no undo
 * step) when every medium is set up. */
gboolean      hg_risk_setup            (HgWorkbook        *workbook,
                                        HgRiskCatalogue   *catalogue,
                                        GError           **error);
/* Puts back the catalogue's threats of @medium_id that are missing (removed
 * by the user), with their defaults; the others stay as they are. */
gboolean      hg_risk_threat_restore_catalogue (HgWorkbook      *workbook,
                                                HgRiskCatalogue *catalogue,
                                                gint64           medium_id,
                                                GError         **error);

/* The company's own threat: a name unique within the medium (1..100
 * characters), a description, and the company's likelihood (1..3). It
 * starts with no controls linked: link them with
 * hg_risk_threat_set_control(). Returns its id, or 0 with @error. */
gint64        hg_risk_threat_add       (HgWorkbook        *workbook,
                                        gint64             medium_id,
                                        const char        *name,
                                        const char        *description,
                                        guint              likelihood,
                                        GError           **error);
/* Renames a threat and changes its description; catalogue threats too.
 * @name and @description as @catalogue shows them in the interface's
 * language are stored as the catalogue's own text: keeping what the dialog
 * showed is no rename (hg_risk_catalogue_own_threat()). @catalogue may be
 * NULL. */
gboolean      hg_risk_threat_update    (HgWorkbook        *workbook,
                                        HgRiskCatalogue   *catalogue,
                                        gint64             id,
                                        const char        *name,
                                        const char        *description,
                                        GError           **error);
/* Removes a threat with its ratings, links and treatments (undoable). */
gboolean      hg_risk_threat_remove    (HgWorkbook        *workbook,
                                        gint64             id,
                                        GError           **error);

/* The keys of the controls that counter @threat_id, sorted. */
GStrv         hg_risk_threat_get_controls (HgWorkbook     *workbook,
                                           gint64          threat_id);
/* Links (@counters TRUE) or unlinks a control of the catalogue and a
 * threat. */
gboolean      hg_risk_threat_set_control  (HgWorkbook      *workbook,
                                           HgRiskCatalogue *catalogue,
                                           gint64           threat_id,
                                           const char      *control_key,
                                           gboolean         counters,
                                           GError         **error);

/* Helpers for edits that run inside a caller's transaction. */
gboolean      _hg_risk_setup_in        (sqlite3           *db,
                                        HgRiskCatalogue   *catalogue,
                                        GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskThreat, hg_risk_threat_free)

G_END_DECLS

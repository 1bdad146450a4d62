/* hg-incident-edit.h: writing the incident register, each write one
 * transaction and one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-incident.h"

G_BEGIN_DECLS

/* Adds @incident (its id 0) or rewrites incident @incident->id: the fields,
 * the asset links and step 0 (the detection, by the one who detected it).
 * @incident->detected may be typed as hg_local_time_parse() reads it. Steps
 * other than 0 and the notices are left alone. Refuses, naming the field,
 * a missing title, detection time or detecting person, an unknown category
 * or asset, texts too long, and a detection later than a step or a notice
 * already recorded. Sets @id to the incident's id. */
gboolean hg_incident_save          (HgWorkbook             *workbook,
                                    const HgIncident       *incident,
                                    gint64                 *id,
                                    GError                **error);

/* Records that incident @id reached @step at @at (as hg_local_time_parse()
 * reads it) by @person. A step goes forward only and may skip a step,
 * but an incident is closed only once it is contained; no step is earlier
 * than the detection or than the step before it. */
gboolean hg_incident_advance       (HgWorkbook             *workbook,
                                    gint64                  id,
                                    HgIncidentStep          step,
                                    const char             *at,
                                    const char             *person,
                                    const char             *note,
                                    GError                **error);

/* Adds @notice to incident @incident_id (its id 0) or rewrites it; a
 * report to the PPC of a kind already recorded rewrites that one. A
 * customer or other notice needs a recipient and the hours or days its
 * contract allows; @notice->sent, when set, may be typed and is refused
 * when earlier than the detection. Sets @id to the notice's id. */
gboolean hg_incident_save_notice   (HgWorkbook             *workbook,
                                    gint64                  incident_id,
                                    const HgIncidentNotice *notice,
                                    gint64                 *id,
                                    GError                **error);

G_END_DECLS

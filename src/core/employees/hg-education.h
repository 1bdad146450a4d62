/* hg-education.h: education sessions — when, on what, with which
 * material, and who attended
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"
#include "hg-limits.h"

G_BEGIN_DECLS

typedef enum
{
  HG_EDUCATION_FIELD_HELD_ON,
  HG_EDUCATION_FIELD_TOPIC,
  HG_EDUCATION_FIELD_MATERIAL,
} HgEducationField;

typedef struct
{
  gint64  id;          /* 0 for a session not stored yet */
  char   *held_on;     /* YYYY-MM-DD */
  char   *topic;
  char   *material;    /* "" when none */
  GArray *attendees;   /* of gint64 person ids */
} HgEducationSession;

HgEducationSession *hg_education_session_new  (const char               *held_on,
                                               const char               *topic,
                                               const char               *material);
void                hg_education_session_free (HgEducationSession       *session);
void                hg_education_session_add_attendee (HgEducationSession *session,
                                                       gint64              person_id);
const char         *hg_education_validate     (HgEducationField          field,
                                               const char               *value);
GPtrArray          *hg_education_list         (HgWorkbook               *workbook);
GPtrArray          *hg_education_list_for_person (HgWorkbook            *workbook,
                                                  gint64                 person_id);
HgEducationSession *hg_education_get          (HgWorkbook               *workbook,
                                               gint64                    id);
gint64              hg_education_add          (HgWorkbook               *workbook,
                                               const HgEducationSession *session,
                                               GError                  **error);
gboolean            hg_education_update       (HgWorkbook               *workbook,
                                               const HgEducationSession *session,
                                               GError                  **error);
gboolean            hg_education_remove       (HgWorkbook               *workbook,
                                               gint64                    id,
                                               GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgEducationSession, hg_education_session_free)

G_END_DECLS

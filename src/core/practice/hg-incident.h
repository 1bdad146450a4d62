/* hg-incident.h: the incident register (resources/sql/0014-incidents.sql):
 * what the rules' chapter on incidents asks to be recorded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_INCIDENT_TITLE_MAX   200
#define HG_INCIDENT_PERSON_MAX  100
#define HG_INCIDENT_TEXT_MAX    4000
#define HG_INCIDENT_NOTE_MAX    1000

/* The steps of the response, in the order the rules set (detect → report
 * → contain → recover), and closing. */
typedef enum
{
  HG_INCIDENT_DETECTED,    /* 検知 */
  HG_INCIDENT_REPORTED,    /* 報告 */
  HG_INCIDENT_CONTAINED,   /* 封じ込め */
  HG_INCIDENT_RECOVERED,   /* 復旧 */
  HG_INCIDENT_CLOSED,      /* 終了 */
  HG_INCIDENT_N_STEPS,
} HgIncidentStep;

/* 事件: someone did it on purpose; 事故: nobody meant it. */
typedef enum
{
  HG_INCIDENT_KIND_INCIDENT,
  HG_INCIDENT_KIND_ACCIDENT,
} HgIncidentKind;

/* The rules' severity table: 重大, 中程度, 軽微. */
typedef enum
{
  HG_INCIDENT_LEVEL_MAJOR,
  HG_INCIDENT_LEVEL_MODERATE,
  HG_INCIDENT_LEVEL_MINOR,
} HgIncidentLevel;

typedef enum
{
  HG_INCIDENT_NOTICE_PPC_PROMPT,  /* 個人情報保護委員会への速報 */
  HG_INCIDENT_NOTICE_PPC_FINAL,   /* 個人情報保護委員会への確報 */
  HG_INCIDENT_NOTICE_CUSTOMER,    /* a customer, within its contract's time */
  HG_INCIDENT_NOTICE_OTHER,
  HG_INCIDENT_N_NOTICE_KINDS,
} HgIncidentNoticeKind;

typedef struct
{
  char *at;        /* stored local moment (hg-local-time.h); NULL: not reached */
  char *person;
  char *note;
} HgIncidentStepRecord;

typedef struct
{
  gint64                id;
  HgIncidentNoticeKind  kind;
  char                 *recipient;
  guint                 within;     /* customers and others: hours or days … */
  gboolean              in_days;    /* … counted from the detection */
  char                 *sent;       /* stored local moment, or NULL */
  char                 *note;
} HgIncidentNotice;

typedef struct
{
  gint64                id;
  char                 *title;
  char                 *detected;      /* stored local moment */
  char                 *detected_how;
  char                 *detected_by;
  HgIncidentKind        kind;
  char                 *category;      /* an id of hg_incident_category_ids() */
  HgIncidentLevel       level;
  gboolean              personal_data; /* personal information leaked, or may have */
  char                 *description;   /* what is happening */
  char                 *cause;
  char                 *impact;
  char                 *actions;
  char                 *lessons;
  GArray               *assets;        /* of gint64: asset ids */
  GPtrArray            *asset_names;   /* of char *, as @assets */
  HgIncidentStepRecord  steps[HG_INCIDENT_N_STEPS];
  GPtrArray            *notices;       /* of HgIncidentNotice */
} HgIncident;

HgIncident       *hg_incident_new          (void);
void              hg_incident_free         (HgIncident       *incident);
HgIncidentNotice *hg_incident_notice_new   (void);
void              hg_incident_notice_free  (HgIncidentNotice *notice);

/* The highest step recorded. */
HgIncidentStep    hg_incident_get_status   (const HgIncident *incident);
gboolean          hg_incident_is_open      (const HgIncident *incident);

/* Every incident, open ones first, the latest detected first. */
GPtrArray        *hg_incident_list         (HgWorkbook       *workbook,
                                            GError          **error);
/* Incident @id, or NULL with HG_INPUT_ERROR_NOT_FOUND. */
HgIncident       *hg_incident_get          (HgWorkbook       *workbook,
                                            gint64            id,
                                            GError          **error);

/* Names, for the interface (translated) and ids, for storage and the CLI. */
const char       *hg_incident_step_get_id      (HgIncidentStep       step);
const char       *hg_incident_step_get_label   (HgIncidentStep       step);
gboolean          hg_incident_step_from_id     (const char          *id,
                                                HgIncidentStep      *step);
const char       *hg_incident_kind_get_id      (HgIncidentKind       kind);
const char       *hg_incident_kind_get_label   (HgIncidentKind       kind);
gboolean          hg_incident_kind_from_id     (const char          *id,
                                                HgIncidentKind      *kind);
const char       *hg_incident_level_get_id     (HgIncidentLevel      level);
const char       *hg_incident_level_get_label  (HgIncidentLevel      level);
gboolean          hg_incident_level_from_id    (const char          *id,
                                                HgIncidentLevel     *level);
const char       *hg_incident_notice_kind_get_id    (HgIncidentNoticeKind kind);
const char       *hg_incident_notice_kind_get_label (HgIncidentNoticeKind kind);
gboolean          hg_incident_notice_kind_from_id   (const char          *id,
                                                     HgIncidentNoticeKind *kind);
/* The kinds of event the rules list as examples, and "other". */
const char * const *hg_incident_category_ids   (void);
const char       *hg_incident_category_get_label (const char *id);

/* The same words in the rules' own Japanese, for the printed report,
 * whatever the interface's language (hg-doc.h). */
const char       *hg_incident_step_get_doc_label     (HgIncidentStep       step);
const char       *hg_incident_kind_get_doc_label     (HgIncidentKind       kind);
const char       *hg_incident_level_get_doc_label    (HgIncidentLevel      level);
const char       *hg_incident_category_get_doc_label (const char          *id);
const char       *hg_incident_notice_kind_get_doc_label (HgIncidentNoticeKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgIncident, hg_incident_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgIncidentNotice, hg_incident_notice_free)

G_END_DECLS

/* hg-service.h: the register of external services and contractors
 * (外部サービス・委託先, resources/sql/0017-services-carryout.sql)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_SERVICE_NAME_MAX   200
#define HG_SERVICE_PERSON_MAX 100
#define HG_SERVICE_NOTE_MAX   1000

typedef enum
{
  HG_SERVICE_CLOUD,
  HG_SERVICE_CONTRACTOR,
} HgServiceKind;

/* The selection checklist: what the rules on external services ask the
 * applying department to declare and IT to check before one is used. */
typedef enum
{
  HG_SERVICE_CHECK_INTRUSION,     /* protection from intrusion */
  HG_SERVICE_CHECK_INSIDER,       /* prevention of misuse from inside */
  HG_SERVICE_CHECK_APPLICANT,     /* the applying department's duties */
  HG_SERVICE_CHECK_PROVIDER,      /* the provider's duties */
  HG_SERVICE_CHECK_CONTRACT,
  HG_SERVICE_CHECK_CERTIFICATION, /* certifications, third-party evaluations */
  HG_SERVICE_CHECK_SUBCONTRACT,   /* control of sub-contractors */
  HG_SERVICE_CHECK_IP,            /* intellectual property */
  HG_SERVICE_N_CHECKS
} HgServiceCheck;

typedef struct
{
  gboolean  ok;
  char     *note;
} HgServiceAnswer;

typedef struct
{
  gint64           id;
  char            *name;
  HgServiceKind    kind;
  char            *department;
  char            *approved_by;
  char            *approved_on;   /* stored dates */
  char            *next_review;
  char            *note;
  HgServiceAnswer  checks[HG_SERVICE_N_CHECKS];
  GArray          *assets;        /* gint64 asset ids */
  GPtrArray       *asset_names;   /* filled by hg_service_list() */
  /* The end of the contract; ended is NULL while it runs. */
  char            *ended;
  gboolean         end_returned;
  gboolean         end_deleted;
  gboolean         end_proof;     /* the provider certified the deletion */
  char            *end_note;
} HgService;

HgService  *hg_service_new              (void);
void        hg_service_free             (HgService     *service);
const char *hg_service_kind_get_id      (HgServiceKind  kind);
const char *hg_service_kind_get_label   (HgServiceKind  kind);
gboolean    hg_service_kind_from_id     (const char    *id,
                                         HgServiceKind *kind);
const char *hg_service_check_get_id     (HgServiceCheck check);
const char *hg_service_check_get_label  (HgServiceCheck check);
/* How many checklist items are met. */
guint       hg_service_count_met        (const HgService *service);

/* Every service, by name. */
GPtrArray  *hg_service_list             (HgWorkbook    *workbook,
                                         GError       **error);
/* Whether the contract runs and its next review is before @today. */
gboolean    hg_service_review_is_overdue (const HgService *service,
                                          const GDate     *today);
/* The services of @list whose review is overdue on @today, the longest
 * overdue first (not owned: they point into @list). */
GPtrArray  *hg_service_review_overdue   (GPtrArray     *list,
                                         const GDate   *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgService, hg_service_free)

G_END_DECLS

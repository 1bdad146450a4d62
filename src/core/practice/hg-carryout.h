/* hg-carryout.h: the carry-out log (持出し記録,
 * resources/sql/0017-services-carryout.sql) and what is overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

#define HG_CARRYOUT_ITEM_MAX   200
#define HG_CARRYOUT_PERSON_MAX 100
#define HG_CARRYOUT_NOTE_MAX   1000

typedef enum
{
  HG_CARRYOUT_DEVICE,
  HG_CARRYOUT_MEDIUM,
  HG_CARRYOUT_PAPER,
} HgCarryoutMedium;

typedef struct
{
  gint64            id;
  char             *item;
  HgCarryoutMedium  medium;
  gint64            asset;        /* 0: not in the register */
  char             *person;
  char             *approved_by;
  char             *out_at;       /* stored moments (hg-local-time.h) */
  char             *due_at;
  char             *back_at;      /* NULL while out */
  char             *note;
} HgCarryout;

void        hg_carryout_free             (HgCarryout  *carryout);
HgCarryout *hg_carryout_copy             (const HgCarryout *carryout);
const char *hg_carryout_medium_get_id    (HgCarryoutMedium medium);
const char *hg_carryout_medium_get_label (HgCarryoutMedium medium);
gboolean    hg_carryout_medium_from_id   (const char  *id,
                                          HgCarryoutMedium *medium);

/* Every record, newest out first. */
GPtrArray  *hg_carryout_list     (HgWorkbook  *workbook,
                                  GError     **error);
/* Whether @carryout is out and its due-back moment is before @now. */
gboolean    hg_carryout_is_overdue (const HgCarryout *carryout,
                                    GDateTime        *now);
/* The records of @list overdue at @now, the longest overdue first (not
 * owned: they point into @list). */
GPtrArray  *hg_carryout_overdue  (GPtrArray   *list,
                                  GDateTime   *now);

/* Adds @carryout (its moments in any form hg_local_time_parse() reads):
 * one transaction, one undo step; sets its id. Refused, writing nothing,
 * when a required field is empty, a moment is unreadable, the due-back is
 * before the out, or the asset is not in the register. */
gboolean    hg_carryout_add      (HgWorkbook  *workbook,
                                  HgCarryout  *carryout,
                                  GError     **error);
/* The record @id, or NULL with "There is no carry-out number …". */
HgCarryout *hg_carryout_get      (HgWorkbook  *workbook,
                                  gint64       id,
                                  GError     **error);
/* Rewrites record @carryout->id with every field of @carryout (its back
 * moment too: NULL while out), checked as hg_carryout_add() checks them;
 * one undo step. */
gboolean    hg_carryout_update   (HgWorkbook        *workbook,
                                  const HgCarryout  *carryout,
                                  GError           **error);
/* Removes record @id from the log (one recorded by mistake); one undo
 * step. */
gboolean    hg_carryout_remove   (HgWorkbook  *workbook,
                                  gint64       id,
                                  GError     **error);
/* Records record @id back at @back: refused when it is back already or
 * @back is before its carry-out. */
gboolean    hg_carryout_return   (HgWorkbook  *workbook,
                                  gint64       id,
                                  const char  *back,
                                  GError     **error);
/* Adds @carryout, its moments stored and checked as hg_carryout_add()
 * checks them, inside the caller's transaction (an import's); sets its id. */
gboolean    _hg_carryout_insert  (sqlite3     *db,
                                  HgCarryout  *carryout,
                                  GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgCarryout, hg_carryout_free)

G_END_DECLS

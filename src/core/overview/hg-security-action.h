/* hg-security-action.h: how far the company is from declaring SECURITY
 * ACTION ★ and ★★ (a self-declaration, never a certification)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-session.h"

G_BEGIN_DECLS

typedef enum
{
  HG_SECURITY_ACTION_FIVE_MEASURES,    /* ★: the 5 basic measures all in place */
  HG_SECURITY_ACTION_SELF_CHECK,       /* ★★: the 25 questions all answered */
  HG_SECURITY_ACTION_POLICY_APPROVED,  /* ★★: a basic policy approved */
  HG_SECURITY_ACTION_POLICY_PUBLISHED, /* ★★: its latest approved version published */
} HgSecurityActionRequirement;

typedef struct
{
  HgSecurityActionRequirement requirement;
  guint                       star;    /* 1 or 2 */
  gboolean                    done;
  char                       *title;
  char                       *detail;
} HgSecurityActionStep;

typedef struct
{
  gboolean   star1_ready;     /* every ★ step done: ★ can be declared */
  gboolean   star2_ready;     /* every ★★ step done */
  char      *headline;        /* what the company can declare, or how far it is */
  GPtrArray *steps;           /* of HgSecurityActionStep: ★ first, then ★★ */
  /* The basic policy, for recording its publication: the pack's document
   * and its latest approved version (0: none yet). */
  char      *pack_id;
  char      *policy_document;
  guint      policy_version;
  /* The dates the company recorded it declared ★ ([1]) and ★★ ([2]),
   * YYYY-MM-DD, or NULL. */
  char      *declared[3];
} HgSecurityAction;

/* The pack's basic policy: its document "basic_policy", else its first. */
const char       *hg_security_action_policy_document (HgPack           *pack);
HgSecurityAction *hg_security_action_compute          (HgSession        *session);
void              hg_security_action_free             (HgSecurityAction *action);
/* The step of @requirement in @action (always there). */
const HgSecurityActionStep *hg_security_action_get_step (const HgSecurityAction     *action,
                                                         HgSecurityActionRequirement requirement);

/* Records that the company declared @star (1 or 2) on @date (as typed, or
 * NULL for today), in one transaction and one undo step; a later record of
 * the same star replaces the date. Refused while a step of that star is
 * not done (the message names it) and for a date that is not one. */
gboolean          hg_security_action_declare          (HgSession        *session,
                                                       guint             star,
                                                       const char       *date,
                                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSecurityAction, hg_security_action_free)

G_END_DECLS

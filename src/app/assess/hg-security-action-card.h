/* hg-security-action-card.h: how far the company is from declaring
 * SECURITY ACTION ★ and ★★, each missing step a button to what fixes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"

G_BEGIN_DECLS

#define HG_TYPE_SECURITY_ACTION_CARD (hg_security_action_card_get_type ())

G_DECLARE_FINAL_TYPE (HgSecurityActionCard, hg_security_action_card, HG, SECURITY_ACTION_CARD,
                      AdwBin)

/* Shows the state of @session's workbook (NULL: nothing). */
void hg_security_action_card_update (HgSecurityActionCard *self,
                                     HgSession            *session);

G_END_DECLS

/* hg-policy-page.h: the policy wizard and the documents it writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_POLICY_PAGE (hg_policy_page_get_type ())

G_DECLARE_FINAL_TYPE (HgPolicyPage, hg_policy_page, HG, POLICY_PAGE, HgPage)

HgPack     *hg_policy_page_get_pack     (HgPolicyPage *self);
void        hg_policy_page_show_step    (HgPolicyPage *self,
                                         guint         index);
guint       hg_policy_page_get_step     (HgPolicyPage *self);
char       *hg_policy_page_get_preview  (HgPolicyPage *self);
GtkWidget  *hg_policy_page_get_rules_editor (HgPolicyPage *self);
GtkWidget  *hg_policy_page_get_row      (HgPolicyPage *self,
                                         const char   *question_id);

void          hg_policy_page_show_step_id (HgPolicyPage *self,
                                           const char   *step_id);

G_END_DECLS

/* hg-role-holder.h: who holds each role of the security organisation, or
 * why nobody does — the internal half of the register of whom to call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-org-role.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct
{
  HgOrgRole  role;
  char      *holder;   /* the person's name; NULL: nobody holds it */
  char      *phone;    /* the holder's, "" when none */
  char      *email;    /* the holder's, "" when none */
  char      *vacancy;  /* why it is left unfilled; NULL: not said */
} HgRoleHolder;

/* The company-wide roles (every role but the department heads, who are
 * one per department and shown on the company page), in the roles'
 * order. */
GPtrArray *hg_role_holder_list     (HgWorkbook         *workbook);
/* The holder's name, "not filled: REASON", or "(nobody yet)". */
char      *hg_role_holder_describe (const HgRoleHolder *holder);
void       hg_role_holder_free     (HgRoleHolder       *holder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRoleHolder, hg_role_holder_free)

G_END_DECLS

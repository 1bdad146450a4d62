/* hg-role-holder.c
 *
 * The holder and the vacancy are kept apart (org_role, role_vacancy); who
 * reads the list of whom to call wants one answer per role, with the
 * holder's numbers, so both hinagata-cli and the 連絡先 tab read it here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-role-holder"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-person.h"
#include "hg-role-holder.h"
#include "hg-role-vacancy.h"

void
hg_role_holder_free (HgRoleHolder *holder)
{
  if (holder == NULL)
    return;
  g_free (holder->holder);
  g_free (holder->phone);
  g_free (holder->email);
  g_free (holder->vacancy);
  g_free (holder);
}

GPtrArray *
hg_role_holder_list (HgWorkbook *workbook)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_role_holder_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  for (guint r = 0; r < HG_ORG_N_ROLES; r++)
    {
      HgRoleHolder *holder;
      g_autoptr(HgPerson) person = NULL;
      gint64 id;

      if (r == HG_ORG_ROLE_DEPARTMENT_HEAD)
        continue;
      id = hg_org_role_get_holder (workbook, r, 0);
      person = id > 0 ? hg_person_get (workbook, id) : NULL;
      holder = g_new0 (HgRoleHolder, 1);
      holder->role = r;
      holder->holder = person ? g_strdup (person->name) : NULL;
      holder->phone = g_strdup (person && person->phone ? person->phone : "");
      holder->email = g_strdup (person && person->email ? person->email : "");
      holder->vacancy = person ? NULL : hg_role_vacancy_get (workbook, r);
      g_ptr_array_add (list, holder);
    }
  return list;
}

char *
hg_role_holder_describe (const HgRoleHolder *holder)
{
  if (holder->holder != NULL)
    return g_strdup (holder->holder);
  if (holder->vacancy != NULL)
    /* Translators: a role left unfilled on purpose, with the reason */
    return g_strdup_printf (_("not filled: %s"), holder->vacancy);
  return g_strdup (_("(nobody yet)"));
}

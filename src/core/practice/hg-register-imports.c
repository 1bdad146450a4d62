/* hg-register-imports.c
 *
 * One table, so the command line ("contacts import"), the window's
 * Import menu and the tests name the same three registers the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-carryout-import.h"
#include "hg-contact-import.h"
#include "hg-register-imports.h"
#include "hg-service-import.h"

static const struct
{
  const char                 *id;
  const char                 *title;
  const HgRegisterImportSpec *(*spec) (void);
} registers[HG_REGISTER_N] = {
  [HG_REGISTER_CONTACTS] = { "contacts", N_("Contacts"), hg_contact_import_spec },
  [HG_REGISTER_SERVICES] = { "services", N_("External Services and Contractors"),
                             hg_service_import_spec },
  [HG_REGISTER_CARRYOUT] = { "carryout", N_("Carry-Out Log"), hg_carryout_import_spec },
};

gboolean
hg_register_from_id (const char *id,
                     HgRegister *reg)
{
  for (guint r = 0; r < HG_REGISTER_N; r++)
    if (g_strcmp0 (id, registers[r].id) == 0)
      {
        *reg = r;
        return TRUE;
      }
  return FALSE;
}

const char *
hg_register_get_id (HgRegister reg)
{
  g_return_val_if_fail (reg < HG_REGISTER_N, NULL);
  return registers[reg].id;
}

/* The register's name in the user's language. */
const char *
hg_register_get_title (HgRegister reg)
{
  g_return_val_if_fail (reg < HG_REGISTER_N, NULL);
  return _(registers[reg].title);
}

const HgRegisterImportSpec *
hg_register_get_import (HgRegister reg)
{
  g_return_val_if_fail (reg < HG_REGISTER_N, NULL);
  return registers[reg].spec ();
}

/* hg-register-imports.h: the registers a sheet can be imported into, by
 * the name the command line and the window give them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-register-import.h"

G_BEGIN_DECLS

typedef enum
{
  HG_REGISTER_CONTACTS,
  HG_REGISTER_SERVICES,
  HG_REGISTER_CARRYOUT,
  HG_REGISTER_N,
} HgRegister;

gboolean                    hg_register_from_id     (const char *id,
                                                     HgRegister *reg);
const char                 *hg_register_get_id      (HgRegister  reg);
const char                 *hg_register_get_title   (HgRegister  reg);
const HgRegisterImportSpec *hg_register_get_import  (HgRegister  reg);

G_END_DECLS

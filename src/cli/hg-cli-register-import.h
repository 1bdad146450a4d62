/* hg-cli-register-import.h: "contacts|services|carryout import"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-register-imports.h"

G_BEGIN_DECLS

int hg_cli_register_import (HgRegister   reg,
                            int          argc,
                            char       **argv);

G_END_DECLS

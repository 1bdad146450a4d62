/* hg-carryout-import.h: the carry-out log from a sheet, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-register-import.h"

G_BEGIN_DECLS

const HgRegisterImportSpec *hg_carryout_import_spec (void);

G_END_DECLS

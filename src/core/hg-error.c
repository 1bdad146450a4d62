/* hg-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-error.h"

G_DEFINE_QUARK (hg-workbook-error-quark, hg_workbook_error)

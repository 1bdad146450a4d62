/* hg-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-error.h"

G_DEFINE_QUARK (hg-workbook-error-quark, hg_workbook_error)

gboolean
hg_error_invalid_field (GError     **error,
                        const char  *field,
                        const char  *problem)
{
  g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID, "%s: %s", field, problem);
  return FALSE;
}

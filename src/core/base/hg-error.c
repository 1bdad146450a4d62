/* hg-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-error.h"

G_DEFINE_QUARK (hg-input-error-quark, hg_input_error)

/* Sets @error to @message as invalid input and returns FALSE, so a check
 * can refuse in one line. */
gboolean
hg_error_invalid (GError     **error,
                  const char  *message)
{
  g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, message);
  return FALSE;
}

gboolean
hg_error_invalid_field (GError     **error,
                        const char  *field,
                        const char  *problem)
{
  g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, "%s: %s", field, problem);
  return FALSE;
}

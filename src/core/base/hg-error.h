/* hg-error.h: a refused edit
 *
 * Every feature checks what it is asked to store, so the error for a value
 * it refuses lives here, below them all. Each subsystem has its own domain
 * for what goes wrong in it (HG_WORKBOOK_ERROR in hg-workbook-error.h,
 * HG_CSV_ERROR in hg-csv.h, …): a caller can tell a refused field from a
 * locked workbook or a damaged file without reading the message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HG_INPUT_ERROR (hg_input_error_quark ())

typedef enum
{
  /* A value was refused; the message names the field and says why. */
  HG_INPUT_ERROR_INVALID,
  /* The edit names something that is not there (any more): an asset
   * deleted meanwhile, a department, a question of the pack, a version
   * never approved. */
  HG_INPUT_ERROR_NOT_FOUND,
} HgInputError;

GQuark   hg_input_error_quark    (void);

/* Sets HG_INPUT_ERROR_INVALID to @message and returns FALSE. */
gboolean hg_error_invalid        (GError     **error,
                                  const char  *message);

/* Sets HG_INPUT_ERROR_INVALID as "@field: @problem", the form every
 * refused edit takes, and returns FALSE. */
gboolean hg_error_invalid_field  (GError     **error,
                                  const char  *field,
                                  const char  *problem);

G_END_DECLS

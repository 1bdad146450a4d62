/* hg-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HG_WORKBOOK_ERROR (hg_workbook_error_quark ())

typedef enum
{
  HG_WORKBOOK_ERROR_NOT_WORKBOOK,
  HG_WORKBOOK_ERROR_DAMAGED,
  HG_WORKBOOK_ERROR_TOO_NEW,
  HG_WORKBOOK_ERROR_LOCKED,
  HG_WORKBOOK_ERROR_EXISTS,
  HG_WORKBOOK_ERROR_IO,
  HG_WORKBOOK_ERROR_SQL,
  HG_WORKBOOK_ERROR_INVALID,
  HG_WORKBOOK_ERROR_READ_ONLY,
  /* The file holds schema objects Hinagata did not create, or asked for
   * something Hinagata never does: it was changed by another program. */
  HG_WORKBOOK_ERROR_FOREIGN,
} HgWorkbookError;

GQuark   hg_workbook_error_quark (void);
gboolean hg_error_invalid        (GError     **error,
                                  const char  *message);

/* Sets HG_WORKBOOK_ERROR_INVALID as "@field: @problem", the form every
 * refused edit takes, and returns FALSE. */
gboolean hg_error_invalid_field  (GError     **error,
                                  const char  *field,
                                  const char  *problem);

G_END_DECLS

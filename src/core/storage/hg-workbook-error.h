/* hg-workbook-error.h: what goes wrong with the workbook file itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HG_WORKBOOK_ERROR (hg_workbook_error_quark ())

typedef enum
{
  /* Not a Hinagata workbook at all (another SQLite file, or no database). */
  HG_WORKBOOK_ERROR_NOT_WORKBOOK,
  /* A workbook whose file or contents are damaged. */
  HG_WORKBOOK_ERROR_DAMAGED,
  /* Written by a newer Hinagata: updating Hinagata helps. */
  HG_WORKBOOK_ERROR_TOO_NEW,
  /* Another program or window holds it: trying again later helps. */
  HG_WORKBOOK_ERROR_LOCKED,
  /* A new workbook was to be created where a file already is. */
  HG_WORKBOOK_ERROR_EXISTS,
  HG_WORKBOOK_ERROR_IO,
  /* A query failed for a reason none of the others names: a bug. */
  HG_WORKBOOK_ERROR_SQL,
  /* The file, its folder or its disk cannot be written: it can still be
   * opened read-only. */
  HG_WORKBOOK_ERROR_READ_ONLY,
  /* The file holds schema objects Hinagata did not create, or asked for
   * something Hinagata never does: it was changed by another program. */
  HG_WORKBOOK_ERROR_FOREIGN,
  /* In an older format, opened read-only where the current one is
   * needed: opening it for editing once upgrades it. */
  HG_WORKBOOK_ERROR_TOO_OLD,
} HgWorkbookError;

GQuark hg_workbook_error_quark (void);

G_END_DECLS

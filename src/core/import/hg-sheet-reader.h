/* hg-sheet-reader.h: the rows of a file to import, one at a time, whatever
 * its format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-table.h"

G_BEGIN_DECLS

/* An import takes at most this many rows, title and header included:
 * what it keeps until it is applied grows with each one. */
#define HG_SHEET_MAX_ROWS 1000000

typedef struct _HgSheetReader HgSheetReader;

HgSheetReader *hg_sheet_reader_open           (const char     *path,
                                               GError        **error);
HgSheetReader *hg_sheet_reader_new_for_table  (HgTable        *table);
gboolean       hg_sheet_reader_next           (HgSheetReader  *reader,
                                               HgTableRow     *row,
                                               GError        **error);
const char    *hg_sheet_reader_get_name       (HgSheetReader  *reader);
HgTable       *hg_sheet_reader_read_all       (HgSheetReader  *reader,
                                               GError        **error);
void           hg_sheet_reader_free           (HgSheetReader  *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSheetReader, hg_sheet_reader_free)

G_END_DECLS

/* hg-import-sheet.h: what every import of a sheet shares — the header row,
 * its columns, the cells under them, and the problems found in them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-sheet-reader.h"
#include "hg-table.h"
#include "hg-text.h"

G_BEGIN_DECLS

typedef struct
{
  guint  line;     /* the row's line in the file (1-based) */
  char  *column;   /* the header as written in the file */
  char  *value;
  char  *reason;
} HgImportProblem;

/* Says which of the import's columns a header names. */
typedef gboolean (*HgImportMatchFunc) (const char *header,
                                       guint      *column);

/* Problems kept for the preview and the command line; beyond these the
 * sheet only counts them, so a file that is wrong on every row costs no
 * more than one that is right. */
#define HG_IMPORT_MAX_PROBLEMS 1000

typedef struct _HgImportSheet HgImportSheet;

HgImportSheet *hg_import_sheet_new          (HgSheetReader     *reader,
                                             guint              n_columns,
                                             HgImportMatchFunc  match,
                                             guint              key_column,
                                             GError           **error);
void           hg_import_sheet_free         (HgImportSheet     *sheet);
gboolean       hg_import_sheet_is_empty     (HgImportSheet     *sheet);
gboolean       hg_import_sheet_has_column   (HgImportSheet     *sheet,
                                             guint              column);
const char    *hg_import_sheet_get_header   (HgImportSheet     *sheet,
                                             guint              column);
gboolean       hg_import_sheet_next_row     (HgImportSheet     *sheet,
                                             HgSheetReader     *reader,
                                             HgTableRow        *row,
                                             GError           **error);
char          *hg_import_sheet_get_cell     (HgImportSheet     *sheet,
                                             const HgTableRow  *row,
                                             guint              column);
const char    *hg_import_sheet_get_cell_into (HgImportSheet    *sheet,
                                              const HgTableRow *row,
                                              guint             column,
                                              GString          *buffer);
void           hg_import_sheet_add_problem  (HgImportSheet     *sheet,
                                             guint              line,
                                             const char        *column,
                                             const char        *value,
                                             const char        *reason);
gboolean       hg_import_sheet_check_text   (HgImportSheet     *sheet,
                                             guint              line,
                                             guint              column,
                                             const char        *text,
                                             guint              max,
                                             HgTextFlags        flags);
gboolean       hg_import_sheet_take_text    (HgImportSheet     *sheet,
                                             guint              line,
                                             guint              column,
                                             const char        *text,
                                             guint              max,
                                             HgTextFlags        flags,
                                             char             **dest);
gboolean       hg_import_sheet_take_date    (HgImportSheet     *sheet,
                                             guint              line,
                                             guint              column,
                                             const char        *text,
                                             char             **dest);
GPtrArray     *hg_import_sheet_get_problems (HgImportSheet     *sheet);
guint          hg_import_sheet_get_n_problems (HgImportSheet   *sheet);
GStrv          hg_import_sheet_get_unknown_columns (HgImportSheet *sheet);
gboolean       hg_import_sheet_check        (HgImportSheet     *sheet,
                                             GError           **error);

char          *hg_import_header_key         (const char        *header);
gboolean       hg_import_header_matches     (const char        *header,
                                             const char * const *aliases,
                                             guint              n_aliases);
char          *hg_import_problem_to_string  (const HgImportProblem *problem);
GStrv          hg_import_list_to_strv       (GPtrArray         *list);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgImportSheet, hg_import_sheet_free)

G_END_DECLS

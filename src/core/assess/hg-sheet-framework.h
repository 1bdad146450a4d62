/* hg-sheet-framework.h: a customer's check sheet, laid out, as framework
 * XML (resources/frameworks/framework.rng), with the answers already in it
 * and its problems by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-framework.h"
#include "hg-sheet-layout.h"

G_BEGIN_DECLS

#define HG_SHEET_ID_JAMA "jama-check-sheet"
#define HG_SHEET_ID_METI "meti-star-criteria"

typedef struct
{
  guint     row;          /* the sheet's row; 0 for the sheet as a whole */
  char     *message;      /* names the file, sheet, row and column */
  gboolean  blocking;     /* FALSE: said, but the import goes ahead */
} HgSheetProblem;

typedef struct
{
  char  *ref;
  guint  row;
  char  *answer_cell;     /* "H12" */
  char  *note_cell;       /* "I12", or "" */
  char  *value;           /* the sheet's answer on the scale, or NULL */
  char  *note;            /* the sheet's note, or NULL */
} HgSheetItem;

typedef struct
{
  char        *id;
  char        *xml;
  HgFramework *framework;       /* NULL when blocking problems stopped it */
  GPtrArray   *items;           /* of HgSheetItem, in the sheet's order */
  GPtrArray   *problems;        /* of HgSheetProblem, by row */
  guint        n_blocking;
  gboolean     scale_from_sheet; /* the answer column's drop-down list */
} HgSheetConversion;

void               hg_sheet_conversion_free (HgSheetConversion *conversion);
/* The items of each level, in the framework's order: level → count. */
GHashTable        *hg_sheet_conversion_count_levels (HgSheetConversion *conversion);
guint              hg_sheet_conversion_count_answers (HgSheetConversion *conversion);

/* Converts the table @layout found. @source_name names the file in
 * messages and in the framework; @id (NULL: by the sheet's kind, jama… or
 * meti…) must be a framework id; @date (YYYY-MM-DD) is its version. Fails
 * only on an unusable id or a layout without the required columns. */
HgSheetConversion *hg_sheet_framework_convert (HgSheetLayout  *layout,
                                               const char     *source_name,
                                               const char     *id,
                                               const char     *date,
                                               GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSheetConversion, hg_sheet_conversion_free)

G_END_DECLS

/* hg-sheet-layout.h: where the item table of a customer's check sheet is —
 * its sheet, its header rows, and which column holds what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-xlsx-book.h"

G_BEGIN_DECLS

/* What a column of the item table holds. */
typedef enum
{
  HG_SHEET_ROLE_REF,        /* No., 番号, 項番; 評価基準ID in METI's table */
  HG_SHEET_ROLE_TEXT,       /* 要求事項; 評価基準 in METI's table */
  HG_SHEET_ROLE_CONDITION,  /* 達成条件, added to the text */
  HG_SHEET_ROLE_LEVEL,      /* レベル, Lv */
  HG_SHEET_ROLE_STAR,       /* ★, ★3/★4 */
  HG_SHEET_ROLE_CITES,      /* 参照文献: the JAMA items a METI criterion cites */
  HG_SHEET_ROLE_ANSWER,     /* 回答, 評価, 達成状況, 実施状況 */
  HG_SHEET_ROLE_NOTE,       /* 備考, コメント */
  HG_SHEET_ROLE_CATEGORY1,  /* 大分類 (METI: 要求事項ID) */
  HG_SHEET_ROLE_CATEGORY2,  /* 中分類 (METI: 要求事項) */
  HG_SHEET_ROLE_CATEGORY3,  /* 小分類 */
  HG_SHEET_N_ROLES,
} HgSheetRole;

/* The roles an import cannot do without: the item's reference and text,
 * and the answer, where write-back puts it. */
gboolean     hg_sheet_role_is_required (HgSheetRole role);
/* "ref", "text", …, "category1": what --column takes. */
const char  *hg_sheet_role_get_name    (HgSheetRole role);
gboolean     hg_sheet_role_from_name   (const char  *name,
                                        HgSheetRole *role);
/* Translated, for the mapping step. */
const char  *hg_sheet_role_get_label   (HgSheetRole role);
/* The headers looked for, e.g. "No., 番号, 項番, 評価基準ID". */
const char  *hg_sheet_role_get_words   (HgSheetRole role);

/* Columns are 0-based, rows the sheet's 1-based rows. */
typedef struct
{
  HgXlsxBookSheet *sheet;           /* borrowed */
  GStrv            candidates;      /* the sheets that look like an item table */
  guint            header_row;      /* the first header row, 0 if none found */
  guint            header_rows;     /* 1 or 2 */
  int              columns[HG_SHEET_N_ROLES];   /* -1: none */
  gboolean         meti;            /* criteria with ids (METI's ★3/★4 table) */
  /* Set when a required column is missing or two columns claim one role:
   * the user confirms or corrects the columns (the mapping step). */
  gboolean         unsure;
  char            *unsure_reason;   /* NULL when sure */
} HgSheetLayout;

void           hg_sheet_layout_free        (HgSheetLayout *layout);
/* Finds the item table in @book (of HgXlsxBookSheet), in the sheet named
 * @sheet_name or, when NULL, in the sheet that looks most like one. NULL
 * with an error only when there is no sheet named @sheet_name. */
HgSheetLayout *hg_sheet_layout_detect      (GPtrArray     *book,
                                            const char    *sheet_name,
                                            GError       **error);
/* The header text of @column as the table shows it ("分類 / 大分類"). */
char          *hg_sheet_layout_get_header  (HgSheetLayout *layout,
                                            guint          column);
/* The widest row of the sheet. */
guint          hg_sheet_layout_get_n_columns (HgSheetLayout *layout);
/* Sets @role to @column (-1: none), as the user mapped it, and says again
 * what is missing. */
void           hg_sheet_layout_set_column  (HgSheetLayout *layout,
                                            HgSheetRole    role,
                                            int            column);
/* Takes sheet row @row (and the one below it when @n_rows is 2) as the
 * header, as the user says; the columns' roles stay. */
void           hg_sheet_layout_set_header  (HgSheetLayout *layout,
                                            guint          row,
                                            guint          n_rows);
/* Recomputes @unsure and its reason from the columns. */
void           hg_sheet_layout_check       (HgSheetLayout *layout);
/* "A", "H", "AB". */
char          *hg_sheet_column_letter      (guint          column);
/* "H" → 7; -1 when it is no column. */
int            hg_sheet_column_from_letter (const char    *letters);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSheetLayout, hg_sheet_layout_free)

G_END_DECLS

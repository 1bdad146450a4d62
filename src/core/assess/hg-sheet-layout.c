/* hg-sheet-layout.c
 *
 * Customers' check sheets are made for people: a title and a company block
 * above the table, a header over two rows with merged cells, an
 * instructions sheet in front. The table is found by the words of its
 * header, never by its position, so that next year's sheet with one more
 * column still reads; what cannot be told for sure goes to the user as a
 * mapping step instead of a wrong guess.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-sheet-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-import-sheet.h"
#include "hg-sheet-layout.h"
#include "hg-sheet-reader.h"
#include "hg-text.h"

/* A header cell longer than this is a title or an instruction, not the
 * name of a column (「自己評価チェックシート」 holds 評価). */
#define MAX_HEADER_CHARS 12
/* The table starts within the first rows of a sheet. */
#define MAX_HEADER_SEARCH 50

/* What a header says, finer than the roles: which role it takes depends
 * on the rest (評価基準 is the text of METI's table, whose ref is the
 * 評価基準ID). */
typedef enum
{
  KIND_NONE,
  KIND_CRITERION_ID,
  KIND_REQUIREMENT_ID,
  KIND_CONDITION,
  KIND_CRITERION,
  KIND_REQUIREMENT,
  KIND_CITES,
  KIND_CATEGORY,
  KIND_LEVEL,
  KIND_STAR,
  KIND_NO,
  KIND_ANSWER,
  KIND_NOTE,
  N_KINDS,
} Kind;

/* In the order they are tried: the longer words first, so that 評価基準
 * is not taken for 評価. Words are folded (NFKC, lower case); an ASCII
 * word must be the whole header, a Japanese one may be part of it. */
static const struct { Kind kind; const char *word; } words[] = {
  { KIND_CRITERION_ID, "評価基準id" }, { KIND_CRITERION_ID, "基準id" },
  { KIND_REQUIREMENT_ID, "要求事項id" }, { KIND_REQUIREMENT_ID, "要求id" },
  { KIND_CONDITION, "達成条件" },
  { KIND_ANSWER, "達成状況" }, { KIND_ANSWER, "実施状況" }, { KIND_ANSWER, "対応状況" },
  { KIND_CRITERION, "評価基準" },
  { KIND_REQUIREMENT, "要求事項" }, { KIND_REQUIREMENT, "チェック項目" },
  { KIND_CITES, "参照文献" }, { KIND_CITES, "参照" },
  { KIND_CATEGORY, "大分類" }, { KIND_CATEGORY, "中分類" }, { KIND_CATEGORY, "小分類" },
  { KIND_CATEGORY, "分類" },
  { KIND_LEVEL, "レベル" }, { KIND_LEVEL, "lv" }, { KIND_LEVEL, "lv." }, { KIND_LEVEL, "level" },
  { KIND_STAR, "★" },
  { KIND_NO, "no" }, { KIND_NO, "no." }, { KIND_NO, "番号" }, { KIND_NO, "項番" },
  { KIND_ANSWER, "回答" }, { KIND_ANSWER, "評価" }, { KIND_ANSWER, "状況" },
  { KIND_NOTE, "備考" }, { KIND_NOTE, "コメント" }, { KIND_NOTE, "remarks" },
  { KIND_NOTE, "note" },
};

static const struct { const char *name; const char *label; const char *words; } roles[] = {
  [HG_SHEET_ROLE_REF] = { "ref", N_("Reference"), "No., 番号, 項番, 評価基準ID" },
  [HG_SHEET_ROLE_TEXT] = { "text", N_("Item text"), "要求事項, 評価基準, チェック項目" },
  [HG_SHEET_ROLE_CONDITION] = { "condition", N_("Condition"), "達成条件" },
  [HG_SHEET_ROLE_LEVEL] = { "level", N_("Level (Lv1–Lv3)"), "レベル, Lv, Level" },
  [HG_SHEET_ROLE_STAR] = { "star", N_("Star (★3/★4)"), "★, ★3, ★4" },
  [HG_SHEET_ROLE_CITES] = { "cites", N_("Cited items"), "参照文献, 参照" },
  [HG_SHEET_ROLE_ANSWER] = { "answer", N_("Answer"), "回答, 評価, 達成状況, 実施状況" },
  [HG_SHEET_ROLE_NOTE] = { "note", N_("Note"), "備考, コメント" },
  [HG_SHEET_ROLE_CATEGORY1] = { "category1", N_("Main category"), "大分類, 分類, 要求事項ID" },
  [HG_SHEET_ROLE_CATEGORY2] = { "category2", N_("Subcategory"), "中分類, 要求事項" },
  [HG_SHEET_ROLE_CATEGORY3] = { "category3", N_("Third category"), "小分類" },
};

gboolean
hg_sheet_role_is_required (HgSheetRole role)
{
  return role == HG_SHEET_ROLE_REF || role == HG_SHEET_ROLE_TEXT || role == HG_SHEET_ROLE_ANSWER;
}

const char *
hg_sheet_role_get_name (HgSheetRole role)
{
  g_return_val_if_fail (role < HG_SHEET_N_ROLES, NULL);
  return roles[role].name;
}

gboolean
hg_sheet_role_from_name (const char  *name,
                         HgSheetRole *role)
{
  for (guint i = 0; i < HG_SHEET_N_ROLES; i++)
    if (g_ascii_strcasecmp (name, roles[i].name) == 0)
      {
        *role = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hg_sheet_role_get_label (HgSheetRole role)
{
  g_return_val_if_fail (role < HG_SHEET_N_ROLES, NULL);
  return _(roles[role].label);
}

const char *
hg_sheet_role_get_words (HgSheetRole role)
{
  g_return_val_if_fail (role < HG_SHEET_N_ROLES, NULL);
  return roles[role].words;
}

char *
hg_sheet_column_letter (guint column)
{
  char letters[8];
  int i = G_N_ELEMENTS (letters) - 1;

  letters[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      column--;
      letters[--i] = 'A' + column % 26;
      column /= 26;
    }
  return g_strdup (letters + i);
}

int
hg_sheet_column_from_letter (const char *letters)
{
  int column = 0;

  if (letters == NULL || letters[0] == '\0' || strlen (letters) > 3)
    return -1;
  for (const char *p = letters; *p != '\0'; p++)
    {
      if (!g_ascii_isalpha (*p))
        return -1;
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
    }
  return column - 1 < 16384 ? column - 1 : -1;
}

void
hg_sheet_layout_free (HgSheetLayout *layout)
{
  if (layout == NULL)
    return;
  g_strfreev (layout->candidates);
  g_free (layout->unsure_reason);
  g_free (layout);
}

/* The header as compared: folded, without white space or the marks some
 * sheets put before a required column. */
static char *
fold_header (const char *text)
{
  g_autofree char *folded = hg_text_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x203B /* ※ */ && c != '*')
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static Kind
kind_of (const char *text)
{
  g_autofree char *folded = fold_header (text);

  if (folded[0] == '\0' || g_utf8_strlen (folded, -1) > MAX_HEADER_CHARS)
    return KIND_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *word = words[i].word;
      gboolean ascii = (guchar) word[0] < 0x80;

      if (ascii ? strcmp (folded, word) == 0 : strstr (folded, word) != NULL)
        return words[i].kind;
    }
  return KIND_NONE;
}

static const char *
cell (HgTable *table,
      guint    row,
      guint    column)
{
  return column < hg_table_get_row_length (table, row) ? hg_table_get_cell (table, row, column) : "";
}

/* How many kinds of header the row holds, and how many of its cells are
 * no header at all. */
static guint
score_row (HgXlsxBookSheet *sheet,
           guint            row,
           guint           *n_other)
{
  gboolean seen[N_KINDS] = { FALSE };
  guint score = 0;

  *n_other = 0;
  for (guint c = 0; c < hg_table_get_row_length (sheet->table, row); c++)
    {
      const char *text = cell (sheet->table, row, c);
      Kind kind;

      if (text[0] == '\0' || hg_xlsx_book_sheet_is_hidden (sheet, c))
        continue;
      kind = kind_of (text);
      if (kind == KIND_NONE)
        (*n_other)++;
      else if (!seen[kind])
        {
          seen[kind] = TRUE;
          score++;
        }
    }
  return score;
}

/* The table row (0-based) of the best header row, or -1. */
static int
find_header (HgXlsxBookSheet *sheet,
             guint           *score)
{
  int best = -1;

  *score = 0;
  for (guint r = 0; r < hg_table_get_n_rows (sheet->table) && r < MAX_HEADER_SEARCH; r++)
    {
      guint n_other;
      guint s = score_row (sheet, r, &n_other);

      if (s >= 2 && s > *score)
        {
          *score = s;
          best = (int) r;
        }
    }
  return best;
}

typedef struct
{
  int   first[N_KINDS];     /* the first column of each kind */
  guint count[N_KINDS];
  int   categories[3];
  guint n_categories;
} Found;

static void
classify_columns (HgXlsxBookSheet *sheet,
                  int              header,
                  guint            header_rows,
                  Found           *found)
{
  HgTable *table = sheet->table;
  guint width = hg_table_get_row_length (table, header);

  memset (found, 0, sizeof *found);
  for (guint k = 0; k < N_KINDS; k++)
    found->first[k] = -1;
  if (header_rows == 2)
    width = MAX (width, hg_table_get_row_length (table, header + 1));

  for (guint c = 0; c < width; c++)
    {
      Kind kind = KIND_NONE;

      if (hg_xlsx_book_sheet_is_hidden (sheet, c))
        continue;
      /* The lower row names a column more closely (分類 over 大分類). */
      if (header_rows == 2)
        kind = kind_of (cell (table, header + 1, c));
      if (kind == KIND_NONE)
        kind = kind_of (cell (table, header, c));
      if (kind == KIND_NONE)
        continue;
      if (kind == KIND_CATEGORY)
        {
          if (found->n_categories < 3)
            found->categories[found->n_categories++] = (int) c;
          continue;
        }
      if (found->first[kind] < 0)
        found->first[kind] = (int) c;
      found->count[kind]++;
    }
}

static int
first_of (const Found *found,
          Kind         a,
          Kind         b,
          Kind         c)
{
  if (found->first[a] >= 0)
    return found->first[a];
  if (b != KIND_NONE && found->first[b] >= 0)
    return found->first[b];
  if (c != KIND_NONE && found->first[c] >= 0)
    return found->first[c];
  return -1;
}

static void
assign_roles (HgSheetLayout *layout,
              const Found   *found)
{
  int *col = layout->columns;

  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    col[r] = -1;
  layout->meti = found->first[KIND_CRITERION_ID] >= 0;
  if (layout->meti)
    {
      /* METI's table: criteria with their ids, under the requirement
       * (id and name) they belong to. */
      col[HG_SHEET_ROLE_REF] = found->first[KIND_CRITERION_ID];
      col[HG_SHEET_ROLE_TEXT] = first_of (found, KIND_CRITERION, KIND_REQUIREMENT, KIND_CONDITION);
      col[HG_SHEET_ROLE_CATEGORY1] = found->first[KIND_REQUIREMENT_ID];
      if (col[HG_SHEET_ROLE_TEXT] != found->first[KIND_REQUIREMENT])
        col[HG_SHEET_ROLE_CATEGORY2] = found->first[KIND_REQUIREMENT];
    }
  else
    {
      col[HG_SHEET_ROLE_REF] = found->first[KIND_NO];
      col[HG_SHEET_ROLE_TEXT] = first_of (found, KIND_REQUIREMENT, KIND_CRITERION, KIND_CONDITION);
      if (col[HG_SHEET_ROLE_TEXT] != found->first[KIND_CONDITION])
        col[HG_SHEET_ROLE_CONDITION] = found->first[KIND_CONDITION];
      for (guint i = 0; i < found->n_categories; i++)
        col[HG_SHEET_ROLE_CATEGORY1 + i] = found->categories[i];
    }
  col[HG_SHEET_ROLE_LEVEL] = found->first[KIND_LEVEL];
  col[HG_SHEET_ROLE_STAR] = found->first[KIND_STAR];
  col[HG_SHEET_ROLE_CITES] = found->first[KIND_CITES];
  col[HG_SHEET_ROLE_ANSWER] = found->first[KIND_ANSWER];
  col[HG_SHEET_ROLE_NOTE] = found->first[KIND_NOTE];
}

void
hg_sheet_layout_check (HgSheetLayout *layout)
{
  GString *reason = g_string_new (NULL);

  if (layout->header_row == 0)
    g_string_append_printf (reason, _("Sheet “%s” has no header row naming the columns of the "
                                      "items."), layout->sheet->name);
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    {
      if (!hg_sheet_role_is_required (r) || layout->columns[r] >= 0)
        continue;
      if (reason->len > 0)
        g_string_append_c (reason, '\n');
      g_string_append_printf (reason, _("No column for “%s” was found; the headers looked for "
                                        "are %s."), hg_sheet_role_get_label (r),
                              hg_sheet_role_get_words (r));
    }
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    for (guint s = r + 1; s < HG_SHEET_N_ROLES; s++)
      if (layout->columns[r] >= 0 && layout->columns[r] == layout->columns[s])
        {
          g_autofree char *letter = hg_sheet_column_letter (layout->columns[r]);

          if (reason->len > 0)
            g_string_append_c (reason, '\n');
          g_string_append_printf (reason, _("Column %s is taken for both “%s” and “%s”."), letter,
                                  hg_sheet_role_get_label (r), hg_sheet_role_get_label (s));
        }
  g_free (layout->unsure_reason);
  layout->unsure = reason->len > 0;
  layout->unsure_reason = g_string_free (reason, !layout->unsure);
}

/* Lays out one sheet; returns how much it looks like an item table. */
static guint
detect_sheet (HgXlsxBookSheet *sheet,
              HgSheetLayout   *layout)
{
  HgTable *table = sheet->table;
  guint score = 0;
  int header = find_header (sheet, &score);
  Found found;

  layout->sheet = sheet;
  layout->header_row = 0;
  layout->header_rows = 1;
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    layout->columns[r] = -1;
  if (header < 0)
    return 0;

  layout->header_row = hg_table_get_source_line (table, header);
  /* A second header row right below, most of its cells headers too. */
  if ((guint) header + 1 < hg_table_get_n_rows (table)
      && hg_table_get_source_line (table, header + 1) == layout->header_row + 1)
    {
      guint n_other;
      guint s = score_row (sheet, header + 1, &n_other);

      if (s >= 1 && n_other <= s)
        layout->header_rows = 2;
    }
  classify_columns (sheet, header, layout->header_rows, &found);
  assign_roles (layout, &found);
  for (guint k = 0; k < N_KINDS; k++)
    if (found.count[k] > 1)
      layout->unsure = TRUE;
  if (layout->columns[HG_SHEET_ROLE_REF] >= 0 && layout->columns[HG_SHEET_ROLE_TEXT] >= 0)
    score += 100;
  return score;
}

static int
find_table_row (HgTable *table,
                guint    line)
{
  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    if (hg_table_get_source_line (table, r) == line)
      return (int) r;
  return -1;
}

HgSheetLayout *
hg_sheet_layout_detect (GPtrArray   *book,
                        const char  *sheet_name,
                        GError     **error)
{
  g_autoptr(HgSheetLayout) best = NULL;
  g_autoptr(GStrvBuilder) candidates = g_strv_builder_new ();
  guint best_score = 0;

  g_return_val_if_fail (book != NULL && book->len > 0, NULL);

  for (guint i = 0; i < book->len; i++)
    {
      HgXlsxBookSheet *sheet = g_ptr_array_index (book, i);
      g_autoptr(HgSheetLayout) layout = g_new0 (HgSheetLayout, 1);
      guint score;

      if (sheet_name != NULL && strcmp (sheet->name, sheet_name) != 0)
        continue;
      score = detect_sheet (sheet, layout);
      if (score >= 100)
        g_strv_builder_add (candidates, sheet->name);
      if (best == NULL || score > best_score)
        {
          g_clear_pointer (&best, hg_sheet_layout_free);
          best = g_steal_pointer (&layout);
          best_score = score;
        }
    }
  if (best == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < book->len; i++)
        g_string_append_printf (names, "%s“%s”", i ? _(", ") : "",
                                ((HgXlsxBookSheet *) g_ptr_array_index (book, i))->name);
      g_set_error (error, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_HEADER,
                   _("The Excel file has no worksheet named “%s”. Its sheets are: %s."),
                   sheet_name, names->str);
      return NULL;
    }
  best->candidates = g_strv_builder_end (candidates);
  {
    gboolean twice = best->unsure;

    hg_sheet_layout_check (best);
    if (twice && !best->unsure)
      {
        best->unsure = TRUE;
        best->unsure_reason = g_strdup (_("Several columns have the same kind of header; check "
                                          "which one each role takes."));
      }
  }
  return g_steal_pointer (&best);
}

char *
hg_sheet_layout_get_header (HgSheetLayout *layout,
                            guint          column)
{
  HgTable *table = layout->sheet->table;
  int row = layout->header_row > 0 ? find_table_row (table, layout->header_row) : -1;
  const char *top, *bottom;

  if (row < 0)
    return g_strdup ("");
  top = cell (table, row, column);
  bottom = layout->header_rows == 2 && (guint) row + 1 < hg_table_get_n_rows (table)
           ? cell (table, row + 1, column) : "";
  if (bottom[0] == '\0' || strcmp (top, bottom) == 0)
    return g_strdup (top);
  if (top[0] == '\0')
    return g_strdup (bottom);
  return g_strdup_printf ("%s / %s", top, bottom);
}

guint
hg_sheet_layout_get_n_columns (HgSheetLayout *layout)
{
  HgTable *table = layout->sheet->table;
  guint width = 0;

  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    width = MAX (width, hg_table_get_row_length (table, r));
  return width;
}

void
hg_sheet_layout_set_column (HgSheetLayout *layout,
                            HgSheetRole    role,
                            int            column)
{
  g_return_if_fail (role < HG_SHEET_N_ROLES);
  layout->columns[role] = column;
  /* No header was recognised: the user who names the columns reads the
   * first row as their header. */
  if (layout->header_row == 0 && hg_table_get_n_rows (layout->sheet->table) > 0)
    {
      layout->header_row = hg_table_get_source_line (layout->sheet->table, 0);
      layout->header_rows = 1;
    }
  hg_sheet_layout_check (layout);
}

void
hg_sheet_layout_set_header (HgSheetLayout *layout,
                            guint          row,
                            guint          n_rows)
{
  g_return_if_fail (row >= 1 && (n_rows == 1 || n_rows == 2));
  layout->header_row = row;
  layout->header_rows = n_rows;
  hg_sheet_layout_check (layout);
}

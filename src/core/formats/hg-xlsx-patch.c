/* hg-xlsx-patch.c
 *
 * A customer's intake checks the file it sent out: an answer written back
 * must leave the workbook as the customer made it — styles, drop-down
 * validations, formulas, merged cells, hidden columns, other sheets. So
 * nothing is re-serialised from a model: every part is copied as it was,
 * and in a sheet that has edits the text of the XML is spliced, only the
 * <c> elements of the edited cells replaced (or inserted, in column and
 * row order, where the sheet has none). Texts go in as inline strings,
 * so the shared-string table, which other cells index, stays untouched.
 *
 * The file is untrusted as on import: before anything else it passes the
 * importer's checks (hg_xlsx_read_memory() on every edited sheet: ZIP
 * limits and bombs, DOCTYPE, well-formedness), and the parts are read
 * under the same limits (hg-xlsx-limits.h). The splice's own scanner
 * never reads past its buffer and refuses what it cannot read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-xlsx.h"
#include "hg-xlsx-limits.h"
#include "hg-xlsx-patch.h"

G_DEFINE_QUARK (hg-xlsx-patch-error-quark, hg_xlsx_patch_error)

/* ---- Cell references ------------------------------------------------------ */

static gboolean
parse_cell_ref (const char *ref,
                gsize       length,
                guint      *row,
                guint      *column)
{
  gsize i = 0;
  guint64 c = 0, r = 0;

  while (i < length && g_ascii_isalpha (ref[i]) && i < 3)
    c = c * 26 + (guint) (g_ascii_toupper (ref[i++]) - 'A' + 1);
  if (c == 0 || c > HG_XLSX_MAX_COLUMNS || i == length || ref[i] == '0')
    return FALSE;
  while (i < length && g_ascii_isdigit (ref[i]) && r <= HG_XLSX_MAX_ROWS)
    r = r * 10 + (guint) (ref[i++] - '0');
  if (i != length || r == 0 || r > HG_XLSX_MAX_ROWS)
    return FALSE;
  *row = (guint) r;
  *column = (guint) c;
  return TRUE;
}

static gboolean
parse_row_number (const char *text,
                  gsize       length,
                  guint      *row)
{
  guint64 r = 0;

  if (length == 0 || length > 7)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      r = r * 10 + (guint) (text[i] - '0');
    }
  if (r == 0 || r > HG_XLSX_MAX_ROWS)
    return FALSE;
  *row = (guint) r;
  return TRUE;
}

static void
append_cell_ref (GString *out,
                 guint    row,
                 guint    column)
{
  char letters[4];
  int n = 0;

  while (column > 0 && n < 3)
    {
      column--;
      letters[n++] = (char) ('A' + column % 26);
      column /= 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
  g_string_append_printf (out, "%u", row);
}

/* ---- A scanner of tags, for the splice ------------------------------------- */

typedef enum
{
  TAG_START,
  TAG_END,
  TAG_EMPTY,
} TagKind;

typedef struct
{
  gsize       start;        /* the '<' */
  gsize       end;          /* just past the '>' */
  TagKind     kind;
  gsize       name_start;
  gsize       name_length;
  gsize       local_start;  /* the name without its prefix */
  gsize       attrs_start;
  gsize       attrs_end;    /* before "/>" or ">" */
} Tag;

typedef struct
{
  gsize name_start;
  gsize name_length;
  gsize value_start;        /* inside the quotes, as written */
  gsize value_length;
} Attr;

static gboolean
has_prefix_at (const char *x,
               gsize       length,
               gsize       pos,
               const char *prefix)
{
  gsize n = strlen (prefix);

  return pos <= length && length - pos >= n && memcmp (x + pos, prefix, n) == 0;
}

static gboolean
skip_past (const char *x,
           gsize       length,
           gsize      *pos,
           const char *marker)
{
  gsize n = strlen (marker);

  for (gsize p = *pos; p + n <= length; p++)
    if (memcmp (x + p, marker, n) == 0)
      {
        *pos = p + n;
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The next tag from *@pos on: 1, 0 at the end of the text, -1 when what
 * follows cannot be read (a DOCTYPE, an unclosed tag or comment). */
static int
next_tag (const char *x,
          gsize       length,
          gsize      *pos,
          Tag        *tag)
{
  for (;;)
    {
      const char *lt = *pos < length ? memchr (x + *pos, '<', length - *pos) : NULL;
      gsize p, q;
      char quote = 0;

      if (lt == NULL)
        {
          *pos = length;
          return 0;
        }
      p = (gsize) (lt - x);
      *pos = p + 1;
      if (has_prefix_at (x, length, p, "<!--"))
        {
          *pos = p + 4;
          if (!skip_past (x, length, pos, "-->"))
            return -1;
          continue;
        }
      if (has_prefix_at (x, length, p, "<![CDATA["))
        {
          *pos = p + 9;
          if (!skip_past (x, length, pos, "]]>"))
            return -1;
          continue;
        }
      if (has_prefix_at (x, length, p, "<?"))
        {
          *pos = p + 2;
          if (!skip_past (x, length, pos, "?>"))
            return -1;
          continue;
        }
      if (has_prefix_at (x, length, p, "<!"))
        return -1;

      tag->start = p;
      tag->kind = TAG_START;
      q = p + 1;
      if (q < length && x[q] == '/')
        {
          tag->kind = TAG_END;
          q++;
        }
      tag->name_start = q;
      tag->local_start = q;
      while (q < length && !is_space (x[q]) && x[q] != '>' && x[q] != '/')
        {
          if ((guchar) x[q] < 0x20 || x[q] == '<' || x[q] == '"' || x[q] == '\'' || x[q] == '=')
            return -1;
          if (x[q] == ':')
            tag->local_start = q + 1;
          q++;
        }
      tag->name_length = q - tag->name_start;
      if (tag->name_length == 0)
        return -1;
      tag->attrs_start = q;
      while (q < length && (quote != 0 || x[q] != '>'))
        {
          if (quote != 0)
            {
              if (x[q] == quote)
                quote = 0;
            }
          else if (x[q] == '"' || x[q] == '\'')
            quote = x[q];
          q++;
        }
      if (q >= length)
        return -1;
      tag->end = q + 1;
      tag->attrs_end = q;
      if (tag->kind == TAG_START && q > tag->attrs_start && x[q - 1] == '/')
        {
          tag->kind = TAG_EMPTY;
          tag->attrs_end = q - 1;
        }
      *pos = tag->end;
      return 1;
    }
}

static gboolean
is_local (const char *x,
          const Tag  *tag,
          const char *local)
{
  gsize n = tag->name_start + tag->name_length - tag->local_start;

  return n == strlen (local) && memcmp (x + tag->local_start, local, n) == 0;
}

/* The attributes of @tag, at most @max of them; -1 when they cannot be
 * read. */
static int
read_attrs (const char *x,
            const Tag  *tag,
            Attr       *attrs,
            int         max)
{
  gsize p = tag->attrs_start;
  int n = 0;

  for (;;)
    {
      char quote;
      Attr a;

      while (p < tag->attrs_end && is_space (x[p]))
        p++;
      if (p >= tag->attrs_end)
        return n;
      a.name_start = p;
      while (p < tag->attrs_end && x[p] != '=' && !is_space (x[p]))
        p++;
      a.name_length = p - a.name_start;
      while (p < tag->attrs_end && is_space (x[p]))
        p++;
      if (a.name_length == 0 || p >= tag->attrs_end || x[p] != '=')
        return -1;
      p++;
      while (p < tag->attrs_end && is_space (x[p]))
        p++;
      if (p >= tag->attrs_end || (x[p] != '"' && x[p] != '\''))
        return -1;
      quote = x[p++];
      a.value_start = p;
      while (p < tag->attrs_end && x[p] != quote)
        p++;
      if (p >= tag->attrs_end)
        return -1;
      a.value_length = p - a.value_start;
      p++;
      if (n >= max)
        return -1;
      attrs[n++] = a;
    }
}

static const Attr *
find_attr (const char *x,
           const Attr *attrs,
           int         n,
           const char *name)
{
  gsize length = strlen (name);

  for (int i = 0; i < n; i++)
    if (attrs[i].name_length == length && memcmp (x + attrs[i].name_start, name, length) == 0)
      return &attrs[i];
  return NULL;
}

#define MAX_ATTRS 64
/* A sheet nests five deep (worksheet, sheetData, row, c, is, r, t…). */
#define MAX_DEPTH 256

/* ---- What the sheet holds ---------------------------------------------------- */

typedef struct
{
  guint row;
  gsize start;
  gsize tag_end;
  gsize close_start;        /* the "</row>", or start when empty */
  gsize end;
  gboolean empty;
  Tag   tag;
  GArray *cells;            /* Cell, only in rows with an edit */
} Row;

typedef struct
{
  guint column;
  gsize start;
  gsize end;
  gboolean formula;
  Tag   tag;
} Cell;

typedef struct
{
  guint first_row, first_column, last_row, last_column;
} Range;

typedef struct
{
  guint min, max;
  gsize style_start, style_length;
} Column;

typedef struct
{
  const char *x;
  gsize       length;

  gboolean    have_sheet_data;
  Tag         sheet_data;
  gsize       sheet_data_close;  /* the "</sheetData>" */

  GArray     *rows;              /* Row */
  GArray     *merges;            /* Range */
  GArray     *columns;           /* Column */
} Sheet;

typedef struct
{
  guint       row;
  guint       column;
  guint       order;
  const char *text;              /* NULL to empty the cell */
  const char *ref;               /* as given, for messages */
} Edit;

typedef struct
{
  gsize    start;
  gsize    end;
  guint    order;
  GString *text;
} Splice;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->cells, g_array_unref);
}

static void
splice_clear (gpointer data)
{
  Splice *s = data;

  if (s->text != NULL)
    g_string_free (s->text, TRUE);
}

static gboolean
damaged (GError     **error,
         const char  *what)
{
  g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
               _("The sheet cannot be written into: %s."), what);
  return FALSE;
}

static gboolean
parse_range (const char *x,
             const Attr *ref,
             Range      *range)
{
  const char *v = x + ref->value_start;
  const char *colon = memchr (v, ':', ref->value_length);

  if (colon == NULL)
    {
      if (!parse_cell_ref (v, ref->value_length, &range->first_row, &range->first_column))
        return FALSE;
      range->last_row = range->first_row;
      range->last_column = range->first_column;
      return TRUE;
    }
  return parse_cell_ref (v, (gsize) (colon - v), &range->first_row, &range->first_column)
         && parse_cell_ref (colon + 1, ref->value_length - (gsize) (colon + 1 - v),
                            &range->last_row, &range->last_column);
}

/* Reads the structure of the sheet: its rows (with their cells where
 * @edited_rows holds the row), the merged ranges and the column styles. */
static gboolean
scan_sheet (Sheet       *s,
            GHashTable  *edited_rows,
            GError     **error)
{
  gsize pos = 0;
  guint depth = 0, sheet_data_depth = 0, row_depth = 0, cell_depth = 0;
  guint last_row = 0, last_column = 0;
  Row *row = NULL;
  Cell *cell = NULL;
  g_autoptr(GArray) open_tags = g_array_new (FALSE, FALSE, sizeof (Tag));
  Tag tag;
  int ret;

  while ((ret = next_tag (s->x, s->length, &pos, &tag)) == 1)
    {
      Attr attrs[MAX_ATTRS];
      int n_attrs = 0;

      if (tag.kind != TAG_END && (n_attrs = read_attrs (s->x, &tag, attrs, MAX_ATTRS)) < 0)
        return damaged (error, _("a tag’s attributes cannot be read"));

      if (tag.kind == TAG_END)
        {
          const Tag *open;

          if (depth == 0)
            return damaged (error, _("an element is closed that was never opened"));
          /* Closed by its own name, or the structure read is not the
           * file's: then nothing may be spliced into it. */
          open = &g_array_index (open_tags, Tag, depth - 1);
          if (open->name_length != tag.name_length
              || memcmp (s->x + open->name_start, s->x + tag.name_start, tag.name_length) != 0)
            return damaged (error, _("an element is closed by another one’s name"));
          g_array_set_size (open_tags, depth - 1);
          if (cell != NULL && depth == cell_depth && is_local (s->x, &tag, "c"))
            {
              cell->end = tag.end;
              cell = NULL;
            }
          else if (row != NULL && depth == row_depth && is_local (s->x, &tag, "row"))
            {
              row->close_start = tag.start;
              row->end = tag.end;
              row = NULL;
            }
          else if (sheet_data_depth != 0 && depth == sheet_data_depth
                   && is_local (s->x, &tag, "sheetData"))
            {
              s->sheet_data_close = tag.start;
              sheet_data_depth = 0;
            }
          depth--;
          continue;
        }

      if (is_local (s->x, &tag, "sheetData") && depth == 1 && !s->have_sheet_data)
        {
          s->have_sheet_data = TRUE;
          s->sheet_data = tag;
          s->sheet_data_close = tag.start;
          if (tag.kind == TAG_START)
            sheet_data_depth = depth + 1;
        }
      else if (sheet_data_depth != 0 && depth == sheet_data_depth && is_local (s->x, &tag, "row"))
        {
          const Attr *r = find_attr (s->x, attrs, n_attrs, "r");
          Row new_row = { 0 };

          if (r != NULL)
            {
              if (!parse_row_number (s->x + r->value_start, r->value_length, &new_row.row))
                return damaged (error, _("a row number cannot be read"));
            }
          else
            new_row.row = last_row + 1;
          if (new_row.row <= last_row || new_row.row > HG_XLSX_MAX_ROWS)
            return damaged (error, _("its rows are out of order"));
          last_row = new_row.row;
          last_column = 0;
          new_row.start = tag.start;
          new_row.tag_end = tag.end;
          new_row.close_start = tag.start;
          new_row.end = tag.end;
          new_row.empty = tag.kind == TAG_EMPTY;
          new_row.tag = tag;
          if (g_hash_table_contains (edited_rows, GUINT_TO_POINTER (new_row.row)))
            new_row.cells = g_array_new (FALSE, FALSE, sizeof (Cell));
          g_array_append_val (s->rows, new_row);
          if (tag.kind == TAG_START)
            {
              row = &g_array_index (s->rows, Row, s->rows->len - 1);
              row_depth = depth + 1;
            }
        }
      else if (row != NULL && depth == row_depth && is_local (s->x, &tag, "c"))
        {
          const Attr *r = find_attr (s->x, attrs, n_attrs, "r");
          Cell new_cell = { 0 };

          if (r != NULL)
            {
              guint cell_row;

              if (!parse_cell_ref (s->x + r->value_start, r->value_length, &cell_row,
                                   &new_cell.column)
                  || cell_row != row->row)
                return damaged (error, _("a cell reference cannot be read"));
            }
          else
            new_cell.column = last_column + 1;
          if (new_cell.column <= last_column || new_cell.column > HG_XLSX_MAX_COLUMNS)
            return damaged (error, _("the cells of a row are out of order"));
          last_column = new_cell.column;
          new_cell.start = tag.start;
          new_cell.end = tag.end;
          new_cell.tag = tag;
          if (row->cells != NULL)
            {
              g_array_append_val (row->cells, new_cell);
              if (tag.kind == TAG_START)
                {
                  cell = &g_array_index (row->cells, Cell, row->cells->len - 1);
                  cell_depth = depth + 1;
                }
            }
        }
      else if (cell != NULL && depth == cell_depth && is_local (s->x, &tag, "f"))
        cell->formula = TRUE;
      else if (is_local (s->x, &tag, "mergeCell") && sheet_data_depth == 0)
        {
          const Attr *ref = find_attr (s->x, attrs, n_attrs, "ref");
          Range range;

          if (ref == NULL || !parse_range (s->x, ref, &range))
            return damaged (error, _("a merged range cannot be read"));
          g_array_append_val (s->merges, range);
        }
      else if (is_local (s->x, &tag, "col") && sheet_data_depth == 0 && !s->have_sheet_data)
        {
          const Attr *min = find_attr (s->x, attrs, n_attrs, "min");
          const Attr *max = find_attr (s->x, attrs, n_attrs, "max");
          const Attr *style = find_attr (s->x, attrs, n_attrs, "style");
          Column column = { 0 };
          guint dummy;
          g_autofree char *a = NULL, *b = NULL;

          if (min != NULL && max != NULL && style != NULL
              && min->value_length < 6 && max->value_length < 6)
            {
              a = g_strndup (s->x + min->value_start, min->value_length);
              b = g_strndup (s->x + max->value_start, max->value_length);
              column.min = (guint) g_ascii_strtoull (a, NULL, 10);
              column.max = (guint) g_ascii_strtoull (b, NULL, 10);
              column.style_start = style->value_start;
              column.style_length = style->value_length;
              if (column.min > 0 && column.min <= column.max
                  && parse_row_number (s->x + style->value_start, style->value_length, &dummy))
                g_array_append_val (s->columns, column);
            }
        }

      if (tag.kind == TAG_START)
        {
          if (depth >= MAX_DEPTH)
            return damaged (error, _("its elements are nested too deeply"));
          g_array_append_val (open_tags, tag);
          depth++;
        }
    }
  if (ret < 0)
    return damaged (error, _("its XML cannot be read"));
  if (depth != 0 || row != NULL || cell != NULL || sheet_data_depth != 0)
    return damaged (error, _("its XML ends before its elements are closed"));
  if (!s->have_sheet_data)
    return damaged (error, _("it has no table of cells (sheetData)"));
  return TRUE;
}

/* ---- Writing cells ----------------------------------------------------------- */

static void
append_prefix (GString    *out,
               const char *x,
               const Tag  *tag)
{
  g_string_append_len (out, x + tag->name_start, (gssize) (tag->local_start - tag->name_start));
}

/* The text as XML character data: escaped, line breaks as "\n", and
 * without the control characters XML 1.0 cannot hold. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '&')
        g_string_append (out, "&amp;");
      else if (c == '<')
        g_string_append (out, "&lt;");
      else if (c == '>')
        g_string_append (out, "&gt;");
      else if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF)
        continue;
      else
        g_string_append_unichar (out, c);
    }
}

/* <c …> with @kept (the attributes of the cell there was, but its type
 * and value metadata) or r and @style, then the inline string. */
static void
append_cell (GString    *out,
             const char *x,
             const Tag  *prefix_tag,
             const Edit *edit,
             const Attr *kept,
             int         n_kept,
             const char *style,
             gsize       style_length)
{
  gboolean has_r = FALSE;

  g_string_append_c (out, '<');
  append_prefix (out, x, prefix_tag);
  g_string_append_c (out, 'c');
  for (int i = 0; i < n_kept; i++)
    {
      const Attr *a = &kept[i];
      const char *name = x + a->name_start;

      if ((a->name_length == 1 && name[0] == 't')
          || (a->name_length == 2 && (memcmp (name, "cm", 2) == 0 || memcmp (name, "vm", 2) == 0)))
        continue;
      if (a->name_length == 1 && name[0] == 'r')
        has_r = TRUE;
      g_string_append_c (out, ' ');
      /* As written, quotes included, so the bytes of what stays stay. */
      g_string_append_len (out, name, (gssize) (a->value_start + a->value_length + 1
                                                 - a->name_start));
    }
  if (!has_r)
    {
      g_string_append (out, " r=\"");
      append_cell_ref (out, edit->row, edit->column);
      g_string_append_c (out, '"');
    }
  if (style != NULL)
    {
      g_string_append (out, " s=\"");
      g_string_append_len (out, style, (gssize) style_length);
      g_string_append_c (out, '"');
    }
  if (edit->text == NULL)
    {
      g_string_append (out, "/>");
      return;
    }
  g_string_append (out, " t=\"inlineStr\"><");
  append_prefix (out, x, prefix_tag);
  g_string_append (out, "is><");
  append_prefix (out, x, prefix_tag);
  g_string_append (out, "t xml:space=\"preserve\">");
  append_escaped (out, edit->text);
  g_string_append (out, "</");
  append_prefix (out, x, prefix_tag);
  g_string_append (out, "t></");
  append_prefix (out, x, prefix_tag);
  g_string_append (out, "is></");
  append_prefix (out, x, prefix_tag);
  g_string_append (out, "c>");
}

/* A cell the sheet does not have yet takes its column's style, as Excel
 * gives a cell typed into an empty column. */
static void
append_new_cell (GString    *out,
                 Sheet      *s,
                 const Tag  *prefix_tag,
                 const Edit *edit)
{
  for (guint i = 0; i < s->columns->len; i++)
    {
      Column *c = &g_array_index (s->columns, Column, i);

      if (edit->column >= c->min && edit->column <= c->max)
        {
          append_cell (out, s->x, prefix_tag, edit, NULL, 0, s->x + c->style_start,
                       c->style_length);
          return;
        }
    }
  append_cell (out, s->x, prefix_tag, edit, NULL, 0, NULL, 0);
}

static void
add_splice (GArray  *splices,
            gsize    start,
            gsize    end,
            GString *text)
{
  Splice splice = { start, end, splices->len, text };

  g_array_append_val (splices, splice);
}

static int
compare_edits (gconstpointer a,
               gconstpointer b)
{
  const Edit *x = a, *y = b;

  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static int
compare_splices (gconstpointer a,
                 gconstpointer b)
{
  const Splice *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static Row *
find_row (Sheet *s,
          guint  number,
          Row  **after)
{
  guint lo = 0, hi = s->rows->len;

  /* Rows are in order (scan_sheet() checks), so a binary search finds
   * the row or the first one after where it would be. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (s->rows, Row, mid).row < number)
        lo = mid + 1;
      else
        hi = mid;
    }
  *after = lo < s->rows->len ? &g_array_index (s->rows, Row, lo) : NULL;
  if (*after != NULL && (*after)->row == number)
    return *after;
  return NULL;
}

/* The edits of one row: splices into the row there is, or the text of a
 * new row into @new_row. */
static gboolean
edit_row (Sheet       *s,
          const Edit  *edits,
          guint        n,
          GArray      *splices,
          GString    **new_row,
          GError     **error)
{
  Row *after;
  Row *row = find_row (s, edits[0].row, &after);
  guint c = 0;

  if (row == NULL || row->empty)
    {
      GString *cells = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        if (edits[i].text != NULL)
          append_new_cell (cells, s, row != NULL ? &row->tag : &s->sheet_data, &edits[i]);
      if (cells->len == 0)
        {
          g_string_free (cells, TRUE);
          return TRUE;
        }
      *new_row = g_string_new ("<");
      if (row != NULL)
        {
          /* <row …/> becomes <row …>cells</row>, its attributes kept. */
          g_string_append_len (*new_row, s->x + row->start + 1,
                               (gssize) (row->tag.attrs_end - row->start - 1));
          g_string_append_c (*new_row, '>');
        }
      else
        {
          append_prefix (*new_row, s->x, &s->sheet_data);
          g_string_append_printf (*new_row, "row r=\"%u\">", edits[0].row);
        }
      g_string_append_len (*new_row, cells->str, (gssize) cells->len);
      g_string_append (*new_row, "</");
      append_prefix (*new_row, s->x, row != NULL ? &row->tag : &s->sheet_data);
      g_string_append (*new_row, "row>");
      g_string_free (cells, TRUE);
      if (row != NULL)
        {
          add_splice (splices, row->start, row->end, g_steal_pointer (new_row));
          return TRUE;
        }
      if (after != NULL)
        add_splice (splices, after->start, after->start, g_steal_pointer (new_row));
      return TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      const Edit *e = &edits[i];
      Cell *cell = NULL;
      GString *text = g_string_new (NULL);

      while (c < row->cells->len && g_array_index (row->cells, Cell, c).column < e->column)
        c++;
      if (c < row->cells->len && g_array_index (row->cells, Cell, c).column == e->column)
        cell = &g_array_index (row->cells, Cell, c);

      if (cell != NULL)
        {
          Attr attrs[MAX_ATTRS];
          int n_attrs = read_attrs (s->x, &cell->tag, attrs, MAX_ATTRS);

          if (cell->formula)
            {
              g_string_free (text, TRUE);
              g_set_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_FORMULA,
                           _("Cell %s holds a formula, which writing into it would destroy."),
                           e->ref);
              return FALSE;
            }
          append_cell (text, s->x, &cell->tag, e, attrs, MAX (n_attrs, 0), NULL, 0);
          add_splice (splices, cell->start, cell->end, text);
        }
      else if (e->text != NULL)
        {
          gsize at = c < row->cells->len ? g_array_index (row->cells, Cell, c).start
                                         : row->close_start;

          append_new_cell (text, s, &row->tag, e);
          add_splice (splices, at, at, text);
        }
      else
        g_string_free (text, TRUE);
    }
  return TRUE;
}

static gboolean
check_merges (Sheet       *s,
              const Edit  *e,
              GError     **error)
{
  for (guint i = 0; i < s->merges->len; i++)
    {
      Range *m = &g_array_index (s->merges, Range, i);
      GString *first;

      if (e->row < m->first_row || e->row > m->last_row
          || e->column < m->first_column || e->column > m->last_column
          || (e->row == m->first_row && e->column == m->first_column))
        continue;
      first = g_string_new (NULL);
      append_cell_ref (first, m->first_row, m->first_column);
      g_set_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_MERGED,
                   _("Cell %s is inside a merged range whose text is in %s; "
                     "what is written there would not be shown."),
                   e->ref, first->str);
      g_string_free (first, TRUE);
      return FALSE;
    }
  return TRUE;
}

char *
hg_xlsx_patch_sheet_xml (const char        *xml,
                         gsize              length,
                         const HgXlsxEdit  *edits,
                         guint              n_edits,
                         gsize             *out_length,
                         GError           **error)
{
  Sheet s = { xml, length };
  g_autoptr(GArray) list = g_array_new (FALSE, FALSE, sizeof (Edit));
  g_autoptr(GArray) splices = g_array_new (FALSE, FALSE, sizeof (Splice));
  g_autoptr(GHashTable) edited_rows = g_hash_table_new (NULL, NULL);
  GString *new_rows = NULL;
  GString *out = NULL;
  gsize at = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (xml != NULL || length == 0, NULL);
  g_return_val_if_fail (edits != NULL || n_edits == 0, NULL);

  g_array_set_clear_func (splices, splice_clear);
  for (guint i = 0; i < n_edits; i++)
    {
      const char *text = edits[i].text;
      Edit e = { 0, 0, i, text != NULL && text[0] != '\0' ? text : NULL, edits[i].cell };

      if (edits[i].cell == NULL
          || !parse_cell_ref (edits[i].cell, strlen (edits[i].cell), &e.row, &e.column))
        {
          g_autofree char *shown = g_utf8_make_valid (edits[i].cell ? edits[i].cell : "", 20);

          g_set_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_BAD_CELL,
                       _("“%s” is not a cell reference such as H12."), shown);
          return NULL;
        }
      if (e.text != NULL && !g_utf8_validate (e.text, -1, NULL))
        e.text = NULL;
      if (e.text != NULL && g_utf8_strlen (e.text, -1) > HG_XLSX_MAX_CELL_CHARS)
        {
          g_set_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_TOO_LONG,
                       _("The text for cell %s is longer than the %u characters a cell holds."),
                       e.ref, (guint) HG_XLSX_MAX_CELL_CHARS);
          return NULL;
        }
      g_array_append_val (list, e);
      g_hash_table_add (edited_rows, GUINT_TO_POINTER (e.row));
    }
  g_array_sort (list, compare_edits);
  /* The same cell twice: the last edit wins. */
  for (guint i = 0; i + 1 < list->len;)
    {
      Edit *a = &g_array_index (list, Edit, i), *b = a + 1;

      if (a->row == b->row && a->column == b->column)
        g_array_remove_index (list, i);
      else
        i++;
    }

  s.rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_array_set_clear_func (s.rows, row_clear);
  s.merges = g_array_new (FALSE, FALSE, sizeof (Range));
  s.columns = g_array_new (FALSE, FALSE, sizeof (Column));
  if (!scan_sheet (&s, edited_rows, error))
    goto out;

  for (guint i = 0; i < list->len;)
    {
      guint n = 1;
      GString *new_row = NULL;

      while (i + n < list->len && g_array_index (list, Edit, i + n).row
                                  == g_array_index (list, Edit, i).row)
        n++;
      for (guint k = 0; k < n; k++)
        if (!check_merges (&s, &g_array_index (list, Edit, i + k), error))
          goto out;
      if (!edit_row (&s, &g_array_index (list, Edit, i), n, splices, &new_row, error))
        goto out;
      if (new_row != NULL)
        {
          /* Rows after the last one go before </sheetData>, together. */
          if (new_rows == NULL)
            new_rows = g_string_new (NULL);
          g_string_append_len (new_rows, new_row->str, (gssize) new_row->len);
          g_string_free (new_row, TRUE);
        }
      i += n;
    }

  if (new_rows != NULL)
    {
      if (s.sheet_data.kind == TAG_EMPTY)
        {
          GString *text = g_string_new ("<");

          g_string_append_len (text, xml + s.sheet_data.start + 1,
                               (gssize) (s.sheet_data.attrs_end - s.sheet_data.start - 1));
          g_string_append_c (text, '>');
          g_string_append_len (text, new_rows->str, (gssize) new_rows->len);
          g_string_append (text, "</");
          append_prefix (text, xml, &s.sheet_data);
          g_string_append (text, "sheetData>");
          add_splice (splices, s.sheet_data.start, s.sheet_data.end, text);
          g_string_free (new_rows, TRUE);
        }
      else
        add_splice (splices, s.sheet_data_close, s.sheet_data_close, new_rows);
      new_rows = NULL;
    }

  g_array_sort (splices, compare_splices);
  out = g_string_sized_new (length + 256);
  for (guint i = 0; i < splices->len; i++)
    {
      Splice *sp = &g_array_index (splices, Splice, i);

      if (sp->start < at || sp->end < sp->start || sp->end > length)
        {
          g_string_free (out, TRUE);
          damaged (error, _("its cells overlap"));
          goto out;
        }
      g_string_append_len (out, xml + at, (gssize) (sp->start - at));
      g_string_append_len (out, sp->text->str, (gssize) sp->text->len);
      at = sp->end;
    }
  g_string_append_len (out, xml + at, (gssize) (length - at));
  *out_length = out->len;
  ok = TRUE;

out:
  g_clear_pointer (&s.rows, g_array_unref);
  g_clear_pointer (&s.merges, g_array_unref);
  g_clear_pointer (&s.columns, g_array_unref);
  if (new_rows != NULL)
    g_string_free (new_rows, TRUE);
  return ok ? g_string_free (out, FALSE) : NULL;
}

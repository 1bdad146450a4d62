/* hg-doc-diff.c
 *
 * Lines are a document's blocks (a table gives a line per row) and are
 * matched on their words, not their numbers: adding a rule renumbers every
 * rule after it, and that is not a change anyone needs to read. Lines that
 * were replaced in the same place and still look alike are shown as one
 * changed line with the words that differ marked.
 *
 * Both steps are the textbook longest-common-subsequence table; documents
 * have a few hundred to a thousand lines and rules a few hundred
 * characters, so the tables stay small, and longer runs are capped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-diff"

#include "config.h"

#include <string.h>

#include "hg-doc-diff.h"

/* Past this many cells a table would cost too much: fall back to
 * "everything in between was replaced", which is still correct. */
#define MAX_CELLS (4u * 1024 * 1024)

/* Replaced lines sharing less than this part of their characters are shown
 * as one removed and one added line rather than a changed one. */
#define ALIKE 0.4

typedef struct
{
  char *shown;   /* with its number, as printed */
  char *match;   /* without it: what is compared */
} Line;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_free (line->shown);
  g_free (line->match);
}

static void
add_line (GArray     *lines,
          const char *number,
          char       *match)
{
  Line line = { number ? g_strconcat (number, match, NULL) : g_strdup (match), match };

  g_array_append_val (lines, line);
}

static GArray *
lines_of (const HgDoc *doc)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));

  g_array_set_clear_func (lines, line_clear);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      switch (b->kind)
        {
        case HG_DOC_TABLE:
          for (guint r = 0; r < b->rows->len; r++)
            {
              g_autofree char *cells = g_strjoinv (" | ", g_ptr_array_index (b->rows, r));

              add_line (lines, NULL, g_strdup_printf ("| %s |", cells));
            }
          break;

        case HG_DOC_HEADING:
          add_line (lines, b->number ? b->number : NULL, g_strdup_printf ("　%s", b->text));
          break;

        case HG_DOC_RULE:
          {
            g_autofree char *plain = hg_doc_block_get_plain (b);
            gsize skip = b->number ? strlen (b->number) : 0;

            add_line (lines, b->number, g_strdup (plain + skip));
          }
          break;

        case HG_DOC_PARAGRAPH:
        case HG_DOC_ITEM:
        default:
          add_line (lines, NULL, hg_doc_block_get_plain (b));
          break;
        }
    }
  return lines;
}

static void
span_free (gpointer data)
{
  HgDiffSpan *span = data;

  g_free (span->text);
  g_free (span);
}

static void
diff_line_free (gpointer data)
{
  HgDiffLine *line = data;

  g_free (line->old_text);
  g_free (line->new_text);
  g_clear_pointer (&line->spans, g_ptr_array_unref);
  g_free (line);
}

static HgDiffLine *
emit (GPtrArray  *out,
      HgDiffKind  kind,
      const char *old_text,
      const char *new_text)
{
  HgDiffLine *line = g_new0 (HgDiffLine, 1);

  line->kind = kind;
  line->old_text = g_strdup (old_text);
  line->new_text = g_strdup (new_text);
  g_ptr_array_add (out, line);
  return line;
}

/* ---- Words within a changed line ------------------------------------------ */

/* Japanese has no spaces, so a word here is a run of ASCII letters and
 * digits (a number stays whole: 12 → 6, not 1̶2̶6) or any other single
 * character. */
static GPtrArray *
tokenize (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *start = p;

      if (g_ascii_isalnum (*p))
        while (g_ascii_isalnum (*p))
          p++;
      else
        p = g_utf8_next_char (p);
      g_ptr_array_add (tokens, g_strndup (start, p - start));
    }
  return tokens;
}

static void
add_span (GPtrArray  *spans,
          HgDiffKind  kind,
          const char *token)
{
  HgDiffSpan *last = spans->len ? g_ptr_array_index (spans, spans->len - 1) : NULL;
  char *joined;

  if (last == NULL || last->kind != kind)
    {
      last = g_new0 (HgDiffSpan, 1);
      last->kind = kind;
      last->text = g_strdup ("");
      g_ptr_array_add (spans, last);
    }
  joined = g_strconcat (last->text, token, NULL);
  g_free (last->text);
  last->text = joined;
}

/* The spans of a changed line and the share of words kept. */
static GPtrArray *
word_diff (const char *a,
           const char *b,
           double     *alike)
{
  g_autoptr(GPtrArray) xs = tokenize (a);
  g_autoptr(GPtrArray) ys = tokenize (b);
  char **x = (char **) xs->pdata;
  char **y = (char **) ys->pdata;
  guint n = xs->len, m = ys->len, i = 0, j = 0;
  GPtrArray *spans = g_ptr_array_new_with_free_func (span_free);
  g_autofree guint *t = NULL;

  if ((gsize) (n + 1) * (gsize) (m + 1) > MAX_CELLS)
    {
      for (guint k = 0; k < n; k++)
        add_span (spans, HG_DIFF_REMOVED, x[k]);
      for (guint k = 0; k < m; k++)
        add_span (spans, HG_DIFF_ADDED, y[k]);
      *alike = 0;
      return spans;
    }

  /* t[i][j]: the longest common subsequence of x[i..] and y[j..]. */
  t = g_new0 (guint, (n + 1) * (m + 1));
#define T(i, j) t[(i) * (m + 1) + (j)]
  for (gint p = (gint) n - 1; p >= 0; p--)
    for (gint q = (gint) m - 1; q >= 0; q--)
      T (p, q) = g_str_equal (x[p], y[q]) ? T (p + 1, q + 1) + 1 : MAX (T (p + 1, q), T (p, q + 1));
  *alike = MAX (n, m) > 0 ? (double) T (0, 0) / MAX (n, m) : 1.0;

  while (i < n || j < m)
    {
      if (i < n && j < m && g_str_equal (x[i], y[j]))
        add_span (spans, HG_DIFF_SAME, x[i++]), j++;
      else if (i < n && (j == m || T (i + 1, j) >= T (i, j + 1)))
        add_span (spans, HG_DIFF_REMOVED, x[i++]);
      else
        add_span (spans, HG_DIFF_ADDED, y[j++]);
    }
#undef T
  return spans;
}

/* ---- Lines --------------------------------------------------------------- */

/* A run of removed and added lines between two matches: each old line is
 * paired with the first new line after the last pair that still looks
 * like it; new lines passed over are additions, old lines without a
 * partner removals. */
static void
emit_run (GPtrArray *out,
          GArray    *a,
          guint      a_from,
          guint      a_to,
          GArray    *b,
          guint      b_from,
          guint      b_to)
{
  for (; a_from < a_to; a_from++)
    {
      Line *old = &g_array_index (a, Line, a_from);
      GPtrArray *spans = NULL;
      guint k;

      for (k = b_from; k < b_to; k++)
        {
          double alike = 0;

          spans = word_diff (old->shown, g_array_index (b, Line, k).shown, &alike);
          if (alike >= ALIKE)
            break;
          g_clear_pointer (&spans, g_ptr_array_unref);
        }
      if (spans == NULL)
        {
          emit (out, HG_DIFF_REMOVED, old->shown, NULL);
          continue;
        }
      for (; b_from < k; b_from++)
        emit (out, HG_DIFF_ADDED, NULL, g_array_index (b, Line, b_from).shown);
      emit (out, HG_DIFF_CHANGED, old->shown, g_array_index (b, Line, k).shown)->spans = spans;
      b_from = k + 1;
    }
  for (; b_from < b_to; b_from++)
    emit (out, HG_DIFF_ADDED, NULL, g_array_index (b, Line, b_from).shown);
}

GPtrArray *
hg_doc_diff (const HgDoc *before,
             const HgDoc *after)
{
  g_autoptr(GArray) a = lines_of (before);
  g_autoptr(GArray) b = lines_of (after);
  GPtrArray *out = g_ptr_array_new_with_free_func (diff_line_free);
  guint n = a->len, m = b->len, i = 0, j = 0, ri = 0, rj = 0;
  g_autofree guint *t = NULL;

  if ((gsize) (n + 1) * (gsize) (m + 1) > MAX_CELLS)
    {
      emit_run (out, a, 0, n, b, 0, m);
      return out;
    }

  t = g_new0 (guint, (n + 1) * (m + 1));
#define T(i, j) t[(i) * (m + 1) + (j)]
#define EQ(i, j) g_str_equal (g_array_index (a, Line, i).match, g_array_index (b, Line, j).match)
  for (gint p = (gint) n - 1; p >= 0; p--)
    for (gint q = (gint) m - 1; q >= 0; q--)
      T (p, q) = EQ (p, q) ? T (p + 1, q + 1) + 1 : MAX (T (p + 1, q), T (p, q + 1));

  while (i < n || j < m)
    {
      if (i < n && j < m && EQ (i, j))
        {
          emit_run (out, a, ri, i, b, rj, j);
          emit (out, HG_DIFF_SAME, g_array_index (a, Line, i).shown,
                g_array_index (b, Line, j).shown);
          ri = ++i;
          rj = ++j;
        }
      else if (j < m && (i == n || T (i, j + 1) >= T (i + 1, j)))
        j++;
      else
        i++;
    }
  emit_run (out, a, ri, n, b, rj, m);
#undef EQ
#undef T
  return out;
}

guint
hg_doc_diff_count (GPtrArray  *lines,
                   HgDiffKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < lines->len; i++)
    if (((HgDiffLine *) g_ptr_array_index (lines, i))->kind == kind)
      count++;
  return count;
}

/* For the command line: "-" removed, "+" added, "~" changed with
 * [-removed-]{+added+} marks, two spaces for unchanged lines. */
char *
hg_doc_diff_to_text (GPtrArray *lines,
                     gboolean   changes_only)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      const HgDiffLine *line = g_ptr_array_index (lines, i);

      switch (line->kind)
        {
        case HG_DIFF_SAME:
          if (!changes_only)
            g_string_append_printf (out, "  %s\n", line->new_text);
          break;
        case HG_DIFF_ADDED:
          g_string_append_printf (out, "+ %s\n", line->new_text);
          break;
        case HG_DIFF_REMOVED:
          g_string_append_printf (out, "- %s\n", line->old_text);
          break;
        case HG_DIFF_CHANGED:
          g_string_append (out, "~ ");
          for (guint s = 0; s < line->spans->len; s++)
            {
              const HgDiffSpan *span = g_ptr_array_index (line->spans, s);

              g_string_append_printf (out, span->kind == HG_DIFF_ADDED ? "{+%s+}"
                                           : span->kind == HG_DIFF_REMOVED ? "[-%s-]" : "%s",
                                      span->text);
            }
          g_string_append_c (out, '\n');
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (out, FALSE);
}

/* ---- Blocks an edit changed --------------------------------------------- */

/* A block's identity across two renderings of the same answers but one: its
 * rule or section id, or for a block without one (a table, a paragraph of
 * a section) the id before it and how many blocks without one follow it;
 * an id met again (one rule shown twice) gets its count. @seen counts. */
static char *
block_identity (const HgDocBlock *block,
                const char       *last_key,
                guint             since,
                GHashTable       *seen)
{
  g_autofree char *base = block->key != NULL
    ? g_strdup (block->key) : g_strdup_printf ("%s+%u", last_key ? last_key : "", since);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, base));

  g_hash_table_insert (seen, g_strdup (base), GUINT_TO_POINTER (n + 1));
  return n == 0 ? g_steal_pointer (&base) : g_strdup_printf ("%s#%u", base, n);
}

/* What the reader reads, less the number: an inserted rule renumbers those
 * after it, and they did not change. */
static char *
block_content (const HgDocBlock *block)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%d\x1f%s\x1f%s", block->kind, block->label ? block->label : "",
                          block->text ? block->text : "");
  for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
    {
      g_autofree char *row = g_strjoinv ("\x1f", g_ptr_array_index (block->rows, r));

      g_string_append_printf (out, "\x1e%s", row);
    }
  return g_string_free (out, FALSE);
}

static GHashTable *
index_blocks (const HgDoc *doc)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *last_key = NULL;
  guint since = 0;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);

      since = block->key != NULL ? 0 : since + 1;
      g_hash_table_insert (table, block_identity (block, last_key, since, seen),
                           block_content (block));
      if (block->key != NULL)
        last_key = block->key;
    }
  return table;
}

/* The positions (guint) in @after's blocks of those that are new or read
 * otherwise than in @before, in reading order: what a preview marks after
 * an answer changed. Blocks only removed leave nothing to mark. */
GArray *
hg_doc_changed_blocks (const HgDoc *before,
                       const HgDoc *after)
{
  GArray *changed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) old = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *last_key = NULL;
  guint since = 0;

  g_return_val_if_fail (before != NULL && after != NULL, changed);

  old = index_blocks (before);
  for (guint i = 0; i < after->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (after->blocks, i);
      g_autofree char *identity = NULL;
      g_autofree char *content = block_content (block);
      const char *was;

      since = block->key != NULL ? 0 : since + 1;
      identity = block_identity (block, last_key, since, seen);
      if (block->key != NULL)
        last_key = block->key;
      was = g_hash_table_lookup (old, identity);
      if (was == NULL || !g_str_equal (was, content))
        g_array_append_val (changed, i);
    }
  return changed;
}

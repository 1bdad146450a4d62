/* hg-doc.c
 *
 * Plain data on purpose: writers walk the blocks in order and switch on
 * the kind, which keeps each of them a single readable loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc"

#include "config.h"

#include <stdio.h>

#include "hg-doc.h"

G_DEFINE_QUARK (hg-doc-error-quark, hg_doc_error)

static void
block_free (gpointer data)
{
  HgDocBlock *block = data;

  g_free (block->number);
  g_free (block->label);
  g_free (block->text);
  g_free (block->key);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->tones, g_array_unref);
  g_free (block);
}

void
hg_doc_revision_free (HgDocRevision *revision)
{
  if (revision == NULL)
    return;
  g_free (revision->date);
  g_free (revision->summary);
  g_free (revision->author);
  g_free (revision->approver);
  g_free (revision->approved_on);
  g_free (revision);
}

HgDoc *
hg_doc_new (const char *id,
            const char *title,
            const char *company)
{
  HgDoc *doc = g_new0 (HgDoc, 1);

  doc->id = g_strdup (id ? id : "");
  doc->title = g_strdup (title ? title : "");
  doc->display_title = g_strdup (doc->title);
  doc->company = g_strdup (company ? company : "");
  doc->enacted_on = g_strdup ("");
  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  doc->revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_doc_revision_free);
  return doc;
}

void
hg_doc_free (HgDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->id);
  g_free (doc->title);
  g_free (doc->display_title);
  g_free (doc->company);
  g_free (doc->enacted_on);
  g_ptr_array_unref (doc->blocks);
  g_ptr_array_unref (doc->revisions);
  g_free (doc);
}

HgDocBlock *
hg_doc_append (HgDoc      *doc,
               HgDocKind   kind,
               const char *number,
               const char *text)
{
  HgDocBlock *block = g_new0 (HgDocBlock, 1);

  block->kind = kind;
  block->number = g_strdup (number);
  block->text = g_strdup (text ? text : "");
  if (kind == HG_DOC_TABLE)
    block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (doc->blocks, block);
  return block;
}

/* Takes ownership of @cells. Header rows must come before the others. */
void
hg_doc_table_add_row (HgDocBlock *table,
                      GStrv       cells,
                      gboolean    header)
{
  g_return_if_fail (table->kind == HG_DOC_TABLE);
  g_return_if_fail (!header || table->header_rows == table->rows->len);

  g_ptr_array_add (table->rows, cells);
  if (header)
    table->header_rows++;
}

/* A row of texts, copied; NULL ends the list. */
void
hg_doc_table_add_texts (HgDocBlock *table,
                        gboolean    header,
                        const char *first,
                        ...)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (cells, cell);
  va_end (args);
  hg_doc_table_add_row (table, g_strv_builder_end (cells), header);
}

HgDocRevision *
hg_doc_add_revision (HgDoc      *doc,
                     guint       number,
                     const char *date,
                     const char *summary,
                     const char *author,
                     const char *approver,
                     const char *approved_on)
{
  HgDocRevision *revision = g_new0 (HgDocRevision, 1);

  revision->number = number;
  revision->date = g_strdup (date ? date : "");
  revision->summary = g_strdup (summary ? summary : "");
  revision->author = g_strdup (author ? author : "");
  revision->approver = g_strdup (approver ? approver : "");
  revision->approved_on = g_strdup (approved_on ? approved_on : "");
  g_ptr_array_add (doc->revisions, revision);
  return revision;
}

G_DEFINE_BOXED_TYPE (HgDoc, hg_doc, hg_doc_copy, hg_doc_free)

HgDoc *
hg_doc_copy (const HgDoc *doc)
{
  HgDoc *copy = hg_doc_new (doc->id, doc->title, doc->company);

  g_free (copy->enacted_on);
  copy->enacted_on = g_strdup (doc->enacted_on);
  g_free (copy->display_title);
  copy->display_title = g_strdup (doc->display_title);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);
      HgDocBlock *c = hg_doc_append (copy, b->kind, b->number, b->text);

      c->level = b->level;
      c->label = g_strdup (b->label);
      c->key = g_strdup (b->key);
      c->flags = b->flags;
      c->revised_in = b->revised_in;
      if (b->tones != NULL)
        c->tones = g_array_copy (b->tones);
      for (guint r = 0; b->rows != NULL && r < b->rows->len; r++)
        hg_doc_table_add_row (c, g_strdupv (g_ptr_array_index (b->rows, r)),
                              r < b->header_rows);
    }
  for (guint i = 0; i < doc->revisions->len; i++)
    {
      const HgDocRevision *r = g_ptr_array_index (doc->revisions, i);

      hg_doc_add_revision (copy, r->number, r->date, r->summary, r->author, r->approver,
                           r->approved_on);
    }
  return copy;
}

guint
hg_doc_count_kind (const HgDoc *doc,
                   HgDocKind    kind,
                   guint        level)
{
  guint n = 0;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind == kind && (level == 0 || b->level == level))
        n++;
    }
  return n;
}

/* One line of plain text for a block, as the preview and the CLI show it
 * and as versions are compared: number, lead-in, text, review mark. */
char *
hg_doc_block_get_plain (const HgDocBlock *block)
{
  GString *out = g_string_new (NULL);

  switch (block->kind)
    {
    case HG_DOC_HEADING:
      if (block->number != NULL)
        g_string_append_printf (out, "%s　", block->number);
      g_string_append (out, block->text);
      break;

    case HG_DOC_PARAGRAPH:
      if (block->label != NULL)
        g_string_append_printf (out, "（%s）", block->label);
      g_string_append (out, block->text);
      break;

    case HG_DOC_RULE:
      g_string_append (out, block->number ? block->number : "");
      g_string_append (out, block->text);
      if (block->flags & HG_DOC_OUTDATED)
        g_string_append (out, HG_DOC_OUTDATED_MARK);
      break;

    case HG_DOC_ITEM:
      g_string_append_printf (out, "・%s", block->text);
      break;

    case HG_DOC_TABLE:
      for (guint r = 0; r < block->rows->len; r++)
        {
          GStrv cells = g_ptr_array_index (block->rows, r);

          if (r > 0)
            g_string_append_c (out, '\n');
          g_string_append (out, "|");
          for (guint c = 0; cells[c] != NULL; c++)
            g_string_append_printf (out, " %s |", cells[c]);
        }
      break;

    default:
      g_assert_not_reached ();
    }
  return g_string_free (out, FALSE);
}

/* Chapters with a number: not 附則, nor a form such as the pledge. */
guint
hg_doc_count_numbered_chapters (const HgDoc *doc)
{
  guint n = 0;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (doc->blocks, i);

      n += b->kind == HG_DOC_HEADING && b->level == 1 && b->number != NULL;
    }
  return n;
}

/* Whether the outputs list the contents, and give the document a cover: a
 * document of one chapter, such as the basic policy, is a page that is its
 * own contents, and a cover or a page listing it would only be in the way. */
gboolean
hg_doc_wants_contents (const HgDoc *doc)
{
  return hg_doc_count_numbered_chapters (doc) > 1;
}

/* A cell that stays white unless shaded: tables grow a tone array only
 * when a cell gets a tone. */
void
hg_doc_table_set_tone (HgDocBlock *table,
                       guint       row,
                       guint       column,
                       HgDocTone   tone)
{
  guint width = hg_doc_rows_width (table->rows);
  guint8 value = tone;

  g_return_if_fail (table->kind == HG_DOC_TABLE);
  g_return_if_fail (row < table->rows->len && column < width);

  if (table->tones == NULL)
    table->tones = g_array_new (FALSE, TRUE, sizeof (guint8));
  if (table->tones->len < table->rows->len * width)
    g_array_set_size (table->tones, table->rows->len * width);
  g_array_index (table->tones, guint8, row * width + column) = value;
}

HgDocTone
hg_doc_table_get_tone (const HgDocBlock *table,
                       guint             row,
                       guint             column)
{
  guint width;

  if (table->tones == NULL)
    return HG_DOC_TONE_NONE;
  width = hg_doc_rows_width (table->rows);
  if (column >= width || row * width + column >= table->tones->len)
    return HG_DOC_TONE_NONE;
  return g_array_index (table->tones, guint8, row * width + column);
}

/* The least height of row @row of @table in millimetres, for the writers to
 * give every format the same room to write in: a form's body rows take a
 * line of handwriting, a seal box's a seal. 0 for the usual, as for header
 * rows and for tables that are not forms. @table may be NULL. */
double
hg_doc_row_min_height (const HgDocBlock *table,
                       guint             row)
{
  if (table == NULL || row < table->header_rows)
    return 0;
  if (table->flags & HG_DOC_SEAL)
    return HG_DOC_SEAL_MM;
  if (table->flags & HG_DOC_FILL_IN)
    return HG_DOC_FILL_IN_MM;
  return 0;
}

/* Light colours, so that black text stays readable on them, and apart in
 * lightness too, so that a grey printout still tells them apart. */
const char *
hg_doc_tone_get_color (HgDocTone tone)
{
  switch (tone)
    {
    case HG_DOC_TONE_HIGH:
      return "#f4a3a3";
    case HG_DOC_TONE_MEDIUM:
      return "#fbe08a";
    case HG_DOC_TONE_LOW:
      return "#d3efcf";
    case HG_DOC_TONE_NONE:
    default:
      return NULL;
    }
}

static HgDocKind
kind_at (const HgDoc *doc,
         guint        index)
{
  return ((const HgDocBlock *) g_ptr_array_index (doc->blocks, index))->kind;
}

/* Whether block @index, an item or a table, belongs to the rule before
 * it, with only items and tables between them: the outputs line it up
 * with the rule's text. */
gboolean
hg_doc_is_under_rule (const HgDoc *doc,
                      guint        index)
{
  for (guint i = index; i-- > 0;)
    {
      HgDocKind kind = kind_at (doc, i);

      if (kind != HG_DOC_ITEM && kind != HG_DOC_TABLE)
        return kind == HG_DOC_RULE;
    }
  return FALSE;
}

/* Items in a row make one list (they are all under the same rule, or
 * none): whether item @index opens it, and whether it closes it. */
gboolean
hg_doc_item_is_first (const HgDoc *doc,
                      guint        index)
{
  return index == 0 || kind_at (doc, index - 1) != HG_DOC_ITEM;
}

gboolean
hg_doc_item_is_last (const HgDoc *doc,
                     guint        index)
{
  return index + 1 >= doc->blocks->len || kind_at (doc, index + 1) != HG_DOC_ITEM;
}

/* "2026-04-01" as a Japanese document writes it, 「2026年4月1日」;
 * anything else as it is. */
static char *
format_date (const char *iso)
{
  guint year, month, day;
  char end;

  if (sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3
      && g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%u年%u月%u日", year, month, day);
  return g_strdup (iso);
}

/* The day a version counts from: its approval date, or the day it was
 * recorded for one saved without (older workbooks). */
static const char *
revision_date (const HgDocRevision *r)
{
  return r->approved_on[0] ? r->approved_on : r->date;
}

/* The revision history as table rows, the header first, for every output
 * to lay out as it lays out any table; NULL when there is none. A version
 * is dated by the approval date the user gave, never by the day it was
 * recorded: a company that enters its 2025 approval today must not read
 * today's date in its history. */
GPtrArray *
hg_doc_revision_rows (const HgDoc *doc)
{
  GPtrArray *rows;

  if (doc->revisions->len == 0)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (rows, g_strsplit ("版,承認日,改訂内容,作成者,承認者", ",", -1));
  for (guint i = 0; i < doc->revisions->len; i++)
    {
      const HgDocRevision *r = g_ptr_array_index (doc->revisions, i);
      GStrv cells = g_new0 (char *, 6);

      cells[0] = g_strdup_printf ("第%u版", r->number);
      cells[1] = format_date (revision_date (r));
      cells[2] = g_strdup (r->summary);
      cells[3] = g_strdup (r->author);
      cells[4] = g_strdup (r->approver);
      g_ptr_array_add (rows, cells);
    }
  return rows;
}

/* The cover's dates: 制定 from the company's answer (the day the documents
 * take effect, which is often before the workbook existed), 改訂 from the
 * approval date of the latest version, e.g.
 * 「2025年4月1日制定　2026年10月1日改訂（第2版）」. Without an answer the
 * first version's approval is the enactment. NULL before any approval. */
char *
hg_doc_cover_line (const HgDoc *doc)
{
  const HgDocRevision *first, *latest;
  g_autofree char *enacted = NULL;

  if (doc->revisions->len == 0)
    return NULL;
  first = g_ptr_array_index (doc->revisions, 0);
  latest = g_ptr_array_index (doc->revisions, doc->revisions->len - 1);
  enacted = format_date (doc->enacted_on[0] ? doc->enacted_on : revision_date (first));
  if (latest->number <= 1)
    return g_strdup_printf ("%s制定（第%u版）", enacted, latest->number);
  {
    g_autofree char *revised = format_date (revision_date (latest));

    return g_strdup_printf ("%s制定　%s改訂（第%u版）", enacted, revised, latest->number);
  }
}

/* The line under a chapter's heading that dates it, as IPA's sample
 * does: the version that last changed the chapter, 「2025年4月1日制定」
 * for the first, else 「2026年10月1日改訂（第2版）」. NULL for a chapter
 * no approved version holds as it reads now. */
char *
hg_doc_chapter_date_line (const HgDoc      *doc,
                          const HgDocBlock *heading)
{
  if (heading->kind != HG_DOC_HEADING || heading->level != 1 || heading->revised_in == 0)
    return NULL;
  for (guint i = 0; i < doc->revisions->len; i++)
    {
      const HgDocRevision *r = g_ptr_array_index (doc->revisions, i);
      g_autofree char *date = NULL;

      if (r->number != heading->revised_in)
        continue;
      if (r->number <= 1)
        {
          date = format_date (doc->enacted_on[0] ? doc->enacted_on : revision_date (r));
          return g_strdup_printf ("%s制定", date);
        }
      date = format_date (revision_date (r));
      return g_strdup_printf ("%s改訂（第%u版）", date, r->number);
    }
  return NULL;
}

/* The number of columns of the longest row: rows may be ragged. */
guint
hg_doc_rows_width (GPtrArray *rows)
{
  guint width = 0;

  for (guint r = 0; r < rows->len; r++)
    width = MAX (width, g_strv_length (g_ptr_array_index (rows, r)));
  return width;
}

/* A text's width in full-width characters: ASCII counts as half. */
static double
display_width (const char *text)
{
  double width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += (guchar) *p < 0x80 ? 0.6 : 1.0;
  return width;
}

/* How much of a table's width each column gets (they add up to 1), for
 * the formats that need widths written out, given how many full-width
 * characters fit across the table. Columns of short texts (names, dates,
 * roles) get what their longest text needs, so they never wrap; columns
 * of sentences share the rest by their length. When the short columns
 * alone would take most of the width, every column gets its share of
 * what it needs. */
double *
hg_doc_column_shares (GPtrArray *rows,
                      double     width_in_chars)
{
  /* The cell's margins, and the space Word and LibreOffice put between
   * Japanese and Latin text (2026年4月1日), in characters. */
  const double padding = 2.5;
  const double short_text = 12;
  guint width = hg_doc_rows_width (rows);
  double *need = g_new0 (double, MAX (width, 1));
  double fixed = 0, flexible = 0, total = 0;

  for (guint c = 0; c < width; c++)
    {
      double longest = 2;

      for (guint r = 0; r < rows->len; r++)
        {
          GStrv cells = g_ptr_array_index (rows, r);

          if (c < g_strv_length (cells))
            longest = MAX (longest, display_width (cells[c]));
        }
      need[c] = MIN (longest, 40) + padding;
      total += need[c];
      if (longest <= short_text)
        fixed += need[c];
      else
        flexible += need[c];
    }

  if (flexible > 0 && fixed < 0.8 * width_in_chars)
    for (guint c = 0; c < width; c++)
      need[c] = need[c] <= short_text + padding
                ? need[c] / width_in_chars
                : need[c] / flexible * (1 - fixed / width_in_chars);
  else
    for (guint c = 0; c < width; c++)
      need[c] /= total;
  return need;
}

/* The plain text the preview and `hinagata-cli policy show` print. */
char *
hg_doc_to_text (const HgDoc *doc)
{
  GString *out = g_string_new (doc->title);

  g_string_append_c (out, '\n');
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *line = hg_doc_block_get_plain (block);

      g_autofree char *dated = hg_doc_chapter_date_line (doc, block);

      if (block->kind == HG_DOC_HEADING)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
      g_string_append_c (out, '\n');
      if (dated != NULL)
        g_string_append_printf (out, "%s\n", dated);
    }
  return g_string_free (out, FALSE);
}

/* hg-doc-body.c
 *
 * The body reads like the company's other rule books: chapters start on a
 * new page under a rule, sections in Gothic, paragraphs indented one
 * character, and numbered rules with a hanging indent (the number stands
 * in its own column and wrapped lines align with the text, not under the
 * number). Items and tables that follow a rule take the rule's text
 * column, since they complete it.
 *
 * Every block is measured before any is placed, because a heading must
 * know how much of what follows it has to come onto its page: it is never
 * left alone at the bottom of one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-doc-layout"

#include "config.h"

#include <cairo.h>
#include <string.h>

#include "hg-doc-body.h"
#include "hg-doc-layout.h"
#include "hg-doc-table-layout.h"

#define REVIEW_RED  0xc01c28   /* the review mark: seen at once, even in a grey printout */
#define CHAPTER_RULE 0.8       /* points: the line under a chapter's title */

typedef struct
{
  const HgDocBlock *block;
  PangoLayout      *text;
  PangoLayout      *lead;       /* a rule's number, an item's bullet */
  PangoLayout      *note;       /* under a chapter's heading: when it was revised */
  HgDocTableLayout *table;
  double            x;          /* from the text area's left edge */
  double            lead_x;
  double            space;      /* above it, unless at the top of a page */
} Box;

typedef struct
{
  HgDocFlow *flow;
  GArray    *boxes;             /* of Box, one per block */
  double     em;
  double     number_width;      /* the rules' number column */
} Body;

static void
box_clear (gpointer data)
{
  Box *box = data;

  g_clear_object (&box->text);
  g_clear_object (&box->lead);
  g_clear_object (&box->note);
  g_clear_pointer (&box->table, hg_doc_table_layout_free);
}

static double
space_above (const HgDocBlock *block,
             const HgDocBlock *prev,
             double            em)
{
  if (block->kind == HG_DOC_HEADING && (block->flags & HG_DOC_SUPPLEMENTARY))
    return 1.2 * em;
  if (block->kind == HG_DOC_HEADING)
    return block->level == 1 ? 1.8 * em : (prev && prev->kind == HG_DOC_HEADING ? 0.8 : 1.2) * em;
  if (prev != NULL && prev->kind == HG_DOC_HEADING)
    return (prev->level == 1 ? 0.9 : 0.5) * em;
  /* A signature block stands a line apart from the text above it. */
  if ((block->flags & HG_DOC_ALIGN_END) && prev != NULL && !(prev->flags & HG_DOC_ALIGN_END))
    return 1.0 * em;
  if (block->kind == HG_DOC_TABLE || (prev != NULL && prev->kind == HG_DOC_TABLE))
    return 0.6 * em;
  if (block->kind == HG_DOC_ITEM)
    return 0.15 * em;
  return 0.25 * em;
}

/* Lays out every rule's number (NULL in @numbers for other blocks) and
 * returns the widest: each is laid out once, for the width of the number
 * column and then for its place beside its rule. */
static double
lay_out_numbers (HgDocStyle   *style,
                 const HgDoc  *doc,
                 PangoLayout **numbers)
{
  double widest = 0;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind != HG_DOC_RULE || block->number == NULL)
        continue;
      numbers[i] = hg_doc_style_layout (style, HG_DOC_FONT_BODY, block->number, 0);
      widest = MAX (widest, hg_doc_style_text_width (numbers[i]));
    }
  return widest;
}

static PangoLayout *
rule_text (HgDocStyle       *style,
           const HgDocBlock *block,
           double            width)
{
  g_autofree char *text = NULL;
  PangoLayout *layout;

  if (!(block->flags & HG_DOC_OUTDATED))
    return hg_doc_style_layout (style, HG_DOC_FONT_BODY, block->text, width);
  text = g_strconcat (block->text, HG_DOC_OUTDATED_MARK, NULL);
  layout = hg_doc_style_layout (style, HG_DOC_FONT_BODY, text, width);
  hg_doc_style_add_span (style, layout, HG_DOC_FONT_MARK, REVIEW_RED,
                         strlen (block->text), strlen (text));
  return layout;
}

static PangoLayout *
paragraph_text (HgDocStyle       *style,
                const HgDocBlock *block,
                double            width,
                double            em)
{
  g_autofree char *text = hg_doc_block_get_plain (block);
  PangoLayout *layout = hg_doc_style_layout (style, HG_DOC_FONT_BODY, text, width);

  /* A flush-right line (a signature) has no first-line indent. */
  if (block->flags & HG_DOC_ALIGN_END)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  else
    pango_layout_set_indent (layout, (int) (em * PANGO_SCALE));
  if (block->label != NULL)
    hg_doc_style_add_span (style, layout, HG_DOC_FONT_LABEL, 0, 0,
                           strlen (text) - strlen (block->text));
  return layout;
}

/* Makes every block's layouts at the width and place it will have; takes
 * the rules' numbers from @numbers. Every item shares one bullet. */
static void
measure (Body         *body,
         const HgDoc  *doc,
         PangoLayout **numbers)
{
  HgDocStyle *style = body->flow->style;
  double full = body->flow->width;
  double indent = body->em;       /* the body stands one character in from headings */
  double column = indent;         /* where items and tables start: after a rule, its text */
  g_autoptr(PangoLayout) bullet = NULL;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);
      const HgDocBlock *prev = i > 0 ? g_ptr_array_index (doc->blocks, i - 1) : NULL;
      Box box = { block, .space = space_above (block, prev, body->em) };
      g_autofree char *plain = NULL;

      switch (block->kind)
        {
        case HG_DOC_HEADING:
          plain = hg_doc_block_get_plain (block);
          box.text = hg_doc_style_layout (style, block->level <= 1
                                                 && !(block->flags & HG_DOC_SUPPLEMENTARY)
                                                 ? HG_DOC_FONT_CHAPTER : HG_DOC_FONT_SECTION,
                                          plain, full);
          {
            g_autofree char *dated = hg_doc_chapter_date_line (doc, block);

            if (dated != NULL)
              {
                box.note = hg_doc_style_layout (style, HG_DOC_FONT_RUNNING, dated, full);
                pango_layout_set_alignment (box.note, PANGO_ALIGN_RIGHT);
              }
          }
          column = indent;
          break;

        case HG_DOC_PARAGRAPH:
          box.x = indent;
          box.text = paragraph_text (style, block, full - indent, body->em);
          column = indent;
          break;

        case HG_DOC_RULE:
          box.lead_x = indent;
          box.x = indent + body->number_width;
          box.lead = g_steal_pointer (&numbers[i]);
          box.text = rule_text (style, block, full - box.x);
          column = box.x;
          break;

        case HG_DOC_ITEM:
          box.lead_x = column == indent ? indent + body->em : column;
          box.x = box.lead_x + body->em;
          if (bullet == NULL)
            bullet = hg_doc_style_layout (style, HG_DOC_FONT_BODY, "・", 0);
          box.lead = g_object_ref (bullet);
          box.text = hg_doc_style_layout (style, HG_DOC_FONT_BODY, block->text, full - box.x);
          break;

        case HG_DOC_TABLE:
          box.x = column;
          box.table = hg_doc_table_layout_new (style, block, full - box.x);
          break;

        default:
          g_assert_not_reached ();
        }
      g_array_append_val (body->boxes, box);
    }
}

/* Nothing to read: a paragraph that is only spaces, as a signature line
 * whose name has not been given comes out. */
static gboolean
is_blank (const HgDocBlock *block)
{
  if (block->kind != HG_DOC_PARAGRAPH || block->label != NULL)
    return FALSE;
  for (const char *p = block->text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))   /* U+3000 included */
      return FALSE;
  return TRUE;
}

static double
box_height (const Box *box)
{
  return hg_doc_style_text_height (box->text)
         + (box->note != NULL ? hg_doc_style_text_height (box->note) : 0);
}

/* How much must come onto the page with the heading at @i, below it. */
static double
keep_after (Body  *body,
            guint  i)
{
  const Box *next;

  if (i + 1 >= body->boxes->len)
    return 0;
  next = &g_array_index (body->boxes, Box, i + 1);
  switch (next->block->kind)
    {
    case HG_DOC_HEADING:
      if (next->block->level <= 1 && !(next->block->flags & HG_DOC_RUN_ON))
        return 0;   /* starts a page of its own */
      return next->space + box_height (next) + keep_after (body, i + 1);

    case HG_DOC_TABLE:
      return next->space + hg_doc_table_layout_get_keep (next->table);

    case HG_DOC_PARAGRAPH:
    case HG_DOC_RULE:
    case HG_DOC_ITEM:
      return next->space + hg_doc_flow_first_lines (next->text, 2);

    default:
      g_assert_not_reached ();
    }
}

static void
place_heading (Body   *body,
               guint   i,
               GArray *headings)
{
  HgDocFlow *flow = body->flow;
  const Box *box = &g_array_index (body->boxes, Box, i);
  HgDocLayoutHeading heading = { box->block->level };
  g_autofree char *attributes = NULL;
  double rule = box->block->level <= 1 && !(box->block->flags & HG_DOC_SUPPLEMENTARY)
                ? 0.35 * body->em : 0;

  hg_doc_flow_keep (flow, box_height (box) + rule + keep_after (body, i));
  heading.title = hg_doc_block_get_plain (box->block);
  heading.dest = g_strdup_printf ("hg-%u", headings->len + 1);
  heading.page = flow->pages->len - 1;
  heading.y = flow->y;
  g_array_append_val (headings, heading);

  attributes = g_strdup_printf ("name='%s'", heading.dest);
  hg_doc_page_begin_tag (flow->page, CAIRO_TAG_DEST, attributes);
  hg_doc_flow_place_text (flow, box->text, 0, NULL, 0, i);
  hg_doc_page_end_tag (flow->page, CAIRO_TAG_DEST);
  if (rule > 0)
    {
      flow->y += rule;
      hg_doc_page_add_line (flow->page, flow->left, flow->y, flow->left + flow->width, flow->y,
                            CHAPTER_RULE, FALSE);
    }
  if (box->note != NULL)
    {
      flow->y += 0.2 * body->em;
      hg_doc_flow_place_text (flow, box->note, 0, NULL, 0, i);
    }
}

/* The document's title heads the first page of the body, then the blocks
 * follow; @headings gets each heading's place, its page counted from the
 * body's first. */
void
hg_doc_body_place (HgDocFlow   *flow,
                   const HgDoc *doc,
                   GArray      *headings)
{
  Body body = { flow, g_array_new (FALSE, TRUE, sizeof (Box)) };
  g_autoptr(PangoLayout) title = NULL;
  g_autofree PangoLayout **numbers = g_new0 (PangoLayout *, MAX (doc->blocks->len, 1));
  guint chapters = 0;

  g_array_set_clear_func (body.boxes, box_clear);
  body.em = hg_doc_style_get_size (flow->style, HG_DOC_FONT_BODY);
  body.number_width = lay_out_numbers (flow->style, doc, numbers) + 0.25 * body.em;
  measure (&body, doc, numbers);

  title = hg_doc_style_layout (flow->style, HG_DOC_FONT_SUBTITLE, doc->title, flow->width);
  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
  hg_doc_flow_place_text (flow, title, 0, NULL, 0, -1);
  flow->y += 1.2 * body.em;

  for (guint i = 0; i < body.boxes->len; i++)
    {
      const Box *box = &g_array_index (body.boxes, Box, i);

      /* A chapter starts a new page, except the first: it follows the
       * title and the preamble; and except a report's short chapters,
       * which run on, kept with what follows them. A form always does. */
      if (box->block->kind == HG_DOC_HEADING && box->block->level <= 1 && chapters++ > 0
          && (!(box->block->flags & HG_DOC_RUN_ON) || (box->block->flags & HG_DOC_OWN_SHEET)))
        {
          if (!flow->fresh)
            hg_doc_flow_new_page (flow);
        }
      else
        hg_doc_flow_skip (flow, box->space);

      /* Blank lines keep their space, but never start a page. */
      if (is_blank (box->block))
        hg_doc_flow_skip (flow, box_height (box));
      else if (box->block->kind == HG_DOC_HEADING)
        place_heading (&body, i, headings);
      else if (box->table != NULL)
        hg_doc_table_layout_place (box->table, flow, box->x, i);
      else
        hg_doc_flow_place_text (flow, box->text, box->x, box->lead, box->lead_x, i);
    }
  g_array_unref (body.boxes);
}

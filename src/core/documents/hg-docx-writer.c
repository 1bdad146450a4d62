/* hg-docx-writer.c
 *
 * The body of the Word document: word/document.xml, its header and
 * footer, and the document properties. The parts that do not depend on
 * the document (styles, numbering, settings, fonts, relationships) are in
 * hg-docx-parts.c.
 *
 * Everything is a real Word structure, so the file behaves in Word and
 * LibreOffice as one made there: headings are "heading 1" and "heading 2"
 * with outline levels (the navigation pane and the contents see them),
 * items are a bulleted list, tables repeat their header row on each page.
 * Rule numbers such as 「（3）」 are part of the text, followed by a tab to
 * a hanging indent, so the numbering is the one every other output shows
 * and no list engine can renumber it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-docx"

#include "config.h"

#include "hg-docx-parts.h"
#include "hg-docx-writer.h"
#include "hg-markup.h"
#include "hg-zip-writer.h"

/* The text runs between a line break inside a paragraph. */
#define RUN_BREAK "</w:t><w:br/><w:t xml:space=\"preserve\">"

typedef struct
{
  const HgDoc *doc;
  GString     *out;
  gboolean     page_break;   /* the next paragraph starts a new page */
} Writer;

static void
append_run (GString    *out,
            const char *properties,
            const char *text)
{
  g_string_append (out, "<w:r>");
  if (properties != NULL)
    g_string_append_printf (out, "<w:rPr>%s</w:rPr>", properties);
  g_string_append (out, "<w:t xml:space=\"preserve\">");
  hg_markup_append_text (out, text, RUN_BREAK);
  g_string_append (out, "</w:t></w:r>");
}

/* A paragraph's properties for a line set flush right (a signature, a
 * chapter's date), without the body's first-line indent. */
#define FLUSH_RIGHT "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"right\"/>"
/* The same for a signature, whose lines stay together. */
#define SIGNATURE "<w:keepNext/><w:keepLines/>" FLUSH_RIGHT

/* A paragraph's start, up to and including its properties. @extra are
 * more properties after the style, in the schema's order. */
static void
begin_paragraph (Writer     *w,
                 const char *style,
                 const char *extra)
{
  g_string_append (w->out, "<w:p><w:pPr>");
  if (style != NULL)
    g_string_append_printf (w->out, "<w:pStyle w:val=\"%s\"/>", style);
  if (w->page_break)
    g_string_append (w->out, "<w:pageBreakBefore/>");
  w->page_break = FALSE;
  if (extra != NULL)
    g_string_append (w->out, extra);
  g_string_append (w->out, "</w:pPr>");
}

static void
append_paragraph (Writer     *w,
                  const char *style,
                  const char *text)
{
  begin_paragraph (w, style, NULL);
  append_run (w->out, NULL, text);
  g_string_append (w->out, "</w:p>");
}

static void
append_field (GString    *out,
              const char *instruction,
              const char *cached)
{
  g_string_append (out, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        "<w:r><w:instrText xml:space=\"preserve\"> ");
  g_string_append (out, instruction);
  g_string_append (out, " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
  append_run (out, NULL, cached);
  g_string_append (out, "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
}

/* @tones (may be NULL) is the table block whose cells are shaded. */
static void
append_table (Writer           *w,
              GPtrArray        *rows,
              guint             header_rows,
              const HgDocBlock *tones,
              guint             indent)
{
  guint width = hg_doc_rows_width (rows);
  guint available = HG_DOCX_TEXT_WIDTH - indent;
  /* Table text is 9.5 pt: 190 twips a full-width character. */
  g_autofree double *shares = hg_doc_column_shares (rows, available / 190.0);

  /* A table without rows is no table: Word would call the file damaged. */
  if (rows->len == 0)
    return;
  /* A table cannot start a page by itself: an empty paragraph does. */
  if (w->page_break)
    {
      begin_paragraph (w, NULL, NULL);
      g_string_append (w->out, "</w:p>");
    }

  g_string_append_printf (w->out,
                          "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
                          "<w:tblW w:w=\"%u\" w:type=\"dxa\"/><w:tblInd w:w=\"%u\" w:type=\"dxa\"/>"
                          "<w:tblBorders>"
                          "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                          "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                          "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                          "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                          "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                          "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                          "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
                          "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
                          "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
                          available, indent);
  for (guint c = 0; c < width; c++)
    g_string_append_printf (w->out, "<w:gridCol w:w=\"%u\"/>", (guint) (available * shares[c]));
  g_string_append (w->out, "</w:tblGrid>");

  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);
      gboolean header = r < header_rows;
      guint n = g_strv_length (cells);

      /* Header rows repeat at the top of every page the table spans. */
      if (header)
        g_string_append (w->out, "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
      else if (hg_doc_row_min_height (tones, r) > 0)
        /* A row to write in by hand: at least so tall, in twips. */
        g_string_append_printf (w->out, "<w:tr><w:trPr><w:cantSplit/>"
                                        "<w:trHeight w:val=\"%u\" w:hRule=\"atLeast\"/></w:trPr>",
                                (guint) (hg_doc_row_min_height (tones, r) * 1440 / 25.4));
      else
        g_string_append (w->out, "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      for (guint c = 0; c < width; c++)
        {
          const char *color = tones ? hg_doc_tone_get_color (hg_doc_table_get_tone (tones, r, c))
                                    : NULL;
          g_autofree char *shade = color != NULL
            ? g_strdup_printf ("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%s\"/>", color + 1)
            : g_strdup (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : "");

          g_string_append_printf (w->out, "<w:tc><w:tcPr><w:tcW w:w=\"%u\" w:type=\"dxa\"/>%s</w:tcPr>"
                                          "<w:p><w:pPr><w:pStyle w:val=\"%s\"/></w:pPr>",
                                  (guint) (available * shares[c]), shade,
                                  header ? "TableHeading" : "TableText");
          if (c < n && cells[c][0] != '\0')
            append_run (w->out, NULL, cells[c]);
          g_string_append (w->out, "</w:p></w:tc>");
        }
      g_string_append (w->out, "</w:tr>");
    }
  g_string_append (w->out, "</w:tbl>");
}

/* The contents: one line per chapter and section, linked to its heading,
 * with a PAGEREF field for its page. Not a TOC field: LibreOffice shows a
 * TOC field's stored result until someone updates it, and we cannot know
 * the page numbers to store, while PAGEREF fields on their own it fills in
 * as it lays the pages out, in the window as in the PDF it makes. Word
 * fills them in when the fields are updated (F9), and builds its own
 * contents from the same headings on request. */
static void
append_contents (Writer *w)
{
  w->page_break = TRUE;
  append_paragraph (w, "TOCHeading", HG_DOC_CONTENTS_TITLE);
  for (guint i = 0; i < w->doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (w->doc->blocks, i);
      g_autofree char *plain = NULL;
      g_autofree char *pageref = NULL;

      if (b->kind != HG_DOC_HEADING)
        continue;
      plain = hg_doc_block_get_plain (b);
      pageref = g_strdup_printf ("PAGEREF _Toc%u \\h", i);
      begin_paragraph (w, b->level == 1 ? "TOC1" : "TOC2", NULL);
      g_string_append_printf (w->out, "<w:hyperlink w:anchor=\"_Toc%u\" w:history=\"1\">", i);
      append_run (w->out, NULL, plain);
      g_string_append (w->out, "<w:r><w:tab/></w:r>");
      append_field (w->out, pageref, "");
      g_string_append (w->out, "</w:hyperlink></w:p>");
    }
}

static void
append_title_page (Writer *w)
{
  g_autoptr(GPtrArray) revisions = hg_doc_revision_rows (w->doc);
  g_autofree char *dates = hg_doc_cover_line (w->doc);

  append_paragraph (w, "Title", w->doc->title);
  /* The same dates as the PDF's cover (hg_doc_cover_line()). */
  if (dates != NULL)
    append_paragraph (w, "Subtitle", dates);
  append_paragraph (w, "Subtitle", w->doc->company);
  if (revisions != NULL)
    {
      append_paragraph (w, "PartTitle", HG_DOC_REVISIONS_TITLE);
      append_table (w, revisions, 1, NULL, 0);
    }
}

/* The revision history of a document without a cover, on a page after it. */
static void
append_revisions_after (Writer *w)
{
  g_autoptr(GPtrArray) revisions = hg_doc_revision_rows (w->doc);

  if (revisions == NULL)
    return;
  w->page_break = TRUE;
  append_paragraph (w, "PartTitle", HG_DOC_REVISIONS_TITLE);
  append_table (w, revisions, 1, NULL, 0);
}

/* Headings carry a bookmark named after their block, which the contents
 * link to and take their page numbers from. */
static void
append_heading (Writer           *w,
                const HgDocBlock *b,
                guint             index)
{
  g_autofree char *plain = hg_doc_block_get_plain (b);
  g_autofree char *dated = hg_doc_chapter_date_line (w->doc, b);

  /* A form (the pledge) is a sheet of its own; one that opens the body
   * (a single form printed alone) is on the page of the title. */
  if ((b->flags & HG_DOC_OWN_SHEET) && index > 0)
    w->page_break = TRUE;
  begin_paragraph (w, b->level == 1 ? "Heading1" : "Heading2", NULL);
  g_string_append_printf (w->out, "<w:bookmarkStart w:id=\"%u\" w:name=\"_Toc%u\"/>", index, index);
  append_run (w->out, NULL, plain);
  g_string_append_printf (w->out, "<w:bookmarkEnd w:id=\"%u\"/></w:p>", index);
  if (dated != NULL)
    {
      begin_paragraph (w, "BodyText", FLUSH_RIGHT);
      append_run (w->out, NULL, dated);
      g_string_append (w->out, "</w:p>");
    }
}

static void
append_block (Writer           *w,
              const HgDocBlock *b,
              guint             index)
{
  switch (b->kind)
    {
    case HG_DOC_HEADING:
      append_heading (w, b, index);
      break;

    case HG_DOC_PARAGRAPH:
      begin_paragraph (w, "BodyText", (b->flags & HG_DOC_ALIGN_END) ? SIGNATURE : NULL);
      if (b->label != NULL)
        {
          g_autofree char *label = g_strdup_printf ("（%s）", b->label);

          append_run (w->out, "<w:rStyle w:val=\"Label\"/>", label);
        }
      append_run (w->out, NULL, b->text);
      g_string_append (w->out, "</w:p>");
      break;

    case HG_DOC_RULE:
      begin_paragraph (w, "Rule", NULL);
      append_run (w->out, NULL, b->number != NULL ? b->number : "");
      g_string_append (w->out, "<w:r><w:tab/></w:r>");
      append_run (w->out, NULL, b->text);
      if (b->flags & HG_DOC_OUTDATED)
        append_run (w->out, "<w:rStyle w:val=\"ReviewMark\"/>", HG_DOC_OUTDATED_MARK);
      g_string_append (w->out, "</w:p>");
      break;

    case HG_DOC_ITEM:
      /* Level 1 of the list lines up with a rule's text. */
      begin_paragraph (w, "ListBullet",
                       hg_doc_is_under_rule (w->doc, index)
                       ? "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"
                       : "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
      append_run (w->out, NULL, b->text);
      g_string_append (w->out, "</w:p>");
      break;

    case HG_DOC_TABLE:
      append_table (w, b->rows, b->header_rows, b,
                    hg_doc_is_under_rule (w->doc, index) ? HG_DOCX_RULE_INDENT : 0);
      /* Two tables in a row would merge into one. */
      g_string_append (w->out, "<w:p><w:pPr><w:pStyle w:val=\"TableEnd\"/></w:pPr></w:p>");
      break;

    default:
      g_assert_not_reached ();
    }
}

/* NULL, with @error set, when @job is cancelled on the way. */
static char *
document_xml (const HgDoc  *doc,
              HgJob        *job,
              GError      **error)
{
  Writer w = { doc, g_string_new (NULL), FALSE };

  g_string_append (w.out, "<w:document xmlns:w=\"" HG_DOCX_NS_W "\" xmlns:r=\"" HG_DOCX_NS_R "\"><w:body>");
  /* A one-page document (the basic policy) has no cover: its revision
   * history follows it. */
  if (hg_doc_wants_contents (doc))
    {
      append_title_page (&w);
      append_contents (&w);
      w.page_break = TRUE;
    }
  else
    append_paragraph (&w, "PageTitle", doc->title);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      if (!hg_job_report (job, i, error))
        return g_string_free (w.out, TRUE);
      append_block (&w, g_ptr_array_index (doc->blocks, i), i);
    }
  if (!hg_doc_wants_contents (doc))
    append_revisions_after (&w);
  /* The cover has no header or footer (titlePg); every page is A4. */
  g_string_append_printf (w.out,
                          "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/>"
                          "<w:footerReference w:type=\"default\" r:id=\"rId11\"/>"
                          "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                          "<w:pgMar w:top=\"%u\" w:right=\"%u\" w:bottom=\"%u\" w:left=\"%u\" "
                          "w:header=\"851\" w:footer=\"680\" w:gutter=\"0\"/>"
                          "<w:cols w:space=\"425\"/><w:titlePg/></w:sectPr></w:body></w:document>",
                          /* A one-page document's page has no header (titlePg):
                           * its text takes that room, and 5 mm more at the foot,
                           * to fit with its signature. */
                          hg_doc_wants_contents (doc) ? 1701 : 1134, HG_DOCX_MARGIN,
                          hg_doc_wants_contents (doc) ? 1418 : 1134, HG_DOCX_MARGIN);
  return g_string_free (w.out, FALSE);
}

static char *
header_xml (const HgDoc *doc)
{
  GString *out = g_string_new ("<w:hdr xmlns:w=\"" HG_DOCX_NS_W "\" xmlns:r=\"" HG_DOCX_NS_R "\">"
                               "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");

  append_run (out, NULL, doc->company);
  g_string_append (out, "<w:r><w:tab/></w:r>");
  append_run (out, NULL, doc->title);
  g_string_append (out, "</w:p></w:hdr>");
  return g_string_free (out, FALSE);
}

static char *
footer_xml (void)
{
  GString *out = g_string_new ("<w:ftr xmlns:w=\"" HG_DOCX_NS_W "\" xmlns:r=\"" HG_DOCX_NS_R "\">"
                               "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");

  append_field (out, "PAGE", "1");
  append_run (out, NULL, " / ");
  append_field (out, "NUMPAGES", "1");
  g_string_append (out, "</w:p></w:ftr>");
  return g_string_free (out, FALSE);
}

static char *
core_xml (const HgDoc *doc,
          GDateTime   *now)
{
  g_autofree char *timestamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  GString *out = g_string_new ("<cp:coreProperties "
                               "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                               "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");

  hg_markup_append_text (out, doc->title, " ");
  g_string_append (out, "</dc:title><dc:creator>");
  hg_markup_append_text (out, doc->company, " ");
  g_string_append_printf (out, "</dc:creator><dc:language>ja-JP</dc:language>"
                               "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
                               "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
                               "</cp:coreProperties>", timestamp, timestamp);
  return g_string_free (out, FALSE);
}

static char *
app_xml (const HgDoc *doc)
{
  GString *out = g_string_new ("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                               "<Application>" PACKAGE_NAME "</Application><Company>");

  hg_markup_append_text (out, doc->company, " ");
  g_string_append (out, "</Company></Properties>");
  return g_string_free (out, FALSE);
}

gboolean
hg_docx_write (const HgDoc  *doc,
               const char   *path,
               GError      **error)
{
  return hg_docx_write_job (doc, path, NULL, error);
}

/* @job (may be NULL) counts the blocks; once it is cancelled, writing
 * stops and no file is left. */
gboolean
hg_docx_write_job (const HgDoc  *doc,
                   const char   *path,
                   HgJob        *job,
                   GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *document = NULL;
  g_autofree char *header = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *core = NULL;
  g_autofree char *app = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  hg_job_set_total (job, doc->blocks->len);
  document = document_xml (doc, job, error);
  if (document == NULL || !hg_job_report (job, doc->blocks->len, error))
    return FALSE;
  header = header_xml (doc);
  footer = footer_xml ();
  core = core_xml (doc, now);
  app = app_xml (doc);
  {
    const HgZipPart parts[] = {
      { "[Content_Types].xml", hg_docx_content_types, FALSE },
      { "_rels/.rels", hg_docx_package_rels, FALSE },
      { "word/_rels/document.xml.rels", hg_docx_document_rels, FALSE },
      { "word/document.xml", document, FALSE },
      { "word/styles.xml", hg_docx_styles, FALSE },
      { "word/numbering.xml", hg_docx_numbering, FALSE },
      { "word/settings.xml", hg_docx_settings, FALSE },
      { "word/fontTable.xml", hg_docx_font_table, FALSE },
      { "word/header1.xml", header, FALSE },
      { "word/footer1.xml", footer, FALSE },
      { "docProps/core.xml", core, FALSE },
      { "docProps/app.xml", app, FALSE },
    };

    return hg_zip_write_parts (path, parts, G_N_ELEMENTS (parts), job, error);
  }
}

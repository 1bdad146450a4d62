/* hg-odt-writer.c
 *
 * content.xml and meta.xml of the OpenDocument file; the shared parts are
 * in hg-odt-parts.c. The structure is the Word file's (hg-docx-writer.c)
 * in ODF's terms: headings are text:h with their outline level, items a
 * text:list, the contents a real table of contents that Writer can update,
 * tables have their header rows in table:table-header-rows so they repeat
 * on every page, and rule numbers stay text before a tab to a hanging
 * indent.
 *
 * Pages: the title page uses the master page "Cover" (no header or
 * footer); the contents and the body start a page with "Standard".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-odt"

#include "config.h"

#include "hg-markup.h"
#include "hg-odt-parts.h"
#include "hg-odt-writer.h"
#include "hg-zip-writer.h"

typedef struct
{
  const HgDoc *doc;
  GString     *out;         /* office:text */
  GString     *automatic;   /* office:automatic-styles */
  const char  *master;      /* the next paragraph starts a page with this master page */
  gboolean     page_break;  /* … or just a new page */
  guint        n_styles;
  guint        n_tables;
} Writer;

/* Points, always with a decimal point whatever the locale. */
static void
append_pt (GString *out,
           double   points)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (number, sizeof number, "%.2f", points));
  g_string_append (out, "pt");
}

/* Opens a paragraph or heading in @style; a pending page break becomes an
 * automatic style based on it, as Writer itself does. */
static void
begin_paragraph (Writer     *w,
                 const char *element,
                 const char *style)
{
  g_autofree char *automatic = NULL;

  if (w->master != NULL || w->page_break)
    {
      automatic = g_strdup_printf ("P%u", ++w->n_styles);
      g_string_append_printf (w->automatic, "<style:style style:name=\"%s\" style:family=\"paragraph\" "
                                            "style:parent-style-name=\"%s\"", automatic, style);
      if (w->master != NULL)
        g_string_append_printf (w->automatic, " style:master-page-name=\"%s\"/>", w->master);
      else
        g_string_append (w->automatic, "><style:paragraph-properties fo:break-before=\"page\"/></style:style>");
      style = automatic;
      w->master = NULL;
      w->page_break = FALSE;
    }
  g_string_append_printf (w->out, "<%s text:style-name=\"%s\"", element, style);
}

static void
append_paragraph (Writer     *w,
                  const char *style,
                  const char *text)
{
  begin_paragraph (w, "text:p", style);
  g_string_append_c (w->out, '>');
  hg_odt_append_text (w->out, text);
  g_string_append (w->out, "</text:p>");
}

/* The cell style of a shaded cell (styles Tone1 to Tone3, HgDocTone). */
static char *
cell_style (const HgDocBlock *tones,
            guint             row,
            guint             column,
            gboolean          header)
{
  HgDocTone tone = tones ? hg_doc_table_get_tone (tones, row, column) : HG_DOC_TONE_NONE;

  if (tone != HG_DOC_TONE_NONE)
    return g_strdup_printf ("Tone%u", (guint) tone);
  return g_strdup (header ? "HeadCell" : "Cell");
}

/* @tones (may be NULL) is the table block whose cells are shaded. */
static void
append_table (Writer           *w,
              GPtrArray        *rows,
              guint             header_rows,
              const HgDocBlock *tones,
              double            indent)
{
  guint width = hg_doc_rows_width (rows);
  double available = HG_ODT_TEXT_WIDTH - indent;
  /* Table text is 9.5 pt. */
  g_autofree double *shares = hg_doc_column_shares (rows, available / 9.5);
  guint n = ++w->n_tables;

  /* A table without rows is no table: Word would call the file damaged. */
  if (rows->len == 0)
    return;
  if (w->master != NULL || w->page_break)
    append_paragraph (w, "Standard", "");

  g_string_append_printf (w->automatic, "<style:style style:name=\"Table%u\" style:family=\"table\">"
                                        "<style:table-properties table:align=\"left\" style:width=\"", n);
  append_pt (w->automatic, available);
  g_string_append (w->automatic, "\" fo:margin-left=\"");
  append_pt (w->automatic, indent);
  g_string_append (w->automatic, "\" fo:margin-top=\"2pt\" fo:margin-bottom=\"6pt\"/></style:style>");
  g_string_append_printf (w->out, "<table:table table:name=\"表%u\" table:style-name=\"Table%u\">", n, n);
  for (guint c = 0; c < width; c++)
    {
      g_string_append_printf (w->automatic, "<style:style style:name=\"Table%u.C%u\" style:family=\"table-column\">"
                                            "<style:table-column-properties style:column-width=\"", n, c);
      append_pt (w->automatic, available * shares[c]);
      g_string_append (w->automatic, "\"/></style:style>");
      g_string_append_printf (w->out, "<table:table-column table:style-name=\"Table%u.C%u\"/>", n, c);
    }

  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);
      gboolean header = r < header_rows;
      guint length = g_strv_length (cells);

      /* Header rows repeat at the top of every page the table spans. */
      if (r == 0 && header)
        g_string_append (w->out, "<table:table-header-rows>");
      /* A row to write in by hand has a style of its height (RowFillIn,
       * RowSeal, below). */
      g_string_append_printf (w->out, "<table:table-row table:style-name=\"%s\">",
                              hg_doc_row_min_height (tones, r) >= HG_DOC_SEAL_MM ? "RowSeal"
                              : hg_doc_row_min_height (tones, r) > 0 ? "RowFillIn" : "Row");
      for (guint c = 0; c < width; c++)
        {
          g_autofree char *style = cell_style (tones, r, c, header);

          g_string_append_printf (w->out, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">"
                                          "<text:p text:style-name=\"%s\">",
                                  style, header ? "Table_20_Heading" : "Table_20_Contents");
          if (c < length)
            hg_odt_append_text (w->out, cells[c]);
          g_string_append (w->out, "</text:p></table:table-cell>");
        }
      g_string_append (w->out, "</table:table-row>");
      if (header && r + 1 == header_rows)
        g_string_append (w->out, "</table:table-header-rows>");
    }
  g_string_append (w->out, "</table:table>");
}

/* A table of contents as Writer makes one, so Tools ▸ Update ▸ Indexes
 * rebuilds it; until then its lines are ours, each linked to its heading
 * and with a page reference that Writer fills in as it lays the pages
 * out. */
static void
append_contents (Writer *w)
{
  static const char *const templates[] = { "Contents_20_1", "Contents_20_2" };

  w->master = "Standard";
  begin_paragraph (w, "text:p", "Contents_20_Heading");
  g_string_append (w->out, ">" HG_DOC_CONTENTS_TITLE "</text:p>"
                           "<text:table-of-content text:name=\"" HG_DOC_CONTENTS_TITLE "\" text:protected=\"true\">"
                           "<text:table-of-content-source text:outline-level=\"2\">");
  for (guint level = 1; level <= 2; level++)
    g_string_append_printf (w->out, "<text:table-of-content-entry-template text:outline-level=\"%u\" "
                                    "text:style-name=\"%s\"><text:index-entry-link-start text:style-name=\"Index_20_Link\"/>"
                                    "<text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\" "
                                    "style:leader-char=\".\"/><text:index-entry-page-number/>"
                                    "<text:index-entry-link-end/></text:table-of-content-entry-template>",
                            level, templates[level - 1]);
  g_string_append (w->out, "</text:table-of-content-source><text:index-body>");
  for (guint i = 0; i < w->doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (w->doc->blocks, i);
      g_autofree char *plain = NULL;

      if (b->kind != HG_DOC_HEADING)
        continue;
      plain = hg_doc_block_get_plain (b);
      g_string_append_printf (w->out, "<text:p text:style-name=\"%s\"><text:a xlink:type=\"simple\" "
                                      "xlink:href=\"#__RefHeading__hg%u\" text:style-name=\"Index_20_Link\" "
                                      "text:visited-style-name=\"Index_20_Link\">",
                              templates[b->level == 1 ? 0 : 1], i);
      hg_odt_append_text (w->out, plain);
      g_string_append_printf (w->out, "<text:tab/><text:bookmark-ref text:reference-format=\"page\" "
                                      "text:ref-name=\"__RefHeading__hg%u\"></text:bookmark-ref></text:a></text:p>",
                              i);
    }
  g_string_append (w->out, "</text:index-body></text:table-of-content>");
}

static void
append_title_page (Writer *w)
{
  g_autoptr(GPtrArray) revisions = hg_doc_revision_rows (w->doc);
  g_autofree char *dates = hg_doc_cover_line (w->doc);

  w->master = "Cover";
  append_paragraph (w, "Title", w->doc->title);
  /* The same dates as the PDF's cover (hg_doc_cover_line()). */
  if (dates != NULL)
    append_paragraph (w, "Subtitle", dates);
  append_paragraph (w, "Subtitle", w->doc->company);
  if (revisions != NULL)
    {
      append_paragraph (w, "Part_20_Title", HG_DOC_REVISIONS_TITLE);
      append_table (w, revisions, 1, NULL, 0);
    }
}

/* Headings are bookmarked whole, as Writer's cross-references want, so
 * the contents can link to them and show their page. */
static void
append_block (Writer           *w,
              const HgDocBlock *b,
              guint             index)
{
  gboolean under_rule = hg_doc_is_under_rule (w->doc, index);
  g_autofree char *plain = NULL;

  switch (b->kind)
    {
    case HG_DOC_HEADING:
      plain = hg_doc_block_get_plain (b);
      /* A form (the pledge) is a sheet of its own; one that opens the
       * body (a single form printed alone) is on the page of the title. */
      if ((b->flags & HG_DOC_OWN_SHEET) && index > 0)
        w->page_break = TRUE;
      begin_paragraph (w, "text:h", b->level == 1 ? "Heading_20_1" : "Heading_20_2");
      g_string_append_printf (w->out, " text:outline-level=\"%u\">"
                                      "<text:bookmark-start text:name=\"__RefHeading__hg%u\"/>",
                              b->level, index);
      hg_odt_append_text (w->out, plain);
      g_string_append_printf (w->out, "<text:bookmark-end text:name=\"__RefHeading__hg%u\"/></text:h>", index);
      {
        g_autofree char *dated = hg_doc_chapter_date_line (w->doc, b);

        if (dated != NULL)
          append_paragraph (w, "Flush_20_Right", dated);
      }
      break;

    case HG_DOC_PARAGRAPH:
      begin_paragraph (w, "text:p", (b->flags & HG_DOC_ALIGN_END) ? "Flush_20_Right"
                                                                  : "Text_20_body");
      g_string_append_c (w->out, '>');
      if (b->label != NULL)
        {
          g_autofree char *label = g_strdup_printf ("（%s）", b->label);

          g_string_append (w->out, "<text:span text:style-name=\"Label\">");
          hg_odt_append_text (w->out, label);
          g_string_append (w->out, "</text:span>");
        }
      hg_odt_append_text (w->out, b->text);
      g_string_append (w->out, "</text:p>");
      break;

    case HG_DOC_RULE:
      begin_paragraph (w, "text:p", "Rule");
      g_string_append_c (w->out, '>');
      hg_odt_append_text (w->out, b->number != NULL ? b->number : "");
      g_string_append (w->out, "<text:tab/>");
      hg_odt_append_text (w->out, b->text);
      if (b->flags & HG_DOC_OUTDATED)
        g_string_append (w->out, "<text:span text:style-name=\"Review_20_Mark\">" HG_DOC_OUTDATED_MARK "</text:span>");
      g_string_append (w->out, "</text:p>");
      break;

    case HG_DOC_ITEM:
      if (hg_doc_item_is_first (w->doc, index))
        g_string_append_printf (w->out, "<text:list text:style-name=\"%s\">",
                                under_rule ? "Bullet_20_Rule" : "Bullet");
      g_string_append (w->out, "<text:list-item>");
      append_paragraph (w, "List_20_Bullet", b->text);
      g_string_append (w->out, "</text:list-item>");
      if (hg_doc_item_is_last (w->doc, index))
        g_string_append (w->out, "</text:list>");
      break;

    case HG_DOC_TABLE:
      append_table (w, b->rows, b->header_rows, b, under_rule ? HG_ODT_RULE_INDENT : 0);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* NULL, with @error set, when @job is cancelled on the way. */
static char *
content_xml (const HgDoc  *doc,
             HgJob        *job,
             GError      **error)
{
  Writer w = { doc, g_string_new (NULL), g_string_new (NULL), NULL, FALSE, 0, 0 };
  GString *content;

  /* A one-page document (the basic policy) has no cover: its revision
   * history follows it. */
  if (hg_doc_wants_contents (doc))
    {
      append_title_page (&w);
      append_contents (&w);
      w.master = "Standard";
    }
  else
    {
      /* The page without a header, as the PDF's first: room for the
       * signature on the one page. */
      w.master = "Cover";
      append_paragraph (&w, "Page_20_Title", doc->title);
    }
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      if (!hg_job_report (job, i, error))
        {
          g_string_free (w.automatic, TRUE);
          return g_string_free (w.out, TRUE);
        }
      append_block (&w, g_ptr_array_index (doc->blocks, i), i);
    }
  if (!hg_doc_wants_contents (doc))
    {
      g_autoptr(GPtrArray) revisions = hg_doc_revision_rows (doc);

      if (revisions != NULL)
        {
          w.page_break = TRUE;
          append_paragraph (&w, "Part_20_Title", HG_DOC_REVISIONS_TITLE);
          append_table (&w, revisions, 1, NULL, 0);
        }
    }

  /* Rows do not break across pages; cells have the Word file's borders. */
  content = g_string_new ("<office:document-content " HG_ODT_NS "><office:automatic-styles>"
                          "<style:style style:name=\"Row\" style:family=\"table-row\">"
                          "<style:table-row-properties fo:keep-together=\"always\"/></style:style>"
                          "<style:style style:name=\"RowFillIn\" style:family=\"table-row\">"
                          "<style:table-row-properties fo:keep-together=\"always\" "
                          "style:min-row-height=\"" G_STRINGIFY (HG_DOC_FILL_IN_MM) "mm\"/></style:style>"
                          "<style:style style:name=\"RowSeal\" style:family=\"table-row\">"
                          "<style:table-row-properties fo:keep-together=\"always\" "
                          "style:min-row-height=\"" G_STRINGIFY (HG_DOC_SEAL_MM) "mm\"/></style:style>"
                          "<style:style style:name=\"Cell\" style:family=\"table-cell\">"
                          "<style:table-cell-properties fo:padding-top=\"1pt\" fo:padding-bottom=\"1pt\" "
                          "fo:padding-left=\"5.4pt\" fo:padding-right=\"5.4pt\" fo:border=\"0.5pt solid #000000\"/>"
                          "</style:style>"
                          "<style:style style:name=\"HeadCell\" style:family=\"table-cell\">"
                          "<style:table-cell-properties fo:background-color=\"#e7e6e6\" fo:padding-top=\"1pt\" "
                          "fo:padding-bottom=\"1pt\" fo:padding-left=\"5.4pt\" fo:padding-right=\"5.4pt\" "
                          "fo:border=\"0.5pt solid #000000\"/></style:style>");
  for (HgDocTone tone = HG_DOC_TONE_LOW; tone <= HG_DOC_TONE_HIGH; tone++)
    g_string_append_printf (content, "<style:style style:name=\"Tone%u\" style:family=\"table-cell\">"
                                     "<style:table-cell-properties fo:background-color=\"%s\" "
                                     "fo:padding-top=\"1pt\" fo:padding-bottom=\"1pt\" "
                                     "fo:padding-left=\"5.4pt\" fo:padding-right=\"5.4pt\" "
                                     "fo:border=\"0.5pt solid #000000\"/></style:style>",
                            (guint) tone, hg_doc_tone_get_color (tone));
  g_string_append_len (content, w.automatic->str, w.automatic->len);
  g_string_append (content, "</office:automatic-styles><office:body><office:text>");
  g_string_append_len (content, w.out->str, w.out->len);
  g_string_append (content, "</office:text></office:body></office:document-content>");
  g_string_free (w.automatic, TRUE);
  g_string_free (w.out, TRUE);
  return g_string_free (content, FALSE);
}

static char *
meta_xml (const HgDoc *doc,
          GDateTime   *now)
{
  g_autofree char *timestamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  GString *out = g_string_new ("<office:document-meta " HG_ODT_NS "><office:meta>"
                               "<meta:generator>" PACKAGE_NAME "/" PACKAGE_VERSION "</meta:generator><dc:title>");

  hg_markup_append_text (out, doc->title, " ");
  g_string_append (out, "</dc:title><meta:initial-creator>");
  hg_markup_append_text (out, doc->company, " ");
  g_string_append (out, "</meta:initial-creator><dc:creator>");
  hg_markup_append_text (out, doc->company, " ");
  g_string_append_printf (out, "</dc:creator><meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>"
                               "<dc:language>ja-JP</dc:language></office:meta></office:document-meta>",
                          timestamp, timestamp);
  return g_string_free (out, FALSE);
}

gboolean
hg_odt_write (const HgDoc  *doc,
              const char   *path,
              GError      **error)
{
  return hg_odt_write_job (doc, path, NULL, error);
}

/* @job (may be NULL) counts the blocks; once it is cancelled, writing
 * stops and no file is left. */
gboolean
hg_odt_write_job (const HgDoc  *doc,
                  const char   *path,
                  HgJob        *job,
                  GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  hg_job_set_total (job, doc->blocks->len);
  content = content_xml (doc, job, error);
  if (content == NULL || !hg_job_report (job, doc->blocks->len, error))
    return FALSE;
  styles = hg_odt_parts_styles (doc);
  meta = meta_xml (doc, now);
  {
    /* The mimetype first and stored, as ODF requires. */
    const HgZipPart parts[] = {
      { "mimetype", HG_ODT_MEDIA_TYPE, TRUE },
      { "META-INF/manifest.xml", hg_odt_manifest, FALSE },
      { "content.xml", content, FALSE },
      { "styles.xml", styles, FALSE },
      { "meta.xml", meta, FALSE },
      { "settings.xml", hg_odt_settings, FALSE },
    };

    return hg_zip_write_parts (path, parts, G_N_ELEMENTS (parts), job, error);
  }
}

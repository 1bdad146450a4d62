/* hg-html-writer.c
 *
 * The same structure as the Word and ODF files, in plain HTML: h1 for the
 * title, h2 for chapters, h3 for sections, each with an id the contents
 * link to; rules as paragraphs whose number sits in a hanging indent;
 * items as lists; tables with their header rows in <thead>, which
 * browsers repeat on every printed page. Every text from the document goes
 * through hg_markup_append_text(), the only place that escapes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-html"

#include "config.h"

#include <string.h>

#include "hg-html-writer.h"
#include "hg-markup.h"
#include "hg-save-file.h"

/* Fonts as in the Word file, then their names on macOS and Linux. The
 * measure stays near 40 Japanese characters a line on a wide screen; on
 * paper the page is A4 with the Word file's margins. */
static const char style[] =
  ":root{--indent:3.5em;}"
  "body{margin:0;background:#fff;color:#1a1a1a;line-height:1.8;font-size:16px;"
  "font-family:\"游明朝\",YuMincho,\"Yu Mincho\",\"Hiragino Mincho ProN\",\"Noto Serif CJK JP\","
  "\"Noto Serif JP\",serif;}"
  "main{max-width:44em;margin:0 auto;padding:2em 1.5em 4em;}"
  "h1,h2,h3,th,.label,.company,nav{font-family:\"游ゴシック\",YuGothic,\"Yu Gothic\",\"Hiragino Sans\","
  "\"Noto Sans CJK JP\",\"Noto Sans JP\",sans-serif;}"
  "h1{font-size:1.8em;text-align:center;margin:2em 0 .3em;line-height:1.4;}"
  ".company{text-align:center;font-size:1.2em;margin:0 0 3em;}"
  "h2{font-size:1.35em;margin:2.2em 0 .8em;padding-bottom:.15em;border-bottom:1px solid #000;line-height:1.4;}"
  "h3{font-size:1.1em;margin:1.6em 0 .4em;line-height:1.4;}"
  "p{margin:0 0 .3em;text-align:justify;}"
  ".para{text-indent:1em;}.label{font-weight:bold;}"
  ".rule{padding-left:var(--indent);text-indent:calc(-1 * var(--indent));}"
  ".rule .num{display:inline-block;width:var(--indent);text-indent:0;}"
  ".review{color:#c00000;font-weight:bold;}"
  "ul{margin:0 0 .4em;padding-left:2em;}"
  "ul.under-rule{padding-left:calc(var(--indent) + 1em);}"
  "ul>li{list-style:none;text-indent:-1em;}"
  "ul>li::before{content:\"・\";}"
  "table{border-collapse:collapse;width:100%;margin:.4em 0 .8em;font-size:.92em;line-height:1.5;}"
  "table.under-rule{margin-left:var(--indent);width:calc(100% - var(--indent));}"
  "th,td{border:1px solid #000;padding:.25em .5em;vertical-align:top;text-align:left;}"
  "th{background:#e7e6e6;text-align:center;}"
  /* Signature lines and a chapter's date: flush right. */
  ".end,.dated{text-align:right;text-indent:0;}.dated{font-size:.9em;margin-top:-.4em;}"
  "nav ol{list-style:none;margin:0;padding:0;}"
  "nav ol ol{padding-left:2em;margin-bottom:.4em;}"
  "nav a{color:inherit;text-decoration:none;}"
  "nav a:hover,nav a:focus{text-decoration:underline;}"
  "@page{size:A4;margin:30mm 25mm 25mm;}"
  "@media print{body{font-size:10.5pt;line-height:1.6;}main{max-width:none;padding:0;}"
  "h1{margin-top:6cm;}.company{margin-bottom:4cm;}"
  "nav,.body-start{break-before:page;}h2,h3{break-after:avoid;}tr{break-inside:avoid;}"
  /* A one-page document has no cover; a form is a sheet of its own. */
  ".one-page h1{margin-top:0;}.one-page .company{margin-bottom:1em;}"
  ".one-page .body-start{break-before:auto;}h2.sheet,.revisions-after{break-before:page;}"
  "a{color:inherit;text-decoration:none;}}";

typedef struct
{
  const HgDoc *doc;
  GString     *out;
} Writer;

static void
append_text (GString    *out,
             const char *text)
{
  hg_markup_append_text (out, text, "<br>");
}

/* In an attribute or the <title>, where markup is not allowed. */
static void
append_line (GString    *out,
             const char *text)
{
  hg_markup_append_text (out, text, " ");
}

static void
append_element (GString    *out,
                const char *tag,
                const char *attributes,
                const char *text)
{
  g_string_append_printf (out, "<%s%s>", tag, attributes);
  append_text (out, text);
  g_string_append_printf (out, "</%s>\n", tag);
}

/* @tones (may be NULL) is the table block whose cells are shaded. */
static void
append_table (Writer           *w,
              GPtrArray        *rows,
              guint             header_rows,
              const HgDocBlock *tones,
              const char       *class)
{
  guint width = hg_doc_rows_width (rows);
  /* The widths the Word and ODF files give the columns, so a column of
   * names does not wrap: a table is about 46 characters wide on A4 and in
   * the page's measure, less the indent under a rule. */
  g_autofree double *shares = hg_doc_column_shares (rows, class[0] != '\0' ? 42.5 : 46);

  /* A table without rows is no table: Word would call the file damaged. */
  if (rows->len == 0)
    return;
  g_string_append_printf (w->out, "<table%s>\n<colgroup>", class);
  for (guint c = 0; c < width; c++)
    {
      char percent[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (w->out, "<col style=\"width:%s%%\">",
                              g_ascii_formatd (percent, sizeof percent, "%.1f", shares[c] * 100));
    }
  g_string_append (w->out, "</colgroup>\n");
  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);
      gboolean header = r < header_rows;
      guint length = g_strv_length (cells);

      if (r == 0)
        g_string_append (w->out, header ? "<thead>\n" : "<tbody>\n");
      if (hg_doc_row_min_height (tones, r) > 0)
        {
          char mm[G_ASCII_DTOSTR_BUF_SIZE];

          /* A row to write in by hand, on a printout of the page. */
          g_string_append_printf (w->out, "<tr style=\"height:%smm\">",
                                  g_ascii_formatd (mm, sizeof mm, "%.0f",
                                                   hg_doc_row_min_height (tones, r)));
        }
      else
        g_string_append (w->out, "<tr>");
      for (guint c = 0; c < width; c++)
        {
          const char *color = tones ? hg_doc_tone_get_color (hg_doc_table_get_tone (tones, r, c))
                                    : NULL;
          g_autofree char *attributes = g_strdup_printf ("%s%s%s%s", header ? " scope=\"col\"" : "",
                                                         color ? " style=\"background:" : "",
                                                         color ? color : "", color ? "\"" : "");

          append_element (w->out, header ? "th" : "td", attributes, c < length ? cells[c] : "");
        }
      g_string_append (w->out, "</tr>\n");
      if (header && r + 1 == header_rows)
        g_string_append (w->out, r + 1 < rows->len ? "</thead>\n<tbody>\n" : "</thead>\n");
    }
  if (rows->len > header_rows)
    g_string_append (w->out, "</tbody>\n");
  g_string_append (w->out, "</table>\n");
}

static void
append_revisions (Writer     *w,
                  GPtrArray  *revisions,
                  const char *attributes)
{
  g_string_append_printf (w->out, "<section aria-labelledby=\"revisions\"%s>\n"
                                  "<h2 id=\"revisions\">" HG_DOC_REVISIONS_TITLE "</h2>\n", attributes);
  append_table (w, revisions, 1, NULL, "");
  g_string_append (w->out, "</section>\n");
}

/* Chapters, with their sections in a list of their own. */
static void
append_contents (Writer *w)
{
  gboolean chapter_open = FALSE, sections_open = FALSE;

  g_string_append (w->out, "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">" HG_DOC_CONTENTS_TITLE
                           "</h2>\n<ol>\n");
  for (guint i = 0; i < w->doc->blocks->len; i++)
    {
      const HgDocBlock *b = g_ptr_array_index (w->doc->blocks, i);
      g_autofree char *plain = NULL;

      if (b->kind != HG_DOC_HEADING)
        continue;
      if (b->level == 1 || !chapter_open)
        {
          if (sections_open)
            g_string_append (w->out, "</ol>");
          if (chapter_open)
            g_string_append (w->out, "</li>\n");
          chapter_open = b->level == 1;
          sections_open = FALSE;
        }
      else if (!sections_open)
        {
          g_string_append (w->out, "\n<ol>\n");
          sections_open = TRUE;
        }
      plain = hg_doc_block_get_plain (b);
      g_string_append_printf (w->out, "<li><a href=\"#h%u\">", i);
      append_text (w->out, plain);
      g_string_append (w->out, b->level == 1 ? "</a>" : "</a></li>\n");
    }
  if (sections_open)
    g_string_append (w->out, "</ol>");
  if (chapter_open)
    g_string_append (w->out, "</li>\n");
  g_string_append (w->out, "</ol>\n</nav>\n");
}

static void
append_block (Writer           *w,
              const HgDocBlock *b,
              guint             index)
{
  const char *class = hg_doc_is_under_rule (w->doc, index) ? " class=\"under-rule\"" : "";
  g_autofree char *plain = NULL;
  g_autofree char *id = NULL;

  switch (b->kind)
    {
    case HG_DOC_HEADING:
      plain = hg_doc_block_get_plain (b);
      id = g_strdup_printf (" id=\"h%u\"%s", index,
                            (b->flags & HG_DOC_OWN_SHEET) && index > 0 ? " class=\"sheet\"" : "");
      append_element (w->out, b->level == 1 ? "h2" : "h3", id, plain);
      {
        g_autofree char *dated = hg_doc_chapter_date_line (w->doc, b);

        if (dated != NULL)
          append_element (w->out, "p", " class=\"dated\"", dated);
      }
      break;

    case HG_DOC_PARAGRAPH:
      g_string_append (w->out, (b->flags & HG_DOC_ALIGN_END) ? "<p class=\"para end\">"
                                                             : "<p class=\"para\">");
      if (b->label != NULL)
        {
          g_string_append (w->out, "<span class=\"label\">（");
          append_text (w->out, b->label);
          g_string_append (w->out, "）</span>");
        }
      append_text (w->out, b->text);
      g_string_append (w->out, "</p>\n");
      break;

    case HG_DOC_RULE:
      g_string_append (w->out, "<p class=\"rule\"><span class=\"num\">");
      append_text (w->out, b->number != NULL ? b->number : "");
      g_string_append (w->out, "</span>");
      append_text (w->out, b->text);
      if (b->flags & HG_DOC_OUTDATED)
        g_string_append (w->out, "<span class=\"review\">" HG_DOC_OUTDATED_MARK "</span>");
      g_string_append (w->out, "</p>\n");
      break;

    case HG_DOC_ITEM:
      if (hg_doc_item_is_first (w->doc, index))
        g_string_append_printf (w->out, "<ul%s>\n", class);
      append_element (w->out, "li", "", b->text);
      if (hg_doc_item_is_last (w->doc, index))
        g_string_append (w->out, "</ul>\n");
      break;

    case HG_DOC_TABLE:
      append_table (w, b->rows, b->header_rows, b, class);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* NULL, with @error set, when @job is cancelled on the way. */
static char *
render (const HgDoc  *doc,
        HgJob        *job,
        GError      **error)
{
  Writer w = { doc, g_string_new ("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<meta name=\"generator\" content=\"" PACKAGE_NAME " " PACKAGE_VERSION "\">\n") };
  g_autoptr(GPtrArray) revisions = NULL;

  g_string_append (w.out, "<meta name=\"author\" content=\"");
  append_line (w.out, doc->company);
  g_string_append (w.out, "\">\n<title>");
  append_line (w.out, doc->title);
  g_string_append (w.out, "　");
  append_line (w.out, doc->company);
  g_string_append_printf (w.out, "</title>\n<style>%s</style>\n</head>\n<body>\n<main%s>\n<header>\n",
                          style, hg_doc_wants_contents (doc) ? "" : " class=\"one-page\"");
  append_element (w.out, "h1", "", doc->title);
  {
    /* The same dates as the PDF's cover (hg_doc_cover_line()). */
    g_autofree char *dates = hg_doc_cover_line (doc);

    if (dates != NULL)
      append_element (w.out, "p", " class=\"dates\"", dates);
  }
  append_element (w.out, "p", " class=\"company\"", doc->company);
  g_string_append (w.out, "</header>\n");

  /* A one-page document's history follows it (append_revisions()). */
  revisions = hg_doc_revision_rows (doc);
  if (revisions != NULL && hg_doc_wants_contents (doc))
    append_revisions (&w, revisions, "");
  if (hg_doc_wants_contents (doc))
    append_contents (&w);

  /* On paper the body starts a page. */
  g_string_append (w.out, "<div class=\"body-start\"></div>\n");
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      if (!hg_job_report (job, i, error))
        return g_string_free (w.out, TRUE);
      append_block (&w, g_ptr_array_index (doc->blocks, i), i);
    }
  if (revisions != NULL && !hg_doc_wants_contents (doc))
    append_revisions (&w, revisions, " class=\"revisions-after\"");
  g_string_append (w.out, "</main>\n</body>\n</html>\n");
  return g_string_free (w.out, FALSE);
}

char *
hg_html_render (const HgDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return render (doc, NULL, NULL);
}

gboolean
hg_html_write (const HgDoc  *doc,
               const char   *path,
               GError      **error)
{
  return hg_html_write_job (doc, path, NULL, error);
}

/* @job (may be NULL) counts the blocks; once it is cancelled, writing
 * stops and no file is left. */
gboolean
hg_html_write_job (const HgDoc  *doc,
                   const char   *path,
                   HgJob        *job,
                   GError      **error)
{
  g_autoptr(HgSaveFile) file = NULL;
  g_autofree char *html = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = hg_save_file_new (path, error);
  if (file == NULL)
    return FALSE;
  hg_save_file_set_job (file, job);
  hg_job_set_total (job, doc->blocks->len);
  html = render (doc, job, error);
  return html != NULL
         && hg_job_report (job, doc->blocks->len, error)
         && hg_save_file_write (file, html, strlen (html), error)
         && hg_save_file_commit (file, error);
}

/* hg-odt-parts.c
 *
 * The styles carry the names LibreOffice gives its own ("Heading 1",
 * "Title", "Contents 1", "Table Contents", "Header"), so the file works
 * in Writer as one made there: the Navigator, the outline and Tools ▸
 * Update ▸ Indexes all see our headings. Measures and looks are those of
 * the Word file (hg-docx-parts.c), so both print alike.
 *
 * Fonts: the Word file's, 游明朝 for the text and 游ゴシック for headings
 * (see hg-docx-parts.c). Where the Yu fonts are missing, LibreOffice 7.4
 * puts a sans-serif face in their place, and it takes no fallback list in
 * svg:font-family (tried: a CSS list, a semicolon list): only a font it
 * has, named outright, would do, and naming Linux's Noto Serif CJK would
 * give Windows users, who have the Yu fonts, a substitute instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-odt"

#include "config.h"

#include <string.h>

#include "hg-markup.h"
#include "hg-odt-parts.h"

#define GOTHIC "style:font-name=\"Arial\" style:font-name-asian=\"游ゴシック\" fo:font-weight=\"bold\" " \
               "style:font-weight-asian=\"bold\""

const char hg_odt_manifest[] =
  "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
  "manifest:version=\"1.3\">"
  "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
  "manifest:media-type=\"" HG_ODT_MEDIA_TYPE "\"/>"
  "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
  "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
  "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
  "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>"
  "</manifest:manifest>";

/* Tab positions count from the paragraph's indent, as in Writer's own
 * files; without this, older readers count them from the page margin. */
const char hg_odt_settings[] =
  "<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
  "xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.3\">"
  "<office:settings><config:config-item-set config:name=\"ooo:configuration-settings\">"
  "<config:config-item config:name=\"TabsRelativeToIndent\" config:type=\"boolean\">true</config:config-item>"
  "</config:config-item-set></office:settings></office:document-settings>";

/* Children of style:style in the order the schema wants: paragraph
 * properties before text properties. */
static const char styles_head[] =
  "<office:document-styles " HG_ODT_NS ">"
  "<office:font-face-decls>"
  "<style:font-face style:name=\"游明朝\" svg:font-family=\"游明朝\" "
  "style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>"
  "<style:font-face style:name=\"游ゴシック\" svg:font-family=\"游ゴシック\" "
  "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
  "<style:font-face style:name=\"Century\" svg:font-family=\"Century\" "
  "style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>"
  "<style:font-face style:name=\"Arial\" svg:font-family=\"Arial\" "
  "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
  "</office:font-face-decls>"

  "<office:styles>"
  "<style:default-style style:family=\"paragraph\">"
  "<style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\" style:punctuation-wrap=\"hanging\" "
  "style:line-break=\"strict\" style:writing-mode=\"lr-tb\"/>"
  "<style:text-properties style:font-name=\"Century\" fo:font-size=\"10.5pt\" fo:language=\"en\" "
  "fo:country=\"US\" style:font-name-asian=\"游明朝\" style:font-size-asian=\"10.5pt\" "
  "style:language-asian=\"ja\" style:country-asian=\"JP\" fo:hyphenate=\"false\"/></style:default-style>"
  "<style:default-style style:family=\"table\"><style:table-properties table:border-model=\"collapsing\"/>"
  "</style:default-style>"

  "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"3pt\" fo:line-height=\"125%\" "
  "fo:text-align=\"justify\" fo:orphans=\"2\" fo:widows=\"2\"/></style:style>"
  "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:class=\"text\">"
  "<style:paragraph-properties fo:text-indent=\"10.5pt\"/></style:style>"
  /* A signature line, a chapter's date: flush right, no indent. */
  "<style:style style:name=\"Flush_20_Right\" style:display-name=\"Flush Right\" "
  "style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
  "<style:paragraph-properties fo:text-align=\"end\" fo:text-indent=\"0pt\" "
  "fo:keep-with-next=\"always\"/></style:style>"
  "<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
  "style:next-style-name=\"Standard\" style:class=\"chapter\"><style:paragraph-properties "
  "fo:margin-top=\"180pt\" fo:margin-bottom=\"24pt\" fo:line-height=\"100%\" fo:text-align=\"center\"/>"
  "<style:text-properties " GOTHIC " fo:font-size=\"22pt\" style:font-size-asian=\"22pt\"/></style:style>"
  "<style:style style:name=\"Subtitle\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
  "style:next-style-name=\"Standard\" style:class=\"chapter\"><style:paragraph-properties "
  "fo:margin-bottom=\"120pt\" fo:text-align=\"center\"/><style:text-properties style:font-name=\"Arial\" "
  "style:font-name-asian=\"游ゴシック\" fo:font-size=\"14pt\" style:font-size-asian=\"14pt\"/></style:style>"
  /* The title at the top of a one-page document, which has no cover. */
  "<style:style style:name=\"Page_20_Title\" style:display-name=\"Page Title\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:class=\"chapter\"><style:paragraph-properties "
  "fo:margin-top=\"0pt\" fo:margin-bottom=\"12pt\" fo:text-align=\"center\" fo:keep-with-next=\"always\"/>"
  "<style:text-properties " GOTHIC " fo:font-size=\"16pt\" style:font-size-asian=\"16pt\"/></style:style>"
  "<style:style style:name=\"Part_20_Title\" style:display-name=\"Part Title\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:class=\"text\"><style:paragraph-properties "
  "fo:margin-top=\"12pt\" fo:margin-bottom=\"6pt\" fo:text-align=\"start\" fo:keep-with-next=\"always\"/>"
  "<style:text-properties " GOTHIC " fo:font-size=\"12pt\" style:font-size-asian=\"12pt\"/></style:style>"

  "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\" "
  "style:default-outline-level=\"1\" style:class=\"text\"><style:paragraph-properties "
  "fo:margin-top=\"18pt\" fo:margin-bottom=\"9pt\" fo:line-height=\"100%\" fo:text-align=\"start\" "
  "fo:keep-with-next=\"always\" fo:padding-bottom=\"1pt\" fo:border-bottom=\"0.75pt solid #000000\" "
  "fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\"/>"
  "<style:text-properties " GOTHIC " fo:font-size=\"14pt\" style:font-size-asian=\"14pt\"/></style:style>"
  "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\" "
  "style:default-outline-level=\"2\" style:class=\"text\"><style:paragraph-properties "
  "fo:margin-top=\"12pt\" fo:margin-bottom=\"3pt\" fo:line-height=\"100%\" fo:text-align=\"start\" "
  "fo:keep-with-next=\"always\"/>"
  "<style:text-properties " GOTHIC " fo:font-size=\"11.5pt\" style:font-size-asian=\"11.5pt\"/></style:style>"

  "<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents Heading\" "
  "style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\">"
  "<style:paragraph-properties fo:margin-bottom=\"12pt\" fo:text-align=\"start\" fo:keep-with-next=\"always\"/>"
  "<style:text-properties " GOTHIC " fo:font-size=\"14pt\" style:font-size-asian=\"14pt\"/></style:style>"
  "<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:class=\"index\"><style:paragraph-properties "
  "fo:margin-top=\"6pt\" fo:margin-bottom=\"0pt\" fo:text-align=\"start\"><style:tab-stops>"
  "<style:tab-stop style:position=\"453.5pt\" style:type=\"right\" style:leader-style=\"dotted\" "
  "style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties>"
  "<style:text-properties style:font-name=\"Arial\" style:font-name-asian=\"游ゴシック\"/></style:style>"
  "<style:style style:name=\"Contents_20_2\" style:display-name=\"Contents 2\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:class=\"index\"><style:paragraph-properties "
  "fo:margin-left=\"21pt\" fo:margin-bottom=\"0pt\" fo:text-align=\"start\"><style:tab-stops>"
  "<style:tab-stop style:position=\"432.5pt\" style:type=\"right\" style:leader-style=\"dotted\" "
  "style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties></style:style>"

  "<style:style style:name=\"Rule\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
  "style:class=\"text\"><style:paragraph-properties fo:margin-left=\"36.75pt\" fo:text-indent=\"-36.75pt\">"
  "<style:tab-stops><style:tab-stop style:position=\"0pt\"/></style:tab-stops>"
  "</style:paragraph-properties></style:style>"
  "<style:style style:name=\"List_20_Bullet\" style:display-name=\"List Bullet\" style:family=\"paragraph\" "
  "style:parent-style-name=\"Standard\" style:class=\"list\">"
  "<style:paragraph-properties fo:margin-bottom=\"1pt\"/></style:style>"
  "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" "
  "style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
  "<style:paragraph-properties fo:margin-top=\"2pt\" fo:margin-bottom=\"2pt\" fo:line-height=\"108%\" "
  "fo:text-align=\"start\"/><style:text-properties fo:font-size=\"9.5pt\" style:font-size-asian=\"9.5pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" "
  "style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\">"
  "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties " GOTHIC "/></style:style>"
  "<style:style style:name=\"Header\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
  "style:class=\"extra\"><style:paragraph-properties fo:margin-bottom=\"0pt\" fo:line-height=\"100%\" "
  "fo:text-align=\"start\" fo:padding-bottom=\"1pt\" fo:border-bottom=\"0.5pt solid #808080\" "
  "fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\"><style:tab-stops>"
  "<style:tab-stop style:position=\"453.5pt\" style:type=\"right\"/></style:tab-stops>"
  "</style:paragraph-properties><style:text-properties fo:color=\"#404040\" fo:font-size=\"9pt\" "
  "style:font-size-asian=\"9pt\"/></style:style>"
  "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
  "style:class=\"extra\"><style:paragraph-properties fo:margin-bottom=\"0pt\" fo:line-height=\"100%\" "
  "fo:text-align=\"center\"/><style:text-properties fo:font-size=\"9pt\" style:font-size-asian=\"9pt\"/>"
  "</style:style>"

  "<style:style style:name=\"Index_20_Link\" style:display-name=\"Index Link\" style:family=\"text\"/>"
  "<style:style style:name=\"Label\" style:family=\"text\"><style:text-properties " GOTHIC "/></style:style>"
  "<style:style style:name=\"Review_20_Mark\" style:display-name=\"Review Mark\" style:family=\"text\">"
  "<style:text-properties fo:color=\"#c00000\" fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"/>"
  "</style:style>"

  /* Bullets with nothing after them: a full-width 「・」 is exactly the
   * hanging indent. The second list is for a rule's items, whose bullets
   * line up with the rule's text. */
  "<text:list-style style:name=\"Bullet\"><text:list-level-style-bullet text:level=\"1\" "
  "text:bullet-char=\"・\"><style:list-level-properties "
  "text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment "
  "text:label-followed-by=\"nothing\" fo:text-indent=\"-10.5pt\" fo:margin-left=\"21pt\"/>"
  "</style:list-level-properties></text:list-level-style-bullet></text:list-style>"
  "<text:list-style style:name=\"Bullet_20_Rule\" style:display-name=\"Bullet Rule\">"
  "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"・\"><style:list-level-properties "
  "text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment "
  "text:label-followed-by=\"nothing\" fo:text-indent=\"-10.5pt\" fo:margin-left=\"47.25pt\"/>"
  "</style:list-level-properties></text:list-level-style-bullet></text:list-style>"

  /* The numbers are part of the headings' text: no outline numbering. */
  "<text:outline-style style:name=\"Outline\">"
  "<text:outline-level-style text:level=\"1\" style:num-format=\"\"/>"
  "<text:outline-level-style text:level=\"2\" style:num-format=\"\"/>"
  "</text:outline-style>"
  "</office:styles>"

  /* A4 with the Word file's margins: the text starts 30 mm from the top
   * and ends 25 mm from the bottom, header and footer in between. */
  "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties "
  "fo:page-width=\"210mm\" fo:page-height=\"297mm\" style:print-orientation=\"portrait\" "
  "fo:margin-top=\"15mm\" fo:margin-bottom=\"12mm\" fo:margin-left=\"25mm\" fo:margin-right=\"25mm\"/>"
  "<style:header-style><style:header-footer-properties fo:min-height=\"0mm\" fo:margin-bottom=\"10mm\"/>"
  "</style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0mm\" "
  "fo:margin-top=\"9mm\"/></style:footer-style></style:page-layout></office:automatic-styles>"

  "<office:master-styles>"
  "<style:master-page style:name=\"Cover\" style:page-layout-name=\"A4\" style:next-style-name=\"Standard\"/>"
  "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
  "<style:header><text:p text:style-name=\"Header\">";

static const char styles_tail[] =
  "</text:p></style:header><style:footer><text:p text:style-name=\"Footer\">"
  "<text:page-number text:select-page=\"current\">1</text:page-number> / "
  "<text:page-count>1</text:page-count></text:p></style:footer></style:master-page>"
  "</office:master-styles></office:document-styles>";

char *
hg_odt_parts_styles (const HgDoc *doc)
{
  GString *out = g_string_new (styles_head);

  hg_odt_append_text (out, doc->company);
  g_string_append (out, "<text:tab/>");
  hg_odt_append_text (out, doc->title);
  g_string_append (out, styles_tail);
  return g_string_free (out, FALSE);
}

/* ODF collapses runs of spaces and drops a leading one, as HTML does;
 * <text:s/> keeps them. */
static void
append_spaces (GString  *out,
               GString  *plain,
               guint     n,
               gboolean  line_start)
{
  if (!line_start)
    {
      g_string_append_c (plain, ' ');
      n--;
    }
  if (n == 0)
    return;
  hg_markup_append_text (out, plain->str, NULL);
  g_string_truncate (plain, 0);
  if (n == 1)
    g_string_append (out, "<text:s/>");
  else
    g_string_append_printf (out, "<text:s text:c=\"%u\"/>", n);
}

void
hg_odt_append_text (GString    *out,
                    const char *text)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  gboolean line_start = TRUE;
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '\n' || *p == '\t')
        {
          hg_markup_append_text (out, plain->str, NULL);
          g_string_truncate (plain, 0);
          g_string_append (out, *p == '\n' ? "<text:line-break/>" : "<text:tab/>");
          line_start = TRUE;
          p++;
        }
      else if (*p == ' ')
        {
          gsize n = strspn (p, " ");

          append_spaces (out, plain, n, line_start);
          line_start = FALSE;
          p += n;
        }
      else
        {
          g_string_append_c (plain, *p);
          line_start = FALSE;
          p++;
        }
    }
  hg_markup_append_text (out, plain->str, NULL);
}

/* hg-docx-parts.c
 *
 * The styles are named as Word names its built-in ones ("heading 1",
 * "Title", "toc 1", "List Bullet", "header"), so Word and LibreOffice map
 * them onto their own: the navigation pane, the contents and the style
 * gallery all work on our file as on one of theirs.
 *
 * Fonts: 游明朝 for the text and 游ゴシック for headings are what Japanese
 * Word has used since Office 2016 and what Windows and macOS install, so
 * the document looks like the company's other documents; Century and
 * Arial, the Latin faces of Japanese Word before that, come with every
 * Windows and keep Latin text in step where the Yu fonts are missing. The
 * font table describes each face (family, Japanese character set) as
 * Word's own files do, for Word's substitution. LibreOffice 7.4 on Linux
 * uses none of it (nor w:altName): without the Yu fonts it sets the text
 * in the system's sans-serif CJK face.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-docx"

#include "config.h"

#include "hg-docx-parts.h"

#define NS_PKG "http://schemas.openxmlformats.org/package/2006/relationships"
#define CT_WORD "application/vnd.openxmlformats-officedocument.wordprocessingml"

#define MINCHO "<w:rFonts w:ascii=\"Century\" w:hAnsi=\"Century\" w:eastAsia=\"游明朝\" w:cs=\"Times New Roman\"/>"
#define GOTHIC "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"游ゴシック\" w:cs=\"Arial\"/>"
#define STR(x) #x
#define XSTR(x) STR (x)
#define RIGHT_TAB "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" XSTR (HG_DOCX_TEXT_WIDTH) "\"/></w:tabs>"

const char hg_docx_content_types[] =
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\" ContentType=\"" CT_WORD ".document.main+xml\"/>"
  "<Override PartName=\"/word/styles.xml\" ContentType=\"" CT_WORD ".styles+xml\"/>"
  "<Override PartName=\"/word/numbering.xml\" ContentType=\"" CT_WORD ".numbering+xml\"/>"
  "<Override PartName=\"/word/settings.xml\" ContentType=\"" CT_WORD ".settings+xml\"/>"
  "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" CT_WORD ".fontTable+xml\"/>"
  "<Override PartName=\"/word/header1.xml\" ContentType=\"" CT_WORD ".header+xml\"/>"
  "<Override PartName=\"/word/footer1.xml\" ContentType=\"" CT_WORD ".footer+xml\"/>"
  "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
  "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
  "</Types>";

const char hg_docx_package_rels[] =
  "<Relationships xmlns=\"" NS_PKG "\">"
  "<Relationship Id=\"rId1\" Type=\"" HG_DOCX_NS_R "/officeDocument\" Target=\"word/document.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" HG_DOCX_NS_R "/extended-properties\" Target=\"docProps/app.xml\"/>"
  "</Relationships>";

const char hg_docx_document_rels[] =
  "<Relationships xmlns=\"" NS_PKG "\">"
  "<Relationship Id=\"rId1\" Type=\"" HG_DOCX_NS_R "/styles\" Target=\"styles.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" HG_DOCX_NS_R "/numbering\" Target=\"numbering.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" HG_DOCX_NS_R "/settings\" Target=\"settings.xml\"/>"
  "<Relationship Id=\"rId4\" Type=\"" HG_DOCX_NS_R "/fontTable\" Target=\"fontTable.xml\"/>"
  "<Relationship Id=\"rId10\" Type=\"" HG_DOCX_NS_R "/header\" Target=\"header1.xml\"/>"
  "<Relationship Id=\"rId11\" Type=\"" HG_DOCX_NS_R "/footer\" Target=\"footer1.xml\"/>"
  "</Relationships>";

/* Children of pPr and rPr are in the order the schema requires: Word
 * calls a file with them out of order damaged. */
const char hg_docx_styles[] =
  "<w:styles xmlns:w=\"" HG_DOCX_NS_W "\">"
  "<w:docDefaults><w:rPrDefault><w:rPr>" MINCHO "<w:kern w:val=\"2\"/>"
  "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-US\" w:eastAsia=\"ja-JP\" w:bidi=\"ar-SA\"/>"
  "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"

  "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
  "<w:pPr><w:widowControl/><w:spacing w:after=\"60\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:style>"
  "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
  "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
  "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
  "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
  "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
  "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
  "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
  "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"

  "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"3600\" w:after=\"480\" w:line=\"240\" w:lineRule=\"auto\"/>"
  "<w:jc w:val=\"center\"/></w:pPr><w:rPr>" GOTHIC "<w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"2400\"/><w:jc w:val=\"center\"/></w:pPr>"
  "<w:rPr>" GOTHIC "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
  /* The title at the top of a one-page document, which has no cover. */
  "<w:style w:type=\"paragraph\" w:styleId=\"PageTitle\"><w:name w:val=\"Page Title\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"240\"/>"
  "<w:jc w:val=\"center\"/></w:pPr><w:rPr>" GOTHIC "<w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"PartTitle\"><w:name w:val=\"Part Title\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"
  "<w:jc w:val=\"left\"/></w:pPr><w:rPr>" GOTHIC "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>"

  "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>"
  "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
  "<w:spacing w:before=\"360\" w:after=\"180\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>"
  "<w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>" GOTHIC "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>"
  "<w:keepLines/><w:spacing w:before=\"240\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>"
  "<w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr>" GOTHIC "<w:b/><w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/></w:rPr></w:style>"

  "<w:style w:type=\"paragraph\" w:styleId=\"TOCHeading\"><w:name w:val=\"TOC Heading\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>"
  "<w:spacing w:after=\"240\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"9\"/></w:pPr>"
  "<w:rPr>" GOTHIC "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:pPr>" RIGHT_TAB
  "<w:spacing w:before=\"120\" w:after=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr>" GOTHIC "</w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"TOC2\"><w:name w:val=\"toc 2\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:pPr>" RIGHT_TAB
  "<w:spacing w:after=\"0\"/><w:ind w:left=\"420\"/><w:jc w:val=\"left\"/></w:pPr></w:style>"

  "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:qFormat/><w:pPr><w:ind w:firstLine=\"210\"/></w:pPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Rule\"><w:name w:val=\"Rule\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:qFormat/><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"" XSTR (HG_DOCX_RULE_INDENT) "\"/></w:tabs>"
  "<w:ind w:left=\"" XSTR (HG_DOCX_RULE_INDENT) "\" w:hanging=\"" XSTR (HG_DOCX_RULE_INDENT) "\"/></w:pPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after=\"20\"/></w:pPr></w:style>"

  "<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:qFormat/><w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"260\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/></w:pPr>"
  "<w:rPr><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"TableHeading\"><w:name w:val=\"Table Heading\"/>"
  "<w:basedOn w:val=\"TableText\"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr>"
  "<w:rPr>" GOTHIC "<w:b/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"TableEnd\"><w:name w:val=\"Table End\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:pPr><w:spacing w:after=\"0\" w:line=\"160\" w:lineRule=\"exact\"/></w:pPr>"
  "<w:rPr><w:sz w:val=\"8\"/><w:szCs w:val=\"8\"/></w:rPr></w:style>"
  "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
  "<w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>"
  "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
  "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
  "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
  "</w:tblBorders></w:tblPr></w:style>"

  "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr>"
  "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/></w:pBdr>"
  "<w:tabs><w:tab w:val=\"right\" w:pos=\"" XSTR (HG_DOCX_TEXT_WIDTH) "\"/></w:tabs>"
  "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/></w:pPr>"
  "<w:rPr><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
  "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
  "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"

  "<w:style w:type=\"character\" w:styleId=\"Label\"><w:name w:val=\"Label\"/>"
  "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/><w:rPr>" GOTHIC "<w:b/></w:rPr></w:style>"
  "<w:style w:type=\"character\" w:styleId=\"ReviewMark\"><w:name w:val=\"Review Mark\"/>"
  "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/><w:rPr><w:b/><w:color w:val=\"C00000\"/></w:rPr></w:style>"
  "</w:styles>";

/* One bulleted list: level 0 for items on their own, level 1 for items
 * that belong to a rule, whose bullets line up with the rule's text. The
 * bullet is followed by nothing rather than a tab, so a full-width 「・」
 * is exactly the hanging indent. */
const char hg_docx_numbering[] =
  "<w:numbering xmlns:w=\"" HG_DOCX_NS_W "\">"
  "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
  "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:suff w:val=\"nothing\"/>"
  "<w:lvlText w:val=\"・\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"420\" w:hanging=\"210\"/></w:pPr>"
  "<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:lvl>"
  "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:suff w:val=\"nothing\"/>"
  "<w:lvlText w:val=\"・\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" XSTR (HG_DOCX_RULE_INDENT_BULLET) "\" "
  "w:hanging=\"210\"/></w:pPr><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:lvl>"
  "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

const char hg_docx_settings[] =
  "<w:settings xmlns:w=\"" HG_DOCX_NS_W "\"><w:zoom w:percent=\"100\"/>"
  "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
  "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
  "w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"ja-JP\"/></w:settings>";

const char hg_docx_font_table[] =
  "<w:fonts xmlns:w=\"" HG_DOCX_NS_W "\">"
  "<w:font w:name=\"游明朝\"><w:altName w:val=\"Yu Mincho\"/><w:charset w:val=\"80\"/>"
  "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
  "<w:font w:name=\"游ゴシック\"><w:altName w:val=\"Yu Gothic\"/><w:charset w:val=\"80\"/>"
  "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
  "<w:font w:name=\"Century\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
  "<w:font w:name=\"Arial\"><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
  "<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
  "<w:pitch w:val=\"variable\"/></w:font></w:fonts>";

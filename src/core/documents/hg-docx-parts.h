/* hg-docx-parts.h: the parts of a Word package that every document shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>


G_BEGIN_DECLS

#define HG_DOCX_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define HG_DOCX_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* In twentieths of a point ("twips"), as WordprocessingML measures. The
 * body text is 10.5 pt, so a full-width character is 210. */
#define HG_DOCX_MARGIN       1418   /* 25 mm left and right */
#define HG_DOCX_TEXT_WIDTH   9070   /* A4 is 11906 wide, less the margins */
#define HG_DOCX_RULE_INDENT  735    /* 3.5 characters: 「（12）」 and a gap */
#define HG_DOCX_RULE_INDENT_BULLET 945  /* a rule's items: the bullet where its text starts */

/* The parts that do not depend on the document. The document's
 * relationships name its header "rId10" and its footer "rId11". */
extern const char hg_docx_content_types[];
extern const char hg_docx_package_rels[];
extern const char hg_docx_document_rels[];
extern const char hg_docx_styles[];
extern const char hg_docx_numbering[];
extern const char hg_docx_settings[];
extern const char hg_docx_font_table[];

G_END_DECLS

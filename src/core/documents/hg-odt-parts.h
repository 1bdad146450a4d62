/* hg-odt-parts.h: the parts of an ODF text package that every document shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-doc.h"

G_BEGIN_DECLS

#define HG_ODT_MEDIA_TYPE "application/vnd.oasis.opendocument.text"

#define HG_ODT_NS \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " \
  "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" " \
  "xmlns:xlink=\"http://www.w3.org/1999/xlink\" " \
  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " \
  "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" " \
  "office:version=\"1.3\""

/* In points, the same measures as the Word file's (hg-docx-parts.h). */
#define HG_ODT_TEXT_WIDTH   453.5   /* A4's 210 mm less 25 mm each side */
#define HG_ODT_RULE_INDENT  36.75   /* 3.5 characters of 10.5 pt */

extern const char hg_odt_manifest[];
extern const char hg_odt_settings[];

/* styles.xml: fonts, styles, the A4 page, and the master pages: "Cover"
 * without header or footer, "Standard" with the company and title above
 * and the page number below. */
char     *hg_odt_parts_styles      (const HgDoc  *doc);
/* Appends @text as ODF paragraph content: line feeds, tabs and runs of
 * spaces become the elements ODF keeps them with. */
void      hg_odt_append_text       (GString      *out,
                                    const char   *text);

G_END_DECLS

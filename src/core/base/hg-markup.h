/* hg-markup.h: text from a document, escaped for XML and HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text so that it reads back as itself in element content or in
 * a double-quoted attribute, in XML 1.0 and in HTML: & < > " become
 * references; characters XML 1.0 cannot carry at all (most C0
 * controls, U+FFFE, U+FFFF) are dropped and invalid UTF-8 is repaired.
 * Each line feed becomes @line_break (markup, appended as is), or stays
 * a line feed when @line_break is NULL. */
void hg_markup_append_text (GString    *out,
                            const char *text,
                            const char *line_break);

G_END_DECLS

/* hg-markup.c
 *
 * One escaping function for every file we write: the company's name and
 * every answer end up in the documents, and a name like 「<&>"'」 must be
 * text there, never markup. g_markup_escape_text() is not enough: it
 * turns control characters into references that XML 1.0 forbids, and a
 * part with one is a document Word refuses to open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-markup"

#include "config.h"

#include "hg-markup.h"

void
hg_markup_append_text (GString    *out,
                       const char *text,
                       const char *line_break)
{
  g_autofree char *valid = NULL;
  const char *run;
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (run = p = text; *p != '\0'; p++)
    {
      guchar ch = (guchar) *p;
      const char *replacement;
      gsize skip = 1;

      if (ch == '&')
        replacement = "&amp;";
      else if (ch == '<')
        replacement = "&lt;";
      else if (ch == '>')
        replacement = "&gt;";
      else if (ch == '"')
        replacement = "&quot;";
      else if (ch == '\n' && line_break != NULL)
        replacement = line_break;
      else if (ch < 0x20 && ch != '\t' && ch != '\n')
        replacement = "";
      else if (ch == 0xEF && (guchar) p[1] == 0xBF && ((guchar) p[2] == 0xBE || (guchar) p[2] == 0xBF))
        {
          replacement = "";
          skip = 3;
        }
      else
        continue;

      g_string_append_len (out, run, p - run);
      g_string_append (out, replacement);
      p += skip - 1;
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
}

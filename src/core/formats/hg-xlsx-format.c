/* hg-xlsx-format.c: how values and names are written in a spreadsheet
 *
 * The rules Excel holds a workbook to — cell references, the escapes its
 * XML needs, what counts as a number or a date, what a sheet may be called
 * — apart from the writer that streams the parts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-xlsx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hg-markup.h"
#include "hg-xlsx-format.h"

#define MAX_SHEET_NAME  31     /* characters */

/* 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
void
_hg_xlsx_column_name (guint  column,
                      char   name[4])
{
  char letters[4];
  int n = 0, i;

  column++;
  while (column > 0 && n < 3)
    {
      letters[n++] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  for (i = 0; i < n; i++)
    name[i] = letters[n - 1 - i];
  name[n] = '\0';
}

static gboolean
is_hex_digit_run (const char *p,
                  int         n)
{
  for (int i = 0; i < n; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;
  return TRUE;
}

/* Escapes @text (valid UTF-8) for element content or a double-quoted
 * attribute. XML 1.0 cannot carry most C0 control characters at all, so
 * those become Excel's own "_xHHHH_" escape, which Excel, Calc and our
 * reader turn back into the character; a literal "_x0041_" in the text gets
 * its underscore escaped the same way so it is not mistaken for one. A
 * carriage return would be turned into a line feed by any XML parser, so it
 * is escaped too. The XML escaping is then the documents' own, which also
 * drops U+FFFE and U+FFFF: they are not characters. */
void
_hg_xlsx_append_text (GString    *out,
                      const char *text)
{
  g_autoptr(GString) excel = NULL;
  const char *run = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar ch = (guchar) *p;
      char escape[8];

      if (ch < 0x20 && ch != '\t' && ch != '\n')
        g_snprintf (escape, sizeof escape, "_x%04X_", ch);
      else if (ch == '_' && p[1] == 'x' && is_hex_digit_run (p + 2, 4) && p[6] == '_')
        g_strlcpy (escape, "_x005F_", sizeof escape);
      else
        continue;

      if (excel == NULL)
        excel = g_string_new (NULL);
      g_string_append_len (excel, run, p - run);
      g_string_append (excel, escape);
      run = p + 1;
    }
  if (excel != NULL)
    {
      g_string_append (excel, run);
      text = excel->str;
    }
  hg_markup_append_text (out, text, NULL);
}

/* Excel counts a cell's length in UTF-16 code units. */
gsize
_hg_xlsx_utf16_length (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  return n;
}

/* Only plain decimal notation as a person or our database writes it
 * ("12", "-3.5", "1e6") becomes a number. Anything else ("0x1A", "inf",
 * "1,000", "007", or more digits than a double keeps) stays text, so the
 * export never changes what the user sees. */
gboolean
_hg_xlsx_is_plain_number (const char *text)
{
  const char *p = text;
  const char *end;
  int significant = 0;
  int trailing_zeros = 0;
  gboolean leading = TRUE;
  gboolean integer = TRUE;
  double value;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p) || (p[0] == '0' && g_ascii_isdigit (p[1])))
    return FALSE;
  for (; g_ascii_isdigit (*p) || *p == '.'; p++)
    {
      if (*p == '.')
        {
          integer = FALSE;
          if (!g_ascii_isdigit (p[1]) || strchr (p + 1, '.') != NULL)
            return FALSE;
          continue;
        }
      if (leading && *p == '0')
        continue;
      leading = FALSE;
      significant++;
      trailing_zeros = *p == '0' ? trailing_zeros + 1 : 0;
    }
  if (*p == 'e' || *p == 'E')
    {
      integer = FALSE;
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0' || significant - trailing_zeros > 15)
    return FALSE;
  /* A short integer is always finite: no strtod() for the small numbers
   * of which exports are mostly made. */
  if (integer && p - text <= 16)
    return TRUE;

  value = g_ascii_strtod (text, (char **) &end);
  return *end == '\0' && isfinite (value);
}

/* "YYYY-MM-DD" to Excel's serial day number in the 1900 date system: days
 * since 1899-12-30. Excel believes 1900 had a 29 February and LibreOffice
 * does not, so they show serials before 1900-03-01 as different dates;
 * such dates (and earlier ones, which have no serial) stay text. */
gboolean
_hg_xlsx_date_serial (const char *text,
                      guint      *serial)
{
  GDateDay day;
  GDateMonth month;
  GDateYear year;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) epoch = NULL;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (GDateYear) g_ascii_strtoull (text, NULL, 10);
  month = (GDateMonth) g_ascii_strtoull (text + 5, NULL, 10);
  day = (GDateDay) g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1900 || (year == 1900 && month <= 2) || !g_date_valid_dmy (day, month, year))
    return FALSE;

  date = g_date_new_dmy (day, month, year);
  epoch = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  *serial = g_date_get_julian (date) - g_date_get_julian (epoch);
  return TRUE;
}

/* Excel refuses a workbook whose sheet name is empty, longer than 31
 * characters, contains : \ / ? * [ ] or starts or ends with an apostrophe.
 * The name comes from a translation, so rather than failing the export we
 * make it acceptable. */
char *
_hg_xlsx_make_sheet_name (const char *name)
{
  g_autofree char *valid = NULL;
  GString *out = g_string_new (NULL);
  guint n = 0;

  valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  for (const char *p = valid; *p != '\0' && n < MAX_SHEET_NAME; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0xFFFE || c == 0xFFFF
          || (c < 0x80 && strchr (":\\/?*[]", (int) c) != NULL)
          || (c == '\'' && (p == valid || p[1] == '\0' || n == MAX_SHEET_NAME - 1)))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
  if (out->len == 0 || g_ascii_strcasecmp (out->str, "History") == 0)
    g_string_assign (out, "Sheet1");
  return g_string_free (out, FALSE);
}

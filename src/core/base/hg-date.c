/* hg-date.c
 *
 * Every date the workbook keeps (registration, disposal, approval, hire,
 * training, due dates) is parsed here, so the forms, the imports and the CLI
 * accept the same spellings and store the same ISO form; and every date the
 * interface shows is formatted here, so it reads the same everywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hg-date.h"
#include "hg-error.h"
#include "hg-text.h"

/* The Japanese eras a register can still hold. Heisei, Shōwa and Taishō
 * are kept because registers carry dates from long ago: birth dates and
 * hire dates of older staff, old approvals. Era days overlap where one
 * era ended and the next began on the same day (25 December 1926). */
typedef struct {
  const char *kanji;
  char        letter;
  guint       first_year;   /* Gregorian year of the era's year 1 */
  guint       start;        /* first and last day as YYYYMMDD */
  guint       end;
} Era;

static const Era eras[] = {
  { "令和", 'R', 2019, 20190501, 99991231 },
  { "平成", 'H', 1989, 19890108, 20190430 },
  { "昭和", 'S', 1926, 19261225, 19890107 },
  { "大正", 'T', 1912, 19120730, 19261225 },
};

/* Reads 1 to @max_digits ASCII digits; FALSE if there are none. */
static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n = 0, digits = 0;

  while (g_ascii_isdigit (**p) && digits < max_digits)
    {
      n = n * 10 + (guint) (**p - '0');
      (*p)++;
      digits++;
    }
  if (digits == 0 || g_ascii_isdigit (**p))
    return FALSE;
  *value = n;
  return TRUE;
}

/* People type dates with spaces between the parts and with full-width
 * punctuation; hg_text_normalize() has already folded full-width digits. */
static char *
squeeze (const char *normalized)
{
  GString *out = g_string_sized_new (strlen (normalized));

  for (const char *p = normalized; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\t' || c == 0x3000)
        continue;
      if (c == 0xFF0F)
        g_string_append_c (out, '/');
      else if (c == 0xFF0E)
        g_string_append_c (out, '.');
      else if (c >= 0xFF21 && c <= 0xFF3A)   /* full-width R, H */
        g_string_append_c (out, (char) ('A' + (c - 0xFF21)));
      else if (c >= 0xFF41 && c <= 0xFF5A)
        g_string_append_c (out, (char) ('a' + (c - 0xFF41)));
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const Era *
read_era (const char **p)
{
  for (gsize i = 0; i < G_N_ELEMENTS (eras); i++)
    {
      if (g_str_has_prefix (*p, eras[i].kanji))
        {
          *p += strlen (eras[i].kanji);
          return &eras[i];
        }
      if (g_ascii_toupper (**p) == eras[i].letter)
        {
          (*p)++;
          return &eras[i];
        }
    }
  return NULL;
}

/* Whether @text is shaped as a stored date: YYYY-MM-DD in ASCII digits. */
static gboolean
has_stored_shape (const char *text)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static guint
digits_value (const char *text,
              guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (text[i] - '0');
  return value;
}

/* Whether @text is a date in the stored form, YYYY-MM-DD, and a real day:
 * hg_date_parse() would give it back unchanged. An import checks such a
 * date where it lies, without the copies a parse makes. */
gboolean
hg_date_is_stored (const char *text)
{
  return has_stored_shape (text)
         && g_date_valid_dmy ((GDateDay) digits_value (text + 8, 2),
                              (GDateMonth) digits_value (text + 5, 2),
                              (GDateYear) digits_value (text, 4));
}

/* Accepts 2026-04-01, 2026/4/1, 2026.4.1, 2026年4月1日, 令和8年4月1日,
 * 令和元年5月1日, R8.4.1, R8/4/1, H31.4.30, 昭和64年1月7日, S50.4.1, T15.12.25
 * (full-width digits and spaces too); an empty text is a valid empty date. An era date must fall inside
 * its era (R1.4.30 is refused: Reiwa began on 1 May 2019). */
gboolean
hg_date_parse (const char  *text,
               char       **iso)
{
  g_autofree char *normalized = NULL;
  g_autofree char *s = NULL;
  const char *p;
  const Era *era;
  guint y = 0, m = 0, d = 0;
  gboolean kanji;

  /* A date already in the stored form, as every exported register holds
   * them, is checked where it lies: the way below gives the same result
   * through three copies. */
  if (has_stored_shape (text))
    {
      if (!hg_date_is_stored (text))
        return FALSE;
      *iso = g_strdup (text);
      return TRUE;
    }

  normalized = hg_text_normalize (text);

  if (normalized[0] == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }
  s = squeeze (normalized);
  p = s;

  era = read_era (&p);
  if (era != NULL && g_str_has_prefix (p, "元"))
    {
      p += strlen ("元");
      y = 1;
    }
  else if (!read_number (&p, era != NULL ? 2 : 4, &y))
    return FALSE;
  if (era == NULL && p - s != 4)
    return FALSE;

  kanji = g_str_has_prefix (p, "年");
  if (kanji)
    {
      p += strlen ("年");
      if (!read_number (&p, 2, &m) || !g_str_has_prefix (p, "月"))
        return FALSE;
      p += strlen ("月");
      if (!read_number (&p, 2, &d) || !g_str_has_prefix (p, "日"))
        return FALSE;
      p += strlen ("日");
    }
  else
    {
      char sep = *p;

      if (sep == '\0' || strchr ("-/.", sep) == NULL)
        return FALSE;
      p++;
      if (!read_number (&p, 2, &m) || *p != sep)
        return FALSE;
      p++;
      if (!read_number (&p, 2, &d))
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;

  if (era != NULL)
    {
      guint ymd;

      if (y == 0)
        return FALSE;
      y += era->first_year - 1;
      ymd = y * 10000 + m * 100 + d;
      if (ymd < era->start || ymd > era->end)
        return FALSE;
    }
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  *iso = g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return TRUE;
}

/* A date field of an edit as the user typed it: empty or NULL is today;
 * text that is not a date is refused as "FIELD: “TEXT” is not a date…". */
gboolean
hg_date_parse_or_today (const char  *text,
                        const char  *field,
                        char       **iso,
                        GError     **error)
{
  g_autofree char *problem = NULL;

  *iso = NULL;
  if (text == NULL || hg_date_parse (text, iso))
    {
      /* Blank is a valid empty date: the edit's date is then today. */
      if (*iso == NULL || (*iso)[0] == '\0')
        {
          g_free (*iso);
          *iso = hg_text_today ();
        }
      return TRUE;
    }
  g_clear_pointer (iso, g_free);
  problem = g_strdup_printf (_("“%s” is not a date: write it as 2026-04-01"), text);
  return hg_error_invalid_field (error, field, problem);
}

/* Formats a stored date with a g_date_time_format() @format; a text that is
 * not a stored date comes back unchanged, so nothing shown is ever lost. */
char *
hg_date_format_with (const char *iso,
                     const char *format)
{
  g_autoptr(GDateTime) dt = NULL;
  guint y, m, d;
  char *out;

  if (iso == NULL)
    return g_strdup ("");
  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-'
      || sscanf (iso, "%4u-%2u-%2u", &y, &m, &d) != 3
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return g_strdup (iso);
  dt = g_date_time_new_utc ((int) y, (int) m, (int) d, 0, 0, 0);
  out = dt != NULL ? g_date_time_format (dt, format) : NULL;
  return out != NULL ? out : g_strdup (iso);
}

char *
hg_date_format (const char  *iso,
                HgDateStyle  style)
{
  if (style == HG_DATE_STYLE_ISO)
    return g_strdup (iso != NULL ? iso : "");
  /* TRANSLATORS: how a date is written, for g_date_time_format(): %B is the
   * month's name in the current locale, so a language without month names
   * writes numbers (ja: %Y年%-m月%-d日). */
  /* xgettext:no-c-format */
  return hg_date_format_with (iso, C_("date", "%-d %B %Y"));
}

/* A length of time given in minutes as a Japanese document writes it: in
 * whole hours, 「1440分」 as 「24時間」 (a day is said so), from two days
 * in whole days, 「2880分」 as 「2日」; else 「90分」 as it is. With @span it is a span of time,
 * 「30分間」「24時間」「2日間」 (時間 is already one). Documents are in
 * their pack's language, so this is not translated. */
char *
hg_date_format_minutes (guint    minutes,
                        gboolean span)
{
  const char *suffix = span ? "間" : "";

  if (minutes >= 2 * 24 * 60 && minutes % (24 * 60) == 0)
    return g_strdup_printf ("%u日%s", minutes / (24 * 60), suffix);
  if (minutes > 0 && minutes % 60 == 0)
    return g_strdup_printf ("%u時間", minutes / 60);
  return g_strdup_printf ("%u分%s", minutes, suffix);
}

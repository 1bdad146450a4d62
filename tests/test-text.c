/* test-text.c: the fast paths of hg_text_normalize_into() and
 * hg_text_check() give what the straightforward way gives
 *
 * An import checks every cell of a file with both, so they take shortcuts
 * (a cell copied whole, one pass instead of three). The straightforward
 * versions they replaced are kept here, and both are run over every short
 * string built from pieces that touch each rule: spaces at the ends, line
 * breaks, controls, full-width digits, text NFC changes, bytes that are not
 * UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-text.h"

/* hg_text_normalize_into() as it was: NFC of the whole text, then the
 * trim and the rewrites a character at a time. */
static char *
reference_normalize (const char *value)
{
  g_autofree char *nfc = g_utf8_normalize (value, -1, G_NORMALIZE_NFC);
  GString *out = g_string_new (NULL);
  const char *start;
  const char *end;

  if (nfc == NULL)
    {
      g_string_append (out, value);
      return g_string_free (out, FALSE);
    }
  start = nfc;
  while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r'
         || g_str_has_prefix (start, "\u3000"))
    start += g_str_has_prefix (start, "\u3000") ? 3 : 1;
  end = start + strlen (start);
  while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'
                         || (end - start >= 3 && g_str_has_prefix (end - 3, "\u3000"))))
    end -= (end - start >= 3 && g_str_has_prefix (end - 3, "\u3000")) ? 3 : 1;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p + 1 >= end || p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (out, (char) ('0' + (c - 0xFF10)));
      else if (c == 0xFF0D || c == 0x2212)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_trimmed (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
}

static gboolean
is_control (gunichar c)
{
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

/* hg_text_check() as it was: validate, find the ends, then look for
 * controls, in three passes. */
static char *
reference_check (const char  *text,
                 guint        max_chars,
                 HgTextFlags  flags)
{
  const char *invalid = NULL;
  const char *first = NULL;
  const char *last = NULL;
  guint position = 0;
  guint length = 0;

  if (!g_utf8_validate (text, -1, &invalid))
    return g_strdup_printf (_("Not valid UTF-8 text at position %u"),
                            (guint) g_utf8_strlen (text, invalid - text) + 1);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!is_trimmed (g_utf8_get_char (p)))
      {
        if (first == NULL)
          first = p;
        last = g_utf8_next_char (p);
      }
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean inside = first != NULL && p >= first && p < last;

      position++;
      if (inside)
        length++;
      if (!is_control (c))
        continue;
      if (is_trimmed (c) && (!inside || (flags & HG_TEXT_MULTILINE)))
        continue;
      return g_strdup_printf (_("Contains a control character (U+%04X) at position %u"), c,
                              position);
    }
  if (first == NULL)
    return (flags & HG_TEXT_REQUIRED) ? g_strdup (_("Required")) : NULL;
  if (length > max_chars)
    return g_strdup (hg_text_too_long_message (max_chars));
  return NULL;
}

/* Each touches a rule: trimmed ends, line breaks, controls (C0, DEL, C1),
 * rewritten digits and minus signs, text NFC changes or composes (a
 * combining mark after kana, Ω, half-width kana), characters outside the
 * fast path (4 bytes, Latin past U+02FF, U+FFFE, around the surrogates),
 * and bytes that are not UTF-8 (cut, overlong, a surrogate, past U+10FFFF,
 * 0xFF). */
static const char *pieces[] = {
  "a", " ", "\t", "\n", "\r", "\u3000", "山", "カ", "\u3099", "１", "－", "\u2212", "ｶﾞ",
  "e\u0301", "\u2126", "é", "\u0394", "😀", "\x01", "\x1b", "\x7f", "\xc2\x85", "\xff",
  "\xe3\x80", "\xc0\xaf", "\xed\xa0\x80", "ー", "、", "\xef\xbf\xbe", "\xed\x9f\xbf",
  "\xee\x80\x80", "\xf4\x90\x80\x80",
};

static void
check_one (GString    *text,
           GString    *buffer)
{
  g_autofree char *expected = reference_normalize (text->str);
  const char *got = hg_text_normalize_into (buffer, text->str);

  if (g_strcmp0 (got, expected) != 0)
    g_error ("hg_text_normalize_into (\"%s\") gave \"%s\", expected \"%s\"",
             g_strescape (text->str, NULL), g_strescape (got, NULL),
             g_strescape (expected, NULL));

  for (guint f = 0; f < 4; f++)
    for (guint max = 1; max <= 4; max += 3)
      {
        g_autofree char *want = reference_check (text->str, max, f);
        const char *problem = hg_text_check (text->str, max, f);

        if (g_strcmp0 (problem, want) != 0)
          g_error ("hg_text_check (\"%s\", %u, %u) gave \"%s\", expected \"%s\"",
                   g_strescape (text->str, NULL), max, f, problem, want);
      }
}

/* Every string of up to three pieces, then longer random ones. */
static void
test_same_as_reference (void)
{
  g_autoptr(GString) text = g_string_sized_new (512);
  g_autoptr(GString) buffer = g_string_new (NULL);
  guint n = G_N_ELEMENTS (pieces);
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);

  /* g_utf8_normalize() (GLib 2.74) reads up to three bytes past the end of
   * a text that ends in a cut character: the texts, all far shorter, stay
   * in zeroed room. */
  memset (text->str, 0, text->allocated_len);

  for (guint i = 0; i <= n; i++)
    for (guint j = 0; j <= n; j++)
      for (guint k = 0; k <= n; k++)
        {
          g_string_truncate (text, 0);
          g_string_append (text, i < n ? pieces[i] : "");
          g_string_append (text, j < n ? pieces[j] : "");
          g_string_append (text, k < n ? pieces[k] : "");
          check_one (text, buffer);
        }

  for (guint r = 0; r < 20000; r++)
    {
      guint length = g_rand_int_range (rand, 4, 12);

      g_string_truncate (text, 0);
      for (guint i = 0; i < length; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, n)]);
      check_one (text, buffer);
    }
}

/* A number stands against the word it counts; Latin words keep their
 * spaces. */
static void
test_join_numbers (void)
{
  static const char *cases[][2] = {
    { "資産 20 件について", "資産20件について" },
    { "6〜9 を大、4 を中", "6〜9を大、4を中" },
    { "ほかに  3 件あります。", "ほかに3件あります。" },
    { "Excel 形式の出力", "Excel 形式の出力" },
    { "ISO 27001 の管理策", "ISO 27001の管理策" },
    { "第 2 版", "第2版" },
    { "20 30", "20 30" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = hg_text_join_numbers (cases[i][0]);

      g_assert_cmpstr (joined, ==, cases[i][1]);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/join-numbers", test_join_numbers);
  g_test_add_func ("/text/same-as-reference", test_same_as_reference);
  return g_test_run ();
}

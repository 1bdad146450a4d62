/* hg-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-text.h"

static gboolean
is_space_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The character of a two- or three-byte UTF-8 sequence at @p, or 0 for
 * anything else (a longer or overlong sequence, a bad continuation byte, the
 * end of the text): what the scan below needs, without a call a character. */
static inline gunichar
decode_short (const guchar *p,
              guint        *length)
{
  if (p[0] >= 0xC2 && p[0] <= 0xDF && (p[1] & 0xC0) == 0x80)
    {
      *length = 2;
      return ((gunichar) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    {
      gunichar c = ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6)
                   | (p[2] & 0x3F);

      *length = 3;
      return c >= 0x800 ? c : 0;
    }
  return 0;
}

/* Whether NFC leaves @value as it is, judged without allocating: every
 * character is one that NFC never changes nor combines with what comes
 * before it (ASCII and Latin up to U+02FF, Japanese punctuation, kana,
 * the unified ideographs, full-width forms). Anything else, and anything
 * not UTF-8, goes the slow way through g_utf8_normalize(). Nearly every
 * cell of a register passes: normalizing was a third of an import.
 *
 * The same pass gives the length and notes whether anything inside needs
 * rewriting (a CR, a full-width digit or minus): a cell with none, the
 * usual one, is copied whole. */
static gboolean
is_nfc_stable (const char *value,
               gsize      *length,
               gboolean   *rewrite)
{
  const guchar *p = (const guchar *) value;

  *rewrite = FALSE;
  for (;;)
    {
      gunichar c;
      guint n;

      if (*p < 0x80)
        {
          if (*p == '\0')
            break;
          *rewrite |= *p == '\r';
          p++;
          continue;
        }
      c = decode_short (p, &n);
      if (!(c >= 0x80 && c < 0x300)
          && !(c >= 0x3000 && c <= 0x3098 && !(c >= 0x302A && c <= 0x302F))
          && !(c >= 0x309B && c <= 0x30FF)
          && !(c >= 0x3400 && c <= 0x4DBF)
          && !(c >= 0x4E00 && c <= 0x9FFF)
          && !(c >= 0xFF01 && c <= 0xFFEF))
        return FALSE;
      *rewrite |= (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0D;
      p += n;
    }
  *length = (const char *) p - value;
  return TRUE;
}

/* Whether an ideographic space (U+3000) starts at @p. */
static inline gboolean
is_ideographic_space (const char *p)
{
  return p[0] == '\xE3' && p[1] == '\x80' && p[2] == '\x80';
}

/**
 * hg_text_normalize_into:
 * @out: where the result goes; its contents are replaced
 * @value: (nullable): the text
 *
 * hg_text_normalize() into a buffer the caller reuses, for checks of many
 * cells that would otherwise allocate one string each.
 *
 * Returns: @out's text
 */
const char *
hg_text_normalize_into (GString    *out,
                        const char *value)
{
  g_autofree char *nfc = NULL;
  const char *start;
  const char *end;
  gsize length;
  gboolean rewrite;

  g_string_truncate (out, 0);
  if (value == NULL)
    return out->str;
  if (!is_nfc_stable (value, &length, &rewrite))
    {
      nfc = g_utf8_normalize (value, -1, G_NORMALIZE_NFC);
      if (nfc == NULL)
        {
          g_string_append (out, value);
          return out->str;
        }
      value = nfc;
      length = strlen (nfc);
      rewrite = TRUE;
    }

  start = value;
  end = value + length;
  while (start < end && (is_space_byte (*start) || is_ideographic_space (start)))
    start += is_space_byte (*start) ? 1 : 3;
  while (end > start && (is_space_byte (end[-1])
                         || (end - start >= 3 && is_ideographic_space (end - 3))))
    end -= is_space_byte (end[-1]) ? 1 : 3;

  if (!rewrite)
    {
      /* Sized, then copied: cheaper than an append, which checks overlap. */
      g_string_set_size (out, end - start);
      memcpy (out->str, start, end - start);
      return out->str;
    }

  /* Runs of bytes that stay as they are are copied whole. */
  for (const char *p = start, *run = start; ; )
    {
      const char *next;
      gunichar c;

      if (p >= end)
        {
          g_string_append_len (out, run, p - run);
          break;
        }
      if ((guchar) *p < 0x80)
        {
          if (*p++ != '\r')
            continue;
          g_string_append_len (out, run, p - 1 - run);
          if (*p != '\n')
            g_string_append_c (out, '\n');
          run = p;
          continue;
        }
      c = g_utf8_get_char (p);
      next = g_utf8_next_char (p);
      if ((c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0D || c == 0x2212)
        {
          g_string_append_len (out, run, p - run);
          g_string_append_c (out, c == 0xFF0D || c == 0x2212 ? '-' : (char) ('0' + (c - 0xFF10)));
          run = next;
        }
      p = next;
    }
  return out->str;
}

/* Trims ASCII and ideographic spaces and applies NFC, so that the same
 * name typed twice compares equal. Digits typed in full width (common with a
 * Japanese input method) become ASCII; CR LF and a lone CR become LF.
 *
 * A text that is not UTF-8 comes back unchanged, not empty: the
 * hg_text_check() that follows then says what is wrong with it instead of
 * calling it "Required". */
char *
hg_text_normalize (const char *value)
{
  GString *out;

  if (value == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (value));
  hg_text_normalize_into (out, value);
  return g_string_free (out, FALSE);
}

/* Takes @message over and returns the one copy kept for the process.
 *
 * Few distinct messages exist (a limit, or a character and a position
 * within a limit) and they live for the process: caching lets every
 * validator return a string it does not own. The key is the translated
 * message itself, so a change of language never returns a stale one. */
static const char *
keep_message (char *message)
{
  static GHashTable *cache;
  static GMutex lock;
  char *kept;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  kept = g_hash_table_lookup (cache, message);
  if (kept == NULL)
    g_hash_table_add (cache, kept = message);
  else
    g_free (message);
  g_mutex_unlock (&lock);

  return kept;
}

const char *
hg_text_too_long_message (guint max_length)
{
  return keep_message (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Write at most %u character",
                                                     "Write at most %u characters", max_length),
                                        max_length));
}

/* What hg_text_normalize() trims from both ends, as characters. */
static gboolean
is_trimmed (gunichar c)
{
  return (c < 0x80 && is_space_byte ((char) c)) || c == 0x3000;
}

/* C0 controls, DEL and C1 controls: they move a terminal's cursor, change
 * its colours or retitle its window, and no one types them in a name. */
static gboolean
is_control (gunichar c)
{
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

static const char *
invalid_message (const char *text,
                 const char *invalid)
{
  return keep_message (g_strdup_printf (_("Not valid UTF-8 text at position %u"),
                                        (guint) g_utf8_strlen (text, invalid - text) + 1));
}

static const char *
control_message (gunichar c,
                 guint    position)
{
  /* Translators: %04X is the character's code in hexadecimal, e.g.
   * "Contains a control character (U+001B) at position 5" */
  return keep_message (g_strdup_printf (_("Contains a control character (U+%04X) at "
                                          "position %u"), c, position));
}

/**
 * hg_text_check:
 * @text: (nullable): what the user typed or a file held, before or after
 *   hg_text_normalize()
 * @max_chars: the field's limit (see hg-limits.h), counted without the
 *   spaces trimmed from both ends
 * @flags: whether the field is multi-line and whether it is required
 *
 * The one check of user text that every validator makes first: it must be
 * UTF-8, hold no control character (a multi-line field may hold TAB and line
 * breaks; any field may have them at its ends, where they are trimmed), and
 * fit its limit.
 *
 * Returns: (nullable): NULL when @text is acceptable, else a message for the
 *   user that says what is wrong and where (the caller names the field)
 */
const char *
hg_text_check (const char  *text,
               guint        max_chars,
               HgTextFlags  flags)
{
  const char *invalid = NULL;
  guint position = 0;
  guint first_pos = 0;
  guint last_pos = 0;
  guint pending = 0;
  gunichar pending_char = 0;
  gboolean validated = FALSE;

  if (text == NULL)
    text = "";

  /* One pass, which also checks the UTF-8 of the usual text: anything else
   * (a character of four bytes, a byte that is not UTF-8) is checked whole
   * first, and a control character found is reported only when no byte
   * after it is bad either, as if the whole text had been checked first.
   *
   * It finds the length between the first and the last character kept
   * (@first_pos, @last_pos, counted from 1), and the first control
   * character that is not allowed. A line break or TAB is allowed at the
   * ends only, and where it is is known once a kept character follows it:
   * @pending holds the first such one until then. */
  for (const guchar *p = (const guchar *) text; *p != '\0'; )
    {
      gunichar c;
      guint n;

      if (*p < 0x80)
        {
          c = *p++;
        }
      else if (validated)
        {
          c = g_utf8_get_char ((const char *) p);
          p = (const guchar *) g_utf8_next_char ((const char *) p);
        }
      else if ((c = decode_short (p, &n)) != 0 && !(c >= 0xD800 && c <= 0xDFFF))
        {
          p += n;
        }
      else
        {
          if (!g_utf8_validate (text, -1, &invalid))
            return invalid_message (text, invalid);
          validated = TRUE;
          continue;
        }
      position++;
      if (is_trimmed (c))
        {
          if (pending == 0 && first_pos != 0 && is_control (c) && !(flags & HG_TEXT_MULTILINE))
            {
              pending = position;
              pending_char = c;
            }
          continue;
        }
      if (pending != 0 || is_control (c))
        {
          if (!validated && !g_utf8_validate (text, -1, &invalid))
            return invalid_message (text, invalid);
          return pending != 0 ? control_message (pending_char, pending)
                              : control_message (c, position);
        }
      if (first_pos == 0)
        first_pos = position;
      last_pos = position;
    }

  if (first_pos == 0)
    return (flags & HG_TEXT_REQUIRED) ? _("Required") : NULL;
  if (last_pos - first_pos + 1 > max_chars)
    return hg_text_too_long_message (max_chars);
  return NULL;
}

gboolean
hg_text_is_email (const char *value)
{
  return g_regex_match_simple ("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", value, 0, 0);
}

gboolean
hg_text_is_phone (const char *value)
{
  return g_regex_match_simple ("^\\+?[0-9][0-9 ()-]{5,18}[0-9]$", value, 0, 0);
}

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74. */
void
hg_text_set (char       **dest,
             const char  *value)
{
  char *copy = g_strdup (value ? value : "");

  g_free (*dest);
  *dest = copy;
}

/* Today as YYYY-MM-DD, the form every date in a workbook takes. */
char *
hg_text_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Folds text for searching: NFKC makes full-width and half-width forms
 * equal (ＰＣ, ｶﾀｶﾅ), casefold makes case irrelevant. Japanese substrings
 * then match with a plain strstr(). */
char *
hg_text_fold (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (nfkc ? nfkc : "", -1);
}

/* Japanese text sets a number against the word it counts: 「20件」,
 * 「6〜9を大」, never 「20 件」. Drops each ASCII space that stands between
 * a digit and a character outside ASCII, on either side; spaces between
 * Latin words (「Excel 形式」) stay. For texts made by filling numbers
 * into a sentence. */
char *
hg_text_join_numbers (const char *text)
{
  GString *out = g_string_new (NULL);
  gunichar before = 0;

  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        {
          const char *q = p;
          gunichar after;

          while (*q == ' ')
            q++;
          after = g_utf8_get_char (q);
          if ((g_ascii_isdigit (before) && after >= 0x80)
              || (before >= 0x80 && after < 0x80 && g_ascii_isdigit (after)))
            {
              p = q - 1;   /* the loop steps onto the next character */
              continue;
            }
        }
      g_string_append_unichar (out, c);
      before = c;
    }
  return g_string_free (out, FALSE);
}

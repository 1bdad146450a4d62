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

/* Whether NFC leaves @value as it is, judged without allocating: every
 * character is one that NFC never changes nor combines with what comes
 * before it (ASCII and Latin up to U+02FF, Japanese punctuation, kana,
 * the unified ideographs, full-width forms). Anything else, and anything
 * not UTF-8, goes the slow way through g_utf8_normalize(). Nearly every
 * cell of a register passes: normalizing was a third of an import. */
static gboolean
is_nfc_stable (const char *value)
{
  for (const char *p = value; *p != '\0';)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!(c < 0x300
            || (c >= 0x3000 && c <= 0x3098 && !(c >= 0x302A && c <= 0x302F))
            || (c >= 0x309B && c <= 0x30FF)
            || (c >= 0x3400 && c <= 0x4DBF)
            || (c >= 0x4E00 && c <= 0x9FFF)
            || (c >= 0xFF01 && c <= 0xFFEF)))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
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

  g_string_truncate (out, 0);
  if (value == NULL)
    return out->str;
  if (!is_nfc_stable (value))
    {
      nfc = g_utf8_normalize (value, -1, G_NORMALIZE_NFC);
      if (nfc == NULL)
        {
          g_string_append (out, value);
          return out->str;
        }
      value = nfc;
    }

  start = value;
  while (is_space_byte (*start) || g_str_has_prefix (start, "\u3000"))
    start += is_space_byte (*start) ? 1 : 3;
  end = start + strlen (start);
  while (end > start && (is_space_byte (end[-1])
                         || (end - start >= 3 && g_str_has_prefix (end - 3, "\u3000"))))
    end -= is_space_byte (end[-1]) ? 1 : 3;

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
  const char *first = NULL;
  const char *last = NULL;
  guint position = 0;
  guint length = 0;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, &invalid))
    return keep_message (g_strdup_printf (_("Not valid UTF-8 text at position %u"),
                                          (guint) g_utf8_strlen (text, invalid - text) + 1));

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
      /* Translators: %04X is the character's code in hexadecimal, e.g.
       * "Contains a control character (U+001B) at position 5" */
      return keep_message (g_strdup_printf (_("Contains a control character (U+%04X) at "
                                              "position %u"), c, position));
    }

  if (first == NULL)
    return (flags & HG_TEXT_REQUIRED) ? _("Required") : NULL;
  if (length > max_chars)
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

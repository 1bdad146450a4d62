/* hg-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-text.h"

/* Trims ASCII and ideographic spaces and applies NFC, so that the same
 * name typed twice compares equal. Digits typed in full width (common with a
 * Japanese input method) become ASCII. */
char *
hg_text_normalize (const char *value)
{
  g_autofree char *nfc = NULL;
  GString *out;
  const char *start;
  const char *end;

  if (value == NULL)
    return g_strdup ("");

  nfc = g_utf8_normalize (value, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return g_strdup ("");

  start = nfc;
  while (*start == ' ' || *start == '\t' || *start == '\n' || g_str_has_prefix (start, "\u3000"))
    start += g_str_has_prefix (start, "\u3000") ? 3 : 1;
  end = start + strlen (start);
  while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'
                         || (end - start >= 3 && g_str_has_prefix (end - 3, "\u3000"))))
    end -= (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n') ? 1 : 3;

  out = g_string_sized_new (end - start);
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (out, (char) ('0' + (c - 0xFF10)));
      else if (c == 0xFF0D || c == 0x2212)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

const char *
hg_text_too_long_message (guint max_length)
{
  static GHashTable *cache;
  static GMutex lock;
  char *message;

  /* Few distinct messages exist and they live for the process: caching lets
   * every validator return a static string. The key is the translated
   * message itself, so a change of language never returns a stale one. */
  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Write at most %u character",
                                          "Write at most %u characters", max_length),
                             max_length);
  if (!g_hash_table_contains (cache, message))
    g_hash_table_add (cache, message);
  else
    {
      char *owned = g_hash_table_lookup (cache, message);

      g_free (message);
      message = owned;
    }
  g_mutex_unlock (&lock);

  return message;
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

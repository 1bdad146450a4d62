/* hg-cli-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "hg-cli-util.h"
#include "hg-date.h"
#include "hg-migrations.h"

/* A workbook, a pack or an imported file may hold control characters,
 * whatever the checks at input do (an older Hinagata, another program): an
 * ESC sequence recolours a terminal, retitles it, hides what follows or
 * worse. For a terminal, line breaks and tabs stay; other C0 controls and
 * DEL show as \x1b, C1 controls as \u009b, and bytes that are not UTF-8
 * as U+FFFD. */
static char *
escape_for_terminal (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (out, 0xFFFD);
          p++;
          continue;
        }
      if (c == '\n' || c == '\t')
        g_string_append_c (out, (char) c);
      else if (c < 0x20 || c == 0x7F)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c >= 0x80 && c <= 0x9F)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

static gboolean stdout_is_terminal;
static gboolean stderr_is_terminal;

static void
print_to (FILE       *stream,
          gboolean    terminal,
          const char *string)
{
  g_autofree char *escaped = terminal ? escape_for_terminal (string) : NULL;
  g_autofree char *converted = NULL;
  const char *text = escaped != NULL ? escaped : string;
  const char *charset = NULL;

  /* As GLib's own printer does: a terminal that is not UTF-8 gets its
   * charset. */
  if (!g_get_console_charset (&charset))
    converted = g_convert_with_fallback (text, -1, charset, "UTF-8", "?", NULL, NULL, NULL);
  fputs (converted != NULL ? converted : text, stream);
  fflush (stream);
}

static void
print_out (const char *string)
{
  print_to (stdout, stdout_is_terminal, string);
}

static void
print_err (const char *string)
{
  print_to (stderr, stderr_is_terminal, string);
}

/* Everything hinagata-cli prints goes through g_print() or g_printerr(),
 * so this one place escapes it for a terminal; output to a pipe or a file
 * stays as the workbook holds it. */
void
hg_cli_setup_output (void)
{
  stdout_is_terminal = isatty (STDOUT_FILENO);
  stderr_is_terminal = isatty (STDERR_FILENO);
  g_set_print_handler (print_out);
  g_set_printerr_handler (print_err);
}

/* Prints "label  value" with labels padded to the same width on screen:
 * a Japanese character takes two columns, so bytes or characters won't do. */
void
hg_cli_print_field (const char *label,
                    const char *value)
{
  guint columns = 0;

  for (const char *p = label; *p; p = g_utf8_next_char (p))
    columns += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  g_print ("%s%*s %s\n", label, (int) (columns < 24 ? 24 - columns : 0), "", value);
}

int
hg_cli_usage_error (const char *message)
{
  g_printerr ("hinagata-cli: %s\n", message);
  g_printerr ("%s\n", _("Run “hinagata-cli --help” for usage."));
  return 2;
}

int
hg_cli_fail (GError *error)
{
  g_printerr ("hinagata-cli: %s\n", error->message);
  return 1;
}

HgWorkbook *
hg_cli_open_read_only (const char  *path,
                       GError     **error)
{
  return hg_workbook_open (path, HG_WORKBOOK_OPEN_READ_ONLY, error);
}

/* For commands that read what later formats added: a workbook from an
 * older Hinagata is upgraded only by opening it for editing. */
HgWorkbook *
hg_cli_open_current (const char  *path,
                     GError     **error)
{
  g_autoptr(HgWorkbook) workbook = hg_cli_open_read_only (path, error);

  if (workbook != NULL && hg_workbook_get_schema_version (workbook) < hg_migrations_get_latest ())
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_TOO_OLD,
                   _("This workbook is in an older format; open it in Hinagata once to upgrade it."));
      return NULL;
    }
  return g_steal_pointer (&workbook);
}

/* One row a line, cells separated by tabs: easy to read and to pipe. */
void
hg_cli_print_table (HgTable *table)
{
  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    {
      g_autofree char *line = g_strjoinv ("\t", g_ptr_array_index (table->rows, r));

      g_print ("%s\n", line);
    }
}

/* Every problem of an import on its own line, as the preview lists them,
 * then the columns left out and why (@left_out). */
void
hg_cli_print_import_problems (const char  *in,
                              GPtrArray   *problems,
                              guint        n_problems,
                              char       **unknown,
                              const char  *left_out)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = hg_import_problem_to_string (g_ptr_array_index (problems, i));

      g_printerr ("%s: %s\n", in, text);
    }
  /* Only the first problems are kept: a file wrong on every row would
   * otherwise fill the terminal and the memory. */
  if (n_problems > problems->len)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: …and %u more problem\n",
                             "%s: …and %u more problems\n", n_problems - problems->len),
                in, n_problems - problems->len);
  for (guint i = 0; unknown != NULL && unknown[i] != NULL; i++)
    /* Translators: a file, a column of it, and why it was not imported */
    g_printerr (_("%s: column “%s” was left out: %s\n"), in, unknown[i], left_out);
}

gboolean
hg_cli_parse_options (int                 argc,
                      char              **argv,
                      const HgCliOption  *options,
                      guint               n_options,
                      const char        **positional,
                      guint               max_positional,
                      guint              *n_positional)
{
  *n_positional = 0;
  for (int i = 0; i < argc; i++)
    {
      gboolean matched = FALSE;

      for (guint n = 0; n < n_options && !matched; n++)
        {
          gsize len = strlen (options[n].name);

          if (g_str_equal (argv[i], options[n].name) && i + 1 < argc)
            *options[n].value = argv[++i], matched = TRUE;
          else if (g_str_has_prefix (argv[i], options[n].name) && argv[i][len] == '=')
            *options[n].value = argv[i] + len + 1, matched = TRUE;
        }
      if (matched)
        continue;
      /* A negative number is a value (IPA's "don't know" is -1), not an option. */
      if ((argv[i][0] == '-' && !g_ascii_isdigit (argv[i][1])) || *n_positional == max_positional)
        return FALSE;
      positional[(*n_positional)++] = argv[i];
    }
  return TRUE;
}

gboolean
hg_cli_parse_day (const char *text,
                  GDate      *date)
{
  g_autofree char *iso = NULL;

  if (!hg_date_parse (text, &iso) || iso == NULL)
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_parse (date, iso);
  return g_date_valid (date);
}

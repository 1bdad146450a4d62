/* hg-cli-register-import.c: "contacts import", "services import" and
 * "carryout import" — a register from a CSV or XLSX file, all or nothing
 *
 * --dry-run opens the workbook read-only: it prints the preview and the
 * problems and leaves the file byte for byte as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-cli-util.h"
#include "hg-cli-register-import.h"

/* Rows the preview prints; the count says how many more there are. */
#define PREVIEW_ROWS 20

static void
print_preview (HgRegisterImport *import)
{
  guint n = hg_register_import_get_n_rows (import);
  guint n_columns = hg_register_import_get_n_columns (import);
  g_autoptr(GString) line = g_string_new (_("Line"));

  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (line, "\t%s", hg_register_import_get_title (import, c));
  g_print ("%s\n", line->str);
  for (guint i = 0; i < MIN (n, PREVIEW_ROWS); i++)
    {
      g_auto(GStrv) cells = hg_register_import_describe_row (import, i);
      g_autofree char *joined = g_strjoinv ("\t", cells);

      /* Rows already in the register are marked, as in the window. */
      g_print ("%u\t%s%s%s\n", hg_register_import_get_line (import, i), joined,
               hg_register_import_is_existing (import, i) ? "\t" : "",
               hg_register_import_is_existing (import, i) ? _("already in the register") : "");
    }
  if (n > PREVIEW_ROWS)
    g_print (g_dngettext (GETTEXT_PACKAGE, "…and %u more row\n", "…and %u more rows\n",
                          n - PREVIEW_ROWS), n - PREVIEW_ROWS);
}

/* argv: FILE IN [--dry-run] */
int
hg_cli_register_import (HgRegister   reg,
                        int          argc,
                        char       **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgRegisterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unknown = NULL;
  const char *positional[2];
  guint n_positional = 0;
  gboolean dry_run = FALSE;
  guint n, skipped;

  for (int i = 0; i < argc; i++)
    if (g_str_equal (argv[i], "--dry-run"))
      dry_run = TRUE;
    else if (n_positional < 2 && argv[i][0] != '-')
      positional[n_positional++] = argv[i];
    else
      n_positional = 3;
  if (n_positional != 2)
    {
      g_autofree char *usage = g_strdup_printf (_("Use “%s import FILE SHEET.csv|SHEET.xlsx "
                                                  "[--dry-run]”"), hg_register_get_id (reg));

      return hg_cli_usage_error (usage);
    }

  workbook = dry_run ? hg_cli_open_read_only (positional[0], &error)
                     : hg_workbook_open (positional[0], HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  /* Its errors name the file. */
  import = hg_register_import_prepare_file (hg_register_get_import (reg), positional[1], &error);
  if (import == NULL)
    return hg_cli_fail (error);

  if (!hg_register_import_mark_existing (import, workbook, &error))
    return hg_cli_fail (error);
  print_preview (import);
  unknown = hg_register_import_get_unknown_columns (import);
  hg_cli_print_import_problems (positional[1], hg_register_import_get_problems (import),
                                hg_register_import_get_n_problems (import), unknown,
                                _("the register has no such column"));
  if (!hg_register_import_check (import, &error))
    return hg_cli_fail (error);
  n = hg_register_import_get_n_rows (import);
  skipped = hg_register_import_get_n_existing (import);
  if (skipped == n)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%u row of the file is already in the register; nothing was "
                            "imported.\n",
                            "All %u rows of the file are already in the register; nothing was "
                            "imported.\n", n), n);
      return 0;
    }
  if (skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u row is already in the register and is skipped.\n",
                          "%u rows are already in the register and are skipped.\n", skipped),
             skipped);
  n -= skipped;
  if (dry_run)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "Dry run: %u row would be imported; nothing was written.\n",
                            "Dry run: %u rows would be imported; nothing was written.\n", n), n);
      return 0;
    }
  if (!hg_register_import_apply (workbook, import, &error))
    return hg_cli_fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u row into %s\n", "Imported %u rows into %s\n",
                        n), n, hg_register_get_title (reg));
  return 0;
}

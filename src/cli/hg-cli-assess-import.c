/* hg-cli-assess-import.c: "assess import" — a customer's check sheet
 * (JAMA/JAPIA, METI ★3/★4) brought in as a framework with its answers
 *
 * What was found is printed first, so that a wrong guess shows before
 * anything is written; --column is the CLI's mapping step and --dry-run
 * stops after the preview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-cli-util.h"
#include "hg-sheet-import.h"

static void
print_layout (HgSheetLayout *layout)
{
  g_autofree char *rows = layout->header_rows == 2
                          ? g_strdup_printf ("%u–%u", layout->header_row, layout->header_row + 1)
                          : g_strdup_printf ("%u", layout->header_row);

  hg_cli_print_field (_("Sheet"), layout->sheet->name);
  if (layout->candidates != NULL && g_strv_length (layout->candidates) > 1)
    {
      g_autofree char *all = g_strjoinv (_(", "), layout->candidates);

      hg_cli_print_field (_("Sheets with items"), all);
    }
  hg_cli_print_field (_("Header row"), layout->header_row > 0 ? rows : _("none found"));
  for (guint r = 0; r < HG_SHEET_N_ROLES; r++)
    {
      g_autofree char *letter = NULL;
      g_autofree char *header = NULL;
      g_autofree char *value = NULL;

      if (layout->columns[r] < 0)
        {
          if (hg_sheet_role_is_required (r))
            hg_cli_print_field (hg_sheet_role_get_label (r), _("(missing)"));
          continue;
        }
      letter = hg_sheet_column_letter (layout->columns[r]);
      header = hg_sheet_layout_get_header (layout, layout->columns[r]);
      value = g_strdup_printf ("%s (%s) — %s=%s", letter, header, hg_sheet_role_get_name (r), letter);
      hg_cli_print_field (hg_sheet_role_get_label (r), value);
    }
}

static void
print_conversion (HgSheetConversion *cv)
{
  g_autoptr(GHashTable) levels = hg_sheet_conversion_count_levels (cv);
  g_autoptr(GString) counts = g_string_new (NULL);
  g_autofree char *items = NULL;
  g_autofree char *answers = NULL;

  if (cv->framework != NULL)
    for (const char * const *l = hg_framework_get_levels (cv->framework); *l != NULL; l++)
      g_string_append_printf (counts, "%s%s: %u", counts->len ? ", " : "", *l,
                              GPOINTER_TO_UINT (g_hash_table_lookup (levels, *l)));
  items = counts->len ? g_strdup_printf ("%u (%s)", cv->items->len, counts->str)
                      : g_strdup_printf ("%u", cv->items->len);
  hg_cli_print_field (_("Framework"), cv->id);
  hg_cli_print_field (_("Items"), items);
  answers = g_strdup_printf ("%u", hg_sheet_conversion_count_answers (cv));
  hg_cli_print_field (_("Answers found"), answers);
  if (cv->framework != NULL)
    {
      GPtrArray *scale = hg_framework_get_scale (cv->framework);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < scale->len; i++)
        {
          HgFrameworkAnswer *a = g_ptr_array_index (scale, i);

          g_string_append_printf (text, "%s%s=%s", i ? ", " : "", a->label, a->value);
        }
      g_string_append_printf (text, " (%s)", cv->scale_from_sheet ? _("from the drop-down list")
                                                                  : _("default"));
      hg_cli_print_field (_("Scale"), text->str);
    }
  for (guint i = 0; i < cv->problems->len; i++)
    {
      HgSheetProblem *p = g_ptr_array_index (cv->problems, i);

      g_printerr ("%s%s\n", p->blocking ? "" : _("Note: "), p->message);
    }
}

/* --column ROLE=LETTER, the mapping step: "none" takes a role away. */
static gboolean
apply_column (HgSheetLayout *layout,
              const char    *spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, "=", 2);
  HgSheetRole role;
  int column = -1;

  if (g_strv_length (parts) != 2 || !hg_sheet_role_from_name (parts[0], &role))
    return FALSE;
  if (g_ascii_strcasecmp (parts[1], "none") != 0
      && (column = hg_sheet_column_from_letter (parts[1])) < 0)
    return FALSE;
  hg_sheet_layout_set_column (layout, role, column);
  return TRUE;
}

/* --header-row 7 or 7-8: where the header is when its words say nothing. */
static gboolean
apply_header (HgSheetLayout *layout,
              const char    *spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, "-", 2);
  guint64 first, last;

  if (!g_ascii_string_to_unsigned (parts[0], 10, 1, 1048576, &first, NULL))
    return FALSE;
  last = first;
  if (parts[1] != NULL
      && (!g_ascii_string_to_unsigned (parts[1], 10, 1, 1048576, &last, NULL)
          || (last != first && last != first + 1)))
    return FALSE;
  hg_sheet_layout_set_header (layout, (guint) first, (guint) (last - first + 1));
  return TRUE;
}

int
hg_cli_assess_import (int    argc,
                      char **argv)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(HgSheetImport) import = NULL;
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  const char *positional[2] = { NULL, NULL };
  const char *sheet = NULL, *id = NULL, *header = NULL;
  gboolean dry_run = FALSE, replace = FALSE;
  guint n_positional = 0;
  HgSheetConversion *cv;
  HgSheetLayout *layout;

  for (int i = 0; i < argc; i++)
    {
      const char **target = NULL;

      if (g_str_equal (argv[i], "--dry-run"))
        dry_run = TRUE;
      else if (g_str_equal (argv[i], "--replace"))
        replace = TRUE;
      else if (g_str_equal (argv[i], "--sheet"))
        target = &sheet;
      else if (g_str_equal (argv[i], "--id"))
        target = &id;
      else if (g_str_equal (argv[i], "--header-row"))
        target = &header;
      else if (g_str_equal (argv[i], "--column"))
        {
          if (i + 1 >= argc)
            return hg_cli_usage_error (_("--column takes ROLE=LETTER, e.g. answer=H"));
          g_ptr_array_add (columns, argv[++i]);
        }
      else if (argv[i][0] == '-' || n_positional == 2)
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option or argument “%s”"), argv[i]);

          return hg_cli_usage_error (message);
        }
      else
        positional[n_positional++] = argv[i];
      if (target != NULL)
        {
          if (i + 1 >= argc)
            return hg_cli_usage_error (_("--sheet, --id and --header-row take a value"));
          *target = argv[++i];
        }
    }
  if (n_positional != 2)
    return hg_cli_usage_error (_("Use “assess import FILE SHEET.xlsx [--sheet NAME] [--id ID] "
                                 "[--header-row N[-M]] [--column ROLE=LETTER …] [--dry-run] [--replace]”"));

  workbook = dry_run ? hg_cli_open_read_only (positional[0], &error)
                     : hg_workbook_open (positional[0], HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  import = hg_sheet_import_open (positional[1], sheet, &error);
  if (import == NULL)
    return hg_cli_fail (error);
  layout = hg_sheet_import_get_layout (import);
  if (header != NULL && !apply_header (layout, header))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is no header row: give its number, or "
                                                    "two rows as 7-8"), header);

      return hg_cli_usage_error (message);
    }
  for (guint i = 0; i < columns->len; i++)
    if (!apply_column (layout, g_ptr_array_index (columns, i)))
      {
        g_autofree char *message = g_strdup_printf (_("“%s” is no ROLE=LETTER; the roles are "
                                                      "ref, text, condition, level, star, cites, "
                                                      "answer, note, category1, category2, "
                                                      "category3"),
                                                    (char *) g_ptr_array_index (columns, i));

        return hg_cli_usage_error (message);
      }
  print_layout (layout);
  /* A guess the user has not confirmed with --column stops here. */
  if (layout->unsure && columns->len == 0 && header == NULL)
    {
      g_printerr ("hinagata-cli: %s\n%s\n", layout->unsure_reason,
                  _("Give the columns with --column ROLE=LETTER."));
      return 1;
    }
  cv = hg_sheet_import_convert (import, id, &error);
  if (cv == NULL)
    return hg_cli_fail (error);
  print_conversion (cv);
  if (cv->n_blocking > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "hinagata-cli: %u problem; nothing was imported.\n",
                               "hinagata-cli: %u problems; nothing was imported.\n", cv->n_blocking),
                  cv->n_blocking);
      return 1;
    }
  if (hg_sheet_import_exists (import, workbook, NULL) && !replace)
    {
      g_printerr (_("hinagata-cli: the workbook already has “%s”; add --replace to replace it.\n"),
                  cv->id);
      return 1;
    }
  if (dry_run)
    {
      g_print ("%s\n", _("Dry run: nothing was written."));
      return 0;
    }
  if (!hg_sheet_import_commit (import, workbook, replace, &error))
    return hg_cli_fail (error);
  g_print (_("Imported as “%s”.\n"), cv->id);
  return 0;
}

/* hg-cli-employees.c: employees list, import and needs-education
 *
 * The lists are tab-separated with Japanese headers, like "assets list":
 * they are company documents, whatever the language of the terminal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-files.h"
#include "hg-cli-util.h"
#include "hg-employee.h"
#include "hg-employee-import.h"
#include "hg-handbook-receipt.h"
#include "hg-session.h"

/* The workbook, read only, and its handbook in *@handbook. */
static HgWorkbook *
open_with_handbook (const char  *path,
                    HgHandbook **handbook,
                    GError     **error)
{
  HgWorkbook *workbook = hg_cli_open_current (path, error);

  if (workbook != NULL)
    {
      g_autoptr(HgSession) session = hg_session_new (workbook);

      *handbook = hg_handbook_get_for_pack (workbook, hg_session_get_pack (session, NULL));
    }
  return workbook;
}

static int
list (const char *path)
{
  g_autoptr(HgHandbook) handbook = NULL;
  g_autoptr(GPtrArray) employees = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = open_with_handbook (path, &handbook, &error);

  if (workbook == NULL)
    return hg_cli_fail (error);
  employees = hg_employee_list (workbook, handbook->pack_id, handbook->document_id);

  g_print ("氏名\t部署\t役職\t入社日\t状態\t昇格日\t受領した版\t受領日\t誓約書\n");
  for (guint i = 0; i < employees->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (employees, i));
      g_autofree char *version = d->received_version
                                 ? g_strdup_printf ("%u", d->received_version) : g_strdup ("");

      g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d->name, d->department,
               d->employment.position, d->employment.hired_on,
               hg_employee_status_word (d->employment.status), d->employment.promoted_on,
               version, d->received_on, d->received_version && d->pledge ? "○" : "");
    }
  return 0;
}

static int
needs_education (const char *path)
{
  g_autoptr(HgHandbook) handbook = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgWorkbook) workbook = open_with_handbook (path, &handbook, &error);

  if (workbook == NULL)
    return hg_cli_fail (error);
  if (handbook->version == 0)
    {
      g_printerr ("hinagata-cli: %s\n", _("The handbook has no approved version yet: nobody "
                                          "can be taught it. Approve it first (policy approve "
                                          "--document handbook)."));
      return 1;
    }
  table = hg_handbook_needs_table (workbook, handbook);
  hg_cli_print_table (table);
  return 0;
}

static int
import (const char *path,
        const char *in)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgEmployeeImport) import = NULL;
  g_autoptr(HgSheetReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unknown = NULL;

  reader = hg_sheet_reader_open (in, &error);
  if (reader == NULL)
    return hg_cli_fail (error);
  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  /* Its errors name the file. */
  import = hg_employee_import_prepare_rows (workbook, reader, &error);
  if (import == NULL)
    return hg_cli_fail (error);

  unknown = hg_employee_import_get_unknown_columns (import);
  hg_cli_print_import_problems (in, hg_employee_import_get_problems (import),
                                hg_employee_import_get_n_problems (import), unknown,
                                _("it is not part of the staff list"));
  if (!hg_employee_import_apply (workbook, import, &error))
    return hg_cli_fail (error);
  g_print (_("Imported %s: %u added, %u updated\n"), in, hg_employee_import_get_n_add (import),
           hg_employee_import_get_n_update (import));
  return 0;
}

int
hg_cli_employees (int    argc,
                  char **argv)
{
  if (argc == 2 && g_str_equal (argv[0], "list"))
    return list (argv[1]);
  if (argc == 2 && g_str_equal (argv[0], "needs-education"))
    return needs_education (argv[1]);
  if (argc == 3 && g_str_equal (argv[0], "import"))
    return import (argv[1], argv[2]);
  return hg_cli_usage_error (_("Use “employees list FILE”, “employees import FILE IN” or "
                               "“employees needs-education FILE”"));
}

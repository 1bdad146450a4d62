/* hg-cli.c: hinagata-cli, the command-line tool over the same core
 *
 * Exit status: 0 on success, 1 when the command failed (the message says why),
 * 2 for a usage error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "hg-asset-columns.h"
#include "hg-asset-files.h"
#include "hg-cli-register-import.h"
#include "hg-cli-util.h"
#include "hg-company.h"
#include "hg-migrations.h"
#include "hg-pack-context.h"
#include "hg-policy.h"
#include "hg-org-role.h"
#include "hg-progress.h"
#include "hg-session.h"
#include "hg-workbook.h"

/* Where the help of a command starts on its line. */
#define HELP_COLUMN 28

/* The commands in the order the help lists them: a usage (its continued
 * lines indented under it; NULL for a note of the group above) and what it
 * does. One table rather than a g_print() each keeps the columns aligned
 * in one place. */
static const struct
{
  const char *usage;
  const char *help;
} commands[] = {
    { "new FILE --company NAME",
      N_("Create a workbook for a company") },
    { "info FILE",
      N_("Show the format version, company and counts") },
    { "check FILE",
      N_("Check the workbook’s integrity and format") },
    { "company set FILE FIELD VALUE",
      N_("Set a field of the company profile, e.g. representative_name") },
    { "roles list FILE | assign FILE ROLE NAME | vacant FILE ROLE REASON",
      N_("Show who holds each role, give a role to someone, or record why it stays unfilled") },
    { "contacts list FILE | add FILE ORGANISATION [--kind KIND] [--FIELD VALUE…] |\n"
      "           set FILE ID --FIELD VALUE… | remove FILE ID | export FILE -o OUT.csv|OUT.xlsx",
      N_("The contacts outside the company that the rules print; export writes them with the roles") },
    { "contacts|services|carryout import FILE SHEET.csv|SHEET.xlsx [--dry-run]",
      N_("Add the rows of a sheet to a register, all or nothing; --dry-run only shows them and their problems") },
    { "assets list FILE",
      N_("List the information assets") },
    { "assets export FILE --format csv|xlsx -o OUT",
      N_("Export the asset register") },
    { "assets import FILE IN",
      N_("Import a CSV or Excel file into the register (all or nothing)") },
    { "policy answer FILE KEY VALUE",
      N_("Answer one question of the policy wizard") },
    { "policy show FILE [DOCUMENT]",
      N_("Print the policy documents as the answers make them") },
    { "policy reword FILE RULE TEXT | exclude FILE RULE REASON |\n"
      "         add FILE AFTER-RULE TEXT | reset FILE RULE",
      N_("Reword a rule, leave it out, add one of your own, or restore it") },
    { "policy approve FILE --by NAME --summary TEXT [--author NAME] [--date DATE]\n"
      "         [--document DOCUMENT[,DOCUMENT…]]",
      N_("Approve the documents as they stand as their next version") },
    { "policy publish FILE --where TEXT [--date DATE] [--document DOCUMENT] [--revision N]",
      N_("Record where and when an approved version was published (default: the basic policy’s latest)") },
    { "policy revisions FILE",
      N_("List the approved versions and whether a document needs revision") },
    { "policy compare FILE N [M] [--document DOCUMENT]",
      N_("Show what changed between two versions (default: version N and today)") },
    { "policy render FILE --format pdf|pdf-a5|pdf-booklet|docx|odt|html|text -o OUT [--revision N]\n"
      "         [--document DOCUMENT] [--paper a4|a5] [--booklet]",
      N_("Write a document, or an approved version of it, to a file") },
    { "policy use-pack FILE PACK.xml|builtin",
      N_("Make the workbook’s documents come from a template pack of your own") },
    { "handbook render FILE --format FORMAT -o OUT [--booklet] [--paper a4|a5]",
      N_("Write the employee handbook, e.g. as a booklet") },
    { "forms render FILE --format pdf|docx|odt|html -o OUT [--form N]",
      N_("Write the forms the rules cite (様式集), or the one numbered N, to fill in by hand") },
    { "employees list FILE",
      N_("List the employees with the handbook version each received") },
    { "employees import FILE IN",
      N_("Import a staff list from a CSV or Excel file (all or nothing)") },
    { "employees needs-education FILE",
      N_("List who needs teaching the current handbook, and why") },
    { "risks setup FILE",
      N_("Give every medium of the register the threats of the risk catalogue") },
    { "risks show FILE",
      N_("Summary, heat map, largest risks and diagnosis of the risk analysis") },
    { "risks export FILE --format csv|xlsx|pdf|docx|odt|html|text -o OUT",
      N_("Write the risk sheet (csv, xlsx) or the risk report (the other formats)") },
    { "risks threats FILE | controls FILE [--department NAME]",
      N_("List the threats with their ids, or the controls with their status") },
    { "risks answer FILE CONTROL done|partial|not|n/a|none [--department NAME] [--note TEXT]",
      N_("Answer whether a control is in place") },
    { "risks likelihood FILE THREAT 1|2|3 [--department NAME]",
      N_("Rate how likely a threat is") },
    { "risks treat FILE ASSET-ID THREAT --kind reduce|avoid|transfer|accept\n"
      "         [--measures TEXT] [--controls KEY,…] [--due DATE] [--status STATUS]\n"
      "         [--expected 1|2|3] [--approver NAME --approved-on DATE --reason TEXT]",
      N_("Decide what to do about one risk") },
    { "risks examples FILE",
      N_("Load the example company’s register and risk analysis") },
    { "risks check-catalogue CATALOGUE.xml",
      N_("Check a risk catalogue and list its problems with line numbers") },
    { NULL,
      N_("Every risks command takes --catalogue CATALOGUE.xml to use another risk catalogue than the built-in one.") },
    { "security-action show FILE | declare FILE 1|2 [--date DATE]",
      N_("How far the company is from declaring SECURITY ACTION ★ and ★★; record that it declared one") },
    { "assess list FILE",
      N_("List the self-assessments in the workbook") },
    { "assess show FILE FRAMEWORK",
      N_("Show a framework’s items with their answers, e.g. ipa-self-check") },
    { "assess answer FILE FRAMEWORK ITEM VALUE|none [--note TEXT] [--owner NAME] [--due DATE]",
      N_("Answer one item of a framework: a value of its scale, or met, partly, not, na, unknown") },
    { "assess rates FILE FRAMEWORK",
      N_("Print the total and its band, or the rate met per level") },
    { "assess freeze FILE FRAMEWORK [--date DATE]",
      N_("Freeze the open round for submission; the next answer starts a new round") },
    { "assess history FILE FRAMEWORK",
      N_("List the rounds of a framework with their dates and rates") },
    { "assess compare FILE FRAMEWORK [--from ROUND|DATE] [--to ROUND|DATE]",
      N_("Compare two rounds item by item (default: the last frozen round with the current one)") },
    { "assess suggest FILE FRAMEWORK [--accept]",
      N_("Suggest answers from the workbook with their reasons; --accept writes those of the unanswered items") },
    { "assess crosswalk FILE [--format FORMAT -o OUT]",
      N_("The rules’ chapters with the JAMA items and METI criteria they serve (対応表)") },
    { "assess export FILE FRAMEWORK --format xlsx|csv|pdf|docx|odt|html -o OUT [--into ORIGINAL.xlsx]",
      N_("Write the answers back into a copy of the imported check sheet (xlsx, with --into), or export a report or CSV") },
    { "assess import FILE SHEET.xlsx [--sheet NAME] [--id ID] [--header-row N[-M]] [--column ROLE=LETTER]… [--dry-run] [--replace]",
      N_("Import a customer’s check sheet (JAMA/JAPIA, METI ★3/★4) with its answers") },
    { "assess evidence FILE FRAMEWORK ITEM add KIND TARGET | list | remove KIND TARGET |\n"
      "         choices KIND",
      N_("Link what an answer rests on: rule (by its id), asset, risk, training, receipt (a handbook version) or file; choices lists the targets of a kind") },
    { "framework check FRAMEWORK.xml",
      N_("Check a framework and list its problems with line numbers") },
    { "pack check PACK.xml",
      N_("Check a template pack and list its problems with line numbers") },
    { "incidents add FILE --title TEXT --detected TIME --by NAME [--how TEXT]\n"
      "         [--kind incident|accident] [--category ID] [--level major|moderate|minor]\n"
      "         [--personal yes|no] [--assets ID,…] [--description TEXT] [--actions TEXT]",
      N_("Record an incident (edit ID takes the same options)") },
    { "incidents list FILE [--now TIME]",
      N_("List the incidents, open ones first, with their deadlines") },
    { "incidents show FILE ID [--now TIME]",
      N_("Show one incident with its steps and deadlines") },
    { "incidents advance FILE ID reported|contained|recovered|closed --by NAME [--at TIME]",
      N_("Record a step of the response") },
    { "incidents notify FILE ID customer|other|ppc-prompt|ppc-final [--to NAME]\n"
      "         [--within 24h|3d] [--sent TIME]",
      N_("Record who must be told by when, and when they were") },
    { "incidents export FILE -o OUT.csv|OUT.xlsx",
      N_("Export the incident register") },
    { "incidents report FILE ID -o OUT [--format pdf|docx|odt|html] [--report first|final]",
      N_("Print the incident report of one incident") },
    { "calendar list FILE [--month YYYY-MM] [--today DATE]",
      N_("List the duties due in a month, with owner and state") },
    { "calendar done FILE ID [--date DATE] [--due DATE] [--by NAME] [--note TEXT]",
      N_("Record a periodic duty done") },
    { "calendar ics FILE -o OUT.ics",
      N_("Export the duties as iCalendar with recurrences") },
    { "carryout add FILE --item TEXT --by NAME --approved-by NAME --due TIME [--out TIME]\n"
      "         [--medium device|medium|paper] [--asset ID] [--note TEXT]",
      N_("Record a device, medium or paper taken out") },
    { "carryout return FILE ID [--at TIME]",
      N_("Record a carried-out item back") },
    { "carryout list|overdue FILE [--now TIME]",
      N_("List the carry-out log, or what is overdue") },
    { "carryout export FILE -o OUT.csv|OUT.xlsx [--now TIME]",
      N_("Export the carry-out log") },
    { "services list FILE [--today DATE]",
      N_("List the external services and contractors") },
    { "services add FILE --name TEXT --kind cloud|contractor --department TEXT\n"
      "         --approved-by NAME --approved-on DATE --next DATE [--assets ID,…]\n"
      "         [--met intrusion,insider,applicant,provider,contract,certification,\n"
      "         subcontract,ip] [--note TEXT]",
      N_("Register an external service or contractor") },
    { "services review FILE [ID --next DATE [--date DATE]] [--today DATE]",
      N_("List the reviews overdue, or record a review") },
    { "services end FILE ID --date DATE [--returned yes|no] [--deleted yes|no]\n"
      "         [--certified yes|no] [--note TEXT]",
      N_("Record the end of a contract and what became of the information") },
    { "services export FILE -o OUT.csv|OUT.xlsx",
      N_("Export the register of external services") },
    { "laws list FILE [--today DATE]",
      N_("List the laws the rules name: why, who watches, last checked") },
    { "laws watch FILE LAW --by NAME",
      N_("Name who watches a law for changes") },
    { "laws check FILE LAW --by NAME [--date DATE]",
      N_("Record the yearly check of a law") },
    { "laws export FILE -o OUT.csv|OUT.xlsx",
      N_("Export the register of laws") },
    { "--help",
      N_("Show this help") },
    { "--version",
      N_("Show the version") },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: hinagata-cli COMMAND [ARGUMENTS…]"));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *usage = commands[i].usage;

      /* A short usage has its help beside it, a long one under it. */
      if (usage == NULL)
        g_print ("  %s\n", _(commands[i].help));
      else if (strchr (usage, '\n') == NULL && g_utf8_strlen (usage, -1) <= HELP_COLUMN - 4)
        g_print ("  %s%*s%s\n", usage, (int) (HELP_COLUMN - 2 - g_utf8_strlen (usage, -1)), "",
                 _(commands[i].help));
      else
        g_print ("  %s\n%*s%s\n", usage, HELP_COLUMN, "", _(commands[i].help));
    }
}

static int
cmd_new (int    argc,
         char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = NULL;
  const char *company = NULL;

  for (int i = 0; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--company") && i + 1 < argc)
        company = argv[++i];
      else if (g_str_has_prefix (argv[i], "--company="))
        company = argv[i] + strlen ("--company=");
      else if (argv[i][0] == '-')
        return hg_cli_usage_error (_("Unknown option for “new”"));
      else if (path == NULL)
        path = argv[i];
      else
        return hg_cli_usage_error (_("“new” takes one file name"));
    }

  if (path == NULL)
    return hg_cli_usage_error (_("“new” needs a file name"));
  if (company == NULL || company[0] == '\0')
    return hg_cli_usage_error (_("“new” needs --company NAME"));

  workbook = hg_company_create_workbook (path, company, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);

  g_print (_("Created %s for %s\n"), hg_workbook_get_path (workbook), company);
  return 0;
}

static int
cmd_info (const char *path)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  int version;

  workbook = hg_cli_open_read_only (path, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);

  version = hg_workbook_get_schema_version (workbook);
  hg_cli_print_field (_("File:"), hg_workbook_get_path (workbook));
  {
    g_autofree char *text = version < hg_migrations_get_latest ()
      ? g_strdup_printf (_("%d (upgraded to %d when opened for editing)"), version,
                         hg_migrations_get_latest ())
      : g_strdup_printf ("%d", version);
    hg_cli_print_field (_("Format version:"), text);
  }

  if (version < hg_migrations_get_latest ())
    return 0;

  for (guint f = 0; f < HG_COMPANY_N_FIELDS; f++)
    {
      g_autofree char *value = hg_company_get (workbook, f);
      g_autofree char *label = g_strconcat (hg_company_field_label (f), ":", NULL);

      if (value[0] != '\0')
        hg_cli_print_field (label, value);
    }

  {
    static const struct { const char *label; const char *table; } counts[] = {
      { N_("Departments:"), "department" },
      { N_("People:"), "person" },
      { N_("Roles assigned:"), "org_role" },
      { N_("Information assets:"), "asset" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
      {
        g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT,
                                              hg_workbook_count_rows (workbook, counts[i].table));
        hg_cli_print_field (_(counts[i].label), n);
      }
  }

  session = hg_session_new (workbook);
  steps = hg_progress_compute (session);
  g_print ("\n%s\n", _("Progress:"));
  for (guint i = 0; i < steps->len; i++)
    {
      HgProgressStep *step = g_ptr_array_index (steps, i);

      g_print ("  [%s] %s — %s\n", step->done ? "x" : " ", step->title, step->detail);
    }
  return 0;
}

static int
cmd_check (const char *path)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) found = NULL;

  /* Every problem, not just the first that keeps the file from opening. */
  found = hg_workbook_check_file (path, &error);
  if (found == NULL)
    return hg_cli_fail (error);
  if (found->len > 0)
    {
      g_printerr ("%s: %s\n", path, _("problems found:"));
      for (guint i = 0; i < found->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (found, i));
      return 1;
    }

  /* hg_workbook_check_file() ran the full integrity check already; on a
   * large workbook a second one doubled the time of this command. */
  workbook = hg_cli_open_read_only (path, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);

  if (hg_workbook_get_schema_version (workbook) == hg_migrations_get_latest ())
    {
      warnings = hg_org_role_check (workbook);
      for (guint i = 0; i < warnings->len; i++)
        g_print ("%s: %s\n", _("warning"), (char *) g_ptr_array_index (warnings, i));
    }

  g_print (_("%s: OK (format %d)\n"), path, hg_workbook_get_schema_version (workbook));
  return 0;
}

static int
cmd_assets_list (const char *path)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgTable) rows = NULL;

  workbook = hg_cli_open_current (path, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);

  rows = hg_asset_export_table (workbook);
  /* Tab-separated, one asset a line: easy to read and to pipe. */
  g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
           hg_asset_column_header (HG_ASSET_COL_ID), hg_asset_column_header (HG_ASSET_COL_NAME),
           hg_asset_column_header (HG_ASSET_COL_DEPARTMENT),
           hg_asset_column_header (HG_ASSET_COL_MEDIUM),
           hg_asset_column_header (HG_ASSET_COL_CONFIDENTIALITY),
           hg_asset_column_header (HG_ASSET_COL_INTEGRITY),
           hg_asset_column_header (HG_ASSET_COL_AVAILABILITY),
           hg_asset_column_header (HG_ASSET_COL_IMPORTANCE));
  for (guint r = 0; r < hg_table_get_n_rows (rows); r++)
    g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
             hg_table_get_cell (rows, r, HG_ASSET_COL_ID),
             hg_table_get_cell (rows, r, HG_ASSET_COL_NAME),
             hg_table_get_cell (rows, r, HG_ASSET_COL_DEPARTMENT),
             hg_table_get_cell (rows, r, HG_ASSET_COL_MEDIUM),
             hg_table_get_cell (rows, r, HG_ASSET_COL_CONFIDENTIALITY),
             hg_table_get_cell (rows, r, HG_ASSET_COL_INTEGRITY),
             hg_table_get_cell (rows, r, HG_ASSET_COL_AVAILABILITY),
             hg_table_get_cell (rows, r, HG_ASSET_COL_IMPORTANCE));
  return 0;
}

static int
cmd_assets_export (int    argc,
                   char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = NULL;
  const char *format_name = NULL;
  const char *out = NULL;
  HgAssetFileFormat format;

  for (int i = 0; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--format") && i + 1 < argc)
        format_name = argv[++i];
      else if (g_str_equal (argv[i], "-o") && i + 1 < argc)
        out = argv[++i];
      else if (argv[i][0] == '-')
        return hg_cli_usage_error (_("Unknown option for “assets export”"));
      else if (path == NULL)
        path = argv[i];
      else
        return hg_cli_usage_error (_("“assets export” takes one workbook"));
    }
  if (path == NULL || out == NULL)
    return hg_cli_usage_error (_("“assets export” needs a workbook and -o OUT"));
  if (format_name == NULL && !hg_asset_file_format_from_name (out, &format))
    return hg_cli_usage_error (_("Give --format csv or --format xlsx"));
  if (format_name != NULL)
    {
      if (g_ascii_strcasecmp (format_name, "csv") == 0)
        format = HG_ASSET_FILE_CSV;
      else if (g_ascii_strcasecmp (format_name, "xlsx") == 0)
        format = HG_ASSET_FILE_XLSX;
      else
        return hg_cli_usage_error (_("The format must be csv or xlsx"));
    }

  workbook = hg_cli_open_current (path, &error);
  if (workbook == NULL || !hg_asset_export_file (workbook, out, format, &error))
    return hg_cli_fail (error);
  g_print (_("Exported %u assets to %s\n"),
           (guint) hg_workbook_count_rows (workbook, "asset"), out);
  return 0;
}

static int
cmd_assets_import (const char *path,
                   const char *in)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgAssetImport) import = NULL;
  g_autoptr(HgSheetReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = hg_sheet_reader_open (in, &error);
  if (reader == NULL)
    return hg_cli_fail (error);

  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    return hg_cli_fail (error);

  /* Its errors name the file. */
  import = hg_asset_import_prepare_rows (workbook, reader, &error);
  if (import == NULL)
    return hg_cli_fail (error);

  {
    g_auto(GStrv) unknown = hg_asset_import_get_unknown_columns (import);

    hg_cli_print_import_problems (in, hg_asset_import_get_problems (import),
                                  hg_asset_import_get_n_problems (import), unknown,
                                  _("it is not part of the register"));
  }

  if (!hg_asset_import_apply (workbook, import, &error))
    return hg_cli_fail (error);

  g_print (_("Imported %s: %u added, %u updated\n"), in, hg_asset_import_get_n_add (import),
           hg_asset_import_get_n_update (import));
  return 0;
}

static int
cmd_pack_check (const char *path)
{
  g_autoptr(HgPack) pack = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  pack = hg_pack_load_file (path, &problems, &error);
  if (pack == NULL)
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
      return hg_cli_fail (error);
    }
  g_print (_("%s: OK (%u questions, %u documents)\n"), path, hg_pack_count_questions (pack),
           hg_pack_get_documents (pack)->len);
  return 0;
}

/* The workbook's pack, through a session: nothing else parses one. */
static HgPack *
session_pack (HgWorkbook  *workbook,
              HgSession  **session,
              GError     **error)
{
  if (workbook == NULL)
    return NULL;
  *session = hg_session_new (workbook);
  return hg_session_get_pack (*session, error);
}

static int
cmd_policy (int    argc,
            char **argv)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgSession) session = NULL;
  g_autoptr(GError) error = NULL;
  HgPack *pack;

  if (argc >= 1 && (g_str_equal (argv[0], "reword") || g_str_equal (argv[0], "exclude")
                    || g_str_equal (argv[0], "add") || g_str_equal (argv[0], "reset")))
    {
      gboolean ok;

      if (argc != (g_str_equal (argv[0], "reset") ? 3 : 4))
        return hg_cli_usage_error (_("Give the workbook, the rule’s id and, except for reset, a text"));
      workbook = hg_workbook_open (argv[1], HG_WORKBOOK_OPEN_DEFAULT, &error);
      pack = session_pack (workbook, &session, &error);
      if (pack == NULL)
        return hg_cli_fail (error);
      if (g_str_equal (argv[0], "reword"))
        ok = hg_policy_reword (workbook, pack, argv[2], argv[3], &error);
      else if (g_str_equal (argv[0], "exclude"))
        ok = hg_policy_exclude (workbook, pack, argv[2], argv[3], &error);
      else if (g_str_equal (argv[0], "add"))
        ok = hg_policy_add_rule (workbook, pack, argv[2], argv[3], &error);
      else
        ok = hg_policy_reset_rule (workbook, pack, argv[2], &error);
      return ok ? 0 : hg_cli_fail (error);
    }
  {
    int status = hg_cli_policy_documents (argc, argv);

    if (status >= 0)
      return status;
  }
  if (argc >= 1 && g_str_equal (argv[0], "answer") && argc != 4)
    return hg_cli_usage_error (_("“policy answer” takes a workbook, a question and its answer"));
  if (argc >= 1 && g_str_equal (argv[0], "show") && (argc < 2 || argc > 3))
    return hg_cli_usage_error (_("“policy show” takes a workbook and, if you like, a document"));
  if (argc < 1 || (!g_str_equal (argv[0], "answer") && !g_str_equal (argv[0], "show")))
    return hg_cli_usage_error (_("Use “policy answer” or “policy show”"));

  if (g_str_equal (argv[0], "answer"))
    {
      workbook = hg_workbook_open (argv[1], HG_WORKBOOK_OPEN_DEFAULT, &error);
      pack = session_pack (workbook, &session, &error);
      if (pack == NULL || !hg_policy_set_answer (workbook, pack, argv[2], argv[3], &error))
        return hg_cli_fail (error);
      return 0;
    }

  workbook = hg_cli_open_current (argv[1], &error);
  pack = session_pack (workbook, &session, &error);
  if (pack == NULL)
    return hg_cli_fail (error);
  {
    HgPackContext *context = hg_session_get_context (session);
    GPtrArray *documents = hg_pack_get_documents (pack);
    gboolean found = FALSE;

    for (guint d = 0; d < documents->len; d++)
      {
        HgBlock *document = g_ptr_array_index (documents, d);
        g_autofree char *text = NULL;

        if (argc == 3 && g_strcmp0 (document->id, argv[2]) != 0)
          continue;
        text = hg_pack_render_text (pack, context, document->id, &error);
        if (text == NULL)
          return hg_cli_fail (error);
        g_print ("%s%s", d > 0 && argc != 3 ? "\n\n" : "", text);
        found = TRUE;
      }
    if (!found)
      {
        g_autoptr(GString) names = g_string_new (NULL);

        for (guint d = 0; d < documents->len; d++)
          g_string_append_printf (names, "%s%s", d ? ", " : "",
                                  ((HgBlock *) g_ptr_array_index (documents, d))->id);
        g_printerr (_("hinagata-cli: there is no document “%s”; the documents are: %s\n"),
                    argv[2], names->str);
        return 1;
      }
  }
  return 0;
}

static int
cmd_assets (int    argc,
            char **argv)
{
  if (argc >= 1 && g_str_equal (argv[0], "list"))
    {
      if (argc != 2)
        return hg_cli_usage_error (_("“assets list” takes exactly one workbook"));
      return cmd_assets_list (argv[1]);
    }
  if (argc >= 1 && g_str_equal (argv[0], "export"))
    return cmd_assets_export (argc - 1, argv + 1);
  if (argc >= 1 && g_str_equal (argv[0], "import"))
    {
      if (argc != 3)
        return hg_cli_usage_error (_("“assets import” takes a workbook and a file to import"));
      return cmd_assets_import (argv[1], argv[2]);
    }
  return hg_cli_usage_error (_("Use “assets list”, “assets export” or “assets import”"));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  hg_cli_setup_output ();

  if (argc < 2)
    return hg_cli_usage_error (_("No command given"));

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("hinagata-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  {
    HgRegister reg;

    /* "contacts|services|carryout import" (hg-cli-register-import.c) */
    if (argc >= 3 && g_str_equal (argv[2], "import") && hg_register_from_id (argv[1], &reg))
      return hg_cli_register_import (reg, argc - 3, argv + 3);
  }
  if (g_str_equal (argv[1], "new"))
    return cmd_new (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "assets"))
    return cmd_assets (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "policy"))
    return cmd_policy (argc - 2, argv + 2);
  /* "handbook render FILE …" is "policy render FILE --document handbook …". */
  if (g_str_equal (argv[1], "handbook"))
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      if (argc < 3 || !g_str_equal (argv[2], "render"))
        return hg_cli_usage_error (_("Use “handbook render FILE --format FORMAT -o OUT”"));
      g_ptr_array_add (args, (char *) "render");
      for (int i = 3; i < argc; i++)
        g_ptr_array_add (args, argv[i]);
      g_ptr_array_add (args, (char *) "--document");
      g_ptr_array_add (args, (char *) "handbook");
      return hg_cli_policy_documents ((int) args->len, (char **) args->pdata);
    }
  if (g_str_equal (argv[1], "forms"))
    return hg_cli_forms (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "employees"))
    return hg_cli_employees (argc - 2, argv + 2);
  {
    int status = hg_cli_company (argc - 1, argv + 1);

    if (status >= 0)
      return status;
  }
  if (g_str_equal (argv[1], "risks"))
    return hg_cli_risks (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "assess"))
    return hg_cli_assess (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "framework"))
    return hg_cli_framework (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "security-action"))
    return hg_cli_security_action (argc - 2, argv + 2);

  if (g_str_equal (argv[1], "incidents"))
    return hg_cli_incidents (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "calendar"))
    return hg_cli_calendar (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "carryout"))
    return hg_cli_carryout (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "services"))
    return hg_cli_services (argc - 2, argv + 2);

  if (g_str_equal (argv[1], "laws"))
    return hg_cli_laws (argc - 2, argv + 2);
  if (g_str_equal (argv[1], "pack"))
    {
      if (argc != 4 || !g_str_equal (argv[2], "check"))
        return hg_cli_usage_error (_("Use “pack check PACK.xml”"));
      return cmd_pack_check (argv[3]);
    }

  if (g_str_equal (argv[1], "info") || g_str_equal (argv[1], "check"))
    {
      if (argc != 3)
        return hg_cli_usage_error (_("This command takes exactly one file name"));
      return g_str_equal (argv[1], "info") ? cmd_info (argv[2]) : cmd_check (argv[2]);
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);
    return hg_cli_usage_error (message);
  }
}

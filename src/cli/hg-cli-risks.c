/* hg-cli-risks.c: the risk analysis — risks setup, show, export, answer,
 * likelihood, treat, threats, controls, examples and check-catalogue
 *
 * Commands that only read (show, export, threats, controls) open the
 * workbook read-only, like "assets list"; the others set the analysis up
 * first where a medium is new, then make their edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hinagata-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-store.h"
#include "hg-cli-util.h"
#include "hg-department.h"
#include "hg-doc-writer.h"
#include "hg-error.h"
#include "hg-policy.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-examples.h"
#include "hg-risk-files.h"
#include "hg-risk-rating.h"
#include "hg-risk-report.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-session.h"

typedef struct
{
  const char *positional[4];
  guint       n_positional;
  const char *catalogue;
  const char *department;
  const char *note;
  const char *format;
  const char *output;
  const char *kind;
  const char *measures;
  const char *controls;
  const char *due;
  const char *status;
  const char *expected;
  const char *approver;
  const char *approved_on;
  const char *reason;
} Options;

static gboolean
parse (int       argc,
       char    **argv,
       Options  *o)
{
  const HgCliOption named[] = {
    { "--catalogue", &o->catalogue }, { "--department", &o->department }, { "--note", &o->note },
    { "--format", &o->format }, { "-o", &o->output }, { "--output", &o->output },
    { "--kind", &o->kind }, { "--measures", &o->measures }, { "--controls", &o->controls },
    { "--due", &o->due }, { "--status", &o->status }, { "--expected", &o->expected },
    { "--approver", &o->approver }, { "--approved-on", &o->approved_on },
    { "--reason", &o->reason },
  };

  return hg_cli_parse_options (argc, argv, named, G_N_ELEMENTS (named), o->positional,
                               G_N_ELEMENTS (o->positional), &o->n_positional);
}

/* --catalogue FILE instead of the built-in one, which the session reads
 * itself. */
static gboolean
use_catalogue (HgSession      *session,
               const Options  *o,
               GError        **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  HgRiskCatalogue *catalogue;

  if (o->catalogue == NULL)
    return hg_session_get_catalogue (session, error) != NULL;
  catalogue = hg_risk_catalogue_load_file (o->catalogue, NULL, &problems, error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  if (catalogue == NULL)
    return FALSE;
  hg_session_set_catalogue (session, catalogue);
  return TRUE;
}

/* --department NAME as an id; HG_RISK_COMPANY without the option. */
static gboolean
department_of (HgWorkbook     *workbook,
               const Options  *o,
               gint64         *id,
               GError        **error)
{
  g_autoptr(GPtrArray) departments = NULL;

  *id = HG_RISK_COMPANY;
  if (o->department == NULL)
    return TRUE;
  departments = hg_department_list (workbook);
  for (guint i = 0; i < departments->len; i++)
    if (g_str_equal (((HgDepartment *) g_ptr_array_index (departments, i))->name, o->department))
      {
        *id = ((HgDepartment *) g_ptr_array_index (departments, i))->id;
        return TRUE;
      }
  g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
               _("There is no department “%s”"), o->department);
  return FALSE;
}

/* A threat by its id, or by its catalogue key when one medium has it. */
static gint64
threat_of (HgWorkbook  *workbook,
           const char  *text,
           GError     **error)
{
  g_autoptr(GPtrArray) threats = hg_risk_threat_list (workbook, 0);
  gint64 id = g_ascii_strtoll (text, NULL, 10);
  gint64 found = 0;
  guint matches = 0;

  for (guint i = 0; i < threats->len; i++)
    {
      HgRiskThreat *t = g_ptr_array_index (threats, i);

      if (t->id == id || g_strcmp0 (t->key, text) == 0)
        {
          found = t->id;
          matches++;
        }
    }
  if (matches == 1)
    return found;
  g_set_error (error, HG_INPUT_ERROR, matches ? HG_INPUT_ERROR_INVALID : HG_INPUT_ERROR_NOT_FOUND,
               matches ? _("“%s” is a threat of several media: give its id (see “risks threats”)")
                       : _("There is no threat “%s” (see “risks threats”)"), text);
  return 0;
}

/* ---- Reading --------------------------------------------------------------------- */

static void
print_counts (HgRiskSheet *sheet)
{
  guint bands[4];
  g_autofree char *risks = NULL;

  hg_risk_sheet_count_bands (sheet, bands);
  risks = g_strdup_printf (_("%u (large %u, medium %u, small %u)"),
                           hg_risk_sheet_get_n_rows (sheet), bands[HG_RISK_BAND_LARGE],
                           bands[HG_RISK_BAND_MEDIUM], bands[HG_RISK_BAND_SMALL]);
  hg_cli_print_field (_("Risks:"), risks);
  {
    g_autofree char *n = g_strdup_printf ("%u", hg_risk_sheet_get_n_threats (sheet));

    hg_cli_print_field (_("Threats:"), n);
  }
}

static void
print_heat_map (HgRiskSheet *sheet)
{
  guint counts[3][3];

  hg_risk_sheet_heat_map (sheet, counts);
  g_print ("\n%s\n", _("Heat map (importance down, likelihood of damage across):"));
  g_print ("        1       2       3\n");
  for (guint importance = 3; importance >= 1; importance--)
    g_print ("  %u  %6u  %6u  %6u\n", importance, counts[importance - 1][0],
             counts[importance - 1][1], counts[importance - 1][2]);
}

static void
print_top_risks (HgRiskSheet *sheet,
                 guint        n)
{
  HgWorkbook *workbook = hg_risk_sheet_get_workbook (sheet);
  const HgRiskRow *rows = hg_risk_sheet_get_rows (sheet);
  g_autoptr(GArray) all = hg_risk_sheet_largest (sheet, HG_RISK_BAND_NONE);

  g_print ("\n%s\n", _("Largest risks:"));
  for (guint i = 0; i < MIN (n, all->len); i++)
    {
      const HgRiskRow *row = &rows[g_array_index (all, guint, i)];
      const HgRiskThreatState *threat = hg_risk_sheet_get_threat (sheet, row->threat);
      g_autofree char *asset = hg_asset_store_get_name (workbook, row->asset_id);

      /* Translators: the risk value, its band, the asset, its medium and the threat */
      g_print (_("  %u %s  %s (%s) — %s"), row->risk, hg_risk_band_get_label (row->band),
               asset ? asset : "", threat->display_medium, threat->display_name);
      if (row->treatment != HG_RISK_TREATMENT_NONE)
        g_print ("  [%s, %s]", hg_risk_treatment_get_label (row->treatment),
                 hg_risk_plan_get_label (row->plan));
      if (row->flags & HG_RISK_ROW_NEEDS_APPROVAL)
        g_print ("  %s", _("(accepted without approval)"));
      g_print ("\n");
    }
}

static void
print_diagnosis (HgRiskSheet *sheet,
                 HgPack      *pack)
{
  g_autoptr(HgRiskDiagnosis) d = hg_risk_diagnosis_new (sheet, pack, 3);

  g_print ("\n%s\n", _("Diagnosis (rule chapters, weakest first):"));
  for (guint i = 0; i < d->groups->len; i++)
    {
      const HgRiskDiagnosisGroup *g = g_ptr_array_index (d->groups, i);
      char score[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (score, sizeof score, "%.1f", g->score);
      g_print ("  %u. %s  %s %s\n", g->rank, g->group->title, _("score"), score);
      if (i >= 3)
        continue;
      for (guint k = 0; k < g->weak->len; k++)
        {
          const HgRiskWeakControl *w = &g_array_index (g->weak, HgRiskWeakControl, k);

          g_print ("     - %s (%s)\n", w->text, hg_risk_status_get_label (w->status));
        }
      for (guint k = 0; k < g->suggestions->len; k++)
        {
          const HgRiskSuggestionItem *s = &g_array_index (g->suggestions, HgRiskSuggestionItem, k);

          g_print ("     %s %s → %s\n", _("Suggested setting:"), s->label ? s->label : s->question,
                   s->value_label);
        }
    }
}

/* The session's sheet of a workbook opened read-only, with a word when
 * part of the register is not set up yet. */
static HgRiskSheet *
read_sheet (HgSession  *session,
            const char *file)
{
  if (hg_risk_needs_setup (hg_session_get_workbook (session)))
    g_printerr (_("%s: some media have no threats yet; run “hinagata-cli risks setup %s”.\n"),
                file, file);
  return hg_session_get_risk_sheet (session);
}

static int
show (HgSession     *session,
      const Options *o)
{
  HgRiskSheet *sheet = read_sheet (session, o->positional[1]);
  HgPack *pack = hg_session_get_pack (session, NULL);

  print_counts (sheet);
  print_heat_map (sheet);
  print_top_risks (sheet, 10);
  print_diagnosis (sheet, pack);
  return 0;
}

static int
export_files (HgSession     *session,
              const Options *o)
{
  HgRiskSheet *sheet;
  HgPack *pack;
  g_autoptr(GError) error = NULL;
  HgRiskFileFormat file_format;
  HgDocFormat doc_format;
  const char *format = o->format ? o->format : o->output;

  if (o->output == NULL || format == NULL)
    return hg_cli_usage_error (_("“risks export” needs --format FORMAT and -o OUT"));
  sheet = read_sheet (session, o->positional[1]);
  pack = hg_session_get_pack (session, NULL);

  if (hg_risk_file_format_from_name (format, &file_format))
    {
      if (!hg_risk_export_file (sheet, pack, o->output, file_format, &error))
        return hg_cli_fail (error);
    }
  else if (hg_doc_format_from_name (format, &doc_format))
    {
      g_autoptr(HgDoc) doc = hg_risk_report_build (sheet, pack);

      if (!hg_doc_write (doc, doc_format, o->output, &error))
        return hg_cli_fail (error);
    }
  else
    return hg_cli_usage_error (_("The format must be csv, xlsx, pdf, docx, odt, html or text"));
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

static int
list_threats (HgSession     *session,
              const Options *o)
{
  HgRiskSheet *sheet = read_sheet (session, o->positional[1]);

  for (guint i = 0; i < hg_risk_sheet_get_n_threats (sheet); i++)
    {
      const HgRiskThreatState *t = hg_risk_sheet_get_threat (sheet, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%u\t%u\t%u\n", t->id, t->display_medium,
               t->key ? t->key : "-", t->display_name, t->likelihood, t->vulnerability, t->n_rows);
    }
  return 0;
}

static int
list_controls (HgSession     *session,
               const Options *o)
{
  HgWorkbook *workbook = hg_session_get_workbook (session);
  HgRiskSheet *sheet = read_sheet (session, o->positional[1]);
  g_autoptr(GError) error = NULL;
  gint64 department;

  if (!department_of (workbook, o, &department, &error))
    return hg_cli_fail (error);
  for (guint i = 0; i < hg_risk_sheet_get_n_controls (sheet); i++)
    {
      const HgRiskControlState *c = hg_risk_sheet_get_control (sheet, i);
      HgRiskStatus status = o->department ? hg_risk_sheet_get_status (sheet, c->key, department)
                                          : c->combined;

      g_print ("%s\t%s\t%s\n", c->key, hg_risk_status_to_string (status)[0]
                                       ? hg_risk_status_to_string (status) : "-", c->text);
    }
  return 0;
}

/* ---- Editing ---------------------------------------------------------------------- */

static int
answer (HgSession     *session,
        const Options *o)
{
  HgWorkbook *workbook = hg_session_get_workbook (session);
  HgRiskCatalogue *catalogue = hg_session_get_catalogue (session, NULL);
  g_autoptr(GError) error = NULL;
  HgRiskStatus status;
  gint64 department;

  if (o->n_positional != 4)
    return hg_cli_usage_error (_("“risks answer” takes a workbook, a control and a status"));
  if (!g_str_equal (o->positional[3], "none")
      && !hg_risk_status_from_string (o->positional[3], &status))
    return hg_cli_usage_error (_("The status must be done, partial, not, n/a or none"));
  if (g_str_equal (o->positional[3], "none"))
    status = HG_RISK_UNANSWERED;
  if (!department_of (workbook, o, &department, &error)
      || !hg_risk_answer_set (workbook, catalogue, o->positional[2], department, status,
                              o->note ? o->note : "", &error))
    return hg_cli_fail (error);
  return 0;
}

static int
likelihood (HgSession     *session,
            const Options *o)
{
  HgWorkbook *workbook = hg_session_get_workbook (session);
  g_autoptr(GError) error = NULL;
  gint64 department, threat;
  guint64 value;

  if (o->n_positional != 4 || !g_ascii_string_to_unsigned (o->positional[3], 10, 0, 3, &value,
                                                            NULL))
    return hg_cli_usage_error (_("“risks likelihood” takes a workbook, a threat and 1, 2 or 3 "
                                 "(0 takes a department’s rating back)"));
  if (!department_of (workbook, o, &department, &error)
      || (threat = threat_of (workbook, o->positional[2], &error)) == 0
      || !hg_risk_likelihood_set (workbook, threat, department, (guint) value, &error))
    return hg_cli_fail (error);
  return 0;
}

static int
treat (HgSession     *session,
       const Options *o)
{
  HgWorkbook *workbook = hg_session_get_workbook (session);
  HgRiskCatalogue *catalogue = hg_session_get_catalogue (session, NULL);
  g_autoptr(HgRiskTreatment) t = NULL;
  g_autoptr(GError) error = NULL;
  HgRiskTreatmentKind kind;
  gint64 threat, asset;

  if (o->n_positional != 4 || o->kind == NULL)
    return hg_cli_usage_error (_("“risks treat” takes a workbook, an asset id, a threat and "
                                 "--kind reduce|avoid|transfer|accept"));
  if (!hg_risk_treatment_from_string (o->kind, &kind))
    return hg_cli_usage_error (_("The kind must be reduce, avoid, transfer or accept"));
  asset = g_ascii_strtoll (o->positional[2], NULL, 10);
  if ((threat = threat_of (workbook, o->positional[3], &error)) == 0)
    return hg_cli_fail (error);

  t = hg_risk_treatment_new (asset, threat, kind);
  if (o->status != NULL && !hg_risk_plan_from_string (o->status, &t->status))
    return hg_cli_usage_error (_("The status must be planned, in_progress or done"));
  t->expected_damage = o->expected ? (guint) g_ascii_strtoull (o->expected, NULL, 10) : 0;
  g_free (t->measures);
  t->measures = g_strdup (o->measures ? o->measures : "");
  if (o->controls != NULL)
    {
      g_strfreev (t->control_keys);
      t->control_keys = g_strsplit (o->controls, ",", -1);
    }
  g_free (t->due_on);
  t->due_on = g_strdup (o->due ? o->due : "");
  g_free (t->approver);
  t->approver = g_strdup (o->approver ? o->approver : "");
  g_free (t->approved_on);
  t->approved_on = g_strdup (o->approved_on ? o->approved_on : "");
  g_free (t->reason);
  t->reason = g_strdup (o->reason ? o->reason : "");
  if (!hg_risk_treatment_set (workbook, catalogue, t, &error))
    return hg_cli_fail (error);
  return 0;
}

static int
examples (HgSession     *session,
          const Options *o)
{
  HgWorkbook *workbook = hg_session_get_workbook (session);
  HgRiskCatalogue *catalogue = hg_session_get_catalogue (session, NULL);
  g_autoptr(GError) error = NULL;

  if (hg_workbook_count_rows (workbook, "asset") == 0
      && !hg_asset_store_load_examples (workbook, &error))
    return hg_cli_fail (error);
  if (!hg_risk_load_examples (workbook, catalogue, &error))
    return hg_cli_fail (error);
  g_print (_("Loaded the example risk analysis into %s\n"), o->positional[1]);
  return 0;
}

static int
setup (HgSession     *session,
       const Options *o)
{
  HgWorkbook *workbook = hg_session_get_workbook (session);
  g_print (_("%s: the risk analysis is set up (%u threats)\n"), o->positional[1],
           (guint) hg_workbook_count_rows (workbook, "risk_threat"));
  return 0;
}

static int
check_catalogue (const Options *o)
{
  g_autoptr(HgRiskCatalogue) catalogue = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_threats = 0;

  if (o->n_positional != 2)
    return hg_cli_usage_error (_("Use “risks check-catalogue CATALOGUE.xml”"));
  catalogue = hg_risk_catalogue_load_file (o->positional[1], NULL, &problems, &error);
  if (catalogue == NULL)
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
      return hg_cli_fail (error);
    }
  for (guint i = 0; i < hg_risk_catalogue_get_media (catalogue)->len; i++)
    n_threats += ((HgRiskMediumKind *) g_ptr_array_index (hg_risk_catalogue_get_media (catalogue), i))
                   ->threats->len;
  g_print (_("%s: OK (%u kinds of medium, %u threats, %u controls)\n"), o->positional[1],
           hg_risk_catalogue_get_media (catalogue)->len, n_threats,
           hg_risk_catalogue_get_controls (catalogue)->len);
  return 0;
}

typedef int (*Command) (HgSession     *session,
                        const Options *o);

int
hg_cli_risks (int    argc,
              char **argv)
{
  static const struct { const char *name; Command run; gboolean edits; } commands[] = {
    { "show", show, FALSE }, { "export", export_files, FALSE }, { "threats", list_threats, FALSE },
    { "controls", list_controls, FALSE }, { "setup", setup, TRUE }, { "answer", answer, TRUE },
    { "likelihood", likelihood, TRUE }, { "treat", treat, TRUE }, { "examples", examples, TRUE },
  };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(HgSession) session = NULL;
  g_autoptr(GError) error = NULL;
  Options o = { { 0 } };

  if (!parse (argc, argv, &o) || o.n_positional < 1)
    return hg_cli_usage_error (_("Use “risks show”, “risks export”, “risks answer”, "
                                 "“risks likelihood” or another risks command"));
  if (g_str_equal (o.positional[0], "check-catalogue"))
    return check_catalogue (&o);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (o.positional[0], commands[i].name))
        continue;
      if (o.n_positional < 2)
        return hg_cli_usage_error (_("Give the workbook after the risks command"));
      workbook = commands[i].edits ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT,
                                                       &error)
                                   : hg_cli_open_current (o.positional[1], &error);
      if (workbook == NULL)
        return hg_cli_fail (error);
      session = hg_session_new (workbook);
      if (!use_catalogue (session, &o, &error)
          || (commands[i].edits
              && !hg_risk_setup (workbook, hg_session_get_catalogue (session, NULL), &error)))
        return hg_cli_fail (error);
      return commands[i].run (session, &o);
    }
  {
    g_autofree char *message = g_strdup_printf (_("Unknown risks command “%s”"), o.positional[0]);

    return hg_cli_usage_error (message);
  }
}

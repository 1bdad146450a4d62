/* hg-cli-incidents.c: the "incidents" commands — the incident register:
 * add, list, show, advance through the steps, record notifications,
 * export the register and print the report of one incident
 *
 * Every command that reads deadlines takes --now, so that a script (and
 * the tests) can ask how things stood, or will stand, at a given moment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "hg-cli-util.h"
#include "hg-company.h"
#include "hg-doc-writer.h"
#include "hg-incident-deadline.h"
#include "hg-incident-edit.h"
#include "hg-incident-export.h"
#include "hg-incident-report.h"
#include "hg-incident-rules.h"
#include "hg-local-time.h"
#include "hg-policy.h"
#include "hg-text.h"

typedef struct
{
  const char *positional[5];
  guint       n_positional;
  const char *title, *detected, *by, *how, *kind, *category, *level, *personal, *assets;
  const char *description, *cause, *impact, *actions, *lessons;
  const char *at, *note, *to, *within, *sent, *now, *output, *format, *report;
} Options;

/* An incident's number for a translated message: gettext cannot read
 * G_GINT64_FORMAT inside a message. Valid until the next call. */
static const char *
number_text (gint64 id)
{
  static char text[24];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, id);
  return text;
}

static gboolean
parse_now (const Options  *o,
           GDateTime     **now)
{
  if (o->now == NULL)
    {
      *now = g_date_time_new_now_local ();
      return TRUE;
    }
  *now = hg_local_time_parse (o->now);
  return *now != NULL;
}

static void
print_deadlines (const HgIncident *incident,
                 GDateTime        *now,
                 gboolean          all)
{
  g_autoptr(GPtrArray) deadlines = hg_incident_deadlines (incident, now);

  for (guint i = 0; i < deadlines->len; i++)
    {
      HgIncidentDeadline *deadline = g_ptr_array_index (deadlines, i);
      g_autofree char *due = g_date_time_format (deadline->due, "%Y-%m-%d %H:%M");
      g_autofree char *state = hg_incident_deadline_describe (deadline, now);
      gboolean ppc = deadline->kind == HG_INCIDENT_NOTICE_PPC_PROMPT
                     || deadline->kind == HG_INCIDENT_NOTICE_PPC_FINAL;

      if (!all && deadline->state == HG_INCIDENT_DEADLINE_DONE)
        continue;
      g_print ("      %s%s  %s  %s\n", deadline->state == HG_INCIDENT_DEADLINE_OVERDUE ? "! " : "",
               ppc ? hg_incident_notice_kind_get_label (deadline->kind) : deadline->recipient,
               due, state);
      if (deadline->target != NULL && deadline->state != HG_INCIDENT_DEADLINE_DONE)
        {
          g_autofree char *target = g_date_time_format (deadline->target, "%Y-%m-%d %H:%M");

          g_print ("        %s %s\n", _("Target:"), target);
        }
    }
}

static int
list (HgWorkbook    *workbook,
      GDateTime     *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) incidents = hg_incident_list (workbook, &error);

  if (incidents == NULL)
    return hg_cli_fail (error);
  if (incidents->len == 0)
    g_print ("%s\n", _("No incidents recorded."));
  for (guint i = 0; i < incidents->len; i++)
    {
      HgIncident *incident = g_ptr_array_index (incidents, i);
      g_autofree char *detected = hg_local_time_format (incident->detected);

      g_print ("%4" G_GINT64_FORMAT "  %s  %s  %s  %s\n", incident->id, detected,
               hg_incident_step_get_label (hg_incident_get_status (incident)),
               hg_incident_level_get_label (incident->level), incident->title);
      if (hg_incident_is_open (incident))
        print_deadlines (incident, now, FALSE);
    }
  return 0;
}

static int
show (HgWorkbook *workbook,
      gint64      id,
      GDateTime  *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) incident = hg_incident_get (workbook, id, &error);
  g_autofree char *detected = NULL;

  if (incident == NULL)
    return hg_cli_fail (error);
  detected = hg_local_time_format (incident->detected);
  hg_cli_print_field (_("Title"), incident->title);
  hg_cli_print_field (_("Detected at"), detected);
  hg_cli_print_field (_("Detected by"), incident->detected_by);
  if (incident->detected_how[0] != '\0')
    hg_cli_print_field (_("How it was detected"), incident->detected_how);
  hg_cli_print_field (_("Kind"), hg_incident_kind_get_label (incident->kind));
  hg_cli_print_field (_("Category"), hg_incident_category_get_label (incident->category));
  hg_cli_print_field (_("Severity"), hg_incident_level_get_label (incident->level));
  hg_cli_print_field (_("Personal information"), incident->personal_data ? _("Yes") : _("No"));
  for (guint i = 0; i < incident->asset_names->len; i++)
    {
      g_autofree char *asset = g_strdup_printf ("%" G_GINT64_FORMAT " %s",
                                                g_array_index (incident->assets, gint64, i),
                                                (char *) g_ptr_array_index (incident->asset_names, i));

      hg_cli_print_field (i == 0 ? _("Affected assets") : "", asset);
    }
  for (guint s = 0; s < HG_INCIDENT_N_STEPS; s++)
    {
      g_autofree char *at = NULL, *line = NULL;

      if (incident->steps[s].at == NULL)
        continue;
      at = hg_local_time_format (incident->steps[s].at);
      line = g_strdup_printf ("%s  %s%s%s", at, incident->steps[s].person,
                              incident->steps[s].note[0] ? "  " : "", incident->steps[s].note);
      hg_cli_print_field (hg_incident_step_get_label (s), line);
    }
#define TEXT(label, field) \
  if (incident->field[0] != '\0') \
    hg_cli_print_field (label, incident->field)
  TEXT (_("What happened"), description);
  TEXT (_("Cause"), cause);
  TEXT (_("Impact"), impact);
  TEXT (_("Actions taken"), actions);
  TEXT (_("Lessons learned"), lessons);
#undef TEXT
  g_print ("%s\n", _("Deadlines:"));
  print_deadlines (incident, now, TRUE);
  return 0;
}

static gboolean
parse_assets (const char  *text,
              GArray      *assets)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;
      char *end;

      g_strstrip (parts[i]);
      id = g_ascii_strtoll (parts[i], &end, 10);
      if (parts[i][0] == '\0' || *end != '\0' || id <= 0)
        return FALSE;
      g_array_append_val (assets, id);
    }
  return TRUE;
}

/* Fills @incident from the options given; those not given stay. */
static int
fill (HgIncident    *incident,
      const Options *o)
{
#define SET(field, option) \
  if (o->option != NULL) \
    hg_text_set (&incident->field, o->option)
  SET (title, title);
  SET (detected, detected);
  SET (detected_by, by);
  SET (detected_how, how);
  SET (category, category);
  SET (description, description);
  SET (cause, cause);
  SET (impact, impact);
  SET (actions, actions);
  SET (lessons, lessons);
#undef SET
  if (o->kind != NULL && !hg_incident_kind_from_id (o->kind, &incident->kind))
    return hg_cli_usage_error (_("--kind is incident (on purpose) or accident (nobody meant it)"));
  if (o->level != NULL && !hg_incident_level_from_id (o->level, &incident->level))
    return hg_cli_usage_error (_("--level is major, moderate or minor, as the rules’ severity table"));
  if (o->personal != NULL)
    {
      if (!g_str_equal (o->personal, "yes") && !g_str_equal (o->personal, "no"))
        return hg_cli_usage_error (_("--personal is yes or no"));
      incident->personal_data = g_str_equal (o->personal, "yes");
    }
  if (o->assets != NULL)
    {
      g_array_set_size (incident->assets, 0);
      if (o->assets[0] != '\0' && !parse_assets (o->assets, incident->assets))
        return hg_cli_usage_error (_("--assets takes asset numbers separated by commas, e.g. 3,12"));
    }
  return 0;
}

static int
save (HgWorkbook    *workbook,
      gint64         id,
      const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) incident = id ? hg_incident_get (workbook, id, &error) : hg_incident_new ();
  int status;

  if (incident == NULL)
    return hg_cli_fail (error);
  if ((status = fill (incident, o)) != 0)
    return status;
  if (!hg_incident_save (workbook, incident, &id, &error))
    return hg_cli_fail (error);
  g_print (_("Incident %s saved\n"), number_text (id));
  return 0;
}

static int
advance (HgWorkbook    *workbook,
         gint64         id,
         const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *at = o->at ? g_strdup (o->at) : hg_local_time_store (now);
  HgIncidentStep step;

  if (!hg_incident_step_from_id (o->positional[3], &step) || step == HG_INCIDENT_DETECTED)
    return hg_cli_usage_error (_("The step is reported, contained, recovered or closed"));
  if (!hg_incident_advance (workbook, id, step, at, o->by, o->note, &error))
    return hg_cli_fail (error);
  g_print (_("Incident %s: %s\n"), number_text (id), hg_incident_step_get_label (step));
  return 0;
}

static int
notify (HgWorkbook    *workbook,
        gint64         id,
        const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncidentNotice) notice = hg_incident_notice_new ();
  g_autofree char *kind = g_strdelimit (g_strdup (o->positional[3]), "-", '_');

  if (!hg_incident_notice_kind_from_id (kind, &notice->kind))
    return hg_cli_usage_error (_("The notification is customer, other, ppc-prompt or ppc-final"));
  if (o->within != NULL)
    {
      char *end;
      guint64 n = g_ascii_strtoull (o->within, &end, 10);

      if (end == o->within || n > G_MAXUINT || (!g_str_equal (end, "h") && !g_str_equal (end, "d")))
        return hg_cli_usage_error (_("--within takes hours or days, e.g. 24h or 3d"));
      notice->within = (guint) n;
      notice->in_days = g_str_equal (end, "d");
    }
  else if (notice->kind == HG_INCIDENT_NOTICE_CUSTOMER)
    {
      /* The rules' hours, unless the contract's are given. */
      g_autoptr(HgPack) pack = hg_policy_load_pack (workbook, NULL);

      notice->within = hg_incident_rules_customer_hours (workbook, pack);
    }
  notice->recipient = g_strdup (o->to);
  notice->sent = g_strdup (o->sent);
  notice->note = g_strdup (o->note);
  if (!hg_incident_save_notice (workbook, id, notice, NULL, &error))
    return hg_cli_fail (error);
  g_print (_("Incident %s: notification recorded\n"), number_text (id));
  return 0;
}

static int
export (HgWorkbook    *workbook,
        const Options *o,
        GDateTime     *now)
{
  g_autoptr(GError) error = NULL;

  if (o->output == NULL)
    return hg_cli_usage_error (_("Give the file to write with -o FILE.csv or -o FILE.xlsx"));
  if (!hg_incident_export (workbook, o->output, now, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

static int
report (HgWorkbook    *workbook,
        gint64         id,
        const Options *o,
        GDateTime     *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgIncident) incident = hg_incident_get (workbook, id, &error);
  g_autofree char *company = NULL;
  g_autoptr(HgDoc) doc = NULL;
  HgDocFormat format = HG_DOC_FORMAT_PDF;
  HgIncidentReportKind kind = HG_INCIDENT_REPORT_FIRST;

  if (incident == NULL)
    return hg_cli_fail (error);
  if (o->output == NULL)
    return hg_cli_usage_error (_("Give the file to write with -o FILE"));
  if (o->format != NULL && !hg_doc_format_from_name (o->format, &format))
    {
      g_autofree char *names = hg_doc_format_list_names ();
      g_autofree char *message = g_strdup_printf (_("Unknown format “%s”; use one of %s"),
                                                  o->format, names);

      return hg_cli_usage_error (message);
    }
  if (o->report != NULL && g_str_equal (o->report, "final"))
    kind = HG_INCIDENT_REPORT_FINAL;
  else if (o->report != NULL && !g_str_equal (o->report, "first"))
    return hg_cli_usage_error (_("--report is first or final"));
  company = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  doc = hg_incident_report_build (incident, kind, company, now);
  if (!hg_doc_write (doc, format, o->output, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

int
hg_cli_incidents (int    argc,
                  char **argv)
{
  static const struct { const char *name; guint n; gboolean edits; } commands[] = {
    { "list", 2, FALSE }, { "show", 3, FALSE }, { "add", 2, TRUE }, { "edit", 3, TRUE },
    { "advance", 4, TRUE }, { "notify", 4, TRUE }, { "export", 2, FALSE }, { "report", 3, FALSE },
  };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  Options o = { { 0 } };
  const HgCliOption options[] = {
    { "--title", &o.title }, { "--detected", &o.detected }, { "--by", &o.by },
    { "--how", &o.how }, { "--kind", &o.kind }, { "--category", &o.category },
    { "--level", &o.level }, { "--personal", &o.personal }, { "--assets", &o.assets },
    { "--description", &o.description }, { "--cause", &o.cause }, { "--impact", &o.impact },
    { "--actions", &o.actions }, { "--lessons", &o.lessons }, { "--at", &o.at },
    { "--note", &o.note }, { "--to", &o.to }, { "--within", &o.within }, { "--sent", &o.sent },
    { "--now", &o.now }, { "-o", &o.output }, { "--output", &o.output },
    { "--format", &o.format }, { "--report", &o.report },
  };
  gint64 id = 0;
  guint c;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), o.positional,
                             G_N_ELEMENTS (o.positional), &o.n_positional)
      || o.n_positional < 1)
    return hg_cli_usage_error (_("Use “incidents add”, “list”, “show”, “edit”, “advance”, "
                                 "“notify”, “export” or “report”"));
  for (c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (o.positional[0], commands[c].name))
      break;
  if (c == G_N_ELEMENTS (commands))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown incidents command “%s”"), o.positional[0]);

      return hg_cli_usage_error (message);
    }
  if (o.n_positional != commands[c].n)
    {
      g_autofree char *message = g_strdup_printf (_("Wrong arguments for “incidents %s”; see --help"),
                                                  commands[c].name);

      return hg_cli_usage_error (message);
    }
  if (commands[c].n >= 3)
    {
      char *end;

      id = g_ascii_strtoll (o.positional[2], &end, 10);
      if (*end != '\0' || id <= 0)
        return hg_cli_usage_error (_("Give the incident’s number, as “incidents list” shows it"));
    }
  if (!parse_now (&o, &now))
    return hg_cli_usage_error (_("--now takes a date and time, e.g. 2026-12-29 23:30"));

  workbook = commands[c].edits ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
                               : hg_cli_open_current (o.positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  switch (c)
    {
    case 0:
      return list (workbook, now);
    case 1:
      return show (workbook, id, now);
    case 2:
    case 3:
      return save (workbook, id, &o);
    case 4:
      return advance (workbook, id, &o);
    case 5:
      return notify (workbook, id, &o);
    case 6:
      return export (workbook, &o, now);
    default:
      return report (workbook, id, &o, now);
    }
}

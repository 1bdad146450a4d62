/* hg-cli-services.c: the "services" commands — the register of external
 * services and contractors (外部サービス・委託先): list, add, record a
 * review (or list the reviews overdue), end a contract, export
 *
 * Every command that tells what is overdue takes --today, so that a
 * script (and the tests) can ask how things stand on a given day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-cli-util.h"
#include "hg-date.h"
#include "hg-duty-calendar.h"
#include "hg-service-edit.h"
#include "hg-service-export.h"
#include "hg-service.h"

typedef struct
{
  const char *positional[3];
  guint       n_positional;
  const char *name, *kind, *department, *approved_by, *approved_on, *next, *assets, *met, *note,
             *today, *date, *returned, *deleted, *proof, *output;
} Options;

static void
print_row (const HgService *s,
           const GDate     *today)
{
  gboolean overdue = hg_service_review_is_overdue (s, today);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
  g_autofree char *state = NULL;

  if (s->ended != NULL)
    state = g_strdup_printf (_("ended %s"), s->ended);
  else
    state = g_strdup_printf (overdue ? _("review overdue since %s") : _("next review %s"),
                             s->next_review);
  /* Translators: one service in "services list": number, name, kind,
   * department, checklist items met of all, its state */
  g_print (_("%s %3s  %s  %s  %s  checklist %u/%u  %s\n"), overdue ? "!" : " ", number, s->name,
           hg_service_kind_get_label (s->kind), s->department, hg_service_count_met (s),
           (guint) HG_SERVICE_N_CHECKS, state);
}

static int
list (HgWorkbook  *workbook,
      const GDate *today,
      gboolean     overdue_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = hg_service_list (workbook, &error);
  g_autoptr(GPtrArray) overdue = NULL;
  GPtrArray *rows;

  if (list == NULL)
    return hg_cli_fail (error);
  overdue = hg_service_review_overdue (list, today);
  rows = overdue_only ? overdue : list;
  for (guint i = 0; i < rows->len; i++)
    print_row (g_ptr_array_index (rows, i), today);
  if (rows->len == 0)
    g_print ("%s\n", overdue_only ? _("No review is overdue.") : _("No services are registered yet."));
  return overdue_only && overdue->len > 0 ? 1 : 0;
}

/* "--met intrusion,contract" → those checklist items answered yes. */
static gboolean
parse_met (const char *text,
           HgService  *s)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      gboolean found = FALSE;

      g_strstrip (ids[i]);
      if (*ids[i] == '\0')
        continue;
      for (guint c = 0; c < HG_SERVICE_N_CHECKS; c++)
        if (g_str_equal (ids[i], hg_service_check_get_id (c)))
          found = s->checks[c].ok = TRUE;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_assets (const char *text,
              GArray     *assets)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      char *end;
      gint64 id = g_ascii_strtoll (g_strstrip (ids[i]), &end, 10);

      if (*end != '\0' || id <= 0)
        return FALSE;
      g_array_append_val (assets, id);
    }
  return TRUE;
}

static int
add (HgWorkbook    *workbook,
     const Options *o,
     const GDate   *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgService) s = hg_service_new ();
  g_autofree char *number = NULL;

  if (o->kind != NULL && !hg_service_kind_from_id (o->kind, &s->kind))
    return hg_cli_usage_error (_("--kind takes cloud or contractor"));
  if (o->met != NULL && !parse_met (o->met, s))
    return hg_cli_usage_error (_("--met takes checklist items separated by commas: intrusion, "
                                 "insider, applicant, provider, contract, certification, "
                                 "subcontract, ip"));
  if (o->assets != NULL && !parse_assets (o->assets, s->assets))
    return hg_cli_usage_error (_("--assets takes asset numbers separated by commas, e.g. 3,7"));
  s->name = g_strdup (o->name);
  s->department = g_strdup (o->department);
  s->approved_by = g_strdup (o->approved_by);
  s->approved_on = g_strdup (o->approved_on);
  s->next_review = g_strdup (o->next);
  s->note = g_strdup (o->note);
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    s->checks[i].note = g_strdup ("");
  if (!hg_service_save (workbook, s, &error))
    return hg_cli_fail (error);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
  g_print (_("Added service %s\n"), number);
  return 0;
}

static int
review (HgWorkbook    *workbook,
        gint64         id,
        const Options *o,
        const GDate   *today)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *on = o->date ? g_strdup (o->date) : hg_duty_calendar_store_date (today);

  if (o->next == NULL)
    return hg_cli_usage_error (_("Give the date of the next review with --next DATE"));
  if (!hg_service_review (workbook, id, on, o->next, &error))
    return hg_cli_fail (error);
  g_print (_("Review recorded; next on %s\n"), o->next);
  return 0;
}

static gboolean
flag (const char *text,
      gboolean   *value)
{
  if (text == NULL)
    return TRUE;
  if (g_str_equal (text, "yes"))
    *value = TRUE;
  else if (g_str_equal (text, "no"))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static int
end (HgWorkbook    *workbook,
     gint64         id,
     const Options *o)
{
  g_autoptr(GError) error = NULL;
  gboolean returned = FALSE, deleted = FALSE, proof = FALSE;

  if (!flag (o->returned, &returned) || !flag (o->deleted, &deleted) || !flag (o->proof, &proof))
    return hg_cli_usage_error (_("--returned, --deleted and --certified take yes or no"));
  if (!hg_service_end (workbook, id, o->date, returned, deleted, proof, o->note, &error))
    return hg_cli_fail (error);
  g_print ("%s\n", _("Contract end recorded"));
  return 0;
}

static int
export (HgWorkbook    *workbook,
        const Options *o,
        const GDate   *today)
{
  g_autoptr(GError) error = NULL;

  if (o->output == NULL)
    return hg_cli_usage_error (_("Give the file to write with -o FILE.csv or FILE.xlsx"));
  if (!hg_service_export (workbook, o->output, today, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  g_autofree char *iso = NULL;

  if (!hg_date_parse (text, &iso) || iso == NULL)
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_parse (date, iso);
  return g_date_valid (date);
}

int
hg_cli_services (int    argc,
                 char **argv)
{
  static const struct { const char *name; guint min, max; gboolean edits; } commands[] = {
    { "list", 2, 2, FALSE }, { "add", 2, 2, TRUE }, { "review", 2, 3, TRUE },
    { "end", 3, 3, TRUE }, { "export", 2, 2, FALSE },
  };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  Options o = { { 0 } };
  const HgCliOption options[] = {
    { "--name", &o.name }, { "--kind", &o.kind }, { "--department", &o.department },
    { "--approved-by", &o.approved_by }, { "--approved-on", &o.approved_on },
    { "--next", &o.next }, { "--assets", &o.assets }, { "--met", &o.met }, { "--note", &o.note },
    { "--today", &o.today }, { "--date", &o.date }, { "--returned", &o.returned },
    { "--deleted", &o.deleted }, { "--certified", &o.proof }, { "-o", &o.output },
    { "--output", &o.output },
  };
  gint64 id = 0;
  GDate today;
  guint c;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), o.positional,
                             G_N_ELEMENTS (o.positional), &o.n_positional)
      || o.n_positional < 1)
    return hg_cli_usage_error (_("Use “services list”, “add”, “review”, “end” or “export”"));
  for (c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (o.positional[0], commands[c].name))
      break;
  if (c == G_N_ELEMENTS (commands))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown services command “%s”"), o.positional[0]);

      return hg_cli_usage_error (message);
    }
  if (o.n_positional < commands[c].min || o.n_positional > commands[c].max)
    {
      g_autofree char *message = g_strdup_printf (_("Wrong arguments for “services %s”; see --help"),
                                                  commands[c].name);

      return hg_cli_usage_error (message);
    }
  if (o.n_positional == 3)
    {
      char *endp;

      id = g_ascii_strtoll (o.positional[2], &endp, 10);
      if (*endp != '\0' || id <= 0)
        return hg_cli_usage_error (_("Give the service’s number, as “services list” shows it"));
    }
  hg_duty_calendar_today (&today);
  if (o.today != NULL && !parse_day (o.today, &today))
    return hg_cli_usage_error (_("--today takes a date, e.g. 2026-12-28"));

  /* "review FILE" only lists, so it opens the workbook as "list" does. */
  workbook = commands[c].edits && (c != 2 || o.n_positional == 3)
             ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
             : hg_cli_open_current (o.positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  switch (c)
    {
    case 0:
      return list (workbook, &today, FALSE);
    case 1:
      return add (workbook, &o, &today);
    case 2:
      return id > 0 ? review (workbook, id, &o, &today) : list (workbook, &today, TRUE);
    case 3:
      return end (workbook, id, &o);
    default:
      return export (workbook, &o, &today);
    }
}

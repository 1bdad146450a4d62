/* hg-cli-laws.c: the "laws" commands — the register of laws (法令一覧):
 * the laws the rules list, why each applies, who watches it and when it
 * was last checked; naming the watcher and recording the yearly check;
 * the register as CSV or Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-cli-util.h"
#include "hg-duty-calendar.h"
#include "hg-law.h"
#include "hg-law-export.h"
#include "hg-policy.h"

typedef struct
{
  const char *positional[3];
  guint       n_positional;
  const char *today, *date, *by, *output;
} Options;

/* A "!" marks a law whose yearly check is owed. */
static int
list (GPtrArray   *laws,
      const GDate *today)
{
  for (guint i = 0; i < laws->len; i++)
    {
      const HgLaw *law = g_ptr_array_index (laws, i);
      g_autofree char *checked = NULL;

      if (law->checked != NULL)
        checked = g_strdup_printf ("%s (%s)", law->checked, law->checked_by);
      g_print ("%s %s  %s\n", hg_law_check_is_due (law, today) ? "!" : " ", law->id, law->name);
      g_print ("    %s %s\n", _("Why:"), law->reason);
      g_print ("    %s %s\n", _("Watched by:"), law->watcher ? law->watcher : _("nobody"));
      g_print ("    %s %s\n", _("Last checked:"), checked ? checked : _("never"));
    }
  if (laws->len == 0)
    g_print ("%s\n", _("The rules list no laws."));
  return 0;
}

static int
edit (HgWorkbook    *workbook,
      GPtrArray     *laws,
      gboolean       check,
      const Options *o,
      const GDate   *today)
{
  g_autoptr(GError) error = NULL;
  const HgLaw *law = hg_law_find (laws, o->positional[2]);
  g_autofree char *on = NULL;
  GDate date = *today;

  if (law == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("No law “%s”; “laws list” shows the ids"),
                                                  o->positional[2]);

      return hg_cli_usage_error (message);
    }
  if (o->by == NULL)
    return hg_cli_usage_error (_("Give the person with --by NAME"));
  if (!check)
    {
      if (!hg_law_set_watcher (workbook, law, o->by, &error))
        return hg_cli_fail (error);
      g_print (_("%s: watched by %s\n"), law->id, o->by);
      return 0;
    }
  if (o->date != NULL && !hg_cli_parse_day (o->date, &date))
    return hg_cli_usage_error (_("--date takes a date, e.g. 2026-12-28"));
  on = hg_duty_calendar_store_date (&date);
  if (!hg_law_record_check (workbook, law, on, o->by, today, &error))
    return hg_cli_fail (error);
  g_print (_("%s: checked on %s by %s\n"), law->id, on, o->by);
  return 0;
}

static int
export (HgWorkbook    *workbook,
        HgPack        *pack,
        const Options *o,
        const GDate   *today)
{
  g_autoptr(GError) error = NULL;

  if (o->output == NULL)
    return hg_cli_usage_error (_("Give the file to write with -o FILE.csv or FILE.xlsx"));
  if (!hg_law_export (workbook, pack, o->output, today, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

int
hg_cli_laws (int    argc,
             char **argv)
{
  static const struct { const char *name; guint n; gboolean edits; } commands[] = {
    { "list", 2, FALSE }, { "watch", 3, TRUE }, { "check", 3, TRUE }, { "export", 2, FALSE },
  };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) laws = NULL;
  g_autoptr(HgPack) pack = NULL;
  Options o = { { 0 } };
  const HgCliOption options[] = {
    { "--today", &o.today }, { "--date", &o.date }, { "--by", &o.by },
    { "-o", &o.output }, { "--output", &o.output },
  };
  GDate today;
  guint c;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), o.positional,
                             G_N_ELEMENTS (o.positional), &o.n_positional)
      || o.n_positional < 1)
    return hg_cli_usage_error (_("Use “laws list”, “watch”, “check” or “export”"));
  for (c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (o.positional[0], commands[c].name))
      break;
  if (c == G_N_ELEMENTS (commands))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown laws command “%s”"), o.positional[0]);

      return hg_cli_usage_error (message);
    }
  if (o.n_positional != commands[c].n)
    {
      g_autofree char *message = g_strdup_printf (_("Wrong arguments for “laws %s”; see --help"),
                                                  commands[c].name);

      return hg_cli_usage_error (message);
    }
  hg_duty_calendar_today (&today);
  if (o.today != NULL && !hg_cli_parse_day (o.today, &today))
    return hg_cli_usage_error (_("--today takes a date, e.g. 2026-12-28"));

  workbook = commands[c].edits ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
                               : hg_cli_open_current (o.positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  pack = hg_policy_load_pack (workbook, &error);
  if (pack == NULL)
    return hg_cli_fail (error);
  laws = hg_law_list (workbook, pack, &error);
  if (laws == NULL)
    return hg_cli_fail (error);
  if (c == 0)
    return list (laws, &today);
  if (c == 3)
    return export (workbook, pack, &o, &today);
  return edit (workbook, laws, c == 2, &o, &today);
}

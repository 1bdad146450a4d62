/* hg-cli-carryout.c: the "carryout" commands — the carry-out log
 * (持出し記録): record a device, medium or paper taken out, its return,
 * list what is out or overdue, export the log
 *
 * "list", "overdue" and "export" take --now, so that a script (and the tests) can
 * ask how things stand at a given moment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-carryout-export.h"
#include "hg-carryout.h"
#include "hg-cli-util.h"
#include "hg-local-time.h"

typedef struct
{
  const char *positional[3];
  guint       n_positional;
  const char *item, *medium, *asset, *by, *approved, *out, *due, *at, *note, *now, *output;
} Options;

static void
print_row (const HgCarryout *c,
           GDateTime        *now)
{
  g_autofree char *out = hg_local_time_format (c->out_at);
  g_autofree char *due = hg_local_time_format (c->due_at);
  g_autofree char *back = c->back_at ? hg_local_time_format (c->back_at) : NULL;
  gboolean overdue = hg_carryout_is_overdue (c, now);
  const char *state = back != NULL ? _("Returned") : overdue ? _("Overdue") : _("Out");

  g_print ("%s %3" G_GINT64_FORMAT "  %-8s  %s  %s  %s (%s)  %s → %s  %s\n", overdue ? "!" : " ",
           c->id, state, hg_carryout_medium_get_label (c->medium), c->item, c->person,
           c->approved_by, out, due, back ? back : "");
}

static int
list (HgWorkbook *workbook,
      GDateTime  *now,
      gboolean    overdue_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = hg_carryout_list (workbook, &error);
  g_autoptr(GPtrArray) overdue = NULL;
  GPtrArray *rows;

  if (list == NULL)
    return hg_cli_fail (error);
  overdue = hg_carryout_overdue (list, now);
  rows = overdue_only ? overdue : list;
  for (guint i = 0; i < rows->len; i++)
    print_row (g_ptr_array_index (rows, i), now);
  if (rows->len == 0)
    g_print ("%s\n", overdue_only ? _("Nothing is overdue.") : _("Nothing was taken out yet."));
  /* A script can tell "overdue" from "all back" by the status alone. */
  return overdue_only && overdue->len > 0 ? 1 : 0;
}

static int
add (HgWorkbook    *workbook,
     const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *out = o->out ? g_strdup (o->out) : hg_local_time_store (now);
  g_autofree char *number = NULL;
  HgCarryout c = { 0 };

  if (o->medium != NULL && !hg_carryout_medium_from_id (o->medium, &c.medium))
    return hg_cli_usage_error (_("--medium takes device, medium or paper"));
  if (o->asset != NULL)
    {
      char *end;

      c.asset = g_ascii_strtoll (o->asset, &end, 10);
      if (*end != '\0' || c.asset <= 0)
        return hg_cli_usage_error (_("--asset takes an asset number, as “assets list” shows it"));
    }
  c.item = (char *) o->item;
  c.person = (char *) o->by;
  c.approved_by = (char *) o->approved;
  c.out_at = out;
  c.due_at = (char *) o->due;
  c.note = (char *) (o->note ? o->note : "");
  if (!hg_carryout_add (workbook, &c, &error))
    return hg_cli_fail (error);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, c.id);
  g_print (_("Recorded carry-out %s\n"), number);
  return 0;
}

static int
give_back (HgWorkbook    *workbook,
           gint64         id,
           const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *at = o->at ? g_strdup (o->at) : hg_local_time_store (now);

  if (!hg_carryout_return (workbook, id, at, &error))
    return hg_cli_fail (error);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_print (_("Carry-out %s is back\n"), number);
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
  if (!hg_carryout_export (workbook, o->output, now, &error))
    return hg_cli_fail (error);
  g_print (_("Wrote %s\n"), o->output);
  return 0;
}

int
hg_cli_carryout (int    argc,
                 char **argv)
{
  static const struct { const char *name; guint n; gboolean edits; } commands[] = {
    { "list", 2, FALSE }, { "overdue", 2, FALSE }, { "add", 2, TRUE }, { "return", 3, TRUE },
    { "export", 2, FALSE },
  };
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  Options o = { { 0 } };
  const HgCliOption options[] = {
    { "--item", &o.item }, { "--medium", &o.medium }, { "--asset", &o.asset }, { "--by", &o.by },
    { "--approved-by", &o.approved }, { "--out", &o.out }, { "--due", &o.due }, { "--at", &o.at },
    { "--note", &o.note }, { "--now", &o.now }, { "-o", &o.output }, { "--output", &o.output },
  };
  gint64 id = 0;
  guint c;

  if (!hg_cli_parse_options (argc, argv, options, G_N_ELEMENTS (options), o.positional,
                             G_N_ELEMENTS (o.positional), &o.n_positional)
      || o.n_positional < 1)
    return hg_cli_usage_error (_("Use “carryout add”, “return”, “overdue”, “list” or “export”"));
  for (c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (o.positional[0], commands[c].name))
      break;
  if (c == G_N_ELEMENTS (commands))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown carryout command “%s”"), o.positional[0]);

      return hg_cli_usage_error (message);
    }
  if (o.n_positional != commands[c].n)
    {
      g_autofree char *message = g_strdup_printf (_("Wrong arguments for “carryout %s”; see --help"),
                                                  commands[c].name);

      return hg_cli_usage_error (message);
    }
  if (commands[c].n >= 3)
    {
      char *end;

      id = g_ascii_strtoll (o.positional[2], &end, 10);
      if (*end != '\0' || id <= 0)
        return hg_cli_usage_error (_("Give the carry-out’s number, as “carryout list” shows it"));
    }
  now = o.now ? hg_local_time_parse (o.now) : g_date_time_new_now_local ();
  if (now == NULL)
    return hg_cli_usage_error (_("--now takes a date and time, e.g. 2026-12-29 23:30"));

  workbook = commands[c].edits ? hg_workbook_open (o.positional[1], HG_WORKBOOK_OPEN_DEFAULT, &error)
                               : hg_cli_open_current (o.positional[1], &error);
  if (workbook == NULL)
    return hg_cli_fail (error);
  switch (c)
    {
    case 0:
    case 1:
      return list (workbook, now, c == 1);
    case 2:
      return add (workbook, &o);
    case 3:
      return give_back (workbook, id, &o);
    default:
      return export (workbook, &o, now);
    }
}

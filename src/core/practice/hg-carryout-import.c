/* hg-carryout-import.c
 *
 * A carry-out log kept on paper and typed into Excel, or exported from a
 * workflow tool, added to the register all or nothing
 * (hg-register-import.c). Each row is checked as hg_carryout_add() checks
 * a record typed in: what, who, approved by whom, out and due back as
 * local moments (hg_local_time_parse()), due and back not before out. A
 * row without 返却日時 is still out, and may be overdue at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-carryout-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-carryout-import.h"
#include "hg-carryout.h"
#include "hg-local-time.h"
#include "hg-text.h"

enum
{
  COL_ITEM,
  COL_MEDIUM,
  COL_PERSON,
  COL_APPROVED_BY,
  COL_OUT,
  COL_DUE,
  COL_BACK,
  COL_NOTE,
  N_COLS
};

static const char *const aliases[N_COLS][HG_REGISTER_IMPORT_ALIASES] = {
  [COL_ITEM] = { "持出し品", "持ち出し品", "持出品", "品名", "持出し物", "item",
                 "what was taken out" },
  [COL_MEDIUM] = { "区分", "種別", "種類", "medium", "kind", "type" },
  [COL_PERSON] = { "持出し者", "持ち出し者", "持出者", "使用者", "taken out by", "person", "by" },
  [COL_APPROVED_BY] = { "承認者", "approved by", "approver" },
  [COL_OUT] = { "持出し日時", "持ち出し日時", "持出日時", "持出し日", "out", "out at",
                "taken out" },
  [COL_DUE] = { "返却予定", "返却予定日時", "返却予定日", "due", "due back" },
  [COL_BACK] = { "返却日時", "返却日", "返却", "back", "back at", "returned" },
  [COL_NOTE] = { "備考", "メモ", "用途", "note", "notes", "remarks" },
};

static const char *const labels[N_COLS] = {
  N_("What was taken out"), N_("Kind"), N_("Taken out by"), N_("Approved by"), N_("Out at"),
  N_("Due back"), N_("Back at"), N_("Note"),
};

/* In the order of HgCarryoutMedium. */
static const char *const medium_names[][HG_REGISTER_IMPORT_ALIASES] = {
  { "機器", "端末", "PC", "パソコン", "device", "laptop" },
  { "媒体", "記録媒体", "USBメモリ", "medium", "media", "storage medium" },
  { "紙", "書類", "紙媒体", "paper", "document" },
};

static gboolean
match_column (const char *header,
              guint      *column)
{
  return hg_register_import_match (aliases, N_COLS, header, column);
}

/* The stored moment of @text into *@stored; %NULL for an empty cell. */
static GDateTime *
take_moment (HgImportSheet  *sheet,
             guint           line,
             guint           column,
             const char     *text,
             char          **stored)
{
  GDateTime *time;

  if (text[0] == '\0')
    {
      if (column != COL_BACK)
        hg_register_import_refuse (sheet, line, column, text, _("Required"));
      return NULL;
    }
  time = hg_local_time_parse (text);
  if (time == NULL)
    hg_register_import_refuse (sheet, line, column, text,
                               _("Write a date and time such as 2026-12-28 09:00"));
  else
    *stored = hg_local_time_store (time);
  return time;
}

static gpointer
parse (HgImportSheet  *sheet,
       guint           line,
       char          **cells)
{
  HgCarryout *c = g_new0 (HgCarryout, 1);
  g_autoptr(GDateTime) out = NULL, due = NULL, back = NULL;
  guint medium;

  hg_import_sheet_take_text (sheet, line, COL_ITEM, cells[COL_ITEM], HG_CARRYOUT_ITEM_MAX,
                             HG_TEXT_REQUIRED, &c->item);
  if (hg_register_import_match (medium_names, G_N_ELEMENTS (medium_names), cells[COL_MEDIUM],
                                &medium))
    c->medium = medium;
  else
    hg_register_import_refuse (sheet, line, COL_MEDIUM, cells[COL_MEDIUM],
                               _("Write 機器, 媒体 or 紙"));
  hg_import_sheet_take_text (sheet, line, COL_PERSON, cells[COL_PERSON], HG_CARRYOUT_PERSON_MAX,
                             HG_TEXT_REQUIRED, &c->person);
  hg_import_sheet_take_text (sheet, line, COL_APPROVED_BY, cells[COL_APPROVED_BY],
                             HG_CARRYOUT_PERSON_MAX, HG_TEXT_REQUIRED, &c->approved_by);
  out = take_moment (sheet, line, COL_OUT, cells[COL_OUT], &c->out_at);
  due = take_moment (sheet, line, COL_DUE, cells[COL_DUE], &c->due_at);
  back = take_moment (sheet, line, COL_BACK, cells[COL_BACK], &c->back_at);
  if (out != NULL && due != NULL && g_date_time_compare (due, out) < 0)
    hg_register_import_refuse (sheet, line, COL_DUE, cells[COL_DUE],
                               _("It cannot be due back before it was taken out"));
  if (out != NULL && back != NULL && g_date_time_compare (back, out) < 0)
    hg_register_import_refuse (sheet, line, COL_BACK, cells[COL_BACK],
                               _("It cannot be back before it was taken out"));
  hg_import_sheet_take_text (sheet, line, COL_NOTE, cells[COL_NOTE], HG_CARRYOUT_NOTE_MAX,
                             HG_TEXT_MULTILINE, &c->note);
  return c;
}

static gboolean
write_row (sqlite3   *db,
           gpointer   row,
           GError   **error)
{
  return _hg_carryout_insert (db, row, error);
}

static char *
moment_cell (const char *stored)
{
  return stored != NULL ? hg_local_time_format (stored) : g_strdup ("");
}

static char **
describe (gconstpointer row)
{
  const HgCarryout *c = row;
  char **cells = g_new0 (char *, N_COLS + 1);

  cells[COL_ITEM] = g_strdup (c->item ? c->item : "");
  cells[COL_MEDIUM] = g_strdup (hg_carryout_medium_get_label (c->medium));
  cells[COL_PERSON] = g_strdup (c->person ? c->person : "");
  cells[COL_APPROVED_BY] = g_strdup (c->approved_by ? c->approved_by : "");
  cells[COL_OUT] = moment_cell (c->out_at);
  cells[COL_DUE] = moment_cell (c->due_at);
  cells[COL_BACK] = moment_cell (c->back_at);
  cells[COL_NOTE] = g_strdup (c->note ? c->note : "");
  return cells;
}

/* The same item taken out by the same person at the same moment (as
 * stored, so 9:00 and 9時 are one). A row whose moment could not be read
 * is refused anyway and has no key. */
static GStrv
keys (gconstpointer row)
{
  const HgCarryout *c = row;
  GStrv list = g_new0 (char *, 2);

  if (c->out_at != NULL)
    list[0] = hg_register_import_key (c->item != NULL ? c->item : "",
                                      c->person != NULL ? c->person : "", c->out_at, NULL);
  return list;
}

static char *
label (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Carry-Out Record",
                                       "Import %u Carry-Out Records", n), n);
}

static const HgRegisterImportSpec spec = {
  .n_columns = N_COLS,
  .aliases = aliases,
  .labels = labels,
  .match = match_column,
  .key_column = COL_ITEM,
  .required = (1u << COL_ITEM) | (1u << COL_MEDIUM) | (1u << COL_PERSON)
              | (1u << COL_APPROVED_BY) | (1u << COL_OUT) | (1u << COL_DUE),
  .parse = parse,
  .free = (GDestroyNotify) hg_carryout_free,
  .write = write_row,
  .describe = describe,
  .label = label,
  .list = hg_carryout_list,
  .keys = keys,
};

/* The log's columns and rows, for hg_register_import_new(). */
const HgRegisterImportSpec *
hg_carryout_import_spec (void)
{
  return &spec;
}

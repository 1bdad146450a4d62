/* hg-service-import.c
 *
 * The list of cloud services and contractors a company kept in Excel,
 * added to the register all or nothing (hg-register-import.c). Each row
 * is checked as hg_service_save() checks a service typed in: the name,
 * the department, the approver and both dates are required, and the next
 * review cannot come before the approval. The selection checklist is not
 * in such lists: it starts unanswered, to be gone through on the tab.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-service-edit.h"
#include "hg-service-import.h"
#include "hg-text.h"

enum
{
  COL_NAME,
  COL_KIND,
  COL_DEPARTMENT,
  COL_APPROVED_BY,
  COL_APPROVED_ON,
  COL_NEXT_REVIEW,
  COL_NOTE,
  N_COLS
};

static const char *const aliases[N_COLS][HG_REGISTER_IMPORT_ALIASES] = {
  [COL_NAME] = { "サービス名", "委託先", "委託先名", "サービス名・委託先名", "サービス・委託先",
                 "名称", "service", "contractor", "service or contractor", "name" },
  [COL_KIND] = { "種別", "区分", "種類", "kind", "type" },
  [COL_DEPARTMENT] = { "利用部門", "部門", "部署", "利用部署", "department",
                       "department using it" },
  [COL_APPROVED_BY] = { "承認者", "approved by", "approver" },
  [COL_APPROVED_ON] = { "承認日", "承認年月日", "approved on", "approval date", "approved" },
  [COL_NEXT_REVIEW] = { "次回見直し", "次回見直し日", "見直し日", "次回点検日", "next review",
                        "review date", "review" },
  [COL_NOTE] = { "備考", "メモ", "note", "notes", "remarks" },
};

static const char *const labels[N_COLS] = {
  N_("Service or contractor"), N_("Kind"), N_("Department using it"), N_("Approved by"),
  N_("Approved on"), N_("Next review"), N_("Note"),
};

/* In the order of HgServiceKind. */
static const char *const kind_names[][HG_REGISTER_IMPORT_ALIASES] = {
  { "クラウド", "クラウドサービス", "cloud", "Cloud service", "SaaS", "サービス" },
  { "委託", "委託先", "外部委託", "contractor", "outsourcing" },
};

static gboolean
match_column (const char *header,
              guint      *column)
{
  return hg_register_import_match (aliases, N_COLS, header, column);
}

static void
take_date (HgImportSheet  *sheet,
           guint           line,
           guint           column,
           const char     *text,
           char          **dest)
{
  if (text[0] == '\0')
    hg_register_import_refuse (sheet, line, column, text, _("Required"));
  else
    hg_import_sheet_take_date (sheet, line, column, text, dest);
}

static gpointer
parse (HgImportSheet  *sheet,
       guint           line,
       char          **cells)
{
  HgService *s = hg_service_new ();
  guint kind;

  hg_import_sheet_take_text (sheet, line, COL_NAME, cells[COL_NAME], HG_SERVICE_NAME_MAX,
                             HG_TEXT_REQUIRED, &s->name);
  if (hg_register_import_match (kind_names, G_N_ELEMENTS (kind_names), cells[COL_KIND], &kind))
    s->kind = kind;
  else
    hg_register_import_refuse (sheet, line, COL_KIND, cells[COL_KIND],
                               _("Write クラウド or 委託"));
  hg_import_sheet_take_text (sheet, line, COL_DEPARTMENT, cells[COL_DEPARTMENT],
                             HG_SERVICE_PERSON_MAX, HG_TEXT_REQUIRED, &s->department);
  hg_import_sheet_take_text (sheet, line, COL_APPROVED_BY, cells[COL_APPROVED_BY],
                             HG_SERVICE_PERSON_MAX, HG_TEXT_REQUIRED, &s->approved_by);
  take_date (sheet, line, COL_APPROVED_ON, cells[COL_APPROVED_ON], &s->approved_on);
  take_date (sheet, line, COL_NEXT_REVIEW, cells[COL_NEXT_REVIEW], &s->next_review);
  if (s->approved_on != NULL && s->next_review != NULL
      && strcmp (s->next_review, s->approved_on) < 0)
    hg_register_import_refuse (sheet, line, COL_NEXT_REVIEW, cells[COL_NEXT_REVIEW],
                               _("The next review cannot come before the approval"));
  hg_import_sheet_take_text (sheet, line, COL_NOTE, cells[COL_NOTE], HG_SERVICE_NOTE_MAX,
                             HG_TEXT_MULTILINE, &s->note);
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    s->checks[i].note = g_strdup ("");
  return s;
}

static gboolean
write_row (sqlite3   *db,
           gpointer   row,
           GError   **error)
{
  return _hg_service_insert (db, row, error);
}

static char **
describe (gconstpointer row)
{
  const HgService *s = row;
  char **cells = g_new0 (char *, N_COLS + 1);

  cells[COL_NAME] = g_strdup (s->name ? s->name : "");
  cells[COL_KIND] = g_strdup (hg_service_kind_get_label (s->kind));
  cells[COL_DEPARTMENT] = g_strdup (s->department ? s->department : "");
  cells[COL_APPROVED_BY] = g_strdup (s->approved_by ? s->approved_by : "");
  cells[COL_APPROVED_ON] = g_strdup (s->approved_on ? s->approved_on : "");
  cells[COL_NEXT_REVIEW] = g_strdup (s->next_review ? s->next_review : "");
  cells[COL_NOTE] = g_strdup (s->note ? s->note : "");
  return cells;
}

/* The same name and kind (a cloud service and a contractor may share a
 * company's name). */
static GStrv
keys (gconstpointer row)
{
  const HgService *service = row;
  GStrv list = g_new0 (char *, 2);

  list[0] = hg_register_import_key (service->name != NULL ? service->name : "",
                                    hg_service_kind_get_id (service->kind), NULL);
  return list;
}

static char *
label (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Service",
                                       "Import %u Services", n), n);
}

static const HgRegisterImportSpec spec = {
  .n_columns = N_COLS,
  .aliases = aliases,
  .labels = labels,
  .match = match_column,
  .key_column = COL_NAME,
  .required = (1u << COL_NAME) | (1u << COL_KIND) | (1u << COL_DEPARTMENT)
              | (1u << COL_APPROVED_BY) | (1u << COL_APPROVED_ON) | (1u << COL_NEXT_REVIEW),
  .parse = parse,
  .free = (GDestroyNotify) hg_service_free,
  .write = write_row,
  .describe = describe,
  .label = label,
  .list = hg_service_list,
  .keys = keys,
};

/* The register's columns and rows, for hg_register_import_new(). */
const HgRegisterImportSpec *
hg_service_import_spec (void)
{
  return &spec;
}

/* hg-law.c
 *
 * The list of laws is the rules' own: the <list> that follows the rule
 * org_law_identify (規程「法令等の遵守」), each item with an id. It is read
 * under the answers as the documents are, so a law an answer adds (外為法
 * for a company abroad, the foreign privacy laws it names) is in the
 * register exactly when it is in the rules. The workbook keeps only what
 * the rules cannot know: who watches a law and when it was last checked.
 *
 * Why a law applies is said here, per item id, in the user's language; an
 * item of a pack of the company's own falls back to the question that
 * adds it, or to the rules themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-law"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-law.h"
#include "hg-pack-context.h"
#include "hg-text.h"

#define LIST_RULE "org_law_identify"

static const struct { const char *id; const char *reason; } reasons[] = {
  { "law_personal_information", N_("Every company that keeps the names and contacts of customers "
                                   "or staff handles personal information") },
  { "law_my_number", N_("You answered that you handle employees’ My Numbers") },
  { "law_unfair_competition", N_("Trade secrets are protected by law only when they are kept as "
                                 "secrets: marked, locked away, shared with few") },
  { "law_unauthorized_access", N_("Sets what counts as breaking into a system and what a "
                                  "system’s keeper must do to prevent it") },
  { "law_penal_code", N_("Makes creating or spreading malware and disrupting business by "
                         "computer crimes") },
  { "law_cybersecurity", N_("Asks every business to take part in cyber security on its own "
                            "initiative") },
  { "law_companies_act", N_("The board is answerable for systems that keep the business sound, "
                            "information security included") },
  { "law_electronic_books", N_("Invoices and receipts exchanged electronically must be kept "
                               "electronically, findable and unaltered") },
  { "law_copyright", N_("Software and documents may be copied only as their licences allow") },
  { "law_labour", N_("Confidentiality and discipline rest on the employment rules and the "
                     "labour laws") },
  { "law_telecommunications", N_("Protects the secrecy of communications, e-mail and "
                                 "networks included") },
  { "law_foreign_trade", N_("You answered that drawings or technical data go abroad") },
  { "law_foreign_privacy", N_("You answered that you handle personal data of people abroad") },
  { "guideline_ipa", N_("The rules are written along this guideline") },
  { "guideline_automotive", N_("You answered that your customers ask for the automotive "
                               "industry’s guideline") },
  { "contracts_customers", N_("What customers’ contracts ask binds the company as a law "
                              "does") },
};

void
hg_law_free (HgLaw *law)
{
  if (law == NULL)
    return;
  g_free (law->id);
  g_free (law->name);
  g_free (law->reason);
  g_free (law->watcher);
  g_free (law->checked);
  g_free (law->checked_by);
  g_free (law);
}

const HgLaw *
hg_law_find (GPtrArray  *laws,
             const char *id)
{
  for (guint i = 0; laws != NULL && id != NULL && i < laws->len; i++)
    {
      const HgLaw *law = g_ptr_array_index (laws, i);

      if (g_str_equal (law->id, id))
        return law;
    }
  return NULL;
}

/* The list after the rule that introduces it, with the conditions of the
 * blocks around it in @conditions (the list's own last). */
static const HgBlock *
find_list (const HgBlock *block,
           GPtrArray     *conditions)
{
  if (block->condition != NULL)
    g_ptr_array_add (conditions, block->condition);
  for (guint i = 0; i < block->children->len; i++)
    {
      const HgBlock *child = g_ptr_array_index (block->children, i);
      const HgBlock *found;

      if (child->kind == HG_BLOCK_RULE && g_strcmp0 (child->id, LIST_RULE) == 0)
        {
          for (guint j = i + 1; j < block->children->len; j++)
            {
              const HgBlock *next = g_ptr_array_index (block->children, j);

              if (next->kind == HG_BLOCK_LIST)
                {
                  if (child->condition != NULL)
                    g_ptr_array_add (conditions, child->condition);
                  if (next->condition != NULL)
                    g_ptr_array_add (conditions, next->condition);
                  return next;
                }
            }
          return NULL;
        }
      if ((found = find_list (child, conditions)) != NULL)
        return found;
    }
  if (block->condition != NULL)
    g_ptr_array_remove_index (conditions, conditions->len - 1);
  return NULL;
}

static char *
reason_for (HgPack        *pack,
            const HgBlock *item)
{
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (g_strcmp0 (item->id, reasons[i].id) == 0)
      return g_strdup (_(reasons[i].reason));
  if (item->condition != NULL)
    {
      g_auto(GStrv) names = hg_expr_identifiers (item->condition);
      const HgQuestion *question = NULL;

      for (guint i = 0; names != NULL && names[i] != NULL && question == NULL; i++)
        question = hg_pack_find_question (pack, names[i]);
      if (question != NULL)
        return g_strdup_printf (_("Your answer to “%s”"), question->label);
    }
  return g_strdup (_("Listed in the rules"));
}

static gboolean
load_watch (HgWorkbook  *workbook,
            GPtrArray   *laws,
            GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = hg_db_prepare (db, "SELECT law, watcher, checked, checked_by FROM law_watch", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgLaw *law = (HgLaw *) hg_law_find (laws, (const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *watcher = hg_db_column_dup (stmt, 1);
      g_autofree char *by = hg_db_column_dup (stmt, 3);

      if (law == NULL)
        continue;
      if (watcher != NULL && *watcher != '\0')
        law->watcher = g_steal_pointer (&watcher);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          law->checked = hg_db_column_dup (stmt, 2);
          law->checked_by = g_steal_pointer (&by);
        }
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "reading the register of laws");
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
hg_law_list (HgWorkbook  *workbook,
             HgPack      *pack,
             GError     **error)
{
  g_autoptr(HgPackContext) context = NULL;
  g_autoptr(GPtrArray) laws = NULL;
  g_autoptr(GPtrArray) conditions = g_ptr_array_new ();
  const HgBlock *list = NULL;
  GPtrArray *documents;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (pack != NULL, NULL);

  laws = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_law_free);
  documents = hg_pack_get_documents (pack);
  for (guint i = 0; i < documents->len && list == NULL; i++)
    {
      g_ptr_array_set_size (conditions, 0);
      list = find_list (g_ptr_array_index (documents, i), conditions);
    }
  if (list == NULL)
    return g_steal_pointer (&laws);

  context = hg_pack_context_new_for_workbook (pack, workbook);
  for (guint i = 0; i < conditions->len; i++)
    if (!hg_pack_context_test (context, g_ptr_array_index (conditions, i), error))
      return error != NULL && *error != NULL ? NULL : g_steal_pointer (&laws);
  for (guint i = 0; i < list->children->len; i++)
    {
      const HgBlock *item = g_ptr_array_index (list->children, i);
      HgLaw *law;

      if (item->kind != HG_BLOCK_ITEM || item->id == NULL)
        continue;
      if (item->condition != NULL && !hg_pack_context_test (context, item->condition, error))
        {
          if (error != NULL && *error != NULL)
            return NULL;
          continue;
        }
      law = g_new0 (HgLaw, 1);
      law->id = g_strdup (item->id);
      law->name = hg_pack_context_expand (context, item->text);
      law->reason = reason_for (pack, item);
      g_ptr_array_add (laws, law);
    }
  if (!load_watch (workbook, laws, error))
    return NULL;
  return g_steal_pointer (&laws);
}

typedef struct
{
  const char *law, *checked;
  char       *person;
} WatchData;

/* The row of a law, made the first time something is kept about it. */
static gboolean
ensure_row (sqlite3     *db,
            const char  *law,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "INSERT OR IGNORE INTO law_watch (law) "
                                                    "VALUES (?1)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, law, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

/* Sets the watcher, or (with @checked) the last check and who made it. */
static gboolean
write_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  WatchData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!ensure_row (db, data->law, error))
    return FALSE;
  stmt = hg_db_prepare (db, data->checked != NULL
                              ? "UPDATE law_watch SET checked = ?2, checked_by = ?3 WHERE law = ?1"
                              : "UPDATE law_watch SET watcher = ?3 WHERE law = ?1",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data->law, -1, SQLITE_STATIC);
  if (data->checked != NULL)
    sqlite3_bind_text (stmt, 2, data->checked, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, data->person, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_law_set_watcher (HgWorkbook   *workbook,
                    const HgLaw  *law,
                    const char   *person,
                    GError      **error)
{
  WatchData data = { law->id, NULL, hg_text_normalize (person ? person : "") };
  g_autofree char *label = NULL;
  const char *problem;
  gboolean ok;

  if ((problem = hg_text_check (data.person, HG_LAW_PERSON_MAX, HG_TEXT_ONE_LINE)) != NULL)
    ok = hg_error_invalid_field (error, _("Watched by"), problem);
  else
    {
      label = g_strdup_printf (_("Set who watches “%s”"), law->id);
      ok = hg_workbook_edit (workbook, label, write_cb, &data, error);
    }
  g_free (data.person);
  return ok;
}

static gboolean
read_date (const char *stored,
           GDate      *date)
{
  g_date_clear (date, 1);
  if (stored == NULL || !hg_date_is_stored (stored))
    return FALSE;
  g_date_set_parse (date, stored);
  return g_date_valid (date);
}

gboolean
hg_law_record_check (HgWorkbook   *workbook,
                     const HgLaw  *law,
                     const char   *date,
                     const char   *person,
                     const GDate  *today,
                     GError      **error)
{
  WatchData data = { law->id, date, hg_text_normalize (person ? person : "") };
  g_autofree char *label = NULL;
  const char *problem;
  GDate day;
  gboolean ok;

  if (!read_date (date, &day))
    ok = hg_error_invalid_field (error, _("Checked on"),
                                 _("Enter the day of the check, e.g. 2026-12-28"));
  else if (g_date_compare (&day, today) > 0)
    ok = hg_error_invalid_field (error, _("Checked on"),
                                 _("A check cannot be recorded on a day still to come"));
  else if ((problem = hg_text_check (data.person, HG_LAW_PERSON_MAX, HG_TEXT_REQUIRED)) != NULL)
    ok = hg_error_invalid_field (error, _("Checked by"), problem);
  else
    {
      label = g_strdup_printf (_("Record the check of “%s”"), law->id);
      ok = hg_workbook_edit (workbook, label, write_cb, &data, error);
    }
  g_free (data.person);
  return ok;
}

gboolean
hg_law_check_is_due (const HgLaw *law,
                     const GDate *today)
{
  GDate checked;

  if (!read_date (law->checked, &checked))
    return TRUE;
  g_date_add_years (&checked, 1);
  return g_date_compare (&checked, today) <= 0;
}

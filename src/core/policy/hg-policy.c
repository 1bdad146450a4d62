/* hg-policy.c
 *
 * Each answer is one edit, undoable like any other, and saved at once: the
 * wizard can be left at any question and picked up later.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-policy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-pack-context.h"
#include "hg-policy.h"
#include "hg-revision.h"
#include "hg-text.h"

/* Returns NULL when @value is a possible answer to @question. */
const char *
hg_policy_validate_answer (const HgQuestion *question,
                           const char       *value)
{
  static const char *roles[] = { "ciso", "department_head", "system_admin", "education",
                                 "auditor", "incident_contact", NULL };

  switch (question->type)
    {
    case HG_QUESTION_BOOLEAN:
      if (!g_str_equal (value, "true") && !g_str_equal (value, "false"))
        return _("Answer true or false");
      break;

    case HG_QUESTION_NUMBER:
      {
        char *end = NULL;
        double number = g_ascii_strtod (value, &end);

        if (value[0] == '\0' || *end != '\0')
          return _("Write a number");
        if ((question->has_min && number < question->min)
            || (question->has_max && number > question->max))
          return _("The number is outside the range this question allows");
      }
      break;

    case HG_QUESTION_CHOICE:
      for (guint i = 0; i < question->choices->len; i++)
        if (g_str_equal (((HgChoice *) g_ptr_array_index (question->choices, i))->value, value))
          return NULL;
      return _("Choose one of the question’s choices");

    case HG_QUESTION_ROLE:
      if (!g_strv_contains (roles, value))
        return _("Choose one of the security roles");
      break;

    case HG_QUESTION_DATE:
      {
        g_autofree char *iso = NULL;

        if (!hg_date_parse (value, &iso))
          return _("Write a date such as 2026-04-01");
      }
      break;

    case HG_QUESTION_MULTILINE:
      return hg_text_check (value, HG_POLICY_ANSWER_MAX, HG_TEXT_MULTILINE);

    case HG_QUESTION_TEXT:
    case HG_QUESTION_LIST:
    default:
      return hg_text_check (value, HG_POLICY_ANSWER_MAX, HG_TEXT_ONE_LINE);
    }
  return NULL;
}

typedef struct
{
  const char *pack;
  const char *question;
  const char *value;
} Answer;

static gboolean
set_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  Answer *a = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO policy_answer (pack, question, value) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (pack, question) DO UPDATE SET value = excluded.value "
    "WHERE value != excluded.value", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, a->pack, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, a->question, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, a->value, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_policy_set_answer (HgWorkbook  *workbook,
                      HgPack      *pack,
                      const char  *question_id,
                      const char  *value,
                      GError     **error)
{
  const HgQuestion *question = hg_pack_find_question (pack, question_id);
  g_autofree char *normalized = NULL;
  g_autofree char *label = NULL;
  const char *problem;
  Answer a;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (question == NULL)
    {
      g_set_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND,
                   _("The template pack has no question “%s”"), question_id);
      return FALSE;
    }

  normalized = question->type == HG_QUESTION_MULTILINE ? g_strdup (value)
                                                       : hg_text_normalize (value);
  if (question->type == HG_QUESTION_DATE && normalized[0] != '\0')
    {
      g_autofree char *iso = NULL;

      if (hg_date_parse (normalized, &iso))
        hg_text_set (&normalized, iso);
    }

  problem = hg_policy_validate_answer (question, normalized);
  if (problem != NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                   "%s: %s", question->label, problem);
      return FALSE;
    }

  a.pack = hg_pack_get_id (pack);
  a.question = question_id;
  a.value = normalized;
  /* Translators: the name of an undo step; %s is the wizard's question */
  label = g_strdup_printf (_("Answer “%s”"), question->label);
  return hg_workbook_edit (workbook, label, set_cb, &a, error);
}

char *
hg_policy_get_answer (HgWorkbook *workbook,
                      HgPack     *pack,
                      const char *question_id)
{
  const HgQuestion *question = hg_pack_find_question (pack, question_id);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (question != NULL, NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT value FROM policy_answer WHERE pack = ?1 AND question = ?2",
                        NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, hg_pack_get_id (pack), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, question_id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        return hg_db_column_dup (stmt, 0);
    }
  return g_strdup (question->default_value);
}

/* ---- The company's own changes to the rules ------------------------------- */

typedef struct
{
  const char *pack;
  const char *rule;
  const char *kind;
  const char *text;
  const char *reason;
  const char *digest;
} Override;

static gboolean
override_cb (sqlite3   *db,
             gpointer   user_data,
             GError   **error)
{
  Override *o = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (g_str_equal (o->kind, "reset"))
    stmt = hg_db_prepare (db, "DELETE FROM policy_override WHERE pack = ?1 AND rule = ?2 "
                              "AND kind != 'add'", error);
  else if (g_str_equal (o->kind, "add"))
    stmt = hg_db_prepare (db, "INSERT INTO policy_override (pack, rule, kind, text) "
                              "VALUES (?1, ?2, 'add', ?4)", error);
  else
    stmt = hg_db_prepare (db,
                          "INSERT INTO policy_override (pack, rule, kind, text, reason, "
                          "template_digest) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                          "ON CONFLICT (pack, rule, kind) WHERE kind != 'add' DO UPDATE SET "
                          "text = excluded.text, reason = excluded.reason, "
                          "template_digest = excluded.template_digest", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, o->pack, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, o->rule, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_index (stmt, "?3") > 0)
    sqlite3_bind_text (stmt, 3, o->kind, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_index (stmt, "?4") > 0)
    sqlite3_bind_text (stmt, 4, o->text ? o->text : "", -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_index (stmt, "?5") > 0)
    sqlite3_bind_text (stmt, 5, o->reason ? o->reason : "", -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_index (stmt, "?6") > 0)
    sqlite3_bind_text (stmt, 6, o->digest ? o->digest : "", -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

static const HgBlock *
find_rule (HgPack      *pack,
           const char  *rule_id,
           GError     **error)
{
  const HgBlock *rule = hg_pack_find_rule (pack, rule_id);

  if (rule == NULL)
    g_set_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND,
                 _("The template pack has no rule “%s”"), rule_id);
  return rule;
}

static gboolean
check_text (const char  *text,
            const char  *what,
            GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (text);
  const char *problem = hg_text_check (normalized, HG_POLICY_RULE_TEXT_MAX,
                                       HG_TEXT_MULTILINE | HG_TEXT_REQUIRED);

  if (problem != NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, "%s: %s", what, problem);
      return FALSE;
    }
  return TRUE;
}

/* The wording is kept whatever the answers become; the digest of the
 * template text it replaces tells later whether that text has changed. */
gboolean
hg_policy_reword (HgWorkbook  *workbook,
                  HgPack      *pack,
                  const char  *rule_id,
                  const char  *text,
                  GError     **error)
{
  const HgBlock *rule = find_rule (pack, rule_id, error);
  g_autofree char *digest = NULL;
  g_autofree char *normalized = hg_text_normalize (text);
  Override o = { hg_pack_get_id (pack), rule_id, "reword", normalized, NULL, NULL };

  if (rule == NULL || !check_text (text, _("Wording"), error))
    return FALSE;
  digest = hg_pack_rule_digest (rule);
  o.digest = digest;
  return hg_workbook_edit (workbook, _("Reword Rule"), override_cb, &o, error);
}

gboolean
hg_policy_exclude (HgWorkbook  *workbook,
                   HgPack      *pack,
                   const char  *rule_id,
                   const char  *reason,
                   GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (reason);
  Override o = { hg_pack_get_id (pack), rule_id, "exclude", NULL, normalized, NULL };

  if (find_rule (pack, rule_id, error) == NULL
      || !check_text (reason, _("Reason for leaving the rule out"), error))
    return FALSE;
  return hg_workbook_edit (workbook, _("Leave Out Rule"), override_cb, &o, error);
}

gboolean
hg_policy_add_rule (HgWorkbook  *workbook,
                    HgPack      *pack,
                    const char  *after_rule_id,
                    const char  *text,
                    GError     **error)
{
  g_autofree char *normalized = hg_text_normalize (text);
  Override o = { hg_pack_get_id (pack), after_rule_id, "add", normalized, NULL, NULL };

  if (find_rule (pack, after_rule_id, error) == NULL || !check_text (text, _("Rule"), error))
    return FALSE;
  return hg_workbook_edit (workbook, _("Add Rule"), override_cb, &o, error);
}

/* Back to the template's own text, and back in if it was left out. */
gboolean
hg_policy_reset_rule (HgWorkbook  *workbook,
                      HgPack      *pack,
                      const char  *rule_id,
                      GError     **error)
{
  Override o = { hg_pack_get_id (pack), rule_id, "reset", NULL, NULL, NULL };

  if (find_rule (pack, rule_id, error) == NULL)
    return FALSE;
  return hg_workbook_edit (workbook, _("Restore Rule"), override_cb, &o, error);
}

static gboolean
remove_added_cb (sqlite3   *db,
                 gpointer   user_data,
                 GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM policy_override "
                                                    "WHERE id = ?1 AND kind = 'add'", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_policy_remove_added (HgWorkbook  *workbook,
                        gint64       added_id,
                        GError     **error)
{
  return hg_workbook_edit (workbook, _("Remove Added Rule"), remove_added_cb, &added_id, error);
}

/* ---- Documents ------------------------------------------------------------ */

/* Today's text of a document, with its revision table: what is shown,
 * printed and exported, and what an approval freezes. */
HgDoc *
hg_policy_build_document (HgWorkbook  *workbook,
                          HgPack      *pack,
                          const char  *document_id,
                          GError     **error)
{
  g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (pack, workbook);

  return hg_policy_build_document_with (workbook, pack, context, document_id, error);
}

/* The same from a context the caller has already read from @workbook. */
HgDoc *
hg_policy_build_document_with (HgWorkbook     *workbook,
                               HgPack         *pack,
                               HgPackContext  *context,
                               const char     *document_id,
                               GError        **error)
{
  HgDoc *doc = hg_pack_build_doc (pack, context, document_id, error);

  if (doc != NULL)
    hg_revision_attach (workbook, hg_pack_get_id (pack), doc);
  return doc;
}

/* ---- The workbook's template pack -------------------------------------------- */

/* The pack the workbook's documents come from: its own, if one was
 * opened, else the built-in one. */
HgPack *
hg_policy_load_pack (HgWorkbook  *workbook,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT name, source FROM policy_pack WHERE id = 1", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return hg_pack_load_memory ((const char *) sqlite3_column_text (stmt, 1),
                                (gsize) sqlite3_column_bytes (stmt, 1),
                                (const char *) sqlite3_column_text (stmt, 0), NULL, error);
  return hg_pack_load_builtin (error);
}

/* The file name of the workbook's own pack, or NULL for the built-in one. */
char *
hg_policy_get_pack_name (HgWorkbook *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT name FROM policy_pack WHERE id = 1", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return hg_db_column_dup (stmt, 0);
  return NULL;
}

typedef struct
{
  const char *name;
  const char *source;
  gsize       length;
} PackChoice;

static gboolean
use_pack_cb (sqlite3  *db,
             gpointer  user_data,
             GError  **error)
{
  PackChoice *c = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, c->source ? "INSERT OR REPLACE INTO policy_pack (id, name, source) "
                                         "VALUES (1, ?1, ?2)"
                                       : "DELETE FROM policy_pack", error);
  if (stmt == NULL)
    return FALSE;
  if (c->source != NULL)
    {
      sqlite3_bind_text (stmt, 1, c->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, c->source, (int) c->length, SQLITE_STATIC);
    }
  return hg_db_step_done (stmt, error);
}

/* Makes @source (a pack's XML, already checked with hg_pack_load_memory())
 * the workbook's pack; NULL goes back to the built-in one. The answers of
 * each pack are kept apart, so switching back finds them again. */
gboolean
hg_policy_use_pack (HgWorkbook  *workbook,
                    const char  *source,
                    gsize        length,
                    const char  *name,
                    GError     **error)
{
  PackChoice c = { name, source, length };
  g_autoptr(HgPack) check = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (source != NULL && (check = hg_pack_load_memory (source, length, name, NULL, error)) == NULL)
    return FALSE;
  return hg_workbook_edit (workbook, source ? _("Use Template Pack") : _("Use Built-in Template Pack"),
                           use_pack_cb, &c, error);
}

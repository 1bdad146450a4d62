/* hg-assess-suggest.c
 *
 * An item's suggestion comes from the evidence map (hg-evidence-map.h):
 * its checks run against the workbook and their statuses combine — all met
 * is met, all not met is not met, anything between is partly. A METI
 * criterion has no checks of its own: it takes those of the JAMA items it
 * cites. Where a person has already answered the other sheet (a JAMA item
 * that a METI criterion cites, or the reverse) in an open assessment, that
 * answer is the suggestion: it is what someone who knows decided.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-suggest"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assess-suggest.h"
#include "hg-assessment.h"
#include "hg-db.h"
#include "hg-evidence-map.h"
#include "hg-error.h"
#include "hg-framework-catalog.h"
#include "hg-text.h"

void
hg_suggestion_free (HgSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_free (suggestion->ref);
  g_free (suggestion->value);
  g_free (suggestion->reason);
  g_ptr_array_unref (suggestion->links);
  g_free (suggestion->current);
  g_free (suggestion);
}

gboolean
hg_suggestion_differs (const HgSuggestion *suggestion)
{
  return suggestion->kind == HG_SUGGESTION_PROPOSED && suggestion->current != NULL
         && g_strcmp0 (suggestion->current, suggestion->value) != 0;
}

/* What many statuses say together; UNKNOWN when none says anything. */
typedef struct
{
  guint    n_met;
  guint    n_not;
  guint    n_partly;
  GString *reasons;        /* of what was said */
  GString *silent;         /* of what could not be told */
  GPtrArray *links;
} Tally;

static void
tally_init (Tally *t)
{
  memset (t, 0, sizeof *t);
  t->reasons = g_string_new (NULL);
  t->silent = g_string_new (NULL);
  t->links = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_evidence_link_free);
}

static void
append_reason (GString    *to,
               const char *reason)
{
  if (to->len > 0)
    /* Translators: between two reasons for a proposed answer */
    g_string_append (to, C_("reasons", "; "));
  g_string_append (to, reason);
}

static void
tally_add (Tally          *t,
           HgAnswerStatus  status,
           const char     *reason)
{
  if (status == HG_ANSWER_MET)
    t->n_met++;
  else if (status == HG_ANSWER_NOT)
    t->n_not++;
  else if (status == HG_ANSWER_PARTLY)
    t->n_partly++;
  append_reason (status == HG_ANSWER_UNKNOWN || status == HG_ANSWER_NA ? t->silent : t->reasons,
                 reason);
}

static HgAnswerStatus
tally_status (const Tally *t)
{
  guint n = t->n_met + t->n_not + t->n_partly;

  if (n == 0)
    return HG_ANSWER_UNKNOWN;
  if (t->n_met == n)
    return HG_ANSWER_MET;
  if (t->n_not == n)
    return HG_ANSWER_NOT;
  return HG_ANSWER_PARTLY;
}

static void
tally_clear (Tally *t)
{
  g_string_free (t->reasons, TRUE);
  g_string_free (t->silent, TRUE);
  g_ptr_array_unref (t->links);
}

/* An answer of another framework's open assessment, and who gave it. */
typedef struct
{
  HgAnswerStatus  status;
  char           *reason;
} Said;

static void
said_free (Said *said)
{
  g_free (said->reason);
  g_free (said);
}

typedef struct
{
  HgWorkbook     *workbook;
  HgFramework    *framework;
  HgEvidenceMap  *map;
  HgCheckContext *checks;
  GHashTable     *results;   /* HgCheck * → HgCheckResult, each check run once */
  /* JAMA number → GPtrArray of Said: the answers of the other kind of
   * sheet, a JAMA sheet's by its item, a METI sheet's by the items each
   * criterion cites. */
  GHashTable     *said;
  gboolean        is_jama;
  gboolean        is_meti;
} Run;

static void
add_said (GHashTable     *table,
          const char     *key,
          HgAnswerStatus  status,
          char           *reason)
{
  GPtrArray *list = g_hash_table_lookup (table, key);
  Said *said = g_new0 (Said, 1);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func ((GDestroyNotify) said_free);
      g_hash_table_insert (table, g_strdup (key), list);
    }
  said->status = status;
  said->reason = reason;
  g_ptr_array_add (list, said);
}

/* The JAMA numbers a METI item speaks to: those the table lists for its
 * id, and those its own reference column tags ("jama:9"). */
static GPtrArray *
meti_cites (HgEvidenceMap   *map,
            HgFrameworkItem *item)
{
  const char * const *listed = hg_evidence_map_meti_cites (map, item->ref);
  GPtrArray *cites = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; listed != NULL && listed[i] != NULL; i++)
    g_ptr_array_add (cites, g_strdup (listed[i]));
  for (guint i = 0; item->tags[i] != NULL; i++)
    if (g_str_has_prefix (item->tags[i], "jama:")
        && !g_ptr_array_find_with_equal_func (cites, item->tags[i] + 5, g_str_equal, NULL))
      g_ptr_array_add (cites, g_strdup (item->tags[i] + 5));
  return cites;
}

/* Reads what the open assessments of the other kind of sheet answered. */
static void
gather_cross (Run *run)
{
  g_auto(GStrv) ids = hg_framework_catalog_ids (run->workbook, NULL);

  for (guint f = 0; ids != NULL && ids[f] != NULL; f++)
    {
      gboolean other_meti = g_str_has_prefix (ids[f], "meti") && run->is_jama;
      gboolean other_jama = g_str_has_prefix (ids[f], "jama") && run->is_meti;
      g_autoptr(HgAssessment) open = NULL;
      g_autoptr(HgFramework) other = NULL;
      g_autoptr(GHashTable) answers = NULL;
      GHashTableIter iter;
      HgAssessmentAnswer *answer;

      if (!other_meti && !other_jama)
        continue;
      if ((open = hg_assessment_get_open (run->workbook, ids[f], NULL)) == NULL
          || (other = hg_framework_catalog_load (run->workbook, ids[f], NULL, NULL)) == NULL
          || (answers = hg_assessment_get_answers (run->workbook, open->id, NULL)) == NULL)
        continue;
      g_hash_table_iter_init (&iter, answers);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &answer))
        {
          HgFrameworkAnswer *a = hg_framework_find_answer (other, answer->value);
          HgFrameworkItem *item = hg_framework_find_item (other, answer->ref);

          if (a == NULL || item == NULL)
            continue;
          if (other_jama)
            /* Translators: a reason for a proposed answer; a JAMA item
             * number, the answer given, the sheet's title */
            add_said (run->said, answer->ref, a->status,
                      g_strdup_printf (_("JAMA No.%s answered “%s” in “%s”"), answer->ref,
                                       a->label, hg_framework_get_title (other)));
          else
            {
              g_autoptr(GPtrArray) cites = meti_cites (run->map, item);

              for (guint c = 0; c < cites->len; c++)
                /* Translators: a reason for a proposed answer; a METI
                 * criterion, the answer given, the sheet's title */
                add_said (run->said, cites->pdata[c], a->status,
                          g_strdup_printf (_("METI %s answered “%s” in “%s”"), answer->ref,
                                           a->label, hg_framework_get_title (other)));
            }
        }
    }
}

static HgCheckResult *
run_check (Run           *run,
           const HgCheck *check)
{
  HgCheckResult *result = g_hash_table_lookup (run->results, check);

  if (result == NULL)
    {
      result = hg_check_run (run->checks, check);
      g_hash_table_insert (run->results, (gpointer) check, result);
    }
  return result;
}

/* A capped item (one that asks whether something is done) stays at
 * "partly" unless a record — training, receipts, the register, a role —
 * and not only a rule says it is met. */
static void
tally_item (Run            *run,
            Tally          *t,
            HgEvidenceItem *mapped,
            gboolean       *capped)
{
  gboolean recorded = FALSE;

  for (guint c = 0; c < mapped->checks->len; c++)
    {
      HgCheck *check = g_ptr_array_index (mapped->checks, c);
      HgCheckResult *result = run_check (run, check);

      recorded |= check->kind != HG_CHECK_RULE && result->status == HG_ANSWER_MET;

      /* The same check for two cited items says the same once. */
      if (strstr (t->reasons->str, result->reason) || strstr (t->silent->str, result->reason))
        continue;
      tally_add (t, result->status, result->reason);
      for (guint l = 0; l < result->links->len; l++)
        g_ptr_array_add (t->links, hg_evidence_link_copy (result->links->pdata[l]));
    }
  *capped |= mapped->cap_partly && !recorded;
}

static void
tally_said (Tally     *t,
            GPtrArray *said)
{
  for (guint i = 0; said != NULL && i < said->len; i++)
    {
      Said *s = said->pdata[i];

      tally_add (t, s->status, s->reason);
    }
}

static const char *
status_word (HgAnswerStatus status)
{
  return status == HG_ANSWER_MET ? "met" : status == HG_ANSWER_PARTLY ? "partly" : "not";
}

static HgSuggestion *
suggest_item (Run             *run,
              HgFrameworkItem *item)
{
  HgSuggestion *s = g_new0 (HgSuggestion, 1);
  g_autofree char *key = hg_evidence_map_key (hg_framework_get_id (run->framework), item->ref);
  g_autoptr(GPtrArray) cites = NULL;
  gboolean mapped = FALSE, capped = FALSE;
  HgFrameworkAnswer *answer;
  HgAnswerStatus status;
  Tally t;

  tally_init (&t);
  s->ref = g_strdup (item->ref);
  /* A person's answer to the other sheet first. */
  if (run->is_meti)
    {
      cites = meti_cites (run->map, item);
      for (guint i = 0; i < cites->len; i++)
        tally_said (&t, g_hash_table_lookup (run->said, cites->pdata[i]));
    }
  else if (run->is_jama)
    tally_said (&t, g_hash_table_lookup (run->said, item->ref));
  mapped = t.n_met + t.n_not + t.n_partly > 0;

  if (!mapped && cites != NULL)
    for (guint i = 0; i < cites->len; i++)
      {
        g_autofree char *jama = g_strconcat ("jama:", (char *) cites->pdata[i], NULL);
        HgEvidenceItem *m = hg_evidence_map_lookup (run->map, jama);

        if (m != NULL)
          tally_item (run, &t, m, &capped), mapped = TRUE;
      }
  else if (!mapped && hg_evidence_map_lookup (run->map, key) != NULL)
    tally_item (run, &t, hg_evidence_map_lookup (run->map, key), &capped), mapped = TRUE;

  status = tally_status (&t);
  if (status == HG_ANSWER_MET && capped)
    {
      status = HG_ANSWER_PARTLY;
      append_reason (t.reasons, _("the workbook does not record that it is done"));
    }
  /* A scale without "partly" (yes or no) gets the nearer of the two. */
  answer = status == HG_ANSWER_UNKNOWN ? NULL
           : hg_framework_parse_answer (run->framework, status_word (status));
  if (answer == NULL && status == HG_ANSWER_PARTLY)
    answer = hg_framework_parse_answer (run->framework, "not");

  if (!mapped)
    {
      s->kind = HG_SUGGESTION_NO_MAPPING;
      s->reason = g_strdup (_("Hinagata maps no evidence to this item"));
    }
  else if (answer == NULL)
    {
      s->kind = HG_SUGGESTION_NOTHING_KNOWN;
      s->reason = g_strdup (t.silent->len ? t.silent->str
                            : _("The workbook holds nothing on this item"));
    }
  else
    {
      s->kind = HG_SUGGESTION_PROPOSED;
      s->status = answer->status;
      s->value = g_strdup (answer->value);
      s->reason = g_strdup (t.reasons->str);
    }
  s->links = g_steal_pointer (&t.links);
  t.links = g_ptr_array_new ();
  tally_clear (&t);
  return s;
}

GPtrArray *
hg_suggest_list (HgWorkbook   *workbook,
                 HgFramework  *framework,
                 const char   *today,
                 GError      **error)
{
  GPtrArray *sections = hg_framework_get_sections (framework);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_suggestion_free);
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(GError) local = NULL;
  Run run = { workbook, framework, NULL, NULL, NULL, NULL,
              g_str_has_prefix (hg_framework_get_id (framework), "jama"),
              g_str_has_prefix (hg_framework_get_id (framework), "meti") };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  if ((run.map = hg_evidence_map_get_builtin (error)) == NULL)
    return NULL;
  open = hg_assessment_get_open (workbook, hg_framework_get_id (framework), &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (open != NULL && (answers = hg_assessment_get_answers (workbook, open->id, error)) == NULL)
    return NULL;

  run.checks = hg_check_context_new (workbook, today);
  run.results = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) hg_check_result_free);
  run.said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_ptr_array_unref);
  gather_cross (&run);
  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          HgSuggestion *suggestion = suggest_item (&run, g_ptr_array_index (section->items, i));
          HgAssessmentAnswer *given = answers ? g_hash_table_lookup (answers, suggestion->ref)
                                              : NULL;

          suggestion->current = given ? g_strdup (given->value) : NULL;
          g_ptr_array_add (list, suggestion);
        }
    }
  g_hash_table_unref (run.results);
  g_hash_table_unref (run.said);
  hg_check_context_free (run.checks);
  return g_steal_pointer (&list);
}

typedef struct
{
  HgFramework *framework;
  GPtrArray   *suggestions;
  const char  *today;
  guint        written;
} AcceptData;

static gboolean
accept_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  AcceptData *data = user_data;
  gint64 id = _hg_assessment_open_or_start (db, data->framework, data->today, error);
  g_autoptr(sqlite3_stmt) answer = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;

  if (id == 0)
    return FALSE;
  /* DO NOTHING: an answer given since the list was made stays. */
  answer = hg_db_prepare (db, "INSERT INTO assessment_answer (assessment, ref, value) "
                              "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", error);
  link = hg_db_prepare (db, "INSERT OR IGNORE INTO assessment_evidence (assessment, ref, kind, target) "
                            "VALUES (?1, ?2, ?3, ?4)", error);
  if (answer == NULL || link == NULL)
    return FALSE;
  for (guint i = 0; i < data->suggestions->len; i++)
    {
      HgSuggestion *s = g_ptr_array_index (data->suggestions, i);

      if (s->kind != HG_SUGGESTION_PROPOSED || s->current != NULL)
        continue;
      sqlite3_reset (answer);
      sqlite3_bind_int64 (answer, 1, id);
      sqlite3_bind_text (answer, 2, s->ref, -1, SQLITE_STATIC);
      sqlite3_bind_text (answer, 3, s->value, -1, SQLITE_STATIC);
      if (!hg_db_step_done (answer, error))
        return FALSE;
      if (sqlite3_changes (db) == 0)
        continue;
      data->written++;
      for (guint l = 0; l < s->links->len; l++)
        {
          HgEvidenceLink *e = g_ptr_array_index (s->links, l);

          sqlite3_reset (link);
          sqlite3_bind_int64 (link, 1, id);
          sqlite3_bind_text (link, 2, s->ref, -1, SQLITE_STATIC);
          sqlite3_bind_text (link, 3, e->kind, -1, SQLITE_STATIC);
          sqlite3_bind_text (link, 4, e->target, -1, SQLITE_STATIC);
          if (!hg_db_step_done (link, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
hg_suggest_accept (HgWorkbook   *workbook,
                   HgFramework  *framework,
                   GPtrArray    *suggestions,
                   guint        *written,
                   GError      **error)
{
  g_autofree char *today = hg_text_today ();
  AcceptData data = { framework, suggestions, today, 0 };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  for (guint i = 0; i < suggestions->len; i++)
    {
      HgSuggestion *s = g_ptr_array_index (suggestions, i);

      if (hg_framework_find_item (framework, s->ref) == NULL
          || (s->value != NULL && hg_framework_find_answer (framework, s->value) == NULL))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” has no item “%s”"),
                                                      hg_framework_get_title (framework), s->ref);

          return hg_error_invalid (error, message);
        }
    }
  if (!hg_workbook_edit (workbook, _("Accept Suggested Answers"), accept_cb, &data, error))
    return FALSE;
  if (written != NULL)
    *written = data.written;
  return TRUE;
}

/* hg-assessment-report.c: the self-assessment report (自己評価報告書) as
 * an HgDoc, written through the document writers like the policy
 *
 *   1 Overview       framework, company, date, the rates per level
 *                    (cumulative) or the total and its band
 *   2 Gaps           items not met, partly met or unknown, with the note,
 *                    the owner and the due date
 *   3 Evidence       what the answers rest on (assessment_evidence)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hg-assessment-export.h"
#include "hg-company.h"
#include "hg-date.h"
#include "hg-db.h"
#include "hg-framework-score.h"

typedef struct
{
  HgDoc *doc;
  guint  chapter;
} Report;

static void
heading (Report     *r,
         const char *title)
{
  g_autofree char *number = g_strdup_printf ("%u", ++r->chapter);
  HgDocBlock *block = hg_doc_append (r->doc, HG_DOC_HEADING, number, title);

  block->level = 1;
  /* Short chapters: each follows on the page of the one before. */
  block->flags |= HG_DOC_RUN_ON;
}

static void
labelled (Report     *r,
          const char *label,
          const char *text)
{
  HgDocBlock *block = hg_doc_append (r->doc, HG_DOC_PARAGRAPH, NULL, text);

  block->label = g_strdup (label);
}

static char *
percent (double rate)
{
  return g_strdup_printf ("%.0f%%", rate * 100.0);
}

static void
overview (Report           *r,
          HgFramework      *framework,
          HgAssessment     *assessment,
          HgFrameworkScore *score)
{
  g_autofree char *date = hg_date_format (assessment->created, HG_DATE_STYLE_LONG);
  const char *publisher = hg_framework_get_publisher (framework);
  HgDocBlock *table;

  heading (r, _("Overview"));
  labelled (r, _("Framework"), hg_framework_get_title (framework));
  if (publisher != NULL && publisher[0] != '\0')
    labelled (r, _("Published by"), publisher);
  labelled (r, _("Company"), r->doc->company);
  labelled (r, _("Assessed on"), date != NULL ? date : assessment->created);
  if (assessment->frozen != NULL)
    {
      g_autofree char *frozen = hg_date_format (assessment->frozen, HG_DATE_STYLE_LONG);

      labelled (r, _("Frozen on"), frozen != NULL ? frozen : assessment->frozen);
    }

  if (hg_framework_get_scoring (framework) == HG_SCORING_SUM)
    {
      g_autofree char *total = g_strdup_printf (_("%d of %d points"), score->total,
                                                score->maximum);

      labelled (r, _("Total"), total);
      labelled (r, _("Assessment"), score->band != NULL ? score->band->label
                                    : _("Not every item is answered yet."));
      return;
    }

  hg_doc_append (r->doc, HG_DOC_PARAGRAPH, NULL,
                 _("Each level counts its own items and those of the levels before it. "
                   "The rate is the items met divided by the items that apply; partly met, "
                   "not met, unknown and unanswered items count as not met."));
  table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, "");
  hg_doc_table_add_texts (table, TRUE, C_("assessment", "Level"), _("Items"), _("Applicable"),
                          C_("assessment status", "Met"), C_("assessment status", "Unanswered"),
                          _("Rate"), NULL);
  for (guint i = 0; i < score->rates->len; i++)
    {
      HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, i);
      g_autofree char *level = rate->level != NULL
                               /* Translators: a cumulative level of a rate, "up to L2" */
                               ? g_strdup_printf (_("Up to %s"), rate->level)
                               : g_strdup (_("All items"));
      g_autofree char *items = g_strdup_printf ("%u", rate->n_items);
      g_autofree char *applicable = g_strdup_printf ("%u", rate->n_applicable);
      g_autofree char *met = g_strdup_printf ("%u", rate->n_met);
      g_autofree char *unanswered = g_strdup_printf ("%u", rate->n_unanswered);
      g_autofree char *shown = percent (rate->rate);

      if (hg_framework_score_rate_repeats (score, i))
        break;
      hg_doc_table_add_texts (table, FALSE, level, items, applicable, met, unanswered, shown, NULL);
    }
}

static void
gaps (Report       *r,
      HgFramework  *framework,
      GHashTable   *answers)
{
  GPtrArray *sections = hg_framework_get_sections (framework);
  HgDocBlock *table = NULL;
  guint unanswered = 0;

  heading (r, _("Gaps"));
  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          HgFrameworkItem *item = g_ptr_array_index (section->items, i);
          HgAssessmentAnswer *a = g_hash_table_lookup (answers, item->ref);
          HgFrameworkAnswer *scale = hg_assessment_export_answer_of (framework, answers,
                                                                     item->ref);
          g_autofree char *due = NULL;

          if (scale == NULL)
            {
              unanswered++;
              continue;
            }
          if (scale->status == HG_ANSWER_MET || scale->status == HG_ANSWER_NA)
            continue;
          if (table == NULL)
            {
              hg_doc_append (r->doc, HG_DOC_PARAGRAPH, NULL,
                             _("The items not met, partly met or not known, with who sees to "
                               "them and by when."));
              table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, "");
              hg_doc_table_add_texts (table, TRUE, _("Ref"), _("Requirement"), _("Answer"),
                                      _("Note"), _("Owner"), _("Due"), NULL);
            }
          due = a->due != NULL && a->due[0] != '\0'
                ? hg_date_format (a->due, HG_DATE_STYLE_ISO) : g_strdup ("");
          hg_doc_table_add_texts (table, FALSE, item->ref, item->text, scale->label,
                                  a->note != NULL ? a->note : "",
                                  a->owner != NULL ? a->owner : "",
                                  due != NULL ? due : a->due, NULL);
        }
    }
  if (table == NULL)
    hg_doc_append (r->doc, HG_DOC_PARAGRAPH, NULL,
                   _("No item answered so far is unmet, partly met or unknown."));
  if (unanswered > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u item is not answered yet.",
                                                            "%u items are not answered yet.",
                                                            unanswered),
                                               unanswered);

      hg_doc_append (r->doc, HG_DOC_PARAGRAPH, NULL, text);
    }
}

static const char *
kind_word (const char *kind)
{
  if (g_strcmp0 (kind, "rule") == 0)
    return _("Rule");
  if (g_strcmp0 (kind, "asset") == 0)
    return _("Asset");
  if (g_strcmp0 (kind, "risk") == 0)
    return _("Risk treatment");
  if (g_strcmp0 (kind, "training") == 0)
    return _("Training");
  if (g_strcmp0 (kind, "receipt") == 0)
    return _("Handbook receipt");
  return _("File");
}

static gboolean
evidence (Report        *r,
          HgWorkbook    *workbook,
          HgAssessment  *assessment,
          GError       **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT ref, kind, target, sha256 FROM "
                                                    "assessment_evidence WHERE assessment = ?1 "
                                                    "ORDER BY ref, kind, target", error);
  HgDocBlock *table = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  heading (r, _("Evidence"));
  sqlite3_bind_int64 (stmt, 1, assessment->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *sha256 = (const char *) sqlite3_column_text (stmt, 3);
      g_autofree char *target = g_strdup ((const char *) sqlite3_column_text (stmt, 2));

      if (table == NULL)
        {
          table = hg_doc_append (r->doc, HG_DOC_TABLE, NULL, "");
          hg_doc_table_add_texts (table, TRUE, _("Ref"), _("Kind"), _("Evidence"), NULL);
        }
      /* A file's digest says which version was meant; the first 12 hex
       * digits tell two versions apart. */
      if (sha256 != NULL && sha256[0] != '\0')
        {
          g_autofree char *with = g_strdup_printf ("%s (SHA-256 %.12s…)", target, sha256);

          g_free (target);
          target = g_steal_pointer (&with);
        }
      hg_doc_table_add_texts (table, FALSE, (const char *) sqlite3_column_text (stmt, 0),
                              kind_word ((const char *) sqlite3_column_text (stmt, 1)), target, NULL);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the evidence of an assessment");
      return FALSE;
    }
  if (table == NULL)
    hg_doc_append (r->doc, HG_DOC_PARAGRAPH, NULL, _("No evidence is linked to the answers yet."));
  return TRUE;
}

HgDoc *
hg_assessment_report_build (HgWorkbook    *workbook,
                            HgFramework   *framework,
                            HgAssessment  *assessment,
                            GError       **error)
{
  g_autofree char *company = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(HgFrameworkScore) score = NULL;
  Report r = { NULL, 0 };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (framework != NULL && assessment != NULL, NULL);

  answers = hg_assessment_get_answers (workbook, assessment->id, error);
  if (answers == NULL)
    return NULL;
  values = hg_assessment_values (answers);
  score = hg_framework_score (framework, values);

  company = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  /* Translators: the title of the report, after the framework's title */
  title = g_strdup_printf (_("Self-Assessment Report: %s"), hg_framework_get_title (framework));
  r.doc = hg_doc_new ("assessment_report", title, company != NULL ? company : "");
  g_free (r.doc->enacted_on);
  r.doc->enacted_on = g_strdup (assessment->frozen != NULL ? assessment->frozen
                                                           : assessment->created);

  overview (&r, framework, assessment, score);
  gaps (&r, framework, answers);
  if (!evidence (&r, workbook, assessment, error))
    {
      hg_doc_free (r.doc);
      return NULL;
    }
  return r.doc;
}

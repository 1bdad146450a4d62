/* hg-progress.c
 *
 * Reads what the session keeps (the pack, the context of its texts, the
 * risk sheet) rather than deriving it again: the overview asks after every
 * edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-progress"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-company.h"
#include "hg-assess-status.h"
#include "hg-db.h"
#include "hg-framework-catalog.h"
#include "hg-handbook-receipt.h"
#include "hg-org-role.h"
#include "hg-policy.h"
#include "hg-revision.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-threat.h"
#include "hg-progress.h"

void
hg_progress_step_free (HgProgressStep *step)
{
  if (step == NULL)
    return;
  g_free (step->title);
  g_free (step->detail);
  g_free (step->framework);
  g_free (step);
}

static void
add_step (GPtrArray  *steps,
          const char *id,
          gboolean    done,
          char       *title,
          char       *detail)
{
  HgProgressStep *step = g_new0 (HgProgressStep, 1);

  step->id = id;
  step->done = done;
  step->title = title;
  step->detail = detail;
  g_ptr_array_add (steps, step);
}

static guint
count_missing_roles (HgWorkbook *workbook,
                     guint      *total)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  guint departments = (guint) hg_db_query_int (db, "SELECT count(*) FROM department", 0);
  guint held_heads = (guint) hg_db_query_int (db,
                                              "SELECT count(*) FROM org_role "
                                              "WHERE role = 'department_head'", 0);
  guint held_other = (guint) hg_db_query_int (db,
                                              "SELECT count(*) FROM org_role "
                                              "WHERE role != 'department_head'", 0);

  /* Five company-wide roles plus one head per department. */
  *total = (HG_ORG_N_ROLES - 1) + departments;
  return *total - (held_heads + held_other);
}

/* Done when every document is approved as it reads today. The detail
 * names the first document that is not, and why; one whose approved text
 * went out of date comes before one never approved. */
static void
add_approval_step (GPtrArray  *steps,
                   HgSession  *session,
                   HgPack     *pack)
{
  HgWorkbook *workbook = hg_session_get_workbook (session);
  HgPackContext *context = hg_session_get_context (session);
  GPtrArray *documents = pack ? hg_pack_get_documents (pack) : NULL;
  g_autofree char *detail = NULL;
  g_autofree char *unapproved = NULL;
  guint approved = 0;

  for (guint d = 0; documents != NULL && d < documents->len; d++)
    {
      HgBlock *document = g_ptr_array_index (documents, d);
      g_autoptr(HgDoc) doc = hg_policy_build_document_with (workbook, pack, context,
                                                            document->id, NULL);
      HgRevisionState state = doc ? hg_revision_get_state (workbook, hg_pack_get_id (pack), doc)
                                  : HG_REVISION_NEVER_APPROVED;
      const HgDocRevision *last = doc && doc->revisions->len
                                  ? g_ptr_array_index (doc->revisions, doc->revisions->len - 1)
                                  : NULL;

      if (state == HG_REVISION_UP_TO_DATE)
        approved++;
      else if (detail == NULL && state == HG_REVISION_NEEDS_REVISION)
        /* Translators: %s is a document title, %u its last approved version */
        detail = g_strdup_printf (_("%s needs revision: its text changed since version %u was "
                                    "approved"), doc->display_title, last ? last->number : 0);
      else if (unapproved == NULL && doc != NULL && state == HG_REVISION_NEVER_APPROVED)
        unapproved = g_strdup_printf (_("%s is not approved yet"), doc->display_title);
    }
  if (detail == NULL)
    detail = g_steal_pointer (&unapproved);
  if (detail == NULL)
    detail = g_strdup (_("Every document is approved as it reads today"));
  add_step (steps, "policy", documents != NULL && approved == documents->len,
            g_strdup (_("Approve the policy documents")), g_steal_pointer (&detail));
  ((HgProgressStep *) g_ptr_array_index (steps, steps->len - 1))->approval = TRUE;
}

/* Done when every active employee received the handbook in force. */
/* Done when the analysis is set up and the company has answered every
 * measure of the checklist; the detail names the weakest chapter. */
static void
add_risk_step (GPtrArray  *steps,
               HgSession  *session,
               HgPack     *pack)
{
  HgRiskSheet *sheet;
  g_autoptr(HgRiskDiagnosis) diagnosis = NULL;
  guint answered = 0, total = 0;
  char *detail;

  if (hg_session_get_catalogue (session, NULL) == NULL
      || hg_risk_needs_setup (hg_session_get_workbook (session)))
    {
      add_step (steps, "risks", FALSE, g_strdup (_("Analyse the risks")),
                g_strdup (_("Rate how likely the threats to each medium are and check which "
                            "measures are in place.")));
      return;
    }
  sheet = hg_session_get_risk_sheet (session);
  total = hg_risk_sheet_get_n_controls (sheet);
  for (guint i = 0; i < total; i++)
    if (hg_risk_sheet_get_control (sheet, i)->company != HG_RISK_UNANSWERED)
      answered++;
  diagnosis = hg_risk_diagnosis_new (sheet, pack, 1);
  if (diagnosis->groups->len > 0
      && ((HgRiskDiagnosisGroup *) g_ptr_array_index (diagnosis->groups, 0))->score > 0)
    /* Translators: measures answered, of all; then the weakest chapter of the rules */
    detail = g_strdup_printf (_("%u of %u measures answered; weakest chapter: %s"), answered,
                              total,
                              ((HgRiskDiagnosisGroup *) g_ptr_array_index (diagnosis->groups, 0))
                                ->group->title);
  else
    detail = g_strdup_printf (_("%u of %u measures answered"), answered, total);
  add_step (steps, "risks", answered == total, g_strdup (_("Analyse the risks")), detail);
}

static void
add_handbook_step (GPtrArray  *steps,
                   HgWorkbook *workbook,
                   HgPack     *pack)
{
  g_autoptr(HgHandbook) handbook = hg_handbook_get_for_pack (workbook, pack);
  guint acknowledged = 0, active = 0;
  char *detail;

  hg_handbook_count_acknowledged (workbook, handbook, &acknowledged, &active);
  if (handbook->version == 0)
    detail = g_strdup (_("Approve the employee handbook, then record who received it and "
                         "signed the pledge."));
  else if (active == 0)
    detail = g_strdup (_("List the employees who should receive the handbook."));
  else
    /* Translators: e.g. "12 of 20 employees received version 2 of the handbook" */
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u employee received version %u of the "
                                           "handbook",
                                           "%u of %u employees received version %u of the "
                                           "handbook", active),
                              acknowledged, active, handbook->version);
  add_step (steps, "employees", handbook->version > 0 && active > 0 && acknowledged == active,
            g_strdup (_("Teach the handbook to every employee")), detail);
}

/* Done when every question is answered; the detail gives the total and
 * what it means. */
static void
add_self_check_step (GPtrArray  *steps,
                     HgWorkbook *workbook)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) framework = hg_framework_catalog_load (workbook, "ipa-self-check", NULL,
                                                                &error);
  g_autoptr(HgFrameworkScore) score = NULL;
  char *detail;

  /* The built-in frameworks are checked by the tests: a failure is a bug. */
  if (framework == NULL)
    {
      g_critical ("Built-in framework ipa-self-check: %s", error->message);
      return;
    }
  score = hg_assess_status_score (workbook, framework);
  if (score->band != NULL)
    /* Translators: the self-check's total, its maximum and what it means */
    detail = g_strdup_printf (_("%d of %d points: %s"), score->total, score->maximum,
                              score->band->label);
  else if (score->n_answered > 0)
    detail = g_strdup_printf (_("%u of %u questions answered"), score->n_answered,
                              score->n_items);
  else
    detail = g_strdup (_("25 questions on everyday security; the total shows where to "
                         "start."));
  add_step (steps, "assess", score->band != NULL, g_strdup (_("Answer IPA’s self-check")),
            detail);
  ((HgProgressStep *) g_ptr_array_index (steps, steps->len - 1))->framework =
    g_strdup ("ipa-self-check");
}

static gboolean
is_number (const char *text)
{
  for (const char *c = text; *c; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return text[0] != '\0';
}

/* The items a cumulative rate covers: "Level 1", then "Levels 1–2" for a
 * numbered level past the first; a level named otherwise (★3, ★4) as the
 * sheet names it, as ★4 includes ★3 by its own definition. */
static char *
level_name (const char *first,
            const char *level)
{
  if (!is_number (level))
    return g_strdup (level);
  if (first != level && is_number (first))
    /* Translators: the levels a cumulative rate covers, e.g. "Levels 1–2" */
    return g_strdup_printf (_("Levels %s–%s"), first, level);
  /* Translators: a level of a customer's check sheet, e.g. "Level 1" */
  return g_strdup_printf (_("Level %s"), level);
}

/* The rates per level, cumulative, as the customer reads them. */
static char *
describe_rates (HgFrameworkScore *score)
{
  g_autoptr(GString) text = g_string_new (NULL);
  /* With levels, the last rate (all items) repeats the highest level. */
  guint n = score->rates->len > 1 ? score->rates->len - 1 : score->rates->len;

  for (guint i = 0; i < n; i++)
    {
      HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, i);
      const char *first = g_array_index (score->rates, HgFrameworkRate, 0).level;
      g_autofree char *name = rate->level ? level_name (first, rate->level) : NULL;

      if (text->len > 0)
        g_string_append (text, _("; "));
      if (name != NULL)
        /* Translators: a level, its rate of items met, then met / applicable,
         * e.g. "Level 1: 64 % met (32/50)" */
        g_string_append_printf (text, _("%s: %.0f %% met (%u/%u)"), name, rate->rate * 100,
                                rate->n_met, rate->n_applicable);
      else
        /* Translators: the rate of items met, then met / applicable */
        g_string_append_printf (text, _("%.0f %% met (%u/%u)"), rate->rate * 100, rate->n_met,
                                rate->n_applicable);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* One step for each check sheet imported from a customer, done when every
 * item is answered; before any import, one that invites to import it. */
static void
add_customer_steps (GPtrArray  *steps,
                    HgWorkbook *workbook)
{
  const char * const *builtin = hg_framework_builtin_ids ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = hg_framework_catalog_ids (workbook, &error);
  guint imported = 0;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autoptr(HgFramework) framework = NULL;
      g_autoptr(HgFrameworkScore) score = NULL;
      g_autoptr(GError) problem = NULL;

      if (g_strv_contains (builtin, ids[i]))
        continue;
      imported++;
      /* The workbook may come from anyone: a sheet that no longer reads
       * says why, and the 自己評価 page lists its problems. */
      framework = hg_framework_catalog_load (workbook, ids[i], NULL, &problem);
      if (framework == NULL)
        {
          add_step (steps, "assess", FALSE,
                    g_strdup_printf (_("Answer the customer’s check sheet: %s"), ids[i]),
                    g_strdup (problem->message));
          ((HgProgressStep *) g_ptr_array_index (steps, steps->len - 1))->framework =
            g_strdup (ids[i]);
          continue;
        }
      score = hg_assess_status_score (workbook, framework);
      add_step (steps, "assess", score->n_items > 0 && score->n_answered == score->n_items,
                /* Translators: %s is the title of the customer's check sheet */
                g_strdup_printf (_("Answer the customer’s check sheet: %s"),
                                 hg_framework_get_title (framework)),
                describe_rates (score));
      ((HgProgressStep *) g_ptr_array_index (steps, steps->len - 1))->framework =
        g_strdup (ids[i]);
    }
  if (ids == NULL)
    g_warning ("Could not list the frameworks: %s", error->message);
  if (imported == 0)
    add_step (steps, "assess", FALSE, g_strdup (_("Import the customer’s check sheet")),
              g_strdup (_("When a customer asks for the JAMA/JAPIA or ★3/★4 check sheet, import "
                          "the Excel file they sent and answer it here.")));
}

static void
add_assess_steps (GPtrArray  *steps,
                  HgWorkbook *workbook)
{
  add_self_check_step (steps, workbook);
  add_customer_steps (steps, workbook);
}

GPtrArray *
hg_progress_compute (HgSession *session)
{
  HgWorkbook *workbook;
  HgPack *pack;
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_progress_step_free);
  g_autofree char *name = NULL;
  g_autofree char *rep = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  gint64 departments;
  gint64 people;
  guint total = 0;
  guint missing;

  g_return_val_if_fail (HG_IS_SESSION (session), steps);

  workbook = hg_session_get_workbook (session);

  name = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  rep = hg_company_get (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME);
  add_step (steps, "company", name[0] && rep[0],
            g_strdup (_("Enter the company profile")),
            name[0] && rep[0]
              ? g_strdup_printf (_("%s, represented by %s"), name, rep)
              : g_strdup (_("The company’s name and its representative appear on every "
                            "policy document.")));

  departments = hg_workbook_count_rows (workbook, "department");
  add_step (steps, "company", departments > 0,
            g_strdup (_("List the departments")),
            departments > 0
              ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d department",
                                              "%d departments", departments),
                                 (int) departments)
              : g_strdup (_("Each department gets a security lead and its own assets.")));

  people = hg_workbook_count_rows (workbook, "person");
  add_step (steps, "company", people > 0,
            g_strdup (_("Add the people who take on security roles")),
            people > 0
              ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people",
                                              people), (int) people)
              : g_strdup (_("In a small company a few people usually share the roles.")));

  missing = count_missing_roles (workbook, &total);
  warnings = hg_org_role_check (workbook);
  add_step (steps, "company", missing == 0 && warnings->len == 0,
            g_strdup (_("Assign the security roles")),
            missing > 0
              ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u roles still open",
                                              "%u of %u roles still open", missing),
                                 missing, total)
              : warnings->len > 0
                ? g_strdup (g_ptr_array_index (warnings, 0))
                : g_strdup_printf (_("All %u roles are assigned"), total));

  {
    gint64 assets = hg_db_query_int (hg_workbook_get_db (workbook),
                                     "SELECT count(*) FROM asset WHERE status = 'in_use'", 0);
    gint64 high = hg_db_query_int (hg_workbook_get_db (workbook),
                                   "SELECT count(*) FROM asset WHERE status = 'in_use' "
                                   "AND importance = 3", 0);

    add_step (steps, "assets", assets > 0,
              g_strdup (_("Register the information assets")),
              assets > 0
                ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%d asset, %d of importance 3",
                                                "%d assets, %d of importance 3", assets),
                                   (int) assets, (int) high)
                : g_strdup (_("List the information the company keeps and rate how much each "
                              "one matters.")));
  }

  {
    gint64 answers = hg_db_query_int (hg_workbook_get_db (workbook),
                                      "SELECT count(*) FROM policy_answer", 0);

    add_step (steps, "policy", answers > 0,
              g_strdup (_("Answer the policy wizard")),
              answers > 0
                ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d answer given so far",
                                                "%d answers given so far", answers),
                                   (int) answers)
                : g_strdup (_("Plain questions about how the company works fill in the basic "
                              "policy and the rules.")));
  }

  pack = hg_session_get_pack (session, NULL);
  add_risk_step (steps, session, pack);
  add_approval_step (steps, session, pack);
  add_handbook_step (steps, workbook, pack);
  add_assess_steps (steps, workbook);
  return steps;
}

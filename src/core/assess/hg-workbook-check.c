/* hg-workbook-check.c
 *
 * Each check reads the workbook through the core's own functions (the
 * approved versions, the register, the training records…), never its own
 * SQL, so what a suggestion says is what the rest of Hinagata shows. A rule
 * counts only in the latest APPROVED version of the rules: a draft is not
 * yet what the company decided.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-workbook-check"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "hg-asset-store.h"
#include "hg-asset.h"
#include "hg-contact.h"
#include "hg-education.h"
#include "hg-employee.h"
#include "hg-handbook-receipt.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-policy.h"
#include "hg-revision.h"
#include "hg-risk-treatment.h"
#include "hg-role-vacancy.h"
#include "hg-text.h"
#include "hg-workbook-check.h"

#define BASIC_POLICY_DOCUMENT "basic_policy"
#define RULES_DOCUMENT        "rules"
/* Attendance or receipts from this share of the current employees count
 * as done; below it, as partly done. */
#define MET_PERCENT 80

/* hg-doc.h declares no cleanup for a version; an alias gets one here. */
typedef HgDocRevision Revision;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Revision, hg_doc_revision_free)

struct _HgCheckContext
{
  HgWorkbook *workbook;
  char       *today;
  HgPack     *pack;               /* NULL when the workbook's pack cannot be read */
  HgDoc      *rules;              /* the latest approved rules; NULL when none */
  GHashTable *rule_titles;        /* key in @rules → the heading it stands under */
  GPtrArray  *employees;          /* of HgEmployee, the current ones */
  HgHandbook *handbook;
};

HgEvidenceLink *
hg_evidence_link_new (const char *kind,
                      const char *target)
{
  HgEvidenceLink *link = g_new0 (HgEvidenceLink, 1);

  link->kind = g_strdup (kind);
  link->target = g_strdup (target);
  return link;
}

HgEvidenceLink *
hg_evidence_link_copy (const HgEvidenceLink *link)
{
  return hg_evidence_link_new (link->kind, link->target);
}

void
hg_evidence_link_free (HgEvidenceLink *link)
{
  if (link == NULL)
    return;
  g_free (link->kind);
  g_free (link->target);
  g_free (link);
}

void
hg_check_result_free (HgCheckResult *result)
{
  if (result == NULL)
    return;
  g_free (result->reason);
  g_ptr_array_unref (result->links);
  g_free (result);
}

static HgCheckResult *
result_new (HgAnswerStatus  status,
            char           *reason)
{
  HgCheckResult *result = g_new0 (HgCheckResult, 1);

  result->status = status;
  result->reason = reason;
  result->links = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_evidence_link_free);
  return result;
}

static void
add_link (HgCheckResult *result,
          const char    *kind,
          const char    *target)
{
  g_ptr_array_add (result->links, hg_evidence_link_new (kind, target));
}

/* The latest approved version of @document, or NULL. */
static HgDocRevision *
latest_revision (HgCheckContext *context,
                 const char     *document)
{
  g_autoptr(GPtrArray) list = NULL;

  if (context->pack == NULL)
    return NULL;
  list = hg_revision_list (context->workbook, hg_pack_get_id (context->pack), document);
  if (list->len == 0)
    return NULL;
  return g_ptr_array_steal_index (list, list->len - 1);
}

static void
load_rules (HgCheckContext *context)
{
  g_autoptr(Revision) latest = latest_revision (context, RULES_DOCUMENT);
  const char *heading = "";

  context->rule_titles = g_hash_table_new (g_str_hash, g_str_equal);
  if (latest == NULL)
    return;
  context->rules = hg_revision_load (context->workbook, hg_pack_get_id (context->pack),
                                     RULES_DOCUMENT, latest->number, NULL);
  for (guint i = 0; context->rules != NULL && i < context->rules->blocks->len; i++)
    {
      HgDocBlock *b = g_ptr_array_index (context->rules->blocks, i);

      if (b->kind == HG_DOC_HEADING)
        heading = b->text;
      if (b->key != NULL)
        g_hash_table_insert (context->rule_titles, b->key, (gpointer) heading);
    }
}

HgCheckContext *
hg_check_context_new (HgWorkbook *workbook,
                      const char *today)
{
  HgCheckContext *context = g_new0 (HgCheckContext, 1);
  g_autoptr(GPtrArray) all = NULL;

  context->workbook = g_object_ref (workbook);
  context->today = today ? g_strdup (today) : hg_text_today ();
  context->pack = hg_policy_load_pack (workbook, NULL);
  load_rules (context);
  context->employees = g_ptr_array_new_with_free_func (g_object_unref);
  if (context->pack != NULL)
    {
      context->handbook = hg_handbook_get_for_pack (workbook, context->pack);
      all = hg_employee_list (workbook, context->handbook->pack_id,
                              context->handbook->document_id);
      for (guint i = 0; i < all->len; i++)
        if (hg_employee_get_data (all->pdata[i])->employment.status == HG_EMPLOYEE_ACTIVE)
          g_ptr_array_add (context->employees, g_object_ref (all->pdata[i]));
    }
  return context;
}

void
hg_check_context_free (HgCheckContext *context)
{
  if (context == NULL)
    return;
  g_object_unref (context->workbook);
  g_free (context->today);
  g_clear_pointer (&context->pack, hg_pack_free);
  g_clear_pointer (&context->rules, hg_doc_free);
  g_hash_table_unref (context->rule_titles);
  g_ptr_array_unref (context->employees);
  g_clear_pointer (&context->handbook, hg_handbook_free);
  g_free (context);
}

static HgCheckResult *
check_policy (HgCheckContext *context)
{
  g_autoptr(Revision) latest = latest_revision (context, BASIC_POLICY_DOCUMENT);
  HgCheckResult *result;

  if (latest == NULL)
    return result_new (HG_ANSWER_NOT, g_strdup (_("The basic policy is not approved yet")));
  /* Translators: a reason for a proposed answer; version number, date */
  result = result_new (HG_ANSWER_MET, g_strdup_printf (_("Basic policy version %u approved on %s"),
                                                       latest->number, latest->approved_on));
  add_link (result, "rule", BASIC_POLICY_DOCUMENT);
  return result;
}

/* @today minus @months, as YYYY-MM-DD. */
static char *
months_before (const char *today,
               guint       months)
{
  GDate date;
  char buffer[16];
  unsigned year = 0, month = 0, day = 0;

  /* Not g_date_set_parse(): it reads dates in the locale's order. */
  g_date_clear (&date, 1);
  if (sscanf (today, "%4u-%2u-%2u", &year, &month, &day) != 3
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return g_strdup ("0000-00-00");
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_date_subtract_months (&date, months);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  return g_strdup (buffer);
}

static HgCheckResult *
check_reviewed (HgCheckContext *context,
                const HgCheck  *check)
{
  g_autoptr(Revision) latest = latest_revision (context, RULES_DOCUMENT);
  g_autofree char *since = months_before (context->today, check->months);
  HgCheckResult *result;

  if (latest == NULL)
    return result_new (HG_ANSWER_NOT, g_strdup (_("The rules are not approved yet")));
  if (strcmp (latest->approved_on, since) < 0)
    /* Translators: a reason for a proposed answer; date, number of months */
    return result_new (HG_ANSWER_NOT, g_strdup_printf (_("Rules last approved on %s, more than "
                                                         "%u months ago"),
                                                       latest->approved_on, check->months));
  /* Translators: a reason for a proposed answer; version, date, months */
  result = result_new (HG_ANSWER_MET, g_strdup_printf (_("Rules version %u approved on %s, "
                                                         "within %u months"),
                                                       latest->number, latest->approved_on,
                                                       check->months));
  add_link (result, "rule", RULES_DOCUMENT);
  return result;
}

/* The block @id under @parent, with the chapter it is in. */
static const HgBlock *
find_block (const HgBlock  *parent,
            const char     *id,
            const HgBlock **chapter)
{
  for (guint i = 0; parent->children != NULL && i < parent->children->len; i++)
    {
      const HgBlock *child = g_ptr_array_index (parent->children, i);
      const HgBlock *found;

      if (child->kind == HG_BLOCK_CHAPTER)
        *chapter = child;
      if (g_strcmp0 (child->id, id) == 0)
        return child;
      if ((found = find_block (child, id, chapter)) != NULL)
        return found;
    }
  return NULL;
}

/* What the rules lack, said as the interface names it: 「委託管理」の章. */
static char *
describe_missing (HgCheckContext *context,
                  const char     *id)
{
  GPtrArray *documents = context->pack ? hg_pack_get_documents (context->pack) : NULL;

  for (guint d = 0; documents != NULL && d < documents->len; d++)
    {
      const HgBlock *chapter = NULL;
      const HgBlock *block = find_block (g_ptr_array_index (documents, d), id, &chapter);

      if (block == NULL)
        continue;
      if (block->kind == HG_BLOCK_CHAPTER)
        /* Translators: a reason for a proposed answer; a chapter's title */
        return g_strdup_printf (_("No chapter “%s” in the approved rules"), block->display_title);
      if (chapter != NULL)
        /* Translators: a reason for a proposed answer; a chapter's title */
        return g_strdup_printf (_("Not in chapter “%s” of the approved rules"),
                                chapter->display_title);
    }
  return g_strdup (_("Not in the approved rules"));
}

static HgCheckResult *
check_rule (HgCheckContext *context,
            const HgCheck  *check)
{
  g_autoptr(Revision) latest = NULL;
  HgCheckResult *result;

  if (context->rules == NULL)
    return result_new (HG_ANSWER_NOT, g_strdup (_("The rules are not approved yet")));
  for (guint i = 0; check->ids[i] != NULL; i++)
    {
      const char *heading = g_hash_table_lookup (context->rule_titles, check->ids[i]);

      if (heading == NULL)
        continue;
      latest = latest_revision (context, RULES_DOCUMENT);
      /* Translators: a reason for a proposed answer; the heading a rule
       * stands under, the version of the rules and its date */
      result = result_new (HG_ANSWER_MET,
                           g_strdup_printf (_("Rules: “%s” (version %u, approved %s)"), heading,
                                            latest ? latest->number : 0,
                                            latest ? latest->approved_on : ""));
      add_link (result, "rule", check->ids[i]);
      return result;
    }
  return result_new (HG_ANSWER_NOT, describe_missing (context, check->ids[0]));
}

static HgCheckResult *
check_assets (HgCheckContext *context)
{
  g_autoptr(GPtrArray) assets = hg_asset_store_load (context->workbook);
  guint by_importance[4] = { 0 }, by_level[4] = { 0 }, personal = 0, total = 0;
  HgCheckResult *result;

  hg_asset_store_count (context->workbook, by_importance, by_level, &personal, &total);
  if (total == 0)
    return result_new (HG_ANSWER_NOT, g_strdup (_("The asset register is empty")));
  /* Translators: a reason for a proposed answer */
  result = result_new (HG_ANSWER_MET,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u asset in the register: %u of importance 3, "
                                                     "%u with personal information",
                                                     "%u assets in the register: %u of importance 3, "
                                                     "%u with personal information", total),
                                        total, by_importance[3], personal));
  for (guint i = 0; i < assets->len; i++)
    {
      const HgAssetData *a = hg_asset_get_data (g_ptr_array_index (assets, i));
      g_autofree char *id = NULL;

      if (a->disposed)
        continue;
      id = g_strdup_printf ("%" G_GINT64_FORMAT, a->id);
      add_link (result, "asset", id);
    }
  return result;
}

static HgCheckResult *
check_risks (HgCheckContext *context)
{
  g_autoptr(GPtrArray) treatments = hg_risk_treatment_list (context->workbook);
  HgCheckResult *result;
  guint done = 0;

  if (treatments->len == 0)
    return result_new (HG_ANSWER_NOT, g_strdup (_("No risk treatment recorded")));
  for (guint i = 0; i < treatments->len; i++)
    done += ((HgRiskTreatment *) treatments->pdata[i])->status == HG_RISK_PLAN_DONE;
  /* Translators: a reason for a proposed answer */
  result = result_new (HG_ANSWER_MET,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u risk treatment recorded, %u done",
                                                     "%u risk treatments recorded, %u done",
                                                     treatments->len),
                                        treatments->len, done));
  for (guint i = 0; i < treatments->len; i++)
    {
      HgRiskTreatment *t = treatments->pdata[i];
      g_autofree char *target = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                 t->asset_id, t->threat_id);

      add_link (result, "risk", target);
    }
  return result;
}

static gboolean
topic_matches (const char   *topic,
               const GStrv   words)
{
  g_autofree char *folded = g_utf8_casefold (topic, -1);

  if (words[0] == NULL)
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_casefold (words[i], -1);

      if (strstr (folded, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The share of the current employees among @ids, in whole percent. */
static guint
percent_of_employees (HgCheckContext *context,
                      GArray         *person_ids)
{
  guint in = 0;

  for (guint i = 0; i < context->employees->len; i++)
    {
      gint64 person = hg_employee_get_data (context->employees->pdata[i])->person_id;

      for (guint j = 0; j < person_ids->len; j++)
        if (g_array_index (person_ids, gint64, j) == person)
          {
            in++;
            break;
          }
    }
  return (in * 100 + context->employees->len / 2) / context->employees->len;
}

static HgCheckResult *
check_training (HgCheckContext *context,
                const HgCheck  *check)
{
  g_autoptr(GPtrArray) sessions = hg_education_list (context->workbook);
  HgEducationSession *latest = NULL;
  g_autofree char *id = NULL;
  HgCheckResult *result;
  guint percent;

  if (sessions->len == 0)
    return result_new (HG_ANSWER_UNKNOWN, g_strdup (_("No training recorded in the workbook")));
  /* The list is newest first. */
  for (guint i = 0; i < sessions->len && latest == NULL; i++)
    if (topic_matches (((HgEducationSession *) sessions->pdata[i])->topic, check->ids))
      latest = sessions->pdata[i];
  if (latest == NULL)
    /* Translators: a reason for a proposed answer; a word of the topic looked for */
    return result_new (HG_ANSWER_NOT, g_strdup_printf (_("No training on “%s” recorded"),
                                                       check->ids[0]));
  if (context->employees->len == 0)
    /* Translators: a reason for a proposed answer; the training's topic and date */
    result = result_new (HG_ANSWER_MET, g_strdup_printf (_("%s held on %s"), latest->topic,
                                                         latest->held_on));
  else
    {
      percent = percent_of_employees (context, latest->attendees);
      /* Translators: a reason for a proposed answer; the training's topic,
       * its date and the share of the current employees who attended */
      result = result_new (percent >= MET_PERCENT ? HG_ANSWER_MET : HG_ANSWER_PARTLY,
                           g_strdup_printf (_("%s held on %s, attended by %u %% of current "
                                              "employees"),
                                            latest->topic, latest->held_on, percent));
    }
  id = g_strdup_printf ("%" G_GINT64_FORMAT, latest->id);
  add_link (result, "training", id);
  return result;
}

static HgCheckResult *
check_receipts (HgCheckContext *context)
{
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *target = NULL;
  HgCheckResult *result;
  guint percent;

  if (context->handbook == NULL || context->handbook->version == 0)
    return result_new (HG_ANSWER_NOT, g_strdup (_("The handbook is not approved yet")));
  if (context->employees->len == 0)
    return result_new (HG_ANSWER_UNKNOWN, g_strdup (_("No current employees recorded")));
  for (guint i = 0; i < context->employees->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (context->employees->pdata[i]);

      if (hg_handbook_has_acknowledged (context->handbook, d))
        g_array_append_val (holders, d->person_id);
    }
  percent = percent_of_employees (context, holders);
  /* Translators: a reason for a proposed answer; version, share of employees */
  result = result_new (percent >= MET_PERCENT ? HG_ANSWER_MET
                       : percent > 0 ? HG_ANSWER_PARTLY : HG_ANSWER_NOT,
                       g_strdup_printf (_("Handbook version %u received by %u %% of current "
                                          "employees"),
                                        context->handbook->version, percent));
  target = g_strdup_printf ("handbook:%u", context->handbook->version);
  add_link (result, "receipt", target);
  return result;
}

static HgCheckResult *
check_role (HgCheckContext *context,
            const HgCheck  *check)
{
  HgOrgRole role;
  gint64 holder;
  g_autofree char *vacancy = NULL;

  if (check->ids[0] == NULL || !hg_org_role_from_key (check->ids[0], &role))
    return result_new (HG_ANSWER_UNKNOWN, g_strdup (_("Not a role Hinagata knows")));
  holder = hg_org_role_get_holder (context->workbook, role, 0);
  if (holder > 0)
    {
      g_autoptr(HgPerson) person = hg_person_get (context->workbook, holder);

      /* Translators: a reason for a proposed answer; a role, a person */
      return result_new (HG_ANSWER_MET, g_strdup_printf (_("%s: %s"), hg_org_role_label (role),
                                                         person ? person->name : ""));
    }
  vacancy = hg_role_vacancy_get (context->workbook, role);
  if (vacancy != NULL && vacancy[0] != '\0')
    /* Translators: a reason for a proposed answer; a role, the reason it is not held */
    return result_new (HG_ANSWER_PARTLY, g_strdup_printf (_("%s: none, by decision (%s)"),
                                                          hg_org_role_label (role), vacancy));
  /* Translators: a reason for a proposed answer; a role */
  return result_new (HG_ANSWER_NOT, g_strdup_printf (_("%s: nobody appointed"),
                                                     hg_org_role_label (role)));
}

static HgCheckResult *
check_contacts (HgCheckContext *context)
{
  g_autoptr(GPtrArray) contacts = hg_contact_list (context->workbook);

  if (contacts->len == 0)
    return result_new (HG_ANSWER_NOT, g_strdup (_("No outside contacts recorded")));
  /* Translators: a reason for a proposed answer */
  return result_new (HG_ANSWER_MET,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outside contact recorded",
                                                   "%u outside contacts recorded", contacts->len),
                                      contacts->len));
}

HgCheckResult *
hg_check_run (HgCheckContext *context,
              const HgCheck  *check)
{
  switch (check->kind)
    {
    case HG_CHECK_POLICY_APPROVED:
      return check_policy (context);
    case HG_CHECK_REVIEWED:
      return check_reviewed (context, check);
    case HG_CHECK_RULE:
      return check_rule (context, check);
    case HG_CHECK_ASSETS:
      return check_assets (context);
    case HG_CHECK_RISKS:
      return check_risks (context);
    case HG_CHECK_TRAINING:
      return check_training (context, check);
    case HG_CHECK_RECEIPTS:
      return check_receipts (context);
    case HG_CHECK_ROLE:
      return check_role (context, check);
    case HG_CHECK_CONTACTS:
    default:
      return check_contacts (context);
    }
}

/* hg-security-action.c
 *
 * SECURITY ACTION is a declaration the company makes itself: Hinagata only
 * shows what the declaration rests on, so every text says "can declare",
 * never that anything was granted. ★ rests on the 5 basic measures all in
 * place; ★★ on the self-check answered in full and a basic policy approved
 * and made public — where and when is recorded (hg-publication.h). Once
 * the company says it declared a star, with the date, the card says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-security-action"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-assess-status.h"
#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-framework-catalog.h"
#include "hg-publication.h"
#include "hg-revision.h"
#include "hg-security-action.h"
#include "hg-text.h"

static void
step_free (HgSecurityActionStep *step)
{
  g_free (step->title);
  g_free (step->detail);
  g_free (step);
}

void
hg_security_action_free (HgSecurityAction *action)
{
  if (action == NULL)
    return;
  g_free (action->headline);
  g_free (action->pack_id);
  g_free (action->policy_document);
  g_free (action->declared[1]);
  g_free (action->declared[2]);
  g_ptr_array_unref (action->steps);
  g_free (action);
}

static void
add_step (HgSecurityAction            *action,
          HgSecurityActionRequirement  requirement,
          guint                        star,
          gboolean                     done,
          char                        *title,
          char                        *detail)
{
  HgSecurityActionStep *step = g_new0 (HgSecurityActionStep, 1);

  step->requirement = requirement;
  step->star = star;
  step->done = done;
  step->title = title;
  step->detail = detail;
  g_ptr_array_add (action->steps, step);
}

const HgSecurityActionStep *
hg_security_action_get_step (const HgSecurityAction      *action,
                             HgSecurityActionRequirement  requirement)
{
  for (guint i = 0; i < action->steps->len; i++)
    {
      const HgSecurityActionStep *step = g_ptr_array_index (action->steps, i);

      if (step->requirement == requirement)
        return step;
    }
  g_return_val_if_reached (NULL);
}

const char *
hg_security_action_policy_document (HgPack *pack)
{
  GPtrArray *documents = pack ? hg_pack_get_documents (pack) : NULL;

  if (documents == NULL || documents->len == 0)
    return NULL;
  for (guint d = 0; d < documents->len; d++)
    if (g_str_equal (((HgBlock *) g_ptr_array_index (documents, d))->id, "basic_policy"))
      return "basic_policy";
  /* A pack of the company's own: the basic policy is its first document,
   * as in every pack made after IPA's appendices. */
  return ((HgBlock *) g_ptr_array_index (documents, 0))->id;
}

/* The score of the newest assessment of the built-in framework @id;
 * NULL when it cannot be loaded (a bug: the tests load them all). */
static HgFrameworkScore *
score_of (HgWorkbook *workbook,
          const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) framework = hg_framework_catalog_load (workbook, id, NULL, &error);

  if (framework == NULL)
    {
      g_critical ("Built-in framework %s: %s", id, error->message);
      return NULL;
    }
  return hg_assess_status_score (workbook, framework);
}

static void
add_five_measures (HgSecurityAction *action,
                   HgWorkbook       *workbook)
{
  g_autoptr(HgFrameworkScore) score = score_of (workbook, "five-measures");
  const HgFrameworkRate *all = score ? &g_array_index (score->rates, HgFrameworkRate,
                                                       score->rates->len - 1) : NULL;
  gboolean done = all != NULL && all->n_items > 0 && all->n_met == all->n_items;

  add_step (action, HG_SECURITY_ACTION_FIVE_MEASURES, 1, done,
            g_strdup (_("Put the 5 basic security measures in place")),
            all == NULL ? g_strdup ("")
            /* Translators: e.g. "3 of 5 measures in place" */
            : g_strdup_printf (_("%u of %u measures in place"), all->n_met, all->n_items));
}

static void
add_self_check (HgSecurityAction *action,
                HgWorkbook       *workbook)
{
  g_autoptr(HgFrameworkScore) score = score_of (workbook, "ipa-self-check");
  gboolean done = score != NULL && score->n_items > 0 && score->n_answered == score->n_items;
  char *detail;

  if (score == NULL)
    detail = g_strdup ("");
  else if (done)
    /* Translators: the total of the self-check, e.g. "All answered: 78 of 100 points" */
    detail = g_strdup_printf (_("All answered: %d of %d points"), score->total, score->maximum);
  else
    /* Translators: e.g. "12 of 25 questions answered" */
    detail = g_strdup_printf (_("%u of %u questions answered"), score->n_answered,
                              score->n_items);
  add_step (action, HG_SECURITY_ACTION_SELF_CHECK, 2, done,
            g_strdup (_("Answer every question of the self-check")), detail);
}

/* A policy is approved once a version of it is; it is published when its
 * latest approved version is: a newer version must be shown again. */
static void
add_policy (HgSecurityAction *action,
            HgWorkbook       *workbook,
            HgPack           *pack)
{
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GPtrArray) publications = NULL;
  const HgDocRevision *last = NULL;
  const HgPublication *shown = NULL, *older = NULL;
  g_autofree char *approved_on = NULL;
  char *approved_detail, *published_detail;

  action->pack_id = g_strdup (pack ? hg_pack_get_id (pack) : NULL);
  action->policy_document = g_strdup (hg_security_action_policy_document (pack));
  if (action->policy_document != NULL)
    {
      revisions = hg_revision_list (workbook, action->pack_id, action->policy_document);
      publications = hg_publication_list (workbook, action->pack_id, action->policy_document);
    }
  if (revisions != NULL && revisions->len > 0)
    last = g_ptr_array_index (revisions, revisions->len - 1);
  action->policy_version = last ? last->number : 0;
  for (guint i = 0; publications != NULL && i < publications->len; i++)
    {
      const HgPublication *p = g_ptr_array_index (publications, i);

      if (last != NULL && p->number == last->number && shown == NULL)
        shown = p;
      else if (older == NULL)
        older = p;
    }

  if (last != NULL)
    {
      approved_on = hg_date_format (last->approved_on, HG_DATE_STYLE_LONG);
      /* Translators: e.g. "Version 2 approved on 1 April 2026" */
      approved_detail = g_strdup_printf (_("Version %u approved on %s"), last->number,
                                         approved_on);
    }
  else
    approved_detail = g_strdup (_("Not approved yet: answer the policy wizard, then approve "
                                  "the basic policy."));
  add_step (action, HG_SECURITY_ACTION_POLICY_APPROVED, 2, last != NULL,
            g_strdup (_("Approve the basic security policy")), approved_detail);

  if (shown != NULL)
    {
      g_autofree char *on = hg_date_format (shown->published_on, HG_DATE_STYLE_LONG);

      /* Translators: version, where it was published, when; e.g. "Version 2
       * published on the notice board on 10 April 2026" */
      published_detail = g_strdup_printf (_("Version %u published at “%s” on %s"),
                                         shown->number, shown->place, on);
    }
  else if (last == NULL)
    published_detail = g_strdup (_("Once approved, show it to staff and customers — on the "
                                   "notice board, in a shared folder or on the company’s web "
                                   "site — and record where and when."));
  else if (older != NULL)
    /* Translators: the latest approved version, then the one published before */
    published_detail = g_strdup_printf (_("Version %u is not published yet (version %u was, at "
                                          "“%s”)"), last->number, older->number, older->place);
  else
    published_detail = g_strdup_printf (_("Record where and when version %u was published: the "
                                          "notice board, a shared folder, the web site…"),
                                        last->number);
  add_step (action, HG_SECURITY_ACTION_POLICY_PUBLISHED, 2, shown != NULL,
            g_strdup (_("Publish the basic security policy")), published_detail);
}

static guint
count_open (HgSecurityAction *action,
            guint             star)
{
  guint open = 0;

  for (guint i = 0; i < action->steps->len; i++)
    {
      HgSecurityActionStep *step = g_ptr_array_index (action->steps, i);

      if (step->star == star && !step->done)
        open++;
    }
  return open;
}

static void
read_declarations (HgSecurityAction *action,
                   HgWorkbook       *workbook)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT star, declared_on "
                                                "FROM security_action_declaration", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      int star = sqlite3_column_int (stmt, 0);

      if (star == 1 || star == 2)
        {
          g_free (action->declared[star]);
          action->declared[star] = hg_db_column_dup (stmt, 1);
        }
    }
}

/* What the company can say: a declaration made, one it can make, or how
 * many steps are left before one. */
static char *
headline (HgSecurityAction *action,
          guint             open1,
          guint             open2)
{
  g_autofree char *on2 = action->declared[2]
                         ? hg_date_format (action->declared[2], HG_DATE_STYLE_LONG) : NULL;
  g_autofree char *on1 = action->declared[1]
                         ? hg_date_format (action->declared[1], HG_DATE_STYLE_LONG) : NULL;

  if (on2 != NULL)
    /* Translators: %s is the date the company declared ★★ */
    return g_strdup_printf (_("You declared SECURITY ACTION ★★ on %s"), on2);
  if (action->star2_ready)
    return g_strdup (_("You can declare SECURITY ACTION ★★"));
  if (on1 != NULL)
    /* Translators: the date the company declared ★, then the steps left to ★★ */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "You declared SECURITY ACTION ★ on %s; %u step left "
                                         "to ★★",
                                         "You declared SECURITY ACTION ★ on %s; %u steps left "
                                         "to ★★", open2), on1, open2);
  if (action->star1_ready)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "You can declare SECURITY ACTION ★; %u step left to ★★",
                                         "You can declare SECURITY ACTION ★; %u steps left to "
                                         "★★", open2), open2);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u step left before you can declare SECURITY ACTION ★",
                                       "%u steps left before you can declare SECURITY ACTION ★",
                                       open1), open1);
}

HgSecurityAction *
hg_security_action_compute (HgSession *session)
{
  HgSecurityAction *action = g_new0 (HgSecurityAction, 1);
  HgWorkbook *workbook;

  action->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  g_return_val_if_fail (HG_IS_SESSION (session), action);

  workbook = hg_session_get_workbook (session);
  add_five_measures (action, workbook);
  add_self_check (action, workbook);
  add_policy (action, workbook, hg_session_get_pack (session, NULL));
  read_declarations (action, workbook);

  action->star1_ready = count_open (action, 1) == 0;
  action->star2_ready = count_open (action, 2) == 0;
  action->headline = headline (action, count_open (action, 1), count_open (action, 2));
  return action;
}

typedef struct
{
  guint       star;
  const char *date;
} Declaration;

static gboolean
declare_cb (sqlite3  *db,
            gpointer  user_data,
            GError  **error)
{
  Declaration *d = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "INSERT OR REPLACE INTO "
                                                    "security_action_declaration (star, "
                                                    "declared_on) VALUES (?1, ?2)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) d->star);
  sqlite3_bind_text (stmt, 2, d->date, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_security_action_declare (HgSession   *session,
                            guint        star,
                            const char  *date,
                            GError     **error)
{
  g_autoptr(HgSecurityAction) action = NULL;
  g_autofree char *day = NULL;
  Declaration d;

  g_return_val_if_fail (HG_IS_SESSION (session), FALSE);

  if (star != 1 && star != 2)
    return hg_error_invalid (error, _("SECURITY ACTION has ★ (1) and ★★ (2)"));
  if (!hg_date_parse_or_today (date, _("Declared on"), &day, error))
    return FALSE;
  /* The record says what the company did; what it rests on must be there. */
  action = hg_security_action_compute (session);
  for (guint i = 0; i < action->steps->len; i++)
    {
      const HgSecurityActionStep *step = g_ptr_array_index (action->steps, i);

      if (step->star == star && !step->done)
        {
          g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                       /* Translators: ★ or ★★, then the first step not done */
                       _("%s cannot be declared yet (not done: %s)"), star == 1 ? "★" : "★★",
                       step->title);
          return FALSE;
        }
    }
  d = (Declaration) { star, day };
  /* Translators: the name of an undo step */
  return hg_workbook_edit (hg_session_get_workbook (session), _("Record Declaration"),
                           declare_cb, &d, error);
}

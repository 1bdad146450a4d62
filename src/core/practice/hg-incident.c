/* hg-incident.c
 *
 * The register is read whole: a small company records a few incidents a
 * year, and each list row shows its steps and its next deadline, so every
 * record comes with its steps, assets and notices.
 *
 * The words come in two sets: the interface's (translated) and the rules'
 * own Japanese, which the printed report uses in any interface language,
 * as the documents do (hg-doc.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-error.h"
#include "hg-incident.h"

typedef struct
{
  const char *id;
  const char *label;
  const char *doc_label;
} Word;

static const Word steps[] = {
  { "detected",  N_("Detected"),  "検知" },
  { "reported",  N_("Reported"),  "報告" },
  { "contained", N_("Contained"), "封じ込め" },
  { "recovered", N_("Recovered"), "復旧" },
  { "closed",    N_("Closed"),    "終了" },
};

static const Word kinds[] = {
  { "incident", N_("Incident (on purpose)"), "事件（故意によるもの）" },
  { "accident", N_("Accident (nobody meant it)"), "事故（過失や偶然によるもの）" },
};

static const Word levels[] = {
  { "major",    N_("Major"),    "重大" },
  { "moderate", N_("Moderate"), "中程度" },
  { "minor",    N_("Minor"),    "軽微" },
};

static const Word notice_kinds[] = {
  { "ppc_prompt", N_("Prompt report to the PPC"), "速報" },
  { "ppc_final",  N_("Final report to the PPC"),  "確報" },
  { "customer",   N_("Customer"),                 "報告" },
  { "other",      N_("Other"),                    "連絡" },
};

/* The examples of the rules' chapter on incidents, in its order. */
static const Word categories[] = {
  { "malware",       N_("Malware infection"),              "ウイルス感染の疑い" },
  { "ransomware",    N_("Ransomware"),                     "ランサムウェア" },
  { "loss",          N_("Loss or theft"),                  "機器・媒体・書類の紛失や盗難" },
  { "misdelivery",   N_("Email or fax sent to the wrong person"), "メールやFAXの誤送信" },
  { "login",         N_("Unauthorised login or change"),   "身に覚えのないログインや設定の変更" },
  { "website",       N_("Website defaced"),                "Webサイトの改ざん" },
  { "outage",        N_("System down or slow"),            "システムの停止や異常な遅さ" },
  { "impersonation", N_("Mail sent in the company's name"), "当社をかたる不審なメール" },
  { "payment",       N_("Suspicious payment request"),     "不審な振込の依頼" },
  { "other",         N_("Other"),                          "その他" },
};

static const char * const category_ids[] = {
  "malware", "ransomware", "loss", "misdelivery", "login", "website", "outage",
  "impersonation", "payment", "other", NULL,
};

static const Word *
find_word (const Word *words,
           guint       n,
           const char *id)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (words[i].id, id) == 0)
      return &words[i];
  return NULL;
}

#define FROM_ID(words, id, out) \
  G_STMT_START { \
    const Word *w = find_word (words, G_N_ELEMENTS (words), id); \
    if (w == NULL) \
      return FALSE; \
    *(out) = (__typeof__ (*(out))) (w - words); \
    return TRUE; \
  } G_STMT_END

const char *hg_incident_step_get_id (HgIncidentStep s) { return steps[s].id; }
const char *hg_incident_step_get_label (HgIncidentStep s) { return _(steps[s].label); }
const char *hg_incident_step_get_doc_label (HgIncidentStep s) { return steps[s].doc_label; }
gboolean hg_incident_step_from_id (const char *id, HgIncidentStep *s) { FROM_ID (steps, id, s); }

const char *hg_incident_kind_get_id (HgIncidentKind k) { return kinds[k].id; }
const char *hg_incident_kind_get_label (HgIncidentKind k) { return _(kinds[k].label); }
const char *hg_incident_kind_get_doc_label (HgIncidentKind k) { return kinds[k].doc_label; }
gboolean hg_incident_kind_from_id (const char *id, HgIncidentKind *k) { FROM_ID (kinds, id, k); }

const char *hg_incident_level_get_id (HgIncidentLevel l) { return levels[l].id; }
const char *hg_incident_level_get_label (HgIncidentLevel l) { return _(levels[l].label); }
const char *hg_incident_level_get_doc_label (HgIncidentLevel l) { return levels[l].doc_label; }
gboolean hg_incident_level_from_id (const char *id, HgIncidentLevel *l) { FROM_ID (levels, id, l); }

const char *hg_incident_notice_kind_get_id (HgIncidentNoticeKind k) { return notice_kinds[k].id; }
const char *hg_incident_notice_kind_get_label (HgIncidentNoticeKind k) { return _(notice_kinds[k].label); }
const char *hg_incident_notice_kind_get_doc_label (HgIncidentNoticeKind k) { return notice_kinds[k].doc_label; }
gboolean
hg_incident_notice_kind_from_id (const char *id, HgIncidentNoticeKind *k)
{
  FROM_ID (notice_kinds, id, k);
}

const char * const *
hg_incident_category_ids (void)
{
  return category_ids;
}

const char *
hg_incident_category_get_label (const char *id)
{
  const Word *w = find_word (categories, G_N_ELEMENTS (categories), id);

  return w != NULL ? _(w->label) : id;
}

const char *
hg_incident_category_get_doc_label (const char *id)
{
  const Word *w = find_word (categories, G_N_ELEMENTS (categories), id);

  return w != NULL ? w->doc_label : id;
}

HgIncident *
hg_incident_new (void)
{
  HgIncident *incident = g_new0 (HgIncident, 1);

  incident->kind = HG_INCIDENT_KIND_ACCIDENT;
  incident->level = HG_INCIDENT_LEVEL_MINOR;
  incident->category = g_strdup ("other");
  incident->assets = g_array_new (FALSE, FALSE, sizeof (gint64));
  incident->asset_names = g_ptr_array_new_with_free_func (g_free);
  incident->notices = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_incident_notice_free);
  return incident;
}

void
hg_incident_free (HgIncident *incident)
{
  if (incident == NULL)
    return;
  g_free (incident->title);
  g_free (incident->detected);
  g_free (incident->detected_how);
  g_free (incident->detected_by);
  g_free (incident->category);
  g_free (incident->description);
  g_free (incident->cause);
  g_free (incident->impact);
  g_free (incident->actions);
  g_free (incident->lessons);
  g_array_unref (incident->assets);
  g_ptr_array_unref (incident->asset_names);
  for (guint i = 0; i < HG_INCIDENT_N_STEPS; i++)
    {
      g_free (incident->steps[i].at);
      g_free (incident->steps[i].person);
      g_free (incident->steps[i].note);
    }
  g_ptr_array_unref (incident->notices);
  g_free (incident);
}

HgIncidentNotice *
hg_incident_notice_new (void)
{
  HgIncidentNotice *notice = g_new0 (HgIncidentNotice, 1);

  notice->kind = HG_INCIDENT_NOTICE_CUSTOMER;
  return notice;
}

void
hg_incident_notice_free (HgIncidentNotice *notice)
{
  if (notice == NULL)
    return;
  g_free (notice->recipient);
  g_free (notice->sent);
  g_free (notice->note);
  g_free (notice);
}

HgIncidentStep
hg_incident_get_status (const HgIncident *incident)
{
  for (int i = HG_INCIDENT_N_STEPS - 1; i > 0; i--)
    if (incident->steps[i].at != NULL)
      return (HgIncidentStep) i;
  return HG_INCIDENT_DETECTED;
}

gboolean
hg_incident_is_open (const HgIncident *incident)
{
  return hg_incident_get_status (incident) != HG_INCIDENT_CLOSED;
}

static gboolean
read_steps (sqlite3     *db,
            HgIncident  *incident,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT step, at, person, note FROM incident_step "
                                                "WHERE incident = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, incident->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int step = sqlite3_column_int (stmt, 0);

      if (step < 0 || step >= HG_INCIDENT_N_STEPS)
        continue;
      incident->steps[step].at = hg_db_column_dup (stmt, 1);
      incident->steps[step].person = hg_db_column_dup (stmt, 2);
      incident->steps[step].note = hg_db_column_dup (stmt, 3);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the incident's steps");
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_assets (sqlite3     *db,
             HgIncident  *incident,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT a.id, a.name FROM incident_asset i "
                                                "JOIN asset a ON a.id = i.asset "
                                                "WHERE i.incident = ?1 ORDER BY a.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, incident->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 asset = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (incident->assets, asset);
      g_ptr_array_add (incident->asset_names, hg_db_column_dup (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the incident's assets");
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_notices (sqlite3     *db,
              HgIncident  *incident,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "SELECT id, kind, recipient, within, unit, sent, note "
                                                "FROM incident_notice WHERE incident = ?1 ORDER BY id",
                                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, incident->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgIncidentNotice *notice = hg_incident_notice_new ();

      notice->id = sqlite3_column_int64 (stmt, 0);
      hg_incident_notice_kind_from_id ((const char *) sqlite3_column_text (stmt, 1), &notice->kind);
      notice->recipient = hg_db_column_dup (stmt, 2);
      notice->within = (guint) sqlite3_column_int (stmt, 3);
      notice->in_days = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4), "days") == 0;
      notice->sent = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? NULL : hg_db_column_dup (stmt, 5);
      notice->note = hg_db_column_dup (stmt, 6);
      g_ptr_array_add (incident->notices, notice);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the incident's notices");
      return FALSE;
    }
  return TRUE;
}

#define SELECT_INCIDENT \
  "SELECT id, title, detected, detected_how, detected_by, kind, category, level, " \
  "personal_data, description, cause, impact, actions, lessons FROM incident "

static HgIncident *
incident_of_row (sqlite3       *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(HgIncident) incident = hg_incident_new ();

  incident->id = sqlite3_column_int64 (stmt, 0);
  incident->title = hg_db_column_dup (stmt, 1);
  incident->detected = hg_db_column_dup (stmt, 2);
  incident->detected_how = hg_db_column_dup (stmt, 3);
  incident->detected_by = hg_db_column_dup (stmt, 4);
  hg_incident_kind_from_id ((const char *) sqlite3_column_text (stmt, 5), &incident->kind);
  g_free (incident->category);
  incident->category = hg_db_column_dup (stmt, 6);
  hg_incident_level_from_id ((const char *) sqlite3_column_text (stmt, 7), &incident->level);
  incident->personal_data = sqlite3_column_int (stmt, 8) != 0;
  incident->description = hg_db_column_dup (stmt, 9);
  incident->cause = hg_db_column_dup (stmt, 10);
  incident->impact = hg_db_column_dup (stmt, 11);
  incident->actions = hg_db_column_dup (stmt, 12);
  incident->lessons = hg_db_column_dup (stmt, 13);
  if (!read_steps (db, incident, error) || !read_assets (db, incident, error)
      || !read_notices (db, incident, error))
    return NULL;
  return g_steal_pointer (&incident);
}

static int
compare_open_first (gconstpointer a,
                    gconstpointer b)
{
  const HgIncident *x = *(HgIncident * const *) a;
  const HgIncident *y = *(HgIncident * const *) b;
  gboolean xo = hg_incident_is_open (x), yo = hg_incident_is_open (y);
  g_autoptr(GDateTime) xt = NULL;
  g_autoptr(GDateTime) yt = NULL;

  if (xo != yo)
    return xo ? -1 : 1;
  /* Stored moments carry their offset: compare them as moments. */
  xt = g_date_time_new_from_iso8601 (x->detected, NULL);
  yt = g_date_time_new_from_iso8601 (y->detected, NULL);
  if (xt != NULL && yt != NULL && !g_date_time_equal (xt, yt))
    return -g_date_time_compare (xt, yt);
  return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

GPtrArray *
hg_incident_list (HgWorkbook  *workbook,
                  GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, SELECT_INCIDENT "ORDER BY id", error);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_incident_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgIncident *incident = incident_of_row (db, stmt, error);

      if (incident == NULL)
        return NULL;
      g_ptr_array_add (list, incident);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the incidents");
      return NULL;
    }
  g_ptr_array_sort (list, compare_open_first);
  return g_steal_pointer (&list);
}

HgIncident *
hg_incident_get (HgWorkbook  *workbook,
                 gint64       id,
                 GError     **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, SELECT_INCIDENT "WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return incident_of_row (db, stmt, error);
  if (rc != SQLITE_DONE)
    hg_db_set_error (db, error, "Reading the incident");
  else
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                   _("There is no incident number %s"), number);
    }
  return NULL;
}

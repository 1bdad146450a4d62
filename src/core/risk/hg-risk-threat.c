/* hg-risk-threat.c
 *
 * The catalogue is a starting point, not a rule: once a medium is set up
 * its threats are the workbook's own, renamed, removed or added to by the
 * company, and a new catalogue does not touch them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-threat"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-error.h"
#include "hg-risk-threat.h"
#include "hg-text.h"

void
hg_risk_threat_free (HgRiskThreat *threat)
{
  if (threat == NULL)
    return;
  g_free (threat->key);
  g_free (threat->name);
  g_free (threat->description);
  g_free (threat);
}

#define SELECT_THREAT \
  "SELECT t.id, t.medium_id, t.key, t.name, t.description, t.position FROM risk_threat t "

static HgRiskThreat *
threat_from_row (sqlite3_stmt *stmt)
{
  HgRiskThreat *threat = g_new0 (HgRiskThreat, 1);

  threat->id = sqlite3_column_int64 (stmt, 0);
  threat->medium_id = sqlite3_column_int64 (stmt, 1);
  threat->key = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? NULL : hg_db_column_dup (stmt, 2);
  threat->name = hg_db_column_dup (stmt, 3);
  threat->description = hg_db_column_dup (stmt, 4);
  threat->position = (guint) sqlite3_column_int (stmt, 5);
  return threat;
}

GPtrArray *
hg_risk_threat_list (HgWorkbook *workbook,
                     gint64      medium_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_risk_threat_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        SELECT_THREAT "JOIN medium m ON m.id = t.medium_id "
                        "WHERE ?1 = 0 OR t.medium_id = ?1 "
                        "ORDER BY m.position, m.id, t.position, t.id", NULL);
  if (stmt == NULL)
    return list;
  sqlite3_bind_int64 (stmt, 1, medium_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, threat_from_row (stmt));
  return list;
}

HgRiskThreat *
hg_risk_threat_get (HgWorkbook *workbook,
                    gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook), SELECT_THREAT "WHERE t.id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? threat_from_row (stmt) : NULL;
}

/* ---- Setting up from the catalogue ----------------------------------------- */

static gboolean
run_insert (sqlite3_stmt  *stmt,
            GError       **error)
{
  gboolean ok = hg_db_step_done (stmt, error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

/* The catalogue's threats of @kind that @medium_id lacks, with their
 * default likelihood and their controls. */
static gboolean
seed_threats (sqlite3                *db,
              HgRiskCatalogue        *catalogue,
              gint64                  medium_id,
              const HgRiskMediumKind *kind,
              GError                **error)
{
  g_autoptr(sqlite3_stmt) threat = NULL;
  g_autoptr(sqlite3_stmt) likelihood = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;

  threat = hg_db_prepare (db,
    "INSERT INTO risk_threat (medium_id, key, name, description, position) "
    "SELECT ?1, ?2, ?3, ?4, "
    "(SELECT ifnull (max (position), 0) + 1 FROM risk_threat WHERE medium_id = ?1) "
    "WHERE NOT EXISTS (SELECT 1 FROM risk_threat WHERE medium_id = ?1 AND (key = ?2 OR name = ?3))",
    error);
  likelihood = hg_db_prepare (db,
    "INSERT INTO risk_likelihood (threat_id, department_id, likelihood) VALUES (?1, NULL, ?2)",
    error);
  link = hg_db_prepare (db,
    "INSERT OR IGNORE INTO risk_threat_control (threat_id, control_key) VALUES (?1, ?2)", error);
  if (threat == NULL || likelihood == NULL || link == NULL)
    return FALSE;

  for (guint i = 0; i < kind->threats->len; i++)
    {
      const HgRiskThreatDef *def = g_ptr_array_index (kind->threats, i);
      g_autoptr(GPtrArray) controls = NULL;
      gint64 id;

      sqlite3_bind_int64 (threat, 1, medium_id);
      sqlite3_bind_text (threat, 2, def->key, -1, SQLITE_STATIC);
      sqlite3_bind_text (threat, 3, def->own_name ? def->own_name : def->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (threat, 4, def->own_description ? def->own_description
                                    : def->description ? def->description : "",
                         -1, SQLITE_STATIC);
      if (!run_insert (threat, error))
        return FALSE;
      if (sqlite3_changes (db) == 0)
        continue;
      id = sqlite3_last_insert_rowid (db);

      sqlite3_bind_int64 (likelihood, 1, id);
      sqlite3_bind_int (likelihood, 2, (int) CLAMP (def->likelihood, 1, 3));
      if (!run_insert (likelihood, error))
        return FALSE;

      controls = hg_risk_catalogue_controls_for (catalogue, def->key);
      for (guint c = 0; c < controls->len; c++)
        {
          sqlite3_bind_int64 (link, 1, id);
          sqlite3_bind_text (link, 2, ((HgRiskControl *) g_ptr_array_index (controls, c))->key,
                             -1, SQLITE_STATIC);
          if (!run_insert (link, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
_hg_risk_setup_in (sqlite3          *db,
                   HgRiskCatalogue  *catalogue,
                   GError          **error)
{
  g_autoptr(sqlite3_stmt) media = NULL;
  g_autoptr(sqlite3_stmt) mark = NULL;

  media = hg_db_prepare (db, "SELECT id, name FROM medium WHERE id NOT IN "
                             "(SELECT medium_id FROM risk_medium) ORDER BY position, id", error);
  mark = hg_db_prepare (db, "INSERT INTO risk_medium (medium_id, kind) VALUES (?1, ?2)", error);
  if (media == NULL || mark == NULL)
    return FALSE;

  while (sqlite3_step (media) == SQLITE_ROW)
    {
      gint64 medium_id = sqlite3_column_int64 (media, 0);
      const HgRiskMediumKind *kind =
        hg_risk_catalogue_match_medium (catalogue, (const char *) sqlite3_column_text (media, 1));

      sqlite3_bind_int64 (mark, 1, medium_id);
      hg_db_bind_text_or_null (mark, 2, kind ? kind->key : NULL);
      if (!run_insert (mark, error)
          || (kind != NULL && !seed_threats (db, catalogue, medium_id, kind, error)))
        return FALSE;
    }
  return TRUE;
}

gboolean
hg_risk_needs_setup (HgWorkbook *workbook)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_db_query_int (hg_workbook_get_db (workbook),
                          "SELECT count(*) FROM medium WHERE id NOT IN "
                          "(SELECT medium_id FROM risk_medium)", 0) > 0;
}

static gboolean
setup_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  return _hg_risk_setup_in (db, user_data, error);
}

gboolean
hg_risk_setup (HgWorkbook       *workbook,
               HgRiskCatalogue  *catalogue,
               GError          **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (catalogue != NULL, FALSE);

  if (!hg_risk_needs_setup (workbook))
    return TRUE;
  return hg_workbook_edit (workbook, _("Set Up the Risk Analysis"), setup_cb, catalogue, error);
}

typedef struct
{
  HgRiskCatalogue *catalogue;
  gint64           id;
  gint64           medium_id;
  const char      *name;
  const char      *description;
  guint            likelihood;
  const char      *control;
  gboolean         counters;
} ThreatEdit;

static gboolean
restore_cb (sqlite3   *db,
            gpointer   user_data,
            GError   **error)
{
  ThreatEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const HgRiskMediumKind *kind = NULL;

  if (!_hg_risk_setup_in (db, e->catalogue, error))
    return FALSE;
  stmt = hg_db_prepare (db, "SELECT name FROM medium WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->medium_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    kind = hg_risk_catalogue_match_medium (e->catalogue, (const char *) sqlite3_column_text (stmt, 0));
  return kind == NULL || seed_threats (db, e->catalogue, e->medium_id, kind, error);
}

gboolean
hg_risk_threat_restore_catalogue (HgWorkbook       *workbook,
                                  HgRiskCatalogue  *catalogue,
                                  gint64            medium_id,
                                  GError          **error)
{
  ThreatEdit e = { catalogue, 0, medium_id };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Restore the Catalogue’s Threats"), restore_cb, &e, error);
}

/* ---- The company's edits ------------------------------------------------------ */

static gboolean
validate_threat (HgWorkbook  *workbook,
                 gint64       medium_id,
                 gint64       except_id,
                 const char  *name,
                 const char  *description,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *problem;

  if ((problem = hg_text_check (name, HG_RISK_THREAT_NAME_MAX, HG_TEXT_REQUIRED)) != NULL)
    return hg_error_invalid_field (error, _("Threat"), problem);
  if ((problem = hg_text_check (description, HG_RISK_THREAT_DESCRIPTION_MAX,
                                HG_TEXT_MULTILINE)) != NULL)
    return hg_error_invalid_field (error, _("Description of the threat"), problem);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT 1 FROM risk_threat WHERE medium_id = ?1 AND name = ?2 AND id != ?3",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, medium_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, except_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return hg_error_invalid_field (error, _("Threat"), _("This medium has a threat of that name already"));
  return TRUE;
}

static gboolean
add_cb (sqlite3   *db,
        gpointer   user_data,
        GError   **error)
{
  ThreatEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO risk_threat (medium_id, key, name, description, position) "
    "SELECT ?1, NULL, ?2, ?3, ifnull (max (position), 0) + 1 FROM risk_threat WHERE medium_id = ?1",
    error);
  g_autoptr(sqlite3_stmt) likelihood = hg_db_prepare (db,
    "INSERT INTO risk_likelihood (threat_id, department_id, likelihood) VALUES (?1, NULL, ?2)",
    error);

  if (stmt == NULL || likelihood == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->medium_id);
  sqlite3_bind_text (stmt, 2, e->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, e->description, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  e->id = sqlite3_last_insert_rowid (db);
  sqlite3_bind_int64 (likelihood, 1, e->id);
  sqlite3_bind_int (likelihood, 2, (int) e->likelihood);
  return hg_db_step_done (likelihood, error);
}

static gboolean
medium_exists (HgWorkbook *workbook,
               gint64      medium_id)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT 1 FROM medium WHERE id = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, medium_id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gint64
hg_risk_threat_add (HgWorkbook  *workbook,
                    gint64       medium_id,
                    const char  *name,
                    const char  *description,
                    guint        likelihood,
                    GError     **error)
{
  g_autofree char *clean_name = hg_text_normalize (name);
  g_autofree char *clean_description = hg_text_normalize (description);
  ThreatEdit e = { NULL, 0, medium_id, clean_name, clean_description, likelihood };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), 0);

  if (!medium_exists (workbook, medium_id))
    {
      hg_error_invalid_field (error, _("Medium or storage place"), _("This medium no longer exists"));
      return 0;
    }
  if (likelihood < 1 || likelihood > 3)
    {
      hg_error_invalid_field (error, _("Likelihood of the threat"), _("Choose 1, 2 or 3"));
      return 0;
    }
  if (!validate_threat (workbook, medium_id, 0, clean_name, clean_description, error)
      || !hg_workbook_edit (workbook, _("Add Threat"), add_cb, &e, error))
    return 0;
  return e.id;
}

static gboolean
update_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  ThreatEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "UPDATE risk_threat SET name = ?2, description = ?3 "
    "WHERE id = ?1 AND (name != ?2 OR description != ?3)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->id);
  sqlite3_bind_text (stmt, 2, e->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, e->description, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_threat_update (HgWorkbook       *workbook,
                       HgRiskCatalogue  *catalogue,
                       gint64            id,
                       const char       *name,
                       const char       *description,
                       GError          **error)
{
  g_autoptr(HgRiskThreat) threat = hg_risk_threat_get (workbook, id);
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_description = NULL;
  ThreatEdit e = { NULL, id, 0, NULL, NULL };

  if (threat == NULL)
    return hg_error_invalid_field (error, _("Threat"), _("This threat no longer exists"));
  clean_name = hg_text_normalize (name);
  clean_description = hg_text_normalize (description);
  /* Borrowed from the catalogue or the cleaned text itself. */
  e.name = hg_risk_catalogue_own_threat (catalogue, threat->key, clean_name);
  e.description = hg_risk_catalogue_own_description (catalogue, threat->key, clean_description);
  return validate_threat (workbook, threat->medium_id, id, e.name, e.description, error)
         && hg_workbook_edit (workbook, _("Edit Threat"), update_cb, &e, error);
}

static gboolean
remove_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "DELETE FROM risk_threat WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ((ThreatEdit *) user_data)->id);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_threat_remove (HgWorkbook  *workbook,
                       gint64       id,
                       GError     **error)
{
  ThreatEdit e = { NULL, id };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  return hg_workbook_edit (workbook, _("Remove Threat"), remove_cb, &e, error);
}

/* ---- Which controls counter a threat ---------------------------------------- */

GStrv
hg_risk_threat_get_controls (HgWorkbook *workbook,
                             gint64      threat_id)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT control_key FROM risk_threat_control WHERE threat_id = ?1 "
                        "ORDER BY control_key", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, threat_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (keys, (const char *) sqlite3_column_text (stmt, 0));
    }
  return g_strv_builder_end (keys);
}

static gboolean
link_cb (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  ThreatEdit *e = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, e->counters
    ? "INSERT OR IGNORE INTO risk_threat_control (threat_id, control_key) VALUES (?1, ?2)"
    : "DELETE FROM risk_threat_control WHERE threat_id = ?1 AND control_key = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->id);
  sqlite3_bind_text (stmt, 2, e->control, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_risk_threat_set_control (HgWorkbook       *workbook,
                            HgRiskCatalogue  *catalogue,
                            gint64            threat_id,
                            const char       *control_key,
                            gboolean          counters,
                            GError          **error)
{
  g_autoptr(HgRiskThreat) threat = hg_risk_threat_get (workbook, threat_id);
  ThreatEdit e = { catalogue, threat_id };

  if (threat == NULL)
    return hg_error_invalid_field (error, _("Threat"), _("This threat no longer exists"));
  if (counters && hg_risk_catalogue_find_control (catalogue, control_key) == NULL)
    return hg_error_invalid_field (error, _("Control"), _("The risk catalogue has no such control"));
  e.control = control_key;
  e.counters = counters;
  return hg_workbook_edit (workbook, counters ? _("Link Control") : _("Unlink Control"),
                           link_cb, &e, error);
}

/* hg-assessment-evidence.c
 *
 * A link names its target the way that outlives edits: a rule by the
 * pack's id for it (the numbers 第5条 and 3.2 change when a rule is added
 * before it), the others by their ids in the workbook, a file by its path
 * and the SHA-256 it had when linked. What the target is now — the rule's
 * current number and text, the asset's name, whether the file changed — is
 * read when the links are listed, never stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assessment-evidence"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-asset-store.h"
#include "hg-assessment.h"
#include "hg-assessment-evidence.h"
#include "hg-db.h"
#include "hg-education.h"
#include "hg-error.h"
#include "hg-handbook-receipt.h"
#include "hg-policy.h"
#include "hg-risk-threat.h"
#include "hg-risk-treatment.h"
#include "hg-text.h"

static const char * const kind_names[HG_EVIDENCE_N_KINDS] = {
  "rule", "asset", "risk", "training", "receipt", "file",
};

/* How much of a rule's or measure's text a title quotes. */
#define TITLE_TEXT_MAX 40

void
hg_assessment_evidence_free (HgAssessmentEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->target);
  g_free (evidence->sha256);
  g_free (evidence->title);
  g_free (evidence);
}

const char *
hg_evidence_kind_to_string (HgEvidenceKind kind)
{
  g_return_val_if_fail (kind < HG_EVIDENCE_N_KINDS, NULL);
  return kind_names[kind];
}

gboolean
hg_evidence_kind_from_string (const char     *text,
                              HgEvidenceKind *kind)
{
  for (guint i = 0; text != NULL && i < HG_EVIDENCE_N_KINDS; i++)
    if (g_str_equal (text, kind_names[i]))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hg_evidence_kind_get_label (HgEvidenceKind kind)
{
  switch (kind)
    {
    case HG_EVIDENCE_RULE:
      return _("Rule");
    case HG_EVIDENCE_ASSET:
      return _("Asset");
    case HG_EVIDENCE_RISK:
      return _("Risk treatment");
    case HG_EVIDENCE_TRAINING:
      return _("Training session");
    case HG_EVIDENCE_RECEIPT:
      return _("Handbook receipts");
    case HG_EVIDENCE_FILE:
    case HG_EVIDENCE_N_KINDS:
    default:
      return _("File");
    }
}

static char *
shorten (const char *text)
{
  if (g_utf8_strlen (text, -1) <= TITLE_TEXT_MAX)
    return g_strdup (text);
  {
    g_autofree char *head = g_utf8_substring (text, 0, TITLE_TEXT_MAX - 1);

    return g_strconcat (head, "…", NULL);
  }
}

/* A positive id as typed, else 0. */
static gint64
parse_id (const char *target)
{
  gint64 id = 0;

  if (!g_ascii_string_to_signed (target, 10, 1, G_MAXINT64, &id, NULL))
    return 0;
  return id;
}

static char *
file_sha256 (const char  *path,
             GError     **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, error);

  if (file == NULL)
    return NULL;
  g_checksum_update (checksum, (const guchar *) g_mapped_file_get_contents (file),
                     (gssize) g_mapped_file_get_length (file));
  return g_strdup (g_checksum_get_string (checksum));
}

/* ---- What a target is now -------------------------------------------------- */

/* What the listing reads once for all the links of an item. */
typedef struct
{
  HgWorkbook *workbook;
  HgPack     *pack;        /* NULL until a rule needs it */
  GHashTable *documents;   /* document id → HgDoc built for the workbook */
  HgHandbook *handbook;    /* NULL until a receipt needs it */
} Lookup;

static void
lookup_clear (Lookup *lookup)
{
  g_clear_pointer (&lookup->pack, hg_pack_free);
  g_clear_pointer (&lookup->documents, g_hash_table_unref);
  g_clear_pointer (&lookup->handbook, hg_handbook_free);
}

static gboolean
block_holds (const HgBlock *block,
             const char    *id)
{
  if (block->id != NULL && g_str_equal (block->id, id))
    return TRUE;
  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    if (block_holds (g_ptr_array_index (block->children, i), id))
      return TRUE;
  return FALSE;
}

static HgPack *
lookup_pack (Lookup  *lookup,
             GError **error)
{
  if (lookup->pack == NULL)
    lookup->pack = hg_policy_load_pack (lookup->workbook, error);
  return lookup->pack;
}

/* The rule as the documents show it now: "第5条 … (情報セキュリティ対策基準)";
 * NULL when the company left it out. */
static char *
rule_title (Lookup     *lookup,
            const char *id)
{
  HgPack *pack = lookup_pack (lookup, NULL);
  GPtrArray *documents;

  if (pack == NULL)
    return NULL;
  documents = hg_pack_get_documents (pack);
  for (guint i = 0; i < documents->len; i++)
    {
      const HgBlock *document = g_ptr_array_index (documents, i);
      HgDoc *doc;

      if (!block_holds (document, id))
        continue;
      if (lookup->documents == NULL)
        lookup->documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) hg_doc_free);
      doc = g_hash_table_lookup (lookup->documents, document->id);
      if (doc == NULL)
        {
          doc = hg_policy_build_document (lookup->workbook, pack, document->id, NULL);
          if (doc == NULL)
            return NULL;
          g_hash_table_insert (lookup->documents, g_strdup (document->id), doc);
        }
      /* A rule's own number (（2）) says little alone: the number of the
       * heading it stands under goes before it (3.2 （2）). */
      const char *heading = NULL;

      for (guint b = 0; b < doc->blocks->len; b++)
        {
          HgDocBlock *block = g_ptr_array_index (doc->blocks, b);
          g_autofree char *text = NULL;
          g_autofree char *number = NULL;

          if (block->kind == HG_DOC_HEADING)
            heading = block->number;
          if (block->key == NULL || !g_str_equal (block->key, id))
            continue;
          text = shorten (block->text);
          number = g_strjoin (" ", heading && block->kind != HG_DOC_HEADING
                                   ? heading : "", block->number ? block->number : "", NULL);
          g_strstrip (number);
          return g_strdup_printf ("%s%s%s (%s)", number, number[0] ? " " : "", text,
                                  doc->display_title);
        }
      return NULL;
    }
  return NULL;
}

static guint
count_receipts (HgWorkbook *workbook,
                HgHandbook *handbook,
                gint64      version)
{
  g_autoptr(sqlite3_stmt) stmt =
    hg_db_prepare (hg_workbook_get_db (workbook),
                   "SELECT count(*) FROM handbook_receipt "
                   "WHERE pack = ?1 AND document = ?2 AND version = ?3", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, handbook->pack_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, handbook->document_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, version);
  return sqlite3_step (stmt) == SQLITE_ROW ? (guint) sqlite3_column_int (stmt, 0) : 0;
}

static char *
risk_title (HgWorkbook *workbook,
            gint64      id)
{
  g_autoptr(GPtrArray) treatments = hg_risk_treatment_list (workbook);

  for (guint i = 0; treatments != NULL && i < treatments->len; i++)
    {
      HgRiskTreatment *t = g_ptr_array_index (treatments, i);
      g_autofree char *asset = NULL;
      g_autoptr(HgRiskThreat) threat = NULL;
      g_autofree char *measures = NULL;

      if (t->id != id)
        continue;
      asset = hg_asset_store_get_name (workbook, t->asset_id);
      threat = hg_risk_threat_get (workbook, t->threat_id);
      measures = shorten (t->measures);
      /* Translators: a risk treatment: asset, threat, and its measures */
      return g_strdup_printf (_("%s, %s: %s"), asset ? asset : "", threat ? threat->name : "",
                              measures);
    }
  return NULL;
}

/* What @target of @kind is now, or NULL when it does not exist. */
static char *
target_title (Lookup         *lookup,
              HgEvidenceKind  kind,
              const char     *target)
{
  HgWorkbook *workbook = lookup->workbook;
  gint64 id = parse_id (target);

  switch (kind)
    {
    case HG_EVIDENCE_RULE:
      return rule_title (lookup, target);
    case HG_EVIDENCE_ASSET:
      return id ? hg_asset_store_get_name (workbook, id) : NULL;
    case HG_EVIDENCE_RISK:
      return id ? risk_title (workbook, id) : NULL;
    case HG_EVIDENCE_TRAINING:
      {
        g_autoptr(HgEducationSession) session = id ? hg_education_get (workbook, id) : NULL;

        return session ? g_strdup_printf ("%s %s", session->held_on, session->topic) : NULL;
      }
    case HG_EVIDENCE_RECEIPT:
      {
        guint n;

        if (lookup->handbook == NULL)
          lookup->handbook = hg_handbook_get_for_workbook (workbook);
        if (id == 0 || lookup->handbook == NULL
            || (n = count_receipts (workbook, lookup->handbook, id)) == 0)
          return NULL;
        /* Translators: the receipts of one version of the employee handbook */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Handbook version %u: %u receipt",
                                             "Handbook version %u: %u receipts", n),
                                (guint) id, n);
      }
    case HG_EVIDENCE_FILE:
    case HG_EVIDENCE_N_KINDS:
    default:
      return g_file_test (target, G_FILE_TEST_IS_REGULAR) ? g_path_get_basename (target) : NULL;
    }
}

/* ---- Listing --------------------------------------------------------------- */

static gint64
open_id (HgWorkbook   *workbook,
         HgFramework  *framework,
         GError      **error)
{
  g_autoptr(HgAssessment) open = hg_assessment_get_open (workbook, hg_framework_get_id (framework),
                                                         error);

  return open ? open->id : 0;
}

GPtrArray *
hg_assessment_evidence_list (HgWorkbook   *workbook,
                             HgFramework  *framework,
                             const char   *ref,
                             GError      **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hg_assessment_evidence_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local = NULL;
  Lookup lookup = { workbook, NULL, NULL, NULL };
  gint64 id;
  int rc;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  id = open_id (workbook, framework, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (id == 0)
    return g_steal_pointer (&list);
  stmt = hg_db_prepare (db, "SELECT kind, target, sha256 FROM assessment_evidence "
                            "WHERE assessment = ?1 AND ref = ?2 ORDER BY rowid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HgAssessmentEvidence *e = g_new0 (HgAssessmentEvidence, 1);

      if (!hg_evidence_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), &e->kind))
        e->kind = HG_EVIDENCE_FILE;
      e->target = hg_db_column_dup (stmt, 1);
      e->sha256 = hg_db_column_dup (stmt, 2);
      e->title = target_title (&lookup, e->kind, e->target);
      e->state = e->title ? HG_EVIDENCE_FOUND : HG_EVIDENCE_GONE;
      if (e->title == NULL)
        e->title = g_strdup (e->target);
      if (e->kind == HG_EVIDENCE_FILE && e->state == HG_EVIDENCE_FOUND)
        {
          g_autofree char *now = file_sha256 (e->target, NULL);

          if (now == NULL)
            e->state = HG_EVIDENCE_GONE;
          else if (!g_str_equal (now, e->sha256))
            e->state = HG_EVIDENCE_CHANGED;
        }
      g_ptr_array_add (list, e);
    }
  lookup_clear (&lookup);
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the evidence");
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* ---- Candidates ------------------------------------------------------------ */

static void
add_candidate (GPtrArray      *list,
               HgEvidenceKind  kind,
               char           *target,
               char           *title)
{
  HgAssessmentEvidence *e = g_new0 (HgAssessmentEvidence, 1);

  e->kind = kind;
  e->target = target;
  e->sha256 = g_strdup ("");
  e->title = title;
  g_ptr_array_add (list, e);
}

static void
rule_candidates (Lookup    *lookup,
                 GPtrArray *list)
{
  HgPack *pack = lookup_pack (lookup, NULL);
  GPtrArray *documents = pack ? hg_pack_get_documents (pack) : NULL;

  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      const HgBlock *document = g_ptr_array_index (documents, i);
      g_autoptr(HgDoc) doc = hg_policy_build_document (lookup->workbook, pack, document->id, NULL);
      const char *heading = NULL;

      for (guint b = 0; doc != NULL && b < doc->blocks->len; b++)
        {
          HgDocBlock *block = g_ptr_array_index (doc->blocks, b);
          g_autofree char *text = NULL;

          if (block->kind == HG_DOC_HEADING)
            heading = block->number;
          if (block->kind != HG_DOC_RULE || block->key == NULL)
            continue;
          text = shorten (block->text);
          add_candidate (list, HG_EVIDENCE_RULE, g_strdup (block->key),
                         g_strdup_printf ("%s %s %s (%s)", heading ? heading : "",
                                          block->number ? block->number : "", text,
                                          doc->display_title));
          g_strstrip (((HgAssessmentEvidence *) g_ptr_array_index (list, list->len - 1))->title);
        }
    }
}

static void
receipt_candidates (HgWorkbook *workbook,
                    GPtrArray  *list)
{
  g_autoptr(HgHandbook) handbook = hg_handbook_get_for_workbook (workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (handbook == NULL)
    return;
  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT version, count(*) FROM handbook_receipt "
                        "WHERE pack = ?1 AND document = ?2 GROUP BY version ORDER BY version DESC",
                        NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, handbook->pack_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, handbook->document_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint version = (guint) sqlite3_column_int (stmt, 0);
      guint n = (guint) sqlite3_column_int (stmt, 1);

      add_candidate (list, HG_EVIDENCE_RECEIPT, g_strdup_printf ("%u", version),
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Handbook version %u: %u receipt",
                                                   "Handbook version %u: %u receipts", n),
                                      version, n));
    }
}

GPtrArray *
hg_assessment_evidence_candidates (HgWorkbook     *workbook,
                                   HgEvidenceKind  kind)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_assessment_evidence_free);
  Lookup lookup = { workbook, NULL, NULL, NULL };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  switch (kind)
    {
    case HG_EVIDENCE_RULE:
      rule_candidates (&lookup, list);
      break;
    case HG_EVIDENCE_ASSET:
      {
        g_autoptr(GPtrArray) assets = hg_asset_store_load (workbook);

        for (guint i = 0; i < assets->len; i++)
          {
            const HgAssetData *data = hg_asset_get_data (g_ptr_array_index (assets, i));

            add_candidate (list, kind, g_strdup_printf ("%" G_GINT64_FORMAT, data->id),
                           g_strdup (data->name));
          }
        break;
      }
    case HG_EVIDENCE_RISK:
      {
        g_autoptr(GPtrArray) treatments = hg_risk_treatment_list (workbook);

        for (guint i = 0; treatments != NULL && i < treatments->len; i++)
          {
            HgRiskTreatment *t = g_ptr_array_index (treatments, i);

            add_candidate (list, kind, g_strdup_printf ("%" G_GINT64_FORMAT, t->id),
                           risk_title (workbook, t->id));
          }
        break;
      }
    case HG_EVIDENCE_TRAINING:
      {
        g_autoptr(GPtrArray) sessions = hg_education_list (workbook);

        for (guint i = 0; sessions != NULL && i < sessions->len; i++)
          {
            HgEducationSession *session = g_ptr_array_index (sessions, i);

            add_candidate (list, kind, g_strdup_printf ("%" G_GINT64_FORMAT, session->id),
                           g_strdup_printf ("%s %s", session->held_on, session->topic));
          }
        break;
      }
    case HG_EVIDENCE_RECEIPT:
      receipt_candidates (workbook, list);
      break;
    case HG_EVIDENCE_FILE:
    case HG_EVIDENCE_N_KINDS:
    default:
      break;
    }
  lookup_clear (&lookup);
  return list;
}

/* ---- Editing --------------------------------------------------------------- */

typedef struct
{
  HgFramework    *framework;
  const char     *date;
  const char     *ref;
  HgEvidenceKind  kind;
  const char     *target;
  const char     *sha256;
  gboolean        add;
  gboolean        found;     /* remove: a link was there */
} EditData;

static gboolean
edit_cb (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  EditData *data = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = _hg_assessment_open_or_start (db, data->framework, data->date, error);

  if (id == 0)
    return FALSE;
  stmt = hg_db_prepare (db, data->add
                        ? "INSERT INTO assessment_evidence (assessment, ref, kind, target, sha256) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)"
                        : "DELETE FROM assessment_evidence "
                          "WHERE assessment = ?1 AND ref = ?2 AND kind = ?3 AND target = ?4",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, data->ref, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kind_names[data->kind], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, data->target, -1, SQLITE_STATIC);
  if (data->add)
    sqlite3_bind_text (stmt, 5, data->sha256, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    return FALSE;
  data->found = sqlite3_changes (db) > 0;
  /* Removing what is not there changes nothing: no empty undo step. */
  if (!data->add && !data->found)
    return hg_error_invalid (error, _("The item has no such evidence"));
  return TRUE;
}

static gboolean
is_linked (HgWorkbook     *workbook,
           HgFramework    *framework,
           const char     *ref,
           HgEvidenceKind  kind,
           const char     *target)
{
  g_autoptr(sqlite3_stmt) stmt =
    hg_db_prepare (hg_workbook_get_db (workbook),
                   "SELECT 1 FROM assessment_evidence e JOIN assessment a ON a.id = e.assessment "
                   "WHERE a.framework = ?1 AND a.frozen IS NULL AND e.ref = ?2 AND e.kind = ?3 "
                   "AND e.target = ?4", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hg_framework_get_id (framework), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kind_names[kind], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, target, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static gboolean
check_item (HgFramework  *framework,
            const char   *ref,
            GError      **error)
{
  g_autofree char *message = NULL;

  if (hg_framework_find_item (framework, ref) != NULL)
    return TRUE;
  message = g_strdup_printf (_("“%s” has no item “%s”"), hg_framework_get_title (framework),
                             ref ? ref : "");
  return hg_error_invalid_field (error, _("Item"), message);
}

gboolean
hg_assessment_evidence_add (HgWorkbook      *workbook,
                            HgFramework     *framework,
                            const char      *ref,
                            HgEvidenceKind   kind,
                            const char      *target,
                            GError         **error)
{
  g_autofree char *today = hg_text_today ();
  g_autofree char *path = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  Lookup lookup = { workbook, NULL, NULL, NULL };
  EditData data = { framework, today, ref, kind, target, "", TRUE, FALSE };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (kind < HG_EVIDENCE_N_KINDS, FALSE);

  if (!check_item (framework, ref, error))
    return FALSE;
  if (target == NULL || target[0] == '\0')
    return hg_error_invalid_field (error, hg_evidence_kind_get_label (kind),
                                   _("Choose what the answer rests on"));
  if (kind == HG_EVIDENCE_FILE)
    {
      g_autoptr(GError) local = NULL;

      /* The same file always the same link, wherever it was typed from. */
      data.target = path = g_canonicalize_filename (target, NULL);
      if (g_utf8_strlen (path, -1) > 1000)
        return hg_error_invalid_field (error, _("File"), hg_text_too_long_message (1000));
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR)
          || (sha256 = file_sha256 (path, &local)) == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a file that can be read"),
                                                      path);

          return hg_error_invalid_field (error, _("File"), message);
        }
      data.sha256 = sha256;
    }
  else
    {
      title = target_title (&lookup, kind, target);
      lookup_clear (&lookup);
      if (title == NULL)
        {
          g_autofree char *message = NULL;

          if (kind == HG_EVIDENCE_RULE)
            message = g_strdup_printf (_("The rules have no rule with the id “%s” "
                                         "(the id the template pack gives it)"), target);
          else if (kind == HG_EVIDENCE_RECEIPT)
            message = g_strdup_printf (_("No one has received version “%s” of the handbook"),
                                       target);
          else if (kind == HG_EVIDENCE_ASSET)
            message = g_strdup_printf (_("The asset register has no asset with the id “%s”"),
                                       target);
          else if (kind == HG_EVIDENCE_RISK)
            message = g_strdup_printf (_("No risk treatment has the id “%s”"), target);
          else
            message = g_strdup_printf (_("No training session has the id “%s”"), target);
          return hg_error_invalid_field (error, hg_evidence_kind_get_label (kind), message);
        }
    }
  if (is_linked (workbook, framework, ref, kind, data.target))
    return hg_error_invalid (error, _("The item already has this evidence"));
  /* Translators: the name of an undo step; %s is an item's reference */
  label = g_strdup_printf (_("Add Evidence to Item %s"), ref);
  return hg_workbook_edit (workbook, label, edit_cb, &data, error);
}

gboolean
hg_assessment_evidence_remove (HgWorkbook      *workbook,
                               HgFramework     *framework,
                               const char      *ref,
                               HgEvidenceKind   kind,
                               const char      *target,
                               GError         **error)
{
  g_autofree char *label = NULL;
  EditData data = { framework, NULL, ref, kind, target, "", FALSE, FALSE };

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (kind < HG_EVIDENCE_N_KINDS, FALSE);

  if (!check_item (framework, ref, error))
    return FALSE;
  if (target == NULL || !is_linked (workbook, framework, ref, kind, target))
    return hg_error_invalid (error, _("The item has no such evidence"));
  /* Translators: the name of an undo step; %s is an item's reference */
  label = g_strdup_printf (_("Remove Evidence from Item %s"), ref);
  return hg_workbook_edit (workbook, label, edit_cb, &data, error);
}

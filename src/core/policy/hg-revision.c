/* hg-revision.c
 *
 * A version exists once it is approved: approving writes the document as it
 * stands, with who made it, who approved it and what changed, and nothing
 * changes that row afterwards. Whether the document "needs revision" is the
 * digest of today's text against the latest approved one, so any change of
 * answers, roles or company data that alters the text shows, and one that
 * does not (a new phone number nobody prints) does not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-revision"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-doc-xml.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-revision.h"
#include "hg-text.h"

#define COLUMNS "number, created_on, summary, author, approver, approved_on"

static HgDocRevision *
revision_from_row (sqlite3_stmt *stmt)
{
  HgDocRevision *r = g_new0 (HgDocRevision, 1);

  r->number = (guint) sqlite3_column_int (stmt, 0);
  r->date = hg_db_column_dup (stmt, 1);
  r->summary = hg_db_column_dup (stmt, 2);
  r->author = hg_db_column_dup (stmt, 3);
  r->approver = hg_db_column_dup (stmt, 4);
  r->approved_on = hg_db_column_dup (stmt, 5);
  return r;
}

/* @columns of the versions of a document, oldest first, up to @up_to (0:
 * all); NULL if the query cannot be made. */
static sqlite3_stmt *
select_up_to (HgWorkbook *workbook,
              const char *columns,
              const char *pack_id,
              const char *document_id,
              guint       up_to)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM document_revision "
                                          "WHERE pack = ?1 AND document = ?2 "
                                          "AND (?3 = 0 OR number <= ?3) ORDER BY number",
                                          columns);
  sqlite3_stmt *stmt = hg_db_prepare (hg_workbook_get_db (workbook), sql, NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, pack_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, document_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) up_to);
  return stmt;
}

/* Oldest first, up to @up_to (0: all). */
static GPtrArray *
list_up_to (HgWorkbook *workbook,
            const char *pack_id,
            const char *document_id,
            guint       up_to)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_doc_revision_free);
  g_autoptr(sqlite3_stmt) stmt = select_up_to (workbook, COLUMNS, pack_id, document_id, up_to);

  if (stmt == NULL)
    return list;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, revision_from_row (stmt));
  return list;
}

GPtrArray *
hg_revision_list (HgWorkbook *workbook,
                  const char *pack_id,
                  const char *document_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  return list_up_to (workbook, pack_id, document_id, 0);
}

/* Each chapter's digest in every approved version up to @up_to, oldest
 * first (of GHashTable, hg_doc_chapter_digests()). */
static GPtrArray *
chapter_digests_up_to (HgWorkbook *workbook,
                       const char *pack_id,
                       const char *document_id,
                       guint       up_to)
{
  GPtrArray *versions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(sqlite3_stmt) stmt = select_up_to (workbook, "snapshot", pack_id, document_id, up_to);

  if (stmt == NULL)
    return versions;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(HgDoc) version = hg_doc_from_xml ((const char *) sqlite3_column_text (stmt, 0),
                                                  NULL);

      /* A damaged snapshot dates nothing; hg_revision_load() reports it. */
      g_ptr_array_add (versions, version ? hg_doc_chapter_digests (version)
                                         : g_hash_table_new (g_str_hash, g_str_equal));
    }
  return versions;
}

/* Dates each chapter of @doc by the version that last changed it, as
 * IPA's sample dates its chapters: the first of the latest run of
 * versions that hold the chapter as @doc has it. A chapter that reads
 * otherwise in @doc than in the latest version (a draft) gets none. */
static void
date_chapters (HgWorkbook *workbook,
               const char *pack_id,
               HgDoc      *doc,
               guint       up_to)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GHashTable) now = NULL;

  if (doc->revisions->len == 0)
    return;
  versions = chapter_digests_up_to (workbook, pack_id, doc->id, up_to);
  now = hg_doc_chapter_digests (doc);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      HgDocBlock *b = g_ptr_array_index (doc->blocks, i);
      const char *digest = b->key ? g_hash_table_lookup (now, b->key) : NULL;
      guint v = versions->len;

      b->revised_in = 0;
      if (b->kind != HG_DOC_HEADING || b->level != 1 || digest == NULL
          || (b->flags & (HG_DOC_SUPPLEMENTARY | HG_DOC_OWN_SHEET)))
        continue;
      while (v > 0 && g_strcmp0 (g_hash_table_lookup (g_ptr_array_index (versions, v - 1),
                                                      b->key), digest) == 0)
        v--;
      if (v < versions->len && v < doc->revisions->len)
        b->revised_in = ((HgDocRevision *) g_ptr_array_index (doc->revisions, v))->number;
    }
}

static void
attach_up_to (HgWorkbook *workbook,
              const char *pack_id,
              HgDoc      *doc,
              guint       up_to)
{
  g_autoptr(GPtrArray) list = list_up_to (workbook, pack_id, doc->id, up_to);

  g_ptr_array_set_size (doc->revisions, 0);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (doc->revisions, g_ptr_array_steal_index (list, i--));
  date_chapters (workbook, pack_id, doc, up_to);
}

/* The revision table printed in the document: every approved version. */
void
hg_revision_attach (HgWorkbook *workbook,
                    const char *pack_id,
                    HgDoc      *doc)
{
  g_return_if_fail (HG_IS_WORKBOOK (workbook));
  attach_up_to (workbook, pack_id, doc, 0);
}

/* The latest approved version's number and digest; 0 when none. */
static guint
latest (HgWorkbook *workbook,
        const char *pack_id,
        const char *document_id,
        char      **digest)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  *digest = NULL;
  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT number, digest FROM document_revision "
                        "WHERE pack = ?1 AND document = ?2 ORDER BY number DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, pack_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, document_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  *digest = hg_db_column_dup (stmt, 1);
  return (guint) sqlite3_column_int (stmt, 0);
}

HgRevisionState
hg_revision_get_state (HgWorkbook  *workbook,
                       const char  *pack_id,
                       const HgDoc *current)
{
  g_autofree char *approved = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), HG_REVISION_NEVER_APPROVED);

  if (latest (workbook, pack_id, current->id, &approved) == 0)
    return HG_REVISION_NEVER_APPROVED;
  now = hg_doc_digest (current);
  return g_str_equal (now, approved) ? HG_REVISION_UP_TO_DATE : HG_REVISION_NEEDS_REVISION;
}

typedef struct
{
  const char *pack;
  const char *document;
  guint       number;
  const char *created_on;
  const char *summary;
  const char *author;
  const char *approver;
  const char *approved_on;
  const char *digest;
  const char *snapshot;
} Approval;

static gboolean
approve_cb (sqlite3  *db,
            gpointer  user_data,
            GError  **error)
{
  Approval *a = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db, "INSERT INTO document_revision (pack, document, number, created_on, "
                            "summary, author, approver, approved_on, digest, snapshot) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, a->pack, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, a->document, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, (int) a->number);
  sqlite3_bind_text (stmt, 4, a->created_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, a->summary, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, a->author, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, a->approver, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, a->approved_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, a->digest, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, a->snapshot, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

static gboolean
approve_all_cb (sqlite3  *db,
                gpointer  user_data,
                GError  **error)
{
  GArray *approvals = user_data;

  for (guint i = 0; i < approvals->len; i++)
    if (!approve_cb (db, &g_array_index (approvals, Approval, i), error))
      return FALSE;
  return TRUE;
}

/* What stops a document with @outdated rules marked for review (one of
 * its reworded rules whose template text changed since) from approval. */
char *
hg_revision_describe_outdated (guint outdated)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u reworded rule is marked for review: its template "
                                       "text changed. Look at it before approving.",
                                       "%u reworded rules are marked for review: their "
                                       "template text changed. Look at them before "
                                       "approving.", outdated),
                          outdated);
}

/* Why @doc cannot be approved as the next version, or NULL when it can;
 * *@last is its latest approved version (0 for none). */
static char *
refusal (HgWorkbook  *workbook,
         const char  *pack_id,
         const HgDoc *doc,
         const char  *digest,
         guint       *last)
{
  g_autofree char *previous = NULL;
  guint outdated = 0;

  for (guint i = 0; i < doc->blocks->len; i++)
    if (((HgDocBlock *) g_ptr_array_index (doc->blocks, i))->flags & HG_DOC_OUTDATED)
      outdated++;
  if (outdated > 0)
    return hg_revision_describe_outdated (outdated);
  *last = latest (workbook, pack_id, doc->id, &previous);
  if (previous != NULL && g_str_equal (previous, digest))
    return g_strdup_printf (_("Nothing changed since version %u was approved"), *last);
  return NULL;
}

/* Approves each of @docs (HgDoc, at least one, each document once) as it
 * stands as its next version, with the same summary, people and date, in
 * one transaction and one undo step: a policy and its rules adopted
 * together are undone together. Nothing is written when any of them cannot
 * be approved; the message names it. @approved_on is a date (YYYY-MM-DD or
 * as the user typed it) or NULL for today. @numbers, when not NULL, gets
 * each new version number in the order of @docs. */
gboolean
hg_revision_approve_several (HgWorkbook   *workbook,
                             const char   *pack_id,
                             GPtrArray    *docs,
                             const char   *summary,
                             const char   *author,
                             const char   *approver,
                             const char   *approved_on,
                             guint        *numbers,
                             GError      **error)
{
  g_autofree char *clean_summary = hg_text_normalize (summary ? summary : "");
  g_autofree char *clean_author = hg_text_normalize (author ? author : "");
  g_autofree char *clean_approver = hg_text_normalize (approver ? approver : "");
  g_autofree char *date = NULL;
  g_autofree char *label = NULL;
  g_autofree char *today = hg_text_today ();
  g_autoptr(GPtrArray) digests = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) approvals = g_array_new (FALSE, TRUE, sizeof (Approval));
  const char *problem;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (docs != NULL, FALSE);

  if (docs->len == 0)
    return hg_error_invalid (error, _("Choose at least one document to approve"));
  if (clean_summary[0] == '\0')
    return hg_error_invalid (error, _("Say what changed in this version (the summary of "
                                      "changes is empty)"));
  if (clean_approver[0] == '\0')
    return hg_error_invalid (error, _("Name the person who approves this version"));
  /* A version is never changed once approved and every later document
   * carries its table of versions: an overlong text would stay for good. */
  if ((problem = hg_text_check (clean_summary, HG_REVISION_SUMMARY_MAX, HG_TEXT_MULTILINE)))
    return hg_error_invalid_field (error, _("Summary of changes"), problem);
  if ((problem = hg_text_check (clean_approver, HG_REVISION_NAME_MAX, HG_TEXT_ONE_LINE)))
    return hg_error_invalid_field (error, _("Approved by"), problem);
  if ((problem = hg_text_check (clean_author, HG_REVISION_NAME_MAX, HG_TEXT_ONE_LINE)))
    return hg_error_invalid_field (error, _("Drafted by"), problem);
  if (approved_on != NULL && approved_on[0] != '\0')
    {
      if (!hg_date_parse (approved_on, &date))
        {
          g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                       _("“%s” is not a date: write it as 2026-04-01"), approved_on);
          return FALSE;
        }
    }
  else
    date = g_strdup (today);

  /* Every document is checked before anything is written. */
  for (guint i = 0; i < docs->len; i++)
    {
      const HgDoc *doc = g_ptr_array_index (docs, i);
      char *digest = hg_doc_digest (doc);
      g_autofree char *why = NULL;
      guint last = 0;

      g_ptr_array_add (digests, digest);
      for (guint k = 0; k < i; k++)
        if (g_str_equal (((HgDoc *) g_ptr_array_index (docs, k))->id, doc->id))
          {
            g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                         _("%s is chosen twice: a document is approved once at a time"),
                         doc->display_title);
            return FALSE;
          }
      why = refusal (workbook, pack_id, doc, digest, &last);
      if (why != NULL)
        {
          /* One document: the message is about it already. Several: say
           * which one stops them all. */
          if (docs->len == 1)
            g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, why);
          else
            /* Translators: a document title, then why it cannot be approved */
            g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID, _("%s: %s"),
                         doc->display_title, why);
          return FALSE;
        }
      g_ptr_array_add (snapshots, hg_doc_to_xml (doc));
      g_array_append_val (approvals, ((Approval) {
        pack_id, doc->id, last + 1, today, clean_summary, clean_author, clean_approver, date,
        digest, g_ptr_array_index (snapshots, i) }));
    }

  if (docs->len == 1)
    /* Translators: the name of an undo step; %u is the version number */
    label = g_strdup_printf (_("Approve Version %u"),
                             g_array_index (approvals, Approval, 0).number);
  else
    /* Translators: the name of an undo step; %u is how many documents */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Approve %u Document",
                                          "Approve %u Documents", docs->len), docs->len);
  if (!hg_workbook_edit (workbook, label, approve_all_cb, approvals, error))
    return FALSE;
  for (guint i = 0; numbers != NULL && i < approvals->len; i++)
    numbers[i] = g_array_index (approvals, Approval, i).number;
  return TRUE;
}

/* Approves @doc as it stands as the next version: see
 * hg_revision_approve_several(). */
gboolean
hg_revision_approve (HgWorkbook   *workbook,
                     const char   *pack_id,
                     const HgDoc  *doc,
                     const char   *summary,
                     const char   *author,
                     const char   *approver,
                     const char   *approved_on,
                     guint        *number,
                     GError      **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();

  g_ptr_array_add (docs, (gpointer) doc);
  return hg_revision_approve_several (workbook, pack_id, docs, summary, author, approver,
                                      approved_on, number, error);
}

/* Version @number exactly as approved, with the revision table as it stood
 * then (versions 1 to @number). */
HgDoc *
hg_revision_load (HgWorkbook  *workbook,
                  const char  *pack_id,
                  const char  *document_id,
                  guint        number,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HgDoc *doc;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT snapshot FROM document_revision "
                        "WHERE pack = ?1 AND document = ?2 AND number = ?3", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, pack_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, document_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, (int) number);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                   _("There is no approved version %u of this document"), number);
      return NULL;
    }
  doc = hg_doc_from_xml ((const char *) sqlite3_column_text (stmt, 0), error);
  if (doc != NULL)
    attach_up_to (workbook, pack_id, doc, number);
  return doc;
}

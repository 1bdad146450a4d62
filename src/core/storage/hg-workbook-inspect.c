/* hg-workbook-inspect.c: deciding whether a file may be opened
 *
 * Everything here reads and nothing writes the workbook or the files
 * beside it. In order:
 *
 *  - A -wal or -journal beside the file is what SQLite merges into it on
 *    the next open. After a crash it is our own and holds the last edits,
 *    but one copied in from another workbook (or an older copy of this one)
 *    fits the pages of this file no better than a random patch and corrupts
 *    it for good. So when one is there, the file and it are copied into a
 *    private directory and that copy is recovered and checked in full
 *    (integrity_check, which compares every index with its table, and
 *    foreign_key_check). Only a sound result lets the original be opened;
 *    otherwise the message names the side file and the original is left as
 *    it is. The one exception: a read-only open while another Hinagata has
 *    the file open for editing (it holds the flock) reads the file as that
 *    session keeps it.
 *  - The schema is compared with the one this file's format defines
 *    (hg-schema.c): anything Hinagata did not create refuses the file, and
 *    the message names it.
 *  - Then the integrity check. Before a write, the full one: integrity_check
 *    (every page, every index against its table, every CHECK constraint)
 *    and foreign_key_check, because an edit on top of a broken index spreads
 *    the damage, and a row that breaks a CHECK makes the next edit of its
 *    table fail. SQLite leaves a table's CHECK constraints out when it reads
 *    the schema of a database it cannot write, so integrity_check on a
 *    read-only connection never evaluates them: the full check always runs
 *    on a private copy opened for writing. A read-only open, which writes
 *    nothing, makes do with quick_check on the file itself, which reads
 *    every page once at a third of the cost; `hinagata-cli check` runs the
 *    full one. On a 100,000-asset workbook (16 MB) the full check costs
 *    about 150 ms against 55 ms (the README, "Safe workbooks").
 *  - The window may leave that full check for later (check_later): it then
 *    runs in a thread while the first frame is drawn, and the workbook
 *    writes nothing until it has passed (hg-workbook.c). Only where opening
 *    itself writes nothing: a file already in WAL mode (else the switch to
 *    WAL rewrites its header), of the current format (else it is upgraded),
 *    with no side file (else the copy is checked before the original is
 *    touched, as above).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-workbook"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-db.h"
#include "hg-migrations.h"
#include "hg-schema.h"
#include "hg-workbook.h"
#include "hg-workbook-private.h"

typedef struct
{
  GPtrArray *schema;     /* objects Hinagata did not create, or changed */
  GPtrArray *integrity;  /* what integrity_check and foreign_key_check say */
} Findings;

static void
findings_clear (Findings *findings)
{
  g_clear_pointer (&findings->schema, g_ptr_array_unref);
  g_clear_pointer (&findings->integrity, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Findings, findings_clear)

void
hg_inspection_clear (HgInspection *inspection)
{
  g_clear_pointer (&inspection->db, sqlite3_close);
  if (inspection->copy_dir != NULL)
    hg_workbook_remove_copy_dir (inspection->copy_dir);
  g_clear_pointer (&inspection->copy_dir, g_free);
}

static void
set_damaged (GError     **error,
             const char  *path,
             const char  *detail)
{
  g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_DAMAGED,
               _("“%s” is damaged and cannot be opened (%s). "
                 "Open a backup copy instead."), path, detail);
}

static gboolean
read_version (sqlite3     *db,
              const char  *path,
              int         *version,
              GError     **error)
{
  /* Both pragmas are signed 32-bit fields, so G_MININT64 can only mean
   * the query failed; -1 is a value a file can hold. */
  gint64 app_id = hg_db_query_int (db, "PRAGMA application_id", G_MININT64);
  gint64 user_version = hg_db_query_int (db, "PRAGMA user_version", G_MININT64);
  int latest = hg_migrations_get_latest ();
  int code;

  if (app_id == G_MININT64 || user_version == G_MININT64)
    {
      code = sqlite3_errcode (db);
      if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        set_damaged (error, path, sqlite3_errmsg (db));
      else
        g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                     _("Could not read “%s”: %s"), path, sqlite3_errmsg (db));
      return FALSE;
    }
  if (app_id != HG_WORKBOOK_APPLICATION_ID)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_NOT_WORKBOOK,
                   _("“%s” is not a Hinagata workbook: it is a database of another program."),
                   path);
      return FALSE;
    }
  if (user_version > latest)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Hinagata (file format %d; this "
                     "version reads up to %d). Update Hinagata to open it."),
                   path, (int) user_version, latest);
      return FALSE;
    }
  if (user_version < 0)
    {
      g_autofree char *detail =
        g_strdup_printf (_("its file format number %d is not one Hinagata ever wrote"),
                         (int) user_version);
      set_damaged (error, path, detail);
      return FALSE;
    }
  *version = (int) user_version;
  return TRUE;
}

/* What PRAGMA integrity_check or quick_check (@sql) finds, one line each,
 * fit to be shown. */
void
hg_workbook_add_integrity_lines (sqlite3    *db,
                                 const char *sql,
                                 GPtrArray  *lines)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_ptr_array_add (lines, g_strdup (sqlite3_errmsg (db)));
      return;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      g_auto(GStrv) parts = NULL;

      if (text == NULL || g_str_equal (text, "ok"))
        continue;
      /* One row may hold several lines ("*** in database main ***\n…"). */
      parts = g_strsplit (text, "\n", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (parts[i][0] != '\0')
          g_ptr_array_add (lines, hg_db_display_text (parts[i], 300));
    }
  if (rc != SQLITE_DONE)
    g_ptr_array_add (lines, g_strdup (sqlite3_errmsg (db)));
}

void
hg_workbook_add_foreign_key_lines (sqlite3   *db,
                                   GPtrArray *lines)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      g_ptr_array_add (lines, g_strdup (sqlite3_errmsg (db)));
      return;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (lines,
                     g_strdup_printf (_("Row %lld of table %s points to a missing row of %s"),
                                      (long long) sqlite3_column_int64 (stmt, 1),
                                      sqlite3_column_text (stmt, 0),
                                      sqlite3_column_text (stmt, 2)));
}

/* The schema first: a file with objects we did not create is not read any
 * further, not even by integrity_check, which would evaluate their
 * expressions. */
typedef enum
{
  CHECK_SCHEMA_ONLY,
  CHECK_QUICK,
  CHECK_FULL,
} CheckDepth;

static gboolean
run_checks (sqlite3     *db,
            const char  *path,
            int          version,
            CheckDepth   depth,
            Findings    *findings,
            GError     **error)
{
  gboolean full = depth == CHECK_FULL;

  findings->schema = hg_schema_check (db, version, path, error);
  if (findings->schema == NULL)
    return FALSE;
  findings->integrity = g_ptr_array_new_with_free_func (g_free);
  if (findings->schema->len > 0 || depth == CHECK_SCHEMA_ONLY)
    return TRUE;

  hg_workbook_add_integrity_lines (db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check (1)",
                                   findings->integrity);
  if (full && findings->integrity->len == 0)
    hg_workbook_add_foreign_key_lines (db, findings->integrity);
  return TRUE;
}

static void
set_foreign_error (GError     **error,
                   const char  *path,
                   GPtrArray   *problems)
{
  const char *first = g_ptr_array_index (problems, 0);

  if (problems->len == 1)
    g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_FOREIGN,
                 _("“%s” is not opened because another program changed it: %s "
                   "Open a backup copy instead."), path, first);
  else
    g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_FOREIGN,
                 g_dngettext (GETTEXT_PACKAGE,
                              "“%s” is not opened because another program changed it: %s "
                              "“hinagata-cli check” lists %u more change. Open a backup copy "
                              "instead.",
                              "“%s” is not opened because another program changed it: %s "
                              "“hinagata-cli check” lists %u more changes. Open a backup copy "
                              "instead.",
                              problems->len - 1),
                 path, first, problems->len - 1);
}

static void
set_side_file_error (GError     **error,
                     const char  *path,
                     const char  *side,
                     const char  *problem)
{
  g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_DAMAGED,
               _("“%s” beside “%s” does not belong to it: together they fail the check (%s). "
                 "The workbook was left as it is. Move “%s” out of the folder and open the "
                 "workbook again, or open a backup copy."),
               side, path, problem, side);
}

/* With a @side file, or for the @full check, a private copy of the file
 * (and of @side) opened for writing, else the file itself read-only;
 * out->db is NULL when neither could be opened. */
static void
open_for_checks (const char    *path,
                 const char    *side,
                 gboolean       full,
                 gboolean       immutable,
                 HgInspection  *out,
                 GError       **error)
{
  memset (out, 0, sizeof *out);
  if (side == NULL && !full)
    {
      out->db = hg_workbook_open_read_only (path, immutable, path, error);
      return;
    }
  out->copy_dir = hg_workbook_make_copy (path, error);
  if (out->copy_dir != NULL)
    out->db = hg_workbook_open_copy (out->copy_dir, path, error);
}

/* Whether opening @db's file for writing leaves it as it is, so that its
 * full check may come after (see the top of this file). */
static gboolean
may_check_later (sqlite3 *db,
                 int      version)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (version != hg_migrations_get_latest ()
      || sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  return g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
}

/* What the full check finds, as the error message hg_workbook_inspect()
 * would give, or NULL for a sound file; for a check left for later, in
 * any thread. Like every full check it runs on a private copy opened for
 * writing (see the top of this file): the file does not change meanwhile,
 * as the connection for editing stays query_only until the verdict. */
char *
hg_workbook_check_in_full (const char *path)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_auto(HgInspection) copy = { NULL, };
  g_autoptr(GError) error = NULL;

  open_for_checks (path, NULL, TRUE, FALSE, &copy, &error);
  if (copy.db == NULL)
    return g_strdup (error->message);
  hg_workbook_add_integrity_lines (copy.db, "PRAGMA integrity_check", problems);
  if (problems->len == 0)
    hg_workbook_add_foreign_key_lines (copy.db, problems);
  if (problems->len == 0)
    return NULL;
  set_damaged (&error, path, g_ptr_array_index (problems, 0));
  return g_strdup (error->message);
}

/**
 * hg_workbook_inspect:
 * @read_only: the caller opens the file for reading only
 * @immutable: the file is on read-only media: read it without locks or -shm
 * @check_later: the caller runs the full integrity check itself, before it
 *   writes, where opening for writing writes nothing (out->unchecked says)
 *
 * Decides whether @path may be opened, as the comment at the top of this
 * file says, and fills @out with a read-only connection on the file (or on
 * the checked private copy). Nothing is written to @path or beside it.
 */
gboolean
hg_workbook_inspect (const char    *path,
                     gboolean       read_only,
                     gboolean       immutable,
                     gboolean       check_later,
                     HgInspection  *out,
                     GError       **error)
{
  g_autofree char *side = hg_workbook_find_side_file (path, read_only);
  g_auto(Findings) findings = { NULL, };
  CheckDepth depth = side != NULL || !read_only ? CHECK_FULL : CHECK_QUICK;
  gboolean readable = FALSE;

  /* Whether the full check may wait is read from the file itself, before
   * the private copy that check needs is made. */
  if (check_later && side == NULL && !read_only)
    {
      open_for_checks (path, NULL, FALSE, immutable, out, error);
      readable = out->db != NULL && read_version (out->db, path, &out->version, error);
      if (!readable)
        goto fail;
      if (may_check_later (out->db, out->version))
        {
          depth = CHECK_SCHEMA_ONLY;
          out->unchecked = TRUE;
        }
      else
        hg_inspection_clear (out);
    }
  if (!out->unchecked)
    {
      open_for_checks (path, side, depth == CHECK_FULL, immutable, out, error);
      readable = out->db != NULL && read_version (out->db, path, &out->version, error);
    }
  if (!readable || !run_checks (out->db, path, out->version, depth, &findings, error))
    {
      /* A -wal that cannot even be applied is blamed like one that fails. */
      if (side != NULL && error != NULL && *error != NULL
          && g_error_matches (*error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_DAMAGED))
        {
          g_autofree char *detail = g_strdup (out->db ? sqlite3_errmsg (out->db)
                                                      : (*error)->message);

          g_clear_error (error);
          set_side_file_error (error, path, side, detail);
        }
      goto fail;
    }

  if (findings.schema->len > 0)
    {
      if (side != NULL)
        set_side_file_error (error, path, side, g_ptr_array_index (findings.schema, 0));
      else
        set_foreign_error (error, path, findings.schema);
      goto fail;
    }
  if (findings.integrity->len > 0)
    {
      if (side != NULL)
        set_side_file_error (error, path, side, g_ptr_array_index (findings.integrity, 0));
      else
        set_damaged (error, path, g_ptr_array_index (findings.integrity, 0));
      goto fail;
    }

  if (out->copy_dir != NULL && read_only)
    {
      out->db = hg_workbook_reopen_copy_read_only (out->db, out->copy_dir, path, error);
      if (out->db == NULL)
        goto fail;
    }
  return TRUE;

fail:
  hg_inspection_clear (out);
  return FALSE;
}

/**
 * hg_workbook_check_file:
 *
 * Checks @path in full without opening it for use: foreign or changed
 * schema objects (every one of them), damage, broken references. A -wal or
 * -journal beside it is checked together with it, on a private copy.
 *
 * Returns: (transfer full): one line per problem, empty when the file is
 *   sound; %NULL with @error set when it cannot be checked at all (not a
 *   workbook, too new, unreadable)
 */
GPtrArray *
hg_workbook_check_file (const char  *path,
                        GError     **error)
{
  g_autofree char *side = NULL;
  g_auto(HgInspection) inspection = { NULL, };
  g_auto(Findings) findings = { NULL, };
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!hg_workbook_check_header (path, error))
    return NULL;

  side = hg_workbook_find_side_file (path, TRUE);
  open_for_checks (path, side, TRUE, hg_workbook_is_on_read_only_media (path, NULL),
                   &inspection, error);
  if (inspection.db == NULL
      || !read_version (inspection.db, path, &inspection.version, error)
      || !run_checks (inspection.db, path, inspection.version, CHECK_FULL, &findings, error))
    return NULL;

  problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_extend_and_steal (problems, g_steal_pointer (&findings.schema));
  g_ptr_array_extend_and_steal (problems, g_steal_pointer (&findings.integrity));
  if (problems->len > 0 && side != NULL)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("These problems were found with “%s” beside the "
                                        "workbook, which SQLite would merge into it. If that "
                                        "file does not belong to this workbook, move it out "
                                        "of the folder."), side));
  return g_steal_pointer (&problems);
}

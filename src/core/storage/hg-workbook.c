/* hg-workbook.c
 *
 * Opening is careful about one thing above all: a file we refuse is never
 * written to. Every check (is it SQLite, is it ours, is it too new, does its
 * schema hold anything we did not create, does a -wal beside it belong to
 * it, is it damaged: hg-workbook-inspect.c) runs on a read-only connection
 * before the file is opened for writing, and an old file is copied aside
 * before it is migrated. Every connection is a hardened one
 * (hg-db-hardened.c).
 *
 * The window opens with HG_WORKBOOK_OPEN_CHECK_LATER: where opening writes
 * nothing (hg-workbook-inspect.c says when), the full integrity check runs
 * in a thread on the inspection's read-only connection while the window
 * draws, and the connection for writing stays "query_only" meanwhile, so
 * SQLite itself refuses any write; the first edit, undo or redo waits for
 * the check, and a file that fails it is refused then as it would have been
 * at open: the edit fails and "damaged" tells the window to close it.
 *
 * A second process is kept out with flock() on the database file. SQLite's own
 * locks are POSIX record locks, which on Linux are independent of flock(), so
 * the two do not interfere; the lock disappears with the process, so a crash
 * never leaves a stale lock behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-workbook"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "hg-db.h"
#include "hg-migrations.h"
#include "hg-save-file.h"
#include "hg-undo-log.h"
#include "hg-workbook.h"
#include "hg-workbook-private.h"

struct _HgWorkbook
{
  GObject    parent_instance;

  char      *path;
  char      *backup_path;
  char      *copy_dir;       /* a read-only open of a checked private copy */
  const char *read_only_reason;
  sqlite3   *db;
  HgUndoLog *undo;
  int        lock_fd;
  gint64     changed_mark;   /* during "changed": where the change began */
  GThread   *check_thread;   /* the full check left for later, until joined */
  char      *check_problem;  /* what it found: the file is refused */
  int        schema_version;
  guint      read_only : 1;
  guint      protected : 1;   /* no export may replace the file meanwhile */
};

G_DEFINE_QUARK (hg-workbook-error-quark, hg_workbook_error)
G_DEFINE_FINAL_TYPE (HgWorkbook, hg_workbook, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  DAMAGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The check left for later: the file it checks (on a private copy, see
 * hg_workbook_check_in_full()), and where to say it has ended. */
typedef struct
{
  char         *path;
  GWeakRef      workbook;
  GMainContext *context;
} LaterCheck;

static void
later_check_free (LaterCheck *check)
{
  g_free (check->path);
  g_weak_ref_clear (&check->workbook);
  g_main_context_unref (check->context);
  g_free (check);
}

/* Takes the thread's verdict; returns FALSE, with @error set, for a file
 * that failed the check. */
static gboolean
finish_check (HgWorkbook  *self,
              GError     **error)
{
  if (self->check_thread != NULL)
    {
      self->check_problem = g_thread_join (g_steal_pointer (&self->check_thread));
      /* The file is sound: writes may go ahead. */
      if (self->check_problem == NULL)
        sqlite3_exec (self->db, "PRAGMA query_only = OFF", NULL, NULL, NULL);
    }
  if (self->check_problem == NULL)
    return TRUE;
  g_set_error_literal (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_DAMAGED,
                       self->check_problem);
  return FALSE;
}

static gboolean
later_check_done_cb (gpointer data)
{
  LaterCheck *check = data;
  g_autoptr(HgWorkbook) self = g_weak_ref_get (&check->workbook);

  /* An edit may have joined the thread already; the verdict is the same. */
  if (self != NULL && !finish_check (self, NULL))
    g_signal_emit (self, signals[DAMAGED], 0, self->check_problem);
  return G_SOURCE_REMOVE;
}

static gpointer
later_check_thread (gpointer data)
{
  LaterCheck *check = data;
  char *problem = hg_workbook_check_in_full (check->path);

  g_autoptr(GSource) done = g_idle_source_new ();

  /* Not g_main_context_invoke(): it may run the callback here, in this
   * thread, when no one iterates the context at that moment. */
  g_source_set_priority (done, G_PRIORITY_DEFAULT);
  g_source_set_callback (done, later_check_done_cb, check, (GDestroyNotify) later_check_free);
  g_source_attach (done, check->context);
  return problem;
}

static void
start_later_check (HgWorkbook *self)
{
  LaterCheck *check = g_new0 (LaterCheck, 1);

  check->path = g_strdup (self->path);
  g_weak_ref_init (&check->workbook, self);
  check->context = g_main_context_ref_thread_default ();
  self->check_thread = g_thread_new ("hg-workbook-check", later_check_thread, check);
}

void
hg_workbook_close (HgWorkbook *self)
{
  g_return_if_fail (HG_IS_WORKBOOK (self));

  if (self->check_thread != NULL)
    g_free (g_thread_join (g_steal_pointer (&self->check_thread)));
  g_clear_object (&self->undo);
  g_clear_pointer (&self->db, sqlite3_close);
  if (self->copy_dir != NULL)
    hg_workbook_remove_copy_dir (self->copy_dir);
  g_clear_pointer (&self->copy_dir, g_free);

  /* Only after SQLite let go of the file: closing our descriptor first would
   * drop SQLite's POSIX locks on it too. */
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
  if (self->protected)
    hg_save_file_unprotect (self->path);
  self->protected = FALSE;
}

static void
hg_workbook_finalize (GObject *object)
{
  HgWorkbook *self = (HgWorkbook *) object;

  hg_workbook_close (self);
  g_clear_pointer (&self->check_problem, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (hg_workbook_parent_class)->finalize (object);
}

static void
hg_workbook_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HgWorkbook *self = HG_WORKBOOK (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hg_workbook_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hg_workbook_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, hg_workbook_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, hg_workbook_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_workbook_class_init (HgWorkbookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hg_workbook_finalize;
  object_class->get_property = hg_workbook_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HgWorkbook::changed:
   * @tables: names of the tables whose rows changed
   *
   * Emitted after an edit, an undo or a redo has been committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);

  /**
   * HgWorkbook::damaged:
   * @message: why the file is refused, naming it
   *
   * Emitted in the main context once the full check left for later
   * (%HG_WORKBOOK_OPEN_CHECK_LATER) found the file damaged. Nothing was
   * written to it, and no edit will be: close it.
   */
  signals[DAMAGED] =
    g_signal_new ("damaged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hg_workbook_init (HgWorkbook *self)
{
  self->lock_fd = -1;
}

static gboolean
take_lock (HgWorkbook  *self,
           GError     **error)
{
  self->lock_fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (self->lock_fd < 0)
    {
      int saved = errno;

      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not open “%s”: %s"), self->path, g_strerror (saved));
      return FALSE;
    }
  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_LOCKED,
                   _("“%s” is already open in another Hinagata window or program. "
                     "Close it there first."), self->path);
      close (self->lock_fd);
      self->lock_fd = -1;
      return FALSE;
    }
  return TRUE;
}

static int
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, HG_WORKBOOK_ERROR,
                   saved == EEXIST ? HG_WORKBOOK_ERROR_EXISTS : HG_WORKBOOK_ERROR_IO,
                   _("Could not create “%s”: %s"), path, g_strerror (saved));
      return -1;
    }
  close (fd);
  return 0;
}

static gboolean
backup_into (sqlite3     *source,
             const char  *dest_path,
             GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  dest = hg_db_open_hardened (dest_path, SQLITE_OPEN_READWRITE, dest_path, error);
  if (dest == NULL)
    return FALSE;

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      hg_db_set_error (dest, error, dest_path);
      sqlite3_close (dest);
      return FALSE;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not write “%s”: %s"), dest_path, sqlite3_errstr (rc));
      sqlite3_close (dest);
      return FALSE;
    }

  /* A copy is a plain single file: no -wal beside it to lose when it is
   * mailed or moved. */
  sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (sqlite3_close (dest) != SQLITE_OK)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not write “%s”"), dest_path);
      return FALSE;
    }
  return TRUE;
}

static char *
choose_backup_path (const char *path,
                    int         version)
{
  g_autofree char *stem = NULL;

  stem = g_str_has_suffix (path, ".hinagata")
    ? g_strndup (path, strlen (path) - strlen (".hinagata"))
    : g_strdup (path);

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *candidate = n == 1
        ? g_strdup_printf ("%s.format%d-backup.hinagata", stem, version)
        : g_strdup_printf ("%s.format%d-backup-%u.hinagata", stem, version, n);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

static gboolean
write_migration_backup (HgWorkbook  *self,
                        sqlite3     *source,
                        int          version,
                        GError     **error)
{
  g_autofree char *backup = choose_backup_path (self->path, version);

  if (backup == NULL || create_private_file (backup, error) < 0)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                     _("Could not find a free name for the backup of “%s”"), self->path);
      return FALSE;
    }
  if (!backup_into (source, backup, error))
    {
      g_unlink (backup);
      return FALSE;
    }
  self->backup_path = g_steal_pointer (&backup);
  return TRUE;
}

/* Gives the workbook its random name once (hg_workbook_dup_uid()). The
 * calendar file names each duty's event by the duty and this name: a
 * calendar application that imports the plans of two companies (an
 * adviser's, or a person working for both) must not take one company's
 * 「バックアップの確認」 for the other's and overwrite it, while the same
 * workbook's file imported again must update its events. A copy of the
 * file keeps the name, as it is the same company's plan. Bookkeeping, not
 * an edit: no undo step, and no new format, as older versions ignore it. */
static gboolean
ensure_uid (sqlite3  *db,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "INSERT OR IGNORE INTO workbook_meta "
                                                "(key, value) VALUES ('uid', ?1)", error);
  g_autofree char *uid = g_strdup_printf ("%08x%08x%08x%08x", g_random_int (), g_random_int (),
                                          g_random_int (), g_random_int ());

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

static gboolean
open_for_writing (HgWorkbook  *self,
                  GError     **error)
{
  self->db = hg_db_open_hardened (self->path, SQLITE_OPEN_READWRITE, self->path, error);
  if (self->db == NULL)
    return FALSE;

  if (!hg_db_exec (self->db, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 3000;", error))
    return FALSE;

  /* The upgrade comes before the switch to WAL, which rewrites the file's
   * header: an upgrade that fails on the file's data must leave the file
   * as it was. */
  if (!hg_migrations_apply (self->db, hg_migrations_get_latest (), error))
    {
      g_prefix_error (error, _("“%s” could not be upgraded to this version’s file format and "
                               "was left as it was: "), self->path);
      return FALSE;
    }
  self->schema_version = hg_migrations_get_latest ();
  if (!ensure_uid (self->db, error))
    return FALSE;

  /* FULL makes each commit durable before the edit call returns, which is
   * what the user sees as "saved": there is no Save button. */
  if (!hg_db_exec (self->db,
                   "PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = FULL;",
                   error))
    return FALSE;

  self->undo = hg_undo_log_new (self->db, error);
  return self->undo != NULL;
}

HgWorkbook *
hg_workbook_open (const char           *path,
                  HgWorkbookOpenFlags   flags,
                  GError              **error)
{
  g_autoptr(HgWorkbook) self = NULL;
  g_auto(HgInspection) inspection = { NULL, };
  gboolean unchecked;
  gboolean immutable;

  g_return_val_if_fail (path != NULL, NULL);

  if (!hg_workbook_check_header (path, error))
    return NULL;

  self = g_object_new (HG_TYPE_WORKBOOK, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->read_only = (flags & HG_WORKBOOK_OPEN_READ_ONLY) != 0;
  hg_save_file_protect (self->path);
  self->protected = TRUE;

  /* Opening for writing would fail later with SQLite's "attempt to write a
   * readonly database"; say why now, so the caller can open it read-only. */
  immutable = hg_workbook_is_on_read_only_media (self->path, &self->read_only_reason);
  if (immutable && !self->read_only)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_READ_ONLY,
                   _("“%s” cannot be edited. %s"), self->path, self->read_only_reason);
      return NULL;
    }

  if (!self->read_only && !take_lock (self, error))
    return NULL;

  if (!hg_workbook_inspect (self->path, self->read_only, immutable,
                            (flags & HG_WORKBOOK_OPEN_CHECK_LATER) != 0, &inspection, error))
    return NULL;

  if (self->read_only)
    {
      self->db = g_steal_pointer (&inspection.db);
      self->copy_dir = g_steal_pointer (&inspection.copy_dir);
      self->schema_version = inspection.version;
      return g_steal_pointer (&self);
    }

  if (inspection.version < hg_migrations_get_latest ()
      && !write_migration_backup (self, inspection.db, inspection.version, error))
    return NULL;
  unchecked = inspection.unchecked;
  hg_inspection_clear (&inspection);

  if (!open_for_writing (self, error)
      || (unchecked && !hg_db_exec (self->db, "PRAGMA query_only = ON", error)))
    {
      /* The file is unchanged, so the backup of it would only be clutter. */
      g_clear_pointer (&self->db, sqlite3_close);
      if (self->backup_path != NULL)
        g_unlink (self->backup_path);
      return NULL;
    }

  if (unchecked)
    start_later_check (self);
  return g_steal_pointer (&self);
}

static void
remove_database_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static gboolean
initialize_new (const char  *path,
                const char  *company_name,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *pragma = NULL;
  sqlite3 *db = NULL;
  gboolean ok = FALSE;

  db = hg_db_open_hardened (path, SQLITE_OPEN_READWRITE, path, error);
  if (db == NULL)
    goto out;

  pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA journal_mode = WAL;",
                            HG_WORKBOOK_APPLICATION_ID);
  if (!hg_db_exec (db, pragma, error)
      || !hg_migrations_apply (db, hg_migrations_get_latest (), error))
    goto out;

  stmt = hg_db_prepare (db,
                        "INSERT INTO workbook_meta (key, value) VALUES "
                        "('created', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')), "
                        "('created_by', 'Hinagata ' || ?2);"
                        , error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_text (stmt, 2, PACKAGE_VERSION, -1, SQLITE_STATIC);
  if (!hg_db_step_done (stmt, error))
    goto out;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = hg_db_prepare (db, "UPDATE company SET name = ?1 WHERE id = 1", error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_text (stmt, 1, company_name, -1, SQLITE_STATIC);
  ok = hg_db_step_done (stmt, error);

out:
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (db != NULL && sqlite3_close (db) != SQLITE_OK && ok)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not write “%s”"), path);
      ok = FALSE;
    }
  return ok;
}

HgWorkbook *
hg_workbook_create (const char  *path,
                    const char  *company_name,
                    GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  /* Storage sits below the company layer and does not judge the name:
   * hg_company_create_workbook() checks it before calling this. */
  if (company_name == NULL)
    company_name = "";

  if (create_private_file (path, error) < 0)
    return NULL;

  if (!initialize_new (path, company_name, error))
    {
      remove_database_files (path);
      return NULL;
    }

  return hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, error);
}

const char *
hg_workbook_get_path (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);
  return self->path;
}

const char *
hg_workbook_get_backup_path (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);
  return self->backup_path;
}

int
hg_workbook_get_schema_version (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), 0);
  return self->schema_version;
}

gboolean
hg_workbook_is_read_only (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), TRUE);
  return self->read_only;
}

/* Why the workbook could not have been opened for editing (read-only
 * media, folder or file), as a sentence; NULL when it could. */
const char *
hg_workbook_get_read_only_reason (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);
  return self->read_only_reason;
}

sqlite3 *
hg_workbook_get_db (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);
  return self->db;
}

static void
notify_undo_state (HgWorkbook *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static gboolean
ensure_writable (HgWorkbook  *self,
                 GError     **error)
{
  if (self->db == NULL || self->read_only || self->undo == NULL)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_READ_ONLY,
                   _("“%s” is open for reading only."), self->path);
      return FALSE;
    }
  return finish_check (self, error);
}

gboolean
hg_workbook_edit (HgWorkbook          *self,
                  const char          *label,
                  HgWorkbookEditFunc   func,
                  gpointer             user_data,
                  GError             **error)
{
  g_auto(GStrv) tables = NULL;
  gint64 mark;

  g_return_val_if_fail (HG_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!ensure_writable (self, error) || !hg_db_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  mark = hg_undo_log_mark (self->undo);

  if (!func (self->db, user_data, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  tables = hg_undo_log_tables_since (self->undo, mark);

  if (!hg_db_exec (self->db, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  if (hg_undo_log_close_step (self->undo, mark, label))
    {
      notify_undo_state (self);
      self->changed_mark = mark;
      g_signal_emit (self, signals[CHANGED], 0, tables);
    }

  return TRUE;
}

static gboolean
replay (HgWorkbook  *self,
        gboolean     redo,
        GError     **error)
{
  g_auto(GStrv) tables = NULL;
  gint64 mark;

  if (!ensure_writable (self, error))
    return FALSE;
  if (redo ? !hg_undo_log_can_redo (self->undo) : !hg_undo_log_can_undo (self->undo))
    return TRUE;

  if (!hg_db_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!hg_undo_log_replay (self->undo, redo, &tables, error)
      || !hg_db_exec (self->db, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  /* The replay wrote its entries above what was left once the replayed
   * step's own entries were gone; that is where its change begins. */
  mark = hg_undo_log_get_replay_mark (self->undo);
  hg_undo_log_finish_replay (self->undo, redo);

  notify_undo_state (self);
  self->changed_mark = mark;
  g_signal_emit (self, signals[CHANGED], 0, tables);
  return TRUE;
}

gboolean
hg_workbook_undo (HgWorkbook  *self,
                  GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), FALSE);
  return replay (self, FALSE, error);
}

gboolean
hg_workbook_redo (HgWorkbook  *self,
                  GError     **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), FALSE);
  return replay (self, TRUE, error);
}

gboolean
hg_workbook_can_undo (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), FALSE);
  return self->undo != NULL && hg_undo_log_can_undo (self->undo);
}

gboolean
hg_workbook_can_redo (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), FALSE);
  return self->undo != NULL && hg_undo_log_can_redo (self->undo);
}

const char *
hg_workbook_get_undo_label (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);
  return self->undo ? hg_undo_log_get_undo_label (self->undo) : NULL;
}

const char *
hg_workbook_get_redo_label (HgWorkbook *self)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);
  return self->undo ? hg_undo_log_get_redo_label (self->undo) : NULL;
}

gboolean
hg_workbook_save_copy (HgWorkbook  *self,
                       const char  *dest_path,
                       GError     **error)
{
  g_autoptr(HgSaveFile) file = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  /* Written under a temporary name and renamed, so an existing file at
   * dest_path is replaced whole or not at all, and never when it is this
   * workbook (under any name) or no regular file. */
  file = hg_save_file_new (dest_path, error);
  if (file == NULL)
    return FALSE;
  if (!backup_into (self->db, hg_save_file_get_temp_path (file), error)
      || !hg_save_file_commit (file, error))
    {
      remove_database_files (hg_save_file_get_temp_path (file));
      return FALSE;
    }
  return TRUE;
}

/* Returns NULL when the workbook is sound, else a description of each
 * problem found, one per line. */
char *
hg_workbook_check_integrity (HgWorkbook *self)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);

  hg_workbook_add_integrity_lines (self->db, "PRAGMA integrity_check", problems);
  hg_workbook_add_foreign_key_lines (self->db, problems);

  if (self->schema_version != hg_migrations_get_latest ())
    g_ptr_array_add (problems,
                     g_strdup_printf (_("File format %d is older than this version’s %d; it is "
                                        "upgraded when opened for editing."),
                                      self->schema_version, hg_migrations_get_latest ()));

  if (problems->len == 0)
    return NULL;
  g_ptr_array_add (problems, NULL);
  return g_strjoinv ("\n", (char **) problems->pdata);
}

/**
 * hg_workbook_get_changed_rows:
 *
 * Only meaningful inside a handler of #HgWorkbook::changed: the rowids of
 * the rows of @table that the edit, undo or redo changed, so a view of a
 * large table can refresh those rows instead of reloading everything.
 *
 * Returns: (transfer full): an array of gint64
 */
GArray *
hg_workbook_get_changed_rows (HgWorkbook *self,
                              const char *table)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);
  return hg_undo_log_rows_since (self->undo, self->changed_mark, table);
}

gint64
hg_workbook_count_rows (HgWorkbook *self,
                        const char *table)
{
  char *sql;
  gint64 count;

  g_return_val_if_fail (HG_IS_WORKBOOK (self), -1);

  /* Only ever called with table names from our own code; quoted all the same. */
  sql = sqlite3_mprintf ("SELECT count(*) FROM main.\"%w\"", table);
  count = hg_db_query_int (self->db, sql, -1);
  sqlite3_free (sql);
  return count;
}

char *
hg_workbook_dup_uid (HgWorkbook *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *value;

  g_return_val_if_fail (HG_IS_WORKBOOK (self), NULL);

  stmt = hg_db_prepare (self->db, "SELECT value FROM workbook_meta WHERE key = 'uid'", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  /* A workbook may come from anyone: the name goes into files other
   * programs read, so only the form the migration makes is taken. */
  value = (const char *) sqlite3_column_text (stmt, 0);
  if (value == NULL || strlen (value) != 32 || strspn (value, "0123456789abcdef") != 32)
    return NULL;
  return g_strdup (value);
}

char *
hg_workbook_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hinagata", "workbook.hinagata", NULL);
}

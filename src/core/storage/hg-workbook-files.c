/* hg-workbook-files.c: a workbook's file and the files beside it
 *
 * What opening needs to know and do on disk, without deciding anything:
 * whether the file is an SQLite file at all, whether it sits on read-only
 * media, which -wal or -journal lies beside it, and the private copy of the
 * file and those side files that hg-workbook-inspect.c checks before the
 * original may be opened. Nothing here writes to the workbook or beside it.
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
#include <sys/statvfs.h>
#include <unistd.h>

#include "hg-db.h"
#include "hg-workbook-error.h"
#include "hg-workbook-private.h"

#define COPY_NAME "workbook.hinagata"

static const char sqlite_magic[16] = "SQLite format 3";

static const char * const side_suffixes[] = { "-wal", "-journal" };

gboolean
hg_workbook_check_header (const char  *path,
                          GError     **error)
{
  char header[100];
  ssize_t n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not open “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (ssize_t) sizeof header || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_NOT_WORKBOOK,
                   _("“%s” is not a Hinagata workbook: it is not a database file."), path);
      return FALSE;
    }
  return TRUE;
}

/* Test hook: a directory to treat as read-only media. The tests run as
 * root in CI, and root may write anywhere whatever the permission bits say;
 * a read-only bind mount needs privileges the test machine may not grant.
 * The hook stands in for both; the checks below are the same otherwise. */
static gboolean
is_test_read_only_dir (const char *dir)
{
  const char *test_dir = g_getenv ("HINAGATA_TEST_READ_ONLY_DIR");
  g_autofree char *canonical = NULL;

  if (test_dir == NULL || test_dir[0] == '\0')
    return FALSE;
  canonical = g_canonicalize_filename (test_dir, NULL);
  return g_str_equal (canonical, dir);
}

/**
 * hg_workbook_is_on_read_only_media:
 * @path: a canonical path
 * @reason: (out) (optional) (transfer none): why, as a sentence
 *
 * Whether @path cannot be written where it is: a read-only mount or share,
 * a folder we may not create files in (SQLite needs to put its -wal and
 * -shm beside the file), or a read-only file.
 */
gboolean
hg_workbook_is_on_read_only_media (const char  *path,
                                   const char **reason)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statvfs vfs;
  const char *why = NULL;

  if (statvfs (dir, &vfs) == 0 && (vfs.f_flag & ST_RDONLY) != 0)
    why = _("It is on a read-only disk or share.");
  else if (access (dir, W_OK) != 0 || is_test_read_only_dir (dir))
    why = _("Its folder is read-only.");
  else if (access (path, W_OK) != 0)
    why = _("The file is read-only.");

  if (reason != NULL)
    *reason = why;
  return why != NULL;
}

/* TRUE when another Hinagata has @path open for editing: it holds the
 * flock that hg-workbook.c takes. */
static gboolean
is_open_for_editing (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean held;

  if (fd < 0)
    return FALSE;
  held = flock (fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return held;
}

/**
 * hg_workbook_find_side_file:
 * @read_only: for a read-only open
 *
 * Returns: (nullable): the first side file beside @path that SQLite would
 *   merge into it, or %NULL. For a read-only open, a file that another
 *   Hinagata has open for editing has none: its -wal is that session's own,
 *   checked when it opened, and is read as that session keeps it.
 */
char *
hg_workbook_find_side_file (const char *path,
                            gboolean    read_only)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);
      GStatBuf st;

      /* SQLite ignores an empty one, and so may we. */
      if (g_stat (side, &st) == 0 && st.st_size > 0)
        return read_only && is_open_for_editing (path) ? NULL : g_steal_pointer (&side);
    }
  return NULL;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  char buffer[64 * 1024];
  ssize_t n;
  int in, out;

  in = g_open (from, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE;
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not read “%s”: %s"), from, g_strerror (saved));
      return FALSE;
    }
  out = g_open (to, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (out < 0)
    {
      int saved = errno;

      close (in);
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not create “%s”: %s"), to, g_strerror (saved));
      return FALSE;
    }

  while ((n = read (in, buffer, sizeof buffer)) > 0)
    for (ssize_t done = 0; done < n;)
      {
        ssize_t w = write (out, buffer + done, n - done);

        if (w < 0 && errno == EINTR)
          continue;
        if (w <= 0)
          {
            n = -1;
            break;
          }
        done += w;
      }
  if (n < 0 || close (out) != 0)
    {
      int saved = errno;

      close (in);
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not copy “%s”: %s"), from, g_strerror (saved));
      return FALSE;
    }
  close (in);
  return TRUE;
}

void
hg_workbook_remove_copy_dir (const char *dir)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (dir, "/" COPY_NAME, suffixes[i], NULL);

      g_unlink (name);
    }
  g_rmdir (dir);
}

/* Copies @path and what lies beside it into a new private directory. The
 * copy holds the company's data, hence 0700 and 0600. */
char *
hg_workbook_make_copy (const char  *path,
                       GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("hinagata-open-XXXXXX", error);
  g_autofree char *copy = NULL;

  if (dir == NULL)
    return NULL;
  copy = g_build_filename (dir, COPY_NAME, NULL);

  if (!copy_file (path, copy, error))
    goto fail;
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, side_suffixes[i], NULL);
      g_autofree char *to = g_strconcat (copy, side_suffixes[i], NULL);

      if (!copy_file (from, to, error))
        goto fail;
    }
  return g_steal_pointer (&dir);

fail:
  hg_workbook_remove_copy_dir (dir);
  return NULL;
}

static char *
immutable_uri (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  return uri ? g_strconcat (uri, "?mode=ro&immutable=1", NULL) : NULL;
}

sqlite3 *
hg_workbook_open_read_only (const char  *path,
                            gboolean     immutable,
                            const char  *what,
                            GError     **error)
{
  g_autofree char *uri = NULL;

  if (!immutable)
    return hg_db_open_hardened (path, SQLITE_OPEN_READONLY, what, error);

  /* On read-only media SQLite could not create the -shm it needs for a
   * WAL file; immutable tells it that nothing will change the file, so it
   * needs neither locks nor -shm. */
  uri = immutable_uri (path);
  if (uri == NULL)
    {
      g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                   _("Could not open “%s”: its name cannot be handed to SQLite."), what);
      return NULL;
    }
  return hg_db_open_hardened (uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, what, error);
}

/* The private copy in @dir, opened for writing: SQLite replays its -wal or
 * rolls back its -journal when it is first read. */
sqlite3 *
hg_workbook_open_copy (const char  *dir,
                       const char  *what,
                       GError     **error)
{
  g_autofree char *copy = g_build_filename (dir, COPY_NAME, NULL);

  return hg_db_open_hardened (copy, SQLITE_OPEN_READWRITE, what, error);
}

/* Once the copy passed: merges what was beside it and opens it again as a
 * plain file, read-only like any other read-only open. */
sqlite3 *
hg_workbook_reopen_copy_read_only (sqlite3     *db,
                                   const char  *dir,
                                   const char  *what,
                                   GError     **error)
{
  g_autofree char *copy = g_build_filename (dir, COPY_NAME, NULL);
  gboolean ok = hg_db_exec (db, "PRAGMA journal_mode = DELETE", error);

  if (sqlite3_close (db) != SQLITE_OK || !ok)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
                     _("Could not write “%s”"), copy);
      return NULL;
    }
  return hg_workbook_open_read_only (copy, TRUE, what, error);
}

/* hg-save-file.c
 *
 * The temporary file is in the target's folder so that the rename is
 * atomic, and it is created 0600: the asset register describes the
 * company's most sensitive assets, and the rules describe how they are
 * protected. It is flushed to disk and closed before the rename, and an
 * error from any of write, fsync and close fails the export: a full disk or
 * a failing network share often reports only at fsync or close, and a
 * crash could otherwise leave an empty file where the user's previous
 * export was.
 *
 * Before anything is written, the target is checked. The rename would
 * replace whatever has that name, so the check refuses:
 *  - the workbook that is open in this process, and the -wal, -shm and
 *    -journal files SQLite keeps beside it, found by device and inode as
 *    well as by name, so a symbolic link, a hard link or another spelling
 *    of the path is caught too (the open workbook registers itself with
 *    hg_save_file_protect());
 *  - anything that is not a regular file: replacing a named pipe, a device
 *    (/dev/null, /dev/full), a socket or a folder with a regular file
 *    destroys what the user pointed at, and writing into one instead makes
 *    no file either (a pipe blocks, /dev/null swallows everything);
 *  - a symbolic link. Writing through it would change a file other than
 *    the one named, which may be anywhere (a link planted in a shared
 *    folder could point into the user's home); replacing it would silently
 *    turn the link into a copy. Refusing, and saying so, surprises no one.
 * A name that does not exist yet is always fine. The check runs again just
 * before the rename, so a long export cannot be swapped under.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-save-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hg-save-file.h"

G_DEFINE_QUARK (hg-save-error-quark, hg_save_error)

struct _HgSaveFile
{
  char    *path;
  char    *tmp_path;
  int      fd;
  guint64  offset;
  gboolean committed;
  HgJob   *job;        /* may be NULL */
};

/* ---- Files that must never be replaced ------------------------------------ */

typedef struct
{
  char     *path;       /* as registered: what hg_save_file_unprotect() matches */
  char     *resolved;   /* every symbolic link followed: the companions' stem */
  dev_t     dev;
  ino_t     ino;
  gboolean  has_inode;
} Protected;

typedef enum
{
  NOT_PROTECTED,
  PROTECTED_FILE,
  PROTECTED_COMPANION,
} Protection;

/* SQLite's own files beside a database: replacing one corrupts it. */
static const char * const companions[] = { "-wal", "-shm", "-journal" };

static GMutex protected_lock;
static GPtrArray *protected_files;

static void
protected_free (Protected *p)
{
  g_free (p->path);
  g_free (p->resolved);
  g_free (p);
}

/**
 * hg_save_file_protect:
 * @path: a file that is open, such as the workbook
 *
 * Until hg_save_file_unprotect(), no HgSaveFile replaces @path or its
 * SQLite companions. Calls nest: a file registered twice stays protected
 * until it has been unregistered twice.
 */
void
hg_save_file_protect (const char *path)
{
  Protected *p;
  char *resolved;
  GStatBuf st;

  g_return_if_fail (path != NULL);

  p = g_new0 (Protected, 1);
  resolved = realpath (path, NULL);
  p->path = g_strdup (path);
  p->resolved = g_strdup (resolved != NULL ? resolved : path);
  free (resolved);
  if (g_stat (path, &st) == 0)
    {
      p->dev = st.st_dev;
      p->ino = st.st_ino;
      p->has_inode = TRUE;
    }

  g_mutex_lock (&protected_lock);
  if (protected_files == NULL)
    protected_files = g_ptr_array_new_with_free_func ((GDestroyNotify) protected_free);
  g_ptr_array_add (protected_files, p);
  g_mutex_unlock (&protected_lock);
}

void
hg_save_file_unprotect (const char *path)
{
  g_return_if_fail (path != NULL);

  g_mutex_lock (&protected_lock);
  for (guint i = 0; protected_files != NULL && i < protected_files->len; i++)
    if (g_str_equal (((Protected *) g_ptr_array_index (protected_files, i))->path, path))
      {
        g_ptr_array_remove_index (protected_files, i);
        break;
      }
  g_mutex_unlock (&protected_lock);
}

static gboolean
same_inode (const GStatBuf *a,
            const char     *path)
{
  GStatBuf b;

  return g_stat (path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

/* Whether @target (stat() of the path, or NULL when nothing has that name)
 * is a protected file or one of its companions; @resolved is the path with
 * its folder's symbolic links followed. */
static Protection
find_protected (const char     *resolved,
                const GStatBuf *target)
{
  Protection found = NOT_PROTECTED;

  g_mutex_lock (&protected_lock);
  for (guint i = 0; protected_files != NULL && i < protected_files->len && !found; i++)
    {
      const Protected *p = g_ptr_array_index (protected_files, i);

      /* The inode it had when registered, and whatever has its name now. */
      if (target != NULL
          && ((p->has_inode && target->st_dev == p->dev && target->st_ino == p->ino)
              || same_inode (target, p->path)))
        found = PROTECTED_FILE;

      /* SQLite names them after the real file; older versions after the
       * name they were given. */
      for (guint c = 0; c < 2 * G_N_ELEMENTS (companions) && !found; c++)
        {
          g_autofree char *companion = g_strconcat (c % 2 ? p->path : p->resolved,
                                                    companions[c / 2], NULL);

          if ((resolved != NULL && g_str_equal (resolved, companion))
              || (target != NULL && same_inode (target, companion)))
            found = PROTECTED_COMPANION;
        }
    }
  g_mutex_unlock (&protected_lock);
  return found;
}

/* @path with the symbolic links of its folder followed, but not its last
 * part; NULL when the folder does not exist. */
static char *
resolve_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  char *real_dir = realpath (dir, NULL);
  char *resolved;

  if (real_dir == NULL)
    return NULL;
  resolved = g_build_filename (real_dir, base, NULL);
  free (real_dir);
  return resolved;
}

static gboolean
refuse (GError     **error,
        const char  *path,
        const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Translators: a file name, then why it is not replaced */
  g_set_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED, _("Will not write “%s”: %s"),
               display, reason);
  return FALSE;
}

/**
 * hg_save_file_check_target:
 * @path: where a file is to be written
 * @error: return location for an error
 *
 * Whether @path may be replaced by a new regular file; see the top of this
 * file. Every writer checks through hg_save_file_new(); one that cannot
 * write through an HgSaveFile calls this before it writes.
 *
 * Returns: %TRUE if it may
 */
gboolean
hg_save_file_check_target (const char  *path,
                           GError     **error)
{
  g_autofree char *resolved = NULL;
  GStatBuf st;
  gboolean exists;
  Protection found;

  g_return_val_if_fail (path != NULL, FALSE);

  resolved = resolve_folder (path);
  exists = g_stat (path, &st) == 0;
  found = find_protected (resolved, exists ? &st : NULL);
  if (found == PROTECTED_FILE)
    return refuse (error, path, _("it is the workbook that is open."));
  if (found == PROTECTED_COMPANION)
    return refuse (error, path, _("it is part of the workbook that is open."));

  /* Nothing by that name, or a folder we cannot look into: creating the
   * temporary file reports the latter. */
  if (g_lstat (path, &st) != 0 || S_ISREG (st.st_mode))
    return TRUE;

  if (S_ISLNK (st.st_mode))
    return refuse (error, path, _("it is a symbolic link. Choose the file it points to, "
                                  "or another name."));
  if (S_ISDIR (st.st_mode))
    return refuse (error, path, _("it is not a regular file (a folder)."));
  if (S_ISFIFO (st.st_mode))
    return refuse (error, path, _("it is not a regular file (a named pipe)."));
  if (S_ISSOCK (st.st_mode))
    return refuse (error, path, _("it is not a regular file (a socket)."));
  return refuse (error, path, _("it is not a regular file (a device)."));
}

/* ---- Writing -------------------------------------------------------------- */

void
hg_save_file_set_error (HgSaveFile  *file,
                        GError     **error,
                        GQuark       domain,
                        gint         code,
                        const char  *reason)
{
  g_autofree char *display = g_filename_display_name (file->path);

  g_set_error (error, domain, code, _("Could not write “%s”: %s"), display, reason);
}

static void
set_errno_error (HgSaveFile  *file,
                 int          saved_errno,
                 GError     **error)
{
  const char *reason = saved_errno == ENOSPC ? _("the disk is full")
                     : saved_errno == EDQUOT ? _("the disk quota is used up")
                     : g_strerror (saved_errno);

  hg_save_file_set_error (file, error, HG_SAVE_ERROR,
                          saved_errno == ENOSPC || saved_errno == EDQUOT ? HG_SAVE_ERROR_NO_SPACE
                                                                          : HG_SAVE_ERROR_IO,
                          reason);
}

HgSaveFile *
hg_save_file_new (const char  *path,
                  GError     **error)
{
  HgSaveFile *file;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!hg_save_file_check_target (path, error))
    return NULL;

  file = g_new0 (HgSaveFile, 1);
  file->path = g_strdup (path);
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  file->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  file->fd = g_mkstemp_full (file->tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (file->fd < 0)
    {
      set_errno_error (file, errno, error);
      g_clear_pointer (&file->tmp_path, g_free);
      hg_save_file_free (file);
      return NULL;
    }
  return file;
}

/* For a writer that opens the file by name itself (SQLite's backup, GTK's
 * print to file): it writes here, then hg_save_file_commit() finishes. */
const char *
hg_save_file_get_temp_path (HgSaveFile *file)
{
  return file->tmp_path;
}

/* The job is asked at every write, so that a writer which hands its
 * bytes over in pieces (cairo's PDF surface) stops at the next piece, and
 * at the commit, so that nothing a cancelled job made ever takes the
 * target's name. */
void
hg_save_file_set_job (HgSaveFile *file,
                      HgJob      *job)
{
  g_return_if_fail (file != NULL);

  if (job != NULL)
    hg_job_ref (job);
  g_clear_pointer (&file->job, hg_job_unref);
  file->job = job;
}

static gboolean
write_all (HgSaveFile  *file,
           guint64      offset,
           const void  *data,
           gsize        length,
           GError     **error)
{
  const char *p = data;

  g_return_val_if_fail (file->fd >= 0, FALSE);

  if (!hg_job_check (file->job, error))
    return FALSE;

  while (length > 0)
    {
      gssize n = pwrite (file->fd, p, length, (off_t) offset);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (file, errno, error);
          return FALSE;
        }
      p += n;
      length -= n;
      offset += n;
    }
  return TRUE;
}

gboolean
hg_save_file_write (HgSaveFile  *file,
                    const void  *data,
                    gsize        length,
                    GError     **error)
{
  if (!write_all (file, file->offset, data, length, error))
    return FALSE;
  file->offset += length;
  return TRUE;
}

gboolean
hg_save_file_write_at (HgSaveFile  *file,
                       guint64      offset,
                       const void  *data,
                       gsize        length,
                       GError     **error)
{
  g_return_val_if_fail (offset + length <= file->offset, FALSE);

  return write_all (file, offset, data, length, error);
}

guint64
hg_save_file_get_offset (HgSaveFile *file)
{
  return file->offset;
}

gboolean
hg_save_file_commit (HgSaveFile  *file,
                     GError     **error)
{
  int fd = file->fd;

  g_return_val_if_fail (!file->committed && fd >= 0, FALSE);

  if (!hg_job_check (file->job, error))
    return FALSE;
  /* The descriptor is gone after close() even when it fails. */
  file->fd = -1;
  if (fsync (fd) != 0)
    {
      set_errno_error (file, errno, error);
      close (fd);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      set_errno_error (file, errno, error);
      return FALSE;
    }
  if (!hg_save_file_check_target (file->path, error) || !hg_job_check (file->job, error))
    return FALSE;
  if (g_rename (file->tmp_path, file->path) != 0)
    {
      set_errno_error (file, errno, error);
      return FALSE;
    }
  file->committed = TRUE;
  return TRUE;
}

void
hg_save_file_free (HgSaveFile *file)
{
  if (file == NULL)
    return;
  if (file->fd >= 0)
    close (file->fd);
  if (file->tmp_path != NULL && !file->committed)
    g_unlink (file->tmp_path);
  g_clear_pointer (&file->job, hg_job_unref);
  g_free (file->tmp_path);
  g_free (file->path);
  g_free (file);
}

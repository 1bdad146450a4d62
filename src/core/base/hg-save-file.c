/* hg-save-file.c
 *
 * The temporary file is in the target's folder so that the rename is
 * atomic, and it is created 0600: the asset register describes the
 * company's most sensitive assets, and the rules describe how they are
 * protected. It is flushed to disk before the rename, or a crash could
 * leave an empty file where the user's previous export was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-save-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hg-error.h"
#include "hg-save-file.h"

struct _HgSaveFile
{
  char    *path;
  char    *tmp_path;
  int      fd;
  guint64  offset;
  gboolean committed;
};

void
hg_save_file_set_error (HgSaveFile  *file,
                        GError     **error,
                        gint         code,
                        const char  *reason)
{
  g_autofree char *display = g_filename_display_name (file->path);

  g_set_error (error, HG_WORKBOOK_ERROR, code, _("Could not write “%s”: %s"), display, reason);
}

static void
set_errno_error (HgSaveFile  *file,
                 int          saved_errno,
                 GError     **error)
{
  hg_save_file_set_error (file, error, HG_WORKBOOK_ERROR_IO, g_strerror (saved_errno));
}

HgSaveFile *
hg_save_file_new (const char  *path,
                  GError     **error)
{
  HgSaveFile *file = g_new0 (HgSaveFile, 1);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, NULL);

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

static gboolean
write_all (HgSaveFile  *file,
           guint64      offset,
           const void  *data,
           gsize        length,
           GError     **error)
{
  const char *p = data;

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
  g_return_val_if_fail (!file->committed, FALSE);

  if (fsync (file->fd) != 0 || g_rename (file->tmp_path, file->path) != 0)
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
  g_free (file->tmp_path);
  g_free (file->path);
  g_free (file);
}

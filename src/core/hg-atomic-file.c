/* hg-atomic-file.c
 *
 * Exports are written to a temporary file beside their target and renamed
 * over it once complete: the same directory, so the rename is atomic. A
 * failed or abandoned export leaves neither a half-written file nor a
 * damaged previous one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hg-atomic-file.h"
#include "hg-error.h"

struct _HgAtomicFile
{
  char     *path;
  char     *tmp_path;
  int       fd;
  gboolean  committed;
};

static void
set_io_error (GError     **error,
              const char  *path,
              int          code)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_IO,
               _("Could not write “%s”: %s"), display, g_strerror (code));
}

/* Opens a temporary file with permissions @mode for what is to become
 * @path; the error names @path. */
HgAtomicFile *
hg_atomic_file_new (const char  *path,
                    int          mode,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  HgAtomicFile *self = g_new0 (HgAtomicFile, 1);

  self->path = g_strdup (path);
  self->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  self->fd = g_mkstemp_full (self->tmp_path, O_RDWR | O_CLOEXEC, mode);
  if (self->fd < 0)
    {
      set_io_error (error, path, errno);
      g_clear_pointer (&self->tmp_path, g_free);
      hg_atomic_file_free (self);
      return NULL;
    }
  return self;
}

int
hg_atomic_file_get_fd (HgAtomicFile *self)
{
  return self->fd;
}

/* Puts the file in its place. It is on disk before the rename, or a crash
 * could leave an empty file where the previous one was. */
gboolean
hg_atomic_file_commit (HgAtomicFile  *self,
                       GError       **error)
{
  g_return_val_if_fail (!self->committed, FALSE);

  if (fsync (self->fd) != 0 || g_rename (self->tmp_path, self->path) != 0)
    {
      set_io_error (error, self->path, errno);
      return FALSE;
    }
  self->committed = TRUE;
  return TRUE;
}

/* Closes the file; unless committed, removes it. */
void
hg_atomic_file_free (HgAtomicFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (self->tmp_path != NULL && !self->committed)
    g_unlink (self->tmp_path);
  g_free (self->tmp_path);
  g_free (self->path);
  g_free (self);
}

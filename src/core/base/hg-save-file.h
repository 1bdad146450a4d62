/* hg-save-file.h: a file written beside its target and renamed over it
 *
 * Every export goes through this, so a failed or interrupted export never
 * leaves a half-written file where the user's previous one was, and no
 * export replaces the open workbook, a device, a pipe, a folder or a
 * symbolic link (see hg-save-file.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hg-job.h"

G_BEGIN_DECLS

#define HG_SAVE_ERROR (hg_save_error_quark ())

typedef enum
{
  /* The target may not be replaced: it is the open workbook or part of
   * it, a symbolic link, a folder, a pipe, a socket or a device. Another
   * name helps; trying again does not. */
  HG_SAVE_ERROR_REFUSED,
  /* The disk is full or the quota used up: freeing space helps. */
  HG_SAVE_ERROR_NO_SPACE,
  /* Any other failure to create, write, flush or rename the file. */
  HG_SAVE_ERROR_IO,
} HgSaveError;

GQuark      hg_save_error_quark       (void);

typedef struct _HgSaveFile HgSaveFile;

/* Checks @path with hg_save_file_check_target(), then creates a temporary
 * file (mode 0600) in its folder. */
HgSaveFile *hg_save_file_new          (const char  *path,
                                       GError     **error);
gboolean    hg_save_file_write        (HgSaveFile  *file,
                                       const void  *data,
                                       gsize        length,
                                       GError     **error);
/* Overwrites bytes already written, at @offset from the start. */
gboolean    hg_save_file_write_at     (HgSaveFile  *file,
                                       guint64      offset,
                                       const void  *data,
                                       gsize        length,
                                       GError     **error);
guint64     hg_save_file_get_offset   (HgSaveFile  *file);
const char *hg_save_file_get_temp_path (HgSaveFile *file);
/* "Could not write “PATH”: @reason", naming the target, not the
 * temporary file; in @domain, so a format writer reports its own limits
 * in its own domain. */
void        hg_save_file_set_error    (HgSaveFile  *file,
                                       GError     **error,
                                       GQuark       domain,
                                       gint         code,
                                       const char  *reason);
/* Flushes to disk, closes, checks the target again and renames over it. */
gboolean    hg_save_file_commit       (HgSaveFile  *file,
                                       GError     **error);
/* From now on a write or the commit fails with G_IO_ERROR_CANCELLED once
 * @job is cancelled, and the target stays as it was. */
void        hg_save_file_set_job      (HgSaveFile  *file,
                                       HgJob       *job);
/* Removes the temporary file unless it was committed. */
void        hg_save_file_free         (HgSaveFile  *file);

/* "Will not write “PATH”: why" unless @path may be replaced. */
gboolean    hg_save_file_check_target (const char  *path,
                                       GError     **error);
/* While a file is open (the workbook), nothing replaces it or the files
 * SQLite keeps beside it. */
void        hg_save_file_protect      (const char  *path);
void        hg_save_file_unprotect    (const char  *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgSaveFile, hg_save_file_free)

G_END_DECLS

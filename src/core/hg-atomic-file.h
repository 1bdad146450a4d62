/* hg-atomic-file.h: a file that is replaced whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HgAtomicFile HgAtomicFile;

HgAtomicFile *hg_atomic_file_new    (const char    *path,
                                     int            mode,
                                     GError       **error);
int           hg_atomic_file_get_fd (HgAtomicFile  *self);
gboolean      hg_atomic_file_commit (HgAtomicFile  *self,
                                     GError       **error);
void          hg_atomic_file_free   (HgAtomicFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAtomicFile, hg_atomic_file_free)

G_END_DECLS

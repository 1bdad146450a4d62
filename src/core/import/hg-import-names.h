/* hg-import-names.h: departments (or media) named in an imported file,
 * known ones by id and new ones created with the import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct _HgImportNames HgImportNames;

HgImportNames *hg_import_names_new     (HgWorkbook     *workbook,
                                        const char     *table);
void           hg_import_names_free    (HgImportNames  *names);
gint64         hg_import_names_resolve (HgImportNames  *names,
                                        const char     *name);
gint64         hg_import_names_lookup  (HgImportNames  *names,
                                        const char     *name);
GStrv          hg_import_names_get_new (HgImportNames  *names);
gboolean       hg_import_names_create  (HgImportNames  *names,
                                        sqlite3        *db,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgImportNames, hg_import_names_free)

G_END_DECLS

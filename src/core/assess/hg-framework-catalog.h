/* hg-framework-catalog.h: the frameworks a workbook can be assessed
 * against — the built-in ones and the check sheets imported into it
 * (resources/sql/0013-assessment-sources.sql)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-framework.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* The ids: the built-in ones first, in their order, then the imported
 * ones by id. */
GStrv        hg_framework_catalog_ids  (HgWorkbook          *workbook,
                                        GError             **error);
/* What the catalog holds now, as a text that changes whenever an import
 * adds, replaces or removes a framework (its id and a checksum of its
 * stored framework), so that a page can tell when to read it again
 * without reading every framework; NULL on error. */
char        *hg_framework_catalog_stamp (HgWorkbook         *workbook,
                                         GError            **error);
/* The framework @id, built in or imported (an imported one is checked as
 * any framework file is: the workbook may come from anyone). */
HgFramework *hg_framework_catalog_load (HgWorkbook          *workbook,
                                        const char          *id,
                                        const char * const  *languages,
                                        GError             **error);

G_END_DECLS

/* hg-doc-table-layout.h: a table's columns, cells and rows on pages
 *
 * Internal to the page layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-doc-flow.h"

G_BEGIN_DECLS

typedef struct _HgDocTableLayout HgDocTableLayout;

HgDocTableLayout *hg_doc_table_layout_new        (HgDocStyle       *style,
                                                  const HgDocBlock *table,
                                                  double            width);
void              hg_doc_table_layout_free       (HgDocTableLayout *self);
double            hg_doc_table_layout_get_keep   (HgDocTableLayout *self);
void              hg_doc_table_layout_place      (HgDocTableLayout *self,
                                                  HgDocFlow        *flow,
                                                  double            x,
                                                  int               block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgDocTableLayout, hg_doc_table_layout_free)

G_END_DECLS

/* hg-publication.h: where and when an approved version of a document was
 * made public (resources/sql/0014-document-publication.sql)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-limits.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *document;
  guint   number;        /* the approved version published */
  char   *place;         /* 社内掲示板, a shared folder, a web address … */
  char   *published_on;  /* YYYY-MM-DD */
} HgPublication;

void       hg_publication_free   (HgPublication *publication);

/* The publications of @document_id, newest first (by date, then as
 * recorded). */
GPtrArray *hg_publication_list   (HgWorkbook    *workbook,
                                  const char    *pack_id,
                                  const char    *document_id);

/* Records that version @number of @document_id (0: the latest approved)
 * was published at @place on @date (as typed, or NULL for today), in one
 * transaction and one undo step. Refuses, with a message naming the field,
 * a document never approved, a version that does not exist, an empty or
 * overlong place, a date that is not one and a date before the version's
 * approval. @recorded, when not NULL, gets the version number recorded. */
gboolean   hg_publication_record (HgWorkbook    *workbook,
                                  const char    *pack_id,
                                  const char    *document_id,
                                  guint          number,
                                  const char    *place,
                                  const char    *date,
                                  guint         *recorded,
                                  GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgPublication, hg_publication_free)

G_END_DECLS

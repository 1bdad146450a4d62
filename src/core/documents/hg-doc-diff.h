/* hg-doc-diff.h: what changed between two versions of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"

G_BEGIN_DECLS

typedef enum
{
  HG_DIFF_SAME,
  HG_DIFF_ADDED,
  HG_DIFF_REMOVED,
  HG_DIFF_CHANGED,   /* lines only: the same place, other words */
} HgDiffKind;

typedef struct
{
  HgDiffKind  kind;  /* SAME, ADDED or REMOVED */
  char       *text;
} HgDiffSpan;

typedef struct
{
  HgDiffKind  kind;
  char       *old_text;  /* NULL when added */
  char       *new_text;  /* NULL when removed */
  GPtrArray  *spans;     /* CHANGED: of HgDiffSpan, old and new words interleaved */
} HgDiffLine;

GPtrArray *hg_doc_diff         (const HgDoc *before,
                                const HgDoc *after);
guint      hg_doc_diff_count   (GPtrArray   *lines,
                                HgDiffKind   kind);
char      *hg_doc_diff_to_text (GPtrArray   *lines,
                                gboolean     changes_only);
GArray    *hg_doc_changed_blocks (const HgDoc *before,
                                  const HgDoc *after);

G_END_DECLS

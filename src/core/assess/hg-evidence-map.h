/* hg-evidence-map.h: which checks of the workbook give evidence for which
 * item of a framework, and which JAMA items METI's criteria cite
 * (resources/frameworks/evidence-map.xml, evidence-map.rng)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HG_CHECK_POLICY_APPROVED,
  HG_CHECK_REVIEWED,
  HG_CHECK_RULE,
  HG_CHECK_ASSETS,
  HG_CHECK_RISKS,
  HG_CHECK_TRAINING,
  HG_CHECK_RECEIPTS,
  HG_CHECK_ROLE,
  HG_CHECK_CONTACTS,
} HgCheckKind;

typedef struct
{
  HgCheckKind  kind;
  GStrv        ids;      /* rule: chapter, section or rule ids; role: its key;
                          * training: topic words; else empty. Never NULL. */
  guint        months;   /* reviewed */
} HgCheck;

typedef struct
{
  char      *key;        /* "jama:13" */
  gboolean   cap_partly; /* the checks propose at most "partly" */
  GPtrArray *checks;     /* of HgCheck */
  guint      line;
} HgEvidenceItem;

typedef struct _HgEvidenceMap HgEvidenceMap;

/* As hg_framework_load_memory(): every problem is "NAME:LINE: …". */
HgEvidenceMap  *hg_evidence_map_load_memory (const char   *data,
                                             gsize         length,
                                             const char   *name,
                                             GPtrArray   **problems,
                                             GError      **error);
/* The map Hinagata ships; loaded once and kept. */
HgEvidenceMap  *hg_evidence_map_get_builtin (GError      **error);
void            hg_evidence_map_free        (HgEvidenceMap *map);

/* The map's key of @ref in the framework @framework_id: "ipa-self-check:4";
 * "jama:13" for an imported JAMA/JAPIA sheet (an id starting "jama");
 * "meti:1-2-1-1" for an imported METI sheet. */
char           *hg_evidence_map_key         (const char    *framework_id,
                                             const char    *ref);
/* Every item, in the file's order (of HgEvidenceItem, borrowed). */
GPtrArray      *hg_evidence_map_get_items   (HgEvidenceMap *map);
/* NULL when the map has nothing for @key. */
HgEvidenceItem *hg_evidence_map_lookup      (HgEvidenceMap *map,
                                             const char    *key);
/* The JAMA item numbers METI's @criterion cites; NULL when it is not a
 * criterion the map knows, empty when it cites none. */
const char * const *hg_evidence_map_meti_cites (HgEvidenceMap *map,
                                                const char    *criterion);
/* The METI criteria citing JAMA item @jama, in the table's order (of
 * const char *; empty when none). */
GPtrArray      *hg_evidence_map_meti_citing (HgEvidenceMap *map,
                                             const char    *jama);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgEvidenceMap, hg_evidence_map_free)

G_END_DECLS

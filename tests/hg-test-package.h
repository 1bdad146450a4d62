/* hg-test-package.h: reading written files back, for the writers' tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "hg-doc.h"

G_BEGIN_DECLS

/* Every entry of the ZIP file at @path: name → GBytes, each with a NUL
 * after its data (not counted in its size) so text can be read as is. */
GHashTable *hg_test_read_zip          (const char  *path);
const char *hg_test_zip_text          (GHashTable  *entries,
                                       const char  *name);
/* Parses a part as XML without network access, entity substitution or a
 * DTD; the test fails if it is not well-formed or has a DOCTYPE. */
xmlDocPtr   hg_test_parse_xml         (GHashTable  *entries,
                                       const char  *name);
/* All the text below @node, as a reader sees it. */
char       *hg_test_xml_text          (xmlNodePtr   node);
/* The elements named @name in namespace @ns (NULL: none) below @node, in
 * document order. */
GPtrArray  *hg_test_xml_find          (xmlNodePtr   node,
                                       const char  *ns,
                                       const char  *name);
char       *hg_test_xml_attr          (xmlNodePtr   node,
                                       const char  *ns,
                                       const char  *name);
void        hg_test_assert_contains   (const char  *haystack,
                                       const char  *needle);

typedef gboolean (*HgTestWriter) (const HgDoc  *doc,
                                  const char   *path,
                                  GError      **error);

/* Writes @doc to @path with @write; the test fails if it does not. */
void        hg_test_write_ok          (HgTestWriter write,
                                       const HgDoc *doc,
                                       const char  *path);

/* The built-in pack's document @doc_id ("rules", "basic_policy") for a
 * new workbook of @company in @dir whose representative is titled
 * 「代表取締役社長」; with @revisions, two versions, the second not yet
 * approved, and the third rule marked as outdated. */
HgDoc      *hg_test_doc_from_pack     (const char  *dir,
                                       const char  *doc_id,
                                       const char  *company,
                                       gboolean     revisions);

G_END_DECLS

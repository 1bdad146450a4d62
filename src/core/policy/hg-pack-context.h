/* hg-pack-context.h: the values a template pack's text and conditions read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-doc.h"
#include "hg-pack.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef struct _HgPackContext HgPackContext;

HgPackContext *hg_pack_context_new           (HgPack        *pack);
HgPackContext *hg_pack_context_new_for_workbook (HgPack     *pack,
                                                 HgWorkbook *workbook);
void           hg_pack_context_free          (HgPackContext *context);
gboolean       hg_pack_context_reads         (const char * const *tables);
void           hg_pack_context_set           (HgPackContext *context,
                                              const char    *name,
                                              const char    *value);
char          *hg_pack_context_display       (HgPackContext *context,
                                              const char    *name);
gboolean       hg_pack_context_lookup        (const char    *name,
                                              HgValue       *value,
                                              gpointer       context);
gboolean       hg_pack_context_test          (HgPackContext *context,
                                              const HgExpr  *condition,
                                              GError       **error);
char          *hg_pack_context_expand        (HgPackContext *context,
                                              const char    *text);
GVariant      *hg_pack_context_describe_variables (HgPackContext *context,
                                                   const char    *text);
char          *hg_pack_context_values_digest (HgPackContext *context);
const char    *hg_pack_context_get_reworded  (HgPackContext *context,
                                              const char    *rule_id);
const char    *hg_pack_context_get_exclusion (HgPackContext *context,
                                              const char    *rule_id);
GPtrArray     *hg_pack_context_get_added     (HgPackContext *context,
                                              const char    *rule_id);
GArray        *hg_pack_context_get_added_ids (HgPackContext *context,
                                              const char    *rule_id);
gboolean       hg_pack_context_is_outdated   (HgPackContext *context,
                                              const HgBlock *rule);
char          *hg_pack_rule_digest           (const HgBlock *rule);
GPtrArray     *hg_pack_context_missing       (HgPackContext *context,
                                              const char    *document_id,
                                              GError       **error);
HgDoc         *hg_pack_build_doc             (HgPack        *pack,
                                              HgPackContext *context,
                                              const char    *document_id,
                                              GError       **error);
char          *hg_pack_render_text           (HgPack        *pack,
                                              HgPackContext *context,
                                              const char    *document_id,
                                              GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgPackContext, hg_pack_context_free)

G_END_DECLS

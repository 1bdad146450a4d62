/* hg-expr.h: the condition language of template packs
 *
 *   uses_cloud and not byod
 *   employees >= 50 or (own_servers and web_shop)
 *   backup_place == 'nas'
 *
 * Parsed into a tree and evaluated against the answers; never run as code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A condition is refused past these: a real one has a few dozen terms at
 * most, and the bounds keep the tree small whatever a pack holds. Nesting
 * (parentheses and "not") is limited to 64 levels. */
#define HG_EXPR_MAX_TERMS  1000
#define HG_EXPR_MAX_LENGTH 20000

/* A message says the column where it can: "Column 12: expected “)”". */
#define HG_EXPR_ERROR (hg_expr_error_quark ())

typedef enum
{
  /* Not a condition: a parenthesis or quote not closed, a word missing or
   * left over. */
  HG_EXPR_ERROR_SYNTAX,
  /* A name that is no question of the pack (when evaluated). */
  HG_EXPR_ERROR_UNKNOWN_NAME,
  /* A number compared with a text (when evaluated). */
  HG_EXPR_ERROR_TYPE_MISMATCH,
  /* Nested past 64 levels. */
  HG_EXPR_ERROR_TOO_DEEP,
  /* Longer than HG_EXPR_MAX_LENGTH bytes or HG_EXPR_MAX_TERMS terms. */
  HG_EXPR_ERROR_TOO_LONG,
} HgExprError;

GQuark    hg_expr_error_quark (void);

typedef enum
{
  HG_VALUE_NONE,
  HG_VALUE_BOOL,
  HG_VALUE_NUMBER,
  HG_VALUE_STRING,
} HgValueType;

typedef struct
{
  HgValueType  type;
  gboolean     boolean;
  double       number;
  const char  *string;  /* borrowed */
} HgValue;

typedef struct _HgExpr HgExpr;

/* Looks up an identifier; returns FALSE for an unknown one. */
typedef gboolean (*HgExprLookup) (const char *name,
                                  HgValue    *value,
                                  gpointer    user_data);

HgExpr   *hg_expr_parse      (const char    *text,
                              GError       **error);
void      hg_expr_free       (HgExpr        *expr);
gboolean  hg_expr_evaluate   (const HgExpr  *expr,
                              HgExprLookup   lookup,
                              gpointer       user_data,
                              gboolean      *result,
                              GError       **error);
GStrv     hg_expr_identifiers (const HgExpr *expr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgExpr, hg_expr_free)

G_END_DECLS

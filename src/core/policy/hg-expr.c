/* hg-expr.c
 *
 * A recursive-descent parser, lowest precedence first:
 *
 *   or      := and ("or" and)*        one node with all the operands
 *   and     := not ("and" not)*       likewise
 *   not     := "not"* compare         read in a loop
 *   compare := primary (("==" | "!=" | "<" | "<=" | ">" | ">=") primary)?
 *   primary := number | 'string' | "true" | "false" | identifier | "(" or ")"
 *
 * Errors name the column (1-based) where the text stopped making sense.
 * Limits (nesting, terms, length) are in hg-expr.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-expr"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "hg-expr.h"

G_DEFINE_QUARK (hg-expr-error-quark, hg_expr_error)

typedef enum
{
  NODE_OR, NODE_AND, NODE_NOT,
  NODE_EQ, NODE_NE, NODE_LT, NODE_LE, NODE_GT, NODE_GE,
  NODE_NUMBER, NODE_STRING, NODE_BOOL, NODE_IDENT,
} NodeKind;

/* A chain of "or" (or of "and") is ONE node with all its operands, not a
 * tree one level deeper per term: every function that walks the tree
 * recurses only as deep as the parentheses and "not"s go, which MAX_DEPTH
 * bounds, never once per term of a long chain. */
struct _HgExpr
{
  NodeKind   kind;
  HgExpr   **operands;
  guint      n_operands;
  double     number;
  gboolean   boolean;
  char      *text;    /* string literal or identifier */
  guint      column;
};

typedef struct
{
  const char *text;
  const char *p;
  GError    **error;
  guint       depth;
  guint       terms;
} Parser;

/* Deep nesting is not a condition anyone writes; refuse it rather than
 * recurse without bound on a hostile pack. */
#define MAX_DEPTH 64

/* The longest condition of the built-in pack has a handful of terms; these
 * bounds leave room for any real one and keep a hostile pack from making a
 * tree of millions of nodes. */
#define MAX_TERMS  HG_EXPR_MAX_TERMS
#define MAX_LENGTH HG_EXPR_MAX_LENGTH

void
hg_expr_free (HgExpr *expr)
{
  if (expr == NULL)
    return;
  for (guint i = 0; i < expr->n_operands; i++)
    hg_expr_free (expr->operands[i]);
  g_free (expr->operands);
  g_free (expr->text);
  g_free (expr);
}

static HgExpr *
node_new (NodeKind  kind,
          Parser   *parser)
{
  HgExpr *node = g_new0 (HgExpr, 1);

  node->kind = kind;
  node->column = (guint) (parser->p - parser->text) + 1;
  return node;
}

/* Takes @operand over. */
static void
node_add (HgExpr *node,
          HgExpr *operand)
{
  /* Doubling keeps a long chain linear to build. */
  if ((node->n_operands & (node->n_operands - 1)) == 0)
    node->operands = g_renew (HgExpr *, node->operands, MAX (2, node->n_operands * 2));
  node->operands[node->n_operands++] = operand;
}

static gboolean
fail (Parser       *parser,
      HgExprError   code,
      const char   *message)
{
  if (parser->error != NULL && *parser->error == NULL)
    g_set_error (parser->error, HG_EXPR_ERROR, code,
                 /* Translators: an error in a template condition, e.g.
                  * "Column 12: expected “)”" */
                 _("Column %u: %s"), (guint) (parser->p - parser->text) + 1, message);
  return FALSE;
}

static void
skip_space (Parser *parser)
{
  while (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\n' || *parser->p == '\r')
    parser->p++;
}

static gboolean
is_ident_start (char c)
{
  return g_ascii_isalpha (c) || c == '_';
}

static gboolean
is_ident_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.';
}

/* Matches a keyword as a whole word. */
static gboolean
accept_word (Parser     *parser,
             const char *word)
{
  gsize len = strlen (word);

  skip_space (parser);
  if (strncmp (parser->p, word, len) == 0 && !is_ident_char (parser->p[len]))
    {
      parser->p += len;
      return TRUE;
    }
  return FALSE;
}

/* Counts one more value; FALSE past the limit. */
static gboolean
count_term (Parser *parser)
{
  if (++parser->terms <= MAX_TERMS)
    return TRUE;
  {
    g_autofree char *message =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "more than %u term; split the condition into simpler "
                                    "ones",
                                    "more than %u terms; split the condition into simpler "
                                    "ones", MAX_TERMS), MAX_TERMS);

    return fail (parser, HG_EXPR_ERROR_TOO_LONG, message);
  }
}

static HgExpr *parse_or (Parser *parser);

static HgExpr *
parse_primary (Parser *parser)
{
  HgExpr *node;

  skip_space (parser);

  if (*parser->p == '(')
    {
      parser->p++;
      node = parse_or (parser);
      if (node == NULL)
        return NULL;
      skip_space (parser);
      if (*parser->p != ')')
        {
          hg_expr_free (node);
          fail (parser, HG_EXPR_ERROR_SYNTAX, _("expected “)”"));
          return NULL;
        }
      parser->p++;
      return node;
    }

  if ((*parser->p == '\'' || g_ascii_isdigit (*parser->p) || *parser->p == '-'
       || is_ident_start (*parser->p)) && !count_term (parser))
    return NULL;

  if (*parser->p == '\'')
    {
      const char *quote = parser->p;
      const char *start = ++parser->p;
      const char *end = strchr (start, '\'');

      if (end == NULL)
        {
          parser->p = quote;
          fail (parser, HG_EXPR_ERROR_SYNTAX, _("a quoted text is not closed"));
          return NULL;
        }
      node = node_new (NODE_STRING, parser);
      node->column = (guint) (quote - parser->text) + 1;
      node->text = g_strndup (start, end - start);
      parser->p = end + 1;
      return node;
    }

  if (g_ascii_isdigit (*parser->p) || (*parser->p == '-' && g_ascii_isdigit (parser->p[1])))
    {
      char *end = NULL;

      node = node_new (NODE_NUMBER, parser);
      node->number = g_ascii_strtod (parser->p, &end);
      parser->p = end;
      return node;
    }

  if (accept_word (parser, "true"))
    {
      node = node_new (NODE_BOOL, parser);
      node->boolean = TRUE;
      return node;
    }
  if (accept_word (parser, "false"))
    return node_new (NODE_BOOL, parser);

  if (is_ident_start (*parser->p))
    {
      const char *start = parser->p;

      while (is_ident_char (*parser->p))
        parser->p++;
      node = node_new (NODE_IDENT, parser);
      node->column = (guint) (start - parser->text) + 1;
      node->text = g_strndup (start, parser->p - start);
      if (g_str_equal (node->text, "and") || g_str_equal (node->text, "or")
          || g_str_equal (node->text, "not"))
        {
          parser->p = start;
          hg_expr_free (node);
          fail (parser, HG_EXPR_ERROR_SYNTAX, _("expected a name, a number or a quoted text"));
          return NULL;
        }
      return node;
    }

  fail (parser, HG_EXPR_ERROR_SYNTAX,
        *parser->p == '\0' ? _("the condition ends too early")
                            : _("expected a name, a number or a quoted text"));
  return NULL;
}

static HgExpr *
parse_compare (Parser *parser)
{
  static const struct { const char *op; NodeKind kind; } ops[] = {
    { "==", NODE_EQ }, { "!=", NODE_NE }, { "<=", NODE_LE }, { ">=", NODE_GE },
    { "<", NODE_LT }, { ">", NODE_GT },
  };
  HgExpr *left = parse_primary (parser);

  if (left == NULL)
    return NULL;
  skip_space (parser);
  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    if (g_str_has_prefix (parser->p, ops[i].op))
      {
        HgExpr *node = node_new (ops[i].kind, parser);
        HgExpr *right;

        parser->p += strlen (ops[i].op);
        node_add (node, left);
        right = parse_primary (parser);
        if (right == NULL)
          {
            hg_expr_free (node);
            return NULL;
          }
        node_add (node, right);
        return node;
      }
  return left;
}

/* "not not not x" is a loop, not a recursion; each "not" still counts
 * against MAX_DEPTH, so a long run of them is refused like deep nesting. */
static HgExpr *
parse_not (Parser *parser)
{
  HgExpr *top = NULL;
  HgExpr *innermost = NULL;
  HgExpr *operand;
  guint nots = 0;

  while (accept_word (parser, "not"))
    {
      HgExpr *node = node_new (NODE_NOT, parser);

      if (parser->depth + ++nots > MAX_DEPTH)
        {
          hg_expr_free (node);
          hg_expr_free (top);
          fail (parser, HG_EXPR_ERROR_TOO_DEEP, _("the condition is nested too deeply"));
          return NULL;
        }
      if (innermost != NULL)
        node_add (innermost, node);
      else
        top = node;
      innermost = node;
    }

  parser->depth += nots;
  operand = parse_compare (parser);
  parser->depth -= nots;
  if (operand == NULL)
    {
      hg_expr_free (top);
      return NULL;
    }
  if (innermost == NULL)
    return operand;
  node_add (innermost, operand);
  return top;
}

/* One node for the whole chain "a or b or c …", built in a loop. */
static HgExpr *
parse_chain (Parser     *parser,
             const char *word,
             NodeKind    kind,
             HgExpr   *(*operand) (Parser *))
{
  HgExpr *first = operand (parser);
  HgExpr *chain = NULL;

  while (first != NULL && accept_word (parser, word))
    {
      HgExpr *next;

      if (chain == NULL)
        {
          chain = node_new (kind, parser);
          node_add (chain, first);
        }
      next = operand (parser);
      if (next == NULL)
        {
          hg_expr_free (chain);
          return NULL;
        }
      node_add (chain, next);
    }
  return chain != NULL ? chain : first;
}

static HgExpr *
parse_and (Parser *parser)
{
  return parse_chain (parser, "and", NODE_AND, parse_not);
}

static HgExpr *
parse_or (Parser *parser)
{
  HgExpr *node;

  if (++parser->depth > MAX_DEPTH)
    {
      fail (parser, HG_EXPR_ERROR_TOO_DEEP, _("the condition is nested too deeply"));
      return NULL;
    }
  node = parse_chain (parser, "or", NODE_OR, parse_and);
  parser->depth--;
  return node;
}

HgExpr *
hg_expr_parse (const char  *text,
               GError     **error)
{
  Parser parser = { text, text, error, 0, 0 };
  HgExpr *expr;

  g_return_val_if_fail (text != NULL, NULL);

  if (strlen (text) > MAX_LENGTH)
    {
      g_set_error (error, HG_EXPR_ERROR, HG_EXPR_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "longer than %u byte; split the condition into simpler ones",
                                "longer than %u bytes; split the condition into simpler ones",
                                MAX_LENGTH), MAX_LENGTH);
      return NULL;
    }

  expr = parse_or (&parser);
  if (expr == NULL)
    return NULL;
  skip_space (&parser);
  if (*parser.p != '\0')
    {
      fail (&parser, HG_EXPR_ERROR_SYNTAX, _("unexpected text after the condition"));
      hg_expr_free (expr);
      return NULL;
    }
  return expr;
}

static gboolean
truthy (const HgValue *v)
{
  switch (v->type)
    {
    case HG_VALUE_BOOL:   return v->boolean;
    case HG_VALUE_NUMBER: return v->number != 0;
    case HG_VALUE_STRING: return v->string != NULL && v->string[0] != '\0';
    case HG_VALUE_NONE:
    default:              return FALSE;
    }
}

static gboolean evaluate (const HgExpr *expr, HgExprLookup lookup, gpointer data,
                          HgValue *out, GError **error);

static int
compare_values (const HgValue *a,
                const HgValue *b,
                gboolean      *comparable)
{
  *comparable = TRUE;
  if (a->type == HG_VALUE_NUMBER && b->type == HG_VALUE_NUMBER)
    return (a->number > b->number) - (a->number < b->number);
  if (a->type == HG_VALUE_STRING && b->type == HG_VALUE_STRING)
    return g_strcmp0 (a->string, b->string);
  if (a->type == HG_VALUE_BOOL && b->type == HG_VALUE_BOOL)
    return a->boolean - b->boolean;
  *comparable = FALSE;
  return 0;
}

static gboolean
evaluate (const HgExpr  *expr,
          HgExprLookup   lookup,
          gpointer       data,
          HgValue       *out,
          GError       **error)
{
  HgValue a = { 0 }, b = { 0 };
  gboolean comparable;
  int cmp;

  switch (expr->kind)
    {
    case NODE_NUMBER:
      *out = (HgValue) { HG_VALUE_NUMBER, FALSE, expr->number, NULL };
      return TRUE;
    case NODE_STRING:
      *out = (HgValue) { HG_VALUE_STRING, FALSE, 0, expr->text };
      return TRUE;
    case NODE_BOOL:
      *out = (HgValue) { HG_VALUE_BOOL, expr->boolean, 0, NULL };
      return TRUE;
    case NODE_IDENT:
      if (!lookup (expr->text, out, data))
        {
          g_set_error (error, HG_EXPR_ERROR, HG_EXPR_ERROR_UNKNOWN_NAME,
                       _("Column %u: “%s” is not a question of this pack"), expr->column,
                       expr->text);
          return FALSE;
        }
      return TRUE;
    case NODE_NOT:
      if (!evaluate (expr->operands[0], lookup, data, &a, error))
        return FALSE;
      *out = (HgValue) { HG_VALUE_BOOL, !truthy (&a), 0, NULL };
      return TRUE;
    case NODE_AND:
    case NODE_OR:
      {
        gboolean result = expr->kind == NODE_AND;

        /* Every operand is evaluated, so an unknown name is reported
         * whatever the answers are, not only when the others let it
         * through. */
        for (guint i = 0; i < expr->n_operands; i++)
          {
            if (!evaluate (expr->operands[i], lookup, data, &a, error))
              return FALSE;
            if (expr->kind == NODE_AND)
              result = result && truthy (&a);
            else
              result = result || truthy (&a);
          }
        *out = (HgValue) { HG_VALUE_BOOL, result, 0, NULL };
        return TRUE;
      }
    case NODE_EQ:
    case NODE_NE:
    case NODE_LT:
    case NODE_LE:
    case NODE_GT:
    case NODE_GE:
      if (!evaluate (expr->operands[0], lookup, data, &a, error)
          || !evaluate (expr->operands[1], lookup, data, &b, error))
        return FALSE;
      cmp = compare_values (&a, &b, &comparable);
      if (!comparable && expr->kind != NODE_EQ && expr->kind != NODE_NE)
        {
          g_set_error (error, HG_EXPR_ERROR, HG_EXPR_ERROR_TYPE_MISMATCH,
                       _("Column %u: only numbers with numbers and texts with texts can be "
                         "compared"), expr->column);
          return FALSE;
        }
      switch (expr->kind)
        {
        case NODE_EQ: out->boolean = comparable && cmp == 0; break;
        case NODE_NE: out->boolean = !comparable || cmp != 0; break;
        case NODE_LT: out->boolean = cmp < 0; break;
        case NODE_LE: out->boolean = cmp <= 0; break;
        case NODE_GT: out->boolean = cmp > 0; break;
        case NODE_GE: out->boolean = cmp >= 0; break;
        case NODE_OR: case NODE_AND: case NODE_NOT: case NODE_NUMBER: case NODE_STRING:
        case NODE_BOOL: case NODE_IDENT:
        default: break;
        }
      out->type = HG_VALUE_BOOL;
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
hg_expr_evaluate (const HgExpr  *expr,
                  HgExprLookup   lookup,
                  gpointer       user_data,
                  gboolean      *result,
                  GError       **error)
{
  HgValue value = { 0 };

  g_return_val_if_fail (expr != NULL, FALSE);

  if (!evaluate (expr, lookup, user_data, &value, error))
    return FALSE;
  *result = truthy (&value);
  return TRUE;
}

static void
collect (const HgExpr  *expr,
         GStrvBuilder  *builder,
         GHashTable    *seen)
{
  if (expr == NULL)
    return;
  if (expr->kind == NODE_IDENT && g_hash_table_add (seen, expr->text))
    g_strv_builder_add (builder, expr->text);
  for (guint i = 0; i < expr->n_operands; i++)
    collect (expr->operands[i], builder, seen);
}

/* The names the condition uses, each once, in order of appearance. */
GStrv
hg_expr_identifiers (const HgExpr *expr)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  collect (expr, builder, seen);
  return g_strv_builder_end (builder);
}
